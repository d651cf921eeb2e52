"""Tests for the curation package ``scripts/curation``: derived values and adding a source."""

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._io.resources import packaged_folder

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from curation import _derive, build_dataset  # noqa: E402 - the curation package lives in scripts/

DATA = build_dataset()


def _cited(meeting: iud.Meeting) -> set[str]:
    """Sources of every evidence span inside ``meeting``, found by reading each field, not by the derivation."""
    spans = [*meeting.evidence]
    for claim in (meeting.ordinal, meeting.date, meeting.venue):
        if claim is not None:
            spans += claim.evidence
    for group in (meeting.participants, meeting.topics, meeting.links):
        for item in group:
            spans += item.evidence
    return {span.source for span in spans}


def test_meeting_sources_are_those_its_evidence_cites() -> None:
    """Each meeting's sources are exactly the sources its own and its parts' evidence cite, in seed order."""
    for meeting in DATA.meetings:
        assert set(meeting.sources) == _cited(meeting), meeting.id
        assert list(meeting.sources) == sorted(meeting.sources), meeting.id


def test_meeting_initiatives_are_those_with_a_mention_tied_to_it() -> None:
    """Each meeting lists the initiatives that have a mention tied to it, in the order of the initiatives."""
    for meeting in DATA.meetings:
        tied = [i.id for i in DATA.initiatives if meeting.id in {m.meeting for m in i.mentions}]
        assert list(meeting.initiatives) == tied, meeting.id
    assert any(meeting.initiatives for meeting in DATA.meetings)


def test_positions_are_attested_at_the_latest_meeting_held_under_the_title() -> None:
    """A position's date is the latest date of the meetings the official attends under its title, else the report's."""
    published = {s.id: s.published.value for s in DATA.sources if s.published is not None}
    for official in DATA.officials:
        for position in official.positions:
            dates = [
                m.date.value
                for m in DATA.meetings
                if m.date is not None
                and any(p.official == official.id and p.title == position.title for p in m.participants)
            ] or [published[e.source] for e in position.evidence]
            assert position.attested is not None
            assert position.attested.latest() == max(d.latest() for d in dates), (official.id, position.title)
    modi = DATA.lookup("official/narendra-modi")
    assert isinstance(modi, iud.Official)
    # Prime Minister at the June 2023 leaders' meeting and (mentioned) at the November ministerial.
    assert str(modi.positions[0].attested) == "2023-11-10"
    # Tied to no meeting (issue 12): attested by the report, inferred to be of 2025.
    jaiswal = DATA.lookup("official/randhir-jaiswal")
    assert isinstance(jaiswal, iud.Official)
    assert str(jaiswal.positions[0].attested) == "2025"


def test_derived_values_cannot_be_typed() -> None:
    """A curator who types a meeting's sources or initiatives, or a position's date, gets an error naming it."""
    meeting = DATA.lookup("meeting/2023-09-26-intersessional")
    assert isinstance(meeting, iud.Meeting)
    with pytest.raises(TypeError, match="derived"):
        _derive.meeting(id="meeting/x", sources=meeting.sources)
    typed = iud.Dataset(version=DATA.version, meetings=(meeting,), initiatives=DATA.initiatives)
    with pytest.raises(ValueError, match="initiatives are derived"):
        _derive.derive(typed)
    official = DATA.lookup("official/vani-rao")
    assert isinstance(official, iud.Official)
    with pytest.raises(ValueError, match="attestation date of 'Additional Secretary' is derived"):
        _derive.derive(iud.Dataset(version=DATA.version, officials=(official,)))


def test_a_position_with_no_dated_meeting_or_report_is_an_error() -> None:
    """A position that no participation and no dated report carries has no date to derive, and the build says so."""
    official = DATA.lookup("official/vani-rao")
    assert isinstance(official, iud.Official)
    untyped = iud.Position(title="Additional Secretary", country="IN", evidence=official.positions[0].evidence)
    lonely = iud.Official(
        id=official.id, name=official.name, country="IN", positions=(untyped,), evidence=official.evidence
    )
    with pytest.raises(ValueError, match="neither a dated meeting at which the official takes part as 'Additional"):
        _derive.derive(iud.Dataset(version=DATA.version, officials=(lonely,)))


