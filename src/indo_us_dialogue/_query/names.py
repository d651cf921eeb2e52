"""Finding records by id, name or alias, however the name is typed.

A key is compared after :func:`normalise`: case folded, accents removed and
punctuation turned into spaces, so ``"Jaishankar"``, ``"s jaishankar"``,
``"S. JAISHANKAR"`` and ``"official/s-jaishankar"`` all reach the same record.
The index is derived from the records when it is first used (pycountry's
way): nothing is typed twice, and a new record type with a ``name`` or
``aliases`` field is found by name with no change here.

Resolution order, first hit wins:

1. the exact id;
2. the id or its slug (``s-jaishankar``), normalised;
3. a name, alias, acronym or expansion, normalised. If one normalised name
   belongs to several records, the key is ambiguous and
   :class:`~indo_us_dialogue.AmbiguousRecordError` names every candidate:
   guessing would silently attach facts to the wrong person.
"""

import difflib
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import attrs

from .._errors import AmbiguousRecordError, RecordNotFoundError
from .._model.nodes import Array, Optional, Text, fields_of
from .._model.records import GROUPS

__all__ = ["NAME_FIELDS", "NameIndex", "display_name", "normalise", "record_names"]

#: Fields whose text names the record they belong to (besides its id).
NAME_FIELDS = ("name", "aliases", "acronym", "expansion")
_NOT_WORD = re.compile(r"[\W_]+")
_SUGGESTIONS = 5


def normalise(text: str) -> str:
    """``text`` folded for matching: no case, no accents, words separated by one space.

    >>> normalise("  Éla  Ratner's ")
    'ela ratner s'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", bare).strip()


def _is_text(node: Any) -> bool:
    match node:
        case Text():
            return True
        case Optional(inner=inner) | Array(item=inner):
            return _is_text(inner)
        case _:
            return False


def _class(record: Any) -> type:
    cls: type = type(record)
    return cls


def record_names(record: Any) -> Iterator[str]:
    """Every name a record goes by: the values of its :data:`NAME_FIELDS`, in declaration order."""
    for field in fields_of(_class(record)):
        if field.name not in NAME_FIELDS or not _is_text(field.node):
            continue
        value = getattr(record, field.name)
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            yield from value


def display_name(record: Any) -> str:
    """The name to show people: its first name, else its first text field (a statement's words), else its id."""
    names = list(record_names(record))
    if names:
        return names[0]
    for field in fields_of(_class(record)):
        value = getattr(record, field.name)
        if isinstance(field.node, Text) and isinstance(value, str):
            return value
    return str(getattr(record, "id", record))


@attrs.frozen
class NameIndex:
    """Every record of a dataset by exact id, normalised id or slug, and normalised name."""

    by_id: dict[str, Any]
    by_key: dict[str, tuple[str, ...]]

    @classmethod
    def build(cls, dataset: Any) -> "NameIndex":
        """Index every record of every group of ``dataset``."""
        by_id: dict[str, Any] = {}
        slugs: dict[str, list[str]] = {}
        names: dict[str, list[str]] = {}
        for group in GROUPS:
            for record in getattr(dataset, group.name):
                by_id.setdefault(record.id, record)
                for key in (record.id, record.id.partition("/")[2]):
                    _add(slugs, normalise(key), record.id)
                for name in record_names(record):
                    _add(names, normalise(name), record.id)
        # Ids and slugs come first: a name never shadows a record's own id.
        by_key = {key: tuple(ids) for key, ids in names.items()}
        by_key.update({key: tuple(ids) for key, ids in slugs.items()})
        return cls(by_id=by_id, by_key=by_key)

    def find(self, key: str) -> Any | None:
        """The record ``key`` names, or None.

        Raises:
            AmbiguousRecordError: ``key`` is a name several records share.
        """
        if key in self.by_id:
            return self.by_id[key]
        ids = self.by_key.get(normalise(key), ())
        if len(ids) > 1:
            raise AmbiguousRecordError(key, ids)
        return self.by_id[ids[0]] if ids else None

    def lookup(self, key: str) -> Any:
        """The record ``key`` names.

        Raises:
            RecordNotFoundError: nothing is called ``key``; the message names the closest matches.
            AmbiguousRecordError: ``key`` is a name several records share.
        """
        found = self.find(key)
        if found is not None:
            return found
        suggestions = self.closest(key)
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        raise RecordNotFoundError(f"no record with id, name or alias {key!r}{hint}", key=key, suggestions=suggestions)

    def closest(self, key: str) -> tuple[str, ...]:
        """Ids of the records whose ids, names or aliases are closest to ``key``, best first."""
        matches = difflib.get_close_matches(normalise(key), list(self.by_key), n=3 * _SUGGESTIONS, cutoff=0.6)
        ids: dict[str, None] = {}
        for match in matches:
            ids.update(dict.fromkeys(self.by_key[match]))
        return tuple(ids)[:_SUGGESTIONS]


def _add(index: dict[str, list[str]], key: str, record_id: str) -> None:
    if key and record_id not in index.setdefault(key, []):
        index[key].append(record_id)
