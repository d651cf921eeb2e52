"""Typed selections: the questions analysts ask most, answered with record objects.

Every function takes the dataset first and returns a tuple of records (or of
small typed pairs), in a documented order. Records may be named by id, name or
alias wherever a record is expected (see :mod:`.names`).
"""

from typing import Any

from .._model.dates import PartialDate
from .._model.records import Initiative, Meeting, Official, Participation, Position, Statement
from .names import normalise

__all__ = [
    "initiatives_of",
    "meetings",
    "meetings_of",
    "officials",
    "participants",
    "positions",
    "statements",
]


def _record(dataset: Any, key: "str | Any", cls: type) -> Any:
    record = dataset.lookup(key) if isinstance(key, str) else key
    if not isinstance(record, cls):
        raise TypeError(f"{getattr(record, 'id', record)!r} is not a {cls.__name__}")
    return record


def _date(value: "PartialDate | str | None") -> PartialDate | None:
    return PartialDate.parse(value) if isinstance(value, str) else value


def officials(dataset: Any, *, country: str | None = None, organisation: str | None = None) -> tuple[Official, ...]:
    """Officials serving ``country`` (ISO code, any case) and holding a position in ``organisation``.

    ``organisation`` matches any position whose organisation (its id, name or an
    alias) contains it, compared case- and accent-insensitively ("ministry of
    defence" finds the Ministry of Defence). Dataset order.
    """
    wanted = normalise(organisation) if organisation is not None else None

    def names(organisation_id: str) -> list[str]:
        record = dataset.get(organisation_id)
        others = [record.name, *record.aliases] if record is not None else []
        return [organisation_id, *others]

    return tuple(
        official
        for official in dataset.officials
        if (country is None or official.country == country.upper())
        and (
            wanted is None
            or any(
                p.organisation and any(f" {wanted} " in f" {normalise(name)} " for name in names(p.organisation))
                for p in official.positions
            )
        )
    )


def positions(dataset: Any, official: "str | Official") -> tuple[Position, ...]:
    """An official's positions over time: by the date each is attested, undated ones last."""
    person = _record(dataset, official, Official)

    def key(position: Position) -> tuple[int, tuple[int, int, int], tuple[int, int, int]]:
        if position.attested is None:
            return (1, (0, 0, 0), (0, 0, 0))
        return (0, position.attested.earliest(), position.attested.latest())

    return tuple(sorted(person.positions, key=key))


def meetings(
    dataset: Any,
    *,
    kind: str | None = None,
    start: "PartialDate | str | None" = None,
    end: "PartialDate | str | None" = None,
) -> tuple[Meeting, ...]:
    """Meetings of ``kind`` that may fall between ``start`` and ``end`` (inclusive), in timeline order.

    Dates are intervals: ``2023`` is every day of 2023, so a meeting dated
    ``2023`` is selected by ``start="2023-11"`` (it may have been in November).
    With a date bound given, undated meetings are left out: nothing places them
    in the range.
    """
    low, high = _date(start), _date(end)
    selected = []
    for meeting in dataset.timeline():
        if kind is not None and meeting.kind != kind:
            continue
        if low is not None or high is not None:
            if meeting.date is None:
                continue
            if low is not None and meeting.date.value.latest() < low.earliest():
                continue
            if high is not None and meeting.date.value.earliest() > high.latest():
                continue
        selected.append(meeting)
    return tuple(selected)


def participants(dataset: Any, meeting: "str | Meeting") -> tuple[tuple[Official, Participation], ...]:
    """Each participant of a meeting with their participation (role, title, evidence), in the meeting's order."""
    event = _record(dataset, meeting, Meeting)
    return tuple((dataset.lookup(p.official), p) for p in event.participants)


def statements(
    dataset: Any,
    *,
    speaker: "str | Official | None" = None,
    meeting: "str | Meeting | None" = None,
    words: str | None = None,
) -> tuple[Statement, ...]:
    """Statements by ``speaker``, at ``meeting``, containing every word of ``words``; dataset order.

    ``speaker`` matches the official a source names as speaker, not an
    editor's inference for an unnamed speaker (``Speaker.inferred_official``).
    """
    who = _record(dataset, speaker, Official).id if speaker is not None else None
    where = _record(dataset, meeting, Meeting).id if meeting is not None else None
    wanted = normalise(words).split() if words is not None else []
    return tuple(
        statement
        for statement in dataset.statements
        if (who is None or statement.speaker.official == who)
        and (where is None or statement.meeting == where)
        and all(f" {word} " in f" {normalise(statement.text)} " for word in wanted)
    )


def initiatives_of(dataset: Any, meeting: "str | Meeting") -> tuple[Initiative, ...]:
    """Initiatives a meeting lists or that a source mentions at it; dataset order."""
    event = _record(dataset, meeting, Meeting)
    return tuple(
        initiative
        for initiative in dataset.initiatives
        if initiative.id in event.initiatives or any(m.meeting == event.id for m in initiative.mentions)
    )


def meetings_of(dataset: Any, initiative: "str | Initiative") -> tuple[Meeting, ...]:
    """Meetings that list an initiative or at which a source mentions it; timeline order."""
    item = _record(dataset, initiative, Initiative)
    mentioned = {m.meeting for m in item.mentions}
    return tuple(m for m in dataset.timeline() if item.id in m.initiatives or m.id in mentioned)
