"""Where the files that ship with the package are: the dataset, the schemas, the seeds.

``schemas/`` and ``seeds/`` are tracked once, at the top of the repository; the
wheel copies them into the package (``[tool.hatch.build.targets.wheel.force-include]``
in ``pyproject.toml``). An installed package therefore finds them inside itself;
a source checkout (an editable install, or ``src/`` on the path) finds them at the
repository's top level.
"""

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from .._errors import IndoUsDialogueError

__all__ = ["DamagedPackageError", "packaged_folder"]

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


def packaged_folder(name: str) -> Traversable:
    """The folder ``name`` (``"schemas"``, ``"seeds"`` or ``"data"``) that ships with the package.

    Raises:
        DamagedPackageError: neither the installed package nor a source checkout has it.
    """
    inside = files("indo_us_dialogue") / name
    if inside.is_dir():
        return inside
    checkout = _REPOSITORY / name
    if (_REPOSITORY / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    raise DamagedPackageError(f"{name}/", "is missing")
