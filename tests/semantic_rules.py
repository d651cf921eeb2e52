"""A small reading of the semantic rules of docs/validation-rules.md, for the strategy tests.

It lets the tests check, before and besides the real validator, that
``datasets()`` keeps every rule and that each corruption in
``tests/corruptions.py`` breaks the rule it names. Where the rules allow two
readings (how partial dates compare, whether a speaker must be named or
inferred), ``strict=True`` flags whatever any reading could object to, and the
default flags only what every reading calls a violation.
"""

from collections.abc import Iterator
from typing import Any

import attrs

import indo_us_dialogue as iud
from indo_us_dialogue._io.texts import find_mojibake

QUOTATIONS = (iud.SpeechMode.DIRECT_QUOTATION, iud.SpeechMode.PARTIAL_QUOTATION)


def walk(value: Any) -> Iterator[Any]:
    """Every record, tuple and leaf value inside ``value``, depth first."""
    yield value
    if isinstance(value, tuple):
        for item in value:
            yield from walk(item)
    elif attrs.has(type(value)):
        for attribute in attrs.fields(type(value)):
            yield from walk(getattr(value, attribute.name))


def cited(value: Any) -> set[str]:
    """The ids of the sources cited by evidence anywhere inside ``value``."""
    return {item.source for item in walk(value) if isinstance(item, iud.Evidence)}


def _references(data: iud.Dataset) -> Iterator[tuple[str, str]]:
    """Every (kind, id) reference in the dataset."""
    for item in walk(data):
        if isinstance(item, iud.Evidence):
            yield "source", item.source
        elif isinstance(item, iud.Meeting):
            yield from (("source", s) for s in item.sources)
            yield from (("initiative", i) for i in item.initiatives)
        elif isinstance(item, iud.MeetingLink):
            yield "meeting", item.meeting
        elif isinstance(item, iud.Participation):
            yield "official", item.official
        elif isinstance(item, (iud.InitiativeMention, iud.Statement)) and item.meeting is not None:
            yield "meeting", item.meeting
        if isinstance(item, iud.Speaker):
            yield from (("official", o) for o in (item.official, item.inferred_official) if o is not None)


def _before(later: iud.DateClaim | None, earlier: iud.DateClaim | None, *, strict: bool) -> bool:
    """Whether ``later`` is (strict: may be) earlier than ``earlier``."""
    if later is None or earlier is None:
        return False
    if strict:
        return later.value.earliest() < earlier.value.latest()
    return later.value.latest() < earlier.value.earliest()


def _disjoint(a: iud.DateClaim | None, b: iud.DateClaim | None) -> bool:
    if a is None or b is None:
        return False
    return a.value.latest() < b.value.earliest() or b.value.latest() < a.value.earliest()


def broken_rules(data: iud.Dataset, *, strict: bool = False) -> set[str]:
    """The names of the semantic rules ``data`` breaks (file checks aside)."""
    return (
        _id_rules(data)
        | _meeting_rules(data, strict=strict)
        | _statement_rules(data)
        | _value_rules(data, strict=strict)
    )


def _id_rules(data: iud.Dataset) -> set[str]:
    broken = set()
    groups = (data.sources, data.officials, data.meetings, data.initiatives, data.statements)
    all_ids = [record.id for group in groups for record in group]
    if len(all_ids) != len(set(all_ids)):
        broken.add("id.duplicate")
    known = set(all_ids)
    if any(not ref.startswith(kind + "/") or ref not in known for kind, ref in _references(data)):
        broken.add("reference.unresolved")
    return broken


def _meeting_rules(data: iud.Dataset, *, strict: bool) -> set[str]:
    broken = set()
    meetings = {m.id: m for m in data.meetings}
    mentioned: dict[str, set[str]] = {}
    for initiative in data.initiatives:
        for mention in initiative.mentions:
            if mention.meeting is not None:
                mentioned.setdefault(mention.meeting, set()).add(initiative.id)
    for meeting in data.meetings:
        broken |= _meeting_local_rules(meeting)
        for link in meeting.links:
            if link.meeting in meetings and _before(meeting.date, meetings[link.meeting].date, strict=strict):
                broken.add("date.order")
        if set(meeting.initiatives) != mentioned.get(meeting.id, set()):
            broken.add("meeting.initiatives")
    return broken


def _meeting_local_rules(meeting: iud.Meeting) -> set[str]:
    broken = set()
    if any(link.meeting == meeting.id for link in meeting.links):
        broken.add("reference.self")
    if cited(meeting) != set(meeting.sources):
        broken.add("meeting.sources")
    roles = [(p.official, p.role) for p in meeting.participants]
    if len(roles) != len(set(roles)):
        broken.add("participant.duplicate")
    return broken


def _statement_rules(data: iud.Dataset) -> set[str]:
    broken = set()
    meetings = {m.id: m for m in data.meetings}
    for statement in data.statements:
        meeting = meetings.get(statement.meeting or "")
        if meeting is not None:
            if _disjoint(statement.date, meeting.date):
                broken.add("date.order")
            named = statement.speaker.official
            if named is not None and named not in {p.official for p in meeting.participants}:
                broken.add("statement.speaker")
            if not cited(statement) <= set(meeting.sources):
                broken.add("statement.source")
        broken |= _statement_local_rules(statement)
    return broken


def _statement_local_rules(statement: iud.Statement) -> set[str]:
    if statement.mode in QUOTATIONS and statement.evidence[0].text != statement.text:
        return {"quote.span"}
    return set()


def broken_local_rules(value: Any) -> set[str]:
    """The rules a record breaks by itself, without the rest of a dataset (strict readings)."""
    broken = _value_rules(value, strict=True)
    for item in walk(value):
        if isinstance(item, iud.Meeting):
            broken |= _meeting_local_rules(item)
        elif isinstance(item, iud.Statement):
            broken |= _statement_local_rules(item)
    return broken


def _value_rules(value: Any, *, strict: bool) -> set[str]:
    broken = set()
    for item in walk(value):
        if isinstance(item, iud.DateClaim) and (item.basis is iud.DateBasis.INFERRED) != (item.reasoning is not None):
            broken.add("date.basis")
        elif isinstance(item, iud.Evidence) and not (item.start < item.end and item.end - item.start == len(item.text)):
            broken.add("evidence.offsets")
        elif isinstance(item, iud.Speaker) and _bad_speaker(item, strict=strict):
            broken.add("speaker.inference")
        elif isinstance(item, str) and find_mojibake(item):
            broken.add("text.mojibake")
    return broken


def _bad_speaker(speaker: iud.Speaker, *, strict: bool) -> bool:
    named, inferred = speaker.official is not None, speaker.inferred_official is not None
    if named and inferred:
        return True
    if (speaker.inference is not None) != inferred:
        return True
    return strict and not (named or inferred)