# A made-up sixth report and its curation module, written as docs/curation.md says.
_EXTRA_SEED = (
    " date 2030-01-17 Officials of India and the US held the eighth 2+2 Intersessional Dialogue in Washington "
    "on Thursday and planned the exercise Test Abhyas 2030. (TEST)\n"
)
_EXTRA_MODULE = textwrap.dedent('''
    """Source 005, a test report, and the meeting it reports."""

    from indo_us_dialogue import Initiative, InitiativeKind, InitiativeMention, InitiativeStatus, MeetingKind

    from ._derive import meeting
    from ._spans import claim, ev, inferred, source, stated

    SOURCES = (
        source(
            "005",
            publisher=claim("TEST", ev("005", "TEST")),
            published=stated("2030-01-17", ev("005", "date 2030-01-17")),
        ),
    )
    MEETINGS = (
        meeting(
            id="meeting/2030-01-17-intersessional",
            kind=MeetingKind.INTERSESSIONAL,
            name="Eighth India-US 2+2 Intersessional Dialogue",
            date=inferred(
                "2030-01-17", "'On Thursday' in a report dated 2030-01-17, a Thursday.", ev("005", "on Thursday")
            ),
            evidence=(ev("005", "held the eighth 2+2 Intersessional Dialogue in Washington"),),
        ),
    )
    INITIATIVES = (
        Initiative(
            id="initiative/test-abhyas-2030",
            name="Test Abhyas 2030",
            kind=InitiativeKind.EXERCISE,
            mentions=(
                InitiativeMention(
                    meeting="meeting/2030-01-17-intersessional",
                    status=InitiativeStatus.PLANNED,
                    evidence=(ev("005", "planned the exercise Test Abhyas 2030"),),
                ),
            ),
        ),
    )
''')


def _build(seeds: Path, package: Path) -> subprocess.CompletedProcess[str]:
    program = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        "import indo_us_dialogue as iud; from curation import build_dataset;"
        "sys.stdout.write(iud.to_json(build_dataset(seeds=Path(sys.argv[2]))))"
    )
    return subprocess.run(
        [sys.executable, "-c", program, str(package), str(seeds)], capture_output=True, text=True, check=False
    )


@pytest.fixture
def extra_source(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the seeds with a sixth report, and a copy of the curation package with its module."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for entry in packaged_folder("seeds").iterdir():
        (seeds / entry.name).write_bytes(entry.read_bytes())
    (seeds / "005_example.txt").write_text(_EXTRA_SEED, encoding="utf-8")
    package = tmp_path / "scripts"
    shutil.copytree(ROOT / "scripts" / "curation", package / "curation", ignore=shutil.ignore_patterns("__pycache__"))
    return seeds, package


def test_a_sixth_source_is_one_seed_file_and_one_curation_module(extra_source: tuple[Path, Path]) -> None:
    """Dropping a seed into seeds/ and a module into the curation package builds a valid dataset with its records."""
    seeds, package = extra_source
    (package / "curation" / "example_005.py").write_text(_EXTRA_MODULE, encoding="utf-8")
    built = _build(seeds, package)
    assert built.returncode == 0, built.stderr
    report = iud.validate(built.stdout, sources=seeds)
    assert report.ok, report.problems
    dataset = iud.from_json(built.stdout, iud.Dataset)
    assert [s.id for s in dataset.sources] == [*(s.id for s in DATA.sources), "source/005-example"]
    new = dataset.lookup("meeting/2030-01-17-intersessional")
    assert isinstance(new, iud.Meeting)
    assert new.sources == ("source/005-example",)
    assert new.initiatives == ("initiative/test-abhyas-2030",)
    assert [r for r in dataset.meetings if r.id != new.id] == list(DATA.meetings)
    assert [r for r in dataset.initiatives if r.id != "initiative/test-abhyas-2030"] == list(DATA.initiatives)
    assert (dataset.officials, dataset.statements) == (DATA.officials, DATA.statements)


def test_a_seed_without_its_curation_module_stops_the_build(extra_source: tuple[Path, Path]) -> None:
    """A seed file that no curation module gives a source record is an error naming it, not a silent omission."""
    seeds, package = extra_source
    built = _build(seeds, package)
    assert built.returncode != 0
    assert "source/005-example" in built.stderr
    assert "not one per seed file" in built.stderr
