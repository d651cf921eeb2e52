"""``indo-us-dialogue validate``: check whole-dataset JSON documents or JSON Lines files.

Problems are printed as they are found (a JSON Lines file may hold millions of
records, so they are never collected first). Whatever the input, the command
prints problems and exits 0, 1 or 2; it never shows a traceback.
"""

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from .._errors import Problem
from .._io.files import open_regular_file
from .._io.resources import DamagedPackageError
from .._model.records import GROUPS, RECORD_TYPES
from .._validation.jsonl import iter_jsonl_problems
from .._validation.validate import MAX_DOCUMENT_BYTES, document_problems, problem_dict, record_class, source_directory
from .exits import Exit, OutputFailedError
from .render import printable

__all__ = ["register", "run"]

_PROG = "indo-us-dialogue validate"
EXIT_OK, EXIT_INVALID, EXIT_USAGE = Exit.OK, Exit.INVALID, Exit.USAGE


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add the ``validate`` subcommand."""
    names = [cls.__name__ for cls in RECORD_TYPES]
    parser = subparsers.add_parser(
        "validate",
        help="check JSON documents or JSON Lines files against the schemas and the semantic rules",
        description="Check JSON documents (a whole dataset, or with --type one record) or JSON Lines files of one "
        "record type "
        "for JSON errors, JSON Schema errors and the semantic rules of docs/validation-rules.md. "
        "Every problem is printed as 'FILE: PATH (RECORD ID): MESSAGE [RULE]'.",
        epilog="exit status: 0 all valid, 1 some problem found (including a path that is a directory or cannot "
        "be read), 2 usage error (bad option, missing file)",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files to check; - reads standard input")
    parser.add_argument(
        "--type",
        dest="record_type",
        type=_record_type,
        metavar="TYPE",
        help=f"the record type of each document, or of each line of JSON Lines, in any case ({', '.join(names)}); "
        "default: a whole Dataset, or for JSON Lines the type its file name names (meetings.jsonl: Meeting)",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read every PATH as JSON Lines, one record per line (files ending .jsonl or .ndjson always are)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output for people or machines")
    parser.add_argument(
        "--sources", metavar="DIR", type=Path, help="directory of source files: check every evidence span against it"
    )
    parser.set_defaults(func=run)


class _Text:
    """Problems as lines for people: ``FILE: PATH (RECORD ID): MESSAGE [RULE]``."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def begin(self, name: str) -> None:
        pass

    def problem(self, name: str, problem: Problem) -> None:
        print(printable(f"{name}: {problem}", self.out), file=self.out)

    def end(self, name: str, count: int, error: str | None) -> None:
        if error is None:
            summary = "valid" if count == 0 else f"{count} problem{'s' if count != 1 else ''}"
            print(printable(f"{name}: {summary}", self.out), file=self.out)

    def close(self, ok: bool) -> None:
        pass


