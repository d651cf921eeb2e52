import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import indo_us_dialogue as iud
from indo_us_dialogue import strategies as iuds
from tests.helpers import SEED_DIGESTS

ROOT = Path(__file__).resolve().parent.parent
VALID = ROOT / "tests" / "broken" / "valid-dataset.json"


def _document() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(VALID.read_text(encoding="utf-8"))
    return data


def _found(report: iud.Report) -> list[tuple[str, str]]:
    return [(p.rule, p.path) for p in report.problems]


def test_the_packaged_dataset_is_valid() -> None:
    """The curated dataset passes every rule, evidence checked against the packaged seeds."""
    report = iud.validate(iud.load_dataset())
    assert report.problems == ()
    assert iud.validate(ROOT / "src" / "indo_us_dialogue" / "data" / "dataset.json").ok


@given(iuds.datasets(sources="packaged"))
def test_generated_valid_datasets_pass_in_every_form(dataset: iud.Dataset) -> None:
    """A valid dataset has no problems as an object, as JSON text, as UTF-8 bytes and as parsed data."""
    text = iud.to_json(dataset)
    for document in (dataset, text, text.encode(), json.loads(text)):
        report = iud.validate(document)
        assert report.ok, report


@settings(max_examples=20)
@given(iuds.datasets(sources="packaged"))
def test_a_sources_directory_checks_the_same_spans(dataset: iud.Dataset) -> None:
    """With the seeds in a sources directory, a valid dataset is still valid."""
    report = iud.validate(dataset, sources=ROOT / "seeds")
    assert report.ok, report


def test_report_is_explicit_about_validity() -> None:
    """A Report says ok or not through .ok, refuses to be used as a truth value, and renders for people and machines."""
    good, bad = iud.validate(_document()), iud.validate("{}")
    assert good.ok
    assert not bad.ok
    with pytest.raises(TypeError, match=r"use report\.ok"):
        bool(bad)
    assert str(good) == "valid"
    assert '"version" is a required property [schema.required]' in str(bad)
    assert bad.to_dict() == {
        "ok": False,
        "problems": [
            {
                "path": "$",
                "pointer": "",
                "line": None,
                "record_id": None,
                "rule": "schema.required",
                "message": '"version" is a required property',
            }
        ],
    }
    json.dumps(bad.to_dict())


def test_problems_carry_the_record_id_and_come_in_document_order() -> None:
    """Each problem names the record it is in, and $.x[10] comes after $.x[2]."""
    document = _document()
    official = document["officials"][0]
    document["officials"] = [dict(official, id=f"official/o{i}") for i in range(12)]
    for i in (2, 10):
        document["officials"][i]["country"] = "XX"
    report = iud.validate(document)
    assert _found(report) == [("schema.enum", "$.officials[2].country"), ("schema.enum", "$.officials[10].country")]
    assert [p.record_id for p in report.problems] == ["official/o2", "official/o10"]


def test_record_type_validates_one_record() -> None:
    """record_type checks a document of any record type, by class or name, and a record object by its own class."""
    meeting = _document()["meetings"][1]
    assert iud.validate(meeting, record_type="Meeting").ok
    assert iud.validate(json.dumps(meeting), record_type=iud.Meeting).ok
    assert ("schema.required", "$") in _found(iud.validate(meeting))  # not a Dataset
    record = iud.from_dict(meeting, iud.Meeting)
    assert iud.validate(record).ok
    with pytest.raises(TypeError, match="the document is a Meeting"):
        iud.validate(record, record_type="Statement")
    with pytest.raises(LookupError, match="no record type 'Meating'"):
        iud.validate(meeting, record_type="Meating")


def test_lone_records_get_the_rules_that_need_no_other_record() -> None:
    """A lone meeting is checked for its own consistency, but not for references it cannot resolve."""
    meeting = _document()["meetings"][1]
    meeting["participants"].append(meeting["participants"][0])
    meeting["links"][0]["meeting"] = "meeting/2021-nowhere"
    assert _found(iud.validate(meeting, record_type="Meeting")) == [
        ("participant.duplicate", "$.participants[1]"),
    ]


