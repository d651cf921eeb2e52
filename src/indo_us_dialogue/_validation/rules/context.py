"""What a semantic rule knows besides the value it looks at: the records checked together.

Every rule is called as ``rule(context, path, node, value)`` and yields
``(path, message)`` findings; the runner in :mod:`.run` adds the rule's id and
the record's id. The :class:`Context` answers the questions that reach beyond
one value: which record has an id, whether a record is a duplicate, what a
source's text is.
"""

import functools
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..._errors import Problem
from ..._io.sources import SourceTexts
from ..._io.utf16 import Utf16Offsets
from ..._model.nodes import Node
from ..._model.records import GROUPS, Evidence, Initiative, Source
from ..._model.walk import walk_record

__all__ = ["Check", "Context", "Findings", "evidence_in"]

T = TypeVar("T")

#: What a rule yields: the path of each thing wrong, and a message saying what.
Findings = Iterator[tuple[str, str]]
#: The one signature of every rule: ``rule(context, path, node, value)``.
Check = Callable[["Context", str, Node, Any], Findings]

_CLASS_OF_KIND = {group.kind: group.cls for group in GROUPS}


def evidence_in(value: Any, path: str) -> Iterator[tuple[str, Evidence]]:
    """Every evidence span inside ``value`` (at ``path``), with its path."""
    return ((p, v) for p, _, v in walk_record(value, path) if isinstance(v, Evidence))


class Context:
    """The records checked together (a dataset's, or one lone record) and where their source files are.

    Args:
        records: ``(path, record)`` of each record checked, in document order.
        whole_dataset: Whether ``records`` are a whole dataset. Rules that
            compare records (``needs_dataset`` in the table) run only then.
        directory: Where the source files are, or None for the packaged seeds.
    """

    def __init__(self, records: Sequence[tuple[str, Any]], *, whole_dataset: bool, directory: Path | None) -> None:
        self.records = records
        self.whole_dataset = whole_dataset
        self.directory = directory
        self._files: dict[str, tuple[str | None, list[Problem]]] = {}
        # Reads each file once, however many sources name it; made when a source is first looked up.
        self._source_texts: SourceTexts | None = None
        self._utf16: dict[str, Utf16Offsets] = {}

    @functools.cached_property
    def _first(self) -> dict[str, tuple[str, Any]]:
        """The first record with each id, by id; later ones are duplicates and take no part in comparing rules.

        Made when first asked for: most lone records (a JSON Lines line) meet no rule that asks.
        """
        first: dict[str, tuple[str, Any]] = {}
        for path, record in self.records:
            record_id = getattr(record, "id", None)
            if record_id is not None:
                first.setdefault(record_id, (path, record))
        return first

    def first_path(self, record_id: str) -> str | None:
        """The path of the first record with this id, or None."""
        found = self._first.get(record_id)
        return found[0] if found is not None else None

    def is_duplicate(self, path: str, record: Any) -> bool:
        """Whether ``record`` (at ``path``) repeats the id of an earlier record."""
        # Compare positions, not objects: one Python object listed twice is still a duplicate.
        return self.first_path(record.id) != path

    def get(self, record_id: str | None, cls: type[T]) -> T | None:
        """The first record with this id if it is a ``cls``, else None."""
        found = self._first.get(record_id) if record_id is not None else None
        return found[1] if found is not None and isinstance(found[1], cls) else None

    def resolves(self, record_id: str, kind: str) -> bool:
        """Whether ``record_id`` names a record of this kind (``"meeting"``)."""
        return self.get(record_id, _CLASS_OF_KIND[kind]) is not None

    def source_known(self, source_id: str) -> bool:
        """Whether a source with this id exists; always True for a lone record, whose sources are elsewhere."""
        return not self.whole_dataset or self.get(source_id, Source) is not None

    def source_file(self, source_id: str) -> tuple[str | None, list[Problem]]:
        """The normalised text of the first source with this id (or None) and the problems finding it."""
        found = self._files.get(source_id)
        if found is None:
            first = self._first.get(source_id)
            if first is not None and isinstance(first[1], Source):
                if self._source_texts is None:
                    self._source_texts = SourceTexts(self.directory)
                found = self._source_texts.text(first[1], first[0])
            else:
                found = (None, [])
            self._files[source_id] = found
        return found

    def utf16_offsets(self, source_id: str) -> Utf16Offsets:
        """Code-point to UTF-16 offsets in the text of the source with this id (call only where it has a text)."""
        if source_id not in self._utf16:
            text = self.source_file(source_id)[0]
            assert text is not None
            self._utf16[source_id] = Utf16Offsets(text)
        return self._utf16[source_id]

    def file_findings(self, source: Source, rule_id: str) -> Findings:
        """The findings of rule ``rule_id`` met while reading ``source``'s file."""
        return ((p.path, p.message) for p in self.source_file(source.id)[1] if p.rule == rule_id)

    @functools.cached_property
    def mentions(self) -> dict[str, dict[str, str]]:
        """For each meeting id, the initiatives whose mentions are tied to it, with the first such mention's path."""
        tied: dict[str, dict[str, str]] = {}
        for path, initiative in self.records:
            if not isinstance(initiative, Initiative) or self.is_duplicate(path, initiative):
                continue
            for index, mention in enumerate(initiative.mentions):
                if mention.meeting is not None:
                    tied.setdefault(mention.meeting, {}).setdefault(initiative.id, f"{path}.mentions[{index}]")
        return tied
