"""The five source documents."""

from ._spans import claim, ev, inferred, source, stated

SOURCES = (
    source(
        "000",
        publisher=claim("ANI", ev("000", "(ANI)")),
        published=stated("2022-09-07", ev("000", "date 2022-09-07")),
        notes="No headline. The text opens with its date ('date 2022-09-07') and closes with the agency's credit.",
    ),
    source(
        "001",
        publisher=claim("ANI", ev("001", "(ANI)")),
        published=stated("2023-09-27", ev("001", "date 2023-09-27")),
        notes="No headline. The text opens with its date ('date 2023-09-27') and closes with the agency's credit.",
    ),
    source(
        "002",
        headline=claim(
            "India-US 2+2 Talks Cement Indo-Pacific Alliance, Step Up Defense Cooperation",
            ev("002", "India-US 2+2 Talks Cement Indo-Pacific Alliance, Step Up Defense Cooperation"),
        ),
        published=inferred(
            "2023-11",
            "The report is undated. It describes the 2+2 ministerial talks in New Delhi as held 'on Friday', so "
            "it was written within days of them; this dataset identifies those talks with the ministerial that "
            "source/003 reports on 2023-11-10, a Friday (see meeting/2023-11-10-ministerial). A week later is "
            "still November 2023; no day is inferred.",
            ev("002", "New Delhi: India and the US on Friday discussed"),
        ),
        notes="No date, byline or agency. Opens with site navigation ('- News>', '- India') and a summary line "
        "that repeats the first sentence of the body.",
    ),
    source(
        "003",
        published=stated("2023-11-10", ev("003", "date 2023-11-10")),
        notes="No headline or agency. '(X / @DrSJaishankar)' is the credit of a photograph whose caption is "
        "quoted into the text; it is not a byline.",
    ),
    source(
        "004",
        headline=claim(
            "India, US Advance Major Defence Partnership at 2+2 Intersessional Dialogue",
            ev("004", "India, US Advance Major Defence Partnership at 2+2 Intersessional Dialogue"),
        ),
        published=inferred(
            "2025",
            "The report is undated. It announces the army exercise Yudh Abhyas 2025 as still to come ('are set "
            "to conduct ... from September 1 to 14'), so it was written in 2025, before September. No month is "
            "inferred.",
            ev("004", "the two militaries are set to conduct their largest-ever joint army exercise—Yudh Abhyas 2025"),
            ev("004", "in Alaska from September 1 to 14"),
        ),
        notes="Stored as UTF-8 that was once decoded as code page 866 and encoded again (an en dash became "
        "the three characters т, А and У); evidence offsets point into the repaired text. The tag line, the 'Previous article' / "
        "'Next article' links (the first in Marathi) and the comment form are site furniture, not reporting.",
    ),
)
