"""``indo-us-dialogue export``: the whole dataset as one JSON document."""

import argparse
import sys
from typing import Any

from .._io.atomic import write_text_atomic
from .._io.convert import to_json
from .exits import Exit, complain
from .installation import packaged_dataset

__all__ = ["register"]


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser(
        "export",
        help="write the whole dataset as one JSON document",
        description="Write the packaged dataset as one JSON document that validates against "
        "schemas/dataset.schema.json. The file is written atomically: on any failure no partial file is left "
        "and an existing file is untouched.",
    )
    parser.add_argument("--format", choices=("json",), default="json", help="output format (default: json)")
    parser.add_argument(
        "-o", "--output", metavar="FILE", default="-", help="file to write, or - for standard output (default)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export the dataset; exit 2 if the file cannot be written (a damaged installation raises)."""
    text = to_json(packaged_dataset())
    if args.output == "-":
        sys.stdout.write(text)
        return Exit.OK
    try:
        write_text_atomic(args.output, text)
    except OSError as exc:
        complain(f"cannot write {args.output}: {exc.strerror or exc}")
        return Exit.USAGE
    return Exit.OK
