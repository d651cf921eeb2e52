"""Mutation tests: corrupt a valid dataset in one way and the validator must say where and how.

Each mutation takes a valid dataset (``strategies.datasets(sources="packaged")``), picks
one place to corrupt, edits the JSON data there, and returns the problem the
validator must report: its rule and path. Mutations are registered with
``@corrupts(rule, ...)`` under the rule ids they set off, so a test can tell
that every rule of the table has one. A mutation may also name the other
rules its corruption can set off as a consequence (a broken reference can
leave a source uncited); any problem outside those is a false alarm.
"""

import copy
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue import strategies as iuds
from indo_us_dialogue._io.jsonpaths import json_path
from indo_us_dialogue._model.nodes import (
    Array,
    Choice,
    Country,
    Date,
    Id,
    Integer,
    Nested,
    Node,
    Optional,
    Ref,
    Text,
    fields_of,
)
from indo_us_dialogue._model.patterns import NON_BLANK
from indo_us_dialogue._model.records import GROUPS
from indo_us_dialogue._model.walk import walk_record
from indo_us_dialogue._validation.rules import RULES, Stage, rule_named
from tests.corruptions import CORRUPTIONS
from tests.helpers import SEED_DIGESTS, SOURCE_TEXTS, source_id
from tests.helpers import steps as steps_of

Steps = tuple["str | int", ...]
#: (rule, steps of the path, the other rules allowed to appear, or None for "exactly this one problem").
Expectation = tuple[str, Steps, frozenset[str] | None]
#: Picks one of several options: drawn by Hypothesis, or fixed in the example-based test.
Choose = Callable[[Sequence[Any]], Any]
Mutation = Callable[[iud.Dataset, Any, Choose], Expectation]

_GARBLED_DASH = "\u0442\u0410\u0423"  # an en dash, UTF-8 read as code page 866
_SEEDS = Path(__file__).resolve().parent.parent / "seeds"

#: The mutations, by the rule each makes the validator report (one mutation can serve several).
MUTATIONS: dict[str, list[Mutation]] = {}
#: Mutations to check with the seeds as the sources directory (the others use the packaged seeds).
_WITH_SOURCES: set[Mutation] = set()


def corrupts(*rules: str, with_sources: bool = False) -> Callable[[Mutation], Mutation]:
    """Register a mutation under the rules it makes the validator report."""

    def register(mutation: Mutation) -> Mutation:
        for rule in rules:
            MUTATIONS.setdefault(rule, []).append(mutation)
        if with_sources:
            _WITH_SOURCES.add(mutation)
        return mutation

    return register


def _walked(dataset: iud.Dataset) -> list[tuple[Steps, Node, Any]]:
    """Every value inside the dataset with the steps to it and its node (the library's one walker)."""
    return [(steps_of(path), node, value) for path, node, value in walk_record(dataset)]


def _records(dataset: iud.Dataset) -> list[tuple[Steps, Any]]:
    """The dataset and every record object inside it, with their steps."""
    return [(steps, value) for steps, node, value in _walked(dataset) if isinstance(node, Nested)]


def _of_type(dataset: iud.Dataset, cls: type) -> list[tuple[Steps, Any]]:
    return [(steps, value) for steps, value in _records(dataset) if isinstance(value, cls)]


def _fields(dataset: iud.Dataset) -> list[tuple[Steps, Node]]:
    """Every field of every record inside the dataset: the steps to it and its node (inside any Optional)."""
    return [
        (steps, node.inner if isinstance(node, Optional) else node)
        for steps, node, _ in _walked(dataset)
        if steps and isinstance(steps[-1], str)
    ]


def _leaves(dataset: iud.Dataset, kind: type) -> list[tuple[Steps, Any, Any]]:
    """Every non-null value with a node of this kind (array items one by one): steps, node, value."""
    return [(steps, node, value) for steps, node, value in _walked(dataset) if isinstance(node, kind)]


def _at(document: Any, steps: Steps) -> Any:
    for step in steps:
        document = document[step]
    return document


def _set(document: Any, steps: Steps, value: Any) -> None:
    _at(document, steps[:-1])[steps[-1]] = value


class _NotApplicableError(Exception):
    """The dataset has no place for this corruption (e.g. no statements to misdate)."""


def _pick(choose: "Choose", options: list[Any]) -> Any:
    if not options:
        raise _NotApplicableError
    return choose(options)


