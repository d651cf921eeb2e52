"""Every direct quotation, and the substantive reported statements of named officials.

Quotation text is the words between the quotation marks, exactly; a comma that
closes the quotation only because the reporter's sentence continues ("...,"
said X) is left out. The first evidence span is the text itself; the rest show
the attribution.
"""

from indo_us_dialogue import Channel, Evidence, SameRemark, Speaker, SpeechMode, Statement

from . import _ids as ids
from ._spans import ev, inferred

Q = SpeechMode.DIRECT_QUOTATION
P = SpeechMode.PARTIAL_QUOTATION
R = SpeechMode.REPORTED_SPEECH


def _said(
    sid: str,
    doc: str,
    text: str,
    speaker: Speaker,
    mode: SpeechMode,
    *attribution: Evidence,
    nth: int | None = None,
    **fields: object,
) -> Statement:
    return Statement(
        id=f"statement/{doc}-{sid}",
        speaker=speaker,
        mode=mode,
        text=text,
        evidence=(ev(doc, text, nth=nth), *attribution),
        **fields,  # type: ignore[arg-type]
    )


def _same(statement: str, reasoning: str) -> SameRemark:
    """This statement (in source/002) is the remark source/003 reports as ``statement``."""
    return SameRemark(statement=f"statement/003-{statement}", reasoning=reasoning)


def _named(official: str, label: str) -> Speaker:
    return Speaker(official=official, label=label)


JAISHANKAR = ids.S_JAISHANKAR
SINGH = ids.RAJNATH_SINGH
BLINKEN = ids.ANTONY_BLINKEN
AUSTIN = ids.LLOYD_AUSTIN

_OPENING_REMARKS_2023 = inferred(
    "2023-11-10",
    "Opening remarks of the ministerial, whose date is inferred in meeting/2023-11-10-ministerial.",
    ev("003", "date 2023-11-10"),
    ev("003", "met on Friday"),
)

