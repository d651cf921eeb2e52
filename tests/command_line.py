"""Running the installed command line the way users do: a fresh interpreter, output through a pipe."""

import os
import subprocess
import sys


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``indo-us-dialogue ARGS`` in a new process with standard output piped (so not a terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "indo_us_dialogue", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
