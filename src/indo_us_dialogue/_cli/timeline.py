"""``indo-us-dialogue timeline``: meetings in date order; with ``--all``, what was said and mentioned too."""

import argparse
import sys
from typing import Any

from .._io.packaged import load_dataset
from .._query.names import display_name
from .._query.timeline import TimelineEntry, timeline_entries
from .exits import Exit
from .render import add_format_option, write_json, write_table

__all__ = ["register"]


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add the ``timeline`` subcommand."""
    parser = subparsers.add_parser(
        "timeline",
        help="print meetings in date order (--all: statements and initiative mentions too)",
        description="Print the meetings in date order, earliest first, undated last: date, kind, id and name. "
        "Partial dates (2023, 2023-11) sort by their first day. With --all, statements and initiative mentions "
        "are placed by their own date or their meeting's.",
    )
    parser.add_argument("--all", action="store_true", help="include statements and initiative mentions")
    add_format_option(parser)
    parser.set_defaults(func=run)


def _entry(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "date": str(entry.date) if entry.date is not None else None,
        "kind": entry.kind,
        "id": entry.record.id,
        "name": display_name(entry.record),
        "meeting": entry.meeting.id if entry.meeting is not None else None,
    }


def run(args: argparse.Namespace) -> int:
    """Print the timeline; exit 1 if the packaged data does not validate."""
    dataset = load_dataset()
    entries = [_entry(e) for e in timeline_entries(dataset, everything=args.all)]
    if args.format == "json":
        write_json(entries, sys.stdout)
    else:
        rows = [(e["date"] or "undated", e["kind"], e["id"], e["name"]) for e in entries]
        write_table(("DATE", "KIND", "ID", "NAME"), rows, sys.stdout)
    return Exit.OK
