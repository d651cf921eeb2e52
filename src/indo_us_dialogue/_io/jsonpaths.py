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
from collections.abc import Iterator, Sequence
from typing import Any

from .._errors import Problem, ValidationError
from .._model.records import GROUPS
from . import jsonio
from .jsonio import _parse_int

__all__ = ["json_path", "json_pointer", "loads", "locate_json_problems", "record_id", "unrepresentable_problems"]

_GROUP_NAMES = frozenset(group.name for group in GROUPS)
# A lone surrogate: a str can hold one (JSON's "\ud800" escape makes it), UTF-8 cannot.
# Integers longer than this many bits may have more digits than Python turns into text.
_MAX_INTEGER_BITS = int(jsonio.MAX_INTEGER_DIGITS * 3.32)
_SURROGATE = re.compile("[\ud800-\udfff]")

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
            # A lone surrogate in a key is shown as its escape, so that the path can be printed.
            path += f"['{escaped.encode('utf-8', 'backslashreplace').decode('utf-8')}']"
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


def _record_position(steps: Sequence["str | int"]) -> bool:
    # Records stand at the top (one record), at [i] (a list of records) or at
    # .<group>[i] (a dataset); a dict with an "id" anywhere else is not a record.
    match steps:
        case () | (int(),):
            return True
        case (str(group), int()):
            return group in _GROUP_NAMES
    return False


def record_id(document: Any, path: Sequence["str | int"]) -> str | None:
    """The id of the innermost record that contains the value at ``path`` (keys and indexes), if it has one."""
    found = None
    node = document
    for depth in range(len(path) + 1):
        if depth:
            try:
                node = node[path[depth - 1]]
            except (KeyError, IndexError, TypeError):
                break
        if isinstance(node, dict) and isinstance(node.get("id"), str) and _record_position(path[:depth]):
            found = node["id"]
    # An id holding a lone surrogate is shown escaped, so that problems can be printed.
    return None if found is None else found.encode("utf-8", "backslashreplace").decode("utf-8")


def unrepresentable_problems(document: Any, limit: int | None = None) -> list[Problem]:
    r"""Every value in ``document`` that could never be written out again.

    - ``text.encoding``: a key or string holding a lone surrogate. JSON can
      spell one (``"\\ud800"``) and Python's parser reads it, but UTF-8 cannot
      hold it: to_json's output would not encode.
    - ``schema.type``: an integer (given as parsed data) longer than Python
      turns into text (4300 digits); read from JSON text it would not have
      become an integer at all (:class:`jsonio.OversizedInteger`).

    At most ``limit`` problems are returned, if a limit is given.
    """
    found: list[Problem] = []
    for entry in _entries(document):
        if limit is not None and len(found) >= limit:
            return found[:limit]
        node = entry[0]
        if isinstance(node, str):
            where = _SURROGATE.search(node)
            if where is not None:
                found.append(_surrogate_problem(document, _steps(entry), f"U+{ord(where.group()):04X}", where.start()))
        elif isinstance(node, dict):
            for key in node:
                if isinstance(key, str) and (bad := _SURROGATE.search(key)) is not None:
                    steps = [*_steps(entry), key]
                    found.append(_surrogate_problem(document, steps, f"U+{ord(bad.group()):04X}", bad.start(), "key"))
        elif isinstance(node, int) and node.bit_length() > _MAX_INTEGER_BITS:
            steps = _steps(entry)
            message = f"an integer of more than {jsonio.MAX_INTEGER_DIGITS} digits is not a valid value anywhere"
            found.append(
                Problem(
                    path=json_path(steps), message=message, rule="schema.type", record_id=record_id(document, steps)
                )
            )
    return found


def _surrogate_problem(document: Any, steps: list["str | int"], code: str, offset: int, what: str = "text") -> Problem:
    message = f"the {what} holds a lone surrogate ({code}) at character {offset}: it is not a Unicode character "
    message += "and cannot be written as UTF-8"
    return Problem(path=json_path(steps), message=message, rule="text.encoding", record_id=record_id(document, steps))


#: A value, the entry of its parent (None at the top) and its key or index there.
_Entry = tuple[Any, Any, "str | int"]


def _children(entry: _Entry) -> Iterator[_Entry]:
    node = entry[0]
    if isinstance(node, dict):
        return ((value, entry, key) for key, value in node.items())
    if isinstance(node, (list, tuple)):
        return ((value, entry, index) for index, value in enumerate(node))
    return iter(())


def _entries(root: Any) -> Iterator[_Entry]:
    """Every value in ``root`` with its parent chain, in document order.

    Iterative (documents may nest nearly as deep as the recursion limit) and
    lazy: memory grows with the depth, not with the size of arrays and objects
    (a stack of every item of a million-item array cost 150 bytes an item).
    Paths are built from the parent chain only when needed.
    """
    top: _Entry = (root, None, "")
    yield top
    stack = [_children(top)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        yield entry
        if isinstance(entry[0], (dict, list, tuple)):
            stack.append(_children(entry))


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
    for entry in _entries(root):
        node = entry[0]
        if isinstance(node, _Object):
            for key in node.duplicates:
                found.append(
                    ([*_steps(entry), key], "json.duplicate-key", f"duplicate key {jsonio.quoted(key)} in one object")
                )
        elif isinstance(node, _NonFinite):
            message = f"{node.name} is not valid JSON (JSON has no NaN or Infinity)"
            found.append((_steps(entry), "json.syntax", message))
    return [
        Problem(path=json_path(steps), message=message, rule=rule, record_id=record_id(root, steps))
        for steps, rule, message in found
    ]


def loads(data: "str | bytes | bytearray") -> Any:
    """Parse one JSON document strictly (:func:`jsonio.loads`), every duplicate key and ``NaN`` reported at its path.

    Raises:
        ValidationError: as :func:`jsonio.loads`, with each problem at its own path where the text allows.
    """
    try:
        return jsonio.loads(data)
    except ValidationError as exc:
        problems = list(exc.problems)
        if problems[0].rule in ("json.duplicate-key", "json.syntax"):
            text = bytes(data).decode("utf-8") if isinstance(data, (bytes, bytearray)) else data
            problems = locate_json_problems(text.removeprefix("\ufeff")) or problems
        raise ValidationError(problems, summary="not valid JSON") from None
