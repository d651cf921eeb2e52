"""``indo-us-dialogue export``: the dataset as JSON, JSON Lines, CSV, Parquet or JSON-LD."""

import argparse
import sys
from typing import Any

from .._errors import ValidationError
from .._export.atomic_dir import write_directory_atomic
from .._export.formats import FORMATS
from .._export.parquet import MissingExtraError
from .._io.atomic import write_text_atomic
from .._io.packaged import load_dataset
from .._io.resources import DamagedPackageError
from .exits import Exit, complain

__all__ = ["register"]


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add the ``export`` subcommand."""
    formats = "; ".join(f"{name}: {fmt.description}" for name, fmt in FORMATS.items())
    parser = subparsers.add_parser(
        "export",
        help="write the dataset as JSON, JSON Lines, CSV, Parquet or JSON-LD, or the source texts",
        description="Write the packaged dataset in one of several formats (" + formats + "). "
        "Every export is written atomically (on any failure nothing partial is left and an existing export is "
        "untouched) and is deterministic: the same data gives the same bytes. See docs/exports.md.",
    )
    parser.add_argument("--format", choices=tuple(FORMATS), default="json", help="output format (default: json)")
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        default="-",
        help="file (json, jsonld) or directory (jsonl, csv, parquet, texts) to write; - for standard output (default), "
        "for single-document formats only",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export the dataset; exit 2 if it cannot be written as asked (a damaged installation raises)."""
    fmt = FORMATS[args.format]
    if fmt.directory is not None and args.output == "-":
        complain(f"export: --format {args.format} writes a directory: give it with -o DIR")
        return Exit.USAGE
    dataset = load_dataset()
    try:
        if fmt.directory is not None:
            write_directory_atomic(args.output, fmt.directory(dataset))
        else:
            assert fmt.document is not None
            text = fmt.document(dataset)
            if args.output == "-":
                sys.stdout.write(text)
            else:
                write_text_atomic(args.output, text)
    except BrokenPipeError:
        raise  # the reader of standard output went away: main() reports it
    except MissingExtraError as exc:
        complain(f"export: {exc}")
        return Exit.USAGE
    except ValidationError as exc:  # texts: a packaged seed the export needs is missing or changed
        first = exc.problems[0] if exc.problems else None
        raise DamagedPackageError("seeds/", f"do not hold every source text ({first})") from exc
    except OSError as exc:
        complain(f"export: cannot write {args.output}: {exc.strerror or exc}")
        return Exit.USAGE
    return Exit.OK
