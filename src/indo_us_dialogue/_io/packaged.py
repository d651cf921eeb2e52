"""The curated dataset shipped inside the package."""

from importlib.resources import files

from .._model.records import Dataset
from .convert import from_json
from .once import once

__all__ = ["load_dataset"]


@once
def load_dataset() -> Dataset:
    """The curated records, read from the package and validated once.

    The result is cached: every call returns the same (immutable) object.

    Raises:
        ValidationError: the packaged data is corrupt (a broken installation).
    """
    raw = (files("indo_us_dialogue") / "data" / "dataset.json").read_bytes()
    return from_json(raw, Dataset)
