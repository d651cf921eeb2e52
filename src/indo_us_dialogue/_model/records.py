"""The record classes: what the dataset is made of.

Records follow ``docs/model.md``: an :class:`Official` is a person, once; what they
were at a given time is a :class:`Position`. A :class:`Meeting` is one event,
reported by one or more :class:`Source` documents. Every fact carries
:class:`Evidence`: offsets into the normalised text of a source and the quoted
span itself, so anyone can check it mechanically.

All classes are frozen, slotted and keyword-only; their validators (built from
the field declarations, see :mod:`indo_us_dialogue._model.declare`) make an object that
breaks the JSON Schema impossible to construct. Rules that tie several fields or
records together (offsets that fit the quoted span, references that resolve)
are checked by :func:`indo_us_dialogue.validate`.
"""

import functools
import heapq
import itertools
from typing import TYPE_CHECKING, Any

from .dates import DATE_PATTERN, PartialDate
from .declare import field, record
from .enums import (
    AttendanceMode,
    Channel,
    DateBasis,
    FactKind,
    InitiativeKind,
    InitiativeStatus,
    LinkRelation,
    MeetingKind,
    MeetingStatus,
    OrganisationKind,
    PloverCategory,
    Role,
    SpeechMode,
)
from .frozen import frozen
from .nodes import Array, Nested, fields_of, id_kind
from .patterns import NON_BLANK

if TYPE_CHECKING:
    from .._query.names import NameIndex
    from .._query.timeline import TimelineEntry

__all__ = [
    "DATE_PATTERN",
    "GROUPS",
    "RECORD_TYPES",
    "Dataset",
    "DateBounds",
    "DateClaim",
    "EventCoding",
    "Evidence",
    "Group",
    "Initiative",
    "InitiativeFact",
    "InitiativeMention",
    "Meeting",
    "MeetingLink",
    "Official",
    "OrdinalClaim",
    "Organisation",
    "Participation",
    "Party",
    "Position",
    "Record",
    "SameRemark",
    "Source",
    "Speaker",
    "Statement",
    "TextClaim",
    "Venue",
]

_EVIDENCE = "Spans of source text that support this claim; at least one."


@record
class Evidence:
    """A span of a source document's normalised text that supports a claim."""

    source: str = field("Id of the source document the span is taken from.", refers_to="source")
    start: int = field(
        "Offset of the span's first character in the source's normalised text (UTF-8 decoded, mojibake repaired, "
        "Unicode NFC; shipped as texts/<file_name>), 0-based, counted in Unicode code points: not bytes, "
        "and not UTF-16 code units (JavaScript, Java and C# string indices differ after any character above U+FFFF).",
        minimum=0,
    )
    end: int = field(
        "Offset just past the span's last character (exclusive) in the same normalised text, in Unicode code points.",
        minimum=0,
    )
    text: str = field(
        "The span itself, exactly as it stands in the normalised text: the code points from start to end.",
        min_length=1,
    )
    utf16_start: int | None = field(
        "The start offset counted in UTF-16 code units, the string index of JavaScript, Java and C# "
        "(differs from start after any character above U+FFFF); null where not computed.",
        default=None,
        minimum=0,
    )
    utf16_end: int | None = field(
        "The end offset (exclusive) counted in UTF-16 code units; null where not computed.",
        default=None,
        minimum=0,
    )


