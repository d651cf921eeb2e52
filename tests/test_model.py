import functools
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue._model.nodes import Nested
from indo_us_dialogue._model.walk import walk_record

EVIDENCE = iud.Evidence(source="source/000-test", start=0, end=4, text="Test")


def _valid(cls: type, **overrides: Any) -> Any:
    base: dict[type, dict[str, Any]] = {
        iud.Evidence: {"source": "source/000-test", "start": 0, "end": 4, "text": "Test"},
        iud.Official: {"id": "official/s-jaishankar", "name": "S Jaishankar", "country": "IN", "evidence": (EVIDENCE,)},
        iud.Position: {"title": "External Affairs Minister", "country": "IN", "evidence": (EVIDENCE,)},
        iud.OrdinalClaim: {"value": 6, "evidence": (EVIDENCE,)},
        iud.Venue: {"mode": iud.AttendanceMode.VIRTUAL, "evidence": (EVIDENCE,)},
        iud.Dataset: {"version": "1.0.0"},
    }
    return cls(**{**base[cls], **overrides})


@pytest.mark.parametrize(
    ("cls", "overrides", "message"),
    [
        (iud.Evidence, {"source": "000-test"}, "does not match"),
        (iud.Evidence, {"start": -1}, ">= 0"),
        (iud.Evidence, {"start": True}, "expected int"),
        (iud.Evidence, {"end": 2**53}, "<= 9007199254740991"),
        (iud.Evidence, {"text": ""}, "at least 1 characters"),
        (iud.Official, {"id": "meeting/s-jaishankar"}, "does not match"),
        (iud.Official, {"id": "official/S-Jaishankar"}, "does not match"),
        (iud.Official, {"id": "official/s--jaishankar"}, "does not match"),
        (iud.Official, {"id": "official/s-jaishankar-"}, "does not match"),
        (iud.Official, {"id": "official/s-jaishankar\n"}, "does not match"),
        (iud.Official, {"name": "   "}, "does not match"),
        (iud.Official, {"country": "XX"}, "ISO 3166-1"),
        (iud.Official, {"country": "in"}, "ISO 3166-1"),
        (iud.Official, {"aliases": ["Jaishankar"]}, "expected tuple"),
        (iud.Official, {"aliases": ("Jaishankar", "Jaishankar")}, "unique"),
        (iud.Official, {"evidence": ()}, "at least 1 item"),
        (iud.Official, {"evidence": ("not evidence",)}, "item 0: expected Evidence"),
        (iud.Position, {"attested": "2023-11-10"}, "expected PartialDate"),
        (iud.OrdinalClaim, {"value": 0}, ">= 1"),
        (iud.Venue, {"mode": "virtual"}, "expected AttendanceMode"),
        (iud.Dataset, {"version": "1.0"}, "does not match"),
    ],
)
def test_construction_rejects_invalid_values(cls: type, overrides: dict[str, Any], message: str) -> None:
    """A record whose field breaks its declared type or constraint cannot be constructed."""
    with pytest.raises((TypeError, ValueError), match=message):
        _valid(cls, **overrides)


def test_records_are_frozen_slotted_and_keyword_only() -> None:
    """Records cannot be changed after construction, have no __dict__, and take keyword arguments only."""
    official = _valid(iud.Official)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        official.name = "Someone else"
    assert not hasattr(official, "__dict__")
    with pytest.raises(TypeError):
        iud.Evidence("source/000-test", 0, 4, "Test")  # type: ignore[misc]


def test_every_field_of_every_record_is_described() -> None:
    """Each field declares a description (it becomes the schema's 'description')."""
    from indo_us_dialogue._model.nodes import fields_of

    for cls in iud.RECORD_TYPES:
        for field in fields_of(cls):
            assert field.description.strip(), f"{cls.__name__}.{field.name}"


def test_dataset_lookup_and_get() -> None:
    """Dataset.lookup finds a record by id and raises a LookupError for an unknown one; get returns a default."""
    official = _valid(iud.Official)
    data = _valid(iud.Dataset, officials=(official,))
    assert data.lookup("official/s-jaishankar") is official
    assert data.get("official/nobody") is None
    with pytest.raises(LookupError, match="official/nobody"):
        data.lookup("official/nobody")


@functools.cache
def _twin_class(cls: type) -> type:
    """A plain attrs class with the name and fields of a record class, and the methods attrs generates."""
    return attrs.make_class(cls.__name__, [attribute.name for attribute in attrs.fields(cls)], frozen=True)


def _attrs_twin(record: Any) -> Any:
    """The record's values in an instance of its twin class."""
    return _twin_class(type(record))(*(getattr(record, a.name) for a in attrs.fields(type(record))))


def test_every_packaged_record_prints_and_hashes_as_attrs_would_generate() -> None:
    """Every record in the dataset, of every class, has the repr attrs gives, equals (and hashes as) a copy, pickles."""
    classes = set()
    for _, node, value in walk_record(iud.load_dataset()):
        if isinstance(node, Nested):
            classes.add(type(value))
            assert repr(value) == repr(_attrs_twin(value))
            copy = attrs.evolve(value)
            assert copy == value
            assert not copy != value  # noqa: SIM202 - != is a method of its own
            assert hash(copy) == hash(value)
            assert value != _attrs_twin(value)
    assert classes == set(iud.RECORD_TYPES)
    assert pickle.loads(pickle.dumps(iud.load_dataset())) == iud.load_dataset()  # noqa: S301 - our own bytes


@given(data=st.data())
def test_records_are_equal_exactly_when_their_fields_are(data: st.DataObject) -> None:
    """Two records of a class are == (and not !=) exactly when attrs classes with their fields would be."""
    cls = data.draw(st.sampled_from([cls for cls in iud.RECORD_TYPES if cls is not iud.Dataset]))
    one = data.draw(st.from_type(cls))
    other = data.draw(st.one_of(st.from_type(cls), st.just(attrs.evolve(one))))
    assert (one == other) == (_attrs_twin(one) == _attrs_twin(other))
    assert (one != other) == (_attrs_twin(one) != _attrs_twin(other))
    if one == other:
        assert hash(one) == hash(other)
