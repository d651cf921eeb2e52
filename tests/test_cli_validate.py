import json
import re
import shutil
from pathlib import Path

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._cli import main
from indo_us_dialogue._cli import validate as command
from tests.command_line import run

ROOT = Path(__file__).resolve().parent.parent
BROKEN = ROOT / "tests" / "broken"
VALID = BROKEN / "valid-dataset.json"


def test_help_describes_the_command_and_its_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    """`validate --help` names the options, the output format and the three exit codes."""
    with pytest.raises(SystemExit) as caught:
        main(["validate", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for text in ("--type", "--format", "--sources", "FILE: PATH (RECORD ID): MESSAGE [RULE]", "2 usage error"):
        assert text in " ".join(out.split())


@pytest.mark.parametrize(
    "args",
    [["validate"], ["validate", "--type", "Meating", "x.jsonl"], ["validate", "--format", "xml", "x.json"]],
    ids=["no path", "unknown type", "unknown format"],
)
def test_bad_options_are_usage_errors(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Missing paths and unknown option values exit 2 with a usage message, before reading anything."""
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_a_sources_option_that_is_not_a_directory_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--sources naming no directory exits 2 and says so, instead of reporting every source missing."""
    assert main(["validate", "--sources", str(tmp_path / "nope"), str(VALID)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "sources directory" in err


def test_every_path_is_checked_and_the_worst_outcome_decides_the_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Valid, invalid and unreadable paths are all reported in one run: exit 1 for problems, 2 if a path failed."""
    invalid = BROKEN / "duplicate-id.json"
    assert main(["validate", str(VALID)]) == 0
    assert capsys.readouterr().out == f"{VALID}: valid\n"
    assert main(["validate", str(VALID), str(invalid)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{VALID}: valid",
        f"{invalid}: $.officials[1].id (official/arindam-bagchi): official/arindam-bagchi is already the id "
        "of $.officials[0] [id.duplicate]",
        f"{invalid}: 1 problem",
    ]
    missing = tmp_path / "missing.json"
    assert main(["validate", str(missing), str(invalid), str(VALID), "--format", "json"]) == 2
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert [(f["file"], f["ok"], len(f["problems"])) for f in report["files"]] == [
        (str(missing), False, 0),
        (str(invalid), False, 1),
        (str(VALID), True, 0),
    ]
    assert report["files"][0]["error"] == f"cannot read {str(missing)!r}: No such file or directory"
    assert report["ok"] is False
    assert f"indo-us-dialogue validate: error: cannot read {str(missing)!r}" in err


def test_the_sources_option_checks_evidence_against_the_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--sources DIR looks source files up there: an altered file is reported as source.digest."""
    directory = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", directory)
    assert main(["validate", "--sources", str(directory), str(VALID)]) == 0
    capsys.readouterr()
    seed = directory / "000_3383ec6aaa1b071a.txt"
    seed.write_bytes(seed.read_bytes().replace(b"sixth", b"fifth"))
    assert main(["validate", "--sources", str(directory), str(VALID)]) == 1
    assert "[source.digest]" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("error", "rule"),
    [(MemoryError(), "json.size"), (RecursionError(), "json.depth"), (RuntimeError("boom"), "internal")],
)
def test_a_failure_of_the_validator_is_a_problem_not_a_traceback(
    error: BaseException, rule: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Running out of memory or stack, or a bug, is printed as a problem of the file; the next file is still checked."""

    def fail(*args: object) -> list[object]:
        raise error

    monkeypatch.setattr(command, "document_problems", fail)
    assert main(["validate", str(VALID), str(VALID)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith(f"{VALID}: $: ")
    assert lines[0].endswith(f"[{rule}]")
    assert lines[2] == lines[0]


def test_hostile_text_cannot_reach_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Escape sequences and lone surrogates in the data are printed escaped, as text and as JSON."""
    path = tmp_path / "hostile.json"
    path.write_text('{"version": "1.0.0", "meetings": [{"id": "\\u001b[2J\\ud800"}]}', encoding="ascii")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "(\\x1b[2J\\ud800)" in out
    assert main(["validate", "--format", "json", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.isascii()
    # The lone surrogate (text.encoding) is shown as its escape already in the problem: it cannot be encoded.
    assert json.loads(out)["files"][0]["problems"][0]["record_id"] == "\x1b[2J\\ud800"


def test_a_dash_reads_standard_input() -> None:
    """`validate -` checks the document piped to it: the export is valid, an empty object is not."""
    exported = iud.to_json(iud.load_dataset())
    good = run("validate", "-", stdin=exported)
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout == "-: valid\n"
    bad = run("validate", "-", stdin="{}")
    assert bad.returncode == 1
    assert '-: $: "version" is a required property [schema.required]' in bad.stdout


@pytest.mark.parametrize("name", ["Meeting", "meeting", "MEETING"])
def test_type_in_any_case_checks_one_pretty_printed_record(tmp_path: Path, name: str) -> None:
    """`--type T` (any case) checks a single indented JSON record of type T, not a JSON Lines file."""
    meeting = iud.load_dataset().meetings[0]
    path = tmp_path / "meeting.json"
    path.write_text(json.dumps(iud.to_dict(meeting), indent=2), encoding="utf-8")
    assert main(["validate", "--type", name, str(path)]) == 0
    broken = iud.to_dict(meeting) | {"kind": "picnic"}
    path.write_text(json.dumps(broken, indent=2), encoding="utf-8")
    result = run("validate", "--type", name, str(path))
    assert result.returncode == 1
    assert f"{path}: $.kind ({meeting.id}): " in result.stdout
    assert "json.syntax" not in result.stdout


def test_json_lines_are_recognised_by_extension_by_flag_and_by_file_name(tmp_path: Path) -> None:
    """.jsonl and .ndjson files, or any file with --jsonl, are JSON Lines; meetings.jsonl needs no --type."""
    lines = "".join(json.dumps(iud.to_dict(m)) + "\n" for m in iud.load_dataset().meetings)
    for name, extra in (
        ("meetings.jsonl", []),
        ("x.ndjson", ["--type", "meeting"]),
        ("x.txt", ["--jsonl", "--type", "Meeting"]),
    ):
        path = tmp_path / name
        path.write_text(lines, encoding="utf-8")
        result = run("validate", *extra, str(path))
        assert (result.returncode, result.stdout) == (0, f"{path}: valid\n"), result.stderr


def test_json_lines_of_unknown_type_are_a_usage_error(tmp_path: Path) -> None:
    """A JSON Lines file whose type is neither given nor named by the file exits 2, explained on stderr."""
    path = tmp_path / "records.jsonl"
    path.write_text("{}\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 2
    assert "give --type" in result.stderr


def test_every_json_lines_problem_carries_its_line_and_a_pointer(tmp_path: Path) -> None:
    """Each problem of a JSON Lines file names its line in text, and has `line` and an RFC 6901 `pointer` in JSON."""
    path = tmp_path / "evidence.jsonl"
    path.write_text('{"source": "source/a", "start": 0, "end": 1, "text": "x"}\n{"source": 1}\nnot json\n', "utf-8")
    text = run("validate", "--type", "evidence", str(path))
    problems = text.stdout.splitlines()[:-1]
    assert problems
    assert all(re.search(r": line [23]: ", line) for line in problems), problems
    report = json.loads(run("validate", "--type", "evidence", "--format", "json", str(path)).stdout)
    found = report["files"][0]["problems"]
    assert {p["line"] for p in found} == {2, 3}
    for problem in found:
        index = problem["line"] - 1
        assert problem["pointer"].startswith(f"/{index}")
        assert problem["path"].startswith(f"$[{index}]")
    assert {"pointer": "/1/source", "line": 2}.items() <= next(p for p in found if p["path"] == "$[1].source").items()


def test_json_reports_of_documents_carry_pointers(tmp_path: Path) -> None:
    """A whole-document JSON report gives each problem an RFC 6901 pointer beside its JSON path and a null line."""
    document = iud.to_dict(iud.load_dataset())
    document["meetings"][1]["kind"] = "picnic"
    path = tmp_path / "dataset.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    report = json.loads(run("validate", "--format", "json", str(path)).stdout)
    (problem,) = report["files"][0]["problems"]
    assert (problem["path"], problem["pointer"], problem["line"]) == ("$.meetings[1].kind", "/meetings/1/kind", None)
