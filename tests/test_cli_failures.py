"""Failures of the command line's own side: one line on standard error and a documented exit code, never a traceback.

Covered: output that cannot be written (a full disk, a closed standard
output), a standard error that is full or closed, a damaged installation (each
kind of damage names its file), and Ctrl-C during start-up. The codes are
``indo_us_dialogue._cli.exits.Exit``, documented in docs/validation.md.
"""

import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from indo_us_dialogue._cli.exits import Exit

ROOT = Path(__file__).resolve().parent.parent
VALID = ROOT / "tests" / "broken" / "valid-dataset.json"
MANY = ROOT / "tests" / "broken" / "many-problems.json"
_SCRIPT = "import sys; sys.path.insert(0, sys.argv.pop(1)); from _indo_us_dialogue_cli import main_exit; main_exit()"


def run_shell(command: str) -> subprocess.CompletedProcess[str]:
    """Run the console script under a shell, so that redirections such as ``>&-`` apply."""
    script = shutil.which("indo-us-dialogue", path=str(Path(sys.executable).parent))
    assert script is not None
    return subprocess.run(
        ["/bin/sh", "-c", f"{script} {command}"], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.mark.parametrize(
    "command",
    [
        f"validate {MANY} >/dev/full",
        f"validate {VALID} --format json >/dev/full",
        "export >/dev/full",
        "summary >/dev/full",
        "export >&-",
        "summary >&-",
        f"validate {VALID} >&-",
        "--help >/dev/full",
    ],
)
def test_output_that_cannot_be_written_exits_3_with_one_line(command: str) -> None:
    """A full disk or a closed standard output ends with exit 3 and one line saying so, not a traceback or 0."""
    result = run_shell(command)
    assert result.returncode == Exit.OUTPUT
    assert result.stderr.startswith("indo-us-dialogue: cannot write the output: ")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("redirect", ["2>/dev/full", "2>&-"])
def test_an_unwritable_standard_error_does_not_change_the_exit_code(redirect: str) -> None:
    """A missing file is still a usage error (2) and a valid file still 0 when standard error is full or closed."""
    assert run_shell(f"validate /nonexistent/file.json {redirect}").returncode == Exit.USAGE
    assert run_shell(f"validate --no-such-option x {redirect}").returncode == Exit.USAGE
    assert run_shell(f"validate {VALID} {redirect}").returncode == Exit.OK


def _installed_copy(tmp_path: Path) -> Path:
    """A copy of the package laid out as a wheel installs it (schemas and seeds inside), to damage."""
    site = tmp_path / "site"
    package = site / "indo_us_dialogue"
    shutil.copytree(ROOT / "src" / "indo_us_dialogue", package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "src" / "_indo_us_dialogue_cli.py", site)
    for folder in ("schemas", "seeds"):
        shutil.copytree(ROOT / folder, package / folder)
    return site


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _swap_for_another_schema(path: Path) -> None:
    # Another record type's schema under this file name: every $ref to it would now mean something else.
    path.write_text((path.parent / "official.schema.json").read_text(encoding="utf-8"), encoding="utf-8")


DAMAGE = {
    "dataset deleted": ("data/dataset.json", Path.unlink),
    "dataset truncated": ("data/dataset.json", _truncate),
    "schema deleted": ("schemas/meeting.schema.json", Path.unlink),
    "schema truncated": ("schemas/meeting.schema.json", _truncate),
    "schema swapped": ("schemas/meeting.schema.json", _swap_for_another_schema),
    "definitions deleted": ("schemas/definitions.schema.json", Path.unlink),
    "schemas folder deleted": ("schemas", shutil.rmtree),
    "module deleted": ("_model/dates.py", Path.unlink),
}


@pytest.mark.parametrize(
    ("damage", "command"),
    [
        (damage, command)
        for damage in sorted(DAMAGE)
        for command in (["summary"], ["export"], ["validate", str(VALID)])
        if not (damage.startswith("dataset") and command[0] == "validate")  # validate does not read the dataset
    ],
)
def test_a_damaged_installation_names_the_file_and_exits_4(tmp_path: Path, damage: str, command: list[str]) -> None:
    """Each kind of damage to the installed files ends with exit 4 and one line naming the file and the repair."""
    site = _installed_copy(tmp_path)
    name, harm = DAMAGE[damage]
    harm(site / "indo_us_dialogue" / name)
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(site), *command], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == Exit.DAMAGED, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("indo-us-dialogue: the installed package is damaged")
    assert "reinstall" in line
    assert Path(name).stem.split(".")[0] in line


