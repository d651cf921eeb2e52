"""Loading the packaged dataset for a command, with the one error message every command gives."""

import sys

from .._errors import ValidationError
from .._io.packaged import load_dataset
from .._model.records import Dataset

__all__ = ["packaged_dataset"]


def packaged_dataset(command: str) -> Dataset | None:
    """The packaged dataset, or None after telling standard error that it is invalid (a broken installation)."""
    try:
        return load_dataset()
    except ValidationError as exc:
        print(f"indo-us-dialogue {command}: the packaged dataset is invalid\n{exc}", file=sys.stderr)
        return None
