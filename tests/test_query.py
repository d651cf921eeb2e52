"""Tests for ``indo_us_dialogue._query``: lookup by name, search, selections and the full timeline."""

import attrs
import pytest
from hypothesis import given

import indo_us_dialogue as iud
from indo_us_dialogue import strategies
from indo_us_dialogue._model.records import GROUPS
from indo_us_dialogue._query.names import normalise

DATA = iud.load_dataset()


def _with_official(name: str, aliases: tuple[str, ...] = ()) -> iud.Dataset:
    """The packaged dataset with its first official renamed."""
    first = attrs.evolve(DATA.officials[0], name=name, aliases=aliases)
    return attrs.evolve(DATA, officials=(first, *DATA.officials[1:]))


@pytest.mark.parametrize(
    "key", ["official/s-jaishankar", "Jaishankar", "s jaishankar", "S. JAISHANKAR", "s-jaishankar", "  jaishankar "]
)
def test_lookup_accepts_id_name_and_alias_in_any_case(key: str) -> None:
    """An id, the name or an alias, in any case and spacing, find the same official."""
    assert DATA.lookup(key) is DATA.lookup("official/s-jaishankar")
    assert DATA.get(key) is DATA.lookup("official/s-jaishankar")


def test_lookup_ignores_accents() -> None:
    """A name with accents is found without them, and the reverse."""
    data = _with_official("José Ramírez", ("Ramírez",))
    assert data.lookup("jose ramirez").name == "José Ramírez"
    assert data.lookup("RAMIREZ") is data.lookup("José Ramírez")
    assert normalise("Ramírez") == normalise("ramirez")


def test_unknown_key_names_the_closest_matches() -> None:
    """A misspelt name raises RecordNotFoundError (a LookupError) whose message and suggestions name the near miss."""
    with pytest.raises(LookupError) as caught:
        DATA.lookup("Jaishankr")
    assert isinstance(caught.value, iud.RecordNotFoundError)
    assert caught.value.suggestions[0] == "official/s-jaishankar"
    assert "official/s-jaishankar" in str(caught.value)
    assert DATA.get("Jaishankr") is None
    assert DATA.get("Jaishankr", DATA.meetings[0]) is DATA.meetings[0]


def test_a_name_shared_by_two_records_is_ambiguous() -> None:
    """An alias two records share raises AmbiguousRecordError naming both, from lookup and get; ids still work."""
    data = _with_official("Jane Austin", ("Austin",))
    with pytest.raises(iud.AmbiguousRecordError) as caught:
        data.lookup("austin")
    assert set(caught.value.candidates) == {data.officials[0].id, "official/lloyd-austin"}
    with pytest.raises(LookupError):
        data.get("AUSTIN")
    # The slug of an id is not a name: "lloyd austin" is Lloyd Austin's own slug, so it is not ambiguous.
    assert data.lookup("lloyd austin").id == "official/lloyd-austin"


@given(strategies.datasets(max_records=6))
def test_every_record_is_found_by_its_id_and_its_names(data: iud.Dataset) -> None:
    """Each record is found by its id; each name finds it (or the record with that slug) or says it is ambiguous."""
    records = [r for group in GROUPS for r in getattr(data, group.name)]
    slugs = {r.id: {normalise(r.id), normalise(r.id.partition("/")[2])} for r in records}
    for record in records:
        assert data.lookup(record.id) is record
        for name in (getattr(record, "name", None), *getattr(record, "aliases", ())):
            if name is None or not normalise(name) or name in slugs:
                continue
            # Ids and their slugs are tried before names, so a name spelt like a slug finds that slug's record.
            expected = {i for i, keys in slugs.items() if normalise(name) in keys} or {record.id}
            try:
                found = {data.lookup(name).id}
            except iud.AmbiguousRecordError as exc:
                found = set(exc.candidates)
            assert expected & found


def test_search_puts_the_named_record_first_and_needs_every_word() -> None:
    """Searching a name ranks the official first; every word must match; an empty query finds nothing."""
    hits = DATA.search("jaishankar")
    assert hits[0].id == "official/s-jaishankar"
    assert any(h.id.startswith("statement/") for h in hits)
    both = DATA.search("defence industrial roadmap")
    assert both[0].id == "initiative/roadmap-for-us-india-defence-industrial-cooperation"
    assert DATA.search("jaishankar zzzzunknown") == ()
    assert DATA.search("  ") == ()


def test_search_finds_statement_texts_and_topics() -> None:
    """Words that only occur in a statement's text find that statement."""
    statement = DATA.statements[0]
    words = " ".join(normalise(statement.text).split()[:6])
    assert statement in DATA.search(words)