# --- schema-stage corruptions: exactly one problem each ------------------------------------


@corrupts("schema.required")
def drop_required_field(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Delete a required field from any object: schema.required at the object."""
    options = [(steps, a.name) for steps, obj in _records(dataset) for a in fields_of(type(obj)) if a.required]
    steps, name = _pick(choose, options)
    del _at(document, steps)[name]
    return "schema.required", steps, None


@corrupts("schema.type", "schema.enum")
def change_a_type(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Give any field a value of the wrong JSON type: schema.type (schema.enum for vocabularies) at the field."""
    steps, node = _pick(choose, _fields(dataset))
    match node:
        case Array():
            replacement, rule = "not an array", "schema.type"
        case Choice() | Country():
            replacement, rule = 12345, "schema.enum"
        case Text() | Id() | Ref():
            replacement, rule = 12345, "schema.type"
        case Integer():
            replacement, rule = "12", "schema.type"
        case _:  # a date or a nested record
            replacement, rule = ["not", "an", "object"], "schema.type"
    _set(document, steps, replacement)
    return rule, steps, None


@corrupts("date.calendar")
def make_an_impossible_date(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Replace a date with one that is not on the calendar: date.calendar at the date."""
    steps = _pick(choose, [steps for steps, _, _ in _leaves(dataset, Date)])
    _set(document, steps, choose(["2023-02-30", "2021-02-29", "2023-04-31", "2023-13", "2023-00"]))
    return "date.calendar", steps, None


@corrupts("schema.additionalProperties")
def add_an_unknown_field(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Add a field no schema knows to any object: schema.additionalProperties at the object."""
    steps = _pick(choose, [steps for steps, _ in _records(dataset)])
    _at(document, steps)["surprise"] = True
    return "schema.additionalProperties", steps, None


# --- semantic corruptions -----------------------------------------------------------------


@corrupts("reference.unresolved")
def break_a_reference(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Point any reference at a record that does not exist: reference.unresolved at the reference."""
    steps, kind = _pick(choose, [(steps, node.kind) for steps, node, _ in _leaves(dataset, Ref)])
    _set(document, steps, f"{kind}/zz-broken")
    # The record that lost its link can now disagree with others: a meeting that no longer lists a source
    # leaves that source's evidence in it (and in its statements) unlisted.
    allowed = {"meeting.sources", "meeting.initiatives", "statement.speaker", "statement.source"}
    return "reference.unresolved", steps, frozenset(allowed)


@corrupts("id.duplicate")
def duplicate_an_id(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Give a record the id of an earlier record of its type: id.duplicate at the later id."""
    options = [
        (group, first, later)
        for group in (g.name for g in GROUPS)
        for later in range(len(getattr(dataset, group)))
        for first in range(later)
    ]
    group, first, later = _pick(choose, options)
    document[group][later]["id"] = document[group][first]["id"]
    # References to the record that lost its id no longer resolve, and the usual consequences follow;
    # a link from the renamed meeting to the one whose id it took now points at itself (as may a
    # planned meeting's fulfilled_by, or a statement's same_remark).
    allowed = {
        "reference.unresolved",
        "reference.self",
        "meeting.fulfilled",
        "statement.same_remark",
        "meeting.sources",
        "meeting.initiatives",
        "statement.speaker",
        "statement.source",
    }
    return "id.duplicate", (group, later, "id"), frozenset(allowed)


@corrupts("evidence.text")
def edit_one_word_of_a_quote(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Change one letter of an evidence span's quoted text: evidence.text at that text."""
    steps, evidence = _pick(choose, _of_type(dataset, iud.Evidence))
    text = evidence.text
    letters = [i for i, c in enumerate(text) if c.isalnum()] or list(range(len(text)))
    index = choose(letters)
    edited = text[:index] + ("x" if text[index] != "x" else "y") + text[index + 1 :]
    _at(document, steps)["text"] = edited
    # If the span is the first of a quotation, the quotation no longer matches it either.
    return "evidence.text", (*steps, "text"), frozenset({"quote.span"})


@corrupts("evidence.offsets")
def shift_an_evidence_end(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Move the end offset of an evidence span: evidence.offsets at the span."""
    steps, evidence = _pick(choose, _of_type(dataset, iud.Evidence))
    _at(document, steps)["end"] = evidence.end + choose([-1, 1, 100])
    return "evidence.offsets", steps, None


@corrupts("quote.span")
def edit_a_quotation(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Change the words of a direct or partial quotation: quote.span at the statement's text."""
    quoted = [
        (steps, s) for steps, s in _of_type(dataset, iud.Statement) if s.mode is not iud.SpeechMode.REPORTED_SPEECH
    ]
    steps, statement = _pick(choose, quoted)
    _at(document, steps)["text"] = statement.text + " (sic)"
    return "quote.span", (*steps, "text"), None


@corrupts("date.order")
def date_a_statement_outside_its_meeting(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Date a statement long before its meeting: date.order at the statement's date."""
    dated = {m.id for m in dataset.meetings if m.date is not None}
    options = [steps for steps, s in _of_type(dataset, iud.Statement) if s.date is not None and s.meeting in dated]
    steps = _pick(choose, options)
    _at(document, steps)["date"]["value"] = "1900"
    return "date.order", (*steps, "date", "value"), None


@corrupts("date.order")
def date_a_meeting_before_one_it_follows(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Date a meeting before a meeting it links back to: date.order at its date."""
    dated = {m.id for m in dataset.meetings if m.date is not None}
    options = [
        steps
        for steps, m in _of_type(dataset, iud.Meeting)
        if m.date is not None and any(link.meeting in dated for link in m.links)
    ]
    steps = _pick(choose, options)
    _at(document, steps)["date"]["value"] = "1900"
    # The meeting's statements are now outside its date too: also date.order, at their own paths;
    # and the date may now lie outside the meeting's own date bounds (date.bounds).
    return "date.order", (*steps, "date", "value"), frozenset({"date.bounds"})


@corrupts("date.basis")
def flip_a_date_basis(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Make a stated date inferred without reasoning, or an inferred one stated: date.basis."""
    steps, claim = _pick(choose, _of_type(dataset, iud.DateClaim))
    if claim.basis is iud.DateBasis.STATED:
        _at(document, steps).update(basis="inferred", reasoning=None)
        return "date.basis", steps, None
    _at(document, steps)["basis"] = "stated"
    return "date.basis", (*steps, "reasoning"), None


@corrupts("text.mojibake")
def garble_a_text(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Append code page 866 mojibake to a text field: text.mojibake at the text."""
    steps = _pick(choose, [steps for steps, node, _ in _leaves(dataset, Text) if node.pattern == NON_BLANK])
    _set(document, steps, _at(document, steps) + _GARBLED_DASH)
    return "text.mojibake", steps, None


@corrupts("participant.duplicate")
def repeat_a_participant(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """List a participant of a meeting twice: participant.duplicate at the repeat."""
    steps, _ = _pick(choose, [(s, m) for s, m in _of_type(dataset, iud.Meeting) if m.participants])
    participants = _at(document, (*steps, "participants"))
    participants.append(copy.deepcopy(choose(participants)))
    return "participant.duplicate", (*steps, "participants", len(participants) - 1), None


@corrupts("reference.self")
def link_a_meeting_to_itself(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Make a meeting link to itself: reference.self at the link."""
    options = [(*steps, "links", i) for steps, m in _of_type(dataset, iud.Meeting) for i in range(len(m.links))]
    steps = _pick(choose, options)
    _at(document, steps)["meeting"] = _at(document, steps[:-2])["id"]
    return "reference.self", (*steps, "meeting"), None


@corrupts("date.bounds")
def bound_a_meeting_before_its_date(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Give a dated meeting bounds that end before its date: date.bounds at the date."""
    steps = _pick(choose, [steps for steps, m in _of_type(dataset, iud.Meeting) if m.date is not None])
    meeting = _at(document, steps)
    # Existing bounds keep their evidence (its sources stay cited); new ones cite the meeting's own evidence.
    bounds = meeting.get("date_bounds") or {"reasoning": "ends early", "evidence": meeting["evidence"][:1]}
    meeting["date_bounds"] = {**bounds, "not_before": None, "not_after": "1900"}
    return "date.bounds", (*steps, "date"), None


@corrupts("meeting.fulfilled")
def fulfil_a_held_meeting(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Say a meeting that was held is fulfilled by a meeting: meeting.fulfilled at fulfilled_by."""
    held = [steps for steps, m in _of_type(dataset, iud.Meeting) if m.status is iud.MeetingStatus.HELD]
    steps = _pick(choose, held)
    _at(document, steps)["fulfilled_by"] = choose([m.id for m in dataset.meetings])
    return "meeting.fulfilled", (*steps, "fulfilled_by"), None


@corrupts("statement.same_remark")
def make_a_statement_its_own_report(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Say a statement is the same remark as itself: statement.same_remark at the link."""
    steps = _pick(choose, [steps for steps, _ in _of_type(dataset, iud.Statement)])
    statement = _at(document, steps)
    statement["same_remark"] = {"statement": statement["id"], "reasoning": "the same words"}
    return "statement.same_remark", (*steps, "same_remark", "statement"), None


@corrupts("meeting.sources")
def list_an_uncited_source(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """List a source in a meeting that none of its evidence cites: meeting.sources."""
    options = [
        (steps, s.id) for steps, m in _of_type(dataset, iud.Meeting) for s in dataset.sources if s.id not in m.sources
    ]
    steps, source = _pick(choose, options)
    listed = _at(document, (*steps, "sources"))
    listed.append(source)
    return "meeting.sources", (*steps, "sources", len(listed) - 1), None


@corrupts("meeting.initiatives")
def list_an_unmentioned_initiative(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """List an initiative in a meeting that no mention ties to it: meeting.initiatives."""
    options = [
        (steps, i.id)
        for steps, m in _of_type(dataset, iud.Meeting)
        for i in dataset.initiatives
        if i.id not in m.initiatives
    ]
    steps, initiative = _pick(choose, options)
    listed = _at(document, (*steps, "initiatives"))
    listed.append(initiative)
    return "meeting.initiatives", (*steps, "initiatives", len(listed) - 1), None


@corrupts("meeting.initiatives")
def forget_a_mentioned_initiative(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Drop an initiative tied to a meeting from its list: meeting.initiatives at the list."""
    steps, meeting = _pick(choose, [(s, m) for s, m in _of_type(dataset, iud.Meeting) if m.initiatives])
    _at(document, (*steps, "initiatives")).pop(choose(range(len(meeting.initiatives))))
    return "meeting.initiatives", (*steps, "initiatives"), None


@corrupts("statement.speaker")
def give_a_statement_an_absent_speaker(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Make a non-participant the speaker of a meeting's statement: statement.speaker."""
    meetings = {m.id: m for m in dataset.meetings}
    options = [
        (steps, o.id)
        for steps, s in _of_type(dataset, iud.Statement)
        if s.meeting is not None
        for o in dataset.officials
        if o.id not in {p.official for p in meetings[s.meeting].participants}
    ]
    steps, official = _pick(choose, options)
    _at(document, steps)["speaker"].update(official=official, inferred_official=None, inference=None)
    return "statement.speaker", (*steps, "speaker", "official"), None


@corrupts("statement.source")
def cite_a_source_the_meeting_lacks(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Make a meeting's statement cite a source the meeting lacks: statement.source."""
    meetings = {m.id: m for m in dataset.meetings}
    options = [
        ((*steps, "evidence", index), source.id)
        for steps, s in _of_type(dataset, iud.Statement)
        if s.meeting is not None
        # The first span of a quotation is the quotation itself; leave it alone.
        for index in range(1 if s.mode is not iud.SpeechMode.REPORTED_SPEECH else 0, len(s.evidence))
        for source in dataset.sources
        if source.id not in meetings[s.meeting].sources
    ]
    steps, source = _pick(choose, options)
    text = SOURCE_TEXTS[source][:5]
    _set(document, steps, {"source": source, "start": 0, "end": len(text), "text": text})
    return "statement.source", (*steps, "source"), None


@corrupts("speaker.inference")
def name_and_infer_a_speaker(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Give a named speaker an inferred official as well: speaker.inference."""
    options = [steps for steps, s in _of_type(dataset, iud.Statement) if s.speaker.official is not None]
    steps = _pick(choose, options)
    speaker = _at(document, (*steps, "speaker"))
    speaker.update(inferred_official=speaker["official"], inference="The same person.")
    return "speaker.inference", (*steps, "speaker", "inferred_official"), None


@corrupts("source.digest")
def record_a_wrong_digest(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Record another SHA-256 for a source: source.digest at its sha256 (its spans then go unchecked)."""
    steps, source = _pick(choose, _of_type(dataset, iud.Source))
    _at(document, steps)["sha256"] = "0" * 64 if source.sha256 != "0" * 64 else "1" * 64
    return "source.digest", (*steps, "sha256"), None


@corrupts("source.missing", with_sources=True)
def name_a_missing_file(dataset: iud.Dataset, document: Any, choose: Choose) -> Expectation:
    """Name a file the sources directory does not have: source.missing at the file name."""
    steps, _ = _pick(choose, _of_type(dataset, iud.Source))
    _at(document, steps)["file_name"] = "no-such-report.txt"
    return "source.missing", (*steps, "file_name"), None


#: Every mutation, once, in the order they are defined.
ALL_MUTATIONS: list[Mutation] = list(dict.fromkeys(m for ms in MUTATIONS.values() for m in ms))


def _check(mutation: Mutation, dataset: iud.Dataset, choose: Choose) -> bool:
    """Apply ``mutation`` to ``dataset`` and check what the validator says; False if it does not apply."""
    document = iud.to_dict(dataset)
    try:
        rule, steps, allowed = mutation(dataset, document, choose)
    except _NotApplicableError:
        return False
    assert mutation in MUTATIONS[rule], (mutation.__name__, rule)
    sources = _SEEDS if mutation in _WITH_SOURCES else None
    found = [(p.rule, p.path) for p in iud.validate(document, sources=sources).problems]
    if allowed is None:
        assert found == [(rule, json_path(steps))], mutation.__name__
    else:
        assert (rule, json_path(steps)) in found, (mutation.__name__, found)
        assert {r for r, _ in found} <= {rule, *allowed}, (mutation.__name__, found)
    return True


# Generating a dataset costs several times more than checking one corruption, so every
# generated dataset is corrupted in every way that applies to it, one way at a time.
@settings(max_examples=max(10, settings.default.max_examples // 2))
# Dates from 2000 on, so that the corruptions' date of 1900 is out of order with every other date.
@given(dataset=iuds.datasets(sources="packaged", min_records=8, min_date=iud.PartialDate(year=2000)), data=st.data())
def test_every_corruption_is_flagged_at_its_path_with_its_rule(dataset: iud.Dataset, data: st.DataObject) -> None:
    """Each corruption of a valid dataset is reported with the right rule at the right path, and nothing unrelated."""

    def choose(options: Sequence[Any]) -> Any:
        return data.draw(st.sampled_from(options))

    applied = [mutation.__name__ for mutation in ALL_MUTATIONS if _check(mutation, dataset, choose)]
    event(f"{len(applied)} corruptions applied")


def _rich_base() -> iud.Dataset:
    """The corpus's valid dataset, with a second source, a second official and a dated statement."""
    document = json.loads((Path(__file__).parent / "broken" / "valid-dataset.json").read_text(encoding="utf-8"))
    name = "001_b84b8e3b9fd0edcf.txt"
    sid = source_id(name)
    text = SOURCE_TEXTS[sid]
    start = text.index("2+2")
    span = {"source": sid, "start": start, "end": start + 3, "text": "2+2"}
    document["sources"].append({"id": sid, "file_name": name, "sha256": SEED_DIGESTS[name]})
    document["officials"].append({"id": "official/someone", "name": "Someone", "country": "US", "evidence": [span]})
    statement = document["statements"][0]
    statement["date"] = {**document["meetings"][1]["date"], "basis": "stated", "reasoning": None}
    dataset = iud.from_dict(document, iud.Dataset)
    assert iud.validate(dataset).ok
    return dataset


@pytest.mark.parametrize("mutation", ALL_MUTATIONS, ids=lambda m: m.__name__)
@pytest.mark.parametrize("pick", [0, -1], ids=["first", "last"])
def test_every_corruption_applies_to_a_hand_made_dataset(mutation: Mutation, pick: int) -> None:
    """Every corruption in the list is exercised for certain, on a small dataset written by hand."""
    assert _check(mutation, _rich_base(), lambda options: list(options)[pick])


def test_every_semantic_rule_has_a_corruption_and_every_corruption_a_rule() -> None:
    """Every semantic rule has a mutation here or a corruption in tests/corruptions.py; both name only known rules."""
    named = set(MUTATIONS) | set(CORRUPTIONS)
    semantic = {rule.id for rule in RULES if rule.stage is Stage.SEMANTIC}
    assert semantic <= named
    assert all(rule_named(rule) for rule in named)
    assert set(CORRUPTIONS) <= semantic
