"""Tests for ``indo_us_dialogue._io.packaged``: the packaged dataset is trusted by checksum, and damage is named."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._io import packaged
from indo_us_dialogue._io.resources import DamagedPackageError
from tests.test_fastpath import strict_only

ROOT = Path(__file__).resolve().parent.parent


def test_recorded_checksums_are_those_of_the_packaged_files() -> None:
    """data/SHA256SUMS lists every packaged file with its current SHA-256 (else run scripts/record_checksums.py)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "record_checksums.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_trusted_dataset_is_the_validated_one() -> None:
    """load_dataset(), which skips validation, gives what the strict path reads, and it passes every rule."""
    raw = packaged.packaged_file(packaged.DATASET).read_bytes()
    with strict_only():
        assert iud.from_json(raw, iud.Dataset) == iud.load_dataset()
    assert iud.validate(iud.load_dataset()).ok


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of every packaged file, which load_dataset() then reads instead of the package's own."""
    names = [*packaged.packaged_file(packaged.CHECKSUMS).read_text().split()[1::2], packaged.CHECKSUMS]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(str(packaged.packaged_file(name)), tmp_path / name)
    monkeypatch.setattr(packaged, "packaged_path", lambda name: str(tmp_path / name))
    return tmp_path


class _Damage:
    """What a DamagedPackageError says, in the shape the tests below read."""

    def __init__(self, error: DamagedPackageError) -> None:
        self.message = str(error)
        self.file = error.file


def _load_error(installed: Path) -> _Damage:
    with pytest.raises(DamagedPackageError) as caught:
        packaged.load_dataset.__wrapped__()
    assert "reinstall" in str(caught.value)
    return _Damage(caught.value)


def test_an_intact_copy_loads(installed: Path) -> None:
    """The copy the damage tests start from loads, so each failure below is the damage's."""
    assert packaged.load_dataset.__wrapped__() == iud.load_dataset()


@pytest.mark.parametrize(
    "name",
    ["data/dataset.json", "schemas/meeting.schema.json", "schemas/definitions.schema.json", "seeds/SHA256SUMS"],
)
def test_a_truncated_or_edited_file_is_named(installed: Path, name: str) -> None:
    """A packaged file cut short, or with one byte changed, is reported by name as damaged."""
    data = (installed / name).read_bytes()
    (installed / name).write_bytes(data[: len(data) // 2])
    assert name in _load_error(installed).message
    (installed / name).write_bytes(data[:-2] + bytes([data[-2] ^ 1]) + data[-1:])
    assert name in _load_error(installed).message


def test_a_missing_seed_is_named(installed: Path) -> None:
    """A packaged seed that was deleted is reported by name: evidence could no longer be checked against it."""
    seed = next(name for name in (installed / "seeds").iterdir() if name.suffix == ".txt")
    seed.unlink()
    problem = _load_error(installed)
    assert f"seeds/{seed.name}" in problem.message
    assert "cannot be read" in problem.message


@pytest.mark.parametrize("content", [b"", b"\xff\xfe", b"not a checksum list\n", b"0" * 64 + b"  seeds/x.txt\n"])
def test_a_damaged_checksum_list_is_named(installed: Path, content: bytes) -> None:
    """An empty, unreadable or incomplete checksum list is reported by name, never trusted."""
    (installed / packaged.CHECKSUMS).write_bytes(content)
    assert packaged.CHECKSUMS in _load_error(installed).message


def test_a_missing_checksum_list_is_named(installed: Path) -> None:
    """Without its checksum list the dataset is not trusted."""
    (installed / packaged.CHECKSUMS).unlink()
    assert packaged.CHECKSUMS in _load_error(installed).message
