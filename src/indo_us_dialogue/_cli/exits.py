"""The command line's exit codes, and how it speaks when something of its own fails.

Every outcome has one code (``docs/validation.md``, "Exit codes", lists them)
and every failure is one line on standard error, never a traceback: also when
the output cannot be written, when standard error itself is closed or full, and
when the installed package is damaged.
"""

import enum
import sys
from typing import Any, TextIO

__all__ = ["Exit", "OutputFailedError", "complain", "guarded"]


class Exit(enum.IntEnum):
    """The exit codes of ``indo-us-dialogue``."""

    OK = 0
    #: Some input has a problem (a problem report was printed).
    INVALID = 1
    #: The command was wrong: a bad option, a missing file, a --sources that is no directory.
    USAGE = 2
    #: The output could not be written (disk full, standard output closed): it is incomplete.
    OUTPUT = 3
    #: A file the package ships (dataset, schema, seed, module) is missing or damaged: reinstall.
    DAMAGED = 4
    #: A bug: the message asks for a report.
    INTERNAL = 5
    #: Interrupted (Ctrl-C), as a shell reports a program killed by SIGINT.
    INTERRUPTED = 130
    #: The reader of the output went away (``| head``), as for a program killed by SIGPIPE.
    BROKEN_PIPE = 141


PROG = "indo-us-dialogue"


class OutputFailedError(Exception):
    """Writing the output failed (not because the reader went away: that is ``BrokenPipeError``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Guarded:
    """Standard output whose write failures become :class:`OutputFailedError`."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def _do(self, method: str, *args: Any) -> Any:
        if self._stream is None:
            raise OutputFailedError("standard output is closed")
        try:
            return getattr(self._stream, method)(*args)
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:  # ValueError: the stream was closed
            raise OutputFailedError(getattr(exc, "strerror", None) or str(exc)) from exc

    def write(self, text: str) -> int:
        written: int = self._do("write", text)
        return written

    def flush(self) -> None:
        self._do("flush")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _Quiet:
    """Standard error that never fails: a message that cannot be shown must not change the outcome."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if self._stream is not None:
            try:
                self._stream.write(text)
                self._stream.flush()
            except (OSError, ValueError):
                pass
        return len(text)

    def flush(self) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def guarded(stdout: TextIO | None, stderr: TextIO | None) -> tuple[TextIO, TextIO]:
    """Stand-ins for standard output (failures raise :class:`OutputFailedError`) and error (failures ignored)."""
    return _Guarded(stdout), _Quiet(stderr)  # type: ignore[return-value]


def complain(message: str) -> None:
    """Print ``indo-us-dialogue: MESSAGE`` as one line on standard error, if standard error can take it."""
    line = f"{PROG}: {' '.join(message.split())}\n"
    stream = sys.stderr
    if stream is None:
        return
    try:
        encoding = getattr(stream, "encoding", None) or "utf-8"
        stream.write(line.encode(encoding, "backslashreplace").decode(encoding))
        stream.flush()
    except (OSError, ValueError):
        pass
