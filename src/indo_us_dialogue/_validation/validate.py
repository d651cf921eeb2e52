"""Validating a document: JSON, then the JSON Schema, then the semantic rules.

:func:`validate` is the public entry point; ``docs/validation.md`` describes
what it checks and ``docs/validation-rules.md`` names every rule. Each stage
runs only on what the one before let through (the semantic rules need records
that match the schema), and each reports every problem it finds, not the first.
"""

import os
import re
from pathlib import Path
from typing import Any

import attrs
import cattrs

from .._errors import Problem, ValidationError
from .._io import jsonpaths as _jsonpaths
from .._io.convert import converter, schema_problems
from .._io.fastpath import FALLBACK, fast_from_json
from .._io.files import open_regular_file
from .._io.jsonpaths import json_pointer, unrepresentable_problems
from .._model.records import RECORD_TYPES, Dataset
from .._schema.generate import schema_id
from .rules import dataset_problems, record_problems

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "Report",
    "document_problems",
    "problem_dict",
    "record_class",
    "source_directory",
    "validate",
]

#: Whole documents larger than this are refused (``json.size``) rather than
#: parsed: parsing can take many times a document's size in memory. The curated
#: dataset is a few hundred KiB; bigger collections belong in JSON Lines.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
# Messages quote offending values; a value can be megabytes long.
_MAX_MESSAGE = 1000
_MAX_RECORD_ID = 200

_TYPES: dict[str, type] = {cls.__name__: cls for cls in RECORD_TYPES}


def _pointer(path: str) -> str | None:
    try:
        return json_pointer(path)
    except ValueError:  # a path from a stage that writes another notation: no pointer rather than a crash
        return None


def problem_dict(problem: Problem) -> dict[str, Any]:
    """A problem as JSON-ready data: ``path``, its RFC 6901 ``pointer``, ``line``, ``record_id``, ``rule``, ``message``.

    ``line`` is the line of a JSON Lines file, else null; ``pointer`` is for
    editors and tools that address JSON by pointer rather than JSONPath.
    """
    return {
        "path": problem.path,
        "pointer": _pointer(problem.path),
        "line": problem.line,
        "record_id": problem.record_id,
        "rule": problem.rule,
        "message": problem.message,
    }


@attrs.frozen(kw_only=True)
class Report:
    """The outcome of validating one document: every problem found, in document order.

    A report is deliberately neither true nor false: ``if report:`` could mean
    "valid" or "has problems", so it raises ``TypeError``; ask ``report.ok``.

    Attributes:
        problems: Every problem found, each with its JSON path, record id, rule and message.
    """

    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the document is valid: no problems at all."""
        return not self.problems

    def __bool__(self) -> bool:
        raise TypeError("a Report is neither true nor false: use report.ok")

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data: ``{"ok": ..., "problems": [...]}``, each problem as :func:`problem_dict`."""
        return {"ok": self.ok, "problems": [problem_dict(problem) for problem in self.problems]}

    def __str__(self) -> str:
        if self.ok:
            return "valid"
        return "\n".join([f"{len(self.problems)} problem(s)", *(f"  {problem}" for problem in self.problems)])


def record_class(record_type: "str | type") -> type:
    """The record class named by ``record_type`` (``"Meeting"`` or ``Meeting``).

    Raises:
        LookupError: it is not a record type.
    """
    cls = _TYPES.get(record_type) if isinstance(record_type, str) else record_type
    if cls not in RECORD_TYPES:
        raise LookupError(f"no record type {record_type!r}; choose from {', '.join(_TYPES)}")
    assert isinstance(cls, type)
    return cls


def source_directory(sources: "str | os.PathLike[str] | None") -> Path | None:
    """The sources directory as a Path, checked to exist.

    Raises:
        NotADirectoryError: ``sources`` is not a directory.
    """
    if sources is None:
        return None
    directory = Path(sources)
    if not directory.is_dir():
        raise NotADirectoryError(f"the sources directory {str(directory)!r} does not exist or is not a directory")
    return directory


_TOKEN = re.compile(r"\[(\d+)\]|\.([^.\[]+)|\[('.*?')\]")


def _path_key(path: str) -> tuple[tuple[int, int, str], ...]:
    # Natural order: $.meetings[2] before $.meetings[10].
    return tuple((0, int(m[1]), "") if m[1] else (1, 0, m[2] or m[3]) for m in _TOKEN.finditer(path))


def _shorten(problem: Problem) -> Problem:
    message, record_id = problem.message, problem.record_id
    if len(message) > _MAX_MESSAGE:
        message = f"{message[:_MAX_MESSAGE]}… ({len(message) - _MAX_MESSAGE} more characters)"
    if record_id is not None and len(record_id) > _MAX_RECORD_ID:
        record_id = f"{record_id[:_MAX_RECORD_ID]}…"
    if message is problem.message and record_id is problem.record_id:
        return problem
    return attrs.evolve(problem, message=message, record_id=record_id)


def _ordered(problems: list[Problem]) -> list[Problem]:
    return sorted((_shorten(p) for p in problems), key=lambda p: (_path_key(p.path), p.rule, p.message))


