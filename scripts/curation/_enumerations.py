"""Every list the reports give in one sentence, declared once, with where each item is recorded.

Issue 12: where a report lists areas of cooperation, initiatives or aims in one
sentence, every item is recorded, not a selection. Three kinds of list:

- :class:`Listing`: a list of areas of cooperation or initiatives. Each item is
  an initiative, and :meth:`Listing.mention` writes its mention: tied to the
  meeting the sentence is about, with the status the sentence's own verb
  carries (``status_words``), and with ``span`` as evidence, the part of the
  sentence that holds the status words and the whole list.
- :data:`IN_STATEMENTS`: aims and principles a speaker lists; the statement's
  text holds the whole list.
- :data:`IN_TOPICS`: subjects a meeting discussed; a topic of the meeting holds
  the whole list.
- :data:`IN_PARTICIPANTS` and :data:`IN_PARTIES`: officials and organisations
  that take part in a meeting or an initiative.

``tests/test_enumerations.py`` checks every list against its sentence in the
normalised text, that the items cover the list (nothing between them but
commas and joining words), and that every item is recorded.
"""

import attrs

from indo_us_dialogue import InitiativeMention, InitiativeStatus

from . import _ids as ids
from ._spans import ev

S = InitiativeStatus


@attrs.frozen(kw_only=True)
class Listing:
    """A list of areas of cooperation or initiatives in one sentence of one report."""

    doc: str
    #: The whole sentence, as printed.
    sentence: str
    #: The part of the sentence each mention cites: the status words and the whole list.
    span: str
    #: The words that carry the status (a verb and its tense), or None where the sentence reports no status.
    status_words: str | None
    status: InitiativeStatus | None
    meeting: str | None
    #: The list itself, exactly as printed.
    listing: str
    #: Each item as ``(its words in the list, the id of the initiative that records it)``.
    items: tuple[tuple[str, str], ...]
    #: Why the status or the meeting is what it is, where that is a judgement.
    why: str | None = None

    def mention(self, initiative: str) -> InitiativeMention:
        """The mention of ``initiative`` this list makes.

        Raises:
            ValueError: ``initiative`` is not an item of this list.
        """
        if initiative not in {item for _, item in self.items}:
            raise ValueError(f"{initiative} is not an item of the list {self.listing!r}")
        return InitiativeMention(meeting=self.meeting, status=self.status, evidence=(ev(self.doc, self.span),))


# Initiative ids of the list items.
INFORMATION_SHARING = "initiative/information-sharing"
LOGISTICS = "initiative/logistics-cooperation"
TECHNOLOGY = "initiative/technology-cooperation"
HIGH_END_NAVY = "initiative/high-end-navy-cooperation"
COVID_19 = "initiative/response-to-covid-19"
ECONOMIC_RECOVERY = "initiative/economic-recovery-post-pandemic"
CLIMATE = "initiative/climate-crisis-and-sustainable-development"
CRITICAL_AND_EMERGING = "initiative/critical-and-emerging-technologies"
SUPPLY_CHAIN_RESILIENCE = "initiative/supply-chain-resilience"
EDUCATION = "initiative/education"
DIASPORA = "initiative/diaspora"
DEFENCE_AND_SECURITY = "initiative/defence-and-security"
DEFENCE_INDUSTRIAL = "initiative/defence-industrial-cooperation"
JOINT_SERVICE = "initiative/joint-service-engagements"
EMERGING = "initiative/emerging-technologies"
PEOPLE_TO_PEOPLE_TIES = "initiative/people-to-people-ties"
CLEAN_ENERGY = "initiative/clean-energy"
SECURITY_OF_SUPPLY = "initiative/security-of-supply-arrangement"
RECIPROCAL_PROCUREMENT = "initiative/reciprocal-defence-procurement-agreement"
INTEROPERABILITY = "initiative/interoperability"
MARITIME_ENGAGEMENTS = "initiative/combined-maritime-engagements-in-the-indian-ocean-region"
SPACE_AND_CYBER = "initiative/cooperation-in-the-space-and-cyber-domains"
INDO_PACIFIC_ENGAGEMENT = "initiative/engagement-in-the-indo-pacific"
CRITICAL_MINERALS = "initiative/critical-minerals-cooperation"
HIGH_TECHNOLOGY = "initiative/high-technology"
CRITICAL_TECHNOLOGIES = "initiative/critical-technologies"
CIVIL_SPACE = "initiative/civil-outer-space-collaboration"
INDO_PACIFIC_SECURITY = "initiative/security-in-the-indo-pacific-region"
STRATEGIC_TIES = "initiative/strategic-ties"
SUPPLY_CHAIN_COLLABORATION = "initiative/supply-chain-collaboration"
PEOPLE_TO_PEOPLE_EXCHANGES = "initiative/people-to-people-exchanges"
INDUSTRIAL_BASES = "initiative/integration-of-industrial-bases"
MARITIME_DOMAIN_AWARENESS = "initiative/maritime-domain-awareness"
SATELLITE_DATA = "initiative/sharing-commercial-satellite-data"
SCIENCE_AND_TECHNOLOGY = "initiative/science-and-technology"
REGIONAL_SECURITY_COORDINATION = "initiative/regional-security-coordination"
INNOVATION = "initiative/innovation"
JOINT_DEVELOPMENT = "initiative/joint-development"
CO_PRODUCTION = "initiative/co-production"
REGIONAL_STABILITY = "initiative/regional-stability"
CIVIL_NUCLEAR = "initiative/civil-nuclear-energy-cooperation"
COUNTER_NARCOTICS = "initiative/counter-narcotics-trafficking"
COUNTER_TERRORISM = "initiative/countering-terrorism"