def test_a_lone_source_is_checked_against_its_file() -> None:
    """A Source record alone still has its digest and its own evidence checked against the packaged seed."""
    source = _document()["sources"][0]
    assert iud.validate(source, record_type="Source").ok
    source["published"]["evidence"][0]["text"] = "2022-09-08"
    assert _found(iud.validate(source, record_type="Source")) == [("evidence.text", "$.published.evidence[0].text")]
    source["sha256"] = "0" * 64
    assert _found(iud.validate(source, record_type="Source")) == [("source.digest", "$.sha256")]


def test_paths_are_read_as_files_but_strings_are_json(tmp_path: Path) -> None:
    """A Path is a file to read; a str is JSON text; unreadable paths raise OSError, like open()."""
    assert iud.validate(VALID).ok
    assert _found(iud.validate(str(VALID))) == [("json.syntax", "$")]
    with pytest.raises(FileNotFoundError):
        iud.validate(tmp_path / "missing.json")
    with pytest.raises(IsADirectoryError):
        iud.validate(tmp_path)


def test_documents_over_the_size_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A whole document larger than the limit is reported as json.size instead of being parsed."""
    from indo_us_dialogue._validation import validate as _validate

    monkeypatch.setattr(_validate, "MAX_DOCUMENT_BYTES", 100)
    report = iud.validate(VALID)
    assert _found(report) == [("json.size", "$")]
    assert "larger than" in report.problems[0].message


def test_long_messages_and_ids_are_shortened() -> None:
    """A megabyte-long value does not make a megabyte-long message or record id."""
    document = _document()
    document["version"] = ["x" * 1_000_000]
    document["meetings"][0]["id"] = "y" * 1_000_000
    report = iud.validate(document)
    assert {p.rule for p in report.problems} == {"schema.type", "schema.pattern"}
    assert all(len(p.message) < 1100 and len(p.record_id or "") < 300 for p in report.problems)


def test_deep_parsed_documents_do_not_crash_the_checks() -> None:
    """Nesting that parses but is too deep for the checks that recurse is reported as json.depth."""
    document = _document()
    deep: list[Any] = []
    for _ in range(5_000):
        deep = [deep]
    document["officials"][0]["aliases"] = [deep, deep]
    assert _found(iud.validate(document)) in ([("json.depth", "$")], [("schema.type", "$.officials[0].aliases[0]")])


def test_duplicate_keys_and_nan_are_reported_at_every_path() -> None:
    """Every duplicate key and every NaN is reported at its own path, not just the first at $."""
    text = VALID.read_text(encoding="utf-8")
    text = text.replace('"kind": "ministerial",', '"kind": "ministerial", "kind": "leaders",')
    text = text.replace('"value": 6', '"value": NaN')
    text = text.replace('"version": "1.0.0",', '"version": "1.0.0", "version": "1.0.1",')
    report = iud.validate(text)
    assert sorted(_found(report)) == [
        ("json.duplicate-key", "$.meetings[0].kind"),
        ("json.duplicate-key", "$.version"),
        ("json.syntax", "$.meetings[1].ordinal.value"),
    ]
    assert [p.record_id for p in report.problems] == [
        "meeting/2022-04-ministerial",
        "meeting/2022-09-07-intersessional",
        None,
    ]


def _seed_copy(tmp_path: Path) -> Path:
    directory = tmp_path / "sources"
    shutil.copytree(ROOT / "seeds", directory)
    return directory


def test_sources_directory_reports_missing_and_altered_files(tmp_path: Path) -> None:
    """Given a sources directory, a missing file is source.missing and a changed one source.digest."""
    directory = _seed_copy(tmp_path)
    document = _document()
    assert iud.validate(document, sources=directory).ok
    name = document["sources"][0]["file_name"]
    (directory / name).write_bytes((directory / name).read_bytes() + b"\n")
    assert _found(iud.validate(document, sources=directory)) == [("source.digest", "$.sources[0].sha256")]
    (directory / name).unlink()
    (report_missing,) = iud.validate(document, sources=directory).problems
    assert (report_missing.rule, report_missing.path) == ("source.missing", "$.sources[0].file_name")
    assert report_missing.record_id == document["sources"][0]["id"]
    (directory / name).mkdir()
    assert _found(iud.validate(document, sources=directory)) == [("source.missing", "$.sources[0].file_name")]


def test_sources_directory_checks_spans_of_any_dataset(tmp_path: Path) -> None:
    """Evidence of sources that are not packaged seeds is checked against the directory's files."""
    directory = tmp_path / "sources"
    directory.mkdir()
    raw = b"Ministers met in Washington."
    (directory / "report.txt").write_bytes(raw)
    evidence = {"source": "source/report", "start": 17, "end": 27, "text": "Washington"}
    document = {
        "version": "1.0.0",
        "sources": [
            {
                "id": "source/report",
                "file_name": "report.txt",
                "sha256": hashlib.sha256(raw).hexdigest(),
                "headline": {"value": "Washington", "evidence": [evidence]},
            }
        ],
    }
    assert iud.validate(document).ok  # not a packaged seed: only offsets can be checked
    assert iud.validate(document, sources=directory).ok
    evidence["text"] = "Washingtom"
    assert iud.validate(document).ok
    (problem,) = iud.validate(document, sources=directory).problems
    assert (problem.rule, problem.path) == ("evidence.text", "$.sources[0].headline.evidence[0].text")
    assert '"Washington", not "Washingtom"' in problem.message
    (directory / "report.txt").write_bytes(b"\xff" * 28)
    document["sources"][0]["sha256"] = hashlib.sha256(b"\xff" * 28).hexdigest()
    assert _found(iud.validate(document, sources=directory)) == [("evidence.text", "$.sources[0].file_name")]


