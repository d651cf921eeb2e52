"""The one table of per-type strategies: record class to strategy builder.

Every record type (and ``PartialDate``) has exactly one entry. The public
strategies, the strategies of nested fields, whole datasets and
``hypothesis.strategies.from_type`` (through :func:`strategy_for`) all draw
from it. A record type without rules that tie its fields together is built
from its field declarations alone (:func:`~._derive.builds`); a new record type
is one entry here.
"""

import functools
from typing import Any

from hypothesis.strategies import SearchStrategy

from .._model.dates import PartialDate
from .._model.records import (
    Dataset,
    DateBounds,
    DateClaim,
    EventCoding,
    Evidence,
    Initiative,
    InitiativeFact,
    InitiativeMention,
    Meeting,
    MeetingLink,
    Official,
    OrdinalClaim,
    Organisation,
    Participation,
    Party,
    Position,
    SameRemark,
    Source,
    Speaker,
    Statement,
    TextClaim,
    Venue,
)
from . import _builders
from ._datasets import datasets_within
from ._dates import partial_dates_between
from ._derive import Builder, Context, builds

__all__ = ["FOR_TYPE", "strategy_for"]


def _dates_within(context: Context) -> SearchStrategy[PartialDate]:
    return partial_dates_between(*context.dates)


FOR_TYPE: dict[type, Builder] = {
    PartialDate: _dates_within,
    Evidence: _builders.evidence,
    TextClaim: functools.partial(builds, TextClaim),
    DateClaim: _builders.date_claim,
    DateBounds: _builders.date_bounds,
    OrdinalClaim: functools.partial(builds, OrdinalClaim),
    Venue: functools.partial(builds, Venue),
    Organisation: functools.partial(builds, Organisation),
    Position: functools.partial(builds, Position),
    Official: functools.partial(builds, Official),
    Participation: functools.partial(builds, Participation),
    Party: functools.partial(builds, Party),
    MeetingLink: functools.partial(builds, MeetingLink),
    EventCoding: functools.partial(builds, EventCoding),
    Meeting: _builders.meeting,
    InitiativeMention: functools.partial(builds, InitiativeMention),
    InitiativeFact: functools.partial(builds, InitiativeFact),
    Initiative: functools.partial(builds, Initiative),
    Speaker: _builders.speaker,
    SameRemark: functools.partial(builds, SameRemark),
    Statement: _builders.statement,
    Source: _builders.source,
    Dataset: datasets_within,
}


def strategy_for(cls: type) -> SearchStrategy[Any]:
    """The strategy for ``cls`` with no constraints: what ``st.from_type(cls)`` gives."""
    return FOR_TYPE[cls](Context())
