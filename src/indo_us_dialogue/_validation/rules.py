"""The semantic rules of ``docs/validation-rules.md``: what a JSON Schema cannot say.

The rules run on records that already match their schema (so every value has
its declared type) and report :class:`~indo_us_dialogue.Problem` objects with
the same JSON paths the schema stage uses. :func:`record_problems` holds the
rules that look inside one record; :func:`dataset_problems` adds those that
tie records together (ids, references, dates across records, source texts).

A reference that does not resolve is reported once, as ``reference.unresolved``;
the rules that compare records skip it rather than repeat the same mistake
under other names.
"""

import enum
from collections.abc import Container, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .._errors import Problem
from .._io.sources import source_text
from .._io.texts import find_mojibake, repair_mojibake
from .._model.dates import PartialDate
from .._model.enums import DateBasis, LinkRelation, SpeechMode
from .._model.nodes import Ref
from .._model.records import (
    Dataset,
    DateClaim,
    Evidence,
    Initiative,
    Meeting,
    Official,
    Organisation,
    Record,
    Source,
    Speaker,
    Statement,
)
from .._model.walk import walk_record

__all__ = ["dataset_problems", "evidence_text_problems", "record_problems"]

_GROUPS = ("sources", "organisations", "officials", "meetings", "initiatives", "statements")
_KIND = {
    Source: "source",
    Organisation: "organisation",
    Official: "official",
    Meeting: "meeting",
    Initiative: "initiative",
    Statement: "statement",
}
_QUOTATIONS = (SpeechMode.DIRECT_QUOTATION, SpeechMode.PARTIAL_QUOTATION)
_RELATION_WORDS = {
    LinkRelation.REVIEWED_OUTCOMES_OF: "reviewed the outcomes of",
    LinkRelation.PRECEDED_BY: "was preceded by",
}


def _clip(text: str, limit: int = 80) -> str:
    """``text`` quoted for a message, shortened in the middle if it is long."""
    if len(text) > limit:
        text = f"{text[: limit // 2]}…{text[-limit // 2 :]}"
    return repr(text)


def _references(value: Any, path: str) -> Iterator[tuple[str, str, str]]:
    """Every reference to another record inside ``value``, as ``(path, kind, id)``."""
    return ((p, node.kind, ref) for p, node, ref in walk_record(value, path) if isinstance(node, Ref))


def _evidence(value: Any, path: str) -> Iterator[tuple[str, Evidence]]:
    return ((p, v) for p, _, v in walk_record(value, path) if isinstance(v, Evidence))


def _offsets_fit(evidence: Evidence) -> bool:
    return evidence.start < evidence.end and evidence.end - evidence.start == len(evidence.text)


