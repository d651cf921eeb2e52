"""One timeline across meetings, statements and initiative mentions.

:meth:`Dataset.timeline` orders meetings only (and keeps doing so); this module
adds what was said and which initiatives came up, each placed by its own date
or, where it has none, by the date of its meeting. Partial dates are intervals:
entries are ordered by the first day their date could mean, then by the
meetings' own order (which settles ties between dates known only as ``2025``),
meetings before what was said at them. Entries with no date at all come last.
"""

from typing import Any

import attrs

from .._model.dates import PartialDate
from .._model.records import Initiative, InitiativeMention, Meeting, Statement

__all__ = ["TimelineEntry", "timeline_entries"]

_KINDS = ("meeting", "statement", "mention")


@attrs.frozen(kw_only=True)
class TimelineEntry:
    """One dated thing in the timeline.

    Attributes:
        date: The date the entry is placed by (its own, else its meeting's), or None.
        kind: ``"meeting"``, ``"statement"`` or ``"mention"`` (an initiative mentioned).
        record: The :class:`Meeting`, :class:`Statement` or :class:`Initiative`.
        meeting: The meeting the entry belongs to (the meeting itself for a meeting), or None.
        mention: For a mention, the :class:`InitiativeMention`; else None.
    """

    date: PartialDate | None
    kind: str
    record: Meeting | Statement | Initiative
    meeting: Meeting | None = None
    mention: InitiativeMention | None = None


def timeline_entries(dataset: Any, *, everything: bool = True) -> tuple[TimelineEntry, ...]:
    """Meetings, and with ``everything`` statements and initiative mentions, in date order."""
    meetings: tuple[Meeting, ...] = dataset.timeline()
    rank = {meeting.id: index for index, meeting in enumerate(meetings)}
    by_id = {meeting.id: meeting for meeting in meetings}

    def date_of(meeting: Meeting | None) -> PartialDate | None:
        return meeting.date.value if meeting is not None and meeting.date is not None else None

    entries = [TimelineEntry(date=date_of(m), kind="meeting", record=m, meeting=m) for m in meetings]
    if everything:
        for statement in dataset.statements:
            at = by_id.get(statement.meeting) if statement.meeting else None
            date = statement.date.value if statement.date is not None else date_of(at)
            entries.append(TimelineEntry(date=date, kind="statement", record=statement, meeting=at))
        for initiative in dataset.initiatives:
            for mention in initiative.mentions:
                at = by_id.get(mention.meeting) if mention.meeting else None
                entries.append(
                    TimelineEntry(date=date_of(at), kind="mention", record=initiative, meeting=at, mention=mention)
                )

    def key(entry: TimelineEntry) -> tuple[bool, tuple[int, int, int], int, int, str]:
        earliest = entry.date.earliest() if entry.date is not None else (0, 0, 0)
        anchor = rank[entry.meeting.id] if entry.meeting is not None else len(rank)
        return (entry.date is None, earliest, anchor, _KINDS.index(entry.kind), entry.record.id)

    # sorted() is stable, so two mentions of one initiative at one meeting keep their order.
    return tuple(sorted(entries, key=key))
