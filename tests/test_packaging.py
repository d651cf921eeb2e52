"""The wheel: what users install carries one copy of the schemas, the seeds and the data."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    """A wheel built from this checkout."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (path,) = out.glob("*.whl")
    return zipfile.ZipFile(path)


@pytest.mark.parametrize("folder", ["schemas", "seeds", "texts"])
def test_wheel_ships_the_top_level_folder_byte_for_byte(wheel: zipfile.ZipFile, folder: str) -> None:
    """schemas/ (with its bundle/), seeds/ and texts/, tracked once at the top level, are in the package unchanged."""
    shipped = {
        name.removeprefix(f"indo_us_dialogue/{folder}/"): wheel.read(name)
        for name in wheel.namelist()
        if name.startswith(f"indo_us_dialogue/{folder}/")
    }
    top = ROOT / folder
    tracked = {path.relative_to(top).as_posix(): path.read_bytes() for path in top.rglob("*") if path.is_file()}
    assert shipped == tracked


def test_wheel_ships_the_dataset_and_type_marker(wheel: zipfile.ZipFile) -> None:
    """The curated dataset and py.typed are in the wheel."""
    names = set(wheel.namelist())
    assert {"indo_us_dialogue/data/dataset.json", "indo_us_dialogue/py.typed"} <= names
