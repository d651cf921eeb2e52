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

from typing import TYPE_CHECKING as _TYPE_CHECKING

from ._errors import AmbiguousRecordError, IndoUsDialogueError, Problem, RecordNotFoundError, ValidationError
from ._hypothesis_plugin import register_type_strategies as _register_with_hypothesis
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
from ._version import DATASET_VERSION, __version__

if _TYPE_CHECKING:
    from ._io.convert import configure_converter, from_dict, from_json, make_converter, to_dict, to_json, to_json_bytes
    from ._query.timeline import TimelineEntry
    from ._schema.registry import schema, schema_names
    from ._validation.jsonl import validate_jsonl
    from ._validation.validate import Report, validate

#: Public names loaded on first use (see __getattr__), with the module each comes from.
#: Conversion needs the schema writer and the fast path (and cattrs when first
#: structuring), validation jsonschema and the rules: together they take longer
#: to import than the package and its dataset, which need none of them.
_LAZY = {
    "Report": "._validation.validate",
    "TimelineEntry": "._query.timeline",
    "configure_converter": "._io.convert",
    "from_dict": "._io.convert",
    "from_json": "._io.convert",
    "make_converter": "._io.convert",
    "schema": "._schema.registry",
    "schema_names": "._schema.registry",
    "to_dict": "._io.convert",
    "to_json": "._io.convert",
    "to_json_bytes": "._io.convert",
    "validate": "._validation.validate",
    "validate_jsonl": "._validation.jsonl",
}

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
    # Called only for names not yet in the module: each lazy name is imported once,
    # then kept in the module's namespace like any other.
    if name in _LAZY:
        from importlib import import_module  # noqa: PLC0415

        value: object = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


# Make st.from_type(Meeting) work when Hypothesis was imported first; this
# imports neither Hypothesis nor the strategies (see _hypothesis_plugin).
_register_with_hypothesis()
