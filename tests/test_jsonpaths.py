"""Tests for ``indo_us_dialogue._io.jsonpaths``: JSONPaths and their RFC 6901 JSON Pointers."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indo_us_dialogue._io.jsonpaths import json_path, json_pointer

steps = st.lists(st.one_of(st.integers(min_value=0, max_value=10**6), st.text()), max_size=6)


@given(steps)
def test_the_pointer_of_a_path_names_the_same_steps(path_steps: list[str | int]) -> None:
    """json_pointer(json_path(steps)) is '/'-joined steps with '~' as '~0' and '/' as '~1' (RFC 6901)."""
    expected = "".join("/" + str(s).replace("~", "~0").replace("/", "~1") for s in path_steps)
    assert json_pointer(json_path(path_steps)) == expected


def test_a_path_in_another_notation_is_refused() -> None:
    """Text that is not a JSONPath of plain steps raises ValueError rather than giving a wrong pointer."""
    for bad in ("meetings[0]", "$.meetings[x]", "$..date"):
        with pytest.raises(ValueError, match="JSONPath"):
            json_pointer(bad)
