"""Tests for ``scripts/curation/_enumerations.py``: every list in the reports, every item recorded (issue 12)."""

import re
import sys
from pathlib import Path

import pytest

import indo_us_dialogue as iud

from .sentences import whole_sentences

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from curation import _enumerations as enumerations  # noqa: E402 - the curation package lives in scripts/
from curation import _spans, build_dataset  # noqa: E402

DATA = build_dataset()
INITIATIVES = {i.id: i for i in DATA.initiatives}
# What may stand between the items of a list: commas and joining words.
_JOINERS = re.compile(r"(?:[\s,]|\band\b|\bincluding\b|\bthrough\b|\bas well as\b)*")


@pytest.mark.parametrize("listing", enumerations.LISTINGS, ids=lambda listing: f"{listing.doc}:{listing.listing[:40]}")
def test_each_declared_list_is_in_its_sentence(listing: enumerations.Listing) -> None:
    """The sentence is a whole sentence of the report, and span, status words and list are the report's words in it."""
    text = _spans.text(listing.doc)
    assert len(whole_sentences(text, listing.sentence)) == 1
    assert listing.span in listing.sentence
    assert listing.listing in listing.span
    assert (listing.status_words is None) == (listing.status is None)
    if listing.status_words is not None:
        assert listing.status_words in listing.span


@pytest.mark.parametrize("listing", enumerations.LISTINGS, ids=lambda listing: f"{listing.doc}:{listing.listing[:40]}")
def test_the_items_cover_the_whole_list(listing: enumerations.Listing) -> None:
    """Removing the declared items from the list leaves only commas and joining words: no item is left out."""
    rest = listing.listing
    for words, _ in listing.items:
        assert words in rest, words
        rest = rest.replace(words, ",", 1)
    assert _JOINERS.fullmatch(rest), f"unrecorded words in the list: {rest!r}"


@pytest.mark.parametrize("listing", enumerations.LISTINGS, ids=lambda listing: f"{listing.doc}:{listing.listing[:40]}")
def test_every_item_of_a_list_is_recorded(listing: enumerations.Listing) -> None:
    """Each item is an initiative with a mention tied to the list's meeting, with its status, citing the span."""
    for _, initiative_id in listing.items:
        initiative = INITIATIVES[initiative_id]
        assert any(
            mention.meeting == listing.meeting
            and mention.status == listing.status
            and any(e.source == _spans.source_id(listing.doc) and e.text == listing.span for e in mention.evidence)
            for mention in initiative.mentions
        ), initiative_id


def test_a_mention_is_only_made_for_an_item_of_its_list() -> None:
    """Asking a list for the mention of an initiative it does not list is an error, so no mention cites a wrong list."""
    with pytest.raises(ValueError, match="is not an item of the list"):
        enumerations.DEFENCE_PARTNERSHIP_2022.mention(enumerations.CLEAN_ENERGY)


def test_the_example_list_of_issue_12_is_recorded_whole_and_as_planned() -> None:
    """All four areas of source/000's 'will advance ... including' list are recorded, as planned, not in progress."""
    areas = [
        enumerations.INFORMATION_SHARING,
        enumerations.LOGISTICS,
        enumerations.TECHNOLOGY,
        enumerations.HIGH_END_NAVY,
    ]
    assert [initiative for _, initiative in enumerations.DEFENCE_PARTNERSHIP_2022.items] == areas
    for initiative_id in areas:
        mentions = INITIATIVES[initiative_id].mentions
        (mention,) = [m for m in mentions if m.meeting == "meeting/2022-09-07-intersessional"]
        assert mention.status is iud.InitiativeStatus.PLANNED
        assert "will advance" in mention.evidence[0].text


def test_different_things_stay_apart() -> None:
    """Defence 'space and cyber domains' is not civil outer space, and countering narcotics is not countering terror."""
    space = INITIATIVES[enumerations.SPACE_AND_CYBER]
    civil = INITIATIVES[enumerations.CIVIL_SPACE]
    assert {m.meeting for m in space.mentions} == {"meeting/2023-09-26-intersessional"}
    assert {m.meeting for m in civil.mentions} == {"meeting/2023-11-10-ministerial"}
    assert "initiative/space-cooperation" not in INITIATIVES
    assert enumerations.COUNTER_NARCOTICS != enumerations.COUNTER_TERRORISM
    assert {enumerations.COUNTER_NARCOTICS, enumerations.COUNTER_TERRORISM} <= {
        i for _, i in enumerations.PRIORITIES_2025.items
    }


@pytest.mark.parametrize(("doc", "listing", "statement_id"), enumerations.IN_STATEMENTS)
def test_lists_in_speech_are_in_their_statements(doc: str, listing: str, statement_id: str) -> None:
    """A list of aims a speaker gives is in the report and whole in the statement that records the speech."""
    assert listing in _spans.text(doc)
    statement = DATA.lookup(statement_id)
    assert isinstance(statement, iud.Statement)
    assert listing in statement.text or any(listing in e.text for e in statement.evidence)


@pytest.mark.parametrize(("doc", "listing", "meeting_id"), enumerations.IN_TOPICS)
def test_lists_of_subjects_are_in_a_topic_of_their_meeting(doc: str, listing: str, meeting_id: str) -> None:
    """A list of subjects discussed is in the report and whole in the evidence of one topic of the meeting."""
    assert listing in _spans.text(doc)
    meeting = DATA.lookup(meeting_id)
    assert isinstance(meeting, iud.Meeting)
    assert any(listing in e.text for topic in meeting.topics for e in topic.evidence)


@pytest.mark.parametrize(("doc", "listing", "meeting_id", "officials"), enumerations.IN_PARTICIPANTS)
def test_lists_of_officials_are_the_meetings_participants(
    doc: str, listing: str, meeting_id: str, officials: tuple[str, ...]
) -> None:
    """Each official a report lists for a meeting is named in the list and is a participant of the meeting."""
    assert listing in _spans.text(doc)
    meeting = DATA.lookup(meeting_id)
    assert isinstance(meeting, iud.Meeting)
    for official_id in officials:
        official = DATA.lookup(official_id)
        assert isinstance(official, iud.Official)
        assert official.name in listing
        assert official_id in {p.official for p in meeting.participants}


@pytest.mark.parametrize(("doc", "listing", "record_id", "organisations"), enumerations.IN_PARTIES)
def test_lists_of_organisations_are_parties_of_their_record(
    doc: str, listing: str, record_id: str, organisations: tuple[str, ...]
) -> None:
    """Each organisation a report lists for a meeting or initiative is one of its parties, citing this report."""
    assert listing in _spans.text(doc)
    record = DATA.lookup(record_id)
    assert isinstance(record, iud.Meeting | iud.Initiative)
    parties = record.parties
    for organisation in organisations:
        assert any(
            p.organisation == organisation and any(e.source == _spans.source_id(doc) for e in p.evidence)
            for p in parties
        ), organisation


@pytest.mark.parametrize(("doc", "listing", "why"), enumerations.NOT_RECORDED)
def test_lists_left_unrecorded_say_why(doc: str, listing: str, why: str) -> None:
    """A list not recorded item by item is still the report's words, and the declaration says why."""
    assert listing in _spans.text(doc)
    assert why.strip()
