"""Tests for ``indo_us_dialogue._cli.render``: tables on a terminal, plain lines through a pipe."""

import io
import os
import struct
import subprocess
import sys

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._cli.render import write_table

WIDTH = 60


def _on_a_terminal(*args: str) -> str:
    """What ``indo-us-dialogue ARGS`` prints on a pseudo-terminal WIDTH columns wide."""
    pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX only")
    fcntl = pytest.importorskip("fcntl", reason="pseudo-terminals are POSIX only")
    termios = pytest.importorskip("termios", reason="pseudo-terminals are POSIX only")
    controller, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 50, WIDTH, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")} | {"PYTHONIOENCODING": "utf-8"}
    process = subprocess.Popen(
        [sys.executable, "-m", "indo_us_dialogue", *args], stdout=terminal, stderr=subprocess.PIPE, env=env
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closes when the process ends (EIO on Linux)
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(controller)
    _, errors = process.communicate()
    assert process.returncode == 0, errors
    assert errors == b""
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_a_terminal_gets_an_aligned_table_that_fits_its_width() -> None:
    """On a 60-column terminal, `timeline` prints a header and aligned rows no wider than 60, long names cut with …."""
    out = _on_a_terminal("timeline")
    lines = out.splitlines()
    assert lines[0].split() == ["DATE", "KIND", "ID", "NAME"]
    assert all(len(line) <= WIDTH for line in lines)
    assert len(lines) == 1 + len(iud.load_dataset().meetings)
    assert any(line.endswith("…") for line in lines)
    name_column = lines[0].index("NAME")
    assert all(line[name_column - 2 : name_column] == "  " for line in lines[1:])


def test_a_pipe_gets_tab_separated_lines_with_control_characters_escaped() -> None:
    """Not on a terminal, rows are tab-separated lines without header; whitespace runs become one space."""
    out = io.StringIO()
    write_table(("A", "B"), [("x\ty", "line\nbreak \x1b[31m")], out)
    assert out.getvalue() == "x y\tline break \\x1b[31m\n"
