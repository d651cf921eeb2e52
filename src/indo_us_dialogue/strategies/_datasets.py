"""Whole datasets: records of every group, with references that resolve and the cross-record rules kept.

The groups, their id kinds and the reference pools come from ``GROUPS`` and
the field nodes: each group's ids are drawn first, every reference is drawn
from them, and each record comes from the one table of per-type strategies. A
new record group needs nothing here. Only the rules that tie records of two
groups together are written out: linked meetings in date order, statements
tied to a meeting, the initiatives a meeting lists.
"""

from collections.abc import Callable, Mapping
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from .._model.nodes import Optional, Ref, id_kind
from .._model.records import (
    GROUPS,
    Dataset,
    DateClaim,
    Evidence,
    Group,
    Initiative,
    Meeting,
    Participation,
    Speaker,
    Statement,
)
from ._arguments import check_count
from ._dates import DateBound, day_bounds, partial_dates_between
from ._derive import Context, evolve, field, field_node, ids, record_strategy
from ._documents import documents, source_fields

__all__ = ["datasets", "datasets_within"]

_DEFAULT_MAX_RECORDS = 10
# At most this many sources in a dataset: records then often cite the same ones.
_MAX_SOURCES = 3

#: The records drawn so far, by class.
_Drawn = dict[type, tuple[Any, ...]]
_Drawer = Callable[[st.DrawFn, Group, tuple[str, ...], Context, _Drawn], _Drawn]


def _ref_kind(cls: type, name: str) -> str:
    """The kind of record field ``name`` of ``cls`` refers to."""
    node = field_node(cls, name)
    node = node.inner if isinstance(node, Optional) else node
    assert isinstance(node, Ref), f"{cls.__name__}.{name} is not a reference"
    return node.kind


def _cited_kind() -> str:
    """The kind of record evidence cites: every dataset with records has at least one."""
    return _ref_kind(Evidence, "source")


def _counts(draw: st.DrawFn, budget: int, context: Context) -> dict[str, int]:
    """How many records of each kind, ``budget`` in all."""
    cited = _cited_kind()
    most = min(_MAX_SOURCES, budget, len(context.documents) or _MAX_SOURCES)
    counts = {cited: draw(st.integers(min_value=1, max_value=most))}
    others = [group.kind for group in GROUPS if group.kind != cited]
    kinds = draw(st.lists(st.sampled_from(others), min_size=budget - counts[cited], max_size=budget - counts[cited]))
    counts |= {kind: kinds.count(kind) for kind in others}
    # A statement's speaker is an official, so statements need one to exist.
    statement, official = id_kind(Statement), _ref_kind(Speaker, "official")
    assert statement is not None
    if counts[statement] and not counts[official]:
        counts[statement] -= 1
        counts[official] += 1
    return counts


def _ids(draw: st.DrawFn, kind: str, count: int, context: Context) -> tuple[str, ...]:
    if kind == _cited_kind() and context.documents:
        chosen = draw(st.lists(st.sampled_from(context.documents), min_size=count, max_size=count, unique=True))
        return tuple(document.source_id for document in chosen)
    # Ids carry their kind as a prefix, so unique per kind is unique in the dataset.
    return tuple(draw(st.lists(ids(kind), min_size=count, max_size=count, unique=True)))


def _draw_records(draw: st.DrawFn, group: Group, own: tuple[str, ...], context: Context, drawn: _Drawn) -> _Drawn:
    """Any group: one record per id, from the table; a source that is a real document describes it."""
    records = []
    for record_id in own:
        document = context.document(record_id)
        overrides = source_fields(document) if document is not None else {"id": st.just(record_id)}
        records.append(draw(record_strategy(group.cls, context, **overrides)))
    return {**drawn, group.cls: tuple(records)}


def _may_follow(later: DateClaim | None, earlier: DateClaim | None) -> bool:
    """Whether a meeting dated ``later`` may link to one dated ``earlier`` (the date.order rule).

    Only unambiguous cases: every day ``later`` can mean is on or after every
    day ``earlier`` can mean, whatever reading of partial dates a checker takes.
    """
    return later is None or earlier is None or later.value.earliest() >= earlier.value.latest()


def _draw_meetings(draw: st.DrawFn, group: Group, own: tuple[str, ...], context: Context, drawn: _Drawn) -> _Drawn:
    """Meetings that link only to meetings not later than themselves (date.order)."""
    dates = {mid: draw(st.none() | record_strategy(DateClaim, context)) for mid in own}
    meetings = []
    for mid in own:
        earlier = tuple(other for other in own if other != mid and _may_follow(dates[mid], dates[other]))
        linked = context.where(meeting=earlier)
        meetings.append(draw(record_strategy(Meeting, linked, id=st.just(mid), date=st.just(dates[mid]))))
    return {**drawn, Meeting: tuple(meetings)}


def _draw_statements(draw: st.DrawFn, group: Group, own: tuple[str, ...], context: Context, drawn: _Drawn) -> _Drawn:
    """Statements, most tied to a meeting: spoken there by a participant, on its date, citing its sources."""
    meetings = list(drawn[Meeting])
    statements = []
    for sid in own:
        index = draw(st.integers(0, len(meetings) - 1) | st.none()) if meetings else None
        if index is None:
            statements.append(draw(record_strategy(Statement, context, id=st.just(sid), meeting=st.just(None))))
            continue
        meeting = meetings[index]
        attending = tuple(dict.fromkeys(p.official for p in meeting.participants))
        # Citing only the meeting's sources (statement.source), by a participant if it has any (statement.speaker).
        official_pool = attending or context.pool("official") or ()
        at_meeting = context.where(source=meeting.sources, official=official_pool)
        overrides = {"id": st.just(sid), "meeting": st.just(meeting.id)}
        if meeting.date is not None:
            # On a day within the meeting's date (date.order).
            days = partial_dates_between(meeting.date.value.earliest(), meeting.date.value.latest())
            overrides["date"] = st.none() | record_strategy(DateClaim, at_meeting, value=days)
        statement: Statement = draw(record_strategy(Statement, at_meeting, **overrides))
        speaker = statement.speaker.official
        if speaker is not None and speaker not in attending:
            # A named speaker who is not yet a participant joins the meeting (statement.speaker).
            joined = draw(record_strategy(Participation, context.where(source=meeting.sources)))
            meetings[index] = evolve(meeting, participants=(*meeting.participants, evolve(joined, official=speaker)))
        statements.append(statement)
    return {**drawn, Meeting: tuple(meetings), Statement: tuple(statements)}