def test_officials_by_country_and_organisation() -> None:
    """officials_where filters by country code (any case) and by words of a position's organisation."""
    indian = DATA.officials_where(country="in")
    assert indian
    assert all(o.country == "IN" for o in indian)
    defence = DATA.officials_where(organisation="ministry of defence")
    assert defence
    assert all(any(p.organisation == "organisation/ministry-of-defence" for p in o.positions) for o in defence)
    assert DATA.officials_where(country="US", organisation="Ministry of External Affairs") == ()


def test_positions_over_time_are_in_date_order() -> None:
    """positions_of lists an official's positions by attested date, undated last."""
    for official in DATA.officials:
        dated = [p.attested.earliest() for p in DATA.positions_of(official.id) if p.attested is not None]
        assert dated == sorted(dated)
        assert sorted(map(repr, DATA.positions_of(official))) == sorted(map(repr, official.positions))


def test_meetings_by_kind_and_date_range_compare_partial_dates_as_intervals() -> None:
    """A meeting known only to the year is selected by any range overlapping that year; undated ones never are."""
    meeting = DATA.lookup("meeting/2023-11-10-ministerial")
    assert isinstance(meeting, iud.Meeting)
    assert meeting.date is not None
    vague = attrs.evolve(meeting, date=attrs.evolve(meeting.date, value=iud.PartialDate.parse("2023")))
    data = attrs.evolve(DATA, meetings=tuple(vague if m is meeting else m for m in DATA.meetings))
    assert vague in data.meetings_where(start="2023-11", end="2023-11-30")
    assert vague in data.meetings_where(start="2023-02", end="2023-02")
    assert vague not in data.meetings_where(start="2024")
    assert vague not in data.meetings_where(end="2022-12-31")
    ranged = DATA.meetings_where(start="2023-01-01")
    assert all(m.date is not None and m.date.value.latest() >= (2023, 1, 1) for m in ranged)
    assert [m.kind for m in DATA.meetings_where(kind="ministerial")] == ["ministerial"] * len(
        [m for m in DATA.meetings if m.kind == "ministerial"]
    )


def test_participants_come_with_their_roles() -> None:
    """participants_of pairs each participant's Official record with their participation and role."""
    pairs = DATA.participants_of("meeting/2023-11-10-ministerial")
    assert {o.id for o, _ in pairs} >= {"official/s-jaishankar", "official/antony-blinken"}
    assert all(o.id == p.official for o, p in pairs)
    assert {o.name: p.role for o, p in pairs}["Antony Blinken"] == iud.Role.CO_CHAIR
    with pytest.raises(TypeError, match="is not a Meeting"):
        DATA.participants_of("official/s-jaishankar")


def test_statements_by_speaker_meeting_and_words() -> None:
    """statements_where filters by the named speaker (id or name), the meeting and words of the text."""
    by_blinken = DATA.statements_where(speaker="Blinken")
    assert by_blinken
    assert all(s.speaker.official == "official/antony-blinken" for s in by_blinken)
    at = DATA.statements_where(meeting="meeting/2023-11-10-ministerial")
    assert all(s.meeting == "meeting/2023-11-10-ministerial" for s in at)
    word = normalise(by_blinken[0].text).split()[-1]
    assert by_blinken[0] in DATA.statements_where(speaker="antony blinken", words=word)


def test_initiatives_of_a_meeting_and_meetings_of_an_initiative_agree() -> None:
    """An initiative is among a meeting's initiatives exactly when the meeting is among the initiative's meetings."""
    for meeting in DATA.meetings:
        for initiative in DATA.initiatives:
            assert (initiative in DATA.initiatives_of(meeting)) == (meeting in DATA.meetings_of(initiative))
    assert DATA.initiatives_of("meeting/2022-09-07-intersessional")


def test_the_full_timeline_holds_every_meeting_statement_and_mention_once_in_date_order() -> None:
    """timeline_entries has each meeting, statement and mention once, dated ones by first day, undated last."""
    entries = DATA.timeline_entries()
    assert [e.record for e in entries if e.kind == "meeting"] == list(DATA.timeline())
    assert sorted(e.record.id for e in entries if e.kind == "statement") == sorted(s.id for s in DATA.statements)
    assert sum(e.kind == "mention" for e in entries) == sum(len(i.mentions) for i in DATA.initiatives)
    firsts = [e.date.earliest() for e in entries if e.date is not None]
    assert firsts == sorted(firsts)
    undated = [e.date is None for e in entries]
    assert undated == sorted(undated)
    for entry in entries:
        if entry.kind == "statement" and entry.date is not None:
            assert isinstance(entry.record, iud.Statement)
            own = entry.record.date
            assert entry.date == (
                own.value if own else entry.meeting and entry.meeting.date and entry.meeting.date.value
            )


def test_the_queries_page_example_runs() -> None:
    """The Python example in docs/queries.md runs as written."""
    import re
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "queries.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL)
    exec(compile(example, "docs/queries.md", "exec"), {})  # noqa: S102 - our own documentation