class _Found:
    """Collects the problems of one record, all carrying its id."""

    def __init__(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.problems: list[Problem] = []

    def add(self, path: str, rule: str, message: str) -> None:
        self.problems.append(Problem(path=path, message=message, rule=rule, record_id=self.record_id))


def _check_value(found: _Found, path: str, value: Any) -> None:
    """The rules that apply to one value wherever it occurs."""
    if isinstance(value, Evidence):
        if value.start >= value.end:
            found.add(path, "evidence.offsets", f"start {value.start} is not before end {value.end}")
        elif value.end - value.start != len(value.text):
            found.add(
                path,
                "evidence.offsets",
                f"the span {value.start}:{value.end} is {value.end - value.start} characters long, "
                f"but the quoted text has {len(value.text)}",
            )
    elif isinstance(value, DateClaim):
        if value.basis is DateBasis.INFERRED and value.reasoning is None:
            found.add(path, "date.basis", "an inferred date needs 'reasoning' saying how it was worked out")
        elif value.basis is DateBasis.STATED and value.reasoning is not None:
            found.add(f"{path}.reasoning", "date.basis", "a stated date has no 'reasoning'; only inferred dates do")
    elif isinstance(value, Speaker):
        if value.official is not None and value.inferred_official is not None:
            found.add(
                f"{path}.inferred_official",
                "speaker.inference",
                "a speaker the source names has no inferred official; give 'official' or 'inferred_official', not both",
            )
        elif value.inferred_official is not None and value.inference is None:
            found.add(path, "speaker.inference", "an inferred official needs 'inference' saying how it was inferred")
        elif value.inferred_official is None and value.inference is not None:
            found.add(f"{path}.inference", "speaker.inference", "'inference' is only for an 'inferred_official'")
    elif isinstance(value, str) and not isinstance(value, enum.Enum):
        for offset, run in find_mojibake(value):
            found.add(
                path,
                "text.mojibake",
                f"garbled text (UTF-8 read as code page 866) at character {offset}: "
                f"{_clip(run)} should read {_clip(repair_mojibake(run))}",
            )


def _check_meeting(found: _Found, path: str, meeting: Meeting, known_sources: Container[str] | None) -> None:
    seen: dict[tuple[str, str], int] = {}
    for index, participation in enumerate(meeting.participants):
        key = (participation.official, participation.role.value)
        if key in seen:
            found.add(
                f"{path}.participants[{index}]",
                "participant.duplicate",
                f"{participation.official} is already listed as {participation.role.value} "
                f"at {path}.participants[{seen[key]}]",
            )
        else:
            seen[key] = index
    for index, link in enumerate(meeting.links):
        if link.meeting == meeting.id:
            found.add(f"{path}.links[{index}].meeting", "reference.self", "a meeting cannot link to itself")
    cited: dict[str, str] = {}
    for evidence_path, evidence in _evidence(meeting, path):
        cited.setdefault(evidence.source, evidence_path)
        if evidence.source not in meeting.sources and (known_sources is None or evidence.source in known_sources):
            found.add(
                f"{evidence_path}.source",
                "meeting.sources",
                f"cites {evidence.source}, which is not among the meeting's sources",
            )
    for index, source_id in enumerate(meeting.sources):
        if source_id not in cited and (known_sources is None or source_id in known_sources):
            found.add(
                f"{path}.sources[{index}]",
                "meeting.sources",
                f"lists {source_id}, but no evidence in the meeting cites it",
            )


def record_problems(
    record: Any, path: str, *, record_id: str | None = None, known_sources: Container[str] | None = None
) -> list[Problem]:
    """Every problem one record has on its own, whatever the rest of the dataset holds.

    Args:
        record: A record (or any value of a record type) that matches its schema.
        path: Its JSON path, e.g. ``$.meetings[3]`` (or ``$`` for a lone record).
        record_id: The id to give the problems.
        known_sources: Ids of the dataset's sources, or None if unknown. A meeting
            citing a source that does not exist is left to ``reference.unresolved``.
    """
    found = _Found(record_id)
    for value_path, _, value in walk_record(record, path):
        _check_value(found, value_path, value)
    if isinstance(record, Meeting):
        _check_meeting(found, path, record, known_sources)
    if isinstance(record, Statement) and record.mode in _QUOTATIONS and record.evidence[0].text != record.text:
        found.add(
            f"{path}.text",
            "quote.span",
            f"a {record.mode.value.replace('_', ' ')} is exactly its first evidence span, "
            f"but the text is {_clip(record.text)} and the span is {_clip(record.evidence[0].text)}",
        )
    return found.problems


def evidence_text_problems(
    items: Iterable[tuple[str, Evidence, str | None]], texts: Mapping[str, str]
) -> list[Problem]:
    """``evidence.text`` for each ``(path, evidence, record_id)`` whose source text is in ``texts`` (by source id).

    Spans whose offsets do not fit their text are left to ``evidence.offsets``.
    """
    problems = []
    for path, evidence, record_id in items:
        text = texts.get(evidence.source)
        if text is None or not _offsets_fit(evidence):
            continue
        actual = text[evidence.start : evidence.end]
        if actual == evidence.text:
            continue
        if evidence.end > len(text):
            message = f"the span {evidence.start}:{evidence.end} runs past the end of the source's text "
            message += f"({len(text)} characters)"
        else:
            message = f"the source's text at {evidence.start}:{evidence.end} is {_clip(actual)}, "
            message += f"not {_clip(evidence.text)}"
        found_at = text.find(evidence.text)
        if found_at >= 0:
            message += f"; the quoted text is at {found_at}:{found_at + len(evidence.text)}"
        else:
            message += "; the quoted text is nowhere in the source"
        problems.append(Problem(path=f"{path}.text", message=message, rule="evidence.text", record_id=record_id))
    return problems


def _overlap(one: PartialDate, other: PartialDate) -> bool:
    return one.earliest() <= other.latest() and other.earliest() <= one.latest()


class _DatasetCheck:
    """The rules that tie the records of one dataset together."""

    def __init__(self, dataset: Dataset, directory: Path | None) -> None:
        self.directory = directory
        self.records: list[tuple[str, Record]] = [
            (f"$.{group}[{index}]", record) for group in _GROUPS for index, record in enumerate(getattr(dataset, group))
        ]
        self.problems: list[Problem] = []
        # The first record with each id; later ones are duplicates and take no
        # part in the rules that compare records.
        self.index: dict[str, tuple[str, Record]] = {}
        for path, record in self.records:
            first = self.index.setdefault(record.id, (path, record))
            # Compare positions, not objects: one Python object listed twice is still a duplicate.
            if first[0] != path:
                self._add(record, f"{path}.id", "id.duplicate", f"{record.id} is already the id of {first[0]}")

    def _add(self, record: Record, path: str, rule: str, message: str) -> None:
        self.problems.append(Problem(path=path, message=message, rule=rule, record_id=record.id))

    def _get(self, record_id: str | None, cls: type) -> Any:
        found = self.index.get(record_id) if record_id is not None else None
        return found[1] if found is not None and isinstance(found[1], cls) else None

    def _firsts(self, cls: type) -> Iterator[tuple[str, Any]]:
        for path, record in self.records:
            if isinstance(record, cls) and self.index[record.id][0] == path:
                yield path, record

    def run(self) -> list[Problem]:
        known_sources = {record.id for _, record in self._firsts(Source)}
        for path, record in self.records:
            self.problems += record_problems(record, path, record_id=record.id, known_sources=known_sources)
            for ref_path, kind, ref in _references(record, path):
                target = self.index.get(ref)
                if target is None or _KIND[type(target[1])] != kind:
                    self._add(record, ref_path, "reference.unresolved", f"no {kind} has the id {ref}")
        self._meetings()
        self._statements()
        self._texts()
        return self.problems

    def _meetings(self) -> None:
        tied: dict[str, dict[str, str]] = {}
        for path, initiative in self._firsts(Initiative):
            for index, mention in enumerate(initiative.mentions):
                if mention.meeting is not None:
                    tied.setdefault(mention.meeting, {}).setdefault(initiative.id, f"{path}.mentions[{index}]")
        for path, meeting in self._firsts(Meeting):
            for index, link in enumerate(meeting.links):
                other = self._get(link.meeting, Meeting)
                if other is None or other is meeting or meeting.date is None or other.date is None:
                    continue
                if meeting.date.value.latest() < other.date.value.earliest():
                    self._add(
                        meeting,
                        f"{path}.date.value",
                        "date.order",
                        f"the meeting {_RELATION_WORDS[link.relation]} {other.id} (links[{index}]), "
                        f"but is dated {meeting.date.value}, before {other.date.value}",
                    )
            mentioned = tied.get(meeting.id, {})
            for index, initiative_id in enumerate(meeting.initiatives):
                if initiative_id not in mentioned and self._get(initiative_id, Initiative) is not None:
                    self._add(
                        meeting,
                        f"{path}.initiatives[{index}]",
                        "meeting.initiatives",
                        f"lists {initiative_id}, but none of that initiative's mentions is tied to this meeting",
                    )
            for initiative_id, mention_path in mentioned.items():
                if initiative_id not in meeting.initiatives:
                    self._add(
                        meeting,
                        f"{path}.initiatives",
                        "meeting.initiatives",
                        f"does not list {initiative_id}, whose mention at {mention_path} is tied to this meeting",
                    )

    def _statements(self) -> None:
        for path, statement in self._firsts(Statement):
            meeting = self._get(statement.meeting, Meeting)
            if meeting is None:
                continue
            dated = statement.date is not None and meeting.date is not None
            if dated and not _overlap(statement.date.value, meeting.date.value):
                self._add(
                    statement,
                    f"{path}.date.value",
                    "date.order",
                    f"the statement is dated {statement.date.value}, outside the date of its meeting "
                    f"{meeting.id} ({meeting.date.value})",
                )
            official = statement.speaker.official
            if self._get(official, Official) is not None and official not in {p.official for p in meeting.participants}:
                self._add(
                    statement,
                    f"{path}.speaker.official",
                    "statement.speaker",
                    f"the speaker {official} is not among the participants of {meeting.id}",
                )
            for evidence_path, evidence in _evidence(statement, path):
                if evidence.source not in meeting.sources and self._get(evidence.source, Source) is not None:
                    self._add(
                        statement,
                        f"{evidence_path}.source",
                        "statement.source",
                        f"cites {evidence.source}, which is not among the sources of {meeting.id}",
                    )

    def _texts(self) -> None:
        texts: dict[str, str] = {}
        for path, source in self._firsts(Source):
            text, problems = source_text(source, path, self.directory)
            self.problems += problems
            if text is not None:
                texts[source.id] = text
        if texts:
            items = (
                (evidence_path, evidence, record.id)
                for path, record in self.records
                for evidence_path, evidence in _evidence(record, path)
            )
            self.problems += evidence_text_problems(items, texts)


def dataset_problems(dataset: Dataset, *, directory: Path | None = None) -> list[Problem]:
    """Every semantic problem of a dataset that matches its schema, in no particular order.

    Args:
        dataset: The dataset.
        directory: Where the source files are, or None to check evidence
            against the packaged seeds where the dataset's sources are those.
    """
    return _DatasetCheck(dataset, directory).run()