def test_a_sources_path_that_is_not_a_directory_is_an_error(tmp_path: Path) -> None:
    """A mistyped sources directory raises instead of reporting every source as missing."""
    with pytest.raises(NotADirectoryError, match="sources directory"):
        iud.validate(_document(), sources=tmp_path / "nope")


@pytest.mark.parametrize(
    ("edit", "expected", "message"),
    [
        (lambda d: d["meetings"][1]["evidence"][0].update(end=17), "evidence.offsets", "start 17 is not before end 17"),
        (lambda d: d["meetings"][1]["evidence"][0].update(text="x"), "evidence.offsets", "the quoted text has 1"),
        (lambda d: d["meetings"][1]["date"].pop("reasoning"), "date.basis", "inferred date needs 'reasoning'"),
        (
            lambda d: d["statements"][0]["speaker"].update(official=None, inferred_official="official/arindam-bagchi"),
            "speaker.inference",
            "needs 'inference'",
        ),
        (lambda d: d["meetings"][1].update(notes="India\u0442\u0410\u0423US"), "text.mojibake", 'should read "–"'),
        (
            lambda d: d["meetings"][1]["evidence"][0].update(start=2000, end=2036),
            "evidence.text",
            "the quoted text is at 17:53",
        ),
        (
            lambda d: d["meetings"][1]["evidence"][0].update(start=9000, end=9036),
            "evidence.text",
            "runs past the end of the source's text",
        ),
    ],
)
def test_rule_messages_say_what_to_fix(edit: Any, expected: str, message: str) -> None:
    """Semantic problems explain themselves: the offsets, the missing reasoning, the repaired text, the right span."""
    document = _document()
    edit(document)
    (problem,) = iud.validate(document).problems
    assert problem.rule == expected
    assert message in problem.message


def test_the_packaged_seed_digests_are_what_the_strategy_uses() -> None:
    """The test strategy's idea of the seeds matches the SHA256SUMS shipped with them."""
    lines = (ROOT / "seeds" / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert {name: digest for digest, name in (line.split("  ", 1) for line in lines)} == SEED_DIGESTS


def test_the_same_record_object_listed_twice_is_a_duplicate_id() -> None:
    """A Dataset that lists one record object twice has a duplicate id, found as for two equal copies."""
    source = iud.Source(id="source/0", file_name="0", sha256="0" * 64)
    report = iud.validate(iud.Dataset(version="1.0.0", sources=(source, source)))
    assert [(p.path, p.rule) for p in report.problems] == [("$.sources[1].id", "id.duplicate")]
