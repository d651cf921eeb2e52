"""Every meeting the sources describe or refer to."""

from indo_us_dialogue import (
    AttendanceMode,
    DateBounds,
    EventCoding,
    Evidence,
    LinkRelation,
    MeetingKind,
    MeetingLink,
    MeetingStatus,
    OrdinalClaim,
    PartialDate,
    Participation,
    Party,
    PloverCategory,
    Role,
    Venue,
)

from ._derive import meeting
from ._ids import (
    ANTONY_BLINKEN,
    ARINDAM_BAGCHI,
    BETHANY_P_MORRISON,
    DELEGATION_2025,
    DEPARTMENT_OF_DEFENCE,
    DONALD_LU,
    ELY_RATNER,
    G20_2023,
    INTERSESSIONAL_6,
    INTERSESSIONAL_7,
    INTERSESSIONAL_2025,
    JEDIDIAH_P_ROYAL,
    JOE_BIDEN,
    JOHN_SUPPLE,
    LEADERS_2022,
    LEADERS_2023,
    LLOYD_AUSTIN,
    MINISTERIAL_2022,
    MINISTERIAL_2023,
    MINISTERIAL_2023_PLANNED,
    MINISTRY_OF_DEFENCE,
    MINISTRY_OF_EXTERNAL_AFFAIRS,
    NAGARAJ_NAIDU_KAKANUR,
    NARENDRA_MODI,
    RAJNATH_SINGH,
    S_JAISHANKAR,
    STATE_DEPARTMENT,
    VANI_RAO,
    VISHWESH_NEGI,
)
from ._spans import claim, ev, inferred, stated

# PLOVER codes meetings and visits between governments as CONSULT. The context
# labels are this dataset's editorial summary of what was discussed; no PLOVER
# mode is given because the sources do not settle who visited whom.
_DIALOGUE = EventCoding(category=PloverCategory.CONSULT, context=("diplomatic", "military"))
_LEADERS = EventCoding(category=PloverCategory.CONSULT, context=("diplomatic",))


def _p(
    official: str, role: Role, title: str | None, *evidence: Evidence, organisation: str | None = None
) -> Participation:
    return Participation(official=official, role=role, title=title, organisation=organisation, evidence=evidence)


def _party(organisation: str, role: str, *evidence: Evidence) -> Party:
    return Party(organisation=organisation, role=role, evidence=evidence)


