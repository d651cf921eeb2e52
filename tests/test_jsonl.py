import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import indo_us_dialogue as iud
from indo_us_dialogue import strategies as iuds
from indo_us_dialogue._validation import jsonl as _jsonl

ROOT = Path(__file__).resolve().parent.parent
BASE: dict[str, Any] = json.loads((ROOT / "tests" / "broken" / "valid-dataset.json").read_text(encoding="utf-8"))
MiB = 2**20

# Run in a fresh interpreter so that nothing else in the test process counts:
# validate a file with tracemalloc on, print the peak of Python allocations and
# the peak resident memory. (VmHWM, not ru_maxrss: on Linux ru_maxrss survives
# exec, so a child would report the test process's own peak.)
_MEASURE = """
import json, sys, tracemalloc
from pathlib import Path
import indo_us_dialogue as iud
iud.validate(Path(sys.argv[1]).with_name("warm-up.json"))  # load schemas and seeds before measuring
tracemalloc.start()
if sys.argv[2] == "read whole":
    size = len(Path(sys.argv[1]).read_bytes())
    problems = []
else:
    problems = [[p.rule, p.path] for p in iud.validate_jsonl(Path(sys.argv[1]), sys.argv[2]).problems]
peak = tracemalloc.get_traced_memory()[1]
try:
    status = Path("/proc/self/status").read_text()
    rss = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
except (OSError, StopIteration):
    rss = None
print(json.dumps({"peak": peak, "problems": problems, "peak_rss_kib": rss}))
"""


def _measure(path: Path, record_type: str) -> dict[str, Any]:
    shutil.copy(ROOT / "tests" / "broken" / "valid-dataset.json", path.with_name("warm-up.json"))
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), record_type],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    measured: dict[str, Any] = json.loads(result.stdout)
    return measured