@record
class TextClaim:
    """A short fact stated in words (a topic, a publisher, a headline), with its evidence."""

    value: str = field("The fact, in the source's words or a close paraphrase.", pattern=NON_BLANK)
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class DateClaim:
    """A date at the precision the sources support, and how it was established."""

    value: PartialDate = field("The date: YYYY, YYYY-MM or YYYY-MM-DD, never more precise than the sources.")
    basis: DateBasis = field("'stated' if a source prints this date; 'inferred' if it was worked out.")
    reasoning: str | None = field(
        "For inferred dates, how the date was worked out from the evidence; null for stated dates.",
        default=None,
        pattern=NON_BLANK,
    )
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class DateBounds:
    """What a report says of an event's time when it gives no date ("recently", "before"): bounds, with evidence."""

    not_before: PartialDate | None = field("The earliest the event can have been, or null.", default=None)
    not_after: PartialDate | None = field("The latest the event can have been, or null.", default=None)
    reasoning: str = field("How the bounds follow from the words of the sources.", pattern=NON_BLANK)
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class OrdinalClaim:
    """The number of a meeting in its series ("the sixth"), where a source states it."""

    value: int = field("The ordinal number, 1 for the first.", minimum=1)
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class Venue:
    """Where, or by what means, a meeting took place."""

    mode: AttendanceMode = field("Whether the participants met in person or virtually.")
    place: str | None = field(
        "The place as the source names it (a city), or null if not stated.", default=None, pattern=NON_BLANK
    )
    country: str | None = field(
        "ISO 3166-1 alpha-2 code of the country of the place, or null.", default=None, country_code=True
    )
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class Organisation:
    """A ministry, department, armed force, company or grouping the sources name.

    Popolo's and FollowTheMoney's ``Organization``: officials hold positions in
    it, it takes part in meetings and initiatives, and it can be a speaker.
    """

    id: str = field("Stable id, 'organisation/' followed by a slug of the name.", identifies="organisation")
    name: str = field("The fullest form of the name the sources print.", pattern=NON_BLANK)
    aliases: tuple[str, ...] = field(
        "Other forms of the name the sources use (an acronym, 'the Pentagon').",
        default=(),
        pattern=NON_BLANK,
        unique_items=True,
    )
    kind: OrganisationKind = field("What sort of organisation it is.")
    country: str | None = field(
        "ISO 3166-1 alpha-2 code of the country it belongs to, or null (international, or not said).",
        default=None,
        country_code=True,
    )
    part_of: str | None = field(
        "Id of the organisation it is part of, where a source says so, or null.", default=None, refers_to="organisation"
    )
    evidence: tuple[Evidence, ...] = field("Spans where the sources name the organisation; at least one.", min_items=1)
    notes: str | None = field("Editorial notes.", default=None, pattern=NON_BLANK)


@record
class Position:
    """A title an official held, as one source attests it at one time."""

    title: str = field("The title as printed, without the person's name.", pattern=NON_BLANK)
    organisation: str | None = field(
        "Id of the organisation the title belongs to where the source names it, or null.",
        default=None,
        refers_to="organisation",
    )
    country: str = field("ISO 3166-1 alpha-2 code of the country the position serves.", country_code=True)
    attested: PartialDate | None = field(
        "When the source places the official in this position (the date of the meeting or report), or null.",
        default=None,
    )
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class Official:
    """A named person: listed once, whatever titles they held."""

    id: str = field("Stable id, 'official/' followed by a slug of the name.", identifies="official")
    name: str = field("The fullest form of the name the sources print.", pattern=NON_BLANK)
    aliases: tuple[str, ...] = field(
        "Other forms of the name the sources use (surname alone, a social media handle).",
        default=(),
        pattern=NON_BLANK,
        unique_items=True,
    )
    country: str = field("ISO 3166-1 alpha-2 code of the country the official serves.", country_code=True)
    positions: tuple[Position, ...] = field("Every title the sources attest, one entry per attestation.", default=())
    evidence: tuple[Evidence, ...] = field("Spans where the sources name the official; at least one.", min_items=1)


@record
class Participation:
    """An official's part in one meeting."""

    official: str = field("Id of the official.", refers_to="official")
    role: Role = field("The official's role at the meeting, as the source describes it.")
    title: str | None = field(
        "The title the source gives the official in this context, or null.", default=None, pattern=NON_BLANK
    )
    organisation: str | None = field(
        "Id of the organisation the source says the official came from, or null.",
        default=None,
        refers_to="organisation",
    )
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class Party:
    """An organisation's part in a meeting or an initiative, as a source gives it."""

    organisation: str = field("Id of the organisation.", refers_to="organisation")
    role: str | None = field(
        "Its part in a few words ('led the meeting', 'manufacturer'), or null where the source gives none.",
        default=None,
        pattern=NON_BLANK,
    )
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class MeetingLink:
    """A stated relation between this meeting and another one."""

    meeting: str = field("Id of the other meeting.", refers_to="meeting")
    relation: LinkRelation = field("How this meeting relates to the other one.")
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class EventCoding:
    """An event coding of the meeting after the PLOVER political event ontology.

    This is an editorial classification, not a claim of the sources, and so has no evidence.
    """

    category: PloverCategory = field("The PLOVER event category.")
    mode: str | None = field(
        "The PLOVER mode within the category (e.g. 'visit'), or null.", default=None, pattern=NON_BLANK
    )
    context: tuple[str, ...] = field(
        "PLOVER context labels (e.g. 'diplomatic', 'military').", default=(), pattern=NON_BLANK, unique_items=True
    )


