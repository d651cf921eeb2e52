import functools
import json
from typing import Any

import attrs
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

import indo_us_dialogue as iud
from indo_us_dialogue import strategies as iuds
from indo_us_dialogue._schema.registry import validator_for
from indo_us_dialogue.strategies._types import strategy_for
from tests.helpers import values_in
from tests.mutations import Breakage, breakages, mutated, replaced
from tests.strict_structure import accepts

TYPES = list(iud.RECORD_TYPES)
# Datasets are the slowest values to generate and to validate; their tests run fewer examples.
FEWER = settings(max_examples=min(settings().max_examples, 60))


def _records(cls: type) -> st.SearchStrategy[Any]:
    # The table's strategies, called directly, so that these properties do not depend on from_type.
    return strategy_for(cls)


def _settings(cls: type) -> settings:
    return FEWER if cls is iud.Dataset else settings()


def _type_id(cls: type) -> str:
    return cls.__name__


def _json(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False)


def _from_json_accepts(document: Any, cls: type) -> bool:
    """Whether from_json accepts the document; a refusal must come from the schema, never from cattrs."""
    try:
        iud.from_json(_json(document), cls)
    except iud.ValidationError as error:
        problems = error.problems
    else:
        return True
    # "model" means the schema accepted what the classes refused: the two disagree.
    assert [p for p in problems if p.rule == "model"] == []
    return False


@pytest.mark.parametrize("cls", TYPES, ids=_type_id)
def test_round_trips_are_lossless_and_json_is_deterministic(cls: type) -> None:
    """from_json(to_json(x)) == x and from_dict(to_dict(x)) == x, and equal records give identical JSON text."""

    @_settings(cls)
    @given(_records(cls))
    def check(value: Any) -> None:
        text = iud.to_json(value)
        back = iud.from_json(text, cls)
        assert back == value
        assert iud.from_dict(iud.to_dict(value), cls) == value
        assert iud.to_json(back) == text
        assert iud.to_json(value) == text
        assert iud.from_json(iud.to_json([value, value], indent=None), list[cls]) == [value, value]

    check()


@FEWER
@given(iuds.datasets(consistent=False))
def test_inconsistent_datasets_round_trip_too(data: iud.Dataset) -> None:
    """Conversion does not depend on the semantic rules: any schema-valid dataset round-trips."""
    assert iud.from_json(iud.to_json(data), iud.Dataset) == data


@pytest.mark.parametrize("cls", TYPES, ids=_type_id)
def test_every_generated_record_validates_against_its_schema(cls: type) -> None:
    """to_dict(x) is valid against the JSON Schema of x's type, for every generated x."""

    @_settings(cls)
    @given(_records(cls))
    def check(value: Any) -> None:
        assert list(validator_for(cls).iter_errors(iud.to_dict(value))) == []

    check()


@pytest.mark.parametrize("cls", TYPES, ids=_type_id)
def test_schema_and_classes_agree_on_mutated_documents(cls: type) -> None:
    """For generated documents, intact or with one node changed, the schema, from_json and the classes agree."""

    @_settings(cls)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        document = iud.to_dict(data.draw(_records(cls), label="record"))
        document = data.draw(st.just(document) | mutated(document), label="document")
        verdict = validator_for(cls).is_valid(document)
        event("valid" if verdict else "invalid")
        assert _from_json_accepts(document, cls) == verdict
        assert accepts(document, cls) == verdict

    check()


@pytest.mark.parametrize("cls", TYPES, ids=_type_id)
def test_certain_breakages_are_refused_by_schema_and_classes(cls: type) -> None:
    """Each change the field declarations forbid (a dropped required key, 2023-02-30, ...) is refused by all three."""

    @_settings(cls)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        document = iud.to_dict(data.draw(_records(cls), label="record"))
        kind, path, value = data.draw(st.sampled_from(breakages(document, cls)), label="breakage")
        broken = replaced(document, path, value)
        event(kind)
        assert not validator_for(cls).is_valid(broken)
        assert not accepts(broken, cls)
        with pytest.raises(iud.ValidationError) as caught:
            iud.from_json(_json(broken), cls)
        assert all(p.rule.startswith("schema.") or p.rule == "date.calendar" for p in caught.value.problems)

    check()


JSON_KEYS = sorted({a.name for cls in TYPES for a in attrs.fields(cls)})
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(JSON_KEYS) | st.text(), children, max_size=6)
    ),
    max_leaves=20,
)


@pytest.mark.parametrize("cls", TYPES, ids=_type_id)
def test_schema_and_classes_agree_on_arbitrary_json(cls: type) -> None:
    """For any JSON value at all, the schema, from_json and the classes give the same verdict."""

    @given(JSON_VALUES)
    def check(document: Any) -> None:
        verdict = validator_for(cls).is_valid(document)
        assert _from_json_accepts(document, cls) == verdict
        assert accepts(document, cls) == verdict

    check()


# --- the curated dataset satisfies the same properties ------------------------


@functools.cache
def _curated_document() -> Any:
    return iud.to_dict(iud.load_dataset())


@functools.cache
def _curated_breakages() -> list[Breakage]:
    return breakages(_curated_document(), iud.Dataset)


def test_curated_dataset_round_trips_deterministically() -> None:
    """The packaged dataset survives to_json/from_json and to_dict/from_dict, and re-encodes to the same text."""
    data = iud.load_dataset()
    text = iud.to_json(data)
    assert iud.from_json(text, iud.Dataset) == data
    assert iud.from_dict(iud.to_dict(data), iud.Dataset) == data
    assert iud.to_json(iud.from_json(text, iud.Dataset)) == text


def test_every_curated_record_validates_against_its_own_schema() -> None:
    """The packaged dataset, and each record nested in it, is valid against its own type's schema and round-trips."""
    records = [item for item in values_in(iud.load_dataset()) if type(item) in iud.RECORD_TYPES]
    for record in records:
        document = iud.to_dict(record)
        assert list(validator_for(type(record)).iter_errors(document)) == [], record
        assert iud.from_dict(document, type(record)) == record


@given(st.data())
def test_schema_and_classes_agree_on_mutations_of_the_curated_dataset(data: st.DataObject) -> None:
    """The curated dataset with one node changed gets the same verdict from the schema, from_json and the classes."""
    document = data.draw(mutated(_curated_document()))
    verdict = validator_for(iud.Dataset).is_valid(document)
    assert _from_json_accepts(document, iud.Dataset) == verdict
    assert accepts(document, iud.Dataset) == verdict


@given(st.data())
def test_certain_breakages_of_the_curated_dataset_are_refused(data: st.DataObject) -> None:
    """Every change the field declarations forbid, made to the curated dataset, is refused by schema and classes."""
    kind, path, value = data.draw(st.sampled_from(_curated_breakages()))
    broken = replaced(_curated_document(), path, value)
    event(kind)
    assert not validator_for(iud.Dataset).is_valid(broken)
    assert not accepts(broken, iud.Dataset)
    assert not _from_json_accepts(broken, iud.Dataset)
