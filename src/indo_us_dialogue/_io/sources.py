"""Finding the normalised text of a source document, to check evidence spans against it.

Evidence offsets point into the normalised text of a source file
(:func:`indo_us_dialogue._text.normalise`). Where that file comes from:

- with a sources directory, the file named by ``Source.file_name`` in it
  (rules ``source.missing`` and ``source.digest``);
- without one, the seeds shipped in the package, for a ``Source`` whose
  ``file_name`` is a packaged seed's (its ``sha256`` must then match the seed);
- otherwise nowhere: the spans of that source are checked only for consistent
  offsets (``evidence.offsets``). A seed the packaged dataset cites but the
  installation lacks is a ``source.missing`` problem, not a silent skip.
"""

import hashlib
import json
from pathlib import Path

from .._errors import Problem
from .._model.records import Source
from .files import open_regular_file
from .jsonio import quoted
from .once import once
from .resources import packaged_folder
from .texts import normalise, packaged_texts

__all__ = ["MAX_SOURCE_BYTES", "SourceTexts", "source_text"]

#: Source files larger than this are not read (the seeds are a few KiB each).
MAX_SOURCE_BYTES = 64 * 1024 * 1024


@once
def _packaged_digests() -> dict[str, str]:
    folder = packaged_folder("seeds")
    return {
        entry.name: hashlib.sha256(entry.read_bytes()).hexdigest()
        for entry in folder.iterdir()
        if entry.name.endswith(".txt")
    }


@once
def _shipped_seed_names() -> frozenset[str]:
    """The seed files the packaged dataset cites: each must be in the package.

    Read from the dataset file's raw JSON, not through ``load_dataset()``,
    which may itself check evidence against the seeds.
    """
    try:
        raw = (packaged_folder("data") / "dataset.json").read_bytes()
        sources = json.loads(raw).get("sources", [])
        return frozenset(s["file_name"] for s in sources if isinstance(s, dict) and isinstance(s.get("file_name"), str))
    except (OSError, ValueError, AttributeError):  # a damaged dataset file is reported where it is loaded
        return frozenset()


def _digest_problem(source: Source, path: str, actual: str, where: str) -> Problem:
    return Problem(
        path=f"{path}.sha256",
        message=f"{where} {quoted(source.file_name)} has SHA-256 {actual}, not the recorded {source.sha256}",
        rule="source.digest",
        record_id=source.id,
    )


def _missing(source: Source, path: str, message: str) -> Problem:
    return Problem(path=f"{path}.file_name", message=message, rule="source.missing", record_id=source.id)


class SourceTexts:
    """Finds the normalised texts of sources in one directory (or the packaged seeds), reading each file once.

    Many ``Source`` records may name one file: it is read, hashed and
    normalised once, and its text held once.
    """

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        # file name -> (SHA-256 of the bytes or None, normalised text or None, why it is unusable, rule)
        self._files: dict[str, tuple[str | None, str | None, str | None, str]] = {}

    def _read(self, file_name: str) -> tuple[str | None, str | None, str | None, str]:
        """(digest, text, why the file is unusable, rule) for one file, read at most once."""
        if file_name not in self._files:
            self._files[file_name] = self._load(file_name)
        return self._files[file_name]

    def _load(self, file_name: str) -> tuple[str | None, str | None, str | None, str]:
        assert self.directory is not None
        # The schema's file name pattern has no '/' and cannot start with '.', so
        # the name cannot leave the directory.
        location = self.directory / file_name
        try:
            with open_regular_file(location) as stream:
                raw = stream.read(MAX_SOURCE_BYTES + 1)
        except OSError as exc:
            reason = f"cannot be read: {exc.strerror or exc}"
            if isinstance(exc, FileNotFoundError):
                reason = "does not exist"
            return (
                None,
                None,
                f"the source file {quoted(file_name)} {reason} in {quoted(str(self.directory), limit=1000)}",
                "source.missing",
            )
        if len(raw) > MAX_SOURCE_BYTES:
            size = MAX_SOURCE_BYTES // 2**20
            return (
                None,
                None,
                f"the source file {quoted(file_name)} is larger than {size} MiB; not read",
                "source.missing",
            )
        digest = hashlib.sha256(raw).hexdigest()
        try:
            return digest, normalise(raw), None, ""
        except UnicodeDecodeError as exc:
            why = f"the source file {quoted(file_name)} is not UTF-8 (byte {exc.start}), "
            why += "so no evidence span can point into it"
            return digest, None, why, "evidence.text"

    def text(self, source: Source, path: str) -> tuple[str | None, list[Problem]]:
        """The normalised text of ``source`` (at JSON path ``path``), or None, and any problems finding it.

        Returns:
            The text if the file was found and its digest matches, else None; and
            the ``source.missing`` / ``source.digest`` / ``evidence.text`` problems met on the way.
        """
        if self.directory is None:
            return _packaged_text(source, path)
        digest, text, why, rule = self._read(source.file_name)
        if digest is None:
            return None, [_missing(source, path, why or "")]
        if digest != source.sha256:
            return None, [_digest_problem(source, path, digest, "the file")]
        if text is None:
            problem = Problem(path=f"{path}.file_name", message=why or "", rule=rule, record_id=source.id)
            return None, [problem]
        return text, []


def _packaged_text(source: Source, path: str) -> tuple[str | None, list[Problem]]:
    actual = _packaged_digests().get(source.file_name)
    if actual is None:
        if source.file_name in _shipped_seed_names():
            # The check cannot run, and saying nothing would let forged quotations pass.
            message = f"the packaged seed {quoted(source.file_name)} is missing from the installation, so the evidence "
            message += "spans citing it cannot be checked; reinstall indo-us-dialogue"
            return None, [_missing(source, path, message)]
        return None, []
    if actual != source.sha256:
        return None, [_digest_problem(source, path, actual, "the packaged seed")]
    return packaged_texts()[source.file_name], []


def source_text(source: Source, path: str, directory: Path | None) -> tuple[str | None, list[Problem]]:
    """The normalised text of one ``source`` (at JSON path ``path``), or None, and any problems finding it.

    Args:
        source: The source record.
        path: Its JSON path, e.g. ``$.sources[2]``.
        directory: Where the source files are, or None to use the packaged seeds.
    """
    return SourceTexts(directory).text(source, path)
