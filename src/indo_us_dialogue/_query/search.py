"""Full-text search over records, best match first.

Every piece of text in a record is searched (names, aliases, titles, topics,
statement texts, labels, notes) except the quoted evidence spans, which repeat
the source rather than describe the record. Text is compared after
:func:`~.names.normalise`, so case and accents do not matter.

A record's score adds up, over its texts, how well each matches: the whole
query as a phrase counts more than its words scattered about, and a match in a
name counts more than one in other text. Records that miss a word of the query
in all their texts are left out. Ties keep dataset order.
"""

from collections.abc import Iterator
from typing import Any

import attrs

from .._model.nodes import Nested, Text
from .._model.records import GROUPS, Evidence
from .._model.walk import walk_record
from .names import NAME_FIELDS, normalise

__all__ = ["Hit", "search"]

_NAME_WEIGHT = 3
_PHRASE_BONUS = 2


@attrs.frozen
class Hit:
    """A record that matches a search, with its score (higher is better)."""

    record: Any
    score: int


def _texts(record: Any) -> Iterator[tuple[bool, str]]:
    """``(is_name, normalised text)`` for every text in ``record`` outside its evidence."""
    inside_evidence: list[str] = []
    for path, node, value in walk_record(record):
        if isinstance(node, Nested) and node.cls is Evidence:
            inside_evidence.append(path)
        if isinstance(node, Text) and isinstance(value, str) and not any(path.startswith(p) for p in inside_evidence):
            field = path.rsplit(".", 1)[-1].split("[", 1)[0]
            yield path.count(".") == 1 and field in NAME_FIELDS, normalise(value)


def _score(record: Any, phrase: str, words: list[str]) -> int:
    score = 0
    seen: set[str] = set()
    for is_name, text in _texts(record):
        padded = f" {text} "
        found = [word for word in words if f" {word}" in padded]
        seen.update(found)
        weight = _NAME_WEIGHT if is_name else 1
        score += weight * len(found)
        if f" {phrase} " in padded:
            score += weight * _PHRASE_BONUS * len(words)
    return score if seen == set(words) else 0


def search(dataset: Any, text: str) -> tuple[Hit, ...]:
    """Records whose texts contain every word of ``text`` (as a word or the start of one), best first."""
    phrase = normalise(text)
    words = list(dict.fromkeys(phrase.split()))
    if not words:
        return ()
    hits = [
        Hit(record, score)
        for group in GROUPS
        for record in getattr(dataset, group.name)
        if (score := _score(record, phrase, words)) > 0
    ]
    return tuple(sorted(hits, key=lambda hit: -hit.score))
