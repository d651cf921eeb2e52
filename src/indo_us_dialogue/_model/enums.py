"""Closed vocabularies used by the record classes.

Every enum is a ``str`` enum whose values are the exact strings that appear in
JSON, so ``Role("co_chair") is Role.CO_CHAIR`` and the JSON Schemas can list the
values verbatim.
"""

import enum

__all__ = [
    "AttendanceMode",
    "Channel",
    "DateBasis",
    "FactKind",
    "InitiativeKind",
    "InitiativeStatus",
    "LinkRelation",
    "MeetingKind",
    "MeetingStatus",
    "OrganisationKind",
    "PloverCategory",
    "Role",
    "SpeechMode",
]


class MeetingKind(enum.StrEnum):
    """What sort of meeting a record describes."""

    MINISTERIAL = "ministerial"
    """A 2+2 ministerial dialogue (foreign and defence ministers of both sides)."""
    INTERSESSIONAL = "intersessional"
    """A 2+2 intersessional meeting of senior officials between ministerials."""
    LEADERS = "leaders"
    """A meeting of heads of state or government (e.g. Prime Minister and President)."""
    SUMMIT = "summit"
    """A multilateral summit (e.g. the G20 Summit)."""
    VISIT = "visit"
    """A delegation's visit that the sources mention alongside a dialogue."""


class AttendanceMode(enum.StrEnum):
    """How the participants met."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"


class MeetingStatus(enum.StrEnum):
    """Whether a meeting took place, as far as the reports know."""

    HELD = "held"
    """It took place (or was taking place) when reported."""
    PLANNED = "planned"
    """It was announced for the future when reported."""


class Role(enum.StrEnum):
    """The part an official played at a meeting, as the source describes it."""

    CO_CHAIR = "co_chair"
    LEAD = "lead"
    SPEAKER = "speaker"
    SPOKESPERSON = "spokesperson"
    DELEGATE = "delegate"
    PARTICIPANT = "participant"
    """Took part; the source gives no more specific role."""
    MENTIONED = "mentioned"
    """Named in connection with the meeting without taking part in it."""


class DateBasis(enum.StrEnum):
    """Whether a date is printed in the source or worked out from it."""

    STATED = "stated"
    INFERRED = "inferred"


class LinkRelation(enum.StrEnum):
    """How one meeting relates to another."""

    REVIEWED_OUTCOMES_OF = "reviewed_outcomes_of"
    PRECEDED_BY = "preceded_by"


class InitiativeKind(enum.StrEnum):
    """What sort of named thing an initiative is."""

    AGREEMENT = "agreement"
    FRAMEWORK = "framework"
    ROADMAP = "roadmap"
    PROGRAMME = "programme"
    PROCUREMENT = "procurement"
    CO_PRODUCTION = "co_production"
    EXERCISE = "exercise"
    MECHANISM = "mechanism"
    GROUPING = "grouping"
    PARTNERSHIP = "partnership"
    COOPERATION_AREA = "cooperation_area"


class OrganisationKind(enum.StrEnum):
    """What sort of organisation a record describes."""

    MINISTRY = "ministry"
    """A government ministry (India's Ministry of External Affairs)."""
    DEPARTMENT = "department"
    """A government department (the US Department of Defence)."""
    ARMED_FORCE = "armed_force"
    """An armed service or one of its units (the Indian Army, the Madras Regiment)."""
    COMPANY = "company"
    """A business, state-run or private (General Electric, Hindustan Aeronautics Limited)."""
    GROUPING = "grouping"
    """A group of states or organisations."""


class FactKind(enum.StrEnum):
    """What a fact about an initiative gives."""

    QUANTITY = "quantity"
    """How many (aircraft, personnel)."""
    TERM = "term"
    """How long it runs (a ten-year framework)."""
    PLACE = "place"
    """Where it takes place or is produced."""
    START_DATE = "start_date"
    """When it begins."""
    END_DATE = "end_date"
    """When it ends."""


class InitiativeStatus(enum.StrEnum):
    """The state of an initiative as one source reports it at one time."""

    PROPOSED = "proposed"
    PLANNED = "planned"
    UNDER_NEGOTIATION = "under_negotiation"
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    ESTABLISHED = "established"
    DISCUSSED = "discussed"


class Channel(enum.StrEnum):
    """The medium through which a statement was made."""

    REMARKS = "remarks"
    OPENING_REMARKS = "opening_remarks"
    POST_ON_X = "post_on_x"
    WRITTEN = "written"
    """The source says the speaker 'wrote' it without naming the medium."""
    PRESS_STATEMENT = "press_statement"


class SpeechMode(enum.StrEnum):
    """How the source renders what was said."""

    DIRECT_QUOTATION = "direct_quotation"
    """A whole quotation in quotation marks."""
    PARTIAL_QUOTATION = "partial_quotation"
    """A quoted fragment inside the reporter's own sentence."""
    REPORTED_SPEECH = "reported_speech"
    """Indirect speech: the reporter's paraphrase, attributed to a speaker."""


class PloverCategory(enum.StrEnum):
    """Top-level event categories of the PLOVER political event ontology."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    INVESTIGATE = "INVESTIGATE"
    DEMAND = "DEMAND"
    DISAPPROVE = "DISAPPROVE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    CRIME = "CRIME"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