STATEMENTS = (
    # --- source/000 ---------------------------------------------------------------
    _said(
        "bagchi-post",
        "000",
        "India-US 2+2 Inter-sessional meeting held today in New Delhi. Led by senior officials from MEA & MoD and US "
        "Departments of State & Defence. Reviewed outcomes of the 2+2 Ministerial Dialogue of April 2022, with the aim "
        "of further strengthening the strategic partnership",
        _named(ids.ARINDAM_BAGCHI, "MEA spokesperson Arindam Bagchi"),
        Q,
        ev("000", "wrote MEA spokesperson Arindam Bagchi"),
        meeting=ids.INTERSESSIONAL_6,
        channel=Channel.WRITTEN,
        date=inferred(
            "2022-09-07",
            "The post says the meeting was 'held today'; the meeting's date is inferred as 2022-09-07.",
            ev("000", "Inter-sessional meeting held today in New Delhi"),
            ev("000", "date 2022-09-07"),
        ),
    ),
    _said(
        "us-secretary-of-defence-operational-reach",
        "000",
        "identified new opportunities to extend the operational reach of our militaries and to coordinate more closely "
        "together across the expanse of the Indo-Pacific.",
        Speaker(label="the US secretary of defence"),
        P,
        ev(
            "000",
            "The defence partnership between India and the US continues to multiply with the US secretary of defence "
            'underlining that the two nations have "identified new opportunities to extend the operational reach of our '
            'militaries and to coordinate more closely together across the expanse of the Indo-Pacific."',
        ),
    ),
    _said(
        "us-dual-use-infrastructure",
        "000",
        "dual-use infrastructure",
        Speaker(label="The US"),
        P,
        ev(
            "000",
            'The US also pointedly mentioned that China was constructing "dual-use infrastructure" along the border '
            'with India and that it would "continue to stand alongside" India to defend its sovereign interest.',
        ),
    ),
    _said(
        "us-stand-alongside",
        "000",
        "continue to stand alongside",
        Speaker(label="The US"),
        P,
        ev(
            "000",
            'The US also pointedly mentioned that China was constructing "dual-use infrastructure" along the border '
            'with India and that it would "continue to stand alongside" India to defend its sovereign interest.',
        ),
    ),
    _said(
        "leaders-divergences",
        "000",
        "the Prime Minister and the US President expressed that the world's two major democracies are willing to work "
        "around their divergences to arrive at mutually acceptable outcomes",
        Speaker(label="the Prime Minister and the US President"),
        R,
        meeting=ids.LEADERS_2022,
    ),
    # --- source/001 ---------------------------------------------------------------
    _said(
        "ratner-post",
        "001",
        "It was terrific to co-chair today's U.S.-India 2+2 Intersessional Dialogue, where we reviewed the progress "
        "we've made on ambitious initiatives across the Major Defense Partnership",
        _named(ids.ELY_RATNER, "Ratner"),
        Q,
        ev("001", "posted Ratner on X"),
        meeting=ids.INTERSESSIONAL_7,
        channel=Channel.POST_ON_X,
        date=inferred(
            "2023-09-26",
            "The post speaks of 'today's' dialogue, whose date is inferred as 2023-09-26.",
            ev("001", "today's U.S.-India 2+2 Intersessional Dialogue"),
            ev("001", "here on September 26"),
            ev("001", "date 2023-09-27"),
        ),
    ),
    _said(
        "supple-momentum",
        "001",
        "The officials underscored the transformative momentum in US-India relations and reaffirmed that a strong "
        "US-India partnership is essential to upholding security and prosperity in the Indo-Pacific region, he added.",
        _named(ids.JOHN_SUPPLE, "Department of Defence spokesperson John Supple"),
        R,
        ev("001", "said Department of Defence spokesperson John Supple"),
        meeting=ids.INTERSESSIONAL_7,
    ),
    _said(
        "ratner-commitment",
        "001",
        "Assistant Secretary Ratner reaffirmed the Department's commitment to working with India to advance our shared "
        "vision for a free and open Indo-Pacific.",
        _named(ids.ELY_RATNER, "Assistant Secretary Ratner"),
        R,
        meeting=ids.INTERSESSIONAL_7,
    ),
    _said(
        "defence-department-statement",
        "001",
        "On the defence side, Assistant Secretary Ratner and his counterparts reviewed the progress the two countries "
        "have made on implementing the Roadmap for US-India Defence Industrial Cooperation; they welcomed progress on "
        "new co-production initiatives and committed to expeditiously conclude negotiations on Security of Supply "
        "Arrangement and Reciprocal Defence Procurement agreements, the statement said.",
        Speaker(label="the US Defence Department's statement", organisation=ids.DEPARTMENT_OF_DEFENCE),
        R,
        ev("001", "The US Defence Department said"),
        meeting=ids.INTERSESSIONAL_7,
        channel=Channel.PRESS_STATEMENT,
    ),
    # --- source/002 ---------------------------------------------------------------
    _said(
        "jaishankar-vision",
        "002",
        "Jaishankar said in his televised opening remarks that the dialogue was an opportunity to advance the vision of "
        "Prime Minister Narendra Modi and US President Joe Biden to build a forward looking partnership and construct a "
        "shared global agenda.",
        _named(JAISHANKAR, "Jaishankar"),
        R,
        meeting=ids.MINISTERIAL_2023,
        channel=Channel.OPENING_REMARKS,
        date=_OPENING_REMARKS_2023,
    ),
    _said(
        "jaishankar-new-domains",
        "002",
        "He said that the two sides were exploring cooperation in new domains such as critical technologies, "
        "collaboration in civil outer space and in areas of critical minerals.",
        _named(JAISHANKAR, "Jaishankar"),
        R,
        ev("002", "Jaishankar said in his televised opening remarks", nth=2),
        meeting=ids.MINISTERIAL_2023,
        same_remark=_same(
            "jaishankar-exploring-domains",
            "Both reports have Jaishankar at the ministerial naming the same three domains being explored: critical technologies, civil outer space and critical minerals.",
        ),
    ),
    _said(
        "blinken-indo-pacific",
        "002",
        "Blinken said that the two sides were promoting a free and open, prosperous, secure and resilient Indo-Pacific, "
        "including by strengthening the US-India partnership through the Quad.",
        _named(BLINKEN, "Blinken"),
        R,
        meeting=ids.MINISTERIAL_2023,
        same_remark=_same(
            "blinken-quad",
            "Both reports have Blinken at the ministerial on promoting a free, open, prosperous, secure and resilient Indo-Pacific, including through the Quad.",
        ),
    ),
    _said(
        "blinken-rules-based-order",
        "002",
        "He said that the focus was to bolster the partnership in international peace, security and specifically "
        "working to promote rules-based order, uphold principles of sovereignty, territorial integrity and "
        "independence.",
        _named(BLINKEN, "Blinken"),
        R,
        ev("002", "Blinken said"),
        meeting=ids.MINISTERIAL_2023,
        same_remark=_same(
            "blinken-international-security",
            "Both reports have Blinken at the ministerial on bolstering the partnership for international peace and security, a rules-based order, sovereignty, territorial integrity and independence.",
        ),
    ),
    _said(
        "singh-strategic-convergence",
        "002",
        "Singh said that the India-US bilateral relationship had seen a growing interest in strategic convergence and "
        "enhanced defence cooperation.",
        _named(SINGH, "Singh"),
        R,
        meeting=ids.MINISTERIAL_2023,
        same_remark=_same(
            "singh-convergence",
            "Source/003 quotes the words source/002 reports: a growing convergence of strategic interests and enhanced defence cooperation.",
        ),
    ),
    _said(
        "singh-pillar",
        "002",
        "He said that defence cooperation remained one of the most important pillars of the bilateral relationship.",
        _named(SINGH, "Singh"),
        R,
        ev("002", "Singh said"),
        meeting=ids.MINISTERIAL_2023,
        same_remark=_same(
            "singh-convergence",
            "Source/003 quotes the words source/002 reports: defence one of the most important pillars of the relationship.",
        ),
    ),
    _said(
        "singh-capability-building",
        "002",
        "He said that the two sides looked forward to closely working with each other across domains of capability "
        "building.",
        _named(SINGH, "Singh"),
        R,
        ev("002", "Singh said"),
        meeting=ids.MINISTERIAL_2023,
        same_remark=_same(
            "singh-capability-building",
            "Source/003 quotes the words source/002 reports: working closely together across the domains of capability building.",
        ),
    ),
    _said(
        "austin-delivered-for-our-people",
        "002",
        "delivered for our people",
        _named(AUSTIN, "Austin"),
        P,
        ev(
            "002",
            "Austin said that in the face of urgent global challenges, it was more important than ever that the world’s "
            "two largest democracies exchanged views, found common goals and “delivered for our people”.",
        ),
        meeting=ids.MINISTERIAL_2023,
        same_remark=_same(
            "unattributed-common-goals",
            "Nearly the same words: the world's two largest democracies finding common goals and delivering for their people amid urgent global challenges; source/003 gives them no speaker.",
        ),
    ),
    _said(
        "austin-hope",
        "002",
        "He said that the increasingly strong ties gave them all hope for the future of the partnership and their "
        "common efforts towards a more secure world.",
        _named(AUSTIN, "Austin"),
        R,
        ev("002", "Austin said"),
        meeting=ids.MINISTERIAL_2023,
    ),
    # --- source/003 ---------------------------------------------------------------
    _said(
        "jaishankar-comprehensive-overview",
        "003",
        "In the 2+2, we will undertake [a] comprehensive overview of cross-cutting strategic, defence and security "
        "ties, technology and supply chain collaborations, and people-to-people exchanges",
        _named(JAISHANKAR, "Jaishankar"),
        Q,
        ev("003", "Jaishankar said in televised opening remarks"),
        meeting=ids.MINISTERIAL_2023,
        channel=Channel.OPENING_REMARKS,
        date=_OPENING_REMARKS_2023,
    ),
    _said(
        "jaishankar-indo-pacific-focus",
        "003",
        "A key area of focus is the Indo-Pacific region, and the two sides would also exchange views on developments "
        "in West Asia and Ukraine, he said.",
        _named(JAISHANKAR, "Jaishankar"),
        R,
        ev("003", "Jaishankar said in televised opening remarks"),
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "singh-long-term-issues",
        "003",
        "Singh said the two countries need to keep their focus on important and long-term issues despite various "
        "emerging geopolitical challenges.",
        _named(SINGH, "Singh"),
        R,
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "singh-convergence",
        "003",
        "The India-US bilateral relationship has seen a growing convergence of strategic interests and enhanced "
        "defence, security and intelligence cooperation. Defence remains one of the most important pillars of our "
        "bilateral relationship",
        _named(SINGH, "Singh"),
        Q,
        ev("003", "Singh added."),
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "blinken-quad",
        "003",
        "Blinken emphasised the role of India and the US in promoting a free, open, prosperous, secure and resilient "
        "Indo-Pacific, including by strengthening their partnership through the Quad with Japan and Australia.",
        _named(BLINKEN, "Blinken"),
        R,
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "unattributed-common-goals",
        "003",
        "While the two sides are meeting at a time of great momentum in the bilateral partnership, it is more "
        "important than ever for the world’s two largest democracies to find common goals and deliver for their people "
        "amid urgent global challenges.",
        Speaker(
            label="unattributed in the report",
            inferred_official=AUSTIN,
            inference="Source/002 attributes nearly the same words to Lloyd Austin at the same ministerial: 'it was "
            "more important than ever that the world’s two largest democracies exchanged views, found common goals "
            "and “delivered for our people”'.",
        ),
        R,
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "jaishankar-new-chapter",
        "003",
        "truly opened a new chapter in our relationship",
        _named(JAISHANKAR, "Jaishankar"),
        P,
        ev(
            "003",
            "Jaishankar said Prime Minister Narendra Modi’s visit to the US in June “truly opened a new chapter in our "
            "relationship” and US President Joe Biden’s visit to New Delhi in September for the G20 Summit too "
            "contributed to the positive trajectory of the ties.",
        ),
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "jaishankar-g20-support",
        "003",
        "support was key to ensuring productive outcomes at the G20 Summit",
        _named(JAISHANKAR, "Jaishankar"),
        P,
        ev("003", "Biden’s “support was key to ensuring productive outcomes at the G20 Summit”, he said."),
        ev("003", "Jaishankar said Prime Minister"),
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "jaishankar-exploring-domains",
        "003",
        "We are exploring domains such as critical technologies, civil outer space collaboration and critical minerals "
        "even while consolidating on established domains",
        _named(JAISHANKAR, "Jaishankar"),
        Q,
        ev("003", "established domains,” Jaishankar said."),
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "singh-closer-than-ever",
        "003",
        "Singh said India and US are closer than ever before, and their partnership is critical for ensuring a free and "
        "rules-bound Indo-Pacific.",
        _named(SINGH, "Singh"),
        R,
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "singh-capability-building",
        "003",
        "We look forward to closely working with the US across the domains of defence for capability building and for "
        "abiding partnerships which can address emerging challenges",
        _named(SINGH, "Singh"),
        Q,
        ev("003", "emerging challenges,” he added."),
        ev("003", "Singh said India and US are closer than ever before"),
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "austin-industrial-bases",
        "003",
        "Austin noted that the two sides are integrating their industrial bases, strengthening interoperability, and "
        "sharing cutting-edge technology.",
        _named(AUSTIN, "Austin"),
        R,
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "austin-sea-bed-to-space",
        "003",
        "The scope of our cooperation is vast. It stretches from the sea bed to space",
        _named(AUSTIN, "Austin"),
        Q,
        ev("003", "space,” he said."),
        ev("003", "Austin noted"),
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "blinken-ambitious-agenda",
        "003",
        "very ambitious agenda",
        _named(BLINKEN, "Blinken"),
        P,
        ev(
            "003",
            "Blinken pointed to the “very ambitious agenda” set by Biden and Modi at their meeting in June in order to "
            "build “an even stronger and even more comprehensive strategic partnership” that delivers for the region "
            "and the world.",
        ),
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "blinken-stronger-partnership",
        "003",
        "an even stronger and even more comprehensive strategic partnership",
        _named(BLINKEN, "Blinken"),
        P,
        ev(
            "003",
            "Blinken pointed to the “very ambitious agenda” set by Biden and Modi at their meeting in June in order to "
            "build “an even stronger and even more comprehensive strategic partnership” that delivers for the region "
            "and the world.",
        ),
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "blinken-maritime-domain-awareness",
        "003",
        "As part of efforts to ensure the Indo-Pacific remains free and open, the two sides are enhancing maritime "
        "domain awareness and sharing commercial satellite data with countries in the region to boost their capacity to "
        "combat illegal fishing, piracy and drug trafficking, Blinken said.",
        _named(BLINKEN, "Blinken"),
        R,
        meeting=ids.MINISTERIAL_2023,
    ),
    _said(
        "blinken-international-security",
        "003",
        "India and the US are also bolstering the partnership for international security and working to promote a "
        "rules-based order and to uphold sovereignty, territorial integrity and independence, he added.",
        _named(BLINKEN, "Blinken"),
        R,
        ev("003", "drug trafficking, Blinken said"),
        meeting=ids.MINISTERIAL_2023,
    ),
    # --- source/004 ---------------------------------------------------------------
    _said(
        "jaiswal-foundational-agreements",
        "004",
        "The India–U.S. defence partnership, underpinned by foundational agreements, is a key pillar of our strategic "
        "relationship",
        _named(ids.RANDHIR_JAISWAL, "MEA spokesperson Randhir Jaiswal"),
        Q,
        ev("004", "said MEA spokesperson Randhir Jaiswal"),
        # Not tied to the delegation's visit: the report puts the quote after its sentence on the Ministry
        # confirming the visit but does not say it was said then (see the visit's notes).
    ),
)
