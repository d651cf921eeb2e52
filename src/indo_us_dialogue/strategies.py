"""Hypothesis strategies for every record type, and for whole consistent datasets.

For your own property-based tests (install ``indo-us-dialogue[testing]``)::

    from hypothesis import given
    from . import strategies as iuds

    @given(iuds.meetings(kind="ministerial", country="IN"))
    def test_export_keeps_the_venue(meeting):
        ...

Every generated value is valid: it matches its JSON Schema, and its own fields
keep the semantic rules of ``docs/validation-rules.md`` that can be kept
without the rest of a dataset (evidence offsets fit the span, an inferred date
has reasoning, a quotation's first span is its text, ...). :func:`datasets`
keeps every rule across records too. Free text is drawn from ASCII, typographic
punctuation and Devanagari, never from the characters that make mojibake.

Strategies are derived from the field declarations of the classes (type and
constraints): a new field is generated without a change here; only the rules
that tie fields together are written out. Once the package is installed,
``hypothesis.strategies.from_type(Meeting)`` uses them (see ``docs/strategies.md``).
"""

import calendar
import datetime
import enum
import functools
import string
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from ._io.texts import packaged_texts
from ._model.countries import COUNTRY_CODES
from ._model.dates import DatePrecision, PartialDate
from ._model.enums import (
    AttendanceMode,
    DateBasis,
    InitiativeKind,
    InitiativeStatus,
    LinkRelation,
    MeetingKind,
    OrganisationKind,
    PloverCategory,
    Role,
    SpeechMode,
)
from ._model.nodes import (
    Array,
    Boolean,
    Choice,
    Country,
    Date,
    Id,
    Integer,
    Nested,
    Node,
    Optional,
    Ref,
    Text,
    fields_of,
)
from ._model.patterns import JSON_SAFE_INTEGER, NON_BLANK, ecma_search, python_regex
from ._model.records import (
    GROUPS,
    Dataset,
    DateClaim,
    EventCoding,
    Evidence,
    Initiative,
    InitiativeMention,
    Meeting,
    MeetingLink,
    Official,
    OrdinalClaim,
    Organisation,
    Participation,
    Party,
    Position,
    SameRemark,
    Source,
    Speaker,
    Statement,
    TextClaim,
    Venue,
)
from ._model.walk import walk_record

__all__ = [
    "SAFE_TEXT_ALPHABET",
    "country_codes",
    "datasets",
    "date_claims",
    "event_codings",
    "evidence",
    "ids",
    "initiative_mentions",
    "initiatives",
    "meeting_links",
    "meetings",
    "officials",
    "ordinal_claims",
    "organisations",
    "partial_dates",
    "participations",
    "parties",
    "positions",
    "same_remarks",
    "sources",
    "speakers",
    "statements",
    "text_claims",
    "venues",
]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

#: The characters generated free text is made of: ASCII letters, digits and
#: punctuation, typographic quotes and dashes, and Devanagari, as in the sources.
#: None is in the upper half of code page 866, so no generated text can contain
#: what the ``text.mojibake`` rule looks for.
SAFE_TEXT_ALPHABET = "".join(
    sorted(set(string.ascii_letters + string.digits + " .,;:!?'\"()&/%+-" + "“”‘’–—…é" + "भारतअमेरिकासंवादरक्षामंत्री"))
)

# Collections stay short: a record's strategy nests several levels of them.
_EXTRA_ITEMS = 2
_DEFAULT_MAX_RECORDS = 10

# Dates as (year, month, day); year 0 is a real (leap) year in the model.
_Day = tuple[int, int, int]
_FIRST_DAY: _Day = (0, 1, 1)
_LAST_DAY: _Day = (9999, 12, 31)
# datetime.date starts at year 1; the Gregorian calendar repeats every 400 years
# (146097 days), so year 0 is handled as year 400 shifted back one cycle.
_CYCLE_DAYS = 146097


def _ordinal(day: _Day) -> int:
    year, month, dom = day
    if year == 0:
        return datetime.date(400, month, dom).toordinal() - _CYCLE_DAYS
    return datetime.date(year, month, dom).toordinal()


def _from_ordinal(number: int) -> PartialDate:
    if number >= 1:
        date = datetime.date.fromordinal(number)
        return PartialDate(year=date.year, month=date.month, day=date.day)
    date = datetime.date.fromordinal(number + _CYCLE_DAYS)
    return PartialDate(year=date.year - 400, month=date.month, day=date.day)


