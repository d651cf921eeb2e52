"""Tests for ``indo_us_dialogue._export.atomic_dir``: directory exports appear whole or not at all."""

import os
from pathlib import Path

import pytest

from indo_us_dialogue._cli import main
from indo_us_dialogue._export.atomic_dir import write_directory_atomic


def test_a_failed_export_leaves_no_directory_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When writing fails part way, neither the target nor a temporary directory is left in the parent."""
    calls = 0
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    assert main(["export", "--format", "csv", "-o", str(tmp_path / "out")]) == 2
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_keeps_the_previous_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while replacing an earlier export leaves that export exactly as it was."""
    target = tmp_path / "out"
    assert main(["export", "--format", "jsonl", "-o", str(target)]) == 0
    before = {p.name: p.read_bytes() for p in target.iterdir()}

    def failing_replace(self: Path, other: "str | os.PathLike[str]") -> Path:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "replace", failing_replace)
    assert main(["export", "--format", "jsonl", "-o", str(target)]) == 2
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_an_earlier_export_is_replaced_whole(tmp_path: Path) -> None:
    """Writing over an earlier export of the same files replaces it, leaving nothing else."""
    target = tmp_path / "out"
    write_directory_atomic(target, {"a.csv": b"old", "b.csv": b"old"})
    write_directory_atomic(target, {"a.csv": b"new", "b.csv": b"new", "c.csv": b"new"})
    assert {p.name: p.read_bytes() for p in target.iterdir()} == {"a.csv": b"new", "b.csv": b"new", "c.csv": b"new"}
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_directory_holding_other_files_is_never_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Exporting onto a directory with files the export does not write (a home directory, say) is refused."""
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["export", "--format", "csv", "-o", str(tmp_path)]) == 2
    assert "notes.txt" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    """A directory export onto an existing file raises FileExistsError and leaves the file."""
    (tmp_path / "out").write_bytes(b"x")
    with pytest.raises(FileExistsError):
        write_directory_atomic(tmp_path / "out", {"a.csv": b""})
    assert (tmp_path / "out").read_bytes() == b"x"
