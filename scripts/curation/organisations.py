"""Every organisation the sources name: ministries, departments, armed forces, companies.

Not records: the Quad (an initiative of kind grouping, whose other members,
Japan and Australia, are states), the G20 (named only in "the G20 Summit", a
meeting), the news agency ANI (a source's publisher) and the "high-level U.S.
defence policy delegation" (unnamed, described in its meeting).
"""

from indo_us_dialogue import Organisation, OrganisationKind

from . import _ids as ids
from ._spans import ev

K = OrganisationKind

ORGANISATIONS = (
    Organisation(
        id=ids.MINISTRY_OF_EXTERNAL_AFFAIRS,
        name="Ministry of External Affairs",
        aliases=("MEA",),
        kind=K.MINISTRY,
        country="IN",
        evidence=(
            ev("000", "senior officials from the Ministry of External Affairs"),
            ev("000", "senior officials from MEA & MoD"),
            ev("001", "Indian Ministry of External Affairs"),
            ev("004", "the Ministry of External Affairs confirmed"),
        ),
        notes="Source/000 writes 'MEA' and, for the same delegation, 'the Ministry of External Affairs'.",
    ),
    Organisation(
        id=ids.MINISTRY_OF_DEFENCE,
        name="Ministry of Defence",
        aliases=("MoD",),
        kind=K.MINISTRY,
        country="IN",
        evidence=(
            ev("000", "Ministry of External Affairs, Ministry of Defence and the US Departments"),
            ev("000", "senior officials from MEA & MoD"),
            ev("001", "Indian Ministry of Defence"),
        ),
        notes="India's: 'the Indian Ministry of Defence' (source/001), named beside the Ministry of External "
        "Affairs and the US departments (source/000).",
    ),
    Organisation(
        id=ids.STATE_DEPARTMENT,
        name="State Department",
        kind=K.DEPARTMENT,
        country="US",
        evidence=(
            ev("000", "US Departments of State and Defence"),
            ev("000", "US Departments of State & Defence"),
            ev("001", "Top US Defence and State Department officials"),
        ),
    ),
    Organisation(
        id=ids.DEPARTMENT_OF_DEFENCE,
        name="Department of Defence",
        aliases=("US Defence Department", "Pentagon"),
        kind=K.DEPARTMENT,
        country="US",
        evidence=(
            ev("000", "US Departments of State and Defence"),
            ev("001", "Department of Defence spokesperson John Supple"),
            ev("001", "The US Defence Department said"),
            ev("001", "the Pentagon said on Wednesday"),
        ),
        notes="Source/001 reports the same statement as 'the Pentagon said', 'The US Defence Department said' "
        "and 'the statement said'.",
    ),
    Organisation(
        id=ids.GENERAL_ELECTRIC,
        name="General Electric",
        kind=K.COMPANY,
        evidence=(ev("003", "General Electric has reached an agreement"),),
        notes="The source does not say where the company is based, so it has no country.",
    ),
    Organisation(
        id=ids.HINDUSTAN_AERONAUTICS_LIMITED,
        name="Hindustan Aeronautics Limited",
        kind=K.COMPANY,
        country="IN",
        evidence=(ev("003", "India’s state-run Hindustan Aeronautics Limited"),),
        notes="State-run ('India’s state-run Hindustan Aeronautics Limited').",
    ),
    Organisation(
        id=ids.INDIAN_ARMY,
        name="Indian Army",
        kind=K.ARMED_FORCE,
        country="IN",
        evidence=(ev("004", "Over 400 Indian Army personnel"),),
    ),
    Organisation(
        id=ids.MADRAS_REGIMENT,
        name="Madras Regiment",
        kind=K.ARMED_FORCE,
        country="IN",
        part_of=ids.INDIAN_ARMY,
        evidence=(ev("004", "Over 400 Indian Army personnel, led by the Madras Regiment"),),
        notes="A unit of the Indian Army: the report has it lead 'Indian Army personnel'.",
    ),
)
