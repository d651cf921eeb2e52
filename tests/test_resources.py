"""Tests for ``indo_us_dialogue._io.resources``: where the files that ship with the package are found."""

from importlib.resources import files
from pathlib import Path

import pytest

from indo_us_dialogue._io.resources import package_files, packaged_folder, packaged_path


def test_package_files_are_what_importlib_resources_gives() -> None:
    """package_files(), which avoids importing importlib.resources, gives the folder importlib.resources.files gives."""
    assert package_files() == files("indo_us_dialogue")
    assert type(package_files()) is type(files("indo_us_dialogue"))


@pytest.mark.parametrize("name", ["data", "schemas", "seeds"])
def test_packaged_path_is_the_packaged_folder_as_text(name: str) -> None:
    """packaged_path(), which imports no pathlib, names as a str the folder packaged_folder() gives, and files in it."""
    folder = packaged_folder(name)
    assert packaged_path(name) == str(folder)
    for entry in Path(str(folder)).iterdir():
        assert packaged_path(f"{name}/{entry.name}") == str(entry)
