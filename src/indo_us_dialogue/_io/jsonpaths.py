"""Finding where in a document its JSON-level problems are.

The strict parser (:func:`indo_us_dialogue._jsonio.loads`) stops at the first
duplicate key or ``NaN`` and cannot say where it was: Python's JSON parser
builds objects bottom-up, without paths. When that happens the text is parsed
again leniently, keeping markers where the problems are, and the markers are
found with their JSON paths, so every duplicate key and every non-finite
number is reported at its own path.
"""

import json
import re
from collections.abc import Sequence
from typing import Any

from .._errors import Problem
from .convert import _record_id
from .jsonio import _parse_int

__all__ = ["json_path", "json_pointer", "locate_json_problems"]

# The same notation jsonschema's error.json_path uses, so both stages agree.
_PLAIN_KEY = re.compile(r"^[a-zA-Z][a-zA-Z0-9_]*$")


def json_path(steps: Sequence["str | int"]) -> str:
    """The JSONPath of a value reached by ``steps`` (keys and indexes): ``$.meetings[0].date``."""
    path = "$"
    for step in steps:
        if isinstance(step, int):
            path += f"[{step}]"
        elif _PLAIN_KEY.match(step):
            path += f".{step}"
        else:
            escaped = step.replace("\\", "\\\\").replace("'", "\\'")
            path += f"['{escaped}']"
    return path


_STEP = re.compile(r"\.([a-zA-Z][a-zA-Z0-9_]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]")


def json_pointer(path: str) -> str:
    """The RFC 6901 JSON Pointer of a :func:`json_path`: ``$.meetings[0].date`` gives ``/meetings/0/date``.

    >>> json_pointer("$['a/b~c'][2]")
    '/a~1b~0c/2'

    Raises:
        ValueError: ``path`` is not in the notation :func:`json_path` writes.
    """
    if not path.startswith("$"):
        raise ValueError(f"not a JSONPath: {path!r}")
    pointer, position = "", 1
    while position < len(path):
        match = _STEP.match(path, position)
        if match is None:
            raise ValueError(f"not a JSONPath of plain steps: {path!r}")
        plain, index, quoted = match.groups()
        step = plain or index or re.sub(r"\\(.)", r"\1", quoted or "")
        pointer += "/" + step.replace("~", "~0").replace("/", "~1")
        position = match.end()
    return pointer


class _Object(dict[str, Any]):
    """A parsed object that remembers the keys it had more than once."""

    duplicates: list[str]


class _NonFinite:
    """Stands in for ``NaN``, ``Infinity`` or ``-Infinity``."""

    def __init__(self, name: str) -> None:
        self.name = name


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object()
    result.duplicates = []
    for key, value in pairs:
        if key in result and key not in result.duplicates:
            result.duplicates.append(key)
        result[key] = value
    return result


def _steps(entry: "tuple[Any, Any, str | int] | None") -> list["str | int"]:
    steps: list[str | int] = []
    while entry is not None and entry[1] is not None:
        steps.append(entry[2])
        entry = entry[1]
    return steps[::-1]


def locate_json_problems(text: str) -> list[Problem] | None:
    """Every duplicate key and non-finite number in ``text``, at its path; None if ``text`` does not parse leniently."""
    try:
        root = json.loads(text, object_pairs_hook=_object, parse_constant=_NonFinite, parse_int=_parse_int)
    except (ValueError, RecursionError):
        return None
    found: list[tuple[list[str | int], str, str]] = []
    # Iterative, with each entry linked to its parent: documents may nest
    # nearly as deep as the recursion limit, and paths are built only when needed.
    stack: list[tuple[Any, Any, str | int]] = [(root, None, "")]
    while stack:
        entry = stack.pop()
        node = entry[0]
        if isinstance(node, _Object):
            for key in node.duplicates:
                found.append(([*_steps(entry), key], "json.duplicate-key", f"duplicate key {key!r} in one object"))
            stack.extend((value, entry, key) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((value, entry, index) for index, value in reversed(list(enumerate(node))))
        elif isinstance(node, _NonFinite):
            message = f"{node.name} is not valid JSON (JSON has no NaN or Infinity)"
            found.append((_steps(entry), "json.syntax", message))
    return [
        Problem(path=json_path(steps), message=message, rule=rule, record_id=_record_id(root, steps))
        for steps, rule, message in found
    ]
