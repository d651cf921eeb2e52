import json
import shutil
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._model.patterns import ECMA_SPACE_CHARACTERS, NON_BLANK, ecma_search
from indo_us_dialogue._schema.registry import validator_for

# What ECMA-262 (and so every JavaScript JSON Schema validator) says, for the
# characters where Python's re disagrees.
ECMA_SPACE_ONLY = ["\ufeff"]  # whitespace in ECMA-262, not in Python
PYTHON_SPACE_ONLY = ["\x1c", "\x1d", "\x1e", "\x1f", "\x85"]  # whitespace in Python, not in ECMA-262


@pytest.mark.parametrize("text", ECMA_SPACE_ONLY)
def test_ecma_whitespace_is_blank(text: str) -> None:
    """Text made only of a character ECMA-262 calls whitespace does not match the non-blank pattern."""
    assert not ecma_search(NON_BLANK, text)
    with pytest.raises(ValueError, match="does not match"):
        iud.EventCoding(category=iud.PloverCategory.CONSULT, mode=text)
    assert not validator_for({"type": "string", "pattern": NON_BLANK}).is_valid(text)


@pytest.mark.parametrize("text", PYTHON_SPACE_ONLY)
def test_python_only_whitespace_is_not_blank(text: str) -> None:
    """Control characters Python calls whitespace, but ECMA-262 does not, match the non-blank pattern."""
    assert ecma_search(NON_BLANK, text)
    assert iud.EventCoding(category=iud.PloverCategory.CONSULT, mode=text).mode == text
    assert validator_for({"type": "string", "pattern": NON_BLANK}).is_valid(text)


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"^\d$", "٣", False),  # Arabic-Indic digit three: a digit to Python, not to ECMA-262
        (r"^\d$", "3", True),
        (r"^\w$", "é", False),
        (r"^\W$", "é", True),
        (r"^\D$", "٣", True),
        (r"^.$", "\r", False),
        (r"^.$", "\u2028", False),
        (r"^[.]$", "x", False),
        (r"^[\s]$", "\ufeff", True),
        (r"^a\.b$", "a.b", True),
        (r"^[\]x]$", "]", True),
        ("^x$", "x\n", False),
    ],
)
def test_patterns_follow_ecma_262(pattern: str, text: str, expected: bool) -> None:
    """Class escapes, the dot and the end anchor mean in Python what they mean in ECMA-262."""
    assert ecma_search(pattern, text) is expected


def test_negated_class_escape_inside_a_class_is_refused() -> None:
    """A pattern that cannot be translated faithfully is an error, not a silent mismatch."""
    with pytest.raises(ValueError, match="not supported"):
        ecma_search(r"[\S]", "x")


@pytest.mark.skipif(shutil.which("node") is None, reason="node (an ECMA-262 engine) is not installed")
def test_non_blank_agrees_with_a_javascript_engine_on_every_bmp_character() -> None:
    """For every one-character text in the Basic Multilingual Plane, node's RegExp and ecma_search agree."""
    script = (
        "const p = new RegExp(process.argv[1]); const out = [];"
        "for (let c = 0; c < 0x10000; c++) {"
        "  if (c < 0xd800 || c > 0xdfff) out.push(p.test(String.fromCharCode(c)) ? 1 : 0);"
        "}"
        "console.log(JSON.stringify(out));"
    )
    result = subprocess.run(["node", "-e", script, NON_BLANK], capture_output=True, text=True, check=True)
    expected = json.loads(result.stdout)
    points = [c for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    actual = [int(ecma_search(NON_BLANK, chr(c))) for c in points]
    differ = [hex(c) for c, a, b in zip(points, actual, expected, strict=True) if a != b]
    assert differ == [], f"{sys.version}: {differ[:20]}"


@pytest.mark.parametrize(
    ("cls", "path", "value", "rule"),
    [
        (iud.Dataset, ("version",), "1.0.0\n", "schema.pattern"),
        (iud.Evidence, ("source",), "source/ok\n", "schema.pattern"),
        (iud.DateClaim, ("value",), "2023-11-10\n", "date.calendar"),
        (iud.TextClaim, ("value",), "\ufeff", "schema.pattern"),
    ],
)
def test_schema_validation_keeps_ecma_patterns_inside_referenced_schemas(
    cls: type, path: tuple[str, ...], value: str, rule: str
) -> None:
    """Patterns checked after a $ref into a record schema keep ECMA-262 semantics, so the schema is what refuses."""
    document = {
        iud.Dataset: {"version": "1.0.0"},
        iud.Evidence: {"source": "source/ok", "start": 0, "end": 1, "text": "x"},
        iud.DateClaim: {
            "value": "2023",
            "basis": "stated",
            "evidence": [{"source": "source/ok", "start": 0, "end": 1, "text": "x"}],
        },
        iud.TextClaim: {"value": "x", "evidence": [{"source": "source/ok", "start": 0, "end": 1, "text": "x"}]},
    }[cls]
    document[path[-1]] = value
    assert not validator_for(cls).is_valid(document)
    with pytest.raises(iud.ValidationError) as caught:
        iud.from_dict(document, cls)
    assert [p.rule for p in caught.value.problems] == [rule]


def test_stripping_ecma_space_leaves_something_exactly_for_every_non_blank_character() -> None:
    """Every code point survives ``strip(ECMA_SPACE_CHARACTERS)`` exactly when it matches the non-blank pattern."""
    differ = [
        hex(point)
        for point in range(0x110000)
        if bool(chr(point).strip(ECMA_SPACE_CHARACTERS)) != ecma_search(NON_BLANK, chr(point))
    ]
    assert differ == []


@given(st.text(st.sampled_from(ECMA_SPACE_CHARACTERS) | st.characters()))
def test_a_text_is_non_blank_exactly_when_stripping_ecma_space_leaves_something(text: str) -> None:
    """The fast path's non-blank test (strip) and the schema's pattern agree on whole texts, spaces mixed in."""
    assert bool(text.strip(ECMA_SPACE_CHARACTERS)) == ecma_search(NON_BLANK, text)