@record
class Meeting:
    """One event: a 2+2 dialogue, or an earlier meeting a source refers to."""

    id: str = field("Stable id, 'meeting/' followed by the date as known and the kind.", identifies="meeting")
    kind: MeetingKind = field("What sort of meeting this is.")
    status: MeetingStatus = field("Whether it was held or, when reported, only planned.", default=MeetingStatus.HELD)
    fulfilled_by: str | None = field(
        "For a planned meeting: the id of the meeting that later fulfilled it, where the reports allow; else null.",
        default=None,
        refers_to="meeting",
    )
    name: str = field("A descriptive name for people, built from what the sources say.", pattern=NON_BLANK)
    ordinal: OrdinalClaim | None = field("The meeting's number in its series, where a source states it.", default=None)
    date: DateClaim | None = field("When the meeting took place, or null where no source says.", default=None)
    date_bounds: DateBounds | None = field(
        "Where the sources say only 'recently' or 'before': what is known of the date as bounds; else null.",
        default=None,
    )
    venue: Venue | None = field("Where or how the meeting took place, or null where no source says.", default=None)
    participants: tuple[Participation, ...] = field("Named officials and their roles.", default=())
    parties: tuple[Party, ...] = field(
        "Organisations the sources name as taking part, such as the ministries of unnamed delegations.", default=()
    )
    topics: tuple[TextClaim, ...] = field("Subjects the sources say were discussed.", default=())
    initiatives: tuple[str, ...] = field(
        "Ids of initiatives the sources mention in connection with this meeting.",
        default=(),
        refers_to="initiative",
        unique_items=True,
    )
    links: tuple[MeetingLink, ...] = field("Relations to other meetings, such as outcomes reviewed.", default=())
    sources: tuple[str, ...] = field(
        "Ids of the source documents that report or mention the meeting.",
        refers_to="source",
        min_items=1,
        unique_items=True,
    )
    evidence: tuple[Evidence, ...] = field("Spans that report the meeting; at least one.", min_items=1)
    coding: EventCoding | None = field("A PLOVER event coding, or null.", default=None)
    notes: str | None = field(
        "Editorial notes: how two reports were identified as one event, what is unknown.",
        default=None,
        pattern=NON_BLANK,
    )


@record
class InitiativeMention:
    """One place where a source mentions an initiative, with its status as reported there."""

    meeting: str | None = field(
        "Id of the meeting the mention is tied to, or null for a mention outside any meeting.",
        default=None,
        refers_to="meeting",
    )
    status: InitiativeStatus | None = field("The status the source reports, or null if it reports none.", default=None)
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class InitiativeFact:
    """One fact a source gives about an initiative: a quantity, a term, a place or a date, in its words."""

    kind: FactKind = field("What the fact gives.")
    value: str = field("The fact in the source's words ('31 MQ-9B Reaper drones', 'Alaska').", pattern=NON_BLANK)
    number: int | None = field(
        "The number the words give (31; 400 for 'over 400'; 10 for 'ten-year'), or null.", default=None, minimum=0
    )
    date: DateClaim | None = field("For a date: the date, stated or inferred; else null.", default=None)
    country: str | None = field(
        "For a place: ISO 3166-1 alpha-2 code of its country where the source says so; else null.",
        default=None,
        country_code=True,
    )
    evidence: tuple[Evidence, ...] = field(_EVIDENCE, min_items=1)


