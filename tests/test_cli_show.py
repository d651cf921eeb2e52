"""Tests for ``indo-us-dialogue show``, run through a pipe."""

import json

import indo_us_dialogue as iud
from tests.command_line import run

DATA = iud.load_dataset()


def test_show_by_name_prints_each_claim_with_its_evidence_quoted() -> None:
    """`show jaishankar` prints the official, and every evidence span of the record quoted with source and offsets."""
    result = run("show", "jaishankar")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == "Official official/s-jaishankar"
    official = DATA.lookup("official/s-jaishankar")
    assert isinstance(official, iud.Official)
    for position in official.positions:
        title = lines.index(f"    - title: {position.title}")
        for evidence in position.evidence:
            quote = f"“{evidence.text}” ({evidence.source}, {evidence.start}-{evidence.end})"
            assert quote in result.stdout[result.stdout.index(lines[title]) :]
    for evidence in official.evidence:
        assert f"    “{evidence.text}” ({evidence.source}, {evidence.start}-{evidence.end})" in lines


def test_show_names_referenced_records() -> None:
    """An id of another record is followed by that record's name."""
    result = run("show", "meeting/2023-11-10-ministerial")
    assert "official: official/antony-blinken (Antony Blinken)" in result.stdout


def test_show_json_prints_the_record_as_in_the_dataset() -> None:
    """`show --format json` prints the record exactly as it stands in the dataset document."""
    result = run("show", "S JAISHANKAR", "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == iud.to_dict(DATA.lookup("official/s-jaishankar"))


def test_show_unknown_names_the_closest_matches_on_stderr() -> None:
    """An unknown key exits 1 with the suggestions on standard error and nothing on standard output."""
    result = run("show", "Jaishankr")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "did you mean official/s-jaishankar" in result.stderr
    assert "Traceback" not in result.stderr
