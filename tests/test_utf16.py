"""UTF-16 offsets of evidence spans (``_io/utf16.py``) and the rules that check them."""

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._io.utf16 import Utf16Offsets, utf16_length

BASE: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent / "broken" / "valid-dataset.json").read_text(encoding="utf-8")
)
_TEXTS = st.text(st.sampled_from("ab \u0930\u00e9\U0001d11e\U0001f600"), max_size=30)


@given(_TEXTS, st.data())
def test_offsets_count_the_utf16_code_units_before_them(text: str, data: st.DataObject) -> None:
    """The UTF-16 offset of code point i is the number of UTF-16 code units of text[:i]."""
    offset = data.draw(st.integers(0, len(text)))
    assert Utf16Offsets(text)(offset) == len(text[:offset].encode("utf-16-le")) // 2
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2


def test_the_curated_spans_carry_utf16_offsets() -> None:
    """Every evidence span of the packaged dataset has UTF-16 offsets, and the dataset validates."""
    data = iud.load_dataset()
    spans = [v for _, _, v in iud._model.walk.walk_record(data) if isinstance(v, iud.Evidence)]
    assert spans
    assert all(span.utf16_start is not None and span.utf16_end is not None for span in spans)
    assert iud.validate(data).ok


def _with_first_span(**changes: Any) -> dict[str, Any]:
    document = json.loads(json.dumps(BASE))
    document["meetings"][0]["evidence"][0].update(changes)
    return document


def _rules(document: dict[str, Any]) -> list[tuple[str, str]]:
    return [(p.rule, p.path) for p in iud.validate(document).problems]


def test_a_utf16_span_of_the_wrong_length_is_an_offsets_problem() -> None:
    """UTF-16 offsets whose span is not as long as the text in UTF-16 break evidence.offsets, without the source."""
    span = BASE["meetings"][0]["evidence"][0]
    problems = _rules(_with_first_span(utf16_start=span["start"], utf16_end=span["end"] + 1))
    assert problems == [("evidence.offsets", "$.meetings[0].evidence[0]")]


def test_utf16_offsets_come_in_pairs() -> None:
    """A utf16_start without a utf16_end is an evidence.offsets problem."""
    span = BASE["meetings"][0]["evidence"][0]
    assert _rules(_with_first_span(utf16_start=span["start"])) == [("evidence.offsets", "$.meetings[0].evidence[0]")]


def test_a_utf16_start_that_is_not_the_sources_is_an_evidence_text_problem() -> None:
    """Against the packaged seed, a UTF-16 span shifted by one unit breaks evidence.text at utf16_start."""
    span = BASE["meetings"][0]["evidence"][0]
    length = span["end"] - span["start"]
    document = _with_first_span(utf16_start=span["start"] + 1, utf16_end=span["start"] + 1 + length)
    assert _rules(document) == [("evidence.text", "$.meetings[0].evidence[0].utf16_start")]
