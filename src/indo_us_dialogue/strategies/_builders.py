"""Builders for the record types whose fields a semantic rule ties together.

Each draws a record derived from the field declarations alone, then sets the
fields a rule of ``docs/validation-rules.md`` ties together, so that a new
field needs no change here. Every builder takes a :class:`~._derive.Context`
and, as keyword arguments, strategies that override fields' derived ones.
"""

from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from .._io.texts import packaged_texts
from .._io.utf16 import utf16_length
from .._model.dates import PartialDate
from .._model.enums import DateBasis, MeetingStatus, SpeechMode
from .._model.patterns import JSON_SAFE_INTEGER
from .._model.records import (
    DateBounds,
    DateClaim,
    Evidence,
    Meeting,
    MeetingLink,
    Participation,
    Source,
    Speaker,
    Statement,
)
from .._model.walk import walk_record
from ._derive import Context, builds, evolve, field, ids, present, record_strategy, tuples
from ._documents import spans

__all__ = ["date_claim", "evidence", "meeting", "source", "speaker", "statement"]


def _with_source_pool(draw: st.DrawFn, context: Context) -> Context:
    """``context``, with a few source ids to cite if it has none: records cite a handful of documents."""
    if context.pool("source") is not None:
        return context
    return context.where(source=tuple(draw(st.lists(ids("source"), min_size=1, max_size=3, unique=True))))


def _cited_sources(value: Any) -> tuple[str, ...]:
    """The sources cited by evidence anywhere inside ``value``, in order of first citation."""
    return tuple(dict.fromkeys(item.source for _, _, item in walk_record(value) if isinstance(item, Evidence)))


@st.composite
def evidence(draw: st.DrawFn, /, context: Context, **overrides: SearchStrategy[Any]) -> Evidence:
    """Evidence: a span of a real document's text if it cites one, else one whose offsets fit its text."""
    source = draw(overrides.pop("source", field(Evidence, "source", context)))
    document = context.document(source)
    if document is not None:
        return draw(spans(document))
    generic: Evidence = draw(builds(Evidence, context, source=st.just(source), **overrides))
    # end - start == len(text), and the UTF-16 span as long as the text in UTF-16 (or none): evidence.offsets.
    units = utf16_length(generic.text)
    start = draw(st.integers(min_value=0, max_value=JSON_SAFE_INTEGER - units))
    utf16_start = draw(st.none() | st.integers(min_value=start, max_value=JSON_SAFE_INTEGER - units))
    utf16_end = None if utf16_start is None else utf16_start + units
    return evolve(generic, start=start, end=start + len(generic.text), utf16_start=utf16_start, utf16_end=utf16_end)


@st.composite
def date_claim(draw: st.DrawFn, /, context: Context, **overrides: SearchStrategy[Any]) -> DateClaim:
    """A date with its basis: an inferred date says how (``reasoning``), a stated one does not (date.basis)."""
    generic: DateClaim = draw(builds(DateClaim, context, **overrides))
    reasoning = None
    if generic.basis is DateBasis.INFERRED:
        reasoning = generic.reasoning or draw(present(DateClaim, "reasoning", context))
    return evolve(generic, reasoning=reasoning)


@st.composite
def speaker(draw: st.DrawFn, /, context: Context, *, named: bool | None = None, **overrides: Any) -> Speaker:
    """A speaker: either the official the source names, or one an editor inferred, with how (speaker.inference)."""
    generic: Speaker = draw(builds(Speaker, context, **overrides))
    # The rule read strictly: exactly one of the two.
    if draw(st.booleans()) if named is None else named:
        official = generic.official or draw(present(Speaker, "official", context))
        return evolve(generic, official=official, inferred_official=None, inference=None)
    inferred = generic.inferred_official or draw(present(Speaker, "inferred_official", context))
    inference = generic.inference or draw(present(Speaker, "inference", context))
    return evolve(generic, official=None, inferred_official=inferred, inference=inference)


