"""Atomic writes (``_io/atomic.py``): old or new content, never half, and the file system's rules kept."""

import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indo_us_dialogue._io.atomic import write_text_atomic


@pytest.fixture
def umask() -> Iterator[None]:
    """Run the test under umask 027, restoring the caller's afterwards."""
    old = os.umask(0o027)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask")
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path) -> None:
    """A new file is 0o666 minus the umask (0o640 under umask 027), not mkstemp's 0o600."""
    target = tmp_path / "new.json"
    write_text_atomic(target, "{}\n")
    assert _mode(target) == 0o640
    assert target.read_text(encoding="utf-8") == "{}\n"


@pytest.mark.usefixtures("umask")
@pytest.mark.parametrize("mode", [0o644, 0o600, 0o664, 0o444])
def test_a_replaced_file_keeps_its_mode(tmp_path: Path, mode: int) -> None:
    """Replacing a file keeps its permission bits, whatever the umask."""
    target = tmp_path / "old.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(mode)
    write_text_atomic(target, "new")
    assert _mode(target) == mode
    assert target.read_text(encoding="utf-8") == "new"


def test_a_symbolic_link_to_a_file_stays_a_link(tmp_path: Path) -> None:
    """Writing through a symbolic link replaces the file it points to; the link is kept."""
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    real.write_text("old", encoding="utf-8")
    link.symlink_to(real)
    write_text_atomic(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def _special(kind: str, path: Path) -> None:
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    elif kind == "link to a fifo":
        os.mkfifo(path.with_name("fifo"))
        path.symlink_to(path.with_name("fifo"))
    elif kind == "device":
        path.symlink_to("/dev/null")


@pytest.mark.parametrize("kind", ["fifo", "directory", "socket", "link to a fifo", "device"])
def test_only_regular_files_are_replaced(tmp_path: Path, kind: str) -> None:
    """A FIFO, directory, socket or device (or a link to one) is refused with an OSError and left as it was."""
    target = tmp_path / "target"
    _special(kind, target)
    before = target.stat()
    with pytest.raises(OSError, match=r"not a regular file|is a directory"):
        write_text_atomic(target, "text")
    after = target.stat()
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_the_longest_legal_file_name_can_be_written(tmp_path: Path) -> None:
    """A file name of the file system's maximum length is written (the temporary name is short)."""
    target = tmp_path / ("x" * os.pathconf(tmp_path, "PC_NAME_MAX"))
    write_text_atomic(target, "text")
    assert target.read_text(encoding="utf-8") == "text"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    """Text that cannot be encoded fails before the rename: the old file is untouched and nothing is left behind."""
    target = tmp_path / "old.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(target, "bad \ud800")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["old.json"]


def test_what_is_written_is_read_back(tmp_path: Path) -> None:
    """Any encodable text is written as UTF-8 bytes exactly (no newline translation)."""
    target = tmp_path / "text.txt"

    @given(st.text())
    def check(text: str) -> None:
        encodable = text.encode("utf-8", "replace").decode("utf-8")
        write_text_atomic(target, encodable)
        assert target.read_bytes() == encodable.encode("utf-8")

    check()
