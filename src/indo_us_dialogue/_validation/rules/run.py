"""Running the semantic rules of the table over one record or a whole dataset.

The rules run on records that already match their schema (so every value has
its declared type). One walk over each record (:func:`walk_record`, compiled per
record class by :mod:`.checker`) calls every rule registered for what it meets:
a record class, or the node of a plain value.
"""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..._errors import Problem
from ..._model.records import GROUPS, Dataset
from .checker import checker
from .context import Context

__all__ = ["dataset_problems", "record_problems"]


def _run(records: Sequence[tuple[str, Any]], *, whole_dataset: bool, directory: Path | None) -> list[Problem]:
    context = Context(records, whole_dataset=whole_dataset, directory=directory)
    problems: list[Problem] = []
    for record_path, record in records:
        cls: type = type(record)
        checker(cls, whole_dataset)(context, record_path, record, getattr(record, "id", None), problems)
    return problems


def record_problems(record: Any, *, directory: Path | None = None) -> list[Problem]:
    """Every semantic problem one record (at ``$``) has on its own, whatever a dataset around it would hold.

    Args:
        record: A record (or any value of a record type) that matches its schema.
        directory: Where the source files are, or None: a lone ``Source`` is
            checked against its own file, as is the evidence it cites from itself.
    """
    return _run([("$", record)], whole_dataset=False, directory=directory)


def dataset_problems(dataset: Dataset, *, directory: Path | None = None) -> list[Problem]:
    """Every semantic problem of a dataset that matches its schema, in no particular order.

    Args:
        dataset: The dataset.
        directory: Where the source files are, or None to check evidence
            against the packaged seeds where the dataset's sources are those.
    """
    records = [(f"$.{g.name}[{i}]", record) for g in GROUPS for i, record in enumerate(getattr(dataset, g.name))]
    return _run(records, whole_dataset=True, directory=directory)
