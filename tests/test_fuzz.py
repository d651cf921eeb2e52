"""Fuzzing every entry point that reads input: whatever the bytes, only documented outcomes.

Documented outcomes: ``validate`` and ``validate_jsonl`` return a Report;
``from_json`` returns records or raises ValidationError; the command line
exits 0 or 1 for a readable file, prints no traceback, and every problem it
prints can be encoded. Inputs are arbitrary bytes, JSON-ish byte soup, and
valid documents with one node mutated (``tests/mutations.py``). The number of
examples (the time budget) depends on the Hypothesis profile: about a minute
in ``ci``, seconds in ``dev``.
"""

import io
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._cli import main
from tests.mutations import mutated

BASE: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parent / "broken" / "valid-dataset.json").read_text(encoding="utf-8")
)
_EXAMPLES = {"ci": 1000, "dev": 60}.get(os.environ.get("HYPOTHESIS_PROFILE", "ci"), 200)
fuzz = settings(max_examples=_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of JSON and of this dataset's documents, so that byte soup reaches past the parser.
_PIECES = [
    b"{", b"}", b"[", b"]", b",", b":", b'"', b"\\", b"\\u", b"d800", b"null", b"true", b"1e999", b"-0", b"NaN",
    b'"id"', b'"meetings"', b'"sources"', b'"version"', b'"meeting/a-b"', b'"2023-02-30"', b"\xef\xbb\xbf",
    b"\r\n", b"\n", b"\xff", b"\xc3", b"\xe2\x80\x93", "тАУ".encode(), b" ", b"0" * 70,
]  # fmt: skip
json_soup = st.lists(st.sampled_from(_PIECES) | st.binary(max_size=4), max_size=60).map(b"".join)
any_bytes = st.binary(max_size=2000) | json_soup
mutated_documents = mutated(BASE).map(lambda doc: json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass"))


def _check_report(report: iud.Report) -> None:
    assert isinstance(report, iud.Report)
    for problem in report.problems:
        str(problem).encode("utf-8")  # printable: no lone surrogate leaks into a message, path or id
        assert len(problem.message) < 2000


@fuzz
@given(any_bytes | mutated_documents)
def test_validate_and_from_json_have_only_documented_outcomes(data: bytes) -> None:
    """validate() returns a Report for any bytes; from_json() returns a Dataset or raises ValidationError."""
    _check_report(iud.validate(data))
    try:
        dataset = iud.from_json(data, iud.Dataset)
    except iud.ValidationError as exc:
        problems = exc.problems
        assert problems
        for problem in problems:
            str(problem).encode("utf-8")
    else:
        # What was accepted can be written out again and reads back the same.
        assert iud.from_json(iud.to_json(dataset).encode("utf-8"), iud.Dataset) == dataset


@fuzz
@given(st.lists(any_bytes | mutated_documents, max_size=5).map(b"\n".join))
def test_validate_jsonl_returns_a_report_for_any_bytes(data: bytes) -> None:
    """validate_jsonl() reads any byte stream line by line and returns a Report, whatever the lines hold."""
    for record_type in ("Meeting", "Evidence"):
        _check_report(iud.validate_jsonl(io.BytesIO(data), record_type))


@fuzz
@given(mutated(BASE))
def test_validating_parsed_data_agrees_with_validating_its_text(document: Any) -> None:
    """Parsed JSON data and the same data as text give the same problems (the JSON stage aside)."""
    assume(not isinstance(document, str))  # a str given to validate() is JSON text, not a parsed string
    text = json.dumps(document, ensure_ascii=False)
    by_data = {(p.rule, p.path) for p in iud.validate(document).problems}
    by_text = {(p.rule, p.path) for p in iud.validate(text).problems}
    assert by_data == by_text


@settings(parent=fuzz, max_examples=max(_EXAMPLES // 10, 10), suppress_health_check=list(HealthCheck))
@given(data=any_bytes | mutated_documents, as_jsonl=st.booleans())
def test_the_command_line_exits_0_or_1_and_never_shows_a_traceback(
    data: bytes, as_jsonl: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """`validate` on any readable file exits 0 or 1 as its output says, in text and JSON formats."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(data)
        args = ["validate", str(path), *(["--type", "Meeting"] if as_jsonl else [])]
        code = main(args)
        out, err = capsys.readouterr()
        assert code in (0, 1)
        assert err == ""
        summary = out.splitlines()[-1].removeprefix(f"{path}: ")
        assert summary == "valid" if code == 0 else re.fullmatch(r"[1-9][0-9]* problems?", summary)
        code_json = main([*args, "--format", "json"])
        report = json.loads(capsys.readouterr().out)
        assert (code_json, report["ok"]) == (code, code == 0)
