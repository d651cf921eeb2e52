"""Tests for the Parquet export, read back by pyarrow, polars and DuckDB."""

import sys
from pathlib import Path

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._cli import main
from indo_us_dialogue._query.tables import table_specs

DATA = iud.load_dataset()
TABLES = DATA.tables()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Parquet export of the packaged dataset."""
    pytest.importorskip("pyarrow")
    target = tmp_path_factory.mktemp("parquet") / "out"
    assert main(["export", "--format", "parquet", "-o", str(target)]) == 0
    return target


def test_pyarrow_reads_every_table_with_its_rows_and_types(exported: Path) -> None:
    """Each table is <table>.parquet; pyarrow reads exactly its rows, with integer columns as int64."""
    import pyarrow.parquet as pq

    assert sorted(p.name for p in exported.iterdir()) == sorted(f"{n}.parquet" for n in TABLES)
    for table in table_specs():
        read = pq.read_table(exported / f"{table.name}.parquet")
        assert read.column_names == [c.name for c in table.columns]
        assert read.to_pylist() == TABLES[table.name]
    assert str(pq.read_schema(exported / "evidence.parquet").field("start").type) == "int64"


def test_polars_and_duckdb_read_the_same_rows(exported: Path) -> None:
    """Polars and DuckDB read the row counts of every table and the same sample values."""
    polars = pytest.importorskip("polars")
    duckdb = pytest.importorskip("duckdb")
    connection = duckdb.connect()
    for name, rows in TABLES.items():
        assert polars.read_parquet(exported / f"{name}.parquet").height == len(rows), name
        counted = connection.execute(f"select count(*) from '{exported / (name + '.parquet')}'").fetchall()
        assert counted == [(len(rows),)], name
    frame = polars.read_parquet(exported / "officials.parquet")
    assert frame.filter(polars.col("id") == "official/s-jaishankar")["name"].to_list() == ["S Jaishankar"]
    sql = f"select min(start), max(\"end\") from '{exported / 'evidence.parquet'}'"
    low, high = connection.execute(sql).fetchall()[0]
    assert low == min(r["start"] for r in TABLES["evidence"])
    assert high == max(r["end"] for r in TABLES["evidence"])


def test_the_export_is_deterministic(exported: Path, tmp_path: Path) -> None:
    """Exporting again gives the same files, byte for byte."""
    again = tmp_path / "again"
    assert main(["export", "--format", "parquet", "-o", str(again)]) == 0
    for path in exported.iterdir():
        assert (again / path.name).read_bytes() == path.read_bytes()


def test_without_pyarrow_the_export_says_which_extra_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """If pyarrow cannot be imported, export exits 2 naming the parquet extra, and writes nothing."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    assert main(["export", "--format", "parquet", "-o", str(tmp_path / "out")]) == 2
    assert "indo-us-dialogue[parquet]" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
