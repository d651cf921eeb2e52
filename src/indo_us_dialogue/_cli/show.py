"""``indo-us-dialogue show ID-OR-NAME``: one record, each claim followed by its evidence quoted.

The text layout is derived from the field nodes, so every field of every
record type is shown with no list kept here: a nested claim with a ``value``
prints as ``field: value`` with its other fields beneath it, a list item as
``- ...``, an id of another record with that record's name, and each
evidence span as the quoted text, its source and offsets. Null fields and
empty lists are left out.
"""

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from .._errors import AmbiguousRecordError, RecordNotFoundError
from .._io.convert import to_dict
from .._io.packaged import load_dataset
from .._model.dates import PartialDate
from .._model.nodes import Array, Id, Nested, Node, Optional, Ref, fields_of
from .._model.records import Evidence
from .._query.names import display_name
from .exits import Exit
from .render import add_format_option, printable, write_json

__all__ = ["record_lines", "register"]

_INDENT = "  "


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add the ``show`` subcommand."""
    parser = subparsers.add_parser(
        "show",
        help="print one record, with the evidence for each claim",
        description="Print the record with this id, name or alias (case and accents do not matter), each claim "
        "followed by its evidence quoted from the source. Exit status 1 if no record, or several, match.",
    )
    parser.add_argument("key", metavar="ID-OR-NAME", help="an id (official/s-jaishankar), a name or an alias")
    add_format_option(parser)
    parser.set_defaults(func=run)


def _scalar(value: Any, node: Node, dataset: Any) -> str:
    if isinstance(value, PartialDate):
        return str(value)
    text = str(getattr(value, "value", value))
    if isinstance(node, Ref) and (other := dataset.get(value)) is not None:
        text += f" ({display_name(other)})"
    return text


def _quote(evidence: Evidence) -> str:
    return f"“{evidence.text}” ({evidence.source}, {evidence.start}-{evidence.end})"


def _lines(name: str, value: Any, node: Node, dataset: Any, indent: str) -> Iterator[str]:
    match node:
        case Optional(inner=inner):
            if value is not None:
                yield from _lines(name, value, inner, dataset, indent)
        case Array(item=Nested(cls=cls)) if cls is Evidence:
            if value:
                yield f"{indent}{name}:"
                yield from (f"{indent}{_INDENT}{_quote(item)}" for item in value)
        case Array(item=Nested() as item):
            if value:
                yield f"{indent}{name}:"
                for each in value:
                    block = list(_fields(each, dataset, indent + _INDENT * 2))
                    if block:
                        yield f"{indent}{_INDENT}- {block[0].lstrip()}"
                        yield from block[1:]
        case Array(item=item):
            if value:
                yield f"{indent}{name}:"
                yield from (f"{indent}{_INDENT}- {_scalar(each, item, dataset)}" for each in value)
        case Nested(cls=cls):
            headline = next((f for f in fields_of(cls) if f.name == "value"), None)
            if headline is not None:
                yield f"{indent}{name}: {_scalar(value.value, headline.node, dataset)}"
                yield from _fields(value, dataset, indent + _INDENT, skip="value")
            else:
                yield f"{indent}{name}:"
                yield from _fields(value, dataset, indent + _INDENT)
        case _:
            yield f"{indent}{name}: {_scalar(value, node, dataset)}"


def _fields(record: Any, dataset: Any, indent: str, skip: str | None = None) -> Iterator[str]:
    cls: type = type(record)
    for field in fields_of(cls):
        if field.name != skip and not isinstance(field.node, Id):
            yield from _lines(field.name, getattr(record, field.name), field.node, dataset, indent)


def record_lines(record: Any, dataset: Any) -> list[str]:
    """The lines ``show`` prints for ``record``."""
    return [f"{type(record).__name__} {record.id}", *_fields(record, dataset, _INDENT)]


def run(args: argparse.Namespace) -> int:
    """Print the record; exit 1 if nothing or several records match."""
    dataset = load_dataset()
    try:
        record = dataset.lookup(args.key)
    except (RecordNotFoundError, AmbiguousRecordError) as exc:
        print(printable(f"indo-us-dialogue show: {exc}", sys.stderr), file=sys.stderr)
        return Exit.INVALID  # nothing found: documented as exit 1
    if args.format == "json":
        write_json(to_dict(record), sys.stdout)
    else:
        for line in record_lines(record, dataset):
            print(printable(line, sys.stdout))
    return Exit.OK
