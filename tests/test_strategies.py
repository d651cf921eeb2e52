import datetime
import importlib.metadata
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import indo_us_dialogue as iud
from indo_us_dialogue import strategies as iuds
from indo_us_dialogue._io.texts import _CP866_UPPER, find_mojibake
from indo_us_dialogue._model.patterns import ecma_search, id_pattern
from indo_us_dialogue._model.records import GROUPS
from indo_us_dialogue._schema.registry import validator_for
from indo_us_dialogue.strategies._types import FOR_TYPE
from tests.helpers import values_in

ROOT = Path(__file__).resolve().parents[1]

#: Each record type's public strategy, called with no arguments.
PUBLIC: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
    iud.Evidence: iuds.evidence,
    iud.TextClaim: iuds.text_claims,
    iud.DateClaim: iuds.date_claims,
    iud.DateBounds: iuds.date_bounds,
    iud.OrdinalClaim: iuds.ordinal_claims,
    iud.Venue: iuds.venues,
    iud.Organisation: iuds.organisations,
    iud.Position: iuds.positions,
    iud.Official: iuds.officials,
    iud.Participation: iuds.participations,
    iud.Party: iuds.parties,
    iud.MeetingLink: iuds.meeting_links,
    iud.EventCoding: iuds.event_codings,
    iud.Meeting: iuds.meetings,
    iud.InitiativeMention: iuds.initiative_mentions,
    iud.InitiativeFact: iuds.initiative_facts,
    iud.Initiative: iuds.initiatives,
    iud.Speaker: iuds.speakers,
    iud.SameRemark: iuds.same_remarks,
    iud.Statement: iuds.statements,
    iud.Source: iuds.sources,
    iud.Dataset: iuds.datasets,
}
# Datasets are the slowest values to generate; their tests run fewer examples.
FEWER = settings(max_examples=min(settings().max_examples, 60))


def test_every_record_type_has_a_public_strategy() -> None:
    """The strategies module covers exactly the record types the package exports."""
    assert set(PUBLIC) == set(iud.RECORD_TYPES)
    assert all(name in iuds.__all__ for name in (f.__name__ for f in PUBLIC.values()))


def test_the_table_has_one_strategy_per_type() -> None:
    """The one table of per-type strategies has an entry for every record type and PartialDate, and no other."""
    assert set(FOR_TYPE) == {*iud.RECORD_TYPES, iud.PartialDate}


def test_the_package_exports_exactly_its_public_strategies() -> None:
    """strategies.__all__ is alphabetised and lists exactly the public names the package defines."""
    public = {name for name in vars(iuds) if not name.startswith("_")}
    assert iuds.__all__ == sorted(iuds.__all__, key=lambda name: (not name.isupper(), name))
    assert set(iuds.__all__) == public


