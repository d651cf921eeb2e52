"""Every named initiative, with each mention and the status reported there.

What counts (see docs/curation.md): a named agreement, framework, roadmap,
programme, procurement, co-production, exercise, grouping or mechanism, and an
area of cooperation that a source presents as a joint undertaking of the two
governments. Unnamed things ("new co-production initiatives") are not records.
"""

from indo_us_dialogue import Initiative, InitiativeKind, InitiativeMention, InitiativeStatus

from . import _ids as ids
from ._spans import ev

S = InitiativeStatus

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
                evidence=(ev("001", "ambitious initiatives across the Major Defense Partnership"),),
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
        id="initiative/security-of-supply-arrangement",
        name="Security of Supply Arrangement",
        kind=InitiativeKind.AGREEMENT,
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_7,
                status=S.UNDER_NEGOTIATION,
                evidence=(
                    ev("001", "committed to expeditiously conclude negotiations on Security of Supply Arrangement"),
                ),
            ),
        ),
    ),
    Initiative(
        id="initiative/reciprocal-defence-procurement-agreement",
        name="Reciprocal Defence Procurement agreement",
        kind=InitiativeKind.AGREEMENT,
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_7,
                status=S.UNDER_NEGOTIATION,
                evidence=(
                    ev(
                        "001",
                        "conclude negotiations on Security of Supply Arrangement and Reciprocal Defence Procurement "
                        "agreements",
                    ),
                ),
            ),
        ),
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
                evidence=(
                    ev("002", "strengthening the US-India partnership through the Quad"),
                    ev("003", "strengthening their partnership through the Quad with Japan and Australia"),
                ),
            ),
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_2025,
                evidence=(ev("004", "reiterated their commitment to advancing cooperation through the Quad"),),
            ),
        ),
        notes="Source/003 names Japan and Australia as the other members.",
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
        notes="A joint army exercise in Alaska, September 1 to 14 (2025); over 400 Indian Army personnel, led by "
        "the Madras Regiment, to take part.",
    ),
    Initiative(
        id="initiative/information-sharing",
        name="Information-sharing",
        kind=InitiativeKind.COOPERATION_AREA,
        aliases=("real-time information-sharing",),
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_6,
                status=S.IN_PROGRESS,
                evidence=(ev("000", "including in support of information-sharing"),),
            ),
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_7,
                status=S.IN_PROGRESS,
                evidence=(ev("001", "major bilateral initiatives on information-sharing"),),
            ),
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_2025,
                status=S.PLANNED,
                evidence=(ev("004", "operational interoperability, and real-time information-sharing"),),
            ),
        ),
    ),
    Initiative(
        id="initiative/logistics-cooperation",
        name="Logistics cooperation",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_6,
                status=S.IN_PROGRESS,
                evidence=(ev("000", "information-sharing, logistics, technology"),),
            ),
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_7,
                status=S.DISCUSSED,
                evidence=(ev("001", "strengthen interoperability and logistics cooperation"),),
            ),
        ),
    ),
    Initiative(
        id="initiative/space-cooperation",
        name="Space cooperation",
        kind=InitiativeKind.COOPERATION_AREA,
        aliases=("civil outer space collaboration",),
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_7,
                status=S.DISCUSSED,
                evidence=(ev("001", "expanded cooperation in the space and cyber domains"),),
            ),
            InitiativeMention(
                meeting=ids.MINISTERIAL_2023,
                status=S.PROPOSED,
                evidence=(
                    ev(
                        "002",
                        "exploring cooperation in new domains such as critical technologies, collaboration in civil outer space",
                    ),
                    ev(
                        "003", "We are exploring domains such as critical technologies, civil outer space collaboration"
                    ),
                ),
            ),
        ),
    ),
    Initiative(
        id="initiative/critical-minerals-cooperation",
        name="Critical minerals cooperation",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(
            InitiativeMention(
                meeting=ids.MINISTERIAL_2023,
                status=S.PROPOSED,
                evidence=(
                    ev("002", "cooperation in key areas such as critical minerals"),
                    ev("003", "enhanced cooperation in critical minerals"),
                ),
            ),
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_2025,
                status=S.DISCUSSED,
                evidence=(ev("004", "critical minerals development"),),
            ),
        ),
    ),
    Initiative(
        id="initiative/maritime-domain-awareness",
        name="Maritime domain awareness",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(
            InitiativeMention(
                meeting=ids.MINISTERIAL_2023,
                status=S.IN_PROGRESS,
                evidence=(
                    ev(
                        "003",
                        "the two sides are enhancing maritime domain awareness and sharing commercial satellite data "
                        "with countries in the region",
                    ),
                ),
            ),
        ),
    ),
    Initiative(
        id="initiative/civil-nuclear-energy-cooperation",
        name="Civil-nuclear energy cooperation",
        kind=InitiativeKind.COOPERATION_AREA,
        mentions=(
            InitiativeMention(
                meeting=ids.INTERSESSIONAL_2025,
                status=S.DISCUSSED,
                evidence=(ev("004", "civil-nuclear energy cooperation"),),
            ),
        ),
    ),
)
