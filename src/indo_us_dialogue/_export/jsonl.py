"""JSON Lines export: one file per record group, one record per line.

``meetings.jsonl`` holds one ``Meeting`` per line, exactly as it stands in the
whole-dataset document, so each line is valid against ``meeting.schema.json``
and ``indo-us-dialogue validate meetings.jsonl --type Meeting`` accepts it.
The dataset's version is not in these files: it is the package's
``DATASET_VERSION``.
"""

from typing import Any

from .._io.convert import to_dict
from .._io.jsonio import dumps
from .._model.records import GROUPS

__all__ = ["jsonl_files"]


def jsonl_files(dataset: Any) -> dict[str, bytes]:
    """``{"<group>.jsonl": bytes}`` for every record group, empty groups as empty files."""
    return {
        f"{group.name}.jsonl": "".join(
            dumps(to_dict(record), indent=None) for record in getattr(dataset, group.name)
        ).encode()
        for group in GROUPS
    }
