"""Tests for the JSON Lines export (``export --format jsonl``), read back by the schemas, polars and DuckDB."""

import json
from pathlib import Path

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._cli import main
from indo_us_dialogue._model.records import GROUPS
from indo_us_dialogue._schema.registry import validator_for

DATA = iud.load_dataset()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON Lines export of the packaged dataset."""
    target = tmp_path_factory.mktemp("jsonl") / "out"
    assert main(["export", "--format", "jsonl", "-o", str(target)]) == 0
    return target


def test_one_file_per_record_type_each_line_valid_against_its_schema(exported: Path) -> None:
    """Each group has <group>.jsonl with one record per line, each valid under that type's schema and equal to it."""
    assert sorted(p.name for p in exported.iterdir()) == sorted(f"{g.name}.jsonl" for g in GROUPS)
    for group in GROUPS:
        lines = (exported / f"{group.name}.jsonl").read_text(encoding="utf-8").splitlines()
        records = getattr(DATA, group.name)
        assert len(lines) == len(records)
        validator = validator_for(group.cls)
        for line, record in zip(lines, records, strict=True):
            value = json.loads(line)
            assert list(validator.iter_errors(value)) == []
            assert iud.from_dict(value, group.cls) == record


def test_the_command_line_validates_the_export_by_file_name(exported: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`validate` reads each exported file as JSON Lines of the type its name says, and finds no problem."""
    assert main(["validate", *(str(exported / f"{g.name}.jsonl") for g in GROUPS)]) == 0
    assert capsys.readouterr().out.count(": valid") == len(GROUPS)


def test_polars_and_duckdb_read_one_row_per_record(exported: Path) -> None:
    """Polars and DuckDB read each file as one row per record, with the records' ids."""
    polars = pytest.importorskip("polars")
    duckdb = pytest.importorskip("duckdb")
    frame = polars.read_ndjson(exported / "meetings.jsonl")
    assert frame.height == len(DATA.meetings)
    assert frame["id"].to_list() == [m.id for m in DATA.meetings]
    rows = (
        duckdb.connect().execute(f"select count(*) from read_json_auto('{exported / 'statements.jsonl'}')").fetchall()
    )
    assert rows == [(len(DATA.statements),)]


def test_the_export_is_deterministic(exported: Path, tmp_path: Path) -> None:
    """Exporting again gives the same files, byte for byte."""
    again = tmp_path / "again"
    assert main(["export", "--format", "jsonl", "-o", str(again)]) == 0
    for path in exported.iterdir():
        assert (again / path.name).read_bytes() == path.read_bytes()
