"""A Hypothesis strategy for datasets that pass every validation rule (private to these tests).

The sources are the seeds shipped in the package, so evidence spans are cut
from real normalised text and the validator checks them against it. The
cross-record rules hold by construction: meetings list exactly the sources
their evidence cites and the initiatives tied to them, statements tied to a
meeting cite its sources and are spoken by its participants, linked meetings
are in date order.
"""

import datetime
import functools
import hashlib
from collections.abc import Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._io.resources import packaged_folder
from indo_us_dialogue._io.texts import packaged_texts

__all__ = ["SEED_DIGESTS", "SOURCE_TEXTS", "datasets", "source_id"]

#: SHA-256 of each packaged seed's raw bytes, by file name.
SEED_DIGESTS = {
    entry.name: hashlib.sha256(entry.read_bytes()).hexdigest()
    for entry in packaged_folder("seeds").iterdir()
    if entry.name.endswith(".txt")
}


def source_id(file_name: str) -> str:
    """The id of the source record for a seed file: ``source/000-3383ec6aaa1b071a``."""
    return "source/" + file_name.removesuffix(".txt").replace("_", "-").lower()


#: Normalised text of each seed, by source id.
SOURCE_TEXTS = {source_id(name): text for name, text in packaged_texts().items()}

_WORDS = st.lists(
    st.sampled_from(["India", "US", "dialogue", "defence", "partnership", "New Delhi", "ministers", "2+2"]),
    min_size=1,
    max_size=4,
).map(" ".join)
_DATES = st.builds(
    lambda day, precision: iud.PartialDate.parse(day.isoformat()[:precision]),
    st.dates(min_value=datetime.date(2018, 1, 1), max_value=datetime.date(2026, 12, 31)),
    st.sampled_from([4, 7, 10]),
)


@st.composite
def _evidence(draw: st.DrawFn, sources: tuple[str, ...]) -> iud.Evidence:
    source = draw(st.sampled_from(sources))
    text = SOURCE_TEXTS[source]
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 60)))
    return iud.Evidence(source=source, start=start, end=end, text=text[start:end])


def _evidence_tuple(sources: Sequence[str], max_size: int = 2) -> st.SearchStrategy[tuple[iud.Evidence, ...]]:
    return _cached_evidence_tuple(tuple(sources), max_size)


# Building strategies is slow in Hypothesis; these are built once per set of sources.
@functools.cache
def _cached_evidence_tuple(sources: tuple[str, ...], max_size: int) -> st.SearchStrategy[tuple[iud.Evidence, ...]]:
    return st.lists(_evidence(sources), min_size=1, max_size=max_size).map(tuple)


@st.composite
def _date_claim(draw: st.DrawFn, sources: Sequence[str], value: iud.PartialDate | None = None) -> iud.DateClaim:
    inferred = draw(st.booleans())
    return iud.DateClaim(
        value=value if value is not None else draw(_DATES),
        basis=iud.DateBasis.INFERRED if inferred else iud.DateBasis.STATED,
        reasoning=draw(_WORDS) if inferred else None,
        evidence=draw(_evidence_tuple(sources)),
    )


def _text_claim(sources: Sequence[str]) -> st.SearchStrategy[iud.TextClaim]:
    return _cached_text_claim(tuple(sources))


@functools.cache
def _cached_text_claim(sources: tuple[str, ...]) -> st.SearchStrategy[iud.TextClaim]:
    return st.builds(iud.TextClaim, value=_WORDS, evidence=_evidence_tuple(sources))


@st.composite
def _source(draw: st.DrawFn, file_name: str) -> iud.Source:
    own = [source_id(file_name)]
    return iud.Source(
        id=own[0],
        file_name=file_name,
        sha256=SEED_DIGESTS[file_name],
        publisher=draw(st.none() | _text_claim(own)),
        published=draw(st.none() | _date_claim(own)),
        headline=draw(st.none() | _text_claim(own)),
        notes=draw(st.none() | _WORDS),
    )


@st.composite
def _official(draw: st.DrawFn, index: int, sources: Sequence[str]) -> iud.Official:
    country = draw(st.sampled_from(["IN", "US"]))
    position = st.builds(
        iud.Position,
        title=_WORDS,
        organisation=st.none(),  # an organisation id; these documents have no organisations
        country=st.just(country),
        attested=st.none() | _DATES,
        evidence=_evidence_tuple(sources),
    )
    return iud.Official(
        id=f"official/o{index}",
        name=draw(_WORDS),
        aliases=tuple(draw(st.lists(_WORDS, max_size=2, unique=True))),
        country=country,
        positions=tuple(draw(st.lists(position, max_size=2))),
        evidence=draw(_evidence_tuple(sources)),
    )


