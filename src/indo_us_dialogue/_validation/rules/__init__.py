"""The validation rules: one table of rule ids (:mod:`.registry`), one function per semantic rule.

The semantic rules say what a JSON Schema cannot: they tie records together
(ids, references, dates across records, source texts) and check values the
schema can only type. Modules by subject: :mod:`.values`, :mod:`.ids`,
:mod:`.meetings`, :mod:`.statements`, :mod:`.source_files`; :mod:`.run` runs
them and :mod:`.document` writes ``docs/validation-rules.md`` from the table.

A reference that does not resolve is reported once, as ``reference.unresolved``;
the rules that compare records skip it rather than repeat the same mistake
under other names.
"""

from .registry import RULES, Rule, Stage, rule_named
from .run import dataset_problems, record_problems

__all__ = ["RULES", "Rule", "Stage", "dataset_problems", "record_problems", "rule_named"]
