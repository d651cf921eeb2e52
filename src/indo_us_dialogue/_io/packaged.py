"""The curated dataset shipped inside the package, trusted by checksum.

The packaged dataset is validated in full (JSON, the JSON Schema and every
semantic rule, evidence against the packaged seeds) by
``scripts/record_checksums.py``, which then records the SHA-256 of every file
the package ships (the dataset, the schemas, the seeds) in ``data/SHA256SUMS``.
:func:`load_dataset` re-checks those checksums instead of re-validating: files
that hash as recorded are the files that were validated, so the rules still
hold, at the cost of hashing about 200 KiB rather than seconds of pure-Python
validation. A file that is missing or hashes differently is a damaged
installation, reported with the file's name and the repair.

``SHA256SUMS`` is in ``sha256sum`` format, with paths relative to the package
folder, so ``cd <site-packages>/indo_us_dialogue && sha256sum -c data/SHA256SUMS``
checks an installation without Python.
"""

import hashlib
from typing import TYPE_CHECKING

from .._model.records import Dataset
from .fastpath import trusted_from_json
from .once import once
from .resources import DamagedPackageError, packaged_folder, packaged_path

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["CHECKSUMS", "DATASET", "checksum_lines", "load_dataset", "packaged_file", "verify_installation"]

#: The packaged dataset and the checksum list, relative to the package folder.
DATASET = "data/dataset.json"
CHECKSUMS = "data/SHA256SUMS"


def _damaged(name: str, what: str) -> DamagedPackageError:
    return DamagedPackageError(name, what)


def packaged_file(name: str) -> "Traversable":
    """The packaged file ``name`` (``"schemas/meeting.schema.json"``), wherever the package keeps it."""
    folder, _, rest = name.partition("/")
    return packaged_folder(folder).joinpath(rest)


def _read(name: str) -> bytes:
    try:
        path = packaged_path(name)  # a str: reading by it imports no pathlib
        if path is None:  # inside a zip archive
            return packaged_file(name).read_bytes()
        with open(path, "rb") as file:  # noqa: PTH123 - a str path, see packaged_path
            return file.read()
    except OSError as exc:
        raise _damaged(name, f"cannot be read ({exc.strerror or exc})") from None


def checksum_lines(names: "list[str]") -> str:
    """The ``SHA256SUMS`` text for the packaged files ``names``, as ``sha256sum`` writes it."""
    return "".join(f"{hashlib.sha256(_read(name)).hexdigest()}  {name}\n" for name in sorted(names))


def _expected() -> dict[str, str]:
    """The recorded checksum of every packaged file, by name."""
    try:
        text = _read(CHECKSUMS).decode("utf-8")
        pairs = [line.split("  ", 1) for line in text.splitlines()]
        expected = {name: digest for digest, name in pairs}
    except (UnicodeDecodeError, ValueError):
        raise _damaged(CHECKSUMS, "is not a list of checksums") from None
    if DATASET not in expected:
        raise _damaged(CHECKSUMS, f"does not list {DATASET}")
    return expected


def _verified(expected: dict[str, str]) -> bytes:
    """The dataset's bytes, after checking that every listed file is the one validated at build time."""
    dataset = b""
    for name, digest in expected.items():
        raw = _read(name)
        if hashlib.sha256(raw).hexdigest() != digest:
            raise _damaged(name, "differs from the file the package was built with (its SHA-256 does not match)")
        if name == DATASET:
            dataset = raw
    return dataset


@once
def load_dataset() -> Dataset:
    """The curated records, read from the package.

    The package's files are checked against the checksums recorded when the
    dataset was validated in full (see the module's documentation), so the
    JSON Schema and the semantic rules hold without running them again.
    The result is cached: every call returns the same (immutable) object.

    Raises:
        DamagedPackageError: a packaged file (the dataset, a schema, a seed or
            the checksum list) is missing or damaged; the message names the
            file and says how to repair the installation.
    """
    # Files that match their checksums are the files validated when the checksums
    # were recorded, so the records are built without checking them again.
    dataset: Dataset = trusted_from_json(_verified(_expected()), Dataset)
    return dataset


@once
def verify_installation() -> bytes:
    """Check every packaged file (dataset, schemas, seeds) against its recorded checksum; the dataset's bytes.

    Commands that do not load the dataset (``validate`` of your own files)
    call it too, so that a damaged installation is never used silently.

    Raises:
        DamagedPackageError: a packaged file is missing or damaged (named in the message).
    """
    return _verified(_expected())
