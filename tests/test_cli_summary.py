"""Tests for ``indo-us-dialogue summary``, run through a pipe."""

import json
import re

import indo_us_dialogue as iud
from indo_us_dialogue._model.records import GROUPS
from tests.command_line import run

DATA = iud.load_dataset()


def test_summary_json_gives_counts_and_the_meeting_timeline() -> None:
    """`summary --format json` prints the version, a count per record group and the meetings in order."""
    result = run("summary", "--format", "json")
    assert result.returncode == 0
    summary = json.loads(result.stdout)
    assert summary["version"] == DATA.version
    assert summary["counts"] == {g.name: len(getattr(DATA, g.name)) for g in GROUPS}
    assert [m["id"] for m in summary["timeline"]] == [m.id for m in DATA.timeline()]


def test_summary_text_through_a_pipe() -> None:
    """`summary` prints the counts and the timeline heading, with nothing on standard error."""
    result = run("summary")
    assert result.returncode == 0
    assert result.stderr == ""
    assert re.search(rf"^  statements +{len(DATA.statements)}$", result.stdout, re.M)