DEFENCE_PARTNERSHIP_2022 = Listing(
    doc="000",
    sentence="Through these dialogues, the United States and India will advance an ambitious set of initiatives across "
    "the defence partnership ahead of the 2+2 ministerial next year, including in support of information-sharing, "
    "logistics, technology, and high-end navy cooperation.",
    span="the United States and India will advance an ambitious set of initiatives across the defence partnership ahead "
    "of the 2+2 ministerial next year, including in support of information-sharing, logistics, technology, and "
    "high-end navy cooperation",
    status_words="will advance",
    status=S.PLANNED,
    meeting=ids.INTERSESSIONAL_6,
    listing="information-sharing, logistics, technology, and high-end navy cooperation",
    items=(
        ("information-sharing", INFORMATION_SHARING),
        ("logistics", LOGISTICS),
        ("technology", TECHNOLOGY),
        ("high-end navy cooperation", HIGH_END_NAVY),
    ),
    why="'Through these dialogues' follows 'This is the sixth India-US 2+2 Intersessional Dialogue', so the "
    "mentions are tied to the sixth intersessional.",
)
PARTNERSHIP_ISSUES_2022 = Listing(
    doc="000",
    sentence="India-US bilateral partnership today encompasses a whole host of issues including the response to "
    "Covid-19, economic recovery post-pandemic, the climate crisis and sustainable development, critical and emerging "
    "technologies, supply chain resilience, education, the diaspora and defence and security.",
    span="India-US bilateral partnership today encompasses a whole host of issues including the response to Covid-19, "
    "economic recovery post-pandemic, the climate crisis and sustainable development, critical and emerging "
    "technologies, supply chain resilience, education, the diaspora and defence and security",
    status_words="today encompasses",
    status=S.IN_PROGRESS,
    meeting=None,
    listing="the response to Covid-19, economic recovery post-pandemic, the climate crisis and sustainable development, "
    "critical and emerging technologies, supply chain resilience, education, the diaspora and defence and security",
    items=(
        ("the response to Covid-19", COVID_19),
        ("economic recovery post-pandemic", ECONOMIC_RECOVERY),
        ("the climate crisis and sustainable development", CLIMATE),
        ("critical and emerging technologies", CRITICAL_AND_EMERGING),
        ("supply chain resilience", SUPPLY_CHAIN_RESILIENCE),
        ("education", EDUCATION),
        ("the diaspora", DIASPORA),
        ("defence and security", DEFENCE_AND_SECURITY),
    ),
    why="The reporter's own description of the partnership, tied to no meeting. 'The climate crisis and sustainable "
    "development' is one item of the comma-separated list, as printed.",
)
OPERATIONALIZING_2023 = Listing(
    doc="001",
    sentence="The US Defence Department said they reviewed progress toward operationalizing major bilateral initiatives "
    "on information-sharing, defence industrial cooperation, and joint service engagements.",
    span="reviewed progress toward operationalizing major bilateral initiatives on information-sharing, defence "
    "industrial cooperation, and joint service engagements",
    status_words="reviewed progress toward operationalizing",
    status=S.IN_PROGRESS,
    meeting=ids.INTERSESSIONAL_7,
    listing="information-sharing, defence industrial cooperation, and joint service engagements",
    items=(
        ("information-sharing", INFORMATION_SHARING),
        ("defence industrial cooperation", DEFENCE_INDUSTRIAL),
        ("joint service engagements", JOINT_SERVICE),
    ),
)
BREADTH_2023 = Listing(
    doc="001",
    sentence="The 2+2 Intersessional Dialogue advanced a wide range of ambitious initiatives across the breadth of the "
    "US-India partnership, including defence and security, emerging technologies, people-to-people ties, clean "
    "energy, and supply chain resilience.",
    span="The 2+2 Intersessional Dialogue advanced a wide range of ambitious initiatives across the breadth of the "
    "US-India partnership, including defence and security, emerging technologies, people-to-people ties, clean "
    "energy, and supply chain resilience",
    status_words="advanced",
    status=S.IN_PROGRESS,
    meeting=ids.INTERSESSIONAL_7,
    listing="defence and security, emerging technologies, people-to-people ties, clean energy, and supply chain "
    "resilience",
    items=(
        ("defence and security", DEFENCE_AND_SECURITY),
        ("emerging technologies", EMERGING),
        ("people-to-people ties", PEOPLE_TO_PEOPLE_TIES),
        ("clean energy", CLEAN_ENERGY),
        ("supply chain resilience", SUPPLY_CHAIN_RESILIENCE),
    ),
)
NEGOTIATIONS_2023 = Listing(
    doc="001",
    sentence="On the defence side, Assistant Secretary Ratner and his counterparts reviewed the progress the two "
    "countries have made on implementing the Roadmap for US-India Defence Industrial Cooperation; they welcomed "
    "progress on new co-production initiatives and committed to expeditiously conclude negotiations on Security of "
    "Supply Arrangement and Reciprocal Defence Procurement agreements, the statement said.",
    span="committed to expeditiously conclude negotiations on Security of Supply Arrangement and Reciprocal Defence "
    "Procurement agreements",
    status_words="committed to expeditiously conclude negotiations",
    status=S.UNDER_NEGOTIATION,
    meeting=ids.INTERSESSIONAL_7,
    listing="Security of Supply Arrangement and Reciprocal Defence Procurement agreements",
    items=(
        ("Security of Supply Arrangement", SECURITY_OF_SUPPLY),
        ("Reciprocal Defence Procurement agreements", RECIPROCAL_PROCUREMENT),
    ),
)
INTEROPERABILITY_2023 = Listing(
    doc="001",
    sentence="They also discussed opportunities to further strengthen interoperability and logistics cooperation, "
    "including through combined maritime engagements in the Indian Ocean region, as well as expanded cooperation in "
    "the space and cyber domains.",
    span="They also discussed opportunities to further strengthen interoperability and logistics cooperation, "
    "including through combined maritime engagements in the Indian Ocean region, as well as expanded cooperation in "
    "the space and cyber domains",
    status_words="discussed opportunities",
    status=S.DISCUSSED,
    meeting=ids.INTERSESSIONAL_7,
    listing="interoperability and logistics cooperation, including through combined maritime engagements in the "
    "Indian Ocean region, as well as expanded cooperation in the space and cyber domains",
    items=(
        ("interoperability", INTEROPERABILITY),
        ("logistics cooperation", LOGISTICS),
        ("combined maritime engagements in the Indian Ocean region", MARITIME_ENGAGEMENTS),
        ("expanded cooperation in the space and cyber domains", SPACE_AND_CYBER),
    ),
    why="Defence cooperation in the space and cyber domains is a different thing from civil outer space "
    "collaboration (source/002, source/003), so it is its own initiative.",
)
DEEPEN_2023 = Listing(
    doc="002",
    sentence="New Delhi: India and the US on Friday discussed ways to deepen their global strategic partnership "
    "through increased defence industrial collaboration, enhanced engagement in the Indo-Pacific and cooperation in "
    "key areas such as critical minerals and high-technology.",
    span="India and the US on Friday discussed ways to deepen their global strategic partnership through increased "
    "defence industrial collaboration, enhanced engagement in the Indo-Pacific and cooperation in key areas such as "
    "critical minerals and high-technology",
    status_words="discussed ways to deepen",
    status=S.DISCUSSED,
    meeting=ids.MINISTERIAL_2023,
    listing="increased defence industrial collaboration, enhanced engagement in the Indo-Pacific and cooperation in "
    "key areas such as critical minerals and high-technology",
    items=(
        ("increased defence industrial collaboration", DEFENCE_INDUSTRIAL),
        ("enhanced engagement in the Indo-Pacific", INDO_PACIFIC_ENGAGEMENT),
        ("cooperation in key areas such as critical minerals", CRITICAL_MINERALS),
        ("high-technology", HIGH_TECHNOLOGY),
    ),
)
NEW_DOMAINS_002 = Listing(
    doc="002",
    sentence="He said that the two sides were exploring cooperation in new domains such as critical technologies, "
    "collaboration in civil outer space and in areas of critical minerals.",
    span="the two sides were exploring cooperation in new domains such as critical technologies, collaboration in "
    "civil outer space and in areas of critical minerals",
    status_words="were exploring",
    status=S.PROPOSED,
    meeting=ids.MINISTERIAL_2023,
    listing="critical technologies, collaboration in civil outer space and in areas of critical minerals",
    items=(
        ("critical technologies", CRITICAL_TECHNOLOGIES),
        ("collaboration in civil outer space", CIVIL_SPACE),
        ("in areas of critical minerals", CRITICAL_MINERALS),
    ),
    why="Areas being explored are proposed, not yet planned. 'He' is Jaishankar (the sentence before).",
)
RAMP_UP_2023 = Listing(
    doc="003",
    sentence="New Delhi: The defence and foreign ministers of India and the US met on Friday to explore ways to ramp "
    "up the bilateral strategic partnership, including enhanced cooperation in critical minerals and high technology "
    "and measures to bolster security in the Indo-Pacific region.",
    span="met on Friday to explore ways to ramp up the bilateral strategic partnership, including enhanced cooperation "
    "in critical minerals and high technology and measures to bolster security in the Indo-Pacific region",
    status_words="to explore ways to ramp up",
    status=S.PROPOSED,
    meeting=ids.MINISTERIAL_2023,
    listing="enhanced cooperation in critical minerals and high technology and measures to bolster security in the "
    "Indo-Pacific region",
    items=(
        ("enhanced cooperation in critical minerals", CRITICAL_MINERALS),
        ("high technology", HIGH_TECHNOLOGY),
        ("measures to bolster security in the Indo-Pacific region", INDO_PACIFIC_SECURITY),
    ),
)
OVERVIEW_2023 = Listing(
    doc="003",
    sentence="“In the 2+2, we will undertake [a] comprehensive overview of cross-cutting strategic, defence and "
    "security ties, technology and supply chain collaborations, and people-to-people exchanges,” Jaishankar said in "
    "televised opening remarks.",
    span="we will undertake [a] comprehensive overview of cross-cutting strategic, defence and security ties, "
    "technology and supply chain collaborations, and people-to-people exchanges",
    status_words=None,
    status=None,
    meeting=ids.MINISTERIAL_2023,
    listing="cross-cutting strategic, defence and security ties, technology and supply chain collaborations, and "
    "people-to-people exchanges",
    items=(
        ("cross-cutting strategic", STRATEGIC_TIES),
        ("defence and security ties", DEFENCE_AND_SECURITY),
        ("technology", TECHNOLOGY),
        ("supply chain collaborations", SUPPLY_CHAIN_COLLABORATION),
        ("people-to-people exchanges", PEOPLE_TO_PEOPLE_EXCHANGES),
    ),
    why="What 'will' be undertaken is an overview of ties that already exist, so the sentence gives the ties "
    "themselves no status: neither planned (they exist) nor in progress (it does not say so).",
)
EXPLORING_003 = Listing(
    doc="003",
    sentence="“We are exploring domains such as critical technologies, civil outer space collaboration and critical "
    "minerals even while consolidating on established domains,” Jaishankar said.",
    span="We are exploring domains such as critical technologies, civil outer space collaboration and critical minerals",
    status_words="We are exploring",
    status=S.PROPOSED,
    meeting=ids.MINISTERIAL_2023,
    listing="critical technologies, civil outer space collaboration and critical minerals",
    items=(
        ("critical technologies", CRITICAL_TECHNOLOGIES),
        ("civil outer space collaboration", CIVIL_SPACE),
        ("critical minerals", CRITICAL_MINERALS),
    ),
)
INDUSTRIAL_BASES_2023 = Listing(
    doc="003",
    sentence="Austin noted that the two sides are integrating their industrial bases, strengthening interoperability, "
    "and sharing cutting-edge technology.",
    span="the two sides are integrating their industrial bases, strengthening interoperability, and sharing "
    "cutting-edge technology",
    status_words="are integrating",
    status=S.IN_PROGRESS,
    meeting=ids.MINISTERIAL_2023,
    listing="integrating their industrial bases, strengthening interoperability, and sharing cutting-edge technology",
    items=(
        ("integrating their industrial bases", INDUSTRIAL_BASES),
        ("strengthening interoperability", INTEROPERABILITY),
        ("sharing cutting-edge technology", TECHNOLOGY),
    ),
)
MARITIME_2023 = Listing(
    doc="003",
    sentence="As part of efforts to ensure the Indo-Pacific remains free and open, the two sides are enhancing maritime "
    "domain awareness and sharing commercial satellite data with countries in the region to boost their capacity to "
    "combat illegal fishing, piracy and drug trafficking, Blinken said.",
    span="the two sides are enhancing maritime domain awareness and sharing commercial satellite data with countries in "
    "the region",
    status_words="are enhancing",
    status=S.IN_PROGRESS,
    meeting=ids.MINISTERIAL_2023,
    listing="enhancing maritime domain awareness and sharing commercial satellite data with countries in the region",
    items=(
        ("enhancing maritime domain awareness", MARITIME_DOMAIN_AWARENESS),
        ("sharing commercial satellite data with countries in the region", SATELLITE_DATA),
    ),
)
FRAMEWORK_AIMS_2025 = Listing(
    doc="004",
    sentence="This agreement aims to expand collaboration in defence industrial production, science and technology, "
    "regional security coordination, operational interoperability, and real-time information-sharing.",
    span="This agreement aims to expand collaboration in defence industrial production, science and technology, "
    "regional security coordination, operational interoperability, and real-time information-sharing",
    status_words="aims to expand",
    status=S.PLANNED,
    meeting=ids.INTERSESSIONAL_2025,
    listing="defence industrial production, science and technology, regional security coordination, operational "
    "interoperability, and real-time information-sharing",
    items=(
        ("defence industrial production", DEFENCE_INDUSTRIAL),
        ("science and technology", SCIENCE_AND_TECHNOLOGY),
        ("regional security coordination", REGIONAL_SECURITY_COORDINATION),
        ("operational interoperability", INTEROPERABILITY),
        ("real-time information-sharing", INFORMATION_SHARING),
    ),
    why="The aims of the planned ten-year Framework, whose signing was on the agenda: planned.",
)
COMPACT_AIMS_2025 = Listing(
    doc="004",
    sentence="Participants agreed to use this mechanism to further drive innovation, joint development, and "
    "co-production across key defence and technology sectors.",
    span="Participants agreed to use this mechanism to further drive innovation, joint development, and co-production "
    "across key defence and technology sectors",
    status_words="agreed to use this mechanism to further drive",
    status=S.PLANNED,
    meeting=ids.INTERSESSIONAL_2025,
    listing="innovation, joint development, and co-production",
    items=(
        ("innovation", INNOVATION),
        ("joint development", JOINT_DEVELOPMENT),
        ("co-production", CO_PRODUCTION),
    ),
    why="What was agreed is to use COMPACT to drive these further: the driving is still to come, so planned.",
)
PRIORITIES_2025 = Listing(
    doc="004",
    sentence="Beyond defence, the dialogue between India and U.S. covered a broad range of strategic priorities, "
    "including regional stability, civil-nuclear energy cooperation, critical minerals development, and efforts to "
    "counter narcotics trafficking and terrorism.",
    span="the dialogue between India and U.S. covered a broad range of strategic priorities, including regional "
    "stability, civil-nuclear energy cooperation, critical minerals development, and efforts to counter narcotics "
    "trafficking and terrorism",
    status_words="covered",
    status=S.DISCUSSED,
    meeting=ids.INTERSESSIONAL_2025,
    listing="regional stability, civil-nuclear energy cooperation, critical minerals development, and efforts to "
    "counter narcotics trafficking and terrorism",
    items=(
        ("regional stability", REGIONAL_STABILITY),
        ("civil-nuclear energy cooperation", CIVIL_NUCLEAR),
        ("critical minerals development", CRITICAL_MINERALS),
        ("efforts to counter narcotics trafficking", COUNTER_NARCOTICS),
        ("terrorism", COUNTER_TERRORISM),
    ),
    why="Countering narcotics trafficking and countering terrorism are two things, so two initiatives.",
)

