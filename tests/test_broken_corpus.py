"""The corpus of broken files in ``tests/broken/``, run through the API and the command line.

``tests/broken/expected.json`` lists every case: the file, what it shows, the
``[rule, path]`` of each problem the validator must report (all of them, no
more), the record type for JSON Lines files and the exit code when it is not
simply 0 for valid or 1 for invalid. Cases too big or too strange to commit (a
100,000-deep nesting, a FIFO, an unreadable file) are listed with how the test
makes them.
"""

import errno
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._cli import main
from indo_us_dialogue._io import files as _files
from indo_us_dialogue._validation.rules import RULES, rule_named

BROKEN = Path(__file__).resolve().parent / "broken"
MANIFEST: dict[str, dict[str, Any]] = json.loads((BROKEN / "expected.json").read_text(encoding="utf-8"))
_LINE = re.compile(r"^(?P<path>\$\S*?)(?: \((?P<record_id>.*?)\))?: (?P<message>.*) \[(?P<rule>[a-zA-Z._-]+)\]$")


def _expected(name: str) -> tuple[list[tuple[str, str]], int]:
    entry = MANIFEST[name]
    problems = sorted((rule, path) for rule, path in entry["problems"])
    return problems, entry.get("exit", 1 if problems else 0)


def _make(name: str, folder: Path) -> Path:
    """Write the generated case ``name`` into ``folder``."""
    path = folder / name
    if name == "deep-nesting.json":
        path.write_text("[" * 100_000 + "]" * 100_000, encoding="ascii")
    elif name == "a-directory":
        path.mkdir()
    elif name == "fifo.json":
        os.mkfifo(path)
    elif name == "unreadable.json":
        path.write_text("{}", encoding="ascii")
        path.chmod(0)
    elif name == "jsonl-over-long-line.jsonl":
        line = (BROKEN / "jsonl-valid.jsonl").read_bytes().splitlines()[1]
        path.write_bytes(line + b"\n" + b'"' + b"x" * (17 * 2**20) + b'"\n' + line + b"\n")
    elif name != "missing.json":  # pragma: no cover - a new generated case needs code here
        raise AssertionError(f"no recipe for {name}")
    return path


@pytest.fixture
def materialise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    """A function giving the path of a corpus case, made in tmp_path if it is generated."""

    def make(name: str) -> Path:
        if "generated" not in MANIFEST[name]:
            return BROKEN / name
        path = _make(name, tmp_path)
        if name == "unreadable.json" and os.access(path, os.R_OK):
            # Running as root: permissions do not stop reading, so refuse the open the way the OS would.
            real_open = os.open

            def refuse(target: Any, *args: Any, **kwargs: Any) -> int:
                if Path(target) == path:
                    raise PermissionError(errno.EACCES, "Permission denied", str(target))
                return real_open(target, *args, **kwargs)

            monkeypatch.setattr(_files.os, "open", refuse)
        return path

    return make


def test_the_manifest_lists_exactly_the_corpus() -> None:
    """Every file in tests/broken/ has an expectation, and every expectation has a file or says how it is made."""
    on_disk = {p.name for p in BROKEN.iterdir()} - {"expected.json"}
    assert on_disk == {name for name, entry in MANIFEST.items() if "generated" not in entry}
    for entry in MANIFEST.values():
        assert entry["about"]
        assert set(entry) <= {"about", "problems", "type", "exit", "generated"}


def test_the_corpus_covers_every_rule_of_the_table() -> None:
    """Each rule in the table has a broken file that breaks it, and every rule the corpus expects is in the table."""
    covered = {rule_named(rule).id for entry in MANIFEST.values() for rule, _ in entry["problems"]}
    # source.missing needs a sources directory (see test_validate.py and test_mutations.py); report.limit needs
    # 10,000 problems (test_resource_bounds.py); model and internal are bugs of the library, which no file can
    # set off on purpose.
    assert {rule.id for rule in RULES} - covered == {"source.missing", "report.limit", "model", "internal"}


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_the_api_reports_exactly_the_expected_problems(name: str, materialise: Callable[[str], Path]) -> None:
    """validate() (or validate_jsonl()) finds exactly the listed rules at the listed paths; unreadable paths raise."""
    path, entry = materialise(name), MANIFEST[name]
    problems, exit_code = _expected(name)

    def run() -> iud.Report:
        return iud.validate_jsonl(path, entry["type"]) if "type" in entry else iud.validate(path)

    if exit_code == 2 or problems == [("file.unreadable", "$")]:
        # The API raises for a path it cannot read; the command line reports it as a problem.
        with pytest.raises(OSError):  # noqa: PT011 - which OSError depends on the case
            run()
        return
    assert sorted((p.rule, p.path) for p in run().problems) == problems


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_the_command_line_reports_exactly_the_expected_problems(
    name: str, materialise: Callable[[str], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """`validate` prints each expected problem as 'FILE: PATH (ID): MESSAGE [RULE]' (or JSON) and exits right."""
    path, entry = materialise(name), MANIFEST[name]
    problems, exit_code = _expected(name)
    args = ["validate", str(path), *(["--type", entry["type"]] if "type" in entry else [])]

    assert main(args) == exit_code
    out, err = capsys.readouterr()
    printed = []
    for line in out.splitlines():
        assert line.startswith(f"{path}: ")
        match = _LINE.match(line.removeprefix(f"{path}: "))
        if match:
            printed.append((match["rule"], match["path"]))
    assert sorted(printed) == problems
    if exit_code == 2:
        assert f"error: cannot read {str(path)!r}" in err
        assert out == ""
    else:
        assert err == ""
        assert out.splitlines()[-1] == f"{path}: " + (f"{len(problems)} problem" if problems else "valid") + (
            "s" if len(problems) > 1 else ""
        )

    assert main([*args, "--format", "json"]) == exit_code
    report = json.loads(capsys.readouterr().out)
    (file_report,) = report["files"]
    assert file_report["file"] == str(path)
    assert sorted((p["rule"], p["path"]) for p in file_report["problems"]) == problems
    assert report["ok"] is file_report["ok"] is (exit_code == 0)


def test_the_whole_corpus_in_one_run_never_shows_a_traceback(tmp_path: Path) -> None:
    """One console-script run checks every broken file without a hang or traceback; the missing one makes it exit 2."""
    paths = []
    for name, entry in MANIFEST.items():
        if "type" in entry or name == "unreadable.json":
            continue  # JSON Lines need --type; permissions cannot be simulated in a subprocess run as root
        paths.append(str(_make(name, tmp_path) if "generated" in entry else BROKEN / name))
    result = subprocess.run(
        [sys.executable, "-m", "indo_us_dialogue", "validate", *paths],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2  # missing.json is in the corpus: a usage error outranks invalid data
    assert "Traceback" not in result.stdout + result.stderr
    for path in paths:
        assert path in result.stdout + result.stderr
