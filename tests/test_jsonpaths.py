"""Where JSON-level problems are (``_io/jsonpaths.py``): paths, pointers, record ids, unwritable text."""

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._io.jsonpaths import json_path, json_pointer

steps = st.lists(st.one_of(st.integers(min_value=0, max_value=10**6), st.text()), max_size=6)


@given(steps)
def test_the_pointer_of_a_path_names_the_same_steps(path_steps: list[str | int]) -> None:
    """json_pointer(json_path(steps)) is '/'-joined steps with '~' as '~0' and '/' as '~1' (RFC 6901)."""
    expected = "".join("/" + str(s).replace("~", "~0").replace("/", "~1") for s in path_steps)
    assert json_pointer(json_path(path_steps)) == expected


def test_a_path_in_another_notation_is_refused() -> None:
    """Text that is not a JSONPath of plain steps raises ValueError rather than giving a wrong pointer."""
    for bad in ("meetings[0]", "$.meetings[x]", "$..date"):
        with pytest.raises(ValueError, match="JSONPath"):
            json_pointer(bad)


BASE: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent / "broken" / "valid-dataset.json").read_text(encoding="utf-8")
)


def _problems_of_from_json(text: str) -> set[tuple[str, str]]:
    with pytest.raises(iud.ValidationError) as caught:
        iud.from_json(text, iud.Dataset)
    return {(p.rule, p.path) for p in caught.value.problems}


def test_from_json_locates_json_problems_as_validate_does() -> None:
    """from_json reports each duplicate key and NaN at its own path, exactly as validate does, not all at $."""
    text = json.dumps(BASE).replace('"version": ', '"version": "x", "version": ', 1)
    text = text.replace('"ordinal": {"value": ', '"ordinal": {"value": NaN, "x": ', 1)
    located = _problems_of_from_json(text)
    assert ("json.duplicate-key", "$.version") in located
    assert "$" not in {path for _, path in located}
    assert located == {(p.rule, p.path) for p in iud.validate(text).problems}


def test_the_record_id_never_comes_from_an_unknown_field() -> None:
    """A problem inside an unknown object that has an "id" carries the id of the record around it, not that one."""
    meeting = {**BASE["meetings"][1], "extra": {"id": "meeting/not-this-one", "a": 1}}
    text = json.dumps({**BASE, "meetings": [BASE["meetings"][0], meeting]}).replace('"a": 1', '"a": 1, "a": 2')
    (problem,) = iud.validate(text).problems
    assert (problem.rule, problem.path) == ("json.duplicate-key", "$.meetings[1].extra.a")
    assert problem.record_id == BASE["meetings"][1]["id"]


@given(
    st.sampled_from(["name", "notes", "kind", "id"]),
    st.integers(min_value=0xD800, max_value=0xDFFF),
    st.integers(min_value=0, max_value=5),
)
def test_a_lone_surrogate_anywhere_is_text_encoding_at_its_path(field: str, code: int, at: int) -> None:
    """A lone surrogate in any string is text.encoding at that string's path, in validate and in from_json."""
    meeting = dict(BASE["meetings"][0])
    value = meeting.get(field) or "text"
    meeting[field] = value[:at] + chr(code) + value[at:]
    text = json.dumps({**BASE, "meetings": [meeting, *BASE["meetings"][1:]]})  # ASCII: the surrogate as "\\udXXX"
    expected = ("text.encoding", f"$.meetings[0].{field}")
    assert expected in {(p.rule, p.path) for p in iud.validate(text).problems}
    assert expected in _problems_of_from_json(text)
    for problem in iud.validate(text).problems:
        str(problem).encode("utf-8")  # every message, path and id can be printed


def test_a_lone_surrogate_in_a_key_is_shown_escaped() -> None:
    """A key holding a lone surrogate is reported with the surrogate escaped in the path, so it can be printed."""
    text = json.dumps({**BASE, "x\udc00": 1})
    paths = {p.path for p in iud.validate(text).problems if p.rule == "text.encoding"}
    assert paths == {"$['x\\udc00']"}


@pytest.mark.parametrize("where", ["version", "meetings"])
def test_a_parsed_integer_too_long_to_print_is_schema_type_at_its_path(where: str) -> None:
    """Parsed data holding a 5,000-digit int gets schema.type at its path (as its JSON text does), not ValueError."""
    document = {**BASE, where: 10**5000}
    expected = [("schema.type", f"$.{where}")]
    assert [(p.rule, p.path) for p in iud.validate(document).problems] == expected
    with pytest.raises(iud.ValidationError) as caught:
        iud.from_dict(document, iud.Dataset)
    assert [(p.rule, p.path) for p in caught.value.problems] == expected
    text = json.dumps(BASE).replace('"version": "1.0.0"', '"version": ' + "9" * 5000)
    assert [(p.rule, p.path) for p in iud.validate(text).problems] == [("schema.type", "$.version")]


def test_a_record_object_holding_a_lone_surrogate_is_not_valid() -> None:
    """validate() of record objects built in Python reports text.encoding too: to_json of them could not be written."""
    dataset = iud.load_dataset()
    meeting = attrs.evolve(dataset.meetings[0], name="bad \ud800")
    broken = attrs.evolve(dataset, meetings=(meeting, *dataset.meetings[1:]))
    problems = [(p.rule, p.path, p.record_id) for p in iud.validate(broken).problems]
    assert problems == [("text.encoding", "$.meetings[0].name", meeting.id)]
