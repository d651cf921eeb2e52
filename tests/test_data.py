import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._io.jsonpaths import json_path
from indo_us_dialogue._io.texts import find_mojibake, normalise
from indo_us_dialogue._model.records import GROUPS
from tests.helpers import json_nodes

from .sentences import whole_sentences

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = iud.load_dataset()
SOURCES = {s.id: s for s in DATA.sources}
TEXTS = {s.id: normalise((SEEDS / s.file_name).read_bytes()) for s in DATA.sources}


def _walk(document: Any) -> Iterator[tuple[str, Any]]:
    """Every node of a JSON document with its JSON path, for assertion messages."""
    return ((json_path(steps), node) for steps, node in json_nodes(document))


DOCUMENT = iud.to_dict(DATA)
EVIDENCE = [(p, n) for p, n in _walk(DOCUMENT) if isinstance(n, dict) and {"source", "start", "end", "text"} <= set(n)]


def test_every_evidence_span_matches_the_normalised_seed_text() -> None:
    """Each evidence span, recomputed from seeds/, is exactly the quoted text at its offsets."""
    assert len(EVIDENCE) > 200
    for path, span in EVIDENCE:
        text = TEXTS[span["source"]]
        assert text[span["start"] : span["end"]] == span["text"], path
        assert len(text[: span["start"]].encode("utf-16-le")) // 2 == span["utf16_start"], path


def test_packaged_data_is_what_the_curation_code_builds() -> None:
    """data/dataset.json is exactly the output of scripts/build_data.py (no hand edits, no drift)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from curation import build_dataset
    finally:
        sys.path.pop(0)
    assert build_dataset() == DATA
    packaged = (ROOT / "src" / "indo_us_dialogue" / "data" / "dataset.json").read_text(encoding="utf-8")
    assert packaged == iud.to_json(build_dataset())


def test_sources_describe_the_seed_files_byte_for_byte() -> None:
    """There is one source per seed file, and each records the SHA-256 of the file's raw bytes."""
    assert sorted(s.file_name for s in DATA.sources) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for source in DATA.sources:
        assert hashlib.sha256((SEEDS / source.file_name).read_bytes()).hexdigest() == source.sha256


def test_no_text_value_contains_mojibake() -> None:
    """No string anywhere in the dataset holds a garbled UTF-8-read-as-cp866 sequence."""
    for path, value in _walk(DOCUMENT):
        if isinstance(value, str):
            assert find_mojibake(value) == [], path


def test_ids_are_unique_and_references_resolve() -> None:
    """Every id is used once, and every reference names an existing record of the right kind."""
    ids = [r.id for group in GROUPS for r in getattr(DATA, group.name)]
    assert len(ids) == len(set(ids))
    known = set(ids)
    kinds = "|".join(group.kind for group in GROUPS)
    for path, value in _walk(DOCUMENT):
        if isinstance(value, str) and re.fullmatch(rf"({kinds})/[a-z0-9-]+", value):
            assert value in known, path


def test_inferred_dates_say_how_and_stated_dates_do_not() -> None:
    """Every inferred date carries its reasoning; a stated date carries none."""
    for path, node in _walk(DOCUMENT):
        if isinstance(node, dict) and node.keys() == {"value", "basis", "reasoning", "evidence"}:
            assert (node["basis"] == "inferred") == (node["reasoning"] is not None), path


def test_one_official_under_two_titles_is_one_record() -> None:
    """Vishwesh Negi, under two titles in two reports (2023 and 2025), is one official with two positions."""
    negi = DATA.lookup("official/vishwesh-negi")
    assert isinstance(negi, iud.Official)
    assert [(p.title, str(p.attested)) for p in negi.positions] == [
        ("Joint Secretary", "2023-09-26"),
        ("Joint Secretary (International Cooperation)", "2025"),
    ]
    assert sum(o.name == "Vishwesh Negi" for o in DATA.officials) == 1


def test_two_reports_of_one_event_are_one_meeting() -> None:
    """The undated (002) and dated (003) reports of the New Delhi ministerial make one meeting with both sources."""
    ministerial = DATA.lookup("meeting/2023-11-10-ministerial")
    assert isinstance(ministerial, iud.Meeting)
    assert set(ministerial.sources) == {"source/002-82873d06cb52d168", "source/003-db2eed7efc076e67"}
    assert (
        sum(
            m.kind is iud.MeetingKind.MINISTERIAL
            and m.status is iud.MeetingStatus.HELD
            and m.date is not None
            and str(m.date.value).startswith("2023")
            for m in DATA.meetings
        )
        == 1
    )


