"""The bounds of docs/validation.md ("Resources"): memory and time proportional to the input, on every path.

Peak memory is measured in a fresh interpreter (``VmHWM`` of the child), so
nothing the test process holds counts.
"""

import hashlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._io import sources as _sources
from indo_us_dialogue._io.convert import MAX_PROBLEMS
from indo_us_dialogue._io.jsonio import quoted
from indo_us_dialogue._model.patterns import ecma_search, id_pattern, python_regex
from indo_us_dialogue._validation import jsonl as _jsonl

ROOT = Path(__file__).resolve().parent.parent
BASE: dict[str, Any] = json.loads((ROOT / "tests" / "broken" / "valid-dataset.json").read_text(encoding="utf-8"))
MiB = 2**20
#: The stated bound (docs/validation.md, "Resources"): peak memory at most this many times the input
#: size, plus the interpreter and libraries (measured here as the peak of validating a small dataset).
FACTOR = 16

_MEASURE = """
import subprocess, sys
from pathlib import Path
from indo_us_dialogue._cli import main
code = main(sys.argv[1:])
status = Path("/proc/self/status").read_text()
rss = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
print(code, rss, file=sys.stderr)
"""


def peak_rss(*args: str) -> tuple[int, int, str]:
    """Run the command line with ``args`` in a fresh interpreter: (exit code, peak RSS in bytes, stdout)."""
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, timeout=300, check=False
    )
    code, rss = result.stderr.split()[-2:]
    return int(code), int(rss) * 1024, result.stdout


def baseline_rss(tmp_path: Path) -> int:
    """Peak memory of validating the small valid dataset: the constant part of the bound."""
    path = tmp_path / "small.json"
    path.write_text(json.dumps(BASE), encoding="utf-8")
    return peak_rss("validate", str(path))[1]


@given(st.text(alphabet="ab-9/Z\n", max_size=30) | st.from_regex(r"[a-z0-9]+(-[a-z0-9]+)*\Z"))
def test_the_linear_id_regex_matches_exactly_what_the_schema_pattern_matches(tail: str) -> None:
    """Python's possessive form of an id pattern accepts the same texts as the pattern written in the schema."""
    text = f"meeting/{tail}"
    backtracking = re.compile(id_pattern("meeting").removesuffix("$") + r"\Z")
    assert ecma_search(id_pattern("meeting"), text) is (backtracking.search(text) is not None)
    assert python_regex(id_pattern("meeting")).pattern != backtracking.pattern


@pytest.mark.parametrize("tail", ["a-b" * 10_000_000 + "-", "a-b" * 10_000_000])
def test_a_30_mb_id_is_checked_in_memory_proportional_to_it(tmp_path: Path, tail: str) -> None:
    """A document holding a 30 MB id (valid or not) validates within the stated bound (the old regex took 2 GB)."""
    document = {**BASE, "meetings": [{**BASE["meetings"][0], "id": f"meeting/{tail}"}, *BASE["meetings"][1:]]}
    path = tmp_path / "big-id.json"
    path.write_text(json.dumps(document), encoding="ascii")
    code, rss, out = peak_rss("validate", str(path))
    assert code == 1  # the id is never referenced as it should be, or is malformed
    assert rss < baseline_rss(tmp_path) + FACTOR * path.stat().st_size
    assert max(len(line) for line in out.splitlines()) < 2000  # messages quote the id cut short


def test_a_document_of_many_records_stays_within_the_bound(tmp_path: Path) -> None:
    """A dataset of 12,000 meetings (about 5 MB of small values, the costliest shape) validates within the bound."""
    copies = [{**BASE["meetings"][0], "id": f"meeting/copy-{index}", "links": []} for index in range(12_000)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps({**BASE, "meetings": [*BASE["meetings"], *copies]}), encoding="utf-8")
    code, rss, _ = peak_rss("validate", str(path))
    assert code == 0
    assert rss < baseline_rss(tmp_path) + FACTOR * path.stat().st_size


def test_a_15_mib_json_lines_line_stays_within_the_bound(tmp_path: Path) -> None:
    """A 15 MiB JSON Lines line (a record with a 15 MB id) is checked within the bound of its own size (was 1.9 GB)."""
    meeting = BASE["meetings"][0]
    line = json.dumps({**meeting, "id": "meeting/" + "a-b" * (5 * MiB)})
    path = tmp_path / "long.jsonl"
    path.write_text(line + "\n" + json.dumps(meeting) + "\n", encoding="ascii")
    code, rss, _ = peak_rss("validate", "--type", "Meeting", str(path))
    assert code == 0
    assert rss < baseline_rss(tmp_path) + FACTOR * len(line)


