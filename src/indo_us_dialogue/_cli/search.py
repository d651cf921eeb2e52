"""``indo-us-dialogue search TEXT``: records matching words, best first."""

import argparse
import sys
from typing import Any

from .._io.packaged import load_dataset
from .._model.records import GROUPS
from .._query.names import display_name
from .._query.search import search
from .exits import Exit
from .render import add_format_option, printable, write_json, write_table

__all__ = ["register"]


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add the ``search`` subcommand."""
    parser = subparsers.add_parser(
        "search",
        help="find records by words in their names, aliases, titles, topics or texts",
        description="Print the records containing every word of TEXT (case and accents do not matter) in their "
        "names, aliases, titles, topics, statement texts or notes, best match first: id, type and name. "
        "Exit status 1 if nothing matches.",
    )
    parser.add_argument("text", metavar="TEXT", nargs="+", help="words to look for")
    add_format_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the matches; exit 1 if there are none."""
    dataset = load_dataset()
    text = " ".join(args.text)
    kinds = {group.cls: group.kind for group in GROUPS}
    hits = search(dataset, text)
    if args.format == "json":
        write_json(
            [
                {"id": h.record.id, "type": kinds[type(h.record)], "name": display_name(h.record), "score": h.score}
                for h in hits
            ],
            sys.stdout,
        )
    else:
        rows = [(h.record.id, kinds[type(h.record)], display_name(h.record)) for h in hits]
        write_table(("ID", "TYPE", "NAME"), rows, sys.stdout)
    if not hits:
        print(printable(f"indo-us-dialogue search: nothing matches {text!r}", sys.stderr), file=sys.stderr)
        return Exit.INVALID  # nothing found: documented as exit 1
    return Exit.OK
