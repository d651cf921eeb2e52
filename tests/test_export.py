import json
import os
from pathlib import Path

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._cli import main
from indo_us_dialogue._schema.registry import validator_for


def test_export_writes_a_document_that_validates_against_the_dataset_schema(tmp_path: Path) -> None:
    """Export -o FILE writes the whole dataset as one JSON document valid under dataset.schema.json."""
    target = tmp_path / "dataset.json"
    assert main(["export", "--format", "json", "-o", str(target)]) == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert list(validator_for(iud.Dataset).iter_errors(document)) == []
    assert len(document["statements"]) == len(iud.load_dataset().statements)


def test_export_validate_load_export_is_byte_identical(tmp_path: Path) -> None:
    """Exporting, validating the export, loading it and exporting it again gives the same bytes."""
    first = tmp_path / "first.json"
    assert main(["export", "-o", str(first)]) == 0
    assert main(["validate", str(first)]) == 0
    assert iud.validate(first).ok
    reloaded = iud.from_json(first.read_bytes(), iud.Dataset)
    assert reloaded == iud.load_dataset()
    assert iud.to_json(reloaded).encode() == first.read_bytes()


def test_export_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o the document goes to standard output."""
    assert main(["export"]) == 0
    assert capsys.readouterr().out == iud.to_json(iud.load_dataset())


def test_failed_export_leaves_no_partial_file_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the final rename fails, the previous file is untouched and no temporary file is left behind."""
    target = tmp_path / "dataset.json"
    target.write_text("previous content", encoding="utf-8")

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    assert main(["export", "-o", str(target)]) == 2
    assert target.read_text(encoding="utf-8") == "previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["dataset.json"]


def test_export_into_a_missing_directory_is_a_clear_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A target in a directory that does not exist exits 2 with a message, not a traceback."""
    assert main(["export", "-o", str(tmp_path / "missing" / "dataset.json")]) == 2
    assert "cannot write" in capsys.readouterr().err