def test_a_source_file_named_by_100_sources_is_held_once(tmp_path: Path) -> None:
    """Validating against a 20 MB source file named by 100 Source records costs memory for one copy (was 2 GB)."""
    seed = BASE["sources"][0]
    folder = tmp_path / "sources"
    folder.mkdir()
    big = (ROOT / "seeds" / seed["file_name"]).read_bytes() + b"filler line\n" * (20 * 10**6 // 12)
    (folder / "big.txt").write_bytes(big)
    (folder / seed["file_name"]).write_bytes((ROOT / "seeds" / seed["file_name"]).read_bytes())
    digest = hashlib.sha256(big).hexdigest()
    copies = [
        json.loads(
            json.dumps({**seed, "file_name": "big.txt", "sha256": digest}).replace(seed["id"], f"source/big-{n}")
        )
        for n in range(100)
    ]
    path = tmp_path / "dataset.json"
    path.write_text(json.dumps({**BASE, "sources": [*BASE["sources"], *copies]}), encoding="utf-8")
    code, rss, _ = peak_rss("validate", "--sources", str(folder), str(path))
    assert code == 0
    assert rss < baseline_rss(tmp_path) + FACTOR * (path.stat().st_size + len(big))


def test_messages_quote_values_in_json_spelling_and_cut_short() -> None:
    """Values in messages read as JSON (true, null, "x") and only about 80 characters of a long one are shown."""
    assert quoted(True) == "true"
    assert quoted(None) == "null"
    assert quoted([True, None, "é"]) == '[true, null, "é"]'
    assert len(quoted("x" * 10**7)) < 100
    assert len(quoted(list(range(10**6)))) < 100


def test_a_source_file_named_by_many_sources_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a sources directory each file is opened, hashed and held once, however many Sources name it."""
    seed = BASE["sources"][0]
    (tmp_path / seed["file_name"]).write_bytes((ROOT / "seeds" / seed["file_name"]).read_bytes())
    copies = [{**seed, "id": f"source/copy-{index}"} for index in range(100)]
    document = {**BASE, "sources": [*BASE["sources"], *copies]}
    opened: list[Path] = []
    real_open = _sources.open_regular_file

    def counting_open(path: Path) -> Any:
        opened.append(path)
        return real_open(path)

    monkeypatch.setattr(_sources, "open_regular_file", counting_open)
    assert iud.validate(document, sources=tmp_path).ok
    assert opened == [tmp_path / seed["file_name"]]


@pytest.mark.parametrize("ending", [b"\n", b"\r\n"])
def test_the_line_limit_does_not_depend_on_the_line_ending(ending: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of exactly MAX_LINE_BYTES is read and one byte more is json.size, with LF and CRLF line breaks alike."""
    monkeypatch.setattr(_jsonl, "MAX_LINE_BYTES", 64)
    fits, too_long = b'"' + b"x" * 62 + b'"', b'"' + b"x" * 63 + b'"'
    stream = io.BytesIO(fits + ending + too_long + ending + fits + ending)
    assert [(p.rule, p.path) for p in iud.validate_jsonl(stream, "Evidence").problems] == [
        ("schema.type", "$[0]"),
        ("json.size", "$[1]"),
        ("schema.type", "$[2]"),
    ]


def test_running_out_of_memory_on_one_line_leaves_the_rest_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A MemoryError while checking one JSON Lines line is json.size at that line; the next lines are still checked."""
    real = _jsonl.document_problems

    def exhausting(line: bytes, *args: Any) -> Any:
        if b"exhaust" in line:
            raise MemoryError
        return real(line, *args)

    monkeypatch.setattr(_jsonl, "document_problems", exhausting)
    stream = io.BytesIO(b'"exhaust"\n{}\n')
    assert [(p.rule, p.path) for p in iud.validate_jsonl(stream, "Evidence").problems] == [
        ("json.size", "$[0]"),
        *[("schema.required", "$[1]")] * 4,
    ]


@pytest.mark.parametrize("item", ["1", '"\\ud800"'])
def test_a_document_with_a_problem_every_few_bytes_keeps_a_bounded_report(tmp_path: Path, item: str) -> None:
    """A million problems in 2-8 MB stop at MAX_PROBLEMS with report.limit, within the bound (was 700 MB, 69 s)."""
    path = tmp_path / "ones.json"
    body = json.dumps({**BASE, "meetings": ["MEETINGS"]}).replace('"MEETINGS"', ",".join([item] * 1_000_000))
    path.write_text(body, encoding="ascii")
    code, rss, out = peak_rss("validate", str(path))
    assert code == 1
    assert out.splitlines()[-1] == f"{path}: {MAX_PROBLEMS + 1} problems"
    assert "[report.limit]" in out
    assert rss < baseline_rss(tmp_path) + FACTOR * path.stat().st_size
