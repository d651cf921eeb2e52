"""Every named official, once, with every title the sources attest."""

from indo_us_dialogue import Official, Position

from . import _ids as ids
from ._spans import ev

# Each position's attestation date is derived (see _derive.py): the date of the
# meeting at which the official takes part under that title.

OFFICIALS = (
    Official(
        id=ids.ARINDAM_BAGCHI,
        name="Arindam Bagchi",
        country="IN",
        positions=(
            Position(
                title="MEA spokesperson",
                organisation=ids.MINISTRY_OF_EXTERNAL_AFFAIRS,
                country="IN",
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
        id=ids.ELY_RATNER,
        name="Ely Ratner",
        aliases=("Ratner", "Assistant Secretary Ratner"),
        country="US",
        positions=(
            Position(
                title="Assistant Secretary of Defence for Indo-Pacific Security Affairs",
                country="US",
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
        id=ids.DONALD_LU,
        name="Donald Lu",
        country="US",
        positions=(
            Position(
                title="Assistant Secretary of State for South and Central Asian Affairs",
                country="US",
                evidence=(ev("001", "Assistant Secretary of State for South and Central Asian Affairs Donald Lu"),),
            ),
        ),
        evidence=(ev("001", "Donald Lu"),),
    ),
    Official(
        id=ids.VANI_RAO,
        name="Vani Rao",
        country="IN",
        positions=(
            Position(
                title="Additional Secretary",
                organisation=ids.MINISTRY_OF_EXTERNAL_AFFAIRS,
                country="IN",
                evidence=(ev("001", "Additional Secretary Vani Rao of the Indian Ministry of External Affairs"),),
            ),
        ),
        evidence=(ev("001", "Vani Rao"),),
    ),
    Official(
        id=ids.VISHWESH_NEGI,
        name="Vishwesh Negi",
        country="IN",
        positions=(
            Position(
                title="Joint Secretary",
                organisation=ids.MINISTRY_OF_DEFENCE,
                country="IN",
                evidence=(ev("001", "Joint Secretary Vishwesh Negi of the Indian Ministry of Defence"),),
            ),
            Position(
                title="Joint Secretary (International Cooperation)",
                country="IN",
                evidence=(ev("004", "Joint Secretary (International Cooperation) Vishwesh Negi from the Indian side"),),
            ),
        ),
        evidence=(ev("001", "Vishwesh Negi"), ev("004", "Vishwesh Negi")),
    ),
    Official(
        id=ids.JOHN_SUPPLE,
        name="John Supple",
        country="US",
        positions=(
            Position(
                title="Department of Defence spokesperson",
                organisation=ids.DEPARTMENT_OF_DEFENCE,
                country="US",
                evidence=(ev("001", "Department of Defence spokesperson John Supple"),),
            ),
        ),
        evidence=(ev("001", "John Supple"),),
    ),
    Official(
        id=ids.ANTONY_BLINKEN,
        name="Antony Blinken",
        aliases=("Blinken",),
        country="US",
        positions=(
            Position(
                title="US Secretary of State",
                country="US",
                evidence=(
                    ev("002", "US Secretary of State Antony Blinken"),
                    ev("003", "US Secretary of State Antony Blinken"),
                ),
            ),
        ),
        evidence=(ev("002", "Antony Blinken"), ev("003", "Antony Blinken", nth=1)),
    ),
    Official(
        id=ids.LLOYD_AUSTIN,
        name="Lloyd Austin",
        aliases=("Austin",),
        country="US",
        positions=(
            Position(
                title="US Defence Secretary",
                country="US",
                evidence=(ev("002", "US Defence Secretary Lloyd Austin"),),
            ),
        ),
        evidence=(ev("002", "Lloyd Austin"), ev("003", "Lloyd Austin")),
    ),
    Official(
        id=ids.S_JAISHANKAR,
        name="S Jaishankar",
        aliases=("Jaishankar",),
        country="IN",
        positions=(
            Position(
                title="External Affairs Minister",
                country="IN",
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
        id=ids.RAJNATH_SINGH,
        name="Rajnath Singh",
        aliases=("Singh",),
        country="IN",
        positions=(
            Position(
                title="Defence Minister",
                country="IN",
                evidence=(
                    ev("002", "Defence Minister Rajnath Singh from the Indian side"),
                    ev("003", "defence minister Rajnath Singh"),
                ),
            ),
        ),
        evidence=(ev("002", "Rajnath Singh"), ev("003", "Rajnath Singh")),
    ),
    Official(
        id=ids.NARENDRA_MODI,
        name="Narendra Modi",
        aliases=("Modi",),
        country="IN",
        positions=(
            Position(
                title="Prime Minister",
                country="IN",
                evidence=(
                    ev("002", "Prime Minister Narendra Modi", nth=2),
                    ev("003", "Prime Minister Narendra Modi’s visit to the US"),
                ),
            ),
        ),
        evidence=(ev("002", "Narendra Modi", nth=2), ev("003", "Narendra Modi")),
    ),
    Official(
        id=ids.JOE_BIDEN,
        name="Joe Biden",
        aliases=("Biden",),
        country="US",
        positions=(
            Position(
                title="US President",
                country="US",
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
        id=ids.NAGARAJ_NAIDU_KAKANUR,
        name="Nagaraj Naidu Kakanur",
        country="IN",
        positions=(
            Position(
                title="Additional Secretary (Americas)",
                country="IN",
                evidence=(ev("004", "Additional Secretary (Americas) Nagaraj Naidu Kakanur"),),
            ),
        ),
        evidence=(ev("004", "Nagaraj Naidu Kakanur"),),
    ),
    Official(
        id=ids.BETHANY_P_MORRISON,
        name="Bethany P. Morrison",
        country="US",
        positions=(
            Position(
                title="Senior Bureau Official for South and Central Asian Affairs",
                country="US",
                evidence=(
                    ev("004", "Bethany P. Morrison, Senior Bureau Official for South and Central Asian Affairs"),
                ),
            ),
        ),
        evidence=(ev("004", "Bethany P. Morrison"),),
    ),
    Official(
        id=ids.JEDIDIAH_P_ROYAL,
        name="Jedidiah P. Royal",
        country="US",
        positions=(
            Position(
                title="Acting Assistant Secretary of Defence for Indo-Pacific Security Affairs",
                country="US",
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
        id=ids.RANDHIR_JAISWAL,
        name="Randhir Jaiswal",
        country="IN",
        positions=(
            Position(
                title="MEA spokesperson",
                organisation=ids.MINISTRY_OF_EXTERNAL_AFFAIRS,
                country="IN",
                evidence=(
                    ev("004", "MEA spokesperson Randhir Jaiswal"),
                    ev("004", "the Ministry of External Affairs confirmed"),
                ),
            ),
        ),
        evidence=(ev("004", "Randhir Jaiswal"),),
    ),
)