@record
class Initiative:
    """A named agreement, framework, programme, procurement, exercise, grouping or area of cooperation."""

    id: str = field("Stable id, 'initiative/' followed by a slug of the name.", identifies="initiative")
    name: str = field("The name as the sources give it.", pattern=NON_BLANK)
    kind: InitiativeKind = field("What sort of initiative this is.")
    acronym: str | None = field("The acronym the sources use, or null.", default=None, pattern=NON_BLANK)
    expansion: str | None = field(
        "What the acronym stands for, where a source spells it out; else null.", default=None, pattern=NON_BLANK
    )
    aliases: tuple[str, ...] = field("Other names the sources use.", default=(), pattern=NON_BLANK, unique_items=True)
    mentions: tuple[InitiativeMention, ...] = field("Every mention in the sources; at least one.", min_items=1)
    parties: tuple[Party, ...] = field("Organisations the sources name as taking part, with their part.", default=())
    facts: tuple[InitiativeFact, ...] = field(
        "Quantities, terms, places and dates the sources give, each with evidence.", default=()
    )
    notes: str | None = field("Editorial notes.", default=None, pattern=NON_BLANK)


@record
class Speaker:
    """Who made a statement: a named official, or the label an unnamed speaker is given."""

    official: str | None = field(
        "Id of the official the source names as the speaker, or null if it names none.",
        default=None,
        refers_to="official",
    )
    label: str = field(
        "How the source refers to the speaker ('MEA spokesperson Arindam Bagchi', 'the US').", pattern=NON_BLANK
    )
    organisation: str | None = field(
        "Id of the organisation the source names as the speaker (a department's statement), or null.",
        default=None,
        refers_to="organisation",
    )
    inferred_official: str | None = field(
        "For an unnamed speaker: the official an editor infers it to be, or null. Never the source's claim.",
        default=None,
        refers_to="official",
    )
    inference: str | None = field("How the inferred official was worked out, or null.", default=None, pattern=NON_BLANK)


@record
class SameRemark:
    """An editor's identification of a statement with another source's report of the same remark."""

    statement: str = field(
        "Id of the statement, reported by another source, that is the same remark.", refers_to="statement"
    )
    reasoning: str = field("Why the two reports are taken to be of one remark.", pattern=NON_BLANK)


@record
class Statement:
    """Something said, in the speaker's words or the reporter's paraphrase."""

    id: str = field("Stable id, 'statement/' followed by the source and a short slug.", identifies="statement")
    speaker: Speaker = field("Who said it.")
    meeting: str | None = field(
        "Id of the meeting at which or about which it was said, or null.", default=None, refers_to="meeting"
    )
    date: DateClaim | None = field("When it was said, where the sources allow; else null.", default=None)
    channel: Channel | None = field("How it was said (remarks, a post on X, ...), or null if not stated.", default=None)
    mode: SpeechMode = field("Direct quotation, partial quotation or reported speech.")
    text: str = field(
        "For quotations, the exact quoted words; for reported speech, the reporter's sentence.", min_length=1
    )
    evidence: tuple[Evidence, ...] = field(
        "Spans that support the statement; the first is the text itself, the rest its attribution.", min_items=1
    )
    same_remark: SameRemark | None = field(
        "Where another source reports the same remark: the link to that statement, so that the remark is "
        "counted once; else null.",
        default=None,
    )


