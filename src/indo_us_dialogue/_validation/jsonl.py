"""Validating JSON Lines files of one record type, streamed line by line.

A JSON Lines file holds one JSON value per line (https://jsonlines.org): here,
one record of a single type per line. The file is never read whole: lines are
read one at a time from a binary stream, and a line longer than
:data:`MAX_LINE_BYTES` is skipped in chunks and reported, so memory stays
bounded however large the file is.

Problems have paths as if the file were a JSON array of its lines: ``$[12].date``
is the ``date`` of the record on line 13 (the index counts from 0, lines from 1).
Every problem also carries its line: in ``Problem.line`` and at the start of
its message. Only the rules that look inside one record apply: ids, references
and the other rules that compare records need a whole dataset (see
``docs/validation.md``).
"""

import os
import re
from collections.abc import Iterator
from typing import BinaryIO

from .._errors import Problem
from .._io.files import open_regular_file
from .validate import Report, document_problems, record_class, source_directory

__all__ = ["MAX_LINE_BYTES", "iter_jsonl_problems", "validate_jsonl"]

#: Lines longer than this (in bytes, without the line break) are reported
#: (``json.size``) and skipped rather than read.
MAX_LINE_BYTES = 16 * 1024 * 1024
# Over-long lines are skipped in pieces of this size.
_CHUNK_BYTES = 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_COLUMN = re.compile(r" at line 1, column (\d+)$")


def _line_problem(index: int, message: str, rule: str) -> Problem:
    return Problem(path=f"$[{index}]", message=f"line {index + 1}: {message}", rule=rule, line=index + 1)


def _rebase(problem: Problem, index: int) -> Problem:
    """A problem of one line's document, moved to that line's place in the file."""
    path = f"$[{index}]{problem.path[1:]}"
    message = problem.message
    if problem.rule.startswith("json."):
        # Each line is parsed alone, so the parser's "line 1" is the file's line index + 1.
        message = _COLUMN.sub(r" at column \1", message)
        message = message.replace("the document is empty", "the line is empty (JSON Lines has a value on every line)")
    # Every problem names its line, in the message for people and in `line` for programs.
    message = f"line {index + 1}: {message}"
    return Problem(path=path, message=message, rule=problem.rule, record_id=problem.record_id, line=index + 1)


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    r"""Each line of ``stream`` without its line break, or None for a line too long to read.

    The limit counts the line's own bytes, whether it ends with ``\n`` or ``\r\n``.
    """
    limit = MAX_LINE_BYTES  # read at call time, so tests can lower it
    while True:
        line = stream.readline(limit + 2)  # room for the longest line and a "\r\n"
        if not isinstance(line, bytes):
            raise TypeError("JSON Lines must be read from a binary stream (open the file with 'rb')")
        if not line:
            return
        if line.endswith(b"\n"):
            content = line[:-2] if line.endswith(b"\r\n") else line[:-1]
            yield content if len(content) <= limit else None
        elif len(line) <= limit:
            yield line  # the last line, without a final line break
        else:
            while (rest := stream.readline(_CHUNK_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None


def iter_jsonl_problems(
    stream: BinaryIO, record_type: "str | type", *, sources: "str | os.PathLike[str] | None" = None
) -> Iterator[Problem]:
    """Every problem of a JSON Lines stream, line by line, as soon as each line is checked.

    Args:
        stream: A binary stream, read with ``readline`` only.
        record_type: The type of every record in it (``"Meeting"`` or ``Meeting``).
        sources: A directory of source files, for lines that are ``Source`` records.
    """
    cls = record_class(record_type)
    directory = source_directory(sources)
    for index, line in enumerate(_lines(stream)):
        if line is None:
            size = f"{MAX_LINE_BYTES // 2**20} MiB" if MAX_LINE_BYTES >= 2**20 else f"{MAX_LINE_BYTES} bytes"
            yield _line_problem(index, f"the line is longer than {size}; it was skipped", "json.size")
            continue
        if index > 0 and line.startswith(_BOM):
            yield _line_problem(index, "a byte order mark is only allowed at the start of the file", "json.syntax")
            continue
        # A byte order mark at the very start is accepted, as for whole documents (_jsonio.loads drops it).
        try:
            problems = document_problems(line, cls, directory)
        except MemoryError:
            # One line too costly to check must not leave the rest of the file unchecked.
            yield _line_problem(index, "ran out of memory while checking the line; it was skipped", "json.size")
            continue
        for problem in problems:
            yield _rebase(problem, index)


def validate_jsonl(
    file: "os.PathLike[str] | BinaryIO", record_type: "str | type", *, sources: "str | os.PathLike[str] | None" = None
) -> Report:
    """Check a JSON Lines file of one record type, reading it line by line in bounded memory.

    Each line is checked like :func:`validate` checks a document of
    ``record_type``: JSON, the JSON Schema, and the semantic rules that look
    inside one record. Problem paths start ``$[N]`` for the record on line N + 1.

    Args:
        file: A path (:class:`pathlib.Path`) or a binary file object.
        record_type: The type of every record in the file, a class or its name.
        sources: A directory of source files, used when the records are ``Source``.

    Raises:
        OSError: the path cannot be read as a regular file.
        TypeError: ``file`` is a ``str`` (pass a Path) or a text stream.
        LookupError: ``record_type`` names no record type.
    """
    if isinstance(file, str):
        raise TypeError("pass the file name as a pathlib.Path, or an open binary file")
    if isinstance(file, os.PathLike):
        with open_regular_file(file) as stream:
            return Report(problems=tuple(iter_jsonl_problems(stream, record_type, sources=sources)))
    return Report(problems=tuple(iter_jsonl_problems(file, record_type, sources=sources)))
