"""indo_us_dialogue: the India-US "2+2" dialogues as typed, evidence-backed records.

Quick tour::

    >>> import indo_us_dialogue as iud
    >>> data = iud.load_dataset()
    >>> text = iud.to_json(data)
    >>> iud.from_json(text, iud.Dataset) == data
    True
    >>> data.lookup("jaishankar").id
    'official/s-jaishankar'

See README.md and docs/ for the data model and the editorial rules.
"""

import typing as _typing

from ._errors import AmbiguousRecordError, IndoUsDialogueError, Problem, RecordNotFoundError, ValidationError
from ._hypothesis_plugin import register_type_strategies as _register_with_hypothesis
from ._io.convert import (
    configure_converter,
    from_dict,
    from_json,
    make_converter,
    to_dict,
    to_json,
    to_json_bytes,
)
from ._io.packaged import load_dataset
from ._model.dates import DatePrecision, PartialDate
from ._model.enums import (
    AttendanceMode,
    Channel,
    DateBasis,
    FactKind,
    InitiativeKind,
    InitiativeStatus,
    LinkRelation,
    MeetingKind,
    MeetingStatus,
    OrganisationKind,
    PloverCategory,
    Role,
    SpeechMode,
)
from ._model.records import (
    RECORD_TYPES,
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
    Record,
    SameRemark,
    Source,
    Speaker,
    Statement,
    TextClaim,
    Venue,
)
from ._query.timeline import TimelineEntry
from ._validation.jsonl import validate_jsonl
from ._validation.validate import Report, validate
from ._version import DATASET_VERSION, __version__

if _typing.TYPE_CHECKING:
    from ._schema.registry import schema, schema_names

#: Public names loaded on first use (see __getattr__).
_LAZY = ("schema", "schema_names")

__all__ = [
    "DATASET_VERSION",
    "RECORD_TYPES",
    "AmbiguousRecordError",
    "AttendanceMode",
    "Channel",
    "Dataset",
    "DateBasis",
    "DateBounds",
    "DateClaim",
    "DatePrecision",
    "EventCoding",
    "Evidence",
    "FactKind",
    "IndoUsDialogueError",
    "Initiative",
    "InitiativeFact",
    "InitiativeKind",
    "InitiativeMention",
    "InitiativeStatus",
    "LinkRelation",
    "Meeting",
    "MeetingKind",
    "MeetingLink",
    "MeetingStatus",
    "Official",
    "OrdinalClaim",
    "Organisation",
    "OrganisationKind",
    "PartialDate",
    "Participation",
    "Party",
    "PloverCategory",
    "Position",
    "Problem",
    "Record",
    "RecordNotFoundError",
    "Report",
    "Role",
    "SameRemark",
    "Source",
    "Speaker",
    "SpeechMode",
    "Statement",
    "TextClaim",
    "TimelineEntry",
    "ValidationError",
    "Venue",
    "__version__",
    "configure_converter",
    "from_dict",
    "from_json",
    "load_dataset",
    "make_converter",
    "schema",
    "schema_names",
    "to_dict",
    "to_json",
    "to_json_bytes",
    "validate",
    "validate_jsonl",
]


def __getattr__(name: str) -> object:
    # The schemas need jsonschema and referencing, which take longer to import than
    # the rest of the package: they load on first use, not with the package.
    if name in _LAZY:
        from ._schema import registry  # noqa: PLC0415

        value: object = getattr(registry, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Make st.from_type(Meeting) work when Hypothesis was imported first; this
# imports neither Hypothesis nor the strategies (see _hypothesis_plugin).
_register_with_hypothesis()
