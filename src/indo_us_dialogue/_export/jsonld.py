"""JSON-LD export: the dataset as linked data in schema.org terms, one document with an inline ``@context``.

Record types map to the closest schema.org types: meetings are ``Event``,
officials ``Person``, statements ``Quotation``, initiatives ``CreativeWork``
(schema.org has nothing closer for an agreement or a programme), sources
``NewsArticle``, organisations ``GovernmentOrganization`` (ministries,
departments, armed forces), ``Corporation`` or ``Organization``; an official
``worksFor`` the organisations of their positions. Records are
identified by ``urn:indo-us-dialogue:<record id>``; the context is inline, so
the document is read offline, without fetching anything.
Facts schema.org has no term for (evidence offsets, the PLOVER coding) stay in
the other exports.
"""

from collections.abc import Callable
from typing import Any

from .._io.jsonio import dumps
from .._model.enums import OrganisationKind
from .._model.records import (
    GROUPS,
    DateClaim,
    Evidence,
    Initiative,
    Meeting,
    Official,
    Organisation,
    Source,
    Statement,
)
from .._model.walk import walk_record
from .._query.names import record_names

__all__ = ["ID_PREFIX", "jsonld_document"]

#: Prepended to record ids to make IRIs.
ID_PREFIX = "urn:indo-us-dialogue:"
_SCHEMA = "https://schema.org/"
_CONTEXT = {"@vocab": _SCHEMA, "schema": _SCHEMA}
_MODES = {"in_person": "OfflineEventAttendanceMode", "virtual": "OnlineEventAttendanceMode"}


def _ref(record_id: str) -> dict[str, str]:
    return {"@id": ID_PREFIX + record_id}


def _date(claim: DateClaim | None) -> str | None:
    return str(claim.value) if claim is not None else None


def _sources(record: Any) -> list[dict[str, str]]:
    """The sources a record's evidence cites, in order of first citation."""
    cited = dict.fromkeys(value.source for _, _, value in walk_record(record) if isinstance(value, Evidence))
    return [_ref(source) for source in cited]


def _official(person: Official) -> dict[str, Any]:
    titles = list(dict.fromkeys(p.title for p in person.positions))
    employers = list(dict.fromkeys(p.organisation for p in person.positions if p.organisation))
    return {
        "@type": "Person",
        "name": person.name,
        "alternateName": list(person.aliases),
        "nationality": {"@type": "Country", "identifier": person.country},
        "jobTitle": titles,
        "worksFor": [_ref(o) for o in employers],
        "subjectOf": _sources(person),
    }


def _meeting(meeting: Meeting) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Event",
        "name": meeting.name,
        "description": f"{meeting.kind.value} meeting",
        "attendee": [_ref(p.official) for p in meeting.participants],
        "keywords": [topic.value for topic in meeting.topics],
        "about": [_ref(i) for i in meeting.initiatives],
        "subjectOf": [_ref(s) for s in meeting.sources],
    }
    if (date := _date(meeting.date)) is not None:
        node["startDate"] = date
    if meeting.venue is not None:
        node["eventAttendanceMode"] = {"@id": _SCHEMA + _MODES[meeting.venue.mode.value]}
        if meeting.venue.place is not None:
            place: dict[str, Any] = {"@type": "Place", "name": meeting.venue.place}
            if meeting.venue.country is not None:
                place["address"] = {"@type": "PostalAddress", "addressCountry": meeting.venue.country}
            node["location"] = place
    return node


def _statement(statement: Statement) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "Quotation",
        "text": statement.text,
        "creditText": statement.speaker.label,
        "isBasedOn": _sources(statement),
    }
    if statement.speaker.official is not None:
        node["creator"] = _ref(statement.speaker.official)
    if statement.meeting is not None:
        node["about"] = _ref(statement.meeting)
    if (date := _date(statement.date)) is not None:
        node["dateCreated"] = date
    return node


def _initiative(initiative: Initiative) -> dict[str, Any]:
    names = list(record_names(initiative))
    node: dict[str, Any] = {
        "@type": "CreativeWork",
        "name": initiative.name,
        "alternateName": names[1:],
        "genre": initiative.kind.value,
        "subjectOf": _sources(initiative),
    }
    return node


def _source(source: Source) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "NewsArticle",
        "name": source.headline.value if source.headline is not None else source.file_name,
        "identifier": {"@type": "PropertyValue", "propertyID": "sha256", "value": source.sha256},
    }
    if source.publisher is not None:
        node["publisher"] = {"@type": "Organization", "name": source.publisher.value}
    if (date := _date(source.published)) is not None:
        node["datePublished"] = date
    return node


_ORGANISATION_TYPES = {
    OrganisationKind.MINISTRY: "GovernmentOrganization",
    OrganisationKind.DEPARTMENT: "GovernmentOrganization",
    OrganisationKind.ARMED_FORCE: "GovernmentOrganization",
    OrganisationKind.COMPANY: "Corporation",
    OrganisationKind.GROUPING: "Organization",
}


def _organisation(organisation: Organisation) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": _ORGANISATION_TYPES[organisation.kind],
        "name": organisation.name,
        "alternateName": list(organisation.aliases),
        "parentOrganization": _ref(organisation.part_of) if organisation.part_of is not None else None,
    }
    if organisation.country is not None:
        node["areaServed"] = {"@type": "Country", "identifier": organisation.country}
    return node


#: schema.org types for record kinds this module has no builder for (types added later): named nodes.
_TYPES_BY_KIND: dict[str, str] = {}


def _other(record: Any) -> dict[str, Any]:
    """A record of a type added after this module: a node of the type its kind maps to (else ``Thing``), named."""
    names = list(record_names(record))
    kind = record.id.partition("/")[0]
    return {"@type": _TYPES_BY_KIND.get(kind, "Thing"), "name": names[:1], "alternateName": names[1:]}


_NODES: dict[type, Callable[[Any], dict[str, Any]]] = {
    Organisation: _organisation,
    Official: _official,
    Meeting: _meeting,
    Statement: _statement,
    Initiative: _initiative,
    Source: _source,
}


def _without_empty(node: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in node.items() if value not in ([], None)}


def jsonld_document(dataset: Any) -> str:
    """The whole dataset as one JSON-LD document (text), deterministic for the same data."""
    graph: list[dict[str, Any]] = [
        {"@id": ID_PREFIX + "dataset", "@type": "Dataset", "name": "indo-us-dialogue", "version": dataset.version}
    ]
    for group in GROUPS:
        for record in getattr(dataset, group.name):
            node = {"@id": ID_PREFIX + record.id, **_NODES.get(type(record), _other)(record)}
            graph.append(_without_empty(node))
    return dumps({"@context": _CONTEXT, "@graph": graph})