@st.composite
def statement(draw: st.DrawFn, /, context: Context, **overrides: SearchStrategy[Any]) -> Statement:
    """A statement; a quotation's first evidence span is its text (quote.span)."""
    context = _with_source_pool(draw, context)
    generic: Statement = draw(builds(Statement, context, **overrides))
    if generic.same_remark is not None and generic.same_remark.statement == generic.id:
        generic = evolve(generic, same_remark=None)  # never the same remark as itself: statement.same_remark
    if generic.mode is SpeechMode.REPORTED_SPEECH:
        return generic
    first: Evidence = draw(record_strategy(Evidence, context))
    return evolve(generic, text=first.text, evidence=(first, *generic.evidence[1:]))


@st.composite
def meeting(draw: st.DrawFn, /, context: Context, **overrides: SearchStrategy[Any]) -> Meeting:
    """A meeting that never links to itself, names an official once per role and lists the sources it cites."""
    context = _with_source_pool(draw, context)
    meeting_id = draw(overrides.pop("id", field(Meeting, "id", context)))
    # A meeting never links to itself: the reference.self rule.
    pool = context.pool("meeting")
    link_context = context.where(meeting=tuple(m for m in pool if m != meeting_id)) if pool is not None else context
    links = tuples(record_strategy(MeetingLink, link_context)).filter(
        lambda ls: all(x.meeting != meeting_id for x in ls)
    )
    # An official appears at most once per role: the participant.duplicate rule.
    participants = tuples(record_strategy(Participation, context), unique_by=lambda p: (p.official, p.role))
    defaults = {"links": links, "participants": participants}
    drawn: Meeting = draw(builds(Meeting, context, **{**defaults, **overrides, "id": st.just(meeting_id)}))
    # Only a planned meeting is fulfilled, by another one: the meeting.fulfilled rule.
    planned = drawn.status is MeetingStatus.PLANNED
    fulfilled_by = drawn.fulfilled_by if planned and drawn.fulfilled_by != meeting_id else None
    # A meeting's date lies within its own bounds: the date.bounds rule.
    bounds = drawn.date_bounds if drawn.date is None or _within_bounds(drawn.date.value, drawn.date_bounds) else None
    # The meeting lists exactly the sources its evidence cites: the meeting.sources rule.
    shaped = evolve(drawn, fulfilled_by=fulfilled_by, date_bounds=bounds)
    return evolve(shaped, sources=_cited_sources(shaped))


def _within_bounds(date: PartialDate, bounds: DateBounds | None) -> bool:
    if bounds is None:
        return True
    after_start = bounds.not_before is None or date.latest() >= bounds.not_before.earliest()
    before_end = bounds.not_after is None or date.earliest() <= bounds.not_after.latest()
    return after_start and before_end


@st.composite
def date_bounds(draw: st.DrawFn, /, context: Context, **overrides: SearchStrategy[Any]) -> DateBounds:
    """Bounds with at least one end, the earlier first: the date.bounds rule."""
    generic: DateBounds = draw(builds(DateBounds, context, **overrides))
    first, last = generic.not_before, generic.not_after
    if first is None and last is None:
        first = draw(present(DateBounds, "not_before", context))
    if first is not None and last is not None and first.earliest() > last.latest():
        first, last = last, first
    return evolve(generic, not_before=first, not_after=last)


@st.composite
def source(draw: st.DrawFn, /, context: Context, **overrides: SearchStrategy[Any]) -> Source:
    """A source document; its own claims (publisher, date, headline) cite the source itself."""
    source_id = draw(overrides.pop("id", field(Source, "id", context)))
    own = context.where(source=(source_id,))
    # Unless it is one of them, never the name of a packaged seed: a validator checks evidence against those.
    name = field(Source, "file_name", context).filter(lambda n: n not in packaged_texts())
    defaults = {"file_name": name}
    return draw(builds(Source, own, **{**defaults, **overrides, "id": st.just(source_id)}))
