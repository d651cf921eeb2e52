"""Finding the normalised text of a source document, to check evidence spans against it.

Evidence offsets point into the normalised text of a source file
(:func:`indo_us_dialogue._text.normalise`). Where that file comes from:

- with a sources directory, the file named by ``Source.file_name`` in it
  (rules ``source.missing`` and ``source.digest``);
- without one, the seeds shipped in the package, for a ``Source`` whose
  ``file_name`` is a packaged seed's (its ``sha256`` must then match the seed);
- otherwise nowhere: the spans of that source are checked only for consistent
  offsets (``evidence.offsets``).
"""

import functools
import hashlib
from pathlib import Path

from .._errors import Problem
from .._model.records import Source
from .files import open_regular_file
from .resources import packaged_folder
from .texts import normalise, packaged_texts

__all__ = ["MAX_SOURCE_BYTES", "source_text"]

#: Source files larger than this are not read (the seeds are a few KiB each).
MAX_SOURCE_BYTES = 64 * 1024 * 1024


@functools.cache
def _packaged_digests() -> dict[str, str]:
    folder = packaged_folder("seeds")
    return {
        entry.name: hashlib.sha256(entry.read_bytes()).hexdigest()
        for entry in folder.iterdir()
        if entry.name.endswith(".txt")
    }


def _digest_problem(source: Source, path: str, actual: str, where: str) -> Problem:
    return Problem(
        path=f"{path}.sha256",
        message=f"{where} {source.file_name!r} has SHA-256 {actual}, not the recorded {source.sha256}",
        rule="source.digest",
        record_id=source.id,
    )


def source_text(source: Source, path: str, directory: Path | None) -> tuple[str | None, list[Problem]]:
    """The normalised text of ``source`` (at JSON path ``path``), or None, and any problems finding it.

    Args:
        source: The source record.
        path: Its JSON path, e.g. ``$.sources[2]``.
        directory: Where the source files are, or None to use the packaged seeds.

    Returns:
        The text if the file was found and its digest matches, else None; and
        the ``source.missing`` / ``source.digest`` problems met on the way.
    """
    if directory is None:
        actual = _packaged_digests().get(source.file_name)
        if actual is None:
            return None, []
        if actual != source.sha256:
            return None, [_digest_problem(source, path, actual, "the packaged seed")]
        return packaged_texts()[source.file_name], []
    # The schema's file name pattern has no '/' and cannot start with '.', so
    # the name cannot leave the directory.
    location = directory / source.file_name

    def missing(message: str) -> Problem:
        return Problem(path=f"{path}.file_name", message=message, rule="source.missing", record_id=source.id)

    try:
        with open_regular_file(location) as stream:
            raw = stream.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        reason = "does not exist" if isinstance(exc, FileNotFoundError) else f"cannot be read: {exc.strerror or exc}"
        return None, [missing(f"the source file {source.file_name!r} {reason} in {str(directory)!r}")]
    if len(raw) > MAX_SOURCE_BYTES:
        return None, [
            missing(f"the source file {source.file_name!r} is larger than {MAX_SOURCE_BYTES // 2**20} MiB; not read")
        ]
    actual = hashlib.sha256(raw).hexdigest()
    if actual != source.sha256:
        return None, [_digest_problem(source, path, actual, "the file")]
    try:
        return normalise(raw), []
    except UnicodeDecodeError as exc:
        problem = Problem(
            path=f"{path}.file_name",
            message=f"the source file {source.file_name!r} is not UTF-8 (byte {exc.start}), "
            "so no evidence span can point into it",
            rule="evidence.text",
            record_id=source.id,
        )
        return None, [problem]