LISTINGS = (
    DEFENCE_PARTNERSHIP_2022,
    PARTNERSHIP_ISSUES_2022,
    OPERATIONALIZING_2023,
    BREADTH_2023,
    NEGOTIATIONS_2023,
    INTEROPERABILITY_2023,
    DEEPEN_2023,
    NEW_DOMAINS_002,
    RAMP_UP_2023,
    OVERVIEW_2023,
    EXPLORING_003,
    INDUSTRIAL_BASES_2023,
    MARITIME_2023,
    FRAMEWORK_AIMS_2025,
    COMPACT_AIMS_2025,
    PRIORITIES_2025,
)

#: Lists of aims and principles inside a speaker's words, as ``(doc, list, statement id)``: the statement's text holds the list.
IN_STATEMENTS = (
    (
        "000",
        "to extend the operational reach of our militaries and to coordinate more closely together",
        "statement/000-us-secretary-of-defence-operational-reach",
    ),
    ("001", "security and prosperity in the Indo-Pacific region", "statement/001-supple-momentum"),
    ("002", "a free and open, prosperous, secure and resilient Indo-Pacific", "statement/002-blinken-indo-pacific"),
    (
        "002",
        "international peace, security and specifically working to promote rules-based order, uphold principles of sovereignty, territorial integrity and independence",
        "statement/002-blinken-rules-based-order",
    ),
    (
        "002",
        "exchanged views, found common goals and “delivered for our people”",
        "statement/002-austin-delivered-for-our-people",
    ),
    ("002", "strategic convergence and enhanced defence cooperation", "statement/002-singh-strategic-convergence"),
    ("003", "enhanced defence, security and intelligence cooperation", "statement/003-singh-convergence"),
    ("003", "a free, open, prosperous, secure and resilient Indo-Pacific", "statement/003-blinken-quad"),
    ("003", "to find common goals and deliver for their people", "statement/003-unattributed-common-goals"),
    ("003", "illegal fishing, piracy and drug trafficking", "statement/003-blinken-maritime-domain-awareness"),
    (
        "003",
        "to promote a rules-based order and to uphold sovereignty, territorial integrity and independence",
        "statement/003-blinken-international-security",
    ),
)

