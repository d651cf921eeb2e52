"""Tests for the JSON-LD export, parsed offline by rdflib."""

import warnings
from pathlib import Path

import pytest

import indo_us_dialogue as iud
from indo_us_dialogue._cli import main
from indo_us_dialogue._export.jsonld import ID_PREFIX

DATA = iud.load_dataset()
rdflib = pytest.importorskip("rdflib")
SDO = rdflib.Namespace("https://schema.org/")
RDF = rdflib.RDF


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> "rdflib.Graph":
    """The JSON-LD export of the packaged dataset, parsed by rdflib with no network (the context is inline)."""
    target = tmp_path_factory.mktemp("jsonld") / "dataset.jsonld"
    assert main(["export", "--format", "jsonld", "-o", str(target)]) == 0
    with warnings.catch_warnings():
        # rdflib 7.1+'s JSON-LD parser builds a ConjunctiveGraph internally and warns that it is deprecated.
        warnings.simplefilter("ignore", DeprecationWarning)
        return rdflib.Graph().parse(target, format="json-ld")


def _node(record_id: str) -> "rdflib.URIRef":
    return rdflib.URIRef(ID_PREFIX + record_id)


def test_each_record_type_has_its_schema_org_type(graph: "rdflib.Graph") -> None:
    """Meetings are Events, officials Persons, statements Quotations, initiatives CreativeWorks, sources articles."""
    for group, kind in (
        ("meetings", "Event"),
        ("officials", "Person"),
        ("statements", "Quotation"),
        ("initiatives", "CreativeWork"),
        ("sources", "NewsArticle"),
    ):
        typed = set(graph.subjects(RDF.type, SDO[kind]))
        assert typed == {_node(r.id) for r in getattr(DATA, group)}, kind
    employers = {str(o) for o in graph.objects(None, SDO.worksFor)}
    assert employers
    assert employers <= {str(_node(o.id)) for o in DATA.organisations}
    government = {str(s) for s in graph.subjects(RDF.type, SDO.GovernmentOrganization)}
    companies = {str(s) for s in graph.subjects(RDF.type, SDO.Corporation)}
    assert government | companies == {str(_node(o.id)) for o in DATA.organisations}
    assert employers <= government


def test_values_and_links_match_the_records(graph: "rdflib.Graph") -> None:
    """Names, dates, attendees, quotation texts and speakers in the graph are those of the records."""
    assert str(graph.value(_node("official/s-jaishankar"), SDO.name)) == "S Jaishankar"
    meeting = DATA.lookup("meeting/2023-11-10-ministerial")
    assert isinstance(meeting, iud.Meeting)
    assert meeting.date is not None
    assert str(graph.value(_node(meeting.id), SDO.startDate)) == str(meeting.date.value)
    attendees = set(graph.objects(_node(meeting.id), SDO.attendee))
    assert attendees == {_node(p.official) for p in meeting.participants}
    for statement in DATA.statements:
        assert str(graph.value(_node(statement.id), SDO.text)) == statement.text
        if statement.speaker.official is not None:
            assert graph.value(_node(statement.id), SDO.creator) == _node(statement.speaker.official)


def test_the_export_is_deterministic(tmp_path: Path) -> None:
    """Exporting twice gives the same bytes, and standard output gets the same document."""
    first, second = tmp_path / "a.jsonld", tmp_path / "b.jsonld"
    assert main(["export", "--format", "jsonld", "-o", str(first)]) == 0
    assert main(["export", "--format", "jsonld", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
