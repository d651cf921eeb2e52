"""Tests for ``indo_us_dialogue._validation.rules``: the table of rules, the page made from it, the rules at work."""

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import indo_us_dialogue as iud
from indo_us_dialogue import strategies as iuds
from indo_us_dialogue._model.records import GROUPS
from indo_us_dialogue._schema.registry import validator_for
from indo_us_dialogue._validation.rules import RULES, Rule, Stage, record_problems, rule_named
from indo_us_dialogue._validation.rules.document import rules_markdown
from tests.corruptions import CORRUPTIONS, corrupted

ROOT = Path(__file__).resolve().parent.parent
FEWER = settings(max_examples=min(settings().max_examples, 60))


def test_rule_ids_are_unique() -> None:
    """The table lists each rule once."""
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_each_semantic_rule_is_one_function_named_after_its_id(rule: Rule) -> None:
    """A semantic rule has a function named after its id and says what it looks at; other stages have neither."""
    if rule.stage is Stage.SEMANTIC:
        assert rule.check is not None
        assert rule.check.__name__ == rule.id.replace(".", "_")
        assert rule.looks_at
    else:
        assert rule.check is None
        assert rule.looks_at == ()
    assert rule_named(rule.id) is rule


def test_rule_named_knows_each_schema_keyword_and_nothing_else() -> None:
    """Problems name schema keywords (schema.required); they are the one schema.<keyword> rule; unknown ids raise."""
    assert rule_named("schema.additionalProperties").id == "schema.<keyword>"
    for unknown in ("no.such-rule", "schema.", "schema.<keyword>x", "evidence"):
        with pytest.raises(LookupError):
            rule_named(unknown)


def test_the_rules_page_is_generated_from_the_table() -> None:
    """docs/validation-rules.md is what the table renders (run scripts/build_rules_doc.py after changing a rule)."""
    page = (ROOT / "docs" / "validation-rules.md").read_text(encoding="utf-8")
    assert page == rules_markdown()
    for rule in RULES:
        assert f"| `{rule.id}` | {rule.stage.value} |" in page
    script = [sys.executable, str(ROOT / "scripts" / "build_rules_doc.py"), "--check"]
    assert subprocess.run(script, capture_output=True, check=False).returncode == 0


@FEWER
@given(iuds.datasets())
def test_validator_accepts_every_consistent_dataset(data: iud.Dataset) -> None:
    """A dataset from datasets() passes every semantic rule: the validator reports no problem."""
    assert iud.validate(data).problems == ()


def test_validator_accepts_the_curated_dataset() -> None:
    """The packaged dataset passes every rule."""
    assert iud.validate(iud.load_dataset()).problems == ()


@pytest.mark.parametrize("rule", sorted(CORRUPTIONS))
def test_validator_reports_every_corruption_by_its_rule(rule: str) -> None:
    """A dataset with one rule broken is schema-valid and gets that rule; its records alone get no dataset rule."""

    @settings(
        max_examples=min(settings().max_examples, 15),
        suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
    )
    @given(corrupted(rule))
    def check(data: iud.Dataset) -> None:
        assert validator_for(iud.Dataset).is_valid(iud.to_dict(data))
        assert rule in {problem.rule for problem in iud.validate(data).problems}
        for group in GROUPS:
            for record in getattr(data, group.name):
                assert not any(rule_named(p.rule).needs_dataset for p in record_problems(record))

    check()
