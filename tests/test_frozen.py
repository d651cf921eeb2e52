"""Tests for ``indo_us_dialogue._model.frozen``: classes made by ``frozen`` behave as ``attrs.frozen`` makes them."""

import copy
import pickle
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._model.frozen import frozen
from indo_us_dialogue._model.nodes import Array, Optional, fields_of


def _classes(make: Callable[[type], type], make_kw_only: Callable[[type], type]) -> tuple[type, type, type]:
    """Classes of two fields, one keyword-only field and no field, each made by ``make`` (or ``make_kw_only``)."""

    class Pair:
        """Two values."""

        left: Any
        right: int = 0

    class Single:
        """One value, given by keyword."""

        only: Any

    class Empty:
        """No value."""

    return make(Pair), make_kw_only(Single), make(Empty)


OURS = _classes(frozen, frozen(kw_only=True))
THEIRS = _classes(attrs.frozen, attrs.frozen(kw_only=True))
TWIN = dict(zip(OURS, THEIRS, strict=True))

# Values whose equality has no surprises (no NaN: attrs compares field by field, a tuple by identity first).
plain = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5), lambda inner: st.tuples(inner, inner), max_leaves=4
)


@st.composite
def objects(draw: st.DrawFn) -> tuple[Any, Any]:
    """An object of one of our classes, and its twin made by attrs with the same values."""
    index = draw(st.integers(0, len(OURS) - 1))
    values = {attribute.name: draw(plain) for attribute in attrs.fields(OURS[index])}
    return OURS[index](**values), THEIRS[index](**values)


@given(objects(), objects())
def test_repr_and_equality_are_those_attrs_generates(first: tuple[Any, Any], second: tuple[Any, Any]) -> None:
    """repr, == and != give what the same class made by attrs.frozen gives, for two, one or no fields."""
    (one, one_twin), (other, other_twin) = first, second
    assert repr(one) == repr(one_twin)
    assert (one == other) == (one_twin == other_twin)
    assert (one != other) == (one_twin != other_twin)
    if one == other:
        assert hash(one) == hash(other)
    assert one != one_twin


def test_classes_stay_frozen_slotted_and_matchable() -> None:
    """Classes refuse assignment, have slots, and keep attrs' __match_args__ (none when keyword-only)."""
    pair_cls, single_cls, _ = OURS
    pair = pair_cls(1, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        pair.left = 3
    assert not hasattr(pair, "__dict__")
    assert pair_cls.__match_args__ == TWIN[pair_cls].__match_args__ == ("left", "right")
    assert single_cls.__match_args__ == TWIN[single_cls].__match_args__ == ()
    match pair:
        case pair_cls(left, right=2):  # type: ignore[misc]
            assert left == 1
        case _:
            pytest.fail("a frozen class matches by position")


def _every_node() -> list[Any]:
    nodes = [field.node for cls in iud.RECORD_TYPES for field in fields_of(cls)]
    nodes += [node.inner for node in nodes if isinstance(node, Optional)]
    nodes += [node.item for node in nodes if isinstance(node, Array)]
    return sorted(set(nodes), key=repr)


@pytest.mark.parametrize("node", _every_node(), ids=repr)
def test_field_nodes_print_compare_and_copy_as_attrs_would_generate(node: Any) -> None:
    """Every field node prints as its attrs twin, and equals (and hashes as) its evolved, copied and pickled copies."""
    names = [a.name for a in attrs.fields(type(node))]
    twin = attrs.make_class(type(node).__name__, names, frozen=True)(*(getattr(node, n) for n in names))
    assert repr(node) == repr(twin)
    for same in (attrs.evolve(node), copy.deepcopy(node), pickle.loads(pickle.dumps(node))):  # noqa: S301 - our bytes
        assert same == node
        assert not same != node  # noqa: SIM202 - != is a method of its own
        assert hash(same) == hash(node)
