"""Writing a directory of files so that readers see the old export or the new one, never half of either.

The files are written into a fresh temporary directory beside the target,
flushed to disk, and the directory is then renamed into place. An existing
target is only replaced if it looks like an earlier export: it holds nothing
but files the new export writes too, so ``-o ~`` can never wipe a home
directory. If anything fails, the temporary directory is removed and the
target is left as it was.
"""

import contextlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

__all__ = ["write_directory_atomic"]


def _fsync_directory(path: Path) -> None:
    # Makes the rename durable on POSIX; Windows cannot open directories, and needs no such step.
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _check_replaceable(target: Path, names: "Mapping[str, bytes]") -> None:
    if not target.exists():
        return
    if not target.is_dir():
        raise FileExistsError(f"{target} exists and is not a directory")
    strangers = sorted(p.name for p in target.iterdir() if p.name not in names or not p.is_file())
    if strangers:
        shown = ", ".join(strangers[:3]) + (", ..." if len(strangers) > 3 else "")
        raise FileExistsError(f"{target} exists and holds files this export does not write ({shown}); not replacing it")


def write_directory_atomic(path: "str | os.PathLike[str]", files: "Mapping[str, bytes]") -> None:
    """Write ``files`` (name to content) as the directory ``path``, atomically.

    Raises:
        FileExistsError: ``path`` is a file, or a directory holding other files.
        OSError: the parent directory is missing or not writable, the disk is full, ...
    """
    target = Path(path)
    _check_replaceable(target, files)
    temp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    old: Path | None = None
    try:
        for name, content in files.items():
            with (temp / name).open("wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        _fsync_directory(temp)
        if target.exists():
            # A directory cannot be renamed over a non-empty one: move the old export aside first.
            old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
            target.replace(old / "export")
        try:
            temp.replace(target)
        except BaseException:
            if old is not None:
                (old / "export").replace(target)
            raise
        _fsync_directory(target.parent)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        if old is not None and not (old / "export").exists():
            old.rmdir()
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
