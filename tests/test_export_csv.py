"""Tests for the CSV export and its data package, read back by the csv module, pandas, DuckDB and frictionless."""

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._cli import main
from indo_us_dialogue._model.records import GROUPS
from indo_us_dialogue._query.tables import table_specs

DATA = iud.load_dataset()
TABLES = DATA.tables()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A CSV export of the packaged dataset."""
    target = tmp_path_factory.mktemp("csv") / "out"
    assert main(["export", "--format", "csv", "-o", str(target)]) == 0
    return target


def test_every_table_is_a_csv_file_with_a_header_and_every_row(exported: Path) -> None:
    """Each table is <table>.csv: UTF-8 without BOM, CRLF line ends, the columns as header, one line per row."""
    assert sorted(p.name for p in exported.iterdir()) == sorted(["datapackage.json", *(f"{n}.csv" for n in TABLES)])
    for table in table_specs():
        raw = (exported / f"{table.name}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        assert raw.endswith(b"\r\n")
        with (exported / f"{table.name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == [c.name for c in table.columns]
        expected = [["" if v is None else str(v) for v in row.values()] for row in TABLES[table.name]]
        assert rows[1:] == expected


def test_pandas_reads_each_table_with_its_row_count_and_values(exported: Path) -> None:
    """Pandas reads every table with the right number of rows; a sample of values matches the records."""
    pandas = pytest.importorskip("pandas")
    for name, rows in TABLES.items():
        frame = pandas.read_csv(exported / f"{name}.csv", dtype=str, keep_default_na=False)
        assert len(frame) == len(rows), name
    meetings = pandas.read_csv(exported / "meetings.csv", dtype=str, keep_default_na=False).set_index("id")
    ministerial = DATA.lookup("meeting/2023-11-10-ministerial")
    assert isinstance(ministerial, iud.Meeting)
    assert ministerial.date is not None
    assert meetings.loc[ministerial.id, "date_value"] == str(ministerial.date.value)
    assert meetings.loc[ministerial.id, "name"] == ministerial.name


def test_duckdb_joins_the_tables_on_their_keys(exported: Path) -> None:
    """DuckDB reads the CSV files and joins participants to officials on the exported ids."""
    duckdb = pytest.importorskip("duckdb")
    sql = (
        f"select o.name, p.role from read_csv('{exported / 'participants.csv'}') p "
        f"join read_csv('{exported / 'officials.csv'}') o on p.official = o.id "
        "where p.record_id = 'meeting/2023-11-10-ministerial' order by p.index"
    )
    connection = duckdb.connect()
    joined = connection.execute(sql).fetchall()
    expected = [(o.name, p.role.value) for o, p in DATA.participants_of("meeting/2023-11-10-ministerial")]
    assert joined == expected
    for name, rows in TABLES.items():
        counted = connection.execute(f"select count(*) from read_csv('{exported / (name + '.csv')}')").fetchall()
        assert counted == [(len(rows),)], name


def test_the_data_package_declares_every_table_type_and_key(exported: Path) -> None:
    """datapackage.json lists every table, its columns with types, the primary key and a foreign key per reference."""
    package = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == list(TABLES)
    groups = {g.kind: g.name for g in GROUPS}
    for table in table_specs():
        schema = resources[table.name]["schema"]
        assert [f["name"] for f in schema["fields"]] == [c.name for c in table.columns]
        assert schema["primaryKey"] == list(table.primary_key)
        references = {(k["fields"][0], k["reference"]["resource"]) for k in schema.get("foreignKeys", [])}
        assert references == {(c.name, groups[c.refers_to]) for c in table.columns if c.refers_to}
    types = {f["name"]: f["type"] for f in resources["evidence"]["schema"]["fields"]}
    assert types["start"] == "integer"
    assert types["text"] == "string"


def _frictionless(package: Path) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("frictionless")
    command = shutil.which("frictionless", path=str(Path(sys.executable).parent)) or shutil.which("frictionless")
    assert command is not None, "frictionless is importable but its command is not installed"
    return subprocess.run([command, "validate", str(package)], capture_output=True, text=True, check=False)


def test_frictionless_validate_accepts_the_package(exported: Path) -> None:
    """`frictionless validate datapackage.json` finds every table valid: types, required values, keys."""
    result = _frictionless(exported / "datapackage.json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("VALID") >= len(TABLES)


def test_frictionless_validate_rejects_a_broken_foreign_key(exported: Path, tmp_path: Path) -> None:
    """The package's foreign keys are checked: a participant naming an unknown official makes it invalid."""
    broken = tmp_path / "broken"
    shutil.copytree(exported, broken)
    path = broken / "participants.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("official/s-jaishankar", "official/nobody"), "utf-8")
    result = _frictionless(broken / "datapackage.json")
    assert result.returncode != 0
    assert "foreign-key" in result.stdout


def test_the_export_is_deterministic(exported: Path, tmp_path: Path) -> None:
    """Exporting again gives the same files, byte for byte."""
    again = tmp_path / "again"
    assert main(["export", "--format", "csv", "-o", str(again)]) == 0
    for path in exported.iterdir():
        assert (again / path.name).read_bytes() == path.read_bytes()


def test_docs_describe_every_table_and_column() -> None:
    """docs/exports.md holds the current table reference (regenerate it with scripts/build_export_docs.py)."""
    from indo_us_dialogue._export.tabular import tables_markdown

    page = (Path(__file__).resolve().parent.parent / "docs" / "exports.md").read_text(encoding="utf-8")
    assert tables_markdown() in page
