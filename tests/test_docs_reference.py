"""Tests for scripts/build_docs_reference.py: the record-type reference generated from the schemas."""

import json
import sys
from pathlib import Path

import pytest

import indo_us_dialogue as iud

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import build_docs_reference as reference
finally:
    sys.path.pop(0)


def test_committed_reference_page_is_up_to_date() -> None:
    """docs/reference/records.md is exactly what the generator writes (run scripts/build_docs_reference.py)."""
    assert reference.PAGE.read_text(encoding="utf-8") == reference.current_page(), (
        "docs/reference/records.md is stale: run python scripts/build_docs_reference.py"
    )


def test_check_mode_reports_a_stale_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--check exits 1 when the page differs from the generated one, and 0 when it is the same."""
    page = tmp_path / "records.md"
    monkeypatch.setattr(reference, "PAGE", page)
    page.write_text("# old\n", encoding="utf-8")
    assert reference.main(["--check"]) == 1
    assert reference.main([]) == 0
    assert reference.main(["--check"]) == 0


def test_every_field_of_every_record_type_is_listed() -> None:
    """Each record type reachable from the dataset schema has a section with a row for each of its fields."""
    schemas = reference.load_schemas()
    page = reference.PAGE.read_text(encoding="utf-8")
    records, _ = reference.reachable(reference.Resolver(schemas))
    assert {schemas[stem]["title"] for stem in records} == {*iud.schema_names()}
    for stem in records:
        section = page.split(f"{{#{stem}}}", 1)[1].split("\n## ", 1)[0]
        for field in schemas[stem]["properties"]:
            assert f"| `{field}` |" in section, (stem, field)


def test_every_example_is_a_real_record_of_its_type() -> None:
    """Each record type's example (before shortening) is a record of the curated data, valid against its schema."""
    schemas = reference.load_schemas()
    resolver = reference.Resolver(schemas)
    found: dict[str, list[object]] = {}
    data = iud.to_dict(iud.load_dataset())
    reference.collect_instances(resolver, "dataset", schemas["dataset"], data, found)
    records, _ = reference.reachable(resolver)
    assert set(records) - {"dataset"} <= found.keys()
    document = json.dumps(data)
    for stem, instances in found.items():
        example = reference.best_example(instances)
        assert json.dumps(example) in document
        assert iud.validate(json.dumps(example), record_type=schemas[stem]["title"]).ok, stem


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("urn:indo-us-dialogue:schema:meeting", ("meeting", None)),
        ("meeting.schema.json", ("meeting", None)),
        ("./meeting.schema.json", ("meeting", None)),
        ("https://example.org/schemas/meeting.schema.json", ("meeting", None)),
        ("urn:indo-us-dialogue:schema:definitions#/$defs/meetingId", ("definitions", "meetingId")),
        ("definitions.schema.json#/$defs/meetingId", ("definitions", "meetingId")),
    ],
)
def test_references_resolve_by_file_name_in_either_form(ref: str, expected: tuple[str, str | None]) -> None:
    """urn: ids and file-relative references to the same schema resolve to the same target."""
    stem, def_name, _ = reference.Resolver(reference.load_schemas()).resolve(ref, "statement")
    assert (stem, def_name) == expected


def test_an_unknown_reference_is_a_clear_error() -> None:
    """A $ref to a schema file that does not exist names the reference and the file it looked for."""
    with pytest.raises(KeyError, match=r"no schemas/nothing\.schema\.json"):
        reference.Resolver(reference.load_schemas()).resolve("nothing.schema.json", "meeting")
