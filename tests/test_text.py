import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from indo_us_dialogue._io.texts import find_mojibake, normalise, packaged_texts, repair_mojibake

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_the_cp866_seed_is_repaired() -> None:
    """The garbled seed's dashes, quotes and Devanagari come back as the characters they were."""
    text = packaged_texts()["004_c5f7cdfbcf8dbde8.txt"]
    assert "India–U.S. Major Defence Partnership" in text
    assert "“The India–U.S. defence partnership" in text
    assert "exercise—Yudh Abhyas 2025—in Alaska" in text
    assert "रण संवाद 2025" in text
    assert "тА" not in text


def test_no_garbled_sequence_survives_in_any_seed() -> None:
    """After normalisation no seed contains a run of cp866 characters that spells UTF-8."""
    for name, text in packaged_texts().items():
        assert find_mojibake(text) == [], name
        assert unicodedata.is_normalized("NFC", text), name


def test_normalisation_leaves_clean_seeds_alone() -> None:
    """Seeds without mojibake normalise to exactly their decoded bytes."""
    for name in ("000_3383ec6aaa1b071a.txt", "003_db2eed7efc076e67.txt"):
        raw = (SEEDS / name).read_bytes()
        assert normalise(raw) == raw.decode("utf-8")


@given(st.text())
def test_mojibake_of_any_text_is_repaired(original: str) -> None:
    """Any NFC text garbled the seed's way (UTF-8 read as cp866) repairs back to itself."""
    # UTF-8 never contains byte 0xFF, so the garbled text never holds cp866's no-break space.
    garbled = original.encode("utf-8").decode("cp866")
    assert repair_mojibake(garbled) == original


def test_genuine_cyrillic_is_not_mistaken_for_mojibake() -> None:
    """Ordinary Russian text is neither reported nor changed."""
    text = "Министерство иностранных дел России"
    assert find_mojibake(text) == []
    assert repair_mojibake(text) == text


_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"


# Without р-я: each of those and the two letters after it can themselves spell a character
# (сАА is U+1000), and then even a person could not tell which letters are genuine.
_NOT_LEADING = _CYRILLIC.replace("рстуфхцчшщъыьэюя", "")


@given(
    st.text(alphabet=_NOT_LEADING, min_size=1, max_size=3),
    st.sampled_from(["–", "—", "“", "”", "’", "…", "₹", "™", "é", "रण"]),
    st.text(alphabet=_NOT_LEADING, max_size=3),
)
def test_mojibake_beside_genuine_cyrillic_is_found_and_repaired(before: str, original: str, after: str) -> None:
    """A garbled dash, quote, symbol or Devanagari word touching genuine Cyrillic is still found and repaired."""
    garbled = original.encode("utf-8").decode("cp866")
    text = f"{before}{garbled}{after}"
    assert (len(before), garbled) in find_mojibake(text)
    assert repair_mojibake(text) == f"{before}{original}{after}"


def test_genuine_cyrillic_words_that_spell_one_odd_character_are_left_alone() -> None:
    """Russian words whose cp866 bytes hold a stray UTF-8 sequence (ставка, дерево, ясно) are not mojibake."""
    for word in ("ставка", "дерево", "ясно", "основной", "времена", "Россия"):
        assert find_mojibake(word) == []
        assert repair_mojibake(word) == word
