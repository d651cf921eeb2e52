"""Writing the normalised texts that evidence offsets index, one file per source.

Evidence ``start``/``end`` count Unicode code points of a source's *normalised*
text (:func:`indo_us_dialogue._io.texts.normalise`: UTF-8 decoded, cp866
mojibake repaired, NFC), not bytes of the raw seed. A reader in another
language cannot redo the repair, so the normalised texts are written out as
UTF-8 files, each named after its source's ``file_name``: ``text[start:end]``
over code points (``Array.from(text)`` in JavaScript) then equals the
evidence's ``text``.

The directory appears whole or not at all: the files are written into a
temporary directory beside it, which is then renamed into place.
"""

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from .._errors import Problem, ValidationError
from .._model.records import Dataset
from .packaged import load_dataset
from .sources import source_text

__all__ = ["normalised_texts", "write_texts"]


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


def _is_texts_directory(directory: Path) -> bool:
    """True if ``directory`` holds nothing but ``.txt`` files: an earlier export we may replace."""
    return all(entry.is_file() and not entry.is_symlink() and entry.suffix == ".txt" for entry in directory.iterdir())


def write_texts(
    directory: "str | os.PathLike[str]", dataset: Dataset | None = None, sources: Path | None = None
) -> list[Path]:
    """Write one UTF-8 file of normalised text per source into ``directory``, atomically.

    ``directory`` must not exist, or be empty, or hold only ``.txt`` files (an
    earlier export, which is replaced). The files go to a temporary directory
    next to it first; only a complete set is renamed into place, so on any
    failure ``directory`` is left as it was and no temporary files remain.

    Args:
        directory: Where the files go.
        dataset: The records whose sources to write; the packaged dataset if None.
        sources: Directory of the raw source files; the packaged seeds if None.

    Returns:
        The paths written, in the order of ``dataset.sources``.

    Raises:
        ValidationError: a source's text cannot be found (see :func:`normalised_texts`).
        FileExistsError: ``directory`` holds files other than ``.txt`` files.
        OSError: the parent directory is missing or not writable, the disk is full, ...
    """
    target = Path(directory)
    texts = normalised_texts(dataset, sources)
    if target.exists() and not (target.is_dir() and _is_texts_directory(target)):
        raise FileExistsError(f"{str(target)!r} exists and is not a directory of .txt files; choose another")
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"))
    try:
        for name, text in texts.items():
            with (staging / name).open("w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        staging.chmod(0o755)  # mkdtemp makes it private; an export is meant to be read
        _replace_directory(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target / name for name in texts]


def _replace_directory(new: Path, target: Path) -> None:
    """Rename ``new`` to ``target``; an existing ``target`` is moved aside first and then deleted.

    POSIX renames a directory over an empty one only, so an earlier export is
    swapped out: readers may briefly find no directory, but never a partial one.
    """
    if not target.exists() or not any(target.iterdir()):
        new.replace(target)
        return
    old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
    target.replace(old)
    try:
        new.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            old.replace(target)
        raise
    shutil.rmtree(old, ignore_errors=True)
