"""Semantic corruptions: consistent datasets with one rule of docs/validation-rules.md broken.

``corrupted(rule)`` draws a consistent dataset with enough records for the
corruption, then breaks ``rule`` on purpose. Other rules may break as a side
effect (a changed date can also fall outside a statement's meeting); the tests
only require that the named one is reported.
"""

from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue import strategies as iuds
from indo_us_dialogue._model.nodes import Id, fields_of
from indo_us_dialogue._model.records import GROUPS
from indo_us_dialogue._model.walk import walk_record

Corruption = Callable[[st.DrawFn, iud.Dataset], iud.Dataset]


def _fresh_id(data: iud.Dataset, kind: str) -> str:
    taken = {value for _, node, value in walk_record(data) if isinstance(node, Id)}
    return next(f"{kind}/missing-{n}" for n in range(len(taken) + 1) if f"{kind}/missing-{n}" not in taken)


def _evidence(source: str, text: str = "span") -> iud.Evidence:
    return iud.Evidence(source=source, start=0, end=len(text), text=text)


def _evidence_count(data: iud.Dataset) -> int:
    return sum(isinstance(value, iud.Evidence) for _, _, value in walk_record(data))


def _replace(data: iud.Dataset, group: str, index: int, record: Any) -> iud.Dataset:
    items = list(getattr(data, group))
    items[index] = record
    return attrs.evolve(data, **{group: tuple(items)})


def _pick(draw: st.DrawFn, data: iud.Dataset, group: str) -> tuple[int, Any]:
    items = getattr(data, group)
    index = draw(st.integers(0, len(items) - 1))
    return index, items[index]


def _map_evidence(value: Any, target: int, change: Callable[[iud.Evidence], iud.Evidence]) -> Any:
    """``value`` with its ``target``-th Evidence (depth first) replaced by ``change(evidence)``."""
    counter = [0]

    def visit(node: Any) -> Any:
        if isinstance(node, tuple):
            return tuple(visit(item) for item in node)
        if isinstance(node, iud.Evidence):
            counter[0] += 1
            return change(node) if counter[0] - 1 == target else node
        if attrs.has(type(node)):
            return attrs.evolve(node, **{a.name: visit(getattr(node, a.name)) for a in attrs.fields(type(node))})
        return node

    return visit(value)