#: Lists of subjects a meeting discussed, as ``(doc, list, meeting id)``: a topic of the meeting holds the list.
IN_TOPICS = (
    (
        "001",
        "regional security developments and strategic priorities across the Indo-Pacific region",
        ids.INTERSESSIONAL_7,
    ),
    ("003", "the Ukraine war and the Israel-Hamas conflict", ids.MINISTERIAL_2023),
    ("003", "developments in West Asia and Ukraine", ids.MINISTERIAL_2023),
    ("004", "a free, open, and prosperous Indo-Pacific", ids.INTERSESSIONAL_2025),
)

#: Lists of officials, as ``(doc, list, meeting id, official ids)``: each is a participant of the meeting.
IN_PARTICIPANTS = (
    (
        "001",
        "Assistant Secretary of Defence for Indo-Pacific Security Affairs Ely Ratner alongside Assistant Secretary of State for South and Central Asian Affairs Donald Lu, Additional Secretary Vani Rao of the Indian Ministry of External Affairs, and Joint Secretary Vishwesh Negi of the Indian Ministry of Defence",
        ids.INTERSESSIONAL_7,
        (ids.ELY_RATNER, ids.DONALD_LU, ids.VANI_RAO, ids.VISHWESH_NEGI),
    ),
    (
        "002",
        "US Secretary of State Antony Blinken and US Defence Secretary Lloyd Austin from the US side, and External Affairs Minister S Jaishankar and Defence Minister Rajnath Singh",
        ids.MINISTERIAL_2023,
        (ids.ANTONY_BLINKEN, ids.LLOYD_AUSTIN, ids.S_JAISHANKAR, ids.RAJNATH_SINGH),
    ),
    (
        "003",
        "defence minister Rajnath Singh and external affairs minister S Jaishankar and their American counterparts Lloyd Austin and Antony Blinken",
        ids.MINISTERIAL_2023,
        (ids.RAJNATH_SINGH, ids.S_JAISHANKAR, ids.LLOYD_AUSTIN, ids.ANTONY_BLINKEN),
    ),
    (
        "004",
        "Additional Secretary (Americas) Nagaraj Naidu Kakanur and Joint Secretary (International Cooperation) Vishwesh Negi from the Indian side, alongside Bethany P. Morrison, Senior Bureau Official for South and Central Asian Affairs, and Jedidiah P. Royal",
        ids.INTERSESSIONAL_2025,
        (ids.NAGARAJ_NAIDU_KAKANUR, ids.VISHWESH_NEGI, ids.BETHANY_P_MORRISON, ids.JEDIDIAH_P_ROYAL),
    ),
)

