"""The ``indo-us-dialogue`` console script (``[project.scripts]``).

It lives outside the package so that it can catch what happens while the
package is imported: a Ctrl-C during start-up (importing jsonschema, cattrs and
the schemas takes a noticeable moment) and a damaged installation whose
modules do not import. Both end with one line and their exit code
(``indo_us_dialogue._cli.exits.Exit``: 130 and 4), never a traceback.
"""

import sys

__all__ = ["main_exit"]


def _say(message: str) -> None:
    try:
        sys.stderr.write(f"indo-us-dialogue: {message}\n")
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):  # standard error closed or full
        pass


def main_exit() -> None:
    """Import the command line and run it, exiting with its code."""
    try:
        from indo_us_dialogue._cli import main  # noqa: PLC0415 - importing is what is guarded here
    except KeyboardInterrupt:
        sys.exit(130)  # Exit.INTERRUPTED: the exit codes cannot be imported before the package is
    except Exception as exc:  # noqa: BLE001 - a module that does not import is a damaged installation
        _say(
            f"the installed package is damaged ({type(exc).__name__}: {exc}); "
            "reinstall it (pip install --force-reinstall indo-us-dialogue)"
        )
        sys.exit(4)  # Exit.DAMAGED
    sys.exit(main())