def test_vague_dates_stay_vague() -> None:
    """The virtual intersessional of 2025 is dated to the year only, as an inference with its basis."""
    meeting = DATA.lookup("meeting/2025-intersessional")
    assert isinstance(meeting, iud.Meeting)
    assert meeting.date is not None
    assert meeting.date.value.precision is iud.DatePrecision.YEAR
    assert meeting.date.basis is iud.DateBasis.INFERRED
    assert meeting.venue is not None
    assert meeting.venue.mode is iud.AttendanceMode.VIRTUAL
    assert DATA.lookup("meeting/leaders-before-2022-09-07").date is None  # type: ignore[union-attr]


_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
# Quoted words in the seeds that are not anybody's speech.
_NOT_SPEECH = {
    "000": set(),
    "001": set(),
    "002": set(),
    "003": set(),
    "004": set(),
}


@pytest.mark.parametrize("doc", sorted(_NOT_SPEECH))
def test_every_quotation_in_the_seeds_is_a_statement(doc: str) -> None:
    """Each passage in double quotation marks in a seed is the text of a direct or partial quotation record."""
    (source,) = [s for s in DATA.sources if s.file_name.startswith(doc)]
    quoted_texts = {
        st.text
        for st in DATA.statements
        if st.mode is not iud.SpeechMode.REPORTED_SPEECH and st.evidence[0].source == source.id
    }
    for match in _QUOTED.finditer(TEXTS[source.id]):
        quoted = (match.group(1) or match.group(2)).rstrip(",")
        if quoted in _NOT_SPEECH[doc]:
            continue
        assert quoted in quoted_texts, f"{doc}: unrecorded quotation {quoted!r}"


def test_quotations_are_verbatim() -> None:
    """A quotation's text is its first evidence span, so it is the source's words exactly."""
    for statement in DATA.statements:
        if statement.mode is not iud.SpeechMode.REPORTED_SPEECH:
            assert statement.evidence[0].text == statement.text, statement.id


def test_unnamed_speakers_are_labelled_not_guessed() -> None:
    """A speaker the source does not name has no official, and any editor's inference is kept separately."""
    for statement in DATA.statements:
        speaker = statement.speaker
        if speaker.official is None:
            assert speaker.label.strip()
        else:
            assert speaker.inferred_official is None
    unattributed = DATA.lookup("statement/003-unattributed-common-goals")
    assert isinstance(unattributed, iud.Statement)
    assert unattributed.speaker.official is None
    assert unattributed.speaker.inferred_official == "official/lloyd-austin"
    assert unattributed.speaker.inference


def test_timeline_is_in_date_order_and_respects_stated_precedence() -> None:
    """The timeline never puts a meeting before a dated-earlier one, nor before a meeting it was preceded by."""
    timeline = DATA.timeline()
    assert sorted(m.id for m in timeline) == sorted(m.id for m in DATA.meetings)
    dated = [m.date.value.earliest() for m in timeline if m.date is not None]
    assert dated == sorted(dated)
    position = {m.id: i for i, m in enumerate(timeline)}
    for meeting in DATA.meetings:
        for link in meeting.links:
            assert position[link.meeting] < position[meeting.id], (link.meeting, meeting.id)


def _in_any(value: str, evidence: tuple[iud.Evidence, ...]) -> bool:
    return any(value.casefold() in span.text.casefold() for span in evidence)


def _named_in(organisation_id: str, evidence: tuple[iud.Evidence, ...]) -> bool:
    """Whether a span of ``evidence`` names the organisation (its name, an alias, or "Departments of State")."""
    organisation = DATA.lookup(organisation_id)
    assert isinstance(organisation, iud.Organisation)
    names = (organisation.name, *organisation.aliases)
    # "the US Departments of State and Defence" and "US Defence and State Department" name two at once.
    shared = {
        "State Department": ("Departments of State",),
        "Department of Defence": ("Departments of State and Defence", "Defence and State Department"),
    }
    return any(_in_any(name, evidence) for name in (*names, *shared.get(organisation.name, ())))


def test_names_titles_and_places_are_in_their_own_evidence() -> None:
    """Each name, alias, title, organisation, place, publisher and headline is found in the spans that back it."""
    for initiative in DATA.initiatives:
        for party in initiative.parties:
            assert _named_in(party.organisation, party.evidence), (initiative.id, party.organisation)
    for official in DATA.officials:
        spans = official.evidence + tuple(e for p in official.positions for e in p.evidence)
        for value in (official.name, *official.aliases):
            assert _in_any(value, spans), (official.id, value)
        for position in official.positions:
            assert _in_any(position.title, position.evidence), (official.id, position.title)
            if position.organisation is not None:
                assert _named_in(position.organisation, position.evidence), (official.id, position.organisation)
    for organisation in DATA.organisations:
        for value in (organisation.name, *organisation.aliases):
            assert _in_any(value, organisation.evidence), (organisation.id, value)
    for meeting in DATA.meetings:
        for party in meeting.parties:
            assert _named_in(party.organisation, party.evidence), (meeting.id, party.organisation)
        for participation in meeting.participants:
            if participation.organisation is not None:
                assert _named_in(participation.organisation, participation.evidence), meeting.id
        if meeting.venue is not None and meeting.venue.place is not None:
            assert _in_any(meeting.venue.place, meeting.venue.evidence), meeting.id
        for participation in meeting.participants:
            if participation.title is not None:
                assert _in_any(participation.title, participation.evidence), (meeting.id, participation.official)
    for source in DATA.sources:
        for claim in filter(None, (source.publisher, source.headline)):
            assert _in_any(claim.value, claim.evidence), source.id


