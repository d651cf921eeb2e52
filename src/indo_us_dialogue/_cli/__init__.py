"""The ``indo-us-dialogue`` command line.

Each subcommand lives in its own module with a ``register(subparsers)``
function; :data:`_COMMANDS` lists them. The exit codes are
:class:`~indo_us_dialogue._cli.exits.Exit`. Whatever fails, the command says so
in one line and exits with its code, never with a traceback: :func:`main` is
the one place that turns every failure into that.
"""

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from .._io.resources import DamagedPackageError
from .._version import DATASET_VERSION, __version__
from . import export, search, show, summary, timeline, validate
from .exits import Exit, OutputFailedError, complain, guarded

__all__ = ["main", "main_exit"]

_COMMANDS = (summary, show, search, timeline, export, validate)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="indo-us-dialogue",
        description="The India-US 2+2 dialogues as evidence-backed records: inspect, export and validate them.",
        epilog="exit status: " + ", ".join(f"{code.value} {code.name.lower().replace('_', ' ')}" for code in Exit),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__} (dataset {DATASET_VERSION})")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in _COMMANDS:
        command.register(subparsers)
    return parser


def _silence_stdout() -> None:
    # What is left in the output buffer cannot be written either; point standard
    # output at /dev/null so that Python's final flush does not fail (exit 120).
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no stdout or no file descriptor
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return Exit.USAGE
    code: int = args.func(args)
    sys.stdout.flush()  # a full disk shows here, while the failure can still be reported
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see :class:`Exit`).

    Raises:
        SystemExit: from argparse, for ``--help``, ``--version`` and bad options.
    """
    real_stdout, real_stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = guarded(real_stdout, real_stderr)
    try:
        return _run(argv)
    except KeyboardInterrupt:
        return Exit.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`), so the output is incomplete: say so
        # with the status a shell gives a program killed by SIGPIPE, never 0 (a cut-off
        # `validate` must not look valid).
        sys.stdout = real_stdout
        _silence_stdout()
        return Exit.BROKEN_PIPE
    except OutputFailedError as exc:
        sys.stdout = real_stdout
        _silence_stdout()
        complain(f"cannot write the output: {exc.reason}")
        return Exit.OUTPUT
    except DamagedPackageError as exc:
        complain(str(exc))
        return Exit.DAMAGED
    except SystemExit:
        # argparse ends --help, --version and usage errors so; what it printed must still reach the reader.
        try:
            sys.stdout.flush()
        except OutputFailedError as exc:
            sys.stdout = real_stdout
            _silence_stdout()
            complain(f"cannot write the output: {exc.reason}")
            return Exit.OUTPUT
        raise
    except (MemoryError, RecursionError, Exception) as exc:  # noqa: BLE001 - never a traceback
        complain(f"internal error ({type(exc).__name__}: {exc}); please report this as a bug")
        return Exit.INTERNAL
    finally:
        sys.stdout, sys.stderr = real_stdout, real_stderr


def main_exit() -> None:
    """Console-script entry point: run :func:`main` and exit with its code."""
    sys.exit(main())