def test_strategies_are_not_imported_by_the_package() -> None:
    """Importing indo_us_dialogue imports neither Hypothesis nor the strategies (they are an optional extra)."""
    code = (
        "import sys, indo_us_dialogue; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'hypothesis' or m.endswith('.strategies')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_safe_alphabet_cannot_make_mojibake() -> None:
    """Generated free text avoids code page 866's upper half yet includes non-ASCII characters."""
    assert not set(iuds.SAFE_TEXT_ALPHABET) & set(_CP866_UPPER)
    assert {"“", "”", "–", "भ"} <= set(iuds.SAFE_TEXT_ALPHABET)


@pytest.mark.parametrize("via", ["public", "from_type"])
@pytest.mark.parametrize("cls", list(PUBLIC), ids=lambda cls: cls.__name__)
def test_generated_records_are_valid(cls: type, via: str) -> None:
    """Each public strategy, and st.from_type, makes instances that pass the schema and the validator."""
    strategy = PUBLIC[cls]() if via == "public" else st.from_type(cls)

    # from_type resolves to the same table entry as most public strategies: fewer examples suffice.
    @(FEWER if cls is iud.Dataset or via == "from_type" else settings())
    @given(strategy)
    def check(value: Any) -> None:
        assert type(value) is cls
        errors = list(validator_for(cls).iter_errors(iud.to_dict(value)))
        assert errors == []
        assert iud.validate(value).problems == ()

    check()


def _strictly_before(earlier: iud.DateClaim | None, later: iud.DateClaim | None) -> bool:
    """Whether no day ``later`` can mean is before a day ``earlier`` can mean (true if either is undated)."""
    return earlier is None or later is None or earlier.value.latest() <= later.value.earliest()


def _within(inner: iud.DateClaim | None, outer: iud.DateClaim | None) -> bool:
    """Whether every day ``inner`` can mean is a day ``outer`` can mean (true if either is undated)."""
    if inner is None or outer is None:
        return True
    return outer.value.earliest() <= inner.value.earliest() and inner.value.latest() <= outer.value.latest()


@FEWER
@given(iuds.datasets())
def test_generated_datasets_keep_every_semantic_rule(data: iud.Dataset) -> None:
    """A generated dataset passes the validator, and keeps the date and speaker rules under their strictest reading."""
    assert iud.validate(data).problems == ()
    meetings = {m.id: m for m in data.meetings}
    for meeting in data.meetings:
        assert all(_strictly_before(meetings[link.meeting].date, meeting.date) for link in meeting.links)
    for statement in data.statements:
        if statement.meeting is not None:
            assert _within(statement.date, meetings[statement.meeting].date)
        assert (statement.speaker.official is None) != (statement.speaker.inferred_official is None)


@FEWER
@given(iuds.datasets(sources="packaged", min_records=1))
def test_datasets_from_the_packaged_seeds_pass_every_check(data: iud.Dataset) -> None:
    """With sources="packaged" every span is cut from a seed: the validator's text and digest checks pass too."""
    assert iud.validate(data).problems == ()
    assert iud.validate(data, sources=ROOT / "seeds").problems == ()
    seeds = {path.name for path in (ROOT / "seeds").glob("*.txt")}
    assert data.sources
    assert {s.file_name for s in data.sources} <= seeds
    cited = {item.source for item in values_in(data) if isinstance(item, iud.Evidence)}
    assert cited <= {s.id for s in data.sources}


_OWN_DOCUMENTS = {
    "report_one.txt": "India and the US held their “2+2” dialogue in New Delhi.".encode(),
    "Report_Two.md": "भारत – the ministers met again.\n".encode(),
}


@settings(max_examples=min(settings().max_examples, 30))
@given(data=iuds.datasets(sources=_OWN_DOCUMENTS, min_records=1))
def test_datasets_from_your_own_documents_pass_every_check(data: iud.Dataset, tmp_path_factory: Any) -> None:
    """With a mapping of file names to bytes, the sources are those files and validate against a folder of them."""
    folder = tmp_path_factory.mktemp("sources")
    for name, raw in _OWN_DOCUMENTS.items():
        (folder / name).write_bytes(raw)
    assert iud.validate(data, sources=folder).problems == ()
    assert {(s.id, s.file_name) for s in data.sources} <= {
        ("source/report-one", "report_one.txt"),
        ("source/report-two", "Report_Two.md"),
    }


@FEWER
@given(
    iuds.datasets(min_records=3, max_records=4, min_date=datetime.date(2018, 1, 1), max_date=iud.PartialDate(year=2025))
)
def test_datasets_honour_their_bounds(data: iud.Dataset) -> None:
    """min_records and max_records bound the number of records; every date lies within min_date and max_date."""
    assert 3 <= sum(len(getattr(data, group.name)) for group in GROUPS) <= 4
    dates = [item for item in values_in(data) if isinstance(item, iud.PartialDate)]
    assert all(date.earliest() >= (2018, 1, 1) and date.latest() <= (2025, 12, 31) for date in dates)


@FEWER
@given(iuds.datasets(consistent=False, max_records=4))
def test_inconsistent_datasets_are_still_schema_valid(data: iud.Dataset) -> None:
    """With consistent=False every record is still valid by itself, and the record count is bounded."""
    assert validator_for(iud.Dataset).is_valid(iud.to_dict(data))
    assert sum(len(getattr(data, group.name)) for group in GROUPS) <= 4


@FEWER
@given(iuds.datasets(max_records=5))
def test_max_records_bounds_the_dataset(data: iud.Dataset) -> None:
    """max_records bounds the number of records of all kinds together."""
    assert sum(len(getattr(data, group.name)) for group in GROUPS) <= 5


def _found(strategy: st.SearchStrategy[Any], condition: Callable[[Any], bool]) -> Any:
    """The first generated value that meets ``condition`` (no shrinking: only its existence matters)."""
    return find(strategy, condition, settings=settings(max_examples=2000, database=None, phases=[Phase.generate]))


def test_datasets_shrink_to_the_empty_dataset() -> None:
    """The simplest dataset is the empty one, so failing examples shrink to few records."""
    simplest = find(iuds.datasets(max_records=4), lambda _: True, settings=settings(database=None))
    assert simplest == iud.Dataset(version="0.0.0")


@pytest.mark.parametrize(
    ("what", "condition"),
    [
        ("a link between meetings", lambda d: any(m.links for m in d.meetings)),
        ("an initiative tied to a meeting", lambda d: any(m.initiatives for m in d.meetings)),
        ("a statement at a meeting", lambda d: any(s.meeting for s in d.statements)),
        ("a dated statement at a dated meeting", lambda d: any(s.meeting and s.date for s in d.statements)),
        ("a quotation", lambda d: any(s.mode is not iud.SpeechMode.REPORTED_SPEECH for s in d.statements)),
        ("an inferred speaker", lambda d: any(s.speaker.inferred_official for s in d.statements)),
        ("an inferred date", lambda d: any(isinstance(x, iud.DateClaim) and x.reasoning for x in values_in(d))),
        (
            "an official at two roles",
            lambda d: any(len({p.official for p in m.participants}) < len(m.participants) for m in d.meetings),
        ),
        ("a meeting citing two sources", lambda d: any(len(m.sources) > 1 for m in d.meetings)),
        ("Devanagari text", lambda d: any(isinstance(x, str) and "भ" in x for x in values_in(d))),
    ],
)
def test_datasets_reach_every_structure_the_rules_talk_about(what: str, condition: Callable[[Any], bool]) -> None:
    """Generation is not degenerate: consistent datasets include each structure a semantic rule constrains."""
    assert condition(_found(iuds.datasets(), condition)), what


@pytest.mark.parametrize("precision", list(iud.DatePrecision))
def test_partial_dates_reach_every_precision_and_the_calendar_edges(precision: iud.DatePrecision) -> None:
    """Dates come at all three precisions, in year 0000 (a leap year) too, and 29 February is among the days."""
    assert _found(iuds.partial_dates(precision=precision), lambda _: True).precision is precision
    year_zero = iuds.partial_dates(max_value=iud.PartialDate(year=0), precision=precision)
    assert _found(year_zero, lambda d: d.year == 0).precision is precision
    if precision is iud.DatePrecision.DAY:
        for window in (
            year_zero,
            iuds.partial_dates(min_value=datetime.date(2024, 2, 1), max_value=datetime.date(2024, 3, 31)),
        ):
            assert str(_found(window, lambda d: (d.month, d.day) == (2, 29))).endswith("-02-29")


@given(st.data(), st.dates(min_value=datetime.date(1, 1, 1)), st.dates(min_value=datetime.date(1, 1, 1)))
def test_partial_dates_stay_within_their_bounds(data: st.DataObject, one: datetime.date, two: datetime.date) -> None:
    """Every day a generated date can mean lies within min_value and max_value."""
    low, high = sorted((one, two))
    date = data.draw(iuds.partial_dates(min_value=low, max_value=high))
    assert date.earliest() >= low.timetuple()[:3]
    assert date.latest() <= high.timetuple()[:3]


@given(iuds.partial_dates(min_value=iud.PartialDate.parse("2023-11-10"), max_value=iud.PartialDate.parse("2024")))
def test_partial_date_bounds_are_whole_ranges(date: iud.PartialDate) -> None:
    """A PartialDate bound stands for its first day as a minimum and its last day as a maximum."""
    assert date.earliest() >= (2023, 11, 10)
    assert date.latest() <= (2024, 12, 31)
    assert str(date) != "2023"


@given(
    iuds.meetings(
        kind="ministerial",
        min_date=iud.PartialDate.parse("2018"),
        max_date=datetime.date(2025, 6, 30),
        country="US",
    )
)
def test_meetings_honour_their_keyword_arguments(meeting: iud.Meeting) -> None:
    """The kind, the date range and the venue's country constrain generated meetings."""
    assert meeting.kind is iud.MeetingKind.MINISTERIAL
    assert meeting.date is not None
    assert meeting.date.value.earliest() >= (2018, 1, 1)
    assert meeting.date.value.latest() <= (2025, 6, 30)
    assert meeting.venue is not None
    assert meeting.venue.country == "US"


@given(iuds.officials(country="IN"))
def test_officials_honour_their_country(official: iud.Official) -> None:
    """The country argument constrains an official and every position they are generated with."""
    assert official.country == "IN"
    assert all(position.country == "IN" for position in official.positions)


@given(
    st.one_of(
        iuds.date_claims(basis="inferred", precision="month").map(
            lambda c: c.basis is iud.DateBasis.INFERRED and c.reasoning and c.value.precision is iud.DatePrecision.MONTH
        ),
        iuds.date_claims(basis=iud.DateBasis.STATED).map(lambda c: c.reasoning is None),
        iuds.statements(mode="direct_quotation").map(lambda s: s.evidence[0].text == s.text),
        iuds.statements(min_date=datetime.date(2020, 1, 1)).map(
            lambda s: s.date is not None and s.date.value.earliest() >= (2020, 1, 1)
        ),
        iuds.speakers(named=True).map(lambda s: s.official is not None and s.inferred_official is None),
        iuds.speakers(named=False).map(lambda s: s.official is None and s.inferred_official and s.inference),
        iuds.venues(mode="virtual").map(lambda v: v.mode is iud.AttendanceMode.VIRTUAL),
        iuds.positions(country="US").map(lambda p: p.country == "US"),
        iuds.participations(role="co_chair").map(lambda p: p.role is iud.Role.CO_CHAIR),
        iuds.meeting_links(relation="preceded_by").map(lambda x: x.relation is iud.LinkRelation.PRECEDED_BY),
        iuds.event_codings(category="CONSULT").map(lambda c: c.category is iud.PloverCategory.CONSULT),
        iuds.initiative_mentions(status="agreed").map(lambda m: m.status is iud.InitiativeStatus.AGREED),
        iuds.initiatives(kind="exercise").map(lambda i: i.kind is iud.InitiativeKind.EXERCISE),
        iuds.evidence(source="source/000-report").map(lambda e: e.source == "source/000-report"),
    )
)
def test_keyword_arguments_constrain_what_is_generated(holds: bool) -> None:
    """Each strategy's keyword arguments are honoured."""
    assert holds


@pytest.mark.parametrize("kind", ["source", "official", "meeting", "initiative", "statement"])
def test_ids_match_the_id_pattern(kind: str) -> None:
    """ids(kind) makes ids that match the schema's pattern for that kind."""

    @given(iuds.ids(kind))
    def check(record_id: str) -> None:
        assert ecma_search(id_pattern(kind), record_id)

    check()


@given(iuds.datasets())
@FEWER
def test_generated_text_never_looks_like_mojibake(data: iud.Dataset) -> None:
    """No text value anywhere in a generated dataset contains a garbled cp866 run."""
    assert all(find_mojibake(x) == [] for x in values_in(data) if isinstance(x, str))


@pytest.mark.parametrize(
    "make",
    [
        lambda: iuds.partial_dates(min_value=datetime.date(2024, 1, 1), max_value=datetime.date(2023, 1, 1)),
        lambda: iuds.partial_dates(
            min_value=datetime.date(2023, 2, 1), max_value=datetime.date(2023, 12, 30), precision="year"
        ),
        lambda: iuds.partial_dates(precision="week"),
        lambda: iuds.partial_dates(min_value="2023"),
        lambda: iuds.meetings(kind="bilateral"),
        lambda: iuds.meetings(country="India"),
        lambda: iuds.officials(country="in"),
        lambda: iuds.statements(mode="quote"),
        lambda: iuds.evidence(source="000-report"),
        lambda: iuds.ids("person"),
        lambda: iuds.datasets(max_records=-1),
        lambda: iuds.datasets(min_records=5, max_records=4),
        lambda: iuds.datasets(min_date=datetime.date(2024, 1, 1), max_date=iud.PartialDate(year=2023)),
        lambda: iuds.datasets(sources="seeds"),
        lambda: iuds.datasets(sources={}),
        lambda: iuds.datasets(sources={"a.txt": b"\xff not UTF-8"}),
        lambda: iuds.datasets(sources={"a.txt": b""}),
        lambda: iuds.datasets(sources={"../a.txt": b"text"}),
        lambda: iuds.datasets(sources={"a.txt": "text, not bytes"}),
        lambda: iuds.datasets(sources={"a_b.txt": b"one", "a-b.txt": b"two"}),
        lambda: iuds.datasets(sources="packaged", consistent=False),
    ],
)
def test_invalid_arguments_are_refused_eagerly(make: Callable[[], Any]) -> None:
    """Bad keyword arguments raise Hypothesis's InvalidArgument when the strategy is made, not mid-test."""
    with pytest.raises(InvalidArgument):
        make()


def test_from_type_uses_the_registered_strategies() -> None:
    """st.from_type gives our strategy for every record type and PartialDate, here and in a fresh process."""
    for cls in (*iud.RECORD_TYPES, iud.PartialDate):
        assert type(_found(st.from_type(cls), lambda _: True)) is cls
    code = (
        "from hypothesis import strategies as st; import indo_us_dialogue as iud; "
        "print(type(st.from_type(iud.Meeting).example()).__name__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "Meeting"


def test_hypothesis_entry_point_registers_without_importing_the_package() -> None:
    """The entry point is installed; `import hypothesis` stays light, and registers once the package is loaded first."""
    hooks = [e.value for e in importlib.metadata.entry_points(group="hypothesis") if e.name == "indo_us_dialogue"]
    assert hooks == ["_indo_us_dialogue_hypothesis:_hypothesis_setup_hook"]
    light = "import sys, hypothesis; print('indo_us_dialogue' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", light], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )
    package_first = (
        "import indo_us_dialogue as iud; from hypothesis import strategies as st; "
        "print(type(st.from_type(iud.Dataset).example()).__name__)"
    )
    result = subprocess.run([sys.executable, "-c", package_first], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "Dataset"
