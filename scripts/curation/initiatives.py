"""Every named initiative, with each mention and the status reported there.

What counts (see docs/curation.md): a named agreement, framework, roadmap,
programme, procurement, co-production, exercise, grouping or mechanism, and an
area of cooperation that a source presents as a joint undertaking of the two
governments. Unnamed things ("new co-production initiatives") are not records.
Every item of a list the reports give in one sentence is an initiative; its
mention is written by the list's declaration in _enumerations.py.
"""

from indo_us_dialogue import (
    DateClaim,
    FactKind,
    Initiative,
    InitiativeFact,
    InitiativeKind,
    InitiativeMention,
    InitiativeStatus,
    Party,
)

from . import _enumerations as lists
from . import _ids as ids
from ._spans import ev, inferred

S = InitiativeStatus


def _yudh_abhyas_day(day: str) -> DateClaim:
    """A day of Yudh Abhyas 2025: month and day are printed, the year is the exercise's name."""
    return inferred(
        day,
        "The report prints 'from September 1 to 14' without a year; the exercise is 'Yudh Abhyas 2025'.",
        ev("004", "from September 1 to 14"),
        ev("004", "Yudh Abhyas 2025—in Alaska"),
    )


INITIATIVES = (
    Initiative(
        id="initiative/major-defence-partnership",
        name="Major Defence Partnership",
        kind=InitiativeKind.PARTNERSHIP,
        aliases=("Major Defense Partnership", "India–U.S. Major Defence Partnership"),
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_7,
                status=S.IN_PROGRESS,
                evidence=(
                    ev(
                        "001",
                        "we reviewed the progress we've made on ambitious initiatives across the Major Defense Partnership",
                    ),
                ),
            ),
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_2025,
                status=S.IN_PROGRESS,
                evidence=(
                    ev("004", "India, US Advance Major Defence Partnership at 2+2 Intersessional Dialogue"),
                    ev("004", "Framework for the India–U.S. Major Defence Partnership"),
                ),
            ),
        ),
    ),
    Initiative(
        id="initiative/framework-for-the-india-us-major-defence-partnership",
        name="Framework for the India–U.S. Major Defence Partnership",
        kind=InitiativeKind.FRAMEWORK,
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_2025,
                status=S.PLANNED,
                evidence=(
                    ev(
                        "004",
                        "the planned signing of a new ten-year Framework for the India–U.S. Major Defence Partnership",
                    ),
                ),
            ),
        ),
        facts=(
            InitiativeFact(
                kind=FactKind.TERM,
                value="ten-year",
                number=10,
                evidence=(ev("004", "a new ten-year Framework for the India–U.S. Major Defence Partnership"),),
            ),
        ),
        notes="A ten-year framework whose signing was planned when source/004 was written. It aims to expand "
        "collaboration in defence industrial production, science and technology, regional security coordination, "
        "operational interoperability and real-time information-sharing.",
    ),
    Initiative(
        id="initiative/roadmap-for-us-india-defence-industrial-cooperation",
        name="Roadmap for US-India Defence Industrial Cooperation",
        kind=InitiativeKind.ROADMAP,
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_7,
                status=S.IN_PROGRESS,
                evidence=(
                    ev(
                        "001",
                        "reviewed the progress the two countries have made on implementing the Roadmap for US-India "
                        "Defence Industrial Cooperation",
                    ),
                ),
            ),
        ),
    ),
    Initiative(
        id=lists.SECURITY_OF_SUPPLY,
        name="Security of Supply Arrangement",
        kind=InitiativeKind.AGREEMENT,
        mentions=(lists.NEGOTIATIONS_2023.mention(lists.SECURITY_OF_SUPPLY),),
    ),
    Initiative(
        id=lists.RECIPROCAL_PROCUREMENT,
        name="Reciprocal Defence Procurement agreement",
        kind=InitiativeKind.AGREEMENT,
        mentions=(lists.NEGOTIATIONS_2023.mention(lists.RECIPROCAL_PROCUREMENT),),
    ),
    Initiative(
        id="initiative/compact",
        name="India-U.S. COMPACT initiative",
        kind=InitiativeKind.MECHANISM,
        acronym="COMPACT",
        expansion="Catalyzing Opportunities for Military Partnership, Accelerated Commerce & Technology",
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_2025,
                status=S.ESTABLISHED,
                evidence=(
                    ev(
                        "004",
                        "India-U.S. COMPACT initiative :Catalyzing Opportunities for Military Partnership, Accelerated "
                        "Commerce & Technology, a platform established to guide 21st-century strategic cooperation",
                    ),
                    ev("004", "Participants agreed to use this mechanism"),
                ),
            ),
        ),
    ),
    Initiative(
        id="initiative/icet",
        name="initiative on Critical and Emerging Technology",
        kind=InitiativeKind.PROGRAMME,
        acronym="iCET",
        expansion="initiative on Critical and Emerging Technology",
        mentions=(
            InitiativeMention(
                meeting=ids.MINISTERIAL_2023,
                status=S.IN_PROGRESS,
                evidence=(
                    ev(
                        "003",
                        "The two sides have also made rapid progress under their initiative on Critical and Emerging "
                        "Technology (iCET)",
                    ),
                ),
            ),
        ),
    ),
    Initiative(
        id="initiative/quad",
        name="Quad",
        kind=InitiativeKind.GROUPING,
        mentions=(
            InitiativeMention(
                meeting=ids.MINISTERIAL_2023,
                status=S.IN_PROGRESS,
                evidence=(
                    ev(
                        "002",
                        "the two sides were promoting a free and open, prosperous, secure and resilient Indo-Pacific, "
                        "including by strengthening the US-India partnership through the Quad",
                    ),
                    ev(
                        "003",
                        "promoting a free, open, prosperous, secure and resilient Indo-Pacific, including by "
                        "strengthening their partnership through the Quad with Japan and Australia",
                    ),
                ),
            ),
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_2025,
                status=S.IN_PROGRESS,
                evidence=(ev("004", "reiterated their commitment to advancing cooperation through the Quad"),),
            ),
        ),
        notes="Source/003 names Japan and Australia as the other members. Status in progress: the sources report "
        "the partnership being strengthened ('were promoting ... including by strengthening', 'advancing "
        "cooperation') through the Quad.",
    ),
    Initiative(
        id="initiative/ge414-engine-manufacture-in-india",
        name="GE414 engine manufacture in India",
        kind=InitiativeKind.CO_PRODUCTION,
        mentions=(
            InitiativeMention(
                meeting=ids.MINISTERIAL_2023,
                status=S.AGREED,
                evidence=(
                    ev(
                        "003",
                        "General Electric has reached an agreement with India’s state-run Hindustan Aeronautics Limited "
                        "to manufacture the GE414 engine in India",
                    ),
                ),
            ),
        ),
        parties=tuple(
            Party(
                organisation=organisation,
                role="party to the agreement to manufacture the engine in India",
                evidence=(
                    ev(
                        "003",
                        "General Electric has reached an agreement with India’s state-run Hindustan Aeronautics "
                        "Limited to manufacture the GE414 engine in India",
                    ),
                ),
            )
            for organisation in (ids.GENERAL_ELECTRIC, ids.HINDUSTAN_AERONAUTICS_LIMITED)
        ),
        facts=(
            InitiativeFact(
                kind=FactKind.PLACE,
                value="India",
                country="IN",
                evidence=(ev("003", "to manufacture the GE414 engine in India"),),
            ),
        ),
        notes="An agreement between General Electric and Hindustan Aeronautics Limited, reported alongside the "
        "ministerial; the source does not say it was concluded there.",
    ),
    Initiative(
        id="initiative/mq-9b-reaper-drone-acquisition",
        name="Acquisition of 31 MQ-9B Reaper drones",
        kind=InitiativeKind.PROCUREMENT,
        mentions=(
            InitiativeMention(
                meeting=ids.MINISTERIAL_2023,
                status=S.PLANNED,
                evidence=(ev("003", "The Indian side also plans to acquire 31 MQ-9B Reaper drones from the US"),),
            ),
        ),
        facts=(
            InitiativeFact(
                kind=FactKind.QUANTITY,
                value="31 MQ-9B Reaper drones",
                number=31,
                evidence=(ev("003", "plans to acquire 31 MQ-9B Reaper drones from the US"),),
            ),
        ),
    ),
    Initiative(
        id="initiative/yudh-abhyas-2025",
        name="Yudh Abhyas 2025",
        kind=InitiativeKind.EXERCISE,
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_2025,
                status=S.PLANNED,
                evidence=(
                    ev(
                        "004",
                        "the two militaries are set to conduct their largest-ever joint army exercise—Yudh Abhyas "
                        "2025—in Alaska from September 1 to 14",
                    ),
                ),
            ),
        ),
        parties=(
            Party(
                organisation=ids.INDIAN_ARMY,
                role="over 400 personnel to take part",
                evidence=(ev("004", "Over 400 Indian Army personnel, led by the Madras Regiment, will participate"),),
            ),
            Party(
                organisation=ids.MADRAS_REGIMENT,
                role="leads the Indian Army personnel",
                evidence=(ev("004", "Over 400 Indian Army personnel, led by the Madras Regiment, will participate"),),
            ),
        ),
        facts=(
            InitiativeFact(
                kind=FactKind.PLACE,
                value="Alaska",
                evidence=(ev("004", "Yudh Abhyas 2025—in Alaska"),),
            ),
            InitiativeFact(
                kind=FactKind.START_DATE,
                value="September 1",
                date=_yudh_abhyas_day("2025-09-01"),
                evidence=(ev("004", "from September 1 to 14"),),
            ),
            InitiativeFact(
                kind=FactKind.END_DATE,
                value="14",
                date=_yudh_abhyas_day("2025-09-14"),
                evidence=(ev("004", "from September 1 to 14"),),
            ),
            InitiativeFact(
                kind=FactKind.QUANTITY,
                value="Over 400 Indian Army personnel",
                number=400,
                evidence=(ev("004", "Over 400 Indian Army personnel, led by the Madras Regiment, will participate"),),
            ),
        ),
        notes="A joint army exercise in Alaska, September 1 to 14 (2025); over 400 Indian Army personnel, led by "
        "the Madras Regiment, to take part.",
    ),
    Initiative(
        id=lists.INFORMATION_SHARING,
        name="Information-sharing",
        kind=InitiativeKind.COOPERATION_AREA,
        aliases=("real-time information-sharing",),
        mentions=(
            lists.DEFENCE_PARTNERSHIP_2022.mention(lists.INFORMATION_SHARING),
            lists.OPERATIONALIZING_2023.mention(lists.INFORMATION_SHARING),
            lists.FRAMEWORK_AIMS_2025.mention(lists.INFORMATION_SHARING),
        ),
    ),
    Initiative(
        id=lists.LOGISTICS,
        name="Logistics cooperation",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(
            lists.DEFENCE_PARTNERSHIP_2022.mention(lists.LOGISTICS),
            lists.INTEROPERABILITY_2023.mention(lists.LOGISTICS),
        ),
        notes="Source/000 lists 'logistics' among the defence partnership's initiatives; source/001 says "
        "'logistics cooperation'. Taken to be one area.",
    ),
    Initiative(
        id=lists.CIVIL_SPACE,
        name="Civil outer space collaboration",
        kind=InitiativeKind.COOPERATION_AREA,
        aliases=("collaboration in civil outer space",),
        mentions=(
            lists.NEW_DOMAINS_002.mention(lists.CIVIL_SPACE),
            lists.EXPLORING_003.mention(lists.CIVIL_SPACE),
        ),
        notes="Civil, and so kept apart from the defence cooperation in the space and cyber domains of source/001.",
    ),
    Initiative(
        id=lists.CRITICAL_MINERALS,
        name="Critical minerals cooperation",
        kind=InitiativeKind.COOPERATION_AREA,
        aliases=("critical minerals development",),
        mentions=(
            lists.DEEPEN_2023.mention(lists.CRITICAL_MINERALS),
            lists.NEW_DOMAINS_002.mention(lists.CRITICAL_MINERALS),
            lists.RAMP_UP_2023.mention(lists.CRITICAL_MINERALS),
            lists.EXPLORING_003.mention(lists.CRITICAL_MINERALS),
            lists.PRIORITIES_2025.mention(lists.CRITICAL_MINERALS),
        ),
    ),
    Initiative(
        id=lists.MARITIME_DOMAIN_AWARENESS,
        name="Maritime domain awareness",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.MARITIME_2023.mention(lists.MARITIME_DOMAIN_AWARENESS),),
        notes="With the sharing of commercial satellite data, meant 'to boost their capacity to combat illegal "
        "fishing, piracy and drug trafficking' (source/003).",
    ),
    Initiative(
        id=lists.CIVIL_NUCLEAR,
        name="Civil-nuclear energy cooperation",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.PRIORITIES_2025.mention(lists.CIVIL_NUCLEAR),),
    ),
    Initiative(
        id=lists.TECHNOLOGY,
        name="Technology cooperation",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(
            lists.DEFENCE_PARTNERSHIP_2022.mention(lists.TECHNOLOGY),
            lists.OVERVIEW_2023.mention(lists.TECHNOLOGY),
            lists.INDUSTRIAL_BASES_2023.mention(lists.TECHNOLOGY),
        ),
        notes="'Technology' among the defence partnership's initiatives (source/000), 'technology ... collaborations' "
        "(source/003, Jaishankar) and 'sharing cutting-edge technology' (source/003, Austin) are taken to be one "
        "area: the words differ only in the kind of working together. Kept apart from 'high technology', 'critical "
        "technologies', 'emerging technologies', 'critical and emerging technologies', 'science and technology' "
        "and iCET, which the sources name differently",
    ),
    Initiative(
        id=lists.HIGH_END_NAVY,
        name="High-end navy cooperation",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.DEFENCE_PARTNERSHIP_2022.mention(lists.HIGH_END_NAVY),),
    ),
    Initiative(
        id=lists.COVID_19,
        name="Response to Covid-19",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.PARTNERSHIP_ISSUES_2022.mention(lists.COVID_19),),
    ),
    Initiative(
        id=lists.ECONOMIC_RECOVERY,
        name="Economic recovery post-pandemic",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.PARTNERSHIP_ISSUES_2022.mention(lists.ECONOMIC_RECOVERY),),
    ),
    Initiative(
        id=lists.CLIMATE,
        name="Climate crisis and sustainable development",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.PARTNERSHIP_ISSUES_2022.mention(lists.CLIMATE),),
        notes="One item of source/000's comma-separated list, as printed.",
    ),
    Initiative(
        id=lists.CRITICAL_AND_EMERGING,
        name="Critical and emerging technologies",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.PARTNERSHIP_ISSUES_2022.mention(lists.CRITICAL_AND_EMERGING),),
        notes="An issue of the partnership in source/000; not identified with iCET (source/003), which source/000 "
        "does not name",
    ),
    Initiative(
        id=lists.SUPPLY_CHAIN_RESILIENCE,
        name="Supply chain resilience",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(
            lists.PARTNERSHIP_ISSUES_2022.mention(lists.SUPPLY_CHAIN_RESILIENCE),
            lists.BREADTH_2023.mention(lists.SUPPLY_CHAIN_RESILIENCE),
        ),
    ),
    Initiative(
        id=lists.EDUCATION,
        name="Education",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.PARTNERSHIP_ISSUES_2022.mention(lists.EDUCATION),),
    ),
    Initiative(
        id=lists.DIASPORA,
        name="Diaspora",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.PARTNERSHIP_ISSUES_2022.mention(lists.DIASPORA),),
    ),
    Initiative(
        id=lists.DEFENCE_AND_SECURITY,
        name="Defence and security",
        kind=InitiativeKind.COOPERATION_AREA,
        aliases=("defence and security ties",),
        mentions=(
            lists.PARTNERSHIP_ISSUES_2022.mention(lists.DEFENCE_AND_SECURITY),
            lists.BREADTH_2023.mention(lists.DEFENCE_AND_SECURITY),
            lists.OVERVIEW_2023.mention(lists.DEFENCE_AND_SECURITY),
        ),
    ),
    Initiative(
        id=lists.DEFENCE_INDUSTRIAL,
        name="Defence industrial cooperation",
        kind=InitiativeKind.COOPERATION_AREA,
        aliases=(
            "defence industrial collaboration",
            "defence industrial production",
        ),
        mentions=(
            lists.OPERATIONALIZING_2023.mention(lists.DEFENCE_INDUSTRIAL),
            lists.DEEPEN_2023.mention(lists.DEFENCE_INDUSTRIAL),
            lists.FRAMEWORK_AIMS_2025.mention(lists.DEFENCE_INDUSTRIAL),
        ),
        notes="'Defence industrial cooperation' (source/001), 'defence industrial collaboration' (source/002) and "
        "collaboration in 'defence industrial production' (source/004) are taken to be one area, apart from the "
        "named document of source/001 on the subject, which is its own initiative",
    ),
    Initiative(
        id=lists.JOINT_SERVICE,
        name="Joint service engagements",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.OPERATIONALIZING_2023.mention(lists.JOINT_SERVICE),),
    ),
    Initiative(
        id=lists.EMERGING,
        name="Emerging technologies",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.BREADTH_2023.mention(lists.EMERGING),),
    ),
    Initiative(
        id=lists.PEOPLE_TO_PEOPLE_TIES,
        name="People-to-people ties",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.BREADTH_2023.mention(lists.PEOPLE_TO_PEOPLE_TIES),),
        notes="Kept apart from 'people-to-people exchanges' (source/003): ties and exchanges are not the same thing",
    ),
    Initiative(
        id=lists.CLEAN_ENERGY,
        name="Clean energy",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.BREADTH_2023.mention(lists.CLEAN_ENERGY),),
    ),
    Initiative(
        id=lists.INTEROPERABILITY,
        name="Interoperability",
        kind=InitiativeKind.COOPERATION_AREA,
        aliases=("operational interoperability",),
        mentions=(
            lists.INTEROPERABILITY_2023.mention(lists.INTEROPERABILITY),
            lists.INDUSTRIAL_BASES_2023.mention(lists.INTEROPERABILITY),
            lists.FRAMEWORK_AIMS_2025.mention(lists.INTEROPERABILITY),
        ),
    ),
    Initiative(
        id=lists.MARITIME_ENGAGEMENTS,
        name="Combined maritime engagements in the Indian Ocean region",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.INTEROPERABILITY_2023.mention(lists.MARITIME_ENGAGEMENTS),),
    ),
    Initiative(
        id=lists.SPACE_AND_CYBER,
        name="Cooperation in the space and cyber domains",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.INTEROPERABILITY_2023.mention(lists.SPACE_AND_CYBER),),
        notes="Defence cooperation (source/001's 'defence side'), kept apart from civil outer space collaboration",
    ),
    Initiative(
        id=lists.INDO_PACIFIC_ENGAGEMENT,
        name="Engagement in the Indo-Pacific",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.DEEPEN_2023.mention(lists.INDO_PACIFIC_ENGAGEMENT),),
    ),
    Initiative(
        id=lists.HIGH_TECHNOLOGY,
        name="High technology",
        kind=InitiativeKind.COOPERATION_AREA,
        aliases=("high-technology",),
        mentions=(
            lists.DEEPEN_2023.mention(lists.HIGH_TECHNOLOGY),
            lists.RAMP_UP_2023.mention(lists.HIGH_TECHNOLOGY),
        ),
    ),
    Initiative(
        id=lists.CRITICAL_TECHNOLOGIES,
        name="Critical technologies",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(
            lists.NEW_DOMAINS_002.mention(lists.CRITICAL_TECHNOLOGIES),
            lists.EXPLORING_003.mention(lists.CRITICAL_TECHNOLOGIES),
        ),
    ),
    Initiative(
        id=lists.INDO_PACIFIC_SECURITY,
        name="Security in the Indo-Pacific region",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.RAMP_UP_2023.mention(lists.INDO_PACIFIC_SECURITY),),
    ),
    Initiative(
        id=lists.STRATEGIC_TIES,
        name="Strategic ties",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.OVERVIEW_2023.mention(lists.STRATEGIC_TIES),),
    ),
    Initiative(
        id=lists.SUPPLY_CHAIN_COLLABORATION,
        name="Supply chain collaboration",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.OVERVIEW_2023.mention(lists.SUPPLY_CHAIN_COLLABORATION),),
        notes="Kept apart from supply chain resilience (source/000, source/001), which the sources name differently",
    ),
    Initiative(
        id=lists.PEOPLE_TO_PEOPLE_EXCHANGES,
        name="People-to-people exchanges",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.OVERVIEW_2023.mention(lists.PEOPLE_TO_PEOPLE_EXCHANGES),),
    ),
    Initiative(
        id=lists.INDUSTRIAL_BASES,
        name="Integration of industrial bases",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.INDUSTRIAL_BASES_2023.mention(lists.INDUSTRIAL_BASES),),
    ),
    Initiative(
        id=lists.SATELLITE_DATA,
        name="Sharing commercial satellite data",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.MARITIME_2023.mention(lists.SATELLITE_DATA),),
        notes="With countries in the region, alongside maritime domain awareness.",
    ),
    Initiative(
        id=lists.SCIENCE_AND_TECHNOLOGY,
        name="Science and technology",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.FRAMEWORK_AIMS_2025.mention(lists.SCIENCE_AND_TECHNOLOGY),),
    ),
    Initiative(
        id=lists.REGIONAL_SECURITY_COORDINATION,
        name="Regional security coordination",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.FRAMEWORK_AIMS_2025.mention(lists.REGIONAL_SECURITY_COORDINATION),),
    ),
    Initiative(
        id=lists.INNOVATION,
        name="Innovation",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.COMPACT_AIMS_2025.mention(lists.INNOVATION),),
    ),
    Initiative(
        id=lists.JOINT_DEVELOPMENT,
        name="Joint development",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.COMPACT_AIMS_2025.mention(lists.JOINT_DEVELOPMENT),),
    ),
    Initiative(
        id=lists.CO_PRODUCTION,
        name="Co-production",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.COMPACT_AIMS_2025.mention(lists.CO_PRODUCTION),),
        notes="Co-production across key defence and technology sectors, to be driven through COMPACT (source/004). "
        "Source/001's 'new co-production initiatives' are unnamed and not recorded",
    ),
    Initiative(
        id=lists.REGIONAL_STABILITY,
        name="Regional stability",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.PRIORITIES_2025.mention(lists.REGIONAL_STABILITY),),
    ),
    Initiative(
        id=lists.COUNTER_NARCOTICS,
        name="Counter narcotics trafficking",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.PRIORITIES_2025.mention(lists.COUNTER_NARCOTICS),),
    ),
    Initiative(
        id=lists.COUNTER_TERRORISM,
        name="Countering terrorism",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(lists.PRIORITIES_2025.mention(lists.COUNTER_TERRORISM),),
    ),
)