class _Json:
    """One JSON document, written piece by piece: ``{"files": [{"file", "problems", "ok"}, ...], "ok"}``."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.files = 0
        self.problems = 0

    def _write(self, text: str) -> None:
        self.out.write(text)

    def begin(self, name: str) -> None:
        self._write(('{"files": [\n' if self.files == 0 else ",\n") + f'{{"file": {json.dumps(name)}, "problems": [')
        self.files += 1
        self.problems = 0

    def problem(self, name: str, problem: Problem) -> None:
        self._write(("\n" if self.problems == 0 else ",\n") + json.dumps(problem_dict(problem)))
        self.problems += 1

    def end(self, name: str, count: int, error: str | None) -> None:
        closing = "\n]" if count else "]"
        if error is not None:
            closing += f', "error": {json.dumps(error)}'
        self._write(f'{closing}, "ok": {json.dumps(count == 0 and error is None)}}}')

    def close(self, ok: bool) -> None:
        self._write(('{"files": [' if self.files == 0 else "\n") + f'], "ok": {json.dumps(ok)}}}\n')


def _failure(exc: BaseException) -> Problem:
    """A problem standing in for a failure of the validator itself."""
    if isinstance(exc, MemoryError):
        return Problem(path="$", message="ran out of memory while validating", rule="json.size")
    if isinstance(exc, RecursionError):
        return Problem(path="$", message="nesting is too deep to validate", rule="json.depth")
    message = f"the validator failed ({type(exc).__name__}: {exc}); please report this as a bug"
    return Problem(path="$", message=message, rule="internal")


def _unreadable(exc: OSError) -> Problem:
    """The problem reported for a path that exists but cannot be read as a file."""
    return Problem(path="$", message=f"cannot read the file: {exc.strerror or exc}", rule="file.unreadable")


_TYPES_BY_FOLDED_NAME = {cls.__name__.casefold(): cls.__name__ for cls in RECORD_TYPES}
_JSONL_SUFFIXES = (".jsonl", ".ndjson")


def _record_type(value: str) -> str:
    """The record type named by ``value`` in any case (``meeting`` gives ``Meeting``)."""
    try:
        return _TYPES_BY_FOLDED_NAME[value.casefold()]
    except KeyError:
        names = ", ".join(_TYPES_BY_FOLDED_NAME.values())
        raise argparse.ArgumentTypeError(f"no record type {value!r}; choose from {names}") from None


def _plan(name: str, args: argparse.Namespace) -> tuple[bool, str | None]:
    """Whether ``name`` is read as JSON Lines, and its record type (None: JSON Lines of no known type)."""
    jsonl = args.jsonl or (name != "-" and Path(name).suffix.lower() in _JSONL_SUFFIXES)
    if args.record_type is not None:
        return jsonl, args.record_type
    if not jsonl:
        return False, "Dataset"
    # An export's meetings.jsonl holds Meeting records: the group's name says the type.
    groups = {group.name: group.cls.__name__ for group in GROUPS}
    return True, groups.get(Path(name).stem.lower())


def _problems(stream: BinaryIO, jsonl: bool, record_type: str, directory: Path | None) -> Iterator[Problem]:
    if jsonl:
        yield from iter_jsonl_problems(stream, record_type, sources=directory)
    else:
        document = stream.read(MAX_DOCUMENT_BYTES + 1)
        yield from document_problems(document, record_class(record_type), directory)


def _open(name: str) -> BinaryIO:
    if name == "-":
        # Not closed after reading: standard input belongs to the process.
        return contextlib.nullcontext(sys.stdin.buffer)  # type: ignore[return-value]
    return open_regular_file(name)


def _usage_error(message: str) -> None:
    print(printable(f"{_PROG}: error: {message}", sys.stderr), file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Check every PATH; return 0 if all are valid, 1 if any has a problem, 2 on a usage error."""
    try:
        directory = source_directory(args.sources)
    except OSError as exc:
        _usage_error(str(exc))
        return EXIT_USAGE
    output: _Text | _Json = _Json(sys.stdout) if args.format == "json" else _Text(sys.stdout)
    usage = invalid = False
    for name in args.paths:
        count, error = 0, None
        unreadable: Problem | None = None
        jsonl, record_type = _plan(name, args)
        stream: Any
        try:
            stream = _open(name) if record_type is not None else None
        except FileNotFoundError as exc:
            # A path that does not exist is a mistake in the command, not in the data.
            stream, error = None, f"cannot read {name!r}: {exc.strerror or exc}"
        except OSError as exc:
            # A directory, a FIFO or a file we may not read is bad input: report it and go on.
            stream, unreadable = None, _unreadable(exc)
        if record_type is None:
            groups = "|".join(group.name for group in GROUPS)
            error = f"{name!r} is JSON Lines of no known record type: give --type (or name the file {groups}.jsonl)"
        output.begin(name)
        if unreadable is not None:
            output.problem(name, unreadable)
            count += 1
        if stream is not None:
            with stream as opened:
                try:
                    assert record_type is not None
                    for problem in _problems(opened, jsonl, record_type, directory):
                        output.problem(name, problem)
                        count += 1
                except (BrokenPipeError, OutputFailedError, DamagedPackageError):
                    raise  # not a problem of this file: main() reports it and exits with its code
                except OSError as exc:  # the file failed while being read
                    output.problem(name, _unreadable(exc))
                    count += 1
                except (MemoryError, RecursionError, Exception) as exc:  # noqa: BLE001 - never a traceback
                    output.problem(name, _failure(exc))
                    count += 1
        if error is not None:
            _usage_error(error)
        output.end(name, count, error)
        usage |= error is not None
        invalid |= count > 0
    output.close(not (usage or invalid))
    return EXIT_USAGE if usage else EXIT_INVALID if invalid else EXIT_OK