# Initiatives the sources describe without naming: their names are descriptive, the rest verbatim.
_DESCRIPTIVE_NAMES = {
    "initiative/ge414-engine-manufacture-in-india",
    "initiative/mq-9b-reaper-drone-acquisition",
    "initiative/critical-minerals-cooperation",
    "initiative/technology-cooperation",
    "initiative/strategic-ties",
    "initiative/integration-of-industrial-bases",
    "initiative/countering-terrorism",
}


def test_initiative_names_aliases_and_acronyms_are_the_sources_words() -> None:
    """An initiative's aliases and acronym appear in its mentions, and so does its name unless it is descriptive."""
    for initiative in DATA.initiatives:
        spans = tuple(e for mention in initiative.mentions for e in mention.evidence)
        for value in (*initiative.aliases, *filter(None, (initiative.acronym, initiative.expansion))):
            assert _in_any(value, spans), (initiative.id, value)
        assert _in_any(initiative.name, spans) != (initiative.id in _DESCRIPTIVE_NAMES), initiative.id


def test_ordinals_are_the_words_the_sources_use() -> None:
    """A meeting's ordinal is backed by the ordinal word itself ("sixth" for 6)."""
    words = {6: "sixth", 7: "seventh"}
    ordinals = [m for m in DATA.meetings if m.ordinal is not None]
    assert ordinals
    for meeting in ordinals:
        assert meeting.ordinal is not None
        assert _in_any(words[meeting.ordinal.value], meeting.ordinal.evidence), meeting.id


def _names(official_id: str) -> tuple[str, ...]:
    official = DATA.lookup(official_id)
    assert isinstance(official, iud.Official)
    return (official.name, *official.aliases)


def test_a_speaker_named_only_by_a_pronoun_has_the_naming_span_as_evidence() -> None:
    """Every statement of a named official has a span that names them, also where the quoted sentence says only 'he'."""
    for statement in DATA.statements:
        if statement.speaker.official is not None:
            assert any(_in_any(name, statement.evidence) for name in _names(statement.speaker.official)), statement.id
    singh = DATA.lookup("statement/002-singh-pillar")
    assert isinstance(singh, iud.Statement)
    assert singh.text.startswith("He said")
    assert [e.text for e in singh.evidence[1:]] == ["Singh said"]


def test_a_partial_quotation_carries_the_whole_sentence_it_stands_in() -> None:
    """Each partial quotation has as evidence the whole sentence of the report that contains the quoted words."""
    partial = [s for s in DATA.statements if s.mode is iud.SpeechMode.PARTIAL_QUOTATION]
    assert partial
    for statement in partial:
        assert any(
            statement.text in e.text and e.start in whole_sentences(TEXTS[e.source], e.text) for e in statement.evidence
        ), statement.id


def test_inferred_speakers_stay_out_of_the_sources_label() -> None:
    """Where an editor infers an unnamed speaker, the label does not name them: the inference has its own fields."""
    inferred = [s for s in DATA.statements if s.speaker.inferred_official is not None]
    assert inferred
    for statement in inferred:
        assert statement.speaker.inference
        for name in _names(statement.speaker.inferred_official):  # type: ignore[arg-type]
            assert name.casefold() not in statement.speaker.label.casefold(), statement.id


def test_a_spokespersons_quote_is_tied_to_a_meeting_only_where_the_report_ties_it() -> None:
    """The MEA spokesperson's 2025 quote, which the report does not place at the delegation's visit, has no meeting."""
    jaiswal = DATA.lookup("statement/004-jaiswal-foundational-agreements")
    visit = DATA.lookup("meeting/2025-us-defence-policy-delegation-visit")
    assert isinstance(jaiswal, iud.Statement)
    assert isinstance(visit, iud.Meeting)
    assert jaiswal.meeting is None
    assert visit.participants == ()
    assert visit.notes is not None
    assert "Randhir Jaiswal" in visit.notes
    # The 2022 spokesperson's post names its meeting ("meeting held today"), so it stays tied.
    bagchi = DATA.lookup("statement/000-bagchi-post")
    assert isinstance(bagchi, iud.Statement)
    assert bagchi.meeting == "meeting/2022-09-07-intersessional"


