"""Printing data for people and for programs: one place for tables, JSON and safe text.

Every command that prints data takes ``--format text|json``. Text tables are
laid out for the terminal when standard output is one (columns aligned, the
widest cut with ``…`` to fit its width) and printed as plain tab-separated
lines, one row per line and no header, when it is a pipe or a file, so that
``cut``, ``sort`` and ``grep`` see stable lines whatever the terminal size.
"""

import argparse
import json
import shutil
from collections.abc import Sequence
from typing import Any, TextIO

__all__ = ["add_format_option", "printable", "write_json", "write_table"]

_GAP = "  "
_MIN_WIDTH = 8


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--format text|json`` to a command that prints data."""
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text for people (default) or JSON for programs"
    )


def printable(text: str, stream: TextIO) -> str:
    """``text`` made safe to print on ``stream``: control characters escaped, unencodable ones backslashed."""
    # Data can hold terminal escape sequences or lone surrogates; neither may
    # reach the terminal raw, nor crash the print.
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    encoding = getattr(stream, "encoding", None) or "utf-8"
    return text.encode(encoding, "backslashreplace").decode(encoding)


def write_json(value: Any, out: TextIO) -> None:
    """``value`` as one indented JSON document and a line break."""
    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _is_terminal(out: TextIO) -> bool:
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


def _fit(widths: list[int], total: int) -> list[int]:
    """Column widths that fit ``total`` characters, taking from the widest column first."""
    widths = list(widths)
    while sum(widths) + len(_GAP) * (len(widths) - 1) > total:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= _MIN_WIDTH:
            break
        widths[widest] -= 1
    return widths


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def write_table(headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Rows as an aligned table fitting the terminal, or as tab-separated lines when ``out`` is not a terminal."""
    cells = [[printable(" ".join(cell.split()), out) for cell in row] for row in rows]
    if not _is_terminal(out):
        for row in cells:
            out.write("\t".join(row) + "\n")
        return
    widths = [max([len(h), *(len(row[i]) for row in cells)]) for i, h in enumerate(headers)]
    widths = _fit(widths, shutil.get_terminal_size().columns)
    for row in [list(headers), *cells]:
        out.write(_GAP.join(_cut(cell, w).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() + "\n")
