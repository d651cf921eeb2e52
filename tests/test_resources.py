"""Tests for ``indo_us_dialogue._io.resources``: where the files that ship with the package are found."""

from importlib.resources import files

from indo_us_dialogue._io.resources import package_files


def test_package_files_are_what_importlib_resources_gives() -> None:
    """package_files(), which avoids importing importlib.resources, gives the folder importlib.resources.files gives."""
    assert package_files() == files("indo_us_dialogue")
    assert type(package_files()) is type(files("indo_us_dialogue"))
