"""The one table of validation rules: every rule id a problem can carry, with what it checks.

Modelled on jsonschema's ``validators.py``, which binds each keyword to one
function of ``_keywords.py``: each semantic rule is one function named after its
id (``evidence.offsets`` is :func:`.values.evidence_offsets`), all with the
signature ``rule(context, path, node, value)``, all yielding ``(path, message)``.
The JSON and schema stages report their rules elsewhere (the JSON reader, the
schema validator, the command line) and are listed here without a function, so
that the table, and ``docs/validation-rules.md`` generated from it, name every
rule a user can see.
"""

import enum
from collections.abc import Callable
from typing import Any

import attrs

from ..._model.nodes import Ref, Text
from ..._model.records import GROUPS, DateBounds, DateClaim, Evidence, Meeting, Source, Speaker, Statement
from . import ids, meetings, source_files, statements, values
from .context import Check

__all__ = ["RULES", "Rule", "Stage", "rule_named"]


class Stage(enum.Enum):
    """Which stage of validation reports a rule."""

    JSON = "JSON"
    SCHEMA = "schema"
    SEMANTIC = "semantic"
    ANY = "any"


@attrs.frozen
class Rule:
    """One rule: its id, its stage, what it checks, and for a semantic rule its function.

    Attributes:
        id: The name problems carry, e.g. ``evidence.offsets``.
        stage: Which stage reports it.
        description: What it checks, one line of Markdown.
        check: The semantic rule's function, named after its id; None for other stages.
        looks_at: What the function is called on: record classes, or node
            classes for plain values (``Ref`` for every reference).
        needs_dataset: Whether the rule compares records, and so runs only on
            whole datasets (not on one record, nor on JSON Lines).
        passes: A cheap test of a value proving the rule can find nothing in
            it, so that the function need not run there; None to always run it.
        needs_source_record: Whether the rule can only find something where
            the records checked include the ``Source`` a span cites (a whole
            dataset, or a lone source): it is not run on other lone records.
    """

    id: str
    stage: Stage
    description: str
    check: Check | None = None
    looks_at: tuple[type, ...] = ()
    needs_dataset: bool = False
    passes: Callable[[Any], bool] | None = None
    needs_source_record: bool = False


_RECORDS_WITH_IDS = tuple(group.cls for group in GROUPS)
_SEMANTIC = Stage.SEMANTIC