_DRAWERS: dict[type, _Drawer] = {Meeting: _draw_meetings, Statement: _draw_statements}


def _list_mentioned_initiatives(drawn: _Drawn) -> _Drawn:
    """Each meeting lists exactly the initiatives with a mention tied to it: the meeting.initiatives rule."""
    initiatives: tuple[Initiative, ...] = drawn[Initiative]
    meetings = tuple(
        evolve(m, initiatives=tuple(i.id for i in initiatives if any(x.meeting == m.id for x in i.mentions)))
        for m in drawn[Meeting]
    )
    return {**drawn, Meeting: meetings}


@st.composite
def _consistent(draw: st.DrawFn, context: Context, min_records: int, max_records: int) -> Dataset:
    version = draw(field(Dataset, "version", context))
    budget = draw(st.integers(min_value=min_records, max_value=max_records))
    if budget == 0:
        return Dataset(version=version)
    counts = _counts(draw, budget, context)
    own = {group.kind: _ids(draw, group.kind, counts[group.kind], context) for group in GROUPS}
    # Every reference resolves: the reference.unresolved rule.
    context = context.where(**own)
    drawn: _Drawn = {}
    for group in GROUPS:
        drawn = _DRAWERS.get(group.cls, _draw_records)(draw, group, own[group.kind], context, drawn)
    drawn = _list_mentioned_initiatives(drawn)
    return Dataset(version=version, **{group.name: drawn[group.cls] for group in GROUPS})


@st.composite
def _independent(draw: st.DrawFn, context: Context, min_records: int, max_records: int) -> Dataset:
    version = draw(field(Dataset, "version", context))
    budget = draw(st.integers(min_value=min_records, max_value=max_records))
    kinds = draw(st.lists(st.sampled_from(GROUPS), min_size=budget, max_size=budget))
    groups = {}
    for group in GROUPS:
        count = kinds.count(group)
        groups[group.name] = tuple(draw(st.lists(record_strategy(group.cls, context), min_size=count, max_size=count)))
    return Dataset(version=version, **groups)


def datasets_within(
    context: Context,
    *,
    min_records: int = 0,
    max_records: int = _DEFAULT_MAX_RECORDS,
    consistent: bool = True,
) -> SearchStrategy[Dataset]:
    """Datasets within ``context`` (its dates and documents), consistent ones unless told otherwise."""
    build = _consistent if consistent else _independent
    return build(context, min_records, max_records)


def datasets(
    *,
    min_records: int = 0,
    max_records: int = _DEFAULT_MAX_RECORDS,
    consistent: bool = True,
    sources: "str | Mapping[str, bytes] | None" = None,
    min_date: DateBound = None,
    max_date: DateBound = None,
) -> SearchStrategy[Dataset]:
    """Whole datasets, by default ones that keep every rule of ``docs/validation-rules.md``.

    A consistent dataset has unique ids, references that resolve, linked
    meetings in date order, statements spoken by participants of their meeting
    on a day within its date and citing its sources, meetings that list exactly
    the sources they cite and the initiatives mentioned with them, and text
    without mojibake. By default evidence spans are not taken from real
    documents, so the ``evidence.text`` and ``source.*`` file checks do not
    apply; with ``sources`` they are, and they pass.

    Args:
        min_records: The fewest sources, officials, meetings, initiatives and
            statements together.
        max_records: The most records of all groups together; datasets shrink
            towards the smallest.
        consistent: If false, the records are drawn independently: each is
            valid by itself, but references need not resolve nor ids be unique.
        sources: Real documents to cut every evidence span from: ``"packaged"``
            for the seeds shipped in the package (``validate(data)`` checks the
            spans against them), or a mapping of file names to raw UTF-8 bytes
            (``validate(data, sources=directory)`` checks them against those
            files). Each dataset's sources are some of these documents, with
            their real file names and SHA-256, and ids as in the curated data
            (``source/000-3383ec6aaa1b071a`` for ``000_3383ec6aaa1b071a.txt``).
        min_date: The earliest day any date in the dataset may include.
        max_date: The latest day any date in the dataset may include.

    Raises:
        InvalidArgument: a count is negative or ``min_records > max_records``;
            the date bounds are reversed; a document cannot be cited (not
            UTF-8, empty, a file name no ``Source`` can have);
            ``sources`` is given with ``consistent=False``.
    """
    low = check_count(min_records, "min_records")
    high = check_count(max_records, "max_records")
    if low > high:
        raise InvalidArgument(f"min_records={low} is more than max_records={high}")
    cited = documents(sources)
    if cited and not consistent:
        raise InvalidArgument("sources= needs consistent=True: independent records cite sources that do not exist")
    days = day_bounds(min_date, max_date, names=("min_date", "max_date"))
    return datasets_within(
        Context(dates=days, documents=cited), min_records=low, max_records=high, consistent=consistent
    )
