"""``docs/validation-rules.md``, written from the table of rules.

``scripts/build_rules_doc.py`` writes the page; a test fails when the committed
page is not what :func:`rules_markdown` returns.
"""

from ..._model.nodes import Ref, Text
from .registry import RULES, Rule

__all__ = ["rules_markdown"]

_INTRO = """\
# Validation rules

<!-- Generated from the table in src/indo_us_dialogue/_validation/rules/registry.py
     by scripts/build_rules_doc.py: edit the table, then run the script. A new
     semantic rule is one function, named after its id, in the module of its
     subject, one row in the table, and a mutation registered under its id in
     tests/test_mutations.py. -->

A document is checked in three stages; every problem of every stage that can
run is reported (a later stage runs only on what the earlier ones let through:
semantic rules need a document that matches the schema).

1. **JSON**: UTF-8, strict JSON (no duplicate keys, no `NaN`/`Infinity`, no
   integer literal over 64 digits, nesting Python can read). A UTF-8 byte order
   mark at the very start is accepted and ignored.
2. **Schema**: the Draft 2020-12 JSON Schema of the record type (`schemas/`).
3. **Semantics**: rules a JSON Schema cannot express. Rules marked *datasets
   only* compare records, so they run on whole datasets, not on one record or
   a JSON Lines file.

Each problem has a JSON path (`$.statements[3].date`), the id of the nearest
record that contains it (if any), a rule name and a message.

## Rule names

| rule | stage | checked on | what it checks |
| --- | --- | --- | --- |
"""

_NODE_WORDS = {Ref: "every reference", Text: "every text value"}


def _checked_on(rule: Rule) -> str:
    if rule.check is None:
        return "—"
    words = [_NODE_WORDS.get(kind) or f"`{kind.__name__}`" for kind in rule.looks_at]
    return ", ".join(words) + ("; datasets only" if rule.needs_dataset else "")


def rules_markdown() -> str:
    """The text of ``docs/validation-rules.md``."""
    rows = [f"| `{rule.id}` | {rule.stage.value} | {_checked_on(rule)} | {rule.description} |" for rule in RULES]
    return _INTRO + "\n".join(rows) + "\n"
