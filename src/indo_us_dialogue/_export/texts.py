"""Writing the normalised texts that evidence offsets index, one file per source.

Evidence ``start``/``end`` count Unicode code points of a source's *normalised*
text (:func:`indo_us_dialogue._io.texts.normalise`: UTF-8 decoded, cp866
mojibake repaired, NFC), not bytes of the raw seed. A reader in another
language cannot redo the repair, so the normalised texts are written out as
UTF-8 files, each named after its source's ``file_name``: ``text[start:end]``
over code points (``Array.from(text)`` in JavaScript) then equals the
evidence's ``text``.

The directory is written like every directory export
(:mod:`indo_us_dialogue._export.atomic_dir`): whole or not at all.
"""

import os
from pathlib import Path

from .._errors import Problem, ValidationError
from .._io.packaged import load_dataset
from .._io.sources import source_text
from .._model.records import Dataset
from .atomic_dir import write_directory_atomic

__all__ = ["normalised_texts", "text_files", "write_texts"]


def normalised_texts(dataset: Dataset | None = None, sources: Path | None = None) -> dict[str, str]:
    """The normalised text of every source of ``dataset``, keyed by the source's ``file_name``.

    Args:
        dataset: The records whose sources to read; the packaged dataset if None.
        sources: Directory of the raw source files; the packaged seeds if None.

    Raises:
        ValidationError: a source file is missing, unreadable or has another
            SHA-256 than its record says (rules ``source.missing``,
            ``source.digest``), or no text is known for it.
    """
    dataset = load_dataset() if dataset is None else dataset
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    for index, source in enumerate(dataset.sources):
        path = f"$.sources[{index}]"
        text, found = source_text(source, path, sources)
        problems.extend(found)
        if text is not None:
            texts[source.file_name] = text
        elif not found:
            message = f"no packaged seed is named {source.file_name!r}: give the directory of the source files"
            problems.append(
                Problem(path=f"{path}.file_name", message=message, rule="source.missing", record_id=source.id)
            )
    if problems:
        raise ValidationError(problems, summary="cannot write the normalised texts")
    return texts


def text_files(dataset: Dataset, sources: Path | None = None) -> dict[str, bytes]:
    """The normalised texts as the files of ``export --format texts``: UTF-8, named after each ``file_name``."""
    return {name: text.encode("utf-8") for name, text in normalised_texts(dataset, sources).items()}


def write_texts(
    directory: "str | os.PathLike[str]", dataset: Dataset | None = None, sources: Path | None = None
) -> list[Path]:
    """Write one UTF-8 file of normalised text per source into ``directory``, atomically.

    ``directory`` must not exist, or hold only files this export writes (an
    earlier export, which is replaced); on any failure it is left as it was.

    Args:
        directory: Where the files go.
        dataset: The records whose sources to write; the packaged dataset if None.
        sources: Directory of the raw source files; the packaged seeds if None.

    Returns:
        The paths written, in the order of ``dataset.sources``.

    Raises:
        ValidationError: a source's text cannot be found (see :func:`normalised_texts`).
        FileExistsError: ``directory`` is a file, or holds files this export does not write.
        OSError: the parent directory is missing or not writable, the disk is full, ...
    """
    files = text_files(load_dataset() if dataset is None else dataset, sources)
    write_directory_atomic(directory, files)
    return [Path(directory) / name for name in files]
