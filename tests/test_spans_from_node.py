"""tools/check-spans.mjs: evidence spans checked from Node.js alone, against the exported texts, by code point."""

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._export.texts import write_texts
from indo_us_dialogue._io.utf16 import Utf16Offsets
from indo_us_dialogue._model.walk import walk_record

ROOT = Path(__file__).resolve().parent.parent
CHECKER = ROOT / "tools" / "check-spans.mjs"
DATASET = ROOT / "src" / "indo_us_dialogue" / "data" / "dataset.json"
NODE = shutil.which("node")

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed (Debian: apt-get install nodejs)")


def _check(dataset: Path, texts: Path) -> subprocess.CompletedProcess[str]:
    assert NODE is not None
    return subprocess.run(
        [NODE, str(CHECKER), str(dataset), str(texts)], capture_output=True, text=True, timeout=60, check=False
    )


def _span_count() -> int:
    return sum(isinstance(value, iud.Evidence) for _, _, value in walk_record(iud.load_dataset()))


def test_every_span_of_the_packaged_dataset_matches_the_shipped_texts() -> None:
    """Node finds each evidence text at its code-point offsets in texts/, for every span the dataset has."""
    result = _check(DATASET, ROOT / "texts")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"{_span_count()} spans checked, 0 do not match\n"


def test_every_span_of_an_export_matches_the_exported_texts(tmp_path: Path) -> None:
    """`export --format json` plus the texts written by write_texts check out in Node, with no Python involved."""
    exported = tmp_path / "dataset.json"
    subprocess.run(
        [sys.executable, "-m", "indo_us_dialogue", "export", "--format", "json", "-o", str(exported)], check=True
    )
    write_texts(tmp_path / "texts")
    result = _check(exported, tmp_path / "texts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_span_that_does_not_match_is_reported_with_its_path(tmp_path: Path) -> None:
    """A changed evidence text and offsets past the end are each reported at their JSON path; the exit status is 1."""
    document = json.loads(DATASET.read_text(encoding="utf-8"))
    document["statements"][0]["evidence"][0]["text"] += "!"
    document["meetings"][0]["evidence"][0]["end"] = 10**6
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    result = _check(broken, ROOT / "texts")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == f"{_span_count()} spans checked, 2 do not match"
    assert {line.split(":")[0] for line in lines[:-1]} == {
        "$.statements[0].evidence[0].text",
        "$.statements[0].evidence[0].utf16_start",  # the changed text fails the UTF-16 slice too
        "$.meetings[0].evidence[0]",
    }


def test_unreadable_input_exits_2_with_a_message(tmp_path: Path) -> None:
    """A texts directory without the sources' files is an input error (exit 2), not a list of mismatches."""
    result = _check(DATASET, tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("check-spans: ENOENT")


def _document(text: str, spans: list[tuple[int, int]]) -> dict[str, Any]:
    utf16 = Utf16Offsets(text)
    evidence = [
        {"source": "source/t", "start": s, "end": e, "text": text[s:e], "utf16_start": utf16(s), "utf16_end": utf16(e)}
        for s, e in spans
    ]
    return {"sources": [{"id": "source/t", "file_name": "t.txt"}], "statements": [{"evidence": evidence}]}


@st.composite
def _texts_with_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    # Characters from every plane that matters: ASCII, Devanagari, combining marks and astral symbols
    # (two UTF-16 code units each, where JavaScript's string offsets and code points part ways).
    alphabet = st.sampled_from("ab \u0930\u094d\u0301\u00e9\U0001d11e\U0001f600\n")
    text = draw(st.text(alphabet, min_size=1, max_size=40))
    bounds = st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text))).filter(lambda b: b[0] < b[1])
    return text, draw(st.lists(bounds, min_size=1, max_size=5))


# Each example starts a Node process (~50 ms); a few dozen, of up to five spans each, cover the alphabet.
@settings(max_examples=30)
@given(_texts_with_spans())
@example(("\U0001d11e clef", [(2, 6)]))
def test_node_agrees_with_python_code_point_slicing(case: tuple[str, list[tuple[int, int]]]) -> None:
    """Python's code-point spans are what Node finds with Array.from, and with String.slice on their UTF-16 offsets."""
    text, spans = case
    folder = Path(tempfile.mkdtemp())
    try:
        (folder / "t.txt").write_text(text, encoding="utf-8", newline="")
        (folder / "d.json").write_text(json.dumps(_document(text, spans)), encoding="utf-8")
        result = _check(folder / "d.json", folder)
    finally:
        shutil.rmtree(folder)
    assert result.returncode == 0, result.stdout + result.stderr


def test_utf16_offsets_are_not_code_point_offsets(tmp_path: Path) -> None:
    """After an astral character, a span given in UTF-16 units (JavaScript's String.slice) is refused."""
    text = "\U0001d11e clef, treble"  # the G clef is one code point, two UTF-16 code units
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    utf16 = {"source": "source/t", "start": 3, "end": 7, "text": "clef"}
    document = {"sources": [{"id": "source/t", "file_name": "t.txt"}], "statements": [{"evidence": [utf16]}]}
    (tmp_path / "d.json").write_text(json.dumps(document), encoding="utf-8")
    result = _check(tmp_path / "d.json", tmp_path)
    assert result.returncode == 1
    assert 'code points [3, 7) of t.txt are "lef,", not "clef"' in result.stdout
