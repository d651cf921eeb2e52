"""Tests for ``indo-us-dialogue timeline``, run through a pipe."""

import json

import indo_us_dialogue as iud
from tests.command_line import run

DATA = iud.load_dataset()


def test_timeline_lists_meetings_in_order_as_plain_lines() -> None:
    """Piped, `timeline` prints 'DATE<TAB>meeting<TAB>ID<TAB>NAME' per meeting, in Dataset.timeline() order."""
    result = run("timeline")
    assert result.returncode == 0
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert [r[2] for r in rows] == [m.id for m in DATA.timeline()]
    assert {r[1] for r in rows} == {"meeting"}
    first = DATA.timeline()[0]
    assert first.date is not None
    assert rows[0] == [str(first.date.value), "meeting", first.id, first.name]
    assert rows[-1][0] == "undated" or all(m.date is not None for m in DATA.meetings)


def test_timeline_all_adds_statements_and_mentions() -> None:
    """`timeline --all --format json` holds every meeting, statement and initiative mention once."""
    result = run("timeline", "--all", "--format", "json")
    entries = json.loads(result.stdout)
    kinds = [e["kind"] for e in entries]
    assert kinds.count("meeting") == len(DATA.meetings)
    assert kinds.count("statement") == len(DATA.statements)
    assert kinds.count("mention") == sum(len(i.mentions) for i in DATA.initiatives)
    assert [e["id"] for e in entries] == [e.record.id for e in DATA.timeline_entries()]