#: Every rule, in the order the documentation lists them.
RULES: tuple[Rule, ...] = (
    Rule(
        "file.unreadable",
        Stage.JSON,
        "the path is a regular file that can be read (not a directory, FIFO or device; permission granted). "
        "Command line only: the API raises `OSError`",
    ),
    Rule("json.encoding", Stage.JSON, "the bytes are UTF-8"),
    Rule("json.syntax", Stage.JSON, "the text is one strict JSON value (empty and truncated files, `NaN`)"),
    Rule("json.duplicate-key", Stage.JSON, "no object has the same key twice"),
    Rule("json.depth", Stage.JSON, "nesting is not deeper than can be read"),
    Rule(
        "json.size",
        Stage.JSON,
        "a whole document is at most 64 MiB, a JSON Lines line at most 16 MiB "
        "(larger ones are not read; see `validation.md`)",
    ),
    Rule(
        "schema.<keyword>",
        Stage.SCHEMA,
        "the JSON Schema keyword that failed: `schema.required`, `schema.type`, `schema.enum`, "
        "`schema.additionalProperties`, `schema.pattern`, ...",
    ),
    Rule(
        "text.encoding",
        Stage.SCHEMA,
        'no key or string holds a lone surrogate (JSON can spell one, `"\\ud800"`, but no UTF-8 text can hold it, '
        "so the record could never be written out); reported at the value's path by `validate` and `from_json` alike",
    ),
    Rule(
        "report.limit",
        Stage.SCHEMA,
        "checking one document stopped after 10,000 problems, so that the report stays bounded; "
        "the rest of the document was not checked (see `validation.md`, Resources)",
    ),
    Rule(
        "date.calendar",
        Stage.SCHEMA,
        "a date is a real calendar date of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`",
    ),
    Rule(
        "model",
        Stage.SCHEMA,
        "data the schema accepts makes records of the classes; a problem here is a bug in the library: "
        "please report it",
    ),
    Rule(
        "id.duplicate",
        _SEMANTIC,
        "every id is unique across the whole dataset",
        ids.id_duplicate,
        _RECORDS_WITH_IDS,
        needs_dataset=True,
    ),
    Rule(
        "reference.unresolved",
        _SEMANTIC,
        "every reference names an existing record of the right type: `Evidence.source`, `Meeting.sources`, "
        "`Meeting.initiatives`, `MeetingLink.meeting`, `Participation.official`, `InitiativeMention.meeting`, "
        "`Speaker.official`, `Speaker.inferred_official`, `Statement.meeting`",
        ids.reference_unresolved,
        (Ref,),
        needs_dataset=True,
    ),
    Rule("reference.self", _SEMANTIC, "a meeting does not link to itself", ids.reference_self, (Meeting,)),
    Rule(
        "date.bounds",
        _SEMANTIC,
        "date bounds give at least one bound, `not_before` is not after `not_after`, and a meeting's date "
        "(where it has one) lies within its own bounds",
        meetings.date_bounds,
        (DateBounds, Meeting),
    ),
    Rule(
        "meeting.fulfilled",
        _SEMANTIC,
        "only a planned meeting has a `fulfilled_by` meeting, and never itself",
        meetings.meeting_fulfilled,
        (Meeting,),
    ),
    Rule(
        "statement.same_remark",
        _SEMANTIC,
        "a statement's `same_remark` names another statement, not itself",
        statements.statement_same_remark,
        (Statement,),
    ),
    Rule(
        "date.order",
        _SEMANTIC,
        "where order is implied, dates are ordered: a meeting is not earlier than a meeting it reviewed the "
        "outcomes of or was preceded by; a statement's date can fall within its meeting's date "
        "(the two date ranges overlap)",
        meetings.date_order,
        (Meeting, Statement),
        needs_dataset=True,
    ),
    Rule(
        "date.basis",
        _SEMANTIC,
        "an inferred date has `reasoning`; a stated one has none",
        values.date_basis,
        (DateClaim,),
    ),
    Rule(
        "evidence.offsets",
        _SEMANTIC,
        "`start < end` and `end - start` equals the length of `text`",
        values.evidence_offsets,
        (Evidence,),
        passes=values.evidence_offsets_hold,
    ),
    Rule(
        "evidence.text",
        _SEMANTIC,
        "the span equals the source's normalised text at `[start:end]` (checked for the packaged data, "
        "and for any dataset when a sources directory is given); the source file is UTF-8",
        source_files.evidence_text,
        (Evidence, Source),
        needs_source_record=True,
    ),
    Rule(
        "source.digest",
        _SEMANTIC,
        "a source's `sha256` matches its file's raw bytes (when the file is available)",
        source_files.source_digest,
        (Source,),
    ),
    Rule(
        "source.missing",
        _SEMANTIC,
        "a source's file exists in the sources directory (when one is given)",
        source_files.source_missing,
        (Source,),
    ),
    Rule(
        "meeting.sources",
        _SEMANTIC,
        "the sources cited by evidence anywhere inside a meeting are exactly the meeting's `sources`",
        meetings.meeting_sources,
        (Meeting,),
    ),
    Rule(
        "meeting.initiatives",
        _SEMANTIC,
        "a meeting lists exactly the initiatives that have a mention tied to it",
        meetings.meeting_initiatives,
        (Meeting,),
        needs_dataset=True,
    ),
    Rule(
        "participant.duplicate",
        _SEMANTIC,
        "an official appears at most once per role in one meeting",
        meetings.participant_duplicate,
        (Meeting,),
    ),
    Rule(
        "statement.speaker",
        _SEMANTIC,
        "a statement tied to a meeting and spoken by a named official has that official among the "
        "meeting's participants",
        statements.statement_speaker,
        (Statement,),
        needs_dataset=True,
    ),
    Rule(
        "statement.source",
        _SEMANTIC,
        "a statement tied to a meeting cites only sources the meeting lists",
        statements.statement_source,
        (Statement,),
        needs_dataset=True,
    ),
    Rule(
        "speaker.inference",
        _SEMANTIC,
        "a speaker has either a named `official` or an `inferred_official` (with `inference` text), not both; "
        "`inference` only with `inferred_official`",
        values.speaker_inference,
        (Speaker,),
    ),
    Rule(
        "quote.span",
        _SEMANTIC,
        "for direct and partial quotations the first evidence span is exactly the statement's `text`",
        statements.quote_span,
        (Statement,),
    ),
    Rule(
        "text.mojibake",
        _SEMANTIC,
        "no text value contains a garbled (UTF-8-read-as-cp866) sequence",
        values.text_mojibake,
        (Text,),
        # Mojibake is made of cp866's upper half, none of it ASCII.
        passes=str.isascii,
    ),
    Rule(
        "internal",
        Stage.ANY,
        "the validator itself did not fail; the command line reports a failure as this problem, "
        "not a traceback. It is a bug: please report it",
    ),
)

_BY_ID = {rule.id: rule for rule in RULES}


def rule_named(rule_id: str) -> Rule:
    """The rule a problem's ``rule`` names (``schema.required`` is a ``schema.<keyword>`` rule).

    Raises:
        LookupError: no rule has this id.
    """
    if rule_id.startswith("schema.") and rule_id.removeprefix("schema.").isidentifier():
        return _BY_ID["schema.<keyword>"]
    try:
        return _BY_ID[rule_id]
    except KeyError:
        raise LookupError(f"no validation rule {rule_id!r}") from None