def _write_lines(path: Path, line: bytes, size: int) -> None:
    with path.open("wb") as stream:
        for _ in range(size // len(line) + 1):
            stream.write(line)


def test_memory_does_not_grow_with_file_size(tmp_path: Path) -> None:
    """Validating JSON Lines streams the file: peak memory is the same for 20 MB and 80 MB, far below either."""
    meeting = {**BASE["meetings"][0], "notes": "A long editorial note. " * 700}  # a 16 KB line
    line = (json.dumps(meeting) + "\n").encode()
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    _write_lines(small, line, 20 * 10**6)
    _write_lines(large, line, 80 * 10**6)

    # The measurement does see a whole file held in memory...
    assert _measure(small, "read whole")["peak"] >= small.stat().st_size
    # ...and validating holds one line at a time, whatever the file size.
    small_run, large_run = _measure(small, "Meeting"), _measure(large, "Meeting")
    assert small_run["problems"] == large_run["problems"] == []
    assert small_run["peak"] < 4 * MiB
    assert large_run["peak"] < small_run["peak"] + 1 * MiB
    if small_run["peak_rss_kib"] is not None:  # Linux
        assert large_run["peak_rss_kib"] < small_run["peak_rss_kib"] + 16 * 1024


def test_an_over_long_line_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    """An 80 MiB line is reported as json.size and skipped without being held whole; later lines are still checked."""
    evidence = json.dumps(BASE["meetings"][0]["evidence"][0]).encode()
    path = tmp_path / "long.jsonl"
    path.write_bytes(evidence + b"\n" + b'"' + b"x" * (80 * MiB) + b'"\n' + evidence.replace(b'"start"', b'"begin"'))
    run = _measure(path, "Evidence")
    assert run["problems"] == [
        ["json.size", "$[1]"],
        ["schema.additionalProperties", "$[2]"],
        ["schema.required", "$[2]"],
    ]
    assert run["peak"] < 3 * _jsonl.MAX_LINE_BYTES < 80 * MiB
    if run["peak_rss_kib"] is not None:  # Linux
        assert run["peak_rss_kib"] * 1024 < 80 * MiB


def test_line_length_limit_is_exact(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of exactly the limit is read; one byte more is refused; the line break does not count."""
    monkeypatch.setattr(_jsonl, "MAX_LINE_BYTES", 10)
    stream = io.BytesIO(b'"12345678"\n"123456789"\n"12345678"')
    problems = iud.validate_jsonl(stream, "Evidence").problems
    assert [(p.rule, p.path) for p in problems] == [
        ("schema.type", "$[0]"),
        ("json.size", "$[1]"),
        ("schema.type", "$[2]"),
    ]
    assert problems[1].message == "line 2: the line is longer than 10 bytes; it was skipped"


def test_problems_name_their_line_and_record() -> None:
    """Paths start with $[index of the line]; JSON messages give the line number; record ids come from the line."""
    meeting = BASE["meetings"][1]
    broken = {**meeting, "date": {**meeting["date"], "value": "2022-02-30"}}
    text = "\n".join([json.dumps(meeting), json.dumps(broken), '{"id": "meeting/x",']) + "\n"
    problems = iud.validate_jsonl(io.BytesIO(text.encode()), iud.Meeting).problems
    assert [(p.rule, p.path, p.record_id) for p in problems] == [
        ("date.calendar", "$[1].date.value", meeting["id"]),
        ("json.syntax", "$[2]", None),
    ]
    assert problems[1].message == "line 3: Expecting property name enclosed in double quotes at column 20"


def test_the_api_takes_paths_and_binary_streams_only(tmp_path: Path) -> None:
    """validate_jsonl reads a Path or a binary stream; a str or a text stream is refused with a clear TypeError."""
    path = tmp_path / "evidence.jsonl"
    path.write_text(json.dumps(BASE["meetings"][0]["evidence"][0]) + "\n", encoding="utf-8")
    assert iud.validate_jsonl(path, "Evidence").ok
    with path.open("rb") as stream:
        assert iud.validate_jsonl(stream, iud.Evidence).ok
    with pytest.raises(TypeError, match=r"pathlib\.Path"):
        iud.validate_jsonl(str(path), "Evidence")  # type: ignore[arg-type]
    with path.open(encoding="utf-8") as text, pytest.raises(TypeError, match="binary"):
        iud.validate_jsonl(text, "Evidence")  # type: ignore[arg-type]
    with pytest.raises(LookupError):
        iud.validate_jsonl(path, "Meating")
    with pytest.raises(IsADirectoryError):
        iud.validate_jsonl(tmp_path, "Evidence")


def test_source_lines_are_checked_against_the_sources_directory(tmp_path: Path) -> None:
    """JSON Lines of Source records get source.missing and source.digest per line when a directory is given."""
    source = BASE["sources"][0]
    lines = [source, {**source, "sha256": "0" * 64}, {**source, "id": "source/other", "file_name": "other.txt"}]
    stream = io.BytesIO("".join(json.dumps(s) + "\n" for s in lines).encode())
    problems = iud.validate_jsonl(stream, "Source", sources=ROOT / "seeds").problems
    assert [(p.rule, p.path, p.record_id) for p in problems] == [
        ("source.digest", "$[1].sha256", source["id"]),
        ("source.missing", "$[2].file_name", "source/other"),
    ]


@settings(max_examples=25)
@given(iuds.datasets(sources="packaged"))
def test_records_of_a_valid_dataset_are_valid_json_lines(dataset: iud.Dataset) -> None:
    """Every group of a valid dataset, written one record per line, is valid JSON Lines of its type."""
    for group, cls in [("officials", iud.Official), ("meetings", iud.Meeting), ("statements", iud.Statement)]:
        text = "".join(iud.to_json(record, indent=None) for record in getattr(dataset, group))
        report = iud.validate_jsonl(io.BytesIO(text.encode()), cls)
        assert report.ok, report
