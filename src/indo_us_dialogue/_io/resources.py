"""Where the files that ship with the package are: the dataset, the schemas, the seeds.

``schemas/`` and ``seeds/`` are tracked once, at the top of the repository; the
wheel copies them into the package (``[tool.hatch.build.targets.wheel.force-include]``
in ``pyproject.toml``). An installed package therefore finds them inside itself;
a source checkout (an editable install, or ``src/`` on the path) finds them at the
repository's top level.
"""

import sys
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from pathlib import Path
from typing import TYPE_CHECKING

from .._errors import IndoUsDialogueError

if TYPE_CHECKING:
    # Importing any part of importlib.resources imports all of it (see package_files).
    from importlib.resources.abc import Traversable

__all__ = ["DamagedPackageError", "package_files", "packaged_folder"]

_PACKAGE = __name__.partition(".")[0]
_REPOSITORY = Path(__file__).resolve().parents[3]


class DamagedPackageError(IndoUsDialogueError):
    """A file that ships with the package is missing or damaged: the installation is broken.

    Attributes:
        file: The file or folder, relative to the package (``schemas/meeting.schema.json``).
    """

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(
            f"the installed package is damaged: {file} {reason}; "
            "reinstall it (pip install --force-reinstall indo-us-dialogue)"
        )
        self.file = file


def package_files() -> "Traversable":
    """The package's own files: what ``importlib.resources.files("indo_us_dialogue")`` gives."""
    # importlib.resources imports tempfile, zipfile, inspect and more: it takes longer
    # to import than load_dataset() takes to run. For a package loaded from a folder
    # (how pip installs it, editable or not) files() is that folder as a Path, which
    # is answered here; only other loaders (a zip archive) need importlib.resources.
    loader = getattr(sys.modules[_PACKAGE].__spec__, "loader", None)
    if isinstance(loader, SourceFileLoader | SourcelessFileLoader):
        return Path(loader.path).parent
    from importlib.resources import files  # noqa: PLC0415

    return files(_PACKAGE)


def packaged_folder(name: str) -> "Traversable":
    """The folder ``name`` (``"schemas"``, ``"seeds"`` or ``"data"``) that ships with the package.

    Raises:
        DamagedPackageError: neither the installed package nor a source checkout has it.
    """
    inside = package_files() / name
    if inside.is_dir():
        return inside
    checkout = _REPOSITORY / name
    if (_REPOSITORY / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    raise DamagedPackageError(f"{name}/", "is missing")
