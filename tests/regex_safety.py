"""Measuring how deeply a regular expression nests unbounded repetition.

A pattern whose unbounded repeats never contain other unbounded repeats (star
height <= 1) cannot backtrack exponentially; every pattern in our schemas is
written that way.
"""

import re._parser as sre_parse  # the stdlib's own regex parser
from typing import Any

_UNBOUNDED = sre_parse.MAXREPEAT


def _height(items: Any) -> int:
    best = 0
    for op, arg in items:
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
            _low, high, body = arg
            inner = _height(body)
            best = max(best, inner + (1 if high == _UNBOUNDED or (high > 1 and inner) else 0))
        elif op is sre_parse.SUBPATTERN:
            best = max(best, _height(arg[-1]))
        elif op is sre_parse.BRANCH:
            best = max(best, *(_height(branch) for branch in arg[1]))
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            best = max(best, _height(arg[1]))
    return best


def star_height(pattern: str) -> int:
    """How many unbounded repetitions nest inside each other at the deepest point."""
    return _height(sre_parse.parse(pattern))
