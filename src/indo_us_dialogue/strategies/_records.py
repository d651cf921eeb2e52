"""The public strategy of each record type, with keyword arguments that constrain it.

Each checks its arguments, turns them into a context or into strategies for
some fields, and asks the one table of per-type strategies for the rest.
"""

from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from .._model.dates import DatePrecision
from .._model.enums import (
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
from .._model.nodes import Ref
from .._model.patterns import ecma_search
from .._model.records import (
    DateBounds,
    DateClaim,
    EventCoding,
    Evidence,
    Initiative,
    InitiativeFact,
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
from ._arguments import check_country, check_member
from ._builders import speaker
from ._dates import DateBound, partial_dates
from ._derive import Context, field_node, record_strategy

__all__ = [
    "date_bounds",
    "date_claims",
    "event_codings",
    "evidence",
    "initiative_facts",
    "initiative_mentions",
    "initiatives",
    "meeting_links",
    "meetings",
    "officials",
    "ordinal_claims",
    "organisations",
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

_ANY = Context()


def _fixed(**values: object) -> dict[str, SearchStrategy[Any]]:
    """Strategies that always give the value chosen for each field, for the fields given a value."""
    return {name: st.just(value) for name, value in values.items() if value is not None}


def evidence(*, source: str | None = None) -> SearchStrategy[Evidence]:
    """Evidence spans whose offsets fit the quoted text (``end - start == len(text)``).

    Args:
        source: The id of the source every span cites; by default any source id.
    """
    node = field_node(Evidence, "source")
    assert isinstance(node, Ref)
    if source is not None and not ecma_search(node.pattern, source):
        raise InvalidArgument(f"source={source!r} is not a source id such as 'source/000-report'")
    return record_strategy(Evidence, _ANY if source is None else _ANY.where(source=(source,)))


def text_claims() -> SearchStrategy[TextClaim]:
    """Short facts in words (topics, publishers, headlines), each with one to three spans of evidence."""
    return record_strategy(TextClaim, _ANY)


def date_claims(
    *,
    min_date: DateBound = None,
    max_date: DateBound = None,
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
    return record_strategy(DateClaim, _ANY, value=dates, **_fixed(basis=check_member(DateBasis, basis, "basis")))


def ordinal_claims() -> SearchStrategy[OrdinalClaim]:
    """A meeting's number in its series ("the sixth"), with evidence."""
    return record_strategy(OrdinalClaim, _ANY)


def venues(*, mode: "AttendanceMode | str | None" = None, country: str | None = None) -> SearchStrategy[Venue]:
    """Where or how a meeting took place.

    Args:
        mode: Only ``"in_person"`` or only ``"virtual"`` venues.
        country: Only venues in this country (ISO 3166-1 alpha-2); the country is then always given.
    """
    chosen = check_member(AttendanceMode, mode, "mode")
    return record_strategy(Venue, _ANY, **_fixed(mode=chosen, country=check_country(country)))


def positions(*, country: str | None = None) -> SearchStrategy[Position]:
    """Titles an official held, as a source attests them.

    Args:
        country: Only positions serving this country (ISO 3166-1 alpha-2).
    """
    return record_strategy(Position, Context(country=check_country(country)))


def officials(*, country: str | None = None) -> SearchStrategy[Official]:
    """Named people, with aliases, positions and evidence.

    Args:
        country: Only officials serving this country, in positions of this country (ISO 3166-1 alpha-2).
    """
    return record_strategy(Official, Context(country=check_country(country)))


def participations(*, role: "Role | str | None" = None) -> SearchStrategy[Participation]:
    """An official's part in a meeting.

    Args:
        role: Only this role (``"co_chair"``, ``"lead"``, ...).
    """
    return record_strategy(Participation, _ANY, **_fixed(role=check_member(Role, role, "role")))


def meeting_links(*, relation: "LinkRelation | str | None" = None) -> SearchStrategy[MeetingLink]:
    """Stated relations to another meeting.

    Args:
        relation: Only ``"reviewed_outcomes_of"`` or only ``"preceded_by"`` links.
    """
    chosen = check_member(LinkRelation, relation, "relation")
    return record_strategy(MeetingLink, _ANY, **_fixed(relation=chosen))


def event_codings(*, category: "PloverCategory | str | None" = None) -> SearchStrategy[EventCoding]:
    """PLOVER event codings.

    Args:
        category: Only this PLOVER category (``"CONSULT"``, ...).
    """
    chosen = check_member(PloverCategory, category, "category")
    return record_strategy(EventCoding, _ANY, **_fixed(category=chosen))


def meetings(
    *,
    kind: "MeetingKind | str | None" = None,
    min_date: DateBound = None,
    max_date: DateBound = None,
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
    overrides = _fixed(kind=check_member(MeetingKind, kind, "kind"))
    if min_date is not None or max_date is not None:
        overrides["date"] = date_claims(min_date=min_date, max_date=max_date)
    if check_country(country) is not None:
        overrides["venue"] = venues(country=country)
    return record_strategy(Meeting, _ANY, **overrides)


def initiative_mentions(*, status: "InitiativeStatus | str | None" = None) -> SearchStrategy[InitiativeMention]:
    """Mentions of an initiative, with the status reported there.

    Args:
        status: Only mentions reporting this status (``"agreed"``, ...).
    """
    chosen = check_member(InitiativeStatus, status, "status")
    return record_strategy(InitiativeMention, _ANY, **_fixed(status=chosen))


def initiative_facts() -> SearchStrategy[InitiativeFact]:
    """Quantities, terms, places and dates of initiatives, in the source's words, with evidence."""
    return record_strategy(InitiativeFact, _ANY)


def initiatives(*, kind: "InitiativeKind | str | None" = None) -> SearchStrategy[Initiative]:
    """Named agreements, frameworks, programmes, exercises and the like, with their mentions.

    Args:
        kind: Only initiatives of this kind (``"agreement"``, ``"exercise"``, ...).
    """
    return record_strategy(Initiative, _ANY, **_fixed(kind=check_member(InitiativeKind, kind, "kind")))


def organisations(*, kind: "OrganisationKind | str | None" = None) -> SearchStrategy[Organisation]:
    """Ministries, departments, armed forces, companies and groupings, with evidence.

    Args:
        kind: Only organisations of this kind (``"ministry"``, ``"company"``, ...).
    """
    return record_strategy(Organisation, _ANY, **_fixed(kind=check_member(OrganisationKind, kind, "kind")))


def date_bounds() -> SearchStrategy[DateBounds]:
    """What is known of an event's date as bounds (not before, not after), with the reasoning and evidence."""
    return record_strategy(DateBounds, _ANY)


def parties() -> SearchStrategy[Party]:
    """An organisation's part in a meeting or an initiative."""
    return record_strategy(Party, _ANY)


def same_remarks() -> SearchStrategy[SameRemark]:
    """Identifications of a statement with another source's report of the same remark."""
    return record_strategy(SameRemark, _ANY)


def speakers(*, named: bool | None = None) -> SearchStrategy[Speaker]:
    """Who made a statement: a named official, or an unnamed speaker with an inferred official and the inference.

    Args:
        named: ``True`` for named officials only, ``False`` for inferred ones only.
    """
    # Whether the speaker is named is no single field, so this goes to the builder itself.
    return speaker(_ANY, named=named)


def statements(
    *,
    mode: "SpeechMode | str | None" = None,
    min_date: DateBound = None,
    max_date: DateBound = None,
) -> SearchStrategy[Statement]:
    """Statements; for quotations the first evidence span is exactly the quoted text.

    Args:
        mode: Only ``"direct_quotation"``, ``"partial_quotation"`` or ``"reported_speech"``.
        min_date: Only dated statements whose date includes no day before this one.
        max_date: Only dated statements whose date includes no day after this one.
    """
    overrides = _fixed(mode=check_member(SpeechMode, mode, "mode"))
    if min_date is not None or max_date is not None:
        overrides["date"] = date_claims(min_date=min_date, max_date=max_date)
    return record_strategy(Statement, _ANY, **overrides)


def sources() -> SearchStrategy[Source]:
    """Source documents; their publisher, date and headline cite the document itself."""
    return record_strategy(Source, _ANY)
