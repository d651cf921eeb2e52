"""Hypothesis strategies for every record type, and for whole consistent datasets.

For your own property-based tests (install ``indo-us-dialogue[testing]``)::

    from hypothesis import given
    from indo_us_dialogue import strategies as iuds

    @given(iuds.meetings(kind="ministerial", country="IN"))
    def test_export_keeps_the_venue(meeting):
        ...

Every generated value is valid: it matches its JSON Schema, and its own fields
keep the semantic rules of ``docs/validation-rules.md`` that can be kept
without the rest of a dataset (evidence offsets fit the span, an inferred date
has reasoning, a quotation's first span is its text, ...). :func:`datasets`
keeps every rule across records too, and with ``sources="packaged"`` cuts
every evidence span from the seeds shipped in the package. Free text is drawn
from ASCII, typographic punctuation and Devanagari, never from the characters
that make mojibake.

Strategies are derived from the field declarations of the classes: a new field
is generated without a change here; only the rules that tie fields together
are written out. Once the package is installed,
``hypothesis.strategies.from_type(Meeting)`` uses them (see ``docs/strategies.md``).

This module only re-exports; the work is done in private modules by subject:
``_derive`` (strategies from field nodes), ``_dates``, ``_builders`` (records
whose fields a rule ties together), ``_records`` (the public record
strategies), ``_datasets``, ``_documents`` (real source texts) and ``_types``
(the one table of per-type strategies).
"""

from ._datasets import datasets
from ._dates import partial_dates
from ._derive import SAFE_TEXT_ALPHABET, country_codes, ids
from ._records import (
    date_bounds,
    date_claims,
    event_codings,
    evidence,
    initiative_facts,
    initiative_mentions,
    initiatives,
    meeting_links,
    meetings,
    officials,
    ordinal_claims,
    organisations,
    participations,
    parties,
    positions,
    same_remarks,
    sources,
    speakers,
    statements,
    text_claims,
    venues,
)

__all__ = [
    "SAFE_TEXT_ALPHABET",
    "country_codes",
    "datasets",
    "date_bounds",
    "date_claims",
    "event_codings",
    "evidence",
    "ids",
    "initiative_facts",
    "initiative_mentions",
    "initiatives",
    "meeting_links",
    "meetings",
    "officials",
    "ordinal_claims",
    "organisations",
    "partial_dates",
    "participations",
    "parties",
    "positions",
    "same_remarks",
    "sources",
    "speakers",
    "statements",
    "text_claims",
    "venues",
]