def test_a_meeting_announced_for_later_is_planned_and_linked_to_the_one_that_fulfilled_it() -> None:
    """Source/000's 'the 2+2 ministerial next year' is a planned meeting, fulfilled by the held 2023 ministerial."""
    planned = [m for m in DATA.meetings if m.status is iud.MeetingStatus.PLANNED]
    assert [m.id for m in planned] == ["meeting/2023-ministerial-planned"]
    for meeting in planned:
        assert meeting.date is not None
        assert meeting.date.basis is iud.DateBasis.INFERRED
        assert meeting.notes is not None
        assert "no source says so" in meeting.notes
        fulfilled = DATA.lookup(meeting.fulfilled_by)  # type: ignore[arg-type]
        assert isinstance(fulfilled, iud.Meeting)
        assert fulfilled.status is iud.MeetingStatus.HELD
        assert fulfilled.kind is meeting.kind
        assert fulfilled.date is not None
        assert meeting.date.value.earliest() <= fulfilled.date.value.earliest() <= meeting.date.value.latest()
    assert all(m.fulfilled_by is None for m in DATA.meetings if m.status is iud.MeetingStatus.HELD)


def test_a_remark_two_reports_give_is_counted_once() -> None:
    """Source/002's accounts of remarks source/003 also reports link to those statements: 36 statements, 29 remarks."""
    linked = [s for s in DATA.statements if s.same_remark is not None]
    assert len(DATA.statements) - len(linked) == 29
    for statement in linked:
        assert statement.same_remark is not None
        other = DATA.lookup(statement.same_remark.statement)
        assert isinstance(other, iud.Statement)
        assert other.same_remark is None, "links point at the statement that stands for the remark, never a chain"
        assert statement.evidence[0].source != other.evidence[0].source
        assert statement.meeting == other.meeting is not None
        speaker = other.speaker.official or other.speaker.inferred_official
        assert statement.speaker.official == speaker, statement.id
        assert statement.same_remark.reasoning.strip()
    # Two of source/002's sentences are one quotation in source/003.
    singh = [s.id for s in linked if s.same_remark.statement == "statement/003-singh-convergence"]  # type: ignore[union-attr]
    assert singh == ["statement/002-singh-strategic-convergence", "statement/002-singh-pillar"]


def test_recently_is_recorded_as_bounds_not_as_a_date() -> None:
    """'The recent meeting' of a report dated 2022-09-07 has no date, only 'not after 2022-09-07', with its evidence."""
    leaders = DATA.lookup("meeting/leaders-before-2022-09-07")
    assert isinstance(leaders, iud.Meeting)
    assert leaders.date is None
    assert leaders.date_bounds is not None
    assert leaders.date_bounds.not_before is None
    assert str(leaders.date_bounds.not_after) == "2022-09-07"
    assert _in_any("recent", leaders.date_bounds.evidence)
    for meeting in DATA.meetings:
        bounds = meeting.date_bounds
        if bounds is not None and meeting.date is not None:
            if bounds.not_before is not None:
                assert meeting.date.value.latest() >= bounds.not_before.earliest(), meeting.id
            if bounds.not_after is not None:
                assert meeting.date.value.earliest() <= bounds.not_after.latest(), meeting.id


_NUMBER_WORDS = {10: "ten"}


def test_facts_of_initiatives_are_the_sources_words_with_their_numbers_and_dates() -> None:
    """Each fact's words are in its evidence, its number is in its words, and only dates carry a date."""
    facts = [(i.id, f) for i in DATA.initiatives for f in i.facts]
    assert facts
    for initiative_id, fact in facts:
        assert _in_any(fact.value, fact.evidence), (initiative_id, fact.value)
        if fact.number is not None:
            assert str(fact.number) in fact.value or _NUMBER_WORDS[fact.number] in fact.value, fact.value
        dated = fact.kind in (iud.FactKind.START_DATE, iud.FactKind.END_DATE)
        assert (fact.date is not None) == dated, (initiative_id, fact.value)
    exercise = DATA.lookup("initiative/yudh-abhyas-2025")
    assert isinstance(exercise, iud.Initiative)
    assert {(f.kind.value, f.value, f.number, str(f.date.value) if f.date else None) for f in exercise.facts} == {
        ("place", "Alaska", None, None),
        ("start_date", "September 1", None, "2025-09-01"),
        ("end_date", "14", None, "2025-09-14"),
        ("quantity", "Over 400 Indian Army personnel", 400, None),
    }
