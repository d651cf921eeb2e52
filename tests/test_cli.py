import io
import re
import subprocess
import sys

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._cli import main


def test_version_names_code_and_data_versions(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and the dataset version."""
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"indo-us-dialogue {iud.__version__} (dataset {iud.DATASET_VERSION})"


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    """--help describes the tool and its summary and validate subcommands."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "summary" in out
    assert "validate" in out


def test_no_subcommand_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Running with no subcommand prints usage and exits 2."""
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().err


def test_summary_prints_counts_and_a_timeline(capsys: pytest.CaptureFixture[str]) -> None:
    """Summary reports the real record counts of the packaged dataset and its meetings in date order."""
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    data = iud.load_dataset()
    assert re.search(rf"^  meetings +{len(data.meetings)}$", out, re.M)
    assert re.search(rf"^  statements +{len(data.statements)}$", out, re.M)
    assert re.search(rf"^  remarks +{sum(s.same_remark is None for s in data.statements)}$", out, re.M)
    assert "Timeline of meetings:" in out
    positions = [out.index(m.name) for m in data.timeline()]
    assert positions == sorted(positions)


def test_console_script_runs_as_a_module() -> None:
    """Python -m indo_us_dialogue runs the same command line in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-m", "indo_us_dialogue", "summary"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "Timeline of meetings:" in result.stdout


def test_a_closed_output_pipe_is_not_reported_as_success(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the reader of the output goes away early, the command exits 141 (as if killed by SIGPIPE), not 0."""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["summary"]) == 141
    assert main(["export"]) == 141
