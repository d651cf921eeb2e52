import json
import re
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing.exceptions
import referencing.jsonschema
from hypothesis import given
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._schema.generate import BUNDLE_FILE_NAME, PUBLISHED_BASE, build_schemas, dumps_schema
from indo_us_dialogue._schema.registry import _registry, validator_for
from tests.helpers import json_nodes

ROOT = Path(__file__).resolve().parent.parent
TOP = ROOT / "schemas"
SCHEMAS = build_schemas()


def _walk(schema: Any) -> list[tuple[str, Any]]:
    """Every node of a schema with its location as a JSON Pointer fragment (``#/properties/id``)."""
    return [("#" + "".join(f"/{step}" for step in steps), node) for steps, node in json_nodes(schema)]


def test_committed_schemas_are_what_the_classes_generate() -> None:
    """schemas/ holds exactly the generated schemas (run scripts/build_schemas.py after model changes)."""
    assert {p.relative_to(TOP).as_posix() for p in TOP.rglob("*.json")} == set(SCHEMAS)
    for name, schema in SCHEMAS.items():
        assert (TOP / name).read_text(encoding="utf-8") == dumps_schema(schema), name


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_is_valid_draft_2020_12(name: str) -> None:
    """Every schema passes the Draft 2020-12 meta-schema."""
    schema = json.loads((TOP / name).read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def _bundle_resolver() -> "referencing._core.Resolver[Any]":
    bundle = referencing.jsonschema.DRAFT202012.create_resource(SCHEMAS[BUNDLE_FILE_NAME])
    return (
        referencing.Registry()
        .with_resource(PUBLISHED_BASE + BUNDLE_FILE_NAME, bundle)
        .resolver(base_uri=PUBLISHED_BASE + BUNDLE_FILE_NAME)
    )


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_ref_resolves_offline(name: str) -> None:
    """Every $ref in every schema, read relative to the file's address, resolves from the packaged files alone."""
    bundled = name == BUNDLE_FILE_NAME
    resolver = _bundle_resolver() if bundled else _registry().resolver(base_uri=PUBLISHED_BASE + name)
    for path, node in _walk(SCHEMAS[name]):
        if isinstance(node, dict) and "$ref" in node:
            try:
                resolved = resolver.lookup(node["$ref"])
            except referencing.exceptions.Unresolvable as exc:  # pragma: no cover - the failure message
                pytest.fail(f"{name} {path}: {exc}")
            assert isinstance(resolved.contents, dict)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_property_has_a_description(name: str) -> None:
    """Each property of each record schema, and each shared definition, says what it means."""
    schema = SCHEMAS[name]
    for prop_name, prop in schema.get("properties", {}).items():
        assert prop.get("description", "").strip(), f"{name}: {prop_name}"
    for def_name, definition in schema.get("$defs", {}).items():
        assert definition.get("description", "").strip(), f"{name}: {def_name}"
    assert schema["description"].strip()


def test_schema_function_serves_every_record_type_from_the_package() -> None:
    """iud.schema() returns a fresh copy of the packaged schema by class or by name, and refuses unknown names."""
    assert iud.schema("Meeting") == iud.schema(iud.Meeting) == SCHEMAS["meeting.schema.json"]
    iud.schema("Meeting")["title"] = "changed"
    assert iud.schema("Meeting")["title"] == "Meeting"
    assert iud.schema("definitions") == SCHEMAS["definitions.schema.json"]
    with pytest.raises(LookupError, match="no schema named 'Meating'"):
        iud.schema("Meating")


def test_dataset_schema_accepts_the_packaged_dataset() -> None:
    """The packaged dataset validates against dataset.schema.json."""
    document = json.loads(iud.to_json(iud.load_dataset()))
    assert list(validator_for(iud.Dataset).iter_errors(document)) == []


def _all_patterns() -> list[str]:
    return sorted(
        {
            node["pattern"]
            for schema in SCHEMAS.values()
            for _, node in _walk(schema)
            if isinstance(node, dict) and isinstance(node.get("pattern"), str)
        }
    )


@pytest.mark.parametrize("pattern", _all_patterns())
def test_patterns_are_linear_time(pattern: str) -> None:
    """No schema pattern nests unbounded repetition, the shape behind catastrophic backtracking."""
    from tests.regex_safety import star_height

    assert star_height(pattern) <= 1, pattern


def test_star_height_catches_catastrophic_shapes() -> None:
    """The linear-time check really flags the classic exponential patterns."""
    from tests.regex_safety import star_height

    assert star_height(r"^(a+)+$") == 2
    assert star_height(r"^([a-z0-9]+-?)*$") == 2
    assert star_height(r"^[a-z]{2,4}(?:-[a-z]{2})?$") == 0
    assert star_height(r"^x(?:-?[a-z])*$") == 1
    assert re.compile(r"^x(?:-?[a-z])*$")


def test_our_keyword_semantics_hold_below_every_ref() -> None:
    """ECMA-262 '$' applies inside referenced schemas too: an id with a trailing newline is a pattern problem."""
    official = {
        "id": "official/a\n",
        "name": "A",
        "country": "IN",
        "evidence": [{"source": "source/a", "start": 0, "end": 1, "text": "x"}],
    }
    with pytest.raises(iud.ValidationError) as caught:
        iud.from_dict(official, iud.Official)
    assert [(p.path, p.rule) for p in caught.value.problems] == [("$.id", "schema.pattern")]


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from([0.0, 1.0, 2.5]) | st.sampled_from(["", "a", "b"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["a", "b"]), inner, max_size=2),
    max_leaves=8,
)


@given(st.lists(_JSON_VALUES, max_size=6))
def test_unique_items_agrees_with_pairwise_json_equality(items: list[Any]) -> None:
    """Our linear-time uniqueItems finds a duplicate exactly when some pair is equal by JSON Schema's rules."""
    from jsonschema._utils import equal

    pairwise_unique = not any(equal(a, b) for i, a in enumerate(items) for b in items[i + 1 :])
    validator = validator_for({"type": "array", "uniqueItems": True})
    assert validator.is_valid(items) == pairwise_unique


def test_unique_items_is_linear_on_hostile_arrays() -> None:
    """Thousands of distinct objects where unique strings belong are checked in seconds, not hours."""
    official = {"id": "official/a", "name": "A", "country": "IN", "evidence": [], "aliases": []}
    official["aliases"] = [{"k": i} for i in range(20_000)]
    started = time.perf_counter()
    errors = list(validator_for(iud.Official).iter_errors(official))
    assert time.perf_counter() - started < 5
    assert len(errors) == 20_001  # each alias is the wrong type, and evidence is empty
