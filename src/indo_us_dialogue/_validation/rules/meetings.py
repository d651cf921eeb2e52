"""Rules on meetings: their participants, the sources and initiatives they list, the order of their dates."""

from ..._model.dates import PartialDate
from ..._model.enums import LinkRelation, MeetingStatus, Role
from ..._model.nodes import Node
from ..._model.records import DateBounds, Initiative, Meeting, Statement
from .context import Context, Findings, evidence_in

__all__ = [
    "date_bounds",
    "date_order",
    "meeting_fulfilled",
    "meeting_initiatives",
    "meeting_sources",
    "participant_duplicate",
]

_RELATION_WORDS = {
    LinkRelation.REVIEWED_OUTCOMES_OF: "reviewed the outcomes of",
    LinkRelation.PRECEDED_BY: "was preceded by",
}


def participant_duplicate(context: Context, path: str, node: Node, meeting: Meeting) -> Findings:
    """Each repeat of an (official, role) pair, pointing at its first listing."""
    seen: dict[tuple[str, Role], int] = {}
    for index, participation in enumerate(meeting.participants):
        key = (participation.official, participation.role)
        if key in seen:
            yield (
                f"{path}.participants[{index}]",
                f"{participation.official} is already listed as {participation.role.value} "
                f"at {path}.participants[{seen[key]}]",
            )
        else:
            seen[key] = index


def meeting_sources(context: Context, path: str, node: Node, meeting: Meeting) -> Findings:
    """Sources cited but not listed, and listed but not cited; unknown sources are left to reference.unresolved."""
    cited: dict[str, str] = {}
    for evidence_path, evidence in evidence_in(meeting, path):
        cited.setdefault(evidence.source, evidence_path)
        if evidence.source not in meeting.sources and context.source_known(evidence.source):
            yield f"{evidence_path}.source", f"cites {evidence.source}, which is not among the meeting's sources"
    for index, source_id in enumerate(meeting.sources):
        if source_id not in cited and context.source_known(source_id):
            yield f"{path}.sources[{index}]", f"lists {source_id}, but no evidence in the meeting cites it"


def meeting_initiatives(context: Context, path: str, node: Node, meeting: Meeting) -> Findings:
    """Initiatives listed without a tied mention, and tied by a mention but not listed."""
    if context.is_duplicate(path, meeting):
        return
    mentioned = context.mentions.get(meeting.id, {})
    for index, initiative_id in enumerate(meeting.initiatives):
        if initiative_id not in mentioned and context.get(initiative_id, Initiative) is not None:
            yield (
                f"{path}.initiatives[{index}]",
                f"lists {initiative_id}, but none of that initiative's mentions is tied to this meeting",
            )
    for initiative_id, mention_path in mentioned.items():
        if initiative_id not in meeting.initiatives:
            yield (
                f"{path}.initiatives",
                f"does not list {initiative_id}, whose mention at {mention_path} is tied to this meeting",
            )


def _overlap(one: PartialDate, other: PartialDate) -> bool:
    return one.earliest() <= other.latest() and other.earliest() <= one.latest()


def date_order(context: Context, path: str, node: Node, record: Meeting | Statement) -> Findings:
    """A meeting dated before a meeting it follows; a statement dated outside its meeting."""
    if context.is_duplicate(path, record) or record.date is None:
        return
    date = record.date.value
    if isinstance(record, Meeting):
        for index, link in enumerate(record.links):
            other = context.get(link.meeting, Meeting)
            if other is None or other is record or other.date is None:
                continue
            if date.latest() < other.date.value.earliest():
                yield (
                    f"{path}.date.value",
                    f"the meeting {_RELATION_WORDS[link.relation]} {other.id} (links[{index}]), "
                    f"but is dated {date}, before {other.date.value}",
                )
        return
    meeting = context.get(record.meeting, Meeting)
    if meeting is not None and meeting.date is not None and not _overlap(date, meeting.date.value):
        yield (
            f"{path}.date.value",
            f"the statement is dated {date}, outside the date of its meeting {meeting.id} ({meeting.date.value})",
        )


def date_bounds(context: Context, path: str, node: Node, value: DateBounds | Meeting) -> Findings:
    """Bounds that bound nothing or contradict each other, and a meeting date outside its own bounds."""
    if isinstance(value, DateBounds):
        if value.not_before is None and value.not_after is None:
            yield path, "date bounds need 'not_before', 'not_after' or both"
        elif (
            value.not_before is not None
            and value.not_after is not None
            and value.not_before.earliest() > value.not_after.latest()
        ):
            yield f"{path}.not_after", f"{value.not_after} is before not_before {value.not_before}"
        return
    meeting, bounds = value, value.date_bounds
    if meeting.date is None or bounds is None:
        return
    date = meeting.date.value
    if (bounds.not_before is not None and date.latest() < bounds.not_before.earliest()) or (
        bounds.not_after is not None and date.earliest() > bounds.not_after.latest()
    ):
        yield f"{path}.date", f"the date {date} lies outside the meeting's own date bounds"


def meeting_fulfilled(context: Context, path: str, node: Node, meeting: Meeting) -> Findings:
    """A fulfilling meeting given for a meeting that was not planned, or a meeting said to fulfil itself."""
    if meeting.fulfilled_by is None:
        return
    if meeting.status is not MeetingStatus.PLANNED:
        yield f"{path}.fulfilled_by", f"only a planned meeting is fulfilled by another; this one is {meeting.status}"
    elif meeting.fulfilled_by == meeting.id:
        yield f"{path}.fulfilled_by", "a planned meeting cannot be fulfilled by itself"