def _last_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _bound(value: "PartialDate | datetime.date | None", *, name: str, low: bool) -> _Day:
    if value is None:
        return _FIRST_DAY if low else _LAST_DAY
    if isinstance(value, PartialDate):
        return value.earliest() if low else value.latest()
    if isinstance(value, datetime.date):
        return (value.year, value.month, value.day)
    raise InvalidArgument(f"{name} must be a PartialDate, a datetime.date or None, got {value!r}")


def _member(enum_cls: type[E], value: "E | str | None", name: str) -> E | None:
    if value is None:
        return None
    try:
        return enum_cls(value)
    except ValueError:
        choices = ", ".join(repr(m.value) for m in enum_cls)
        raise InvalidArgument(f"{name}={value!r} is not one of {choices}") from None


def _country(value: str | None) -> str | None:
    if value is not None and value not in COUNTRY_CODES:
        raise InvalidArgument(f"country={value!r} is not an ISO 3166-1 alpha-2 code such as 'IN' or 'US'")
    return value


def partial_dates(
    *,
    min_value: "PartialDate | datetime.date | None" = None,
    max_value: "PartialDate | datetime.date | None" = None,
    precision: "DatePrecision | str | None" = None,
) -> SearchStrategy[PartialDate]:
    """Real calendar dates at year, month or day precision.

    Every day the generated date can mean lies within the bounds: with
    ``min_value=PartialDate.parse("2023-11-10")``, ``2023`` is never generated
    (it includes January) but ``2023-12`` is.

    Args:
        min_value: The earliest day allowed; a ``PartialDate`` stands for its
            first day. Default ``0000-01-01``, the earliest the model allows.
        max_value: The latest day allowed; a ``PartialDate`` stands for its
            last day. Default ``9999-12-31``.
        precision: Only dates of this precision (``"year"``, ``"month"`` or
            ``"day"``); by default all three, where they fit the bounds.

    Raises:
        InvalidArgument: the bounds are reversed, or no date of the requested
            precision fits between them.
    """
    low = _bound(min_value, name="min_value", low=True)
    high = _bound(max_value, name="max_value", low=False)
    if low > high:
        raise InvalidArgument(f"min_value={min_value} is after max_value={max_value}")
    wanted = _member(DatePrecision, precision, "precision")
    return _partial_dates(low, high, wanted)


