"""The ``indo-us-dialogue`` command line.

Each subcommand lives in its own module with a ``register(subparsers)``
function; :data:`_COMMANDS` lists them. Exit codes: 0 success, 1 invalid data,
2 usage error. Errors are printed as messages, never as tracebacks.
"""

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from .._version import DATASET_VERSION, __version__
from . import export, search, show, summary, timeline, validate

__all__ = ["main", "main_exit"]

_COMMANDS = (summary, show, search, timeline, export, validate)

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="indo-us-dialogue",
        description="The India-US 2+2 dialogues as evidence-backed records: inspect, export and validate them.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} (dataset {DATASET_VERSION})")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in _COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`), so the output is incomplete: say so
        # with the status a shell gives a program killed by SIGPIPE, never 0 (a cut-off
        # `validate` must not look valid). Point stdout at /dev/null so that Python's
        # final flush does not complain about the closed pipe.
        with contextlib.suppress(OSError, ValueError):  # ValueError: stdout has no file descriptor
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return code


def main_exit() -> None:
    """Console-script entry point: run :func:`main` and exit with its code."""
    sys.exit(main())
