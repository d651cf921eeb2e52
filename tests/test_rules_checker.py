"""Tests for ``indo_us_dialogue._validation.rules.checker``: the generated walk finds what the plain walk finds.

The rules are defined on :func:`walk_record`: every value with its path and
node, each rule of the table called on what it looks at. The generated checkers
skip values no rule looks at and skip a rule where its ``passes`` test holds;
these tests run the plain walk beside them, with no shortcut at all, and ask
for the same problems in the same order, on consistent datasets, on datasets
with each rule broken, on mutated and broken documents and on hostile text.
"""

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue import strategies as iuds
from indo_us_dialogue._errors import Problem
from indo_us_dialogue._io.convert import converter
from indo_us_dialogue._io.texts import find_mojibake
from indo_us_dialogue._io.utf16 import utf16_length
from indo_us_dialogue._model.nodes import Nested, Text
from indo_us_dialogue._model.records import GROUPS
from indo_us_dialogue._model.walk import walk_record
from indo_us_dialogue._validation.rules import RULES, dataset_problems, record_problems
from indo_us_dialogue._validation.rules.context import Context
from indo_us_dialogue._validation.rules.values import utf16_units
from tests.corruptions import CORRUPTIONS, corrupted
from tests.helpers import json_nodes
from tests.mutations import mutated, replaced

BROKEN = Path(__file__).resolve().parent / "broken"
FEWER = settings(max_examples=min(settings().max_examples, 40), suppress_health_check=[HealthCheck.too_slow])

#: Characters that make text rules work: cp866's upper half (mojibake), astral and combining
#: characters, lone surrogates, controls, and plain ASCII.
_CP866_UPPER = bytes(range(0x80, 0xFF)).decode("cp866")
HOSTILE_TEXT = st.text(
    st.one_of(
        st.sampled_from(_CP866_UPPER),
        st.sampled_from("тАУтАЬрд░\u0301\u200b\x00\x1f\x7f\ufeff\U0001f600\U0001d11e"),
        st.integers(0xD800, 0xDFFF).map(chr),
        st.characters(),
    ),
    max_size=40,
)


def walked_problems(records: list[tuple[str, Any]], *, whole_dataset: bool) -> list[Problem]:
    """The problems of ``records`` by the definition: the plain walk, every rule called wherever it looks."""
    context = Context(records, whole_dataset=whole_dataset, directory=None)
    problems = []
    for record_path, record in records:
        record_id = getattr(record, "id", None)
        for path, node, value in walk_record(record, record_path):
            kind = node.cls if isinstance(node, Nested) else type(node)
            for rule in RULES:
                if rule.check is None or kind not in rule.looks_at or (rule.needs_dataset and not whole_dataset):
                    continue
                problems += [
                    Problem(path=where, message=message, rule=rule.id, record_id=record_id)
                    for where, message in rule.check(context, path, node, value)
                ]
    return problems


def assert_same_as_the_walk(data: iud.Dataset) -> None:
    """The dataset, and each of its records alone, get exactly the problems the plain walk finds."""
    records = [(f"$.{g.name}[{i}]", r) for g in GROUPS for i, r in enumerate(getattr(data, g.name))]
    assert dataset_problems(data) == walked_problems(records, whole_dataset=True)
    for _, record in records:
        assert record_problems(record) == walked_problems([("$", record)], whole_dataset=False)


@FEWER
@given(iuds.datasets())
def test_consistent_datasets_get_the_problems_of_the_walk(data: iud.Dataset) -> None:
    """On consistent datasets (no problems) the generated walk agrees with the plain one."""
    assert_same_as_the_walk(data)


@FEWER
@given(iuds.datasets(consistent=False))
def test_inconsistent_datasets_get_the_problems_of_the_walk(data: iud.Dataset) -> None:
    """On datasets whose records ignore each other (dangling references, clashing ids) both walks agree."""
    assert_same_as_the_walk(data)


@pytest.mark.parametrize("rule", sorted(CORRUPTIONS))
def test_each_broken_rule_gets_the_problems_of_the_walk(rule: str) -> None:
    """A dataset with one rule broken on purpose gets the same problems, in the same order, from both walks."""

    @settings(
        max_examples=min(settings().max_examples, 10),
        suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
    )
    @given(corrupted(rule))
    def check(data: iud.Dataset) -> None:
        assert_same_as_the_walk(data)

    check()


