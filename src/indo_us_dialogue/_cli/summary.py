"""``indo-us-dialogue summary``: counts and a dated timeline of meetings."""

import argparse
import sys
from typing import Any

from .._io.packaged import load_dataset
from .._model.enums import DateBasis
from .._model.records import GROUPS, Dataset, Meeting
from .exits import Exit
from .render import add_format_option, write_json

__all__ = ["register", "render_summary", "summary_dict"]


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add the ``summary`` subcommand."""
    parser = subparsers.add_parser(
        "summary",
        help="load and validate the packaged dataset; print counts and a timeline",
        description="Load and validate the packaged dataset, then print its record counts "
        "and a dated timeline of meetings.",
    )
    add_format_option(parser)
    parser.set_defaults(func=run)


def _when(meeting: Meeting) -> str:
    if meeting.date is None:
        return "date unknown"
    suffix = " (inferred)" if meeting.date.basis is DateBasis.INFERRED else ""
    return f"{meeting.date.value}{suffix}"


def _remarks(dataset: Dataset) -> int:
    """Statements, counting once a remark two sources report (linked by ``same_remark``)."""
    return sum(statement.same_remark is None for statement in dataset.statements)


def summary_dict(dataset: Dataset) -> dict[str, Any]:
    """What ``summary --format json`` prints: version, a count per record group, and the meetings in order."""
    return {
        "version": dataset.version,
        "counts": {group.name: len(getattr(dataset, group.name)) for group in GROUPS},
        "remarks": _remarks(dataset),
        "timeline": [
            {
                "id": m.id,
                "date": str(m.date.value) if m.date is not None else None,
                "basis": m.date.basis.value if m.date is not None else None,
                "name": m.name,
            }
            for m in dataset.timeline()
        ],
    }


def render_summary(dataset: Dataset) -> str:
    """The text ``summary`` prints for ``dataset``."""
    lines = [f"indo_us_dialogue dataset {dataset.version}", ""]
    width = max(len(name) for name in (*(group.name for group in GROUPS), "remarks")) + 2
    for group in GROUPS:
        lines.append(f"  {group.name:<{width}}{len(getattr(dataset, group.name)):>5}")
    # A remark two sources report is two statements linked as one (same_remark): counted once here.
    lines.append(f"  {'remarks':<{width}}{_remarks(dataset):>5}")
    lines += ["", "Timeline of meetings:"]
    timeline = dataset.timeline()
    if not timeline:
        lines.append("  (no meetings)")
    width = max((len(_when(m)) for m in timeline), default=0)
    for meeting in timeline:
        lines.append(f"  {_when(meeting):<{width}}  {meeting.name}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Print the summary (a damaged installation raises DamagedPackageError)."""
    dataset = load_dataset()
    if args.format == "json":
        write_json(summary_dict(dataset), sys.stdout)
    else:
        print(render_summary(dataset))
    return Exit.OK
