"""Values the records carry but curators never type: each is computed from facts typed once.

- ``Meeting.sources``: the sources cited by any evidence span anywhere inside
  the meeting record (its own evidence and that of its ordinal, date, venue,
  participants, topics and links), in the order of the seeds. This is exactly
  the evidence the validator's ``meeting.sources`` rule reads.
- ``Meeting.initiatives``: the initiatives with a mention tied to the meeting,
  in the order of the initiatives.
- ``Position.attested``: the date of the meeting at which the official takes
  part under the position's title; where that is several meetings, the latest;
  where it is none, the publication date of the report that gives the title.

They are still written to the JSON, for consumers who do not derive them.
"""

from collections.abc import Iterator
from typing import Any, TypeVar, cast

import attrs

from indo_us_dialogue import Dataset, Evidence, Meeting, Official, PartialDate, Position
from indo_us_dialogue._model.walk import walk_record

R = TypeVar("R")


def _evolve(record: R, **changes: Any) -> R:
    # attrs.evolve, typed: mypy does not see that the model's @record classes are attrs classes.
    return cast(R, attrs.evolve(cast(Any, record), **changes))


def meeting(**fields: Any) -> Meeting:
    """A meeting record whose ``sources`` are those its evidence cites (``fields`` are all the others)."""
    if "sources" in fields or "initiatives" in fields:
        raise TypeError("a meeting's sources and initiatives are derived, not typed")
    cited = {evidence.source for value in fields.values() for evidence in _evidence_in(value)}
    return Meeting(sources=tuple(sorted(cited)), **fields)


def _evidence_in(value: Any) -> Iterator[Evidence]:
    """Every evidence span inside a field value: a record or a tuple of records (other values hold none)."""
    for item in value if isinstance(value, tuple) else (value,):
        if attrs.has(type(item)):
            yield from (each for _, _, each in walk_record(item) if isinstance(each, Evidence))


def derive(dataset: Dataset) -> Dataset:
    """``dataset`` with every meeting's initiatives and every position's attestation date filled in.

    Raises:
        ValueError: a value to derive was typed, or a position is held at no dated meeting.
    """
    return _evolve(
        dataset,
        meetings=tuple(_with_initiatives(m, dataset) for m in dataset.meetings),
        officials=tuple(_with_attestations(o, dataset) for o in dataset.officials),
    )


def _with_initiatives(meeting: Meeting, dataset: Dataset) -> Meeting:
    if meeting.initiatives:
        raise ValueError(f"{meeting.id}: initiatives are derived from the mentions, not typed")
    tied = tuple(i.id for i in dataset.initiatives if any(m.meeting == meeting.id for m in i.mentions))
    return _evolve(meeting, initiatives=tied)


def _with_attestations(official: Official, dataset: Dataset) -> Official:
    return _evolve(official, positions=tuple(_attested(official.id, p, dataset) for p in official.positions))


def _attested(official: str, position: Position, dataset: Dataset) -> Position:
    if position.attested is not None:
        raise ValueError(f"{official}: the attestation date of {position.title!r} is derived, not typed")
    dates = [
        m.date.value
        for m in dataset.meetings
        if m.date is not None and any(p.official == official and p.title == position.title for p in m.participants)
    ]
    if not dates:
        # Attested only by a report, not at a meeting: the report's publication date.
        cited = {e.source for e in position.evidence}
        dates = [s.published.value for s in dataset.sources if s.id in cited and s.published is not None]
    if not dates:
        raise ValueError(
            f"{official}: neither a dated meeting at which the official takes part as {position.title!r} nor a "
            "dated report of the position gives it an attestation date"
        )
    latest: PartialDate = max(dates, key=PartialDate.latest)
    return _evolve(position, attested=latest)