def test_a_missing_packaged_seed_is_a_problem_not_a_silent_pass(tmp_path: Path) -> None:
    """Without one of its seeds, validate() reports source.missing, and the command names the damaged file (exit 4)."""
    site = _installed_copy(tmp_path)
    (cited,) = {source["file_name"] for source in json.loads(VALID.read_text(encoding="utf-8"))["sources"]}
    seed = site / "indo_us_dialogue" / "seeds" / cited
    seed.unlink()
    api = (
        "import pathlib, sys; sys.path.insert(0, sys.argv[1]); import indo_us_dialogue as iud; "
        "print([(p.rule, p.message) for p in iud.validate(pathlib.Path(sys.argv[2])).problems])"
    )
    result = subprocess.run(
        [sys.executable, "-c", api, str(site), str(VALID)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "'source.missing'" in result.stdout, result.stderr
    assert seed.name in result.stdout
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(site), "validate", str(VALID)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == Exit.DAMAGED
    assert f"seeds/{seed.name}" in result.stderr


# Raise KeyboardInterrupt (what Ctrl-C does) at the moment one module of the package is imported: in the middle
# of start-up, exactly where an interrupt at an unlucky moment would land.
_INTERRUPT_AT_IMPORT = """
import sys
AT = sys.argv.pop(1)
class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == AT:
            raise KeyboardInterrupt
        return None
sys.meta_path.insert(0, Interrupt())
from _indo_us_dialogue_cli import main_exit
main_exit()
"""


@pytest.mark.parametrize("module", ["indo_us_dialogue", "indo_us_dialogue._io.convert", "indo_us_dialogue._cli.exits"])
def test_ctrl_c_during_start_up_exits_130_without_a_traceback(module: str) -> None:
    """An interrupt while the package is still being imported ends the console script with 130 and no traceback."""
    result = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_AT_IMPORT, module, "validate", str(VALID)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (Exit.INTERRUPTED, "")


def _sigint_as_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_while_working_exits_130_without_a_traceback(tmp_path: Path) -> None:
    """SIGINT during a long validation, once it has reported a problem, ends it with 130 and no traceback."""
    script = shutil.which("indo-us-dialogue", path=str(Path(sys.executable).parent))
    assert script is not None
    big = tmp_path / "big.jsonl"
    # Every line has a bad id: each is reported as it is checked, and takes the strict path (about 1 ms, a minute
    # and more in all). So the first report proves the command is at work, with most of the file left, whatever
    # the machine's speed: a fixed wait did not, once valid lines were read faster than it lasted.
    meeting = json.loads(VALID.read_text(encoding="utf-8"))["meetings"][0]
    line = json.dumps({**meeting, "id": "not an id"}) + "\n"
    big.write_text(line * 100_000, encoding="utf-8")
    process = subprocess.Popen(
        [script, "validate", "--type", "Meeting", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As a terminal's Ctrl-C finds it: a test run started in the background by a shell without job control
        # (`cmd &`, as in nohup) ignores SIGINT, and so, by inheritance, would the command.
        preexec_fn=_sigint_as_default,  # noqa: PLW1509 - one signal call, in a test that starts no threads
    )
    assert process.stdout is not None
    assert process.stdout.readline().startswith(f"{big}: $[0].id")
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (Exit.INTERRUPTED, "")
