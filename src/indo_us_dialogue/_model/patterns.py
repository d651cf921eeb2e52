"""Regular expressions with ECMA-262 meaning, as JSON Schema defines ``pattern``.

The record classes, the schemas and the strategies share these patterns, so
Python must read them the way validators in other languages do.
"""

import functools
import re

__all__ = ["ECMA_SPACE_CHARACTERS", "JSON_SAFE_INTEGER", "NON_BLANK", "ecma_search", "id_pattern", "python_regex"]

#: The largest integer every JSON parser reads exactly (2**53 - 1); the bound of
#: every integer field, so that a record means the same in every language.
JSON_SAFE_INTEGER = 2**53 - 1

#: A pattern that any text with at least one non-space character matches.
NON_BLANK = r"\S"


# The repeated part of every id pattern. Each repetition is decided by the next
# character alone (a "-" is taken only with the letter or digit after it), so no
# match ever needs to give a repetition back.
_ID_STEP = "(?:-?[a-z0-9])*"
_ID_START = "[a-z0-9]"
# What python_regex matches an id's body with: the same texts, faster, in constant memory.
_PYTHON_ID_BODY = "[a-z0-9]++(?:-[a-z0-9]++)*+"


def id_pattern(kind: str) -> str:
    """The pattern of ids of one record type: ``meeting/2023-11-10-ministerial``."""
    # Written with one level of repetition (not [a-z0-9]+(?:-[a-z0-9]+)*) so that
    # backtracking engines match it in linear time; tests/test_patterns.py checks.
    return rf"^{kind}/{_ID_START}{_ID_STEP}$"


#: ECMA-262's WhiteSpace and LineTerminator code points: what "\s" means there.
#: Python's "\s" differs (it adds U+001C-U+001F and U+0085, and lacks U+FEFF).
#: A text matches NON_BLANK exactly when ``text.strip(ECMA_SPACE_CHARACTERS)`` is not empty.
ECMA_SPACE_CHARACTERS = (
    "\t\n\v\f\r \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_ECMA_SPACE = "".join(f"\\u{ord(character):04x}" for character in ECMA_SPACE_CHARACTERS)
# ECMA-262's "\d", "\w" and "." (without the u and s flags), spelled out for Python,
# whose "\d" and "\w" also match non-ASCII digits and letters and whose "." matches "\r".
_ECMA_CLASSES = {"s": _ECMA_SPACE, "d": "0-9", "w": "A-Za-z0-9_"}
_ECMA_DOT = r"[^\n\r\u2028\u2029]"


def _ecma_to_python(pattern: str) -> str:
    """Rewrite the escapes whose meaning differs between ECMA-262 and Python's re."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escaped = pattern[index + 1]
            index += 2
            body = _ECMA_CLASSES.get(escaped.lower())
            if body is None:
                out.append(char + escaped)
            elif not in_class:
                out.append(f"[{body}]" if escaped.islower() else f"[^{body}]")
            elif escaped.islower():
                out.append(body)
            else:
                raise ValueError(f"negated class escape \\{escaped} inside [...] is not supported: {pattern!r}")
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == "." and not in_class:
            char = _ECMA_DOT
        out.append(char)
        index += 1
    return "".join(out)


@functools.cache
def python_regex(pattern: str) -> re.Pattern[str]:
    r"""The JSON Schema ``pattern`` compiled for Python's ``re``, to be applied with ``search``.

    In Python ``$`` also matches before a final newline, in ECMA-262 only at the
    very end; ``\s``, ``\d``, ``\w`` and ``.`` mean different sets of characters.
    """
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    # Python's re keeps a backtracking record for every repetition of a group:
    # about 120 bytes per character, 5.8 GB for a 50 MB id. The id is matched
    # instead as runs of letters and digits between single hyphens, every
    # repetition possessive (Python 3.11): no record is kept, and each run is
    # consumed by re's fast loop for one character class (an id is checked in
    # 60% of the time). No run or repetition ever needs to be given back, since
    # "-" ends a run and only a run follows it, so the texts matched are the same.
    pattern = pattern.replace(_ID_START + _ID_STEP, _PYTHON_ID_BODY)
    return re.compile(_ecma_to_python(pattern))


def ecma_search(pattern: str, text: str) -> bool:
    r"""Whether ``text`` matches the JSON Schema ``pattern``, searched as ECMA-262 would.

    ``$``, ``\s``, ``\d``, ``\w`` and ``.`` keep their ECMA-262 meaning, so Python agrees
    with JSON Schema validators in other languages.
    """
    return python_regex(pattern).search(text) is not None
