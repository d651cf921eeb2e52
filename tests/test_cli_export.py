"""Tests for ``indo-us-dialogue export`` run through a pipe: formats, standard output and errors."""

from pathlib import Path

import indo_us_dialogue as iud
from indo_us_dialogue._export.jsonld import jsonld_document
from tests.command_line import run


def test_single_document_formats_go_to_standard_output() -> None:
    """Without -o, json and jsonld documents are written to standard output, nothing to standard error."""
    data = iud.load_dataset()
    for fmt, expected in (("json", iud.to_json(data)), ("jsonld", jsonld_document(data))):
        result = run("export", "--format", fmt)
        assert (result.returncode, result.stderr) == (0, "")
        assert result.stdout == expected


def test_directory_formats_need_an_output_directory() -> None:
    """jsonl, csv and parquet without -o exit 2 with an explanation on standard error and print nothing."""
    for fmt in ("jsonl", "csv", "parquet", "texts"):
        result = run("export", "--format", fmt)
        assert result.returncode == 2
        assert result.stdout == ""
        assert "give it with -o DIR" in result.stderr


def test_an_unwritable_output_is_an_error_on_stderr(tmp_path: Path) -> None:
    """Exporting into a missing directory exits 2, says why on standard error, and creates nothing."""
    result = run("export", "--format", "csv", "-o", str(tmp_path / "missing" / "out"))
    assert result.returncode == 2
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_help_lists_every_format() -> None:
    """`export --help` names each format."""
    result = run("export", "--help")
    for fmt in ("json", "jsonl", "csv", "parquet", "jsonld", "texts"):
        assert fmt in result.stdout


def test_texts_export_writes_the_normalised_texts_that_offsets_index(tmp_path: Path) -> None:
    """`export --format texts -o DIR` writes one UTF-8 file per source, the same bytes as the shipped texts/."""
    result = run("export", "--format", "texts", "-o", str(tmp_path / "texts"))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    shipped = Path(__file__).resolve().parent.parent / "texts"
    written = {path.name: path.read_bytes() for path in (tmp_path / "texts").iterdir()}
    assert written == {path.name: path.read_bytes() for path in shipped.iterdir()}
    assert sorted(written) == sorted(source.file_name for source in iud.load_dataset().sources)