@record
class Source:
    """One source document: a news report kept byte for byte in ``seeds/``."""

    id: str = field("Stable id, 'source/' followed by the file name's stem.", identifies="source")
    file_name: str = field("The document's file name in seeds/.", pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    sha256: str = field("SHA-256 of the raw bytes of the file, in lower-case hex.", pattern="^[0-9a-f]{64}$")
    publisher: TextClaim | None = field(
        "The publisher or news agency where the document names it, or null.", default=None
    )
    published: DateClaim | None = field("When the document was published (stated or inferred), or null.", default=None)
    headline: TextClaim | None = field("The document's headline where it has one, or null.", default=None)
    notes: str | None = field(
        "Editorial notes on the document: its encoding, its gaps.", default=None, pattern=NON_BLANK
    )


@record
class Dataset:
    """All records of all types: one whole-dataset document."""

    version: str = field("The dataset's version, MAJOR.MINOR.PATCH.", pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")
    sources: tuple[Source, ...] = field("Every source document.", default=())
    organisations: tuple[Organisation, ...] = field("Every named organisation.", default=())
    officials: tuple[Official, ...] = field("Every named official.", default=())
    meetings: tuple[Meeting, ...] = field("Every meeting.", default=())
    initiatives: tuple[Initiative, ...] = field("Every initiative.", default=())
    statements: tuple[Statement, ...] = field("Every statement.", default=())

    # Queries live in indo_us_dialogue._query; these methods only delegate to it,
    # importing lazily because the query modules import this one.

    @functools.cached_property
    def _names(self) -> "NameIndex":
        # Built on first lookup, then kept: the dataset is immutable.
        from .._query.names import NameIndex  # noqa: PLC0415 - import cycle

        return NameIndex.build(self)

    def get(self, key: str, default: "Record | None" = None) -> "Record | None":
        """The record with this id, name or alias (case- and accent-insensitive), or ``default``.

        Raises:
            AmbiguousRecordError: ``key`` is a name or alias of several records.
        """
        found: Record | None = self._names.find(key)
        return default if found is None else found

    def lookup(self, key: str) -> "Record":
        """The record with this id, name or alias, compared case- and accent-insensitively.

        ``"official/s-jaishankar"``, ``"S Jaishankar"`` and ``"jaishankar"`` (an
        alias) give the same record. An exact id always wins; see
        ``docs/queries.md`` for the order in which keys are tried.

        Raises:
            RecordNotFoundError: (a ``LookupError``) nothing has this id, name or
                alias; the message and ``suggestions`` name the closest records.
            AmbiguousRecordError: (a ``LookupError``) ``key`` is a name or alias
                of several records; ``candidates`` lists them.
        """
        found: Record = self._names.lookup(key)
        return found

    def search(self, text: str) -> "tuple[Record, ...]":
        """Records whose names, aliases, titles, topics or texts contain every word of ``text``, best first."""
        from .._query.search import search  # noqa: PLC0415 - import cycle

        return tuple(hit.record for hit in search(self, text))

    def tables(self) -> "dict[str, list[dict[str, Any]]]":
        """The dataset as flat tables of plain rows (see ``docs/exports.md``); every tabular export writes these."""
        from .._query.tables import tables  # noqa: PLC0415 - import cycle

        return tables(self)

    def officials_where(self, *, country: str | None = None, organisation: str | None = None) -> "tuple[Official, ...]":
        """Officials serving ``country`` (ISO code) with a position in ``organisation`` (words, any case)."""
        from .._query import select  # noqa: PLC0415 - import cycle

        return select.officials(self, country=country, organisation=organisation)

    def positions_of(self, official: "str | Official") -> "tuple[Position, ...]":
        """An official's positions in the order the sources date them, undated ones last."""
        from .._query import select  # noqa: PLC0415 - import cycle

        return select.positions(self, official)

    def meetings_where(
        self,
        *,
        kind: str | None = None,
        start: "PartialDate | str | None" = None,
        end: "PartialDate | str | None" = None,
    ) -> "tuple[Meeting, ...]":
        """Meetings of ``kind`` whose date may fall between ``start`` and ``end``; partial dates are intervals."""
        from .._query import select  # noqa: PLC0415 - import cycle

        return select.meetings(self, kind=kind, start=start, end=end)

    def participants_of(self, meeting: "str | Meeting") -> "tuple[tuple[Official, Participation], ...]":
        """Each participant of a meeting with their participation (role, title, evidence)."""
        from .._query import select  # noqa: PLC0415 - import cycle

        return select.participants(self, meeting)

    def statements_where(
        self,
        *,
        speaker: "str | Official | None" = None,
        meeting: "str | Meeting | None" = None,
        words: str | None = None,
    ) -> "tuple[Statement, ...]":
        """Statements by ``speaker``, at ``meeting``, containing every word of ``words``."""
        from .._query import select  # noqa: PLC0415 - import cycle

        return select.statements(self, speaker=speaker, meeting=meeting, words=words)

    def initiatives_of(self, meeting: "str | Meeting") -> "tuple[Initiative, ...]":
        """Initiatives a meeting lists or that a source mentions at it."""
        from .._query import select  # noqa: PLC0415 - import cycle

        return select.initiatives_of(self, meeting)

    def meetings_of(self, initiative: "str | Initiative") -> "tuple[Meeting, ...]":
        """Meetings that list an initiative or at which a source mentions it, in timeline order."""
        from .._query import select  # noqa: PLC0415 - import cycle

        return select.meetings_of(self, initiative)

    def timeline_entries(self) -> "tuple[TimelineEntry, ...]":
        """One timeline across meetings, statements and initiative mentions (see :meth:`timeline` for meetings)."""
        from .._query.timeline import timeline_entries  # noqa: PLC0415 - import cycle

        return timeline_entries(self)

    def timeline(self) -> tuple[Meeting, ...]:
        """Meetings in date order, earliest first; undated meetings last.

        Meetings whose dates cannot be told apart (two meetings known only as
        ``2025``) keep the order their links state: a meeting comes after the
        meetings it was preceded by or reviewed the outcomes of.
        """

        def key(meeting: Meeting) -> tuple[int, tuple[int, int, int], str]:
            if meeting.date is None:
                return (1, (0, 0, 0), meeting.id)
            return (0, meeting.date.value.earliest(), meeting.id)

        ordered: list[Meeting] = []
        for _, tied in itertools.groupby(sorted(self.meetings, key=key), key=lambda m: key(m)[:2]):
            ordered += _after_what_they_follow(list(tied))
        return tuple(ordered)


def _after_what_they_follow(tied: list[Meeting]) -> list[Meeting]:
    """Meetings of one date (in id order), each after those it links to; meetings caught in a cycle keep id order."""
    position = {meeting.id: index for index, meeting in enumerate(tied)}
    waiting_for = [0] * len(tied)
    then: list[list[int]] = [[] for _ in tied]
    for index, meeting in enumerate(tied):
        for earlier in {link.meeting for link in meeting.links} & position.keys() - {meeting.id}:
            waiting_for[index] += 1
            then[position[earlier]].append(index)
    # A topological order (Kahn's) that takes the first ready meeting in id order:
    # chains of links of any length, in time proportional to meetings and links.
    ready = [index for index, count in enumerate(waiting_for) if count == 0]
    placed: list[int] = []
    while ready:
        index = heapq.heappop(ready)
        placed.append(index)
        for later in then[index]:
            waiting_for[later] -= 1
            if waiting_for[later] == 0:
                heapq.heappush(ready, later)
    unplaced = sorted(set(range(len(tied))) - set(placed))  # in or after a cycle of links
    return [tied[index] for index in placed + unplaced]


#: Any record that has an id.
Record = Source | Organisation | Official | Meeting | Initiative | Statement


@frozen
class Group:
    """One list of records with ids in a :class:`Dataset`: its field name, class and id kind."""

    name: str
    cls: type
    kind: str


#: The record groups of a dataset, in the order of its fields, read from the
#: ``Dataset`` declaration: a new record type with an id is one new field there.
GROUPS: tuple[Group, ...] = tuple(
    Group(f.name, f.node.item.cls, kind)
    for f in fields_of(Dataset)
    if isinstance(f.node, Array) and isinstance(f.node.item, Nested) and (kind := id_kind(f.node.item.cls))
)


#: The record types, in the order they are defined and documented.
RECORD_TYPES: tuple[type, ...] = (
    Evidence,
    TextClaim,
    DateClaim,
    DateBounds,
    OrdinalClaim,
    Venue,
    Organisation,
    Position,
    Official,
    Participation,
    Party,
    MeetingLink,
    EventCoding,
    Meeting,
    InitiativeMention,
    InitiativeFact,
    Initiative,
    Speaker,
    SameRemark,
    Statement,
    Source,
    Dataset,
)