MEETINGS = (
    meeting(
        id=MINISTERIAL_2022,
        kind=MeetingKind.MINISTERIAL,
        name="India-US 2+2 Ministerial Dialogue, April 2022",
        date=stated(
            "2022-04",
            ev("000", "2+2 Ministerial Dialogue which was held in April 2022"),
            ev("000", "2+2 Ministerial Dialogue of April 2022"),
        ),
        evidence=(
            ev("000", "the 2+2 Ministerial Dialogue which was held in April 2022"),
            ev(
                "000",
                "Indian Foreign and Defence Ministers recently held the '2+2' meeting with their American counterparts",
            ),
        ),
        coding=_DIALOGUE,
        notes="Known only from source/000, which names no place and no participants. Its sentence 'Indian "
        "Foreign and Defence Ministers recently held the '2+2' meeting' is taken to mean this ministerial, the "
        "only one the report names.",
    ),
    meeting(
        id=INTERSESSIONAL_6,
        kind=MeetingKind.INTERSESSIONAL,
        name="Sixth India-US 2+2 Intersessional Dialogue",
        ordinal=OrdinalClaim(value=6, evidence=(ev("000", "This is the sixth India-US 2+2 Intersessional Dialogue"),)),
        date=inferred(
            "2022-09-07",
            "The report is dated 2022-09-07 and says the meeting was held 'on Wednesday'; the spokesperson's post "
            "it quotes says 'held today'. 2022-09-07 was a Wednesday.",
            ev("000", "date 2022-09-07"),
            ev("000", "was held in New Delhi on Wednesday"),
            ev("000", "Inter-sessional meeting held today in New Delhi"),
        ),
        venue=Venue(
            mode=AttendanceMode.IN_PERSON,
            place="New Delhi",
            country="IN",
            evidence=(ev("000", "was held in New Delhi on Wednesday"),),
        ),
        participants=(
            _p(
                ARINDAM_BAGCHI,
                Role.SPOKESPERSON,
                "MEA spokesperson",
                ev("000", "wrote MEA spokesperson Arindam Bagchi"),
                organisation=MINISTRY_OF_EXTERNAL_AFFAIRS,
            ),
        ),
        parties=tuple(
            _party(
                organisation,
                "led the meeting through senior officials",
                ev(
                    "000",
                    "The India-US 2+2 Inter-sessional meeting was led by senior officials from the Ministry of "
                    "External Affairs, Ministry of Defence and the US Departments of State and Defence.",
                ),
                ev("000", "Led by senior officials from MEA & MoD and US Departments of State & Defence"),
            )
            for organisation in (
                MINISTRY_OF_EXTERNAL_AFFAIRS,
                MINISTRY_OF_DEFENCE,
                STATE_DEPARTMENT,
                DEPARTMENT_OF_DEFENCE,
            )
        ),
        topics=(
            claim(
                "Strengthening the India-US strategic partnership",
                ev("000", "vowed to further strengthen the strategic partnership between both nations"),
            ),
            claim(
                "Initiatives across the defence partnership: information-sharing, logistics, technology and "
                "high-end navy cooperation",
                ev(
                    "000",
                    "advance an ambitious set of initiatives across the defence partnership ahead of the 2+2 "
                    "ministerial next year, including in support of information-sharing, logistics, technology, "
                    "and high-end navy cooperation",
                ),
            ),
        ),
        links=(
            MeetingLink(
                meeting=MINISTERIAL_2022,
                relation=LinkRelation.REVIEWED_OUTCOMES_OF,
                evidence=(
                    ev("000", "The officials also reviewed the outcomes of the 2+2 Ministerial Dialogue"),
                    ev("000", "Reviewed outcomes of the 2+2 Ministerial Dialogue of April 2022"),
                ),
            ),
        ),
        evidence=(
            ev("000", "India-US 2+2 Inter-sessional meeting was held in New Delhi on Wednesday"),
            ev(
                "000",
                "The India-US 2+2 Inter-sessional meeting was led by senior officials from the Ministry of "
                "External Affairs, Ministry of Defence and the US Departments of State and Defence.",
            ),
        ),
        coding=_DIALOGUE,
        notes="Led by senior officials of India's Ministry of External Affairs and Ministry of Defence and of the "
        "US Departments of State and Defence, none of them named.",
    ),
    meeting(
        id=LEADERS_2022,
        kind=MeetingKind.LEADERS,
        name="Meeting of the Indian Prime Minister and the US President, before September 2022",
        date_bounds=DateBounds(
            not_after=PartialDate.parse("2022-09-07"),
            reasoning="'The recent meeting' in a report dated 2022-09-07: before the report; how long before, "
            "the report does not say.",
            evidence=(ev("000", "in the recent meeting"), ev("000", "date 2022-09-07")),
        ),
        evidence=(
            ev(
                "000",
                "in the recent meeting, the Prime Minister and the US President expressed that the world's two "
                "major democracies are willing to work around their divergences",
            ),
        ),
        coding=_LEADERS,
        notes="Source/000 (dated 2022-09-07) calls it 'the recent meeting' and names neither leader, its date or "
        "its place; so the record has no date, venue or participants.",
    ),
    meeting(
        id=LEADERS_2023,
        kind=MeetingKind.LEADERS,
        name="Modi-Biden meeting during the Prime Minister's visit to the US, June 2023",
        date=inferred(
            "2023-06",
            "Source/003, dated 2023-11-10, speaks of Modi's visit to the US 'in June' and of Biden and Modi's "
            "meeting 'in June'; the June before the report is June 2023.",
            ev("003", "Prime Minister Narendra Modi’s visit to the US in June"),
            ev("003", "Biden and Modi at their meeting in June"),
        ),
        venue=Venue(
            mode=AttendanceMode.IN_PERSON,
            country="US",
            evidence=(ev("003", "Modi’s visit to the US in June"),),
        ),
        participants=(
            _p(
                NARENDRA_MODI,
                Role.PARTICIPANT,
                "Prime Minister",
                ev("003", "Prime Minister Narendra Modi’s visit to the US in June"),
            ),
            _p(JOE_BIDEN, Role.PARTICIPANT, None, ev("003", "Biden and Modi at their meeting in June")),
        ),
        evidence=(
            ev(
                "003",
                "Prime Minister Narendra Modi’s visit to the US in June “truly opened a new chapter in our relationship”",
            ),
            ev("003", "the “very ambitious agenda” set by Biden and Modi at their meeting in June"),
        ),
        coding=_LEADERS,
        notes="The visit and the meeting are taken to be one event: both are placed 'in June' by the same report.",
    ),
    meeting(
        id=G20_2023,
        kind=MeetingKind.SUMMIT,
        name="G20 Summit in New Delhi, September 2023",
        date=inferred(
            "2023-09",
            "Source/003, dated 2023-11-10, refers to Biden's visit to New Delhi 'in September for the G20 "
            "Summit'; the September before the report is September 2023.",
            ev("003", "US President Joe Biden’s visit to New Delhi in September for the G20 Summit"),
        ),
        venue=Venue(
            mode=AttendanceMode.IN_PERSON,
            place="New Delhi",
            country="IN",
            evidence=(ev("003", "visit to New Delhi in September for the G20 Summit"),),
        ),
        participants=(
            _p(
                JOE_BIDEN,
                Role.PARTICIPANT,
                "US President",
                ev("003", "US President Joe Biden’s visit to New Delhi in September for the G20 Summit"),
            ),
        ),
        evidence=(
            ev("003", "US President Joe Biden’s visit to New Delhi in September for the G20 Summit"),
            ev("003", "productive outcomes at the G20 Summit"),
        ),
        coding=_LEADERS,
    ),
    meeting(
        id=INTERSESSIONAL_7,
        kind=MeetingKind.INTERSESSIONAL,
        name="Seventh India-US 2+2 Intersessional Dialogue",
        ordinal=OrdinalClaim(value=7, evidence=(ev("001", "co-chaired the seventh 2+2 Intersessional Dialogue"),)),
        date=inferred(
            "2023-09-26",
            "Month and day are stated ('on September 26'); the year is that of the report, dated 2023-09-27.",
            ev("001", "date 2023-09-27"),
            ev("001", "here on September 26"),
        ),
        participants=(
            _p(
                ELY_RATNER,
                Role.CO_CHAIR,
                "Assistant Secretary of Defence for Indo-Pacific Security Affairs",
                ev(
                    "001",
                    "The dialogue was co-chaired by Assistant Secretary of Defence for Indo-Pacific Security Affairs Ely Ratner",
                ),
                ev("001", "It was terrific to co-chair today's U.S.-India 2+2 Intersessional Dialogue"),
            ),
            _p(
                DONALD_LU,
                Role.CO_CHAIR,
                "Assistant Secretary of State for South and Central Asian Affairs",
                ev("001", "alongside Assistant Secretary of State for South and Central Asian Affairs Donald Lu"),
            ),
            _p(
                VANI_RAO,
                Role.CO_CHAIR,
                "Additional Secretary",
                ev("001", "Additional Secretary Vani Rao of the Indian Ministry of External Affairs"),
                organisation=MINISTRY_OF_EXTERNAL_AFFAIRS,
            ),
            _p(
                VISHWESH_NEGI,
                Role.CO_CHAIR,
                "Joint Secretary",
                ev("001", "Joint Secretary Vishwesh Negi of the Indian Ministry of Defence"),
                organisation=MINISTRY_OF_DEFENCE,
            ),
            _p(
                JOHN_SUPPLE,
                Role.SPOKESPERSON,
                "Department of Defence spokesperson",
                ev("001", "said Department of Defence spokesperson John Supple"),
                organisation=DEPARTMENT_OF_DEFENCE,
            ),
        ),
        parties=tuple(
            _party(
                organisation,
                "co-chaired through top officials",
                ev(
                    "001",
                    "Top US Defence and State Department officials co-chaired the seventh 2+2 Intersessional Dialogue",
                ),
            )
            for organisation in (DEPARTMENT_OF_DEFENCE, STATE_DEPARTMENT)
        ),
        topics=(
            claim(
                "The transformative momentum in US-India ties",
                ev("001", "laid their emphasis on the transformative momentum in US-India ties"),
            ),
            claim(
                "Security in the Indo-Pacific region",
                ev("001", "reiterated the need to uphold security in the Indo-Pacific region"),
            ),
            claim(
                "Progress on bilateral initiatives on information-sharing, defence industrial cooperation and joint "
                "service engagements",
                ev(
                    "001",
                    "reviewed progress toward operationalizing major bilateral initiatives on information-sharing, "
                    "defence industrial cooperation, and joint service engagements",
                ),
            ),
            claim(
                "Defence and security, emerging technologies, people-to-people ties, clean energy and supply chain "
                "resilience",
                ev(
                    "001",
                    "including defence and security, emerging technologies, people-to-people ties, clean energy, "
                    "and supply chain resilience",
                ),
            ),
            claim(
                "Interoperability and logistics cooperation, including combined maritime engagements in the Indian "
                "Ocean region",
                ev(
                    "001",
                    "opportunities to further strengthen interoperability and logistics cooperation, including "
                    "through combined maritime engagements in the Indian Ocean region",
                ),
            ),
            claim(
                "Cooperation in the space and cyber domains",
                ev("001", "expanded cooperation in the space and cyber domains"),
            ),
            claim(
                "Regional security developments and strategic priorities across the Indo-Pacific",
                ev(
                    "001",
                    "discussed regional security developments and strategic priorities across the Indo-Pacific region",
                ),
            ),
        ),
        evidence=(
            ev(
                "001",
                "Top US Defence and State Department officials co-chaired the seventh 2+2 Intersessional Dialogue "
                "with their Indian counterparts here on September 26",
            ),
        ),
        coding=_DIALOGUE,
        notes="The report says the dialogue was held 'here' but gives no dateline, so its place is unknown.",
    ),
    meeting(
        id=MINISTERIAL_2023_PLANNED,
        kind=MeetingKind.MINISTERIAL,
        status=MeetingStatus.PLANNED,
        fulfilled_by=MINISTERIAL_2023,
        name="India-US 2+2 Ministerial Dialogue announced in 2022 for the next year",
        date=inferred(
            "2023",
            "Source/000, dated 2022-09-07, speaks of 'the 2+2 ministerial next year'.",
            ev("000", "date 2022-09-07"),
            ev("000", "ahead of the 2+2 ministerial next year"),
        ),
        evidence=(
            ev(
                "000",
                "the United States and India will advance an ambitious set of initiatives across the defence "
                "partnership ahead of the 2+2 ministerial next year",
            ),
        ),
        coding=_DIALOGUE,
        notes="Announced, not reported as held: source/000 (2022) looks ahead to 'the 2+2 ministerial next year'. "
        "It is taken to be fulfilled by the New Delhi ministerial of 2023-11-10, the only 2+2 ministerial of 2023 "
        "the sources report; no source says so in words.",
    ),
    meeting(
        id=MINISTERIAL_2023,
        kind=MeetingKind.MINISTERIAL,
        name="India-US 2+2 Ministerial Dialogue, New Delhi, November 2023",
        date=inferred(
            "2023-11-10",
            "Source/003 is dated 2023-11-10 and says the ministers met 'on Friday'; 2023-11-10 was a Friday. "
            "Source/002 also places the talks 'on Friday'.",
            ev("003", "date 2023-11-10"),
            ev("003", "met on Friday"),
            ev("002", "India and the US on Friday discussed"),
        ),
        venue=Venue(
            mode=AttendanceMode.IN_PERSON,
            place="New Delhi",
            country="IN",
            evidence=(
                ev("003", "New Delhi: The defence and foreign ministers of India and the US met on Friday"),
                ev("002", "New Delhi: India and the US on Friday discussed"),
            ),
        ),
        participants=(
            _p(
                S_JAISHANKAR,
                Role.CO_CHAIR,
                "External Affairs Minister",
                ev(
                    "002",
                    "External Affairs Minister S Jaishankar and Defence Minister Rajnath Singh from the Indian side",
                ),
                ev("003", "co-chaired by defence minister Rajnath Singh and external affairs minister S Jaishankar"),
            ),
            _p(
                RAJNATH_SINGH,
                Role.CO_CHAIR,
                "Defence Minister",
                ev("002", "Defence Minister Rajnath Singh from the Indian side"),
                ev("003", "co-chaired by defence minister Rajnath Singh"),
            ),
            _p(
                ANTONY_BLINKEN,
                Role.CO_CHAIR,
                "US Secretary of State",
                ev("002", "led by US Secretary of State Antony Blinken"),
                ev("003", "their American counterparts Lloyd Austin and Antony Blinken"),
            ),
            _p(
                LLOYD_AUSTIN,
                Role.CO_CHAIR,
                "US Defence Secretary",
                ev("002", "US Defence Secretary Lloyd Austin from the US side"),
                ev("003", "their American counterparts Lloyd Austin"),
            ),
            _p(
                NARENDRA_MODI,
                Role.MENTIONED,
                "Prime Minister",
                ev("002", "advance the vision of Prime Minister Narendra Modi", nth=2),
                ev("003", "Prime Minister Narendra Modi’s visit to the US in June"),
            ),
            _p(
                JOE_BIDEN,
                Role.MENTIONED,
                "US President",
                ev(
                    "002",
                    "US President Joe Biden to build a forward looking partnership and construct a shared global agenda",
                ),
                ev("003", "Biden’s “support was key to ensuring productive outcomes at the G20 Summit”"),
            ),
        ),
        topics=(
            claim(
                "Cooperation in critical minerals and high technology",
                ev("003", "enhanced cooperation in critical minerals and high technology"),
                ev("002", "cooperation in key areas such as critical minerals and high-technology"),
            ),
            claim(
                "Security in the Indo-Pacific region",
                ev("003", "measures to bolster security in the Indo-Pacific region"),
                ev("002", "enhanced engagement in the Indo-Pacific"),
            ),
            claim("Defence industrial collaboration", ev("002", "increased defence industrial collaboration")),
            claim(
                "The Ukraine war and the Israel-Hamas conflict",
                ev(
                    "003",
                    "Geopolitical challenges such as the Ukraine war and the Israel-Hamas conflict also figured in the 2+2 dialogue",
                ),
            ),
            claim(
                "Developments in West Asia and Ukraine",
                ev("003", "exchange views on developments in West Asia and Ukraine"),
            ),
            claim(
                "Strategic, defence and security ties, technology and supply chain collaborations, and "
                "people-to-people exchanges",
                ev(
                    "003",
                    "comprehensive overview of cross-cutting strategic, defence and security ties, technology and "
                    "supply chain collaborations, and people-to-people exchanges",
                ),
            ),
        ),
        evidence=(
            ev("002", "The 2+2 ministerial talks were led by"),
            ev("003", "The defence and foreign ministers of India and the US met on Friday"),
            ev("003", "the 2+2 dialogue co-chaired by"),
        ),
        coding=_DIALOGUE,
        notes="Reported by source/002 (undated) and source/003 (dated 2023-11-10). They are taken to be one "
        "event: both report 2+2 ministerial talks in New Delhi 'on Friday' between the same four ministers, "
        "with Jaishankar's 'televised opening remarks' and the same points from Singh, Blinken and Austin. "
        "Neither report gives the meeting an ordinal.",
    ),
    meeting(
        id=DELEGATION_2025,
        kind=MeetingKind.VISIT,
        name="Visit of a high-level US defence policy delegation to New Delhi, 2025",
        date=inferred(
            "2025",
            "'Earlier this month' in source/004, which is undated but written in 2025 (see its publication "
            "date); no month is inferred.",
            ev("004", "Earlier this month, the Ministry of External Affairs confirmed the visit"),
        ),
        venue=Venue(
            mode=AttendanceMode.IN_PERSON,
            place="New Delhi",
            country="IN",
            evidence=(ev("004", "visit of a high-level U.S. defence policy delegation to New Delhi"),),
        ),
        evidence=(
            ev(
                "004",
                "the Ministry of External Affairs confirmed the visit of a high-level U.S. defence policy "
                "delegation to New Delhi, followed by this intersessional meeting",
            ),
        ),
        parties=(
            _party(
                MINISTRY_OF_EXTERNAL_AFFAIRS,
                "confirmed the visit",
                ev("004", "the Ministry of External Affairs confirmed the visit"),
            ),
        ),
        coding=_LEADERS,
        notes="The delegation's members are not named. The quotation of MEA spokesperson Randhir Jaiswal follows "
        "the sentence on the Ministry confirming the visit, but the report does not say he said it then or about "
        "the visit, so neither his statement nor he is tied to this meeting.",
    ),
    meeting(
        id=INTERSESSIONAL_2025,
        kind=MeetingKind.INTERSESSIONAL,
        name="India-US 2+2 Intersessional Dialogue (virtual), 2025",
        date=inferred(
            "2025",
            "The report says the officials met 'today' but is undated; it describes Yudh Abhyas 2025 (September "
            "1 to 14) as still to come, so the meeting was in 2025, before September. No month is inferred.",
            ev("004", "Senior Indian and U.S. officials convened virtually today"),
            ev("004", "the two militaries are set to conduct their largest-ever joint army exercise—Yudh Abhyas 2025"),
        ),
        venue=Venue(
            mode=AttendanceMode.VIRTUAL,
            evidence=(ev("004", "convened virtually today for the India-U.S. 2+2 Intersessional Dialogue"),),
        ),
        participants=(
            _p(
                NAGARAJ_NAIDU_KAKANUR,
                Role.CO_CHAIR,
                "Additional Secretary (Americas)",
                ev("004", "The meeting was co-chaired by Additional Secretary (Americas) Nagaraj Naidu Kakanur"),
            ),
            _p(
                VISHWESH_NEGI,
                Role.CO_CHAIR,
                "Joint Secretary (International Cooperation)",
                ev("004", "Joint Secretary (International Cooperation) Vishwesh Negi from the Indian side"),
            ),
            _p(
                BETHANY_P_MORRISON,
                Role.CO_CHAIR,
                "Senior Bureau Official for South and Central Asian Affairs",
                ev("004", "alongside Bethany P. Morrison, Senior Bureau Official for South and Central Asian Affairs"),
            ),
            _p(
                JEDIDIAH_P_ROYAL,
                Role.CO_CHAIR,
                "Acting Assistant Secretary of Defence for Indo-Pacific Security Affairs",
                ev(
                    "004",
                    "Jedidiah P. Royal, Acting Assistant Secretary of Defence for Indo-Pacific Security Affairs, "
                    "representing the United States",
                ),
            ),
        ),
        topics=(
            claim(
                "Enhancing bilateral defence cooperation",
                ev("004", "both sides emphasized the importance of enhancing bilateral defence cooperation"),
            ),
            claim(
                "The planned signing of a new ten-year Framework for the India-U.S. Major Defence Partnership",
                ev(
                    "004",
                    "The major issue on the agenda for the discussions was the planned signing of a new ten-year "
                    "Framework for the India–U.S. Major Defence Partnership",
                ),
            ),
            claim(
                "Regional stability, civil-nuclear energy cooperation, critical minerals development, and "
                "countering narcotics trafficking and terrorism",
                ev(
                    "004",
                    "including regional stability, civil-nuclear energy cooperation, critical minerals development, "
                    "and efforts to counter narcotics trafficking and terrorism",
                ),
            ),
            claim(
                "A free, open and prosperous Indo-Pacific",
                ev("004", "reaffirmed their shared vision for a free, open, and prosperous Indo-Pacific"),
            ),
        ),
        links=(
            MeetingLink(
                meeting=DELEGATION_2025,
                relation=LinkRelation.PRECEDED_BY,
                evidence=(
                    ev(
                        "004",
                        "the visit of a high-level U.S. defence policy delegation to New Delhi, followed by this "
                        "intersessional meeting",
                    ),
                ),
            ),
        ),
        evidence=(
            ev(
                "004",
                "Senior Indian and U.S. officials convened virtually today for the India-U.S. 2+2 Intersessional Dialogue",
            ),
        ),
        coding=_DIALOGUE,
        notes="The report gives no ordinal for this intersessional dialogue.",
    ),
)
