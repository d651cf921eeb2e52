"""Every named official, once, with every title the sources attest."""

from indo_us_dialogue import Official, PartialDate, Position

from ._spans import ev


def _at(date: str) -> PartialDate:
    return PartialDate.parse(date)


# Dates a title is attested at: the date of the meeting the source places the
# official at (see meetings.py), at that date's precision.
INTERSESSIONAL_6 = _at("2022-09-07")
INTERSESSIONAL_7 = _at("2023-09-26")
MINISTERIAL_2023 = _at("2023-11-10")
INTERSESSIONAL_2025 = _at("2025")

OFFICIALS = (
    Official(
        id="official/arindam-bagchi",
        name="Arindam Bagchi",
        country="IN",
        positions=(
            Position(
                title="MEA spokesperson",
                organisation="Ministry of External Affairs",
                country="IN",
                attested=INTERSESSIONAL_6,
                # The report writes "MEA" and, for the same delegation, "the Ministry of External Affairs".
                evidence=(
                    ev("000", "MEA spokesperson Arindam Bagchi"),
                    ev("000", "senior officials from the Ministry of External Affairs"),
                    ev("000", "senior officials from MEA & MoD"),
                ),
            ),
        ),
        evidence=(ev("000", "Arindam Bagchi"),),
    ),
    Official(
        id="official/ely-ratner",
        name="Ely Ratner",
        aliases=("Ratner", "Assistant Secretary Ratner"),
        country="US",
        positions=(
            Position(
                title="Assistant Secretary of Defence for Indo-Pacific Security Affairs",
                country="US",
                attested=INTERSESSIONAL_7,
                evidence=(ev("001", "Assistant Secretary of Defence for Indo-Pacific Security Affairs Ely Ratner"),),
            ),
        ),
        evidence=(
            ev("001", "Ely Ratner"),
            ev("001", "Assistant Secretary Ratner", nth=1),
            ev("001", "posted Ratner on X"),
        ),
    ),
    Official(
        id="official/donald-lu",
        name="Donald Lu",
        country="US",
        positions=(
            Position(
                title="Assistant Secretary of State for South and Central Asian Affairs",
                country="US",
                attested=INTERSESSIONAL_7,
                evidence=(ev("001", "Assistant Secretary of State for South and Central Asian Affairs Donald Lu"),),
            ),
        ),
        evidence=(ev("001", "Donald Lu"),),
    ),
    Official(
        id="official/vani-rao",
        name="Vani Rao",
        country="IN",
        positions=(
            Position(
                title="Additional Secretary",
                organisation="Ministry of External Affairs",
                country="IN",
                attested=INTERSESSIONAL_7,
                evidence=(ev("001", "Additional Secretary Vani Rao of the Indian Ministry of External Affairs"),),
            ),
        ),
        evidence=(ev("001", "Vani Rao"),),
    ),
    Official(
        id="official/vishwesh-negi",
        name="Vishwesh Negi",
        country="IN",
        positions=(
            Position(
                title="Joint Secretary",
                organisation="Ministry of Defence",
                country="IN",
                attested=INTERSESSIONAL_7,
                evidence=(ev("001", "Joint Secretary Vishwesh Negi of the Indian Ministry of Defence"),),
            ),
            Position(
                title="Joint Secretary (International Cooperation)",
                country="IN",
                attested=INTERSESSIONAL_2025,
                evidence=(ev("004", "Joint Secretary (International Cooperation) Vishwesh Negi from the Indian side"),),
            ),
        ),
        evidence=(ev("001", "Vishwesh Negi"), ev("004", "Vishwesh Negi")),
    ),
    Official(
        id="official/john-supple",
        name="John Supple",
        country="US",
        positions=(
            Position(
                title="Department of Defence spokesperson",
                organisation="Department of Defence",
                country="US",
                attested=INTERSESSIONAL_7,
                evidence=(ev("001", "Department of Defence spokesperson John Supple"),),
            ),
        ),
        evidence=(ev("001", "John Supple"),),
    ),
    Official(
        id="official/antony-blinken",
        name="Antony Blinken",
        aliases=("Blinken",),
        country="US",
        positions=(
            Position(
                title="US Secretary of State",
                country="US",
                attested=MINISTERIAL_2023,
                evidence=(
                    ev("002", "US Secretary of State Antony Blinken"),
                    ev("003", "US Secretary of State Antony Blinken"),
                ),
            ),
        ),
        evidence=(ev("002", "Antony Blinken"), ev("003", "Antony Blinken", nth=1)),
    ),
    Official(
        id="official/lloyd-austin",
        name="Lloyd Austin",
        aliases=("Austin",),
        country="US",
        positions=(
            Position(
                title="US Defence Secretary",
                country="US",
                attested=MINISTERIAL_2023,
                evidence=(ev("002", "US Defence Secretary Lloyd Austin"),),
            ),
        ),
        evidence=(ev("002", "Lloyd Austin"), ev("003", "Lloyd Austin")),
    ),
    Official(
        id="official/s-jaishankar",
        name="S Jaishankar",
        aliases=("Jaishankar",),
        country="IN",
        positions=(
            Position(
                title="External Affairs Minister",
                country="IN",
                attested=MINISTERIAL_2023,
                evidence=(
                    ev("002", "External Affairs Minister S Jaishankar"),
                    ev("003", "India’s external affairs minister S Jaishankar"),
                    ev("003", "external affairs minister S Jaishankar and their American counterparts"),
                ),
            ),
        ),
        evidence=(ev("002", "S Jaishankar"), ev("003", "S Jaishankar", nth=1)),
    ),
    Official(
        id="official/rajnath-singh",
        name="Rajnath Singh",
        aliases=("Singh",),
        country="IN",
        positions=(
            Position(
                title="Defence Minister",
                country="IN",
                attested=MINISTERIAL_2023,
                evidence=(
                    ev("002", "Defence Minister Rajnath Singh from the Indian side"),
                    ev("003", "defence minister Rajnath Singh"),
                ),
            ),
        ),
        evidence=(ev("002", "Rajnath Singh"), ev("003", "Rajnath Singh")),
    ),
    Official(
        id="official/narendra-modi",
        name="Narendra Modi",
        aliases=("Modi",),
        country="IN",
        positions=(
            Position(
                title="Prime Minister",
                country="IN",
                attested=MINISTERIAL_2023,
                evidence=(
                    ev("002", "Prime Minister Narendra Modi", nth=2),
                    ev("003", "Prime Minister Narendra Modi’s visit to the US"),
                ),
            ),
        ),
        evidence=(ev("002", "Narendra Modi", nth=2), ev("003", "Narendra Modi")),
    ),
    Official(
        id="official/joe-biden",
        name="Joe Biden",
        aliases=("Biden",),
        country="US",
        positions=(
            Position(
                title="US President",
                country="US",
                attested=MINISTERIAL_2023,
                evidence=(
                    ev("002", "US President Joe Biden", nth=2),
                    ev("003", "US President Joe Biden’s visit to New Delhi"),
                ),
            ),
        ),
        evidence=(
            ev("000", "the Joe Biden administration"),
            ev("002", "Joe Biden", nth=2),
            ev("003", "Joe Biden"),
        ),
    ),
    Official(
        id="official/nagaraj-naidu-kakanur",
        name="Nagaraj Naidu Kakanur",
        country="IN",
        positions=(
            Position(
                title="Additional Secretary (Americas)",
                country="IN",
                attested=INTERSESSIONAL_2025,
                evidence=(ev("004", "Additional Secretary (Americas) Nagaraj Naidu Kakanur"),),
            ),
        ),
        evidence=(ev("004", "Nagaraj Naidu Kakanur"),),
    ),
    Official(
        id="official/bethany-p-morrison",
        name="Bethany P. Morrison",
        country="US",
        positions=(
            Position(
                title="Senior Bureau Official for South and Central Asian Affairs",
                country="US",
                attested=INTERSESSIONAL_2025,
                evidence=(
                    ev("004", "Bethany P. Morrison, Senior Bureau Official for South and Central Asian Affairs"),
                ),
            ),
        ),
        evidence=(ev("004", "Bethany P. Morrison"),),
    ),
    Official(
        id="official/jedidiah-p-royal",
        name="Jedidiah P. Royal",
        country="US",
        positions=(
            Position(
                title="Acting Assistant Secretary of Defence for Indo-Pacific Security Affairs",
                country="US",
                attested=INTERSESSIONAL_2025,
                evidence=(
                    ev(
                        "004",
                        "Jedidiah P. Royal, Acting Assistant Secretary of Defence for Indo-Pacific Security Affairs, "
                        "representing the United States",
                    ),
                ),
            ),
        ),
        evidence=(ev("004", "Jedidiah P. Royal"),),
    ),
    Official(
        id="official/randhir-jaiswal",
        name="Randhir Jaiswal",
        country="IN",
        positions=(
            Position(
                title="MEA spokesperson",
                organisation="Ministry of External Affairs",
                country="IN",
                attested=INTERSESSIONAL_2025,
                evidence=(
                    ev("004", "MEA spokesperson Randhir Jaiswal"),
                    ev("004", "the Ministry of External Affairs confirmed"),
                ),
            ),
        ),
        evidence=(ev("004", "Randhir Jaiswal"),),
    ),
)