def _duplicate_id(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    group = draw(st.sampled_from([g.name for g in GROUPS if getattr(data, g.name)]))
    _, record = _pick(draw, data, group)
    return attrs.evolve(data, **{group: (*getattr(data, group), record)})


def _unresolved(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    count = _evidence_count(data)
    missing = _fresh_id(data, "source")
    return _map_evidence(data, draw(st.integers(0, count - 1)), lambda e: attrs.evolve(e, source=missing))


def _self_link(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    index, meeting = _pick(draw, data, "meetings")
    link = iud.MeetingLink(
        meeting=meeting.id, relation=iud.LinkRelation.PRECEDED_BY, evidence=(_evidence(meeting.sources[0]),)
    )
    return _replace(data, "meetings", index, attrs.evolve(meeting, links=(*meeting.links, link)))


def _date_order(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    first, second = draw(st.lists(st.integers(0, len(data.meetings) - 1), min_size=2, max_size=2, unique=True))
    later, earlier = data.meetings[first], data.meetings[second]

    def claim(text: str, meeting: iud.Meeting) -> iud.DateClaim:
        return iud.DateClaim(
            value=iud.PartialDate.parse(text), basis=iud.DateBasis.STATED, evidence=(_evidence(meeting.sources[0]),)
        )

    # "later" says it was preceded by "earlier", yet is dated a year before it.
    relation = draw(st.sampled_from(iud.LinkRelation))
    link = iud.MeetingLink(meeting=earlier.id, relation=relation, evidence=(_evidence(later.sources[0]),))
    data = _replace(data, "meetings", first, attrs.evolve(later, date=claim("2000", later), links=(*later.links, link)))
    return _replace(data, "meetings", second, attrs.evolve(earlier, date=claim("2001-01-01", earlier)))


def _date_basis(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    index, meeting = _pick(draw, data, "meetings")
    basis = draw(st.sampled_from(iud.DateBasis))
    reasoning = "Worked out from the report's date." if basis is iud.DateBasis.STATED else None
    date = iud.DateClaim(
        value=iud.PartialDate(year=2023), basis=basis, reasoning=reasoning, evidence=(_evidence(meeting.sources[0]),)
    )
    return _replace(data, "meetings", index, attrs.evolve(meeting, date=date))


def _offsets(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    count = _evidence_count(data)

    def stretch(span: iud.Evidence) -> iud.Evidence:
        # One character more than the text: start one earlier, or end one later.
        return attrs.evolve(span, start=span.start - 1) if span.start else attrs.evolve(span, end=span.end + 1)

    return _map_evidence(data, draw(st.integers(0, count - 1)), stretch)


def _meeting_sources(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    index, meeting = _pick(draw, data, "meetings")
    extra = iud.Source(id=_fresh_id(data, "source"), file_name="extra.txt", sha256="0" * 64)
    data = attrs.evolve(data, sources=(*data.sources, extra))
    return _replace(data, "meetings", index, attrs.evolve(meeting, sources=(*meeting.sources, extra.id)))


def _meeting_initiatives(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    index, meeting = _pick(draw, data, "meetings")
    _, initiative = _pick(draw, data, "initiatives")
    if initiative.id in meeting.initiatives:
        listed = tuple(i for i in meeting.initiatives if i != initiative.id)
    else:
        listed = (*meeting.initiatives, initiative.id)
    return _replace(data, "meetings", index, attrs.evolve(meeting, initiatives=listed))


def _participant_duplicate(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    index, meeting = _pick(draw, data, "meetings")
    _, official = _pick(draw, data, "officials")
    role = draw(st.sampled_from(iud.Role))
    twice = (iud.Participation(official=official.id, role=role, evidence=(_evidence(meeting.sources[0]),)),) * 2
    kept = tuple(p for p in meeting.participants if (p.official, p.role) != (official.id, role))
    return _replace(data, "meetings", index, attrs.evolve(meeting, participants=(*kept, *twice)))


def _statement_speaker(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    s_index, statement = _pick(draw, data, "statements")
    m_index, meeting = _pick(draw, data, "meetings")
    _, official = _pick(draw, data, "officials")
    # The official speaks at the meeting but is removed from its participants.
    meeting = attrs.evolve(meeting, participants=tuple(p for p in meeting.participants if p.official != official.id))
    evidence = tuple(attrs.evolve(e, source=meeting.sources[0]) for e in statement.evidence)
    statement = attrs.evolve(
        statement,
        meeting=meeting.id,
        date=None,
        speaker=iud.Speaker(official=official.id, label=official.name),
        evidence=evidence,
    )
    return _replace(_replace(data, "meetings", m_index, meeting), "statements", s_index, statement)


def _statement_source(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    s_index, statement = _pick(draw, data, "statements")
    _, meeting = _pick(draw, data, "meetings")
    extra = iud.Source(id=_fresh_id(data, "source"), file_name="extra.txt", sha256="0" * 64)
    statement = attrs.evolve(
        statement, meeting=meeting.id, date=None, evidence=(*statement.evidence, _evidence(extra.id))
    )
    return _replace(attrs.evolve(data, sources=(*data.sources, extra)), "statements", s_index, statement)


def _speaker_inference(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    index, statement = _pick(draw, data, "statements")
    label = statement.speaker.label
    if data.officials and draw(st.booleans()):
        _, official = _pick(draw, data, "officials")
        speaker = iud.Speaker(
            official=official.id, label=label, inferred_official=official.id, inference="Same person."
        )
    else:
        speaker = iud.Speaker(label=label, inference="An inference about nobody.")
    return _replace(data, "statements", index, attrs.evolve(statement, speaker=speaker))


def _quote_span(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    index, statement = _pick(draw, data, "statements")
    words = statement.evidence[0].text.split(" ")
    word = draw(st.integers(0, len(words) - 1))
    words[word] += "x"  # one word edited: the span no longer equals the quote
    mode = draw(st.sampled_from([iud.SpeechMode.DIRECT_QUOTATION, iud.SpeechMode.PARTIAL_QUOTATION]))
    return _replace(data, "statements", index, attrs.evolve(statement, mode=mode, text=" ".join(words)))


def _mojibake(draw: st.DrawFn, data: iud.Dataset) -> iud.Dataset:
    named = [g.name for g in GROUPS if "name" in {f.name for f in fields_of(g.cls)}]
    group = draw(st.sampled_from([g for g in named if getattr(data, g)]))
    index, record = _pick(draw, data, group)
    garbled = "India–U.S. ties".encode().decode("cp866")  # the en dash becomes "тАУ"
    return _replace(data, group, index, attrs.evolve(record, name=f"{record.name} {garbled}"))


def _has(*, evidence: bool = False, **minimum: int) -> Callable[[iud.Dataset], bool]:
    def check(data: iud.Dataset) -> bool:
        if evidence and not _evidence_count(data):
            return False
        return all(len(getattr(data, group)) >= count for group, count in minimum.items())

    return check


#: For each rule: what the dataset needs, and how to break the rule.
CORRUPTIONS: dict[str, tuple[Callable[[iud.Dataset], bool], Corruption]] = {
    "id.duplicate": (_has(sources=1), _duplicate_id),
    "reference.unresolved": (_has(evidence=True), _unresolved),
    "reference.self": (_has(meetings=1), _self_link),
    "date.order": (_has(meetings=2), _date_order),
    "date.basis": (_has(meetings=1), _date_basis),
    "evidence.offsets": (_has(evidence=True), _offsets),
    "meeting.sources": (_has(meetings=1), _meeting_sources),
    "meeting.initiatives": (_has(meetings=1, initiatives=1), _meeting_initiatives),
    "participant.duplicate": (_has(meetings=1, officials=1), _participant_duplicate),
    "statement.speaker": (_has(statements=1, meetings=1, officials=1), _statement_speaker),
    "statement.source": (_has(statements=1, meetings=1), _statement_source),
    "speaker.inference": (_has(statements=1), _speaker_inference),
    "quote.span": (_has(statements=1), _quote_span),
    "text.mojibake": (_has(meetings=1), _mojibake),
}


@st.composite
def corrupted(draw: st.DrawFn, rule: str) -> iud.Dataset:
    """A consistent dataset with ``rule`` broken."""
    needs, corrupt = CORRUPTIONS[rule]
    data = draw(iuds.datasets(max_records=12).filter(needs))
    return corrupt(draw, data)
