"""Where the files that ship with the package are: the dataset, the schemas, the seeds.

``schemas/`` and ``seeds/`` are tracked once, at the top of the repository; the
wheel copies them into the package (``[tool.hatch.build.targets.wheel.force-include]``
in ``pyproject.toml``). An installed package therefore finds them inside itself;
a source checkout (an editable install, or ``src/`` on the path) finds them at the
repository's top level.
"""

import os
import sys
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from typing import TYPE_CHECKING

from .._errors import IndoUsDialogueError

if TYPE_CHECKING:
    # Importing any part of importlib.resources imports all of it (see package_files).
    from importlib.resources.abc import Traversable

__all__ = ["DamagedPackageError", "package_files", "packaged_folder", "packaged_path"]

_PACKAGE = __name__.partition(".")[0]
# The top of a source checkout: this file is src/indo_us_dialogue/_io/resources.py in it.
_REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__)))))


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


def _package_folder() -> str | None:
    """The package's folder where it is loaded from one (how pip installs it, editable or not), else None."""
    loader = getattr(sys.modules[_PACKAGE].__spec__, "loader", None)
    if isinstance(loader, SourceFileLoader | SourcelessFileLoader):
        return os.path.dirname(loader.path)
    return None


def package_files() -> "Traversable":
    """The package's own files: what ``importlib.resources.files("indo_us_dialogue")`` gives."""
    # importlib.resources imports tempfile, zipfile, inspect and more: it takes longer
    # to import than load_dataset() takes to run. For a package loaded from a folder
    # (how pip installs it, editable or not) files() is that folder as a Path, which
    # is answered here; only other loaders (a zip archive) need importlib.resources.
    folder = _package_folder()
    if folder is not None:
        from pathlib import Path  # noqa: PLC0415 - see packaged_path

        return Path(folder)
    from importlib.resources import files  # noqa: PLC0415

    return files(_PACKAGE)


def packaged_path(name: str) -> str | None:
    """Where the folder or file ``name`` (``"seeds"``, ``"data/dataset.json"``) that ships with the package is on disk.

    The folder is the installed package's own, else a source checkout's (at
    the top of the repository). None where only :func:`package_files` can reach
    it: inside a package that is not a folder (a zip archive).
    ``load_dataset()`` reads its files by these paths, as ``str``: ``pathlib``
    (which imports ``urllib.parse`` and ``ipaddress``) costs 6 ms of the
    package's start-up, whose bound is 1.5x ``import attrs, cattrs``.

    Raises:
        DamagedPackageError: neither the installed package nor a source checkout has the folder.
    """
    folder, _, rest = name.partition("/")
    package = _package_folder()
    if package is None and (package_files() / folder).is_dir():
        return None
    if package is not None and os.path.isdir(inside := os.path.join(package, folder)):
        found = inside
    elif os.path.isfile(os.path.join(_REPOSITORY, "pyproject.toml")) and os.path.isdir(
        checkout := os.path.join(_REPOSITORY, folder)
    ):
        found = checkout
    else:
        raise DamagedPackageError(f"{folder}/", "is missing")
    return os.path.join(found, *rest.split("/")) if rest else found


def packaged_folder(name: str) -> "Traversable":
    """The folder ``name`` (``"schemas"``, ``"seeds"`` or ``"data"``) that ships with the package.

    Raises:
        DamagedPackageError: neither the installed package nor a source checkout has it.
    """
    path = packaged_path(name)
    if path is None:
        return package_files() / name
    from pathlib import Path  # noqa: PLC0415 - see packaged_path

    return Path(path)