@st.composite
def _meeting(
    draw: st.DrawFn,
    *,
    index: int,
    date: iud.PartialDate | None,
    earlier: Sequence[str],
    officials: Sequence[str],
    sources: Sequence[str],
) -> iud.Meeting:
    cited = draw(st.lists(st.sampled_from(sources), min_size=1, max_size=3, unique=True))
    evidence = _evidence_tuple(cited)
    pairs = st.tuples(st.sampled_from(officials), st.sampled_from(iud.Role)) if officials else None
    participants = tuple(
        iud.Participation(official=official, role=role, title=draw(st.none() | _WORDS), evidence=draw(evidence))
        for official, role in (draw(st.lists(pairs, unique=True, max_size=3)) if pairs is not None else [])
    )
    links = tuple(
        iud.MeetingLink(meeting=other, relation=draw(st.sampled_from(iud.LinkRelation)), evidence=draw(evidence))
        for other in draw(st.lists(st.sampled_from(earlier), unique=True, max_size=2) if earlier else st.just([]))
    )
    meeting = iud.Meeting(
        id=f"meeting/m{index}",
        kind=draw(st.sampled_from(iud.MeetingKind)),
        name=draw(_WORDS),
        ordinal=draw(st.none() | st.builds(iud.OrdinalClaim, value=st.integers(1, 20), evidence=evidence)),
        date=draw(_date_claim(cited, date)) if date is not None else None,
        venue=draw(
            st.none()
            | st.builds(
                iud.Venue,
                mode=st.sampled_from(iud.AttendanceMode),
                place=st.none() | _WORDS,
                country=st.none() | st.just("IN"),
                evidence=evidence,
            )
        ),
        participants=participants,
        topics=tuple(draw(st.lists(_text_claim(cited), max_size=2))),
        links=links,
        sources=("source/placeholder",),
        evidence=draw(evidence),
        coding=draw(st.none() | st.builds(iud.EventCoding, category=st.sampled_from(iud.PloverCategory))),
        notes=draw(st.none() | _WORDS),
    )
    # Exactly the sources the evidence cites, in order of first citation.
    used = dict.fromkeys(e.source for _, e in _all_evidence(meeting))
    return attrs.evolve(meeting, sources=tuple(used))


def _all_evidence(value: Any) -> list[tuple[str, iud.Evidence]]:
    from indo_us_dialogue._model.walk import walk_record

    return [(path, v) for path, _, v in walk_record(value) if isinstance(v, iud.Evidence)]


@st.composite
def _statement(
    draw: st.DrawFn, index: int, meetings: Sequence[iud.Meeting], officials: Sequence[str], available: Sequence[str]
) -> iud.Statement:
    # Most statements are tied to a meeting when there is one: that is where the rules are.
    meeting = draw(st.sampled_from([*meetings, None]))
    sources = meeting.sources if meeting is not None else available
    speakers = [p.official for p in meeting.participants] if meeting is not None else list(officials)
    named = draw(st.none() | st.sampled_from(speakers)) if speakers else None
    inferred = draw(st.none() | st.sampled_from(officials)) if officials and named is None else None
    speaker = iud.Speaker(
        official=named,
        label=draw(_WORDS),
        inferred_official=inferred,
        inference=draw(_WORDS) if inferred is not None else None,
    )
    if meeting is not None and meeting.date is not None:
        date = draw(st.none() | _date_claim(sources, meeting.date.value))
    else:
        date = draw(st.none() | _date_claim(sources))
    mode = draw(st.sampled_from(iud.SpeechMode))
    evidence = draw(_evidence_tuple(sources, max_size=3))
    quoted = mode is not iud.SpeechMode.REPORTED_SPEECH
    return iud.Statement(
        id=f"statement/s{index}",
        speaker=speaker,
        meeting=meeting.id if meeting is not None else None,
        date=date,
        channel=draw(st.none() | st.sampled_from(iud.Channel)),
        mode=mode,
        text=evidence[0].text if quoted else draw(_WORDS),
        evidence=evidence,
    )


@st.composite
def datasets(draw: st.DrawFn, *, min_records: int = 0) -> iud.Dataset:
    """Datasets that pass every rule, with the packaged seeds as their sources.

    Args:
        draw: Hypothesis's draw function.
        min_records: The fewest officials, meetings, initiatives and statements each.
    """
    most = max(3, min_records + 1)
    names = draw(st.lists(st.sampled_from(sorted(SEED_DIGESTS)), min_size=1, max_size=5, unique=True))
    sources = [draw(_source(name)) for name in names]
    all_sources = [s.id for s in sources]
    officials = [draw(_official(i, all_sources)) for i in range(draw(st.integers(min_records, most)))]
    official_ids = [o.id for o in officials]
    # Dates in ascending order, so that a link to an earlier meeting is never out of order.
    dates = sorted(
        draw(st.lists(st.none() | _DATES, min_size=min_records, max_size=most)),
        key=lambda d: (0, (0, 0, 0)) if d is None else (1, d.earliest()),
    )
    meetings: list[iud.Meeting] = []
    for index, date in enumerate(dates):
        earlier = [m.id for m in meetings if date is not None and m.date is not None]
        meetings.append(
            draw(_meeting(index=index, date=date, earlier=earlier, officials=official_ids, sources=all_sources))
        )
    meeting_ids = [m.id for m in meetings]
    initiatives = [
        iud.Initiative(
            id=f"initiative/i{i}",
            name=draw(_WORDS),
            kind=draw(st.sampled_from(iud.InitiativeKind)),
            mentions=tuple(
                draw(
                    st.lists(
                        st.builds(
                            iud.InitiativeMention,
                            meeting=st.none() | st.sampled_from(meeting_ids) if meeting_ids else st.none(),
                            status=st.none() | st.sampled_from(iud.InitiativeStatus),
                            evidence=_evidence_tuple(all_sources),
                        ),
                        min_size=1,
                        max_size=2,
                    )
                )
            ),
        )
        for i in range(draw(st.integers(min_records, most)))
    ]
    meetings = [
        attrs.evolve(
            m,
            initiatives=tuple(
                dict.fromkeys(i.id for i in initiatives for mention in i.mentions if mention.meeting == m.id)
            ),
        )
        for m in meetings
    ]
    statements = [
        draw(_statement(i, meetings, official_ids, all_sources)) for i in range(draw(st.integers(min_records, most)))
    ]
    return iud.Dataset(
        version="1.0.0",
        sources=tuple(sources),
        officials=tuple(officials),
        meetings=tuple(meetings),
        initiatives=tuple(initiatives),
        statements=tuple(statements),
    )
