"""Writing files so that readers see the old content or the new, never half of either.

The new content goes to a temporary file beside the target, is synced to
disk, and is renamed over the target in one step; then the directory is synced
so that the rename itself survives a crash. The file system's own rules are
kept: a new file gets the mode the umask gives, a replaced file keeps its mode
(and owner, where the user may set it), and only a regular file is ever
replaced: writing "over" a FIFO, a device or a directory would destroy it.
"""

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

__all__ = ["write_text_atomic"]


def _target(path: "str | os.PathLike[str]") -> tuple[Path, os.stat_result | None]:
    """The file to replace (a symbolic link's target, so the link stays a link) and its status, or None if new.

    Raises:
        OSError: the path exists and is not a regular file.
    """
    target = Path(os.path.realpath(path))
    try:
        status = target.stat()
    except FileNotFoundError:
        return target, None
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory, not a file", os.fspath(path))
    if not stat.S_ISREG(status.st_mode):
        raise OSError(errno.EINVAL, "is not a regular file (a device, FIFO or socket); not replaced", os.fspath(path))
    return target, status


def _sync_directory(directory: Path) -> None:
    # Without this a crash soon after the rename can bring back the old file.
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # pragma: no cover - e.g. Windows cannot open directories
        return
    try:
        with contextlib.suppress(OSError):  # some file systems cannot sync a directory; the data is synced anyway
            os.fsync(fd)
    finally:
        os.close(fd)


def write_text_atomic(path: "str | os.PathLike[str]", text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically.

    If anything fails, the temporary file is removed and ``path`` is left
    exactly as it was.

    Raises:
        OSError: the directory is missing or not writable, the disk is full,
            ``path`` is a directory, FIFO, device or socket, ...
        UnicodeEncodeError: ``text`` holds a lone surrogate (not UTF-8).
    """
    target, existing = _target(path)
    # A short name, not one derived from the target's: a target name of the
    # longest legal length must not fail because the temporary name is longer.
    temporary = target.with_name(f".iud-{secrets.token_hex(6)}.tmp")
    # Mode 0o666 minus the umask, as for any new file (mkstemp would give 0o600).
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            if existing is not None:
                os.fchmod(handle.fileno(), stat.S_IMODE(existing.st_mode))
                with contextlib.suppress(PermissionError):  # only root may give a file away
                    os.fchown(handle.fileno(), existing.st_uid, existing.st_gid)
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    _sync_directory(target.parent)
