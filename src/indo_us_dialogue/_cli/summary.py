"""``indo-us-dialogue summary``: counts and a dated timeline of meetings."""

import argparse
from typing import Any

from .._model.records import Dataset, Meeting
from .exits import Exit
from .installation import packaged_dataset

__all__ = ["register", "render_summary"]


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add the ``summary`` subcommand."""
    parser = subparsers.add_parser(
        "summary",
        help="load and validate the packaged dataset; print counts and a timeline",
        description="Load and validate the packaged dataset, then print its record counts "
        "and a dated timeline of meetings.",
    )
    parser.set_defaults(func=run)


def _when(meeting: Meeting) -> str:
    if meeting.date is None:
        return "date unknown"
    suffix = " (inferred)" if meeting.date.basis == "inferred" else ""
    return f"{meeting.date.value}{suffix}"


def render_summary(dataset: Dataset) -> str:
    """The text ``summary`` prints for ``dataset``."""
    lines = [f"indo_us_dialogue dataset {dataset.version}", ""]
    for label, group in (
        ("sources", dataset.sources),
        ("meetings", dataset.meetings),
        ("officials", dataset.officials),
        ("initiatives", dataset.initiatives),
        ("statements", dataset.statements),
    ):
        lines.append(f"  {label:<12}{len(group):>5}")
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
    print(render_summary(packaged_dataset()))
    return Exit.OK
