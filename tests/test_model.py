from typing import Any

import attrs
import pytest

import indo_us_dialogue as iud

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
