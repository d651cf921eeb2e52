"""``indo-us-dialogue summary``: counts and a dated timeline of meetings."""

import argparse
from typing import Any

from .._errors import ValidationError
from .._io.packaged import load_dataset
from .._model.records import Dataset, Meeting

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
    # A remark two sources report is two statements linked as one (same_remark): counted once here.
    remarks = sum(statement.same_remark is None for statement in dataset.statements)
    lines.append(f"  {'remarks':<12}{remarks:>5}")
    lines += ["", "Timeline of meetings:"]
    timeline = dataset.timeline()
    if not timeline:
        lines.append("  (no meetings)")
    width = max((len(_when(m)) for m in timeline), default=0)
    for meeting in timeline:
        lines.append(f"  {_when(meeting):<{width}}  {meeting.name}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Print the summary; exit 1 if the packaged data does not validate."""
    try:
        dataset = load_dataset()
    except ValidationError as exc:
        print(f"indo-us-dialogue: the packaged dataset is invalid\n{exc}")
        return 1
    print(render_summary(dataset))
    return 0
