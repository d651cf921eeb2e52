"""Writing the normalised texts that evidence offsets index (_export/texts.py) and the committed texts/."""

from pathlib import Path

import attrs
import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._export.texts import normalised_texts, write_texts
from indo_us_dialogue._io.texts import packaged_texts
from indo_us_dialogue._model.walk import walk_record

ROOT = Path(__file__).resolve().parent.parent


def _leftovers(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir() if entry.name.startswith("."))


def test_committed_texts_are_what_the_seeds_normalise_to() -> None:
    """texts/ holds exactly the normalised text of every packaged source (run scripts/build_texts.py after changes)."""
    committed = {path.name: path.read_bytes() for path in (ROOT / "texts").iterdir()}
    assert committed == {name: text.encode("utf-8") for name, text in normalised_texts().items()}


def test_write_texts_writes_one_utf8_file_per_source_named_after_its_file_name(tmp_path: Path) -> None:
    """Each source's normalised text lands in DIR/<file_name>, byte for byte UTF-8, in dataset order."""
    written = write_texts(tmp_path / "texts")
    dataset = iud.load_dataset()
    assert written == [tmp_path / "texts" / source.file_name for source in dataset.sources]
    for path in written:
        assert path.read_bytes() == packaged_texts()[path.name].encode("utf-8")
    assert _leftovers(tmp_path) == []


def test_every_evidence_span_is_its_text_sliced_by_code_point(tmp_path: Path) -> None:
    """Reading the written files back, text[start:end] over code points is each evidence's text."""
    write_texts(tmp_path)
    dataset = iud.load_dataset()
    file_names = {source.id: source.file_name for source in dataset.sources}
    spans = [value for _, _, value in walk_record(dataset) if isinstance(value, iud.Evidence)]
    assert spans
    for span in spans:
        text = (tmp_path / file_names[span.source]).read_text(encoding="utf-8")
        assert text[span.start : span.end] == span.text


def test_an_earlier_export_is_replaced_whole(tmp_path: Path) -> None:
    """An earlier export of the same files is replaced whole, and no temporary files stay."""
    target = tmp_path / "texts"
    target.mkdir()
    (target / next(iter(packaged_texts()))).write_text("old", encoding="utf-8")
    write_texts(target)
    assert sorted(p.name for p in target.iterdir()) == sorted(packaged_texts())
    assert _leftovers(tmp_path) == []


def test_a_directory_with_other_files_is_refused_and_left_alone(tmp_path: Path) -> None:
    """Writing into a directory that holds files this export does not write raises FileExistsError, changing nothing."""
    (tmp_path / "notes.md").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match="holds files this export does not write"):
        write_texts(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.md"]


def test_a_source_without_a_text_leaves_no_directory(tmp_path: Path) -> None:
    """A source whose file is neither packaged nor in the sources directory is a ValidationError; nothing is written."""
    dataset = iud.load_dataset()
    unknown = attrs.evolve(dataset.sources[0], file_name="elsewhere.txt")
    dataset = attrs.evolve(dataset, sources=(unknown, *dataset.sources[1:]))
    with pytest.raises(iud.ValidationError) as caught:
        write_texts(tmp_path / "texts", dataset)
    assert [(p.path, p.rule) for p in caught.value.problems] == [("$.sources[0].file_name", "source.missing")]
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(iud.ValidationError) as caught:
        write_texts(tmp_path / "texts", dataset, sources=tmp_path)
    assert {p.rule for p in caught.value.problems} == {"source.missing"}
    assert list(tmp_path.iterdir()) == []


def test_a_source_file_with_another_digest_is_refused(tmp_path: Path) -> None:
    """With a sources directory, a file whose SHA-256 differs from its record is a source.digest problem."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for source in iud.load_dataset().sources:
        (seeds / source.file_name).write_bytes((ROOT / "seeds" / source.file_name).read_bytes())
    first = iud.load_dataset().sources[0].file_name
    (seeds / first).write_bytes(b"changed")
    with pytest.raises(iud.ValidationError) as caught:
        write_texts(tmp_path / "texts", sources=seeds)
    assert [p.rule for p in caught.value.problems] == ["source.digest"]
    assert not (tmp_path / "texts").exists()


def test_a_missing_parent_directory_is_an_os_error(tmp_path: Path) -> None:
    """The parent of the target must exist: FileNotFoundError, and nothing is created."""
    with pytest.raises(FileNotFoundError):
        write_texts(tmp_path / "missing" / "texts")
    assert list(tmp_path.iterdir()) == []