@functools.cache
def _partial_dates(low: _Day, high: _Day, wanted: DatePrecision | None) -> SearchStrategy[PartialDate]:
    choices: list[SearchStrategy[PartialDate]] = []
    # Whole years inside the bounds.
    first_year = low[0] + (low[1:] != (1, 1))
    last_year = high[0] - (high[1:] != (12, 31))
    if wanted in (None, DatePrecision.YEAR) and first_year <= last_year:
        choices.append(st.integers(first_year, last_year).map(lambda y: PartialDate(year=y)))
    # Whole months inside the bounds, counted from January of year 0.
    first_month = low[0] * 12 + low[1] - 1 + (low[2] != 1)
    last_month = high[0] * 12 + high[1] - 1 - (high[2] != _last_of_month(high[0], high[1]))
    if wanted in (None, DatePrecision.MONTH) and first_month <= last_month:
        choices.append(st.integers(first_month, last_month).map(lambda n: PartialDate(year=n // 12, month=n % 12 + 1)))
    if wanted in (None, DatePrecision.DAY):
        choices.append(st.integers(_ordinal(low), _ordinal(high)).map(_from_ordinal))
    if not choices:
        raise InvalidArgument(f"no {wanted} precision date lies between {low} and {high}")
    return st.one_of(choices)


_COUNTRY_CODES = st.sampled_from(["IN", "US", *sorted(COUNTRY_CODES - {"IN", "US"})])


def country_codes() -> SearchStrategy[str]:
    """ISO 3166-1 alpha-2 country codes, ``"IN"`` and ``"US"`` first (they shrink towards ``"IN"``)."""
    return _COUNTRY_CODES


def ids(kind: str) -> SearchStrategy[str]:
    """Well-formed ids of one record type: ``meeting/2023-11-10-ministerial``.

    Args:
        kind: ``"source"``, ``"organisation"``, ``"official"``, ``"meeting"``, ``"initiative"`` or ``"statement"``.
    """
    kinds = [group.kind for group in GROUPS]
    if kind not in kinds:
        raise InvalidArgument(f"kind={kind!r} is not one of {', '.join(kinds)}")
    return _ids(kind)


@functools.cache
def _ids(kind: str) -> SearchStrategy[str]:
    word = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8)
    return st.lists(word, min_size=1, max_size=4).map(lambda words: f"{kind}/{'-'.join(words)}")


@functools.cache
def _free_text(*, min_size: int, blank_ok: bool) -> SearchStrategy[str]:
    text = st.text(alphabet=SAFE_TEXT_ALPHABET, min_size=min_size, max_size=max(min_size, 1) + 30)
    return text if blank_ok else text.filter(lambda s: ecma_search(NON_BLANK, s))


@functools.cache
def _matching(pattern: str) -> SearchStrategy[str]:
    # python_regex gives the pattern its ECMA-262 meaning; the filter is a safety net.
    return st.from_regex(python_regex(pattern), fullmatch=True).filter(lambda s: ecma_search(pattern, s))


@attrs.frozen(kw_only=True)
class _Refs:
    """What references may point at: for each id kind, the ids to choose from.

    A kind that is absent may point at any well-formed id; a kind with an empty
    pool cannot be referenced at all (optional references stay null, lists empty).
    Hashable, so that strategies built for the same pools are built once.
    """

    pools: tuple[tuple[str, tuple[str, ...]], ...] = ()
    country: str | None = None

    def pool(self, kind: str) -> tuple[str, ...] | None:
        return dict(self.pools).get(kind)

    def to(self, kind: str) -> SearchStrategy[str]:
        pool = self.pool(kind)
        if pool is None:
            return ids(kind)
        return st.sampled_from(pool) if pool else st.nothing()

    def countries(self) -> SearchStrategy[str]:
        return country_codes() if self.country is None else st.just(self.country)

    def where(self, **pools: tuple[str, ...]) -> "_Refs":
        return attrs.evolve(self, pools=tuple(sorted({**dict(self.pools), **pools}.items())))


def _tuples(
    item: SearchStrategy[T],
    *,
    min_size: int = 0,
    unique: bool = False,
    unique_by: Callable[[T], object] | None = None,
) -> SearchStrategy[tuple[T, ...]]:
    # Items that cannot exist (references into an empty pool) make an empty
    # tuple, which Hypothesis will not build from st.nothing() by itself.
    if min_size == 0 and item.is_empty:
        return st.just(())
    lists = st.lists(item, min_size=min_size, max_size=min_size + _EXTRA_ITEMS, unique=unique, unique_by=unique_by)
    return lists.map(tuple)


def _text(node: Text) -> SearchStrategy[str]:
    if node.pattern is None:
        return _free_text(min_size=node.min_length, blank_ok=True)
    if node.pattern == NON_BLANK:
        return _free_text(min_size=max(node.min_length, 1), blank_ok=False)
    return _matching(node.pattern)


def _derive(node: Node, refs: _Refs) -> SearchStrategy[Any]:
    """A strategy for any value a field node allows."""
    match node:
        case Text():
            return _text(node)
        case Id(kind=kind):
            return ids(kind)
        case Ref(kind=kind):
            return refs.to(kind)
        case Country():
            return refs.countries()
        case Integer(minimum=minimum, maximum=maximum):
            return st.integers(min_value=minimum, max_value=maximum)
        case Boolean():
            return st.booleans()
        case Date():
            return partial_dates()
        case Choice(enum=enum_cls):
            return st.sampled_from(enum_cls)
        case Nested(cls=cls) if cls in _BUILDERS:
            return _BUILDERS[cls](refs)
        case Optional(inner=inner):
            return st.none() | _derive(inner, refs)
        case Array(item=item, min_items=min_items, unique=unique):
            return _tuples(_derive(item, refs), min_size=min_items, unique=unique)
    raise TypeError(f"no strategy for field node {node!r}")


def _node(cls: type, name: str) -> Node:
    return next(f.node for f in fields_of(cls) if f.name == name)


def _evolve(record: T, **changes: Any) -> T:
    # attrs.evolve, typed: mypy does not see that @record classes are attrs classes.
    return typing.cast(T, attrs.evolve(typing.cast(Any, record), **changes))


# Strategies are immutable, so each is built once per (class, field, pools): building
# them again for every record drawn would cost more than drawing from them.
@functools.lru_cache(maxsize=4096)
def _field(cls: type, name: str, refs: _Refs) -> SearchStrategy[Any]:
    """The derived strategy for one field of a record class."""
    return _derive(_node(cls, name), refs)


def _present(cls: type, name: str, refs: _Refs) -> SearchStrategy[Any]:
    """The derived strategy for an optional field of a record class, never None."""
    node = _node(cls, name)
    assert isinstance(node, Optional), f"{cls.__name__}.{name} is not optional"
    return _derive(node.inner, refs)


def _builds(cls: type[T], refs: _Refs, **overrides: SearchStrategy[Any]) -> SearchStrategy[T]:
    """Records of ``cls`` with every field derived from its declaration, unless overridden."""
    record_class: type = cls
    # Field order, not set order: the order of draws must not vary between runs.
    names = [f.name for f in fields_of(record_class)]
    unknown = set(overrides) - set(names)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field(s) {sorted(unknown)}")
    strategies = {name: overrides[name] if name in overrides else _field(record_class, name, refs) for name in names}
    return st.builds(cls, **strategies)


def _with_source_pool(draw: st.DrawFn, refs: _Refs) -> _Refs:
    """``refs``, with a few source ids to cite if it has none: records cite a handful of documents."""
    if refs.pool("source") is not None:
        return refs
    return refs.where(source=tuple(draw(st.lists(ids("source"), min_size=1, max_size=3, unique=True))))


def _cited_sources(value: Any) -> tuple[str, ...]:
    """The sources cited by evidence anywhere inside ``value``, in order of first citation."""
    return tuple(dict.fromkeys(item.source for _, _, item in walk_record(value) if isinstance(item, Evidence)))


# --- one builder per record type, each taking the reference pools -------------


# Each builder draws a record derived from the field declarations alone, then
# sets the fields a rule ties together, so that new fields need no change here.


@functools.lru_cache(maxsize=1024)
def _record(cls: type, refs: _Refs) -> SearchStrategy[Any]:
    """Records of ``cls`` with every field derived from its declaration."""
    return _builds(cls, refs)


@st.composite
def _evidence(draw: st.DrawFn, refs: _Refs, *, text: str | None = None) -> Evidence:
    generic: Evidence = draw(_record(Evidence, refs))
    span = generic.text if text is None else text
    # end - start == len(text): the evidence.offsets rule.
    start = draw(st.integers(min_value=0, max_value=JSON_SAFE_INTEGER - len(span)))
    return _evolve(generic, start=start, end=start + len(span), text=span)


@st.composite
def _date_claim(
    draw: st.DrawFn,
    refs: _Refs,
    *,
    dates: SearchStrategy[PartialDate] | None = None,
    basis: DateBasis | None = None,
) -> DateClaim:
    generic: DateClaim = draw(_record(DateClaim, refs))
    chosen = generic.basis if basis is None else basis
    # An inferred date says how; a stated one does not: the date.basis rule.
    reasoning = None
    if chosen is DateBasis.INFERRED:
        reasoning = generic.reasoning or draw(_present(DateClaim, "reasoning", refs))
    value = generic.value if dates is None else draw(dates)
    return _evolve(generic, value=value, basis=chosen, reasoning=reasoning)


@st.composite
def _speaker(draw: st.DrawFn, refs: _Refs, *, named: bool | None = None) -> Speaker:
    generic: Speaker = draw(_record(Speaker, refs))
    # Either the official the source names, or one an editor inferred, with how:
    # the speaker.inference rule (read strictly: exactly one of the two).
    if draw(st.booleans()) if named is None else named:
        official = generic.official or draw(_present(Speaker, "official", refs))
        return _evolve(generic, official=official, inferred_official=None, inference=None)
    inferred = generic.inferred_official or draw(_present(Speaker, "inferred_official", refs))
    inference = generic.inference or draw(_present(Speaker, "inference", refs))
    return _evolve(generic, official=None, inferred_official=inferred, inference=inference)


@st.composite
def _statement(
    draw: st.DrawFn,
    refs: _Refs,
    *,
    mode: SpeechMode | None = None,
    dates: SearchStrategy[PartialDate] | None = None,
    dated: bool = False,
) -> Statement:
    refs = _with_source_pool(draw, refs)
    generic: Statement = draw(_record(Statement, refs))
    changes: dict[str, Any] = {}
    chosen = generic.mode if mode is None else mode
    if chosen is not SpeechMode.REPORTED_SPEECH:
        # For quotations the first span is the quoted text itself: the quote.span rule.
        changes["evidence"] = (draw(_evidence(refs, text=generic.text)), *generic.evidence[1:])
    if dates is not None or dated:
        date = _date_claim(refs, dates=dates)
        changes["date"] = draw(date if dated else st.none() | date)
    return _evolve(generic, mode=chosen, **changes)


@st.composite
def _meeting(draw: st.DrawFn, /, refs: _Refs, **overrides: SearchStrategy[Any]) -> Meeting:
    refs = _with_source_pool(draw, refs)
    meeting_id = draw(overrides.get("id", _field(Meeting, "id", refs)))
    # A meeting never links to itself: the reference.self rule.
    pool = refs.pool("meeting")
    link_refs = refs.where(meeting=tuple(m for m in pool if m != meeting_id)) if pool is not None else refs
    links = _tuples(_BUILDERS[MeetingLink](link_refs)).filter(lambda ls: all(x.meeting != meeting_id for x in ls))
    # An official appears at most once per role: the participant.duplicate rule.
    participants = _tuples(_BUILDERS[Participation](refs), unique_by=lambda p: (p.official, p.role))
    defaults = {"links": links, "participants": participants}
    meeting = draw(_builds(Meeting, refs, **{**defaults, **overrides, "id": st.just(meeting_id)}))
    # The meeting lists exactly the sources its evidence cites: the meeting.sources rule.
    return _evolve(meeting, sources=_cited_sources(meeting))


@st.composite
def _source(draw: st.DrawFn, refs: _Refs, *, source_id: str | None = None) -> Source:
    chosen = draw(_field(Source, "id", refs)) if source_id is None else source_id
    # A source's own claims (publisher, date, headline) cite the source itself.
    own = refs.where(source=(chosen,))
    # Never the name of a packaged seed: a validator may check evidence against it.
    name = _field(Source, "file_name", refs).filter(lambda n: n not in packaged_texts())
    return draw(_builds(Source, own, id=st.just(chosen), file_name=name))


_BUILDERS: dict[type, Callable[[_Refs], SearchStrategy[Any]]] = {
    Evidence: _evidence,
    TextClaim: functools.partial(_record, TextClaim),
    DateClaim: _date_claim,
    OrdinalClaim: functools.partial(_record, OrdinalClaim),
    Venue: functools.partial(_record, Venue),
    Organisation: functools.partial(_record, Organisation),
    Position: functools.partial(_record, Position),
    Official: functools.partial(_record, Official),
    Participation: functools.partial(_record, Participation),
    Party: functools.partial(_record, Party),
    MeetingLink: functools.partial(_record, MeetingLink),
    EventCoding: functools.partial(_record, EventCoding),
    Meeting: _meeting,
    InitiativeMention: functools.partial(_record, InitiativeMention),
    Initiative: functools.partial(_record, Initiative),
    Speaker: _speaker,
    SameRemark: functools.partial(_record, SameRemark),
    Statement: _statement,
    Source: _source,
}


# --- the public strategies ----------------------------------------------------


def evidence(*, source: str | None = None) -> SearchStrategy[Evidence]:
    """Evidence spans whose offsets fit the quoted text (``end - start == len(text)``).

    Args:
        source: The id of the source every span cites; by default any source id.
    """
    source_node = _node(Evidence, "source")
    assert isinstance(source_node, Ref)
    if source is not None and not ecma_search(source_node.pattern, source):
        raise InvalidArgument(f"source={source!r} is not a source id such as 'source/000-report'")
    refs = _Refs() if source is None else _Refs().where(source=(source,))
    return _evidence(refs)


def text_claims() -> SearchStrategy[TextClaim]:
    """Short facts in words (topics, publishers, headlines), each with one to three spans of evidence."""
    return _builds(TextClaim, _Refs())


def date_claims(
    *,
    min_date: "PartialDate | datetime.date | None" = None,
    max_date: "PartialDate | datetime.date | None" = None,
    precision: "DatePrecision | str | None" = None,
    basis: "DateBasis | str | None" = None,
) -> SearchStrategy[DateClaim]:
    """Dates with their basis: inferred ones carry reasoning, stated ones none.

    Args:
        min_date: The earliest day the date may include (see :func:`partial_dates`).
        max_date: The latest day the date may include.
        precision: Only dates of this precision.
        basis: Only ``"stated"`` or only ``"inferred"`` dates.
    """
    dates = partial_dates(min_value=min_date, max_value=max_date, precision=precision)
    return _date_claim(_Refs(), dates=dates, basis=_member(DateBasis, basis, "basis"))


def ordinal_claims() -> SearchStrategy[OrdinalClaim]:
    """A meeting's number in its series ("the sixth"), with evidence."""
    return _builds(OrdinalClaim, _Refs())


def venues(*, mode: "AttendanceMode | str | None" = None, country: str | None = None) -> SearchStrategy[Venue]:
    """Where or how a meeting took place.

    Args:
        mode: Only ``"in_person"`` or only ``"virtual"`` venues.
        country: Only venues in this country (ISO 3166-1 alpha-2); the country is then always given.
    """
    chosen = _member(AttendanceMode, mode, "mode")
    overrides: dict[str, SearchStrategy[Any]] = {}
    if chosen is not None:
        overrides["mode"] = st.just(chosen)
    if _country(country) is not None:
        overrides["country"] = st.just(country)
    return _builds(Venue, _Refs(), **overrides)


def positions(*, country: str | None = None) -> SearchStrategy[Position]:
    """Titles an official held, as a source attests them.

    Args:
        country: Only positions serving this country (ISO 3166-1 alpha-2).
    """
    return _builds(Position, _Refs(country=_country(country)))


def officials(*, country: str | None = None) -> SearchStrategy[Official]:
    """Named people, with aliases, positions and evidence.

    Args:
        country: Only officials serving this country, in positions of this country (ISO 3166-1 alpha-2).
    """
    return _builds(Official, _Refs(country=_country(country)))


def organisations(*, kind: "OrganisationKind | str | None" = None) -> SearchStrategy[Organisation]:
    """Ministries, departments, armed forces, companies and groupings, with evidence.

    Args:
        kind: Only organisations of this kind (``"ministry"``, ``"company"``, ...).
    """
    chosen = _member(OrganisationKind, kind, "kind")
    overrides = {} if chosen is None else {"kind": st.just(chosen)}
    return _builds(Organisation, _Refs(), **overrides)


def parties() -> SearchStrategy[Party]:
    """An organisation's part in a meeting or an initiative."""
    return _builds(Party, _Refs())


def participations(*, role: "Role | str | None" = None) -> SearchStrategy[Participation]:
    """An official's part in a meeting.

    Args:
        role: Only this role (``"co_chair"``, ``"lead"``, ...).
    """
    chosen = _member(Role, role, "role")
    overrides = {} if chosen is None else {"role": st.just(chosen)}
    return _builds(Participation, _Refs(), **overrides)


def meeting_links(*, relation: "LinkRelation | str | None" = None) -> SearchStrategy[MeetingLink]:
    """Stated relations to another meeting.

    Args:
        relation: Only ``"reviewed_outcomes_of"`` or only ``"preceded_by"`` links.
    """
    chosen = _member(LinkRelation, relation, "relation")
    overrides = {} if chosen is None else {"relation": st.just(chosen)}
    return _builds(MeetingLink, _Refs(), **overrides)


def event_codings(*, category: "PloverCategory | str | None" = None) -> SearchStrategy[EventCoding]:
    """PLOVER event codings.

    Args:
        category: Only this PLOVER category (``"CONSULT"``, ...).
    """
    chosen = _member(PloverCategory, category, "category")
    overrides = {} if chosen is None else {"category": st.just(chosen)}
    return _builds(EventCoding, _Refs(), **overrides)


def meetings(
    *,
    kind: "MeetingKind | str | None" = None,
    min_date: "PartialDate | datetime.date | None" = None,
    max_date: "PartialDate | datetime.date | None" = None,
    country: str | None = None,
) -> SearchStrategy[Meeting]:
    """Meetings whose own fields are consistent.

    A generated meeting never links to itself, names an official at most once
    per role, and lists exactly the sources its evidence cites. Its references
    to officials, meetings and initiatives are well-formed ids that resolve
    nowhere: use :func:`datasets` for records whose references resolve.

    Args:
        kind: Only meetings of this kind (``"ministerial"``, ``"intersessional"``, ...).
        min_date: Only dated meetings whose date includes no day before this one.
        max_date: Only dated meetings whose date includes no day after this one.
        country: Only meetings with a venue in this country (ISO 3166-1 alpha-2).
    """
    overrides: dict[str, SearchStrategy[Any]] = {}
    chosen = _member(MeetingKind, kind, "kind")
    if chosen is not None:
        overrides["kind"] = st.just(chosen)
    if min_date is not None or max_date is not None:
        overrides["date"] = date_claims(min_date=min_date, max_date=max_date)
    if _country(country) is not None:
        overrides["venue"] = venues(country=country)
    return _meeting(_Refs(), **overrides)


def initiative_mentions(*, status: "InitiativeStatus | str | None" = None) -> SearchStrategy[InitiativeMention]:
    """Mentions of an initiative, with the status reported there.

    Args:
        status: Only mentions reporting this status (``"agreed"``, ...).
    """
    chosen = _member(InitiativeStatus, status, "status")
    overrides = {} if chosen is None else {"status": st.just(chosen)}
    return _builds(InitiativeMention, _Refs(), **overrides)


def initiatives(*, kind: "InitiativeKind | str | None" = None) -> SearchStrategy[Initiative]:
    """Named agreements, frameworks, programmes, exercises and the like, with their mentions.

    Args:
        kind: Only initiatives of this kind (``"agreement"``, ``"exercise"``, ...).
    """
    chosen = _member(InitiativeKind, kind, "kind")
    overrides = {} if chosen is None else {"kind": st.just(chosen)}
    return _builds(Initiative, _Refs(), **overrides)


def speakers(*, named: bool | None = None) -> SearchStrategy[Speaker]:
    """Who made a statement: a named official, or an unnamed speaker with an inferred official and the inference.

    Args:
        named: ``True`` for named officials only, ``False`` for inferred ones only.
    """
    return _speaker(_Refs(), named=named)


def statements(
    *,
    mode: "SpeechMode | str | None" = None,
    min_date: "PartialDate | datetime.date | None" = None,
    max_date: "PartialDate | datetime.date | None" = None,
) -> SearchStrategy[Statement]:
    """Statements; for quotations the first evidence span is exactly the quoted text.

    Args:
        mode: Only ``"direct_quotation"``, ``"partial_quotation"`` or ``"reported_speech"``.
        min_date: Only dated statements whose date includes no day before this one.
        max_date: Only dated statements whose date includes no day after this one.
    """
    dated = min_date is not None or max_date is not None
    dates = partial_dates(min_value=min_date, max_value=max_date)
    return _statement(_Refs(), mode=_member(SpeechMode, mode, "mode"), dates=dates, dated=dated)


def same_remarks() -> SearchStrategy[SameRemark]:
    """Identifications of a statement with another source's report of the same remark."""
    return _builds(SameRemark, _Refs())


def sources() -> SearchStrategy[Source]:
    """Source documents; their publisher, date and headline cite the document itself."""
    return _source(_Refs())


# --- whole datasets -------------------------------------------------------------

_KINDS = ("organisation", "official", "meeting", "initiative", "statement")


def _may_follow(later: DateClaim | None, earlier: DateClaim | None) -> bool:
    """Whether a meeting dated ``later`` may link to one dated ``earlier`` (the date.order rule).

    Only unambiguous cases: every day ``later`` can mean is on or after every
    day ``earlier`` can mean, whatever reading of partial dates a checker takes.
    """
    return later is None or earlier is None or later.value.earliest() >= earlier.value.latest()


@st.composite
def _consistent_dataset(draw: st.DrawFn, max_records: int, version: SearchStrategy[str]) -> Dataset:
    budget = draw(st.integers(min_value=0, max_value=max_records))
    if budget == 0:
        return Dataset(version=draw(version))
    # Evidence must cite a source, so there is always at least one.
    source_count = draw(st.integers(min_value=1, max_value=min(3, budget)))
    kinds = draw(st.lists(st.sampled_from(_KINDS), min_size=budget - source_count, max_size=budget - source_count))
    counts = {kind: kinds.count(kind) for kind in _KINDS}

    def unique_ids(kind: str, count: int) -> tuple[str, ...]:
        # Ids carry their kind as a prefix, so unique per kind is unique in the dataset.
        return tuple(draw(st.lists(ids(kind), min_size=count, max_size=count, unique=True)))

    source_ids = unique_ids("source", source_count)
    organisation_ids = unique_ids("organisation", counts["organisation"])
    official_ids = unique_ids("official", counts["official"])
    meeting_ids = unique_ids("meeting", counts["meeting"])
    initiative_ids = unique_ids("initiative", counts["initiative"])
    # Every reference resolves: the reference.unresolved rule.
    refs = _Refs().where(
        source=source_ids,
        organisation=organisation_ids,
        official=official_ids,
        meeting=meeting_ids,
        initiative=(),
        statement=(),
    )

    sources_ = tuple(draw(_source(refs, source_id=source_id)) for source_id in source_ids)
    organisations_ = tuple(draw(_builds(Organisation, refs, id=st.just(oid))) for oid in organisation_ids)
    officials_ = tuple(draw(_builds(Official, refs, id=st.just(oid))) for oid in official_ids)

    dates = {mid: draw(st.none() | _date_claim(refs)) for mid in meeting_ids}
    drafts = []
    for mid in meeting_ids:
        earlier = tuple(other for other in meeting_ids if other != mid and _may_follow(dates[mid], dates[other]))
        drafts.append(draw(_meeting(refs.where(meeting=earlier), id=st.just(mid), date=st.just(dates[mid]))))

    initiatives_ = tuple(draw(_builds(Initiative, refs, id=st.just(iid))) for iid in initiative_ids)
    # A meeting lists exactly the initiatives with a mention tied to it: the meeting.initiatives rule.
    meetings_ = [
        _evolve(
            meeting,
            initiatives=tuple(
                i.id for i in initiatives_ if any(mention.meeting == meeting.id for mention in i.mentions)
            ),
        )
        for meeting in drafts
    ]

    statements_ = []
    if official_ids:
        for sid in unique_ids("statement", counts["statement"]):
            # Most statements are tied to a meeting: that is where the cross-record rules bite.
            index = draw(st.integers(0, len(meetings_) - 1) | st.none()) if meetings_ else None
            if index is None:
                statement = draw(_statement(refs))
                statements_.append(_evolve(statement, id=sid, meeting=None))
                continue
            meeting = meetings_[index]
            attending = tuple(dict.fromkeys(p.official for p in meeting.participants))
            # Citing only the meeting's sources (statement.source), on a day within the
            # meeting's date (date.order), by a participant if it has any (statement.speaker).
            statement_refs = refs.where(source=meeting.sources, official=attending or official_ids)
            dates_ = (
                None
                if meeting.date is None
                else partial_dates(min_value=meeting.date.value, max_value=meeting.date.value)
            )
            statement = _evolve(draw(_statement(statement_refs, dates=dates_)), id=sid, meeting=meeting.id)
            speaker = statement.speaker.official
            if speaker is not None and speaker not in attending:
                # A named speaker who is not yet a participant joins the meeting (statement.speaker).
                joined = draw(_record(Participation, refs.where(source=meeting.sources)))
                meetings_[index] = _evolve(
                    meeting, participants=(*meeting.participants, _evolve(joined, official=speaker))
                )
            statements_.append(statement)
    return Dataset(
        version=draw(version),
        sources=sources_,
        organisations=organisations_,
        officials=officials_,
        meetings=tuple(meetings_),
        initiatives=initiatives_,
        statements=tuple(statements_),
    )


@st.composite
def _independent_dataset(draw: st.DrawFn, max_records: int, version: SearchStrategy[str]) -> Dataset:
    budget = draw(st.integers(min_value=0, max_value=max_records))
    kinds = draw(st.lists(st.sampled_from(("source", *_KINDS)), min_size=budget, max_size=budget))

    def some(strategy: SearchStrategy[T], kind: str) -> tuple[T, ...]:
        return tuple(draw(st.lists(strategy, min_size=kinds.count(kind), max_size=kinds.count(kind))))

    return Dataset(
        version=draw(version),
        sources=some(sources(), "source"),
        organisations=some(organisations(), "organisation"),
        officials=some(officials(), "official"),
        meetings=some(meetings(), "meeting"),
        initiatives=some(initiatives(), "initiative"),
        statements=some(statements(), "statement"),
    )


def datasets(*, max_records: int = _DEFAULT_MAX_RECORDS, consistent: bool = True) -> SearchStrategy[Dataset]:
    """Whole datasets, by default ones that keep every rule of ``docs/validation-rules.md``.

    A consistent dataset has unique ids, references that resolve, linked
    meetings in date order, statements spoken by participants of their meeting
    on a day within its date and citing its sources, meetings that list exactly
    the sources they cite and the initiatives mentioned with them, and text
    without mojibake. Evidence spans are not taken from real documents, so the
    ``evidence.text`` and ``source.*`` file checks do not apply.

    Args:
        max_records: The most sources, organisations, officials, meetings,
            initiatives and statements together; shrinks towards the empty dataset.
        consistent: If false, the records are drawn independently: each is
            valid by itself, but references need not resolve nor ids be unique.
    """
    if not isinstance(max_records, int) or isinstance(max_records, bool) or max_records < 0:
        raise InvalidArgument(f"max_records={max_records!r} must be a non-negative integer")
    version = _field(Dataset, "version", _Refs())
    build = _consistent_dataset if consistent else _independent_dataset
    return build(max_records, version)


#: The strategy :func:`hypothesis.strategies.from_type` uses for each type.
_FOR_TYPE: dict[type, Callable[[], SearchStrategy[Any]]] = {
    PartialDate: partial_dates,
    Evidence: evidence,
    TextClaim: text_claims,
    DateClaim: date_claims,
    OrdinalClaim: ordinal_claims,
    Venue: venues,
    Organisation: organisations,
    Position: positions,
    Official: officials,
    Participation: participations,
    Party: parties,
    MeetingLink: meeting_links,
    EventCoding: event_codings,
    Meeting: meetings,
    InitiativeMention: initiative_mentions,
    Initiative: initiatives,
    Speaker: speakers,
    SameRemark: same_remarks,
    Statement: statements,
    Source: sources,
    Dataset: datasets,
}