def test_the_curated_dataset_gets_the_problems_of_the_walk() -> None:
    """The packaged dataset, whole and record by record, gets no problem from either walk."""
    assert_same_as_the_walk(iud.load_dataset())


_VALID = json.loads((BROKEN / "valid-dataset.json").read_text(encoding="utf-8"))


def _structured(document: Any) -> iud.Dataset:
    """Records built from ``document`` without the schema (class validators only), or the example is skipped."""
    try:
        data: iud.Dataset = converter.structure(document, iud.Dataset)
    except Exception:  # any refusal means there are no records to check
        assume(False)
        raise
    return data


@FEWER
@given(mutated(_VALID))
def test_mutated_documents_get_the_problems_of_the_walk(document: Any) -> None:
    """A document changed in one place, blindly, gets the same problems from both walks whenever it makes records."""
    assert_same_as_the_walk(_structured(document))


@FEWER
@given(st.data(), HOSTILE_TEXT)
def test_hostile_text_gets_the_problems_of_the_walk(data: st.DataObject, text: str) -> None:
    """Any string, garbled, astral or a lone surrogate, put in place of any text gets the same problems from both."""
    strings = [steps for steps, value in json_nodes(_VALID) if isinstance(value, str)]
    assert_same_as_the_walk(_structured(replaced(_VALID, data.draw(st.sampled_from(strings)), text)))


def test_the_broken_corpus_gets_the_problems_of_the_walk() -> None:
    """Every file of the broken corpus that makes records (broken no earlier than the rules) gets the same from both."""
    checked = []
    for path in sorted(BROKEN.glob("*.json")):
        try:
            data = converter.structure(json.loads(path.read_bytes()), iud.Dataset)
        except Exception:  # noqa: BLE001, S112 - files broken before the semantic stage have no records to check
            continue
        assert_same_as_the_walk(data)
        checked.append(path.name)
    assert {"date-order.json", "evidence-offsets.json", "valid-dataset.json"} <= set(checked)


_TEXT_SHORTCUTS = [rule for rule in RULES if rule.looks_at == (Text,) and rule.passes is not None]


@pytest.mark.parametrize("rule", _TEXT_SHORTCUTS, ids=lambda rule: rule.id)
def test_a_rule_finds_nothing_where_its_shortcut_passes(rule: Any) -> None:
    """Where a rule's ``passes`` test holds on a text, the rule itself finds nothing there."""
    assert rule.check is not None
    assert rule.looks_at == (Text,)
    context = Context([], whole_dataset=False, directory=None)

    @given(HOSTILE_TEXT)
    def check(text: str) -> None:
        if rule.passes(text):
            assert list(rule.check(context, "$", Text(), text)) == []

    check()


_OFFSET = st.integers(min_value=0, max_value=40)
_SPANS = st.builds(
    iud.Evidence,
    source=st.just("source/a"),
    start=_OFFSET,
    end=_OFFSET,
    text=st.text(st.sampled_from("ab\U0001f600\ud800"), min_size=1, max_size=6),
    utf16_start=st.none() | _OFFSET,
    utf16_end=st.none() | _OFFSET,
)


@given(_SPANS | _SPANS.map(lambda e: attrs.evolve(e, end=e.start + len(e.text))))
def test_evidence_offsets_shortcut_holds_exactly_where_the_rule_finds_nothing(evidence: iud.Evidence) -> None:
    """evidence.offsets' ``passes`` test is true on a span exactly when the rule reports nothing there."""
    (rule,) = [rule for rule in RULES if rule.id == "evidence.offsets"]
    assert rule.check is not None
    assert rule.passes is not None
    context = Context([], whole_dataset=False, directory=None)
    assert rule.passes(evidence) == (list(rule.check(context, "$", Nested(iud.Evidence), evidence)) == [])


def test_every_rule_shortcut_is_tested() -> None:
    """Every ``passes`` test in the table is one of those the tests above compare with its rule."""
    shortcuts = {rule.id for rule in RULES if rule.passes is not None}
    assert shortcuts == {"text.mojibake", "evidence.offsets"}


def test_no_mojibake_is_ascii() -> None:
    """Every character mojibake is made of is outside ASCII, so ASCII text never has any."""
    assert not any(character.isascii() for character in _CP866_UPPER)
    assert find_mojibake("\u0442\u0410\u0423") != []


@given(HOSTILE_TEXT)
def test_utf16_units_counts_as_utf16_length(text: str) -> None:
    """The codec's count of UTF-16 units is the definition's, lone surrogates included."""
    assert utf16_units(text) == utf16_length(text)