def _structure(document: Any, cls: type) -> Any:
    try:
        return converter.structure(document, cls)
    except Exception as exc:
        # The schema accepted the data, so the classes and schemas disagree: a
        # bug. Report it with paths anyway (as from_dict does), not a traceback.
        messages = cattrs.transform_error(exc, path="$") if isinstance(exc, cattrs.BaseValidationError) else [str(exc)]
        problems = [
            Problem(path=m.rsplit(" @ ", 1)[-1] if " @ " in m else "$", message=m, rule="model") for m in messages
        ]
        raise ValidationError(problems) from exc


def _semantic_problems(record: Any, directory: Path | None) -> list[Problem]:
    if isinstance(record, Dataset):
        return dataset_problems(record, directory=directory)
    return record_problems(record, directory=directory)


def document_problems(document: Any, cls: type, directory: Path | None = None) -> list[Problem]:
    """Every problem of one document of record type ``cls``, stage by stage, in document order.

    Args:
        document: JSON text (``str``), UTF-8 bytes, or already parsed JSON data.
        cls: The record class the document should be (``Dataset``, ``Meeting``, ...).
        directory: Where the source files are, or None.
    """
    if isinstance(document, (bytes, bytearray, str)):
        if len(document) > MAX_DOCUMENT_BYTES:
            message = f"the document is larger than {MAX_DOCUMENT_BYTES // 2**20} MiB, the most read whole; "
            message += "split it into JSON Lines files of one record type"
            return [Problem(path="$", message=message, rule="json.size")]
        # Valid text takes the fast path to the records; anything else the strict
        # stages below, which report every problem with its path.
        record = fast_from_json(document, cls)
        if record is not FALLBACK:
            return _checked(record, directory)
        try:
            document = _jsonpaths.loads(document)
        except ValidationError as exc:
            return _ordered(list(exc.problems))
    try:
        problems = schema_problems(document, {"$ref": schema_id(cls)})
        if problems:
            return _ordered(problems)
        return _checked(_structure(document, cls), directory)
    except ValidationError as exc:
        return _ordered(list(exc.problems))
    except RecursionError:
        # Parsing stops near Python's recursion limit, so a document that parsed
        # can still be too deep for the checks that recurse through it.
        return [Problem(path="$", message="nesting is too deep to validate", rule="json.depth")]


def _checked(record: Any, directory: Path | None) -> list[Problem]:
    """The semantic problems of a record that matches its schema, in document order."""
    try:
        problems = _semantic_problems(record, directory)
    except RecursionError:  # pragma: no cover - records are only as deep as the model
        return [Problem(path="$", message="nesting is too deep to validate", rule="json.depth")]
    return _ordered(problems) if problems else problems  # most records have none: nothing to sort


def validate(
    document: object,
    *,
    record_type: "str | type | None" = None,
    sources: "str | os.PathLike[str] | None" = None,
) -> Report:
    """Check a document against the JSON rules, its JSON Schema and the semantic rules.

    Every problem of every stage that can run is reported; see
    ``docs/validation-rules.md`` for the rules.

    Args:
        document: What to check: JSON text (``str``), UTF-8 bytes, a path to a
            JSON file (a :class:`pathlib.Path`; a plain ``str`` is JSON text),
            already parsed JSON data (dicts and lists), or a record object such
            as a :class:`Dataset`.
        record_type: The record type the document is (a class or its name);
            by default a whole ``Dataset``, or the class of a record object.
        sources: A directory holding the source files named by the dataset's
            ``Source`` records: every evidence span is checked against them.
            Without it, spans are checked against the seeds shipped in the
            package where the dataset's sources are those seeds.

    Returns:
        A :class:`Report`; ``report.ok`` is True when there are no problems.

    Raises:
        OSError: ``document`` is a path that cannot be read as a regular file.
        NotADirectoryError: ``sources`` is not a directory.
        LookupError: ``record_type`` names no record type.
        TypeError: ``record_type`` contradicts the record object given.
        DamagedPackageError: a schema or seed folder the package ships is
            missing or damaged (a broken installation; the message names the file).
    """
    directory = source_directory(sources)
    if type(document) in RECORD_TYPES:
        cls = type(document)
        if record_type is not None and record_class(record_type) is not cls:
            raise TypeError(f"record_type is {record_type!r} but the document is a {cls.__name__}")
        try:
            # Records built in Python can hold text no JSON document could be written with.
            unrepresentable = unrepresentable_problems(converter.unstructure(document))
            problems = _ordered(unrepresentable + _semantic_problems(document, directory))
        except RecursionError:  # pragma: no cover - records are only as deep as the model
            problems = [Problem(path="$", message="nesting is too deep to validate", rule="json.depth")]
        return Report(problems=tuple(problems))
    cls = record_class(record_type if record_type is not None else Dataset)
    if isinstance(document, os.PathLike):
        with open_regular_file(document) as stream:
            document = stream.read(MAX_DOCUMENT_BYTES + 1)
    return Report(problems=tuple(document_problems(document, cls, directory)))
