"""Tests for ``indo-us-dialogue search``, run through a pipe."""

import json

import indo_us_dialogue as iud
from tests.command_line import run

DATA = iud.load_dataset()


def test_search_prints_one_tab_separated_line_per_hit_best_first() -> None:
    """Piped, each hit is one line 'ID<TAB>TYPE<TAB>NAME' with no header, in the API's order."""
    result = run("search", "jaishankar")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == [r.id for r in DATA.search("jaishankar")]
    assert lines[0] == "official/s-jaishankar\tofficial\tS Jaishankar"


def test_search_json_lists_ids_types_names_and_scores() -> None:
    """`search --format json` prints a list of {id, type, name, score}, best first."""
    result = run("search", "defence", "industrial", "--format", "json")
    hits = json.loads(result.stdout)
    assert hits[0] == {
        "id": "initiative/defence-industrial-cooperation",
        "type": "initiative",
        "name": "Defence industrial cooperation",
        "score": hits[0]["score"],
    }
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_without_hits_exits_1_and_says_so_on_stderr() -> None:
    """Nothing matching prints nothing on standard output and a message on standard error, exit 1."""
    result = run("search", "zzzz-no-such-word")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "nothing matches" in result.stderr