#: Lists of organisations, as ``(doc, list, meeting or initiative id, organisation ids)``: each is a party of it.
IN_PARTIES = (
    (
        "000",
        "the Ministry of External Affairs, Ministry of Defence and the US Departments of State and Defence",
        ids.INTERSESSIONAL_6,
        (ids.MINISTRY_OF_EXTERNAL_AFFAIRS, ids.MINISTRY_OF_DEFENCE, ids.STATE_DEPARTMENT, ids.DEPARTMENT_OF_DEFENCE),
    ),
    (
        "000",
        "MEA & MoD and US Departments of State & Defence",
        ids.INTERSESSIONAL_6,
        (ids.MINISTRY_OF_EXTERNAL_AFFAIRS, ids.MINISTRY_OF_DEFENCE, ids.STATE_DEPARTMENT, ids.DEPARTMENT_OF_DEFENCE),
    ),
    (
        "001",
        "Top US Defence and State Department officials",
        ids.INTERSESSIONAL_7,
        (ids.DEPARTMENT_OF_DEFENCE, ids.STATE_DEPARTMENT),
    ),
    (
        "003",
        "General Electric has reached an agreement with India’s state-run Hindustan Aeronautics Limited",
        "initiative/ge414-engine-manufacture-in-india",
        (ids.GENERAL_ELECTRIC, ids.HINDUSTAN_AERONAUTICS_LIMITED),
    ),
    (
        "004",
        "Over 400 Indian Army personnel, led by the Madras Regiment",
        "initiative/yudh-abhyas-2025",
        (ids.INDIAN_ARMY, ids.MADRAS_REGIMENT),
    ),
)

#: Lists not recorded item by item, as ``(doc, list, why)``.
NOT_RECORDED = (
    (
        "000",
        "at the strategic elite as well as at the people-to-people level",
        "Levels at which the relationship is driven, not areas of cooperation, initiatives or aims.",
    ),
    (
        "003",
        "Two-way trade is worth more than $200 billion, foreign direct investment in both directions is rising, and there are 270,000 Indian students in the United States, which also has an Indian diaspora of 4.4 million",
        "Figures about the relationship, not areas of cooperation, initiatives or aims; the model has no record for them.",
    ),
    (
        "003",
        "the Quad with Japan and Australia",
        "The Quad's other members are states, not organisations: named in the Quad's notes.",
    ),
    (
        "004",
        "deepening strategic and defence ties",
        "The relationship as a whole in general words, as in the closing 'defence and strategic engagement', not a particular area of cooperation.",
    ),
    (
        "004",
        "expanding defence and strategic engagement",
        "The relationship as a whole in general words, not a particular area of cooperation.",
    ),
)
