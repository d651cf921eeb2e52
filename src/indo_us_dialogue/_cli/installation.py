"""The packaged dataset for the commands that print or export it, or a clear word that the installation is broken."""

from .._errors import ValidationError
from .._io.packaged import load_dataset
from .._io.resources import DamagedPackageError
from .._model.records import Dataset

__all__ = ["packaged_dataset"]


def packaged_dataset() -> Dataset:
    """The packaged dataset, loaded and validated.

    Raises:
        DamagedPackageError: the dataset file (or a schema, a seed) is missing,
            unreadable or does not validate; the message names the file.
    """
    try:
        return load_dataset()
    except ValidationError as exc:
        first = exc.problems[0] if exc.problems else None
        raise DamagedPackageError("data/dataset.json", f"does not validate ({first})") from exc
    except OSError as exc:
        raise DamagedPackageError("data/dataset.json", f"cannot be read ({exc.strerror or exc})") from exc
