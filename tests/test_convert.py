import json
from typing import Any

import pytest

import indo_us_dialogue as iud

EVIDENCE = iud.Evidence(source="source/003-test", start=10, end=18, text="New Delhi")


def _meeting(**overrides: Any) -> iud.Meeting:
    values: dict[str, Any] = {
        "id": "meeting/2023-11-10-ministerial",
        "kind": iud.MeetingKind.MINISTERIAL,
        "name": "India-US 2+2 Ministerial Dialogue",
        "date": iud.DateClaim(
            value=iud.PartialDate.parse("2023-11-10"),
            basis=iud.DateBasis.INFERRED,
            reasoning="The report is dated 2023-11-10 and says the ministers met 'on Friday', which that day was.",
            evidence=(EVIDENCE,),
        ),
        "venue": iud.Venue(mode=iud.AttendanceMode.IN_PERSON, place="New Delhi", country="IN", evidence=(EVIDENCE,)),
        "participants": (
            iud.Participation(official="official/s-jaishankar", role=iud.Role.CO_CHAIR, evidence=(EVIDENCE,)),
        ),
        "sources": ("source/003-test",),
        "evidence": (EVIDENCE,),
        "notes": "Non-ASCII survives: “quotes”, en dash –, देवनागरी.",
    }
    values.update(overrides)
    return iud.Meeting(**values)


def test_round_trip_is_lossless() -> None:
    """A record survives to_json/from_json and to_dict/from_dict unchanged."""
    meeting = _meeting()
    assert iud.from_json(iud.to_json(meeting), iud.Meeting) == meeting
    assert iud.from_dict(iud.to_dict(meeting), iud.Meeting) == meeting
    assert iud.from_json(iud.to_json([meeting, meeting]), list[iud.Meeting]) == [meeting, meeting]


def test_to_json_is_deterministic_utf8_in_field_order() -> None:
    """Equal records give identical text: keys in field order, non-ASCII unescaped, a final newline."""
    first, second = iud.to_json(_meeting()), iud.to_json(_meeting())
    assert first == second
    assert first.endswith("}\n")
    assert "देवनागरी" in first
    assert list(json.loads(first)) == [
        "id", "kind", "status", "fulfilled_by", "name", "ordinal", "date",
        "date_bounds", "venue", "participants",
        "parties", "topics", "initiatives", "links", "sources", "evidence", "coding", "notes",
    ]  # fmt: skip


def test_from_json_accepts_bytes_and_a_leading_byte_order_mark() -> None:
    """UTF-8 bytes are read as text, and a UTF-8 BOM at the start is ignored."""
    text = iud.to_json(_meeting())
    assert iud.from_json(text.encode(), iud.Meeting) == _meeting()
    assert iud.from_json(b"\xef\xbb\xbf" + text.encode(), iud.Meeting) == _meeting()


def test_optional_fields_may_be_omitted_but_unknown_ones_may_not() -> None:
    """Fields with defaults can be left out of the JSON; keys the schema does not know are errors."""
    minimal = {
        "id": "meeting/2022-04-ministerial",
        "kind": "ministerial",
        "name": "2+2 Ministerial Dialogue of April 2022",
        "sources": ["source/000-test"],
        "evidence": [iud.to_dict(EVIDENCE)],
    }
    meeting = iud.from_dict(minimal, iud.Meeting)
    assert meeting.date is None
    assert meeting.participants == ()
    with pytest.raises(iud.ValidationError) as caught:
        iud.from_dict({**minimal, "venue_city": "Washington"}, iud.Meeting)
    assert [(p.path, p.rule) for p in caught.value.problems] == [("$", "schema.additionalProperties")]


def test_errors_list_every_problem_with_its_json_path() -> None:
    """One ValidationError carries every problem of a nested document, each at its own JSON path."""
    document = json.loads(iud.to_json(iud.Dataset(version="1.0.0", meetings=(_meeting(),))))
    meeting = document["meetings"][0]
    meeting["date"]["value"] = "2023-02-30"
    meeting["participants"][0]["role"] = "chairman"
    meeting["venue"]["country"] = "India"
    del meeting["sources"]
    document["statements"] = [{"id": "statement/x"}]
    with pytest.raises(iud.ValidationError) as caught:
        iud.from_json(json.dumps(document), iud.Dataset)
    found = {(p.path, p.rule) for p in caught.value.problems}
    assert found == {
        ("$.meetings[0]", "schema.required"),
        ("$.meetings[0].date.value", "date.calendar"),
        ("$.meetings[0].participants[0].role", "schema.enum"),
        ("$.meetings[0].venue.country", "schema.enum"),
        ("$.statements[0]", "schema.required"),
    }
    assert all(p.record_id == "meeting/2023-11-10-ministerial" for p in caught.value.problems if "meetings" in p.path)
    message = str(caught.value)
    assert "$.meetings[0].date.value" in message
    assert '"2023-02-30" is not valid: expected a real calendar date' in message


def test_nullable_field_errors_explain_the_non_null_branch() -> None:
    """A wrong value in an 'X or null' field is reported as what is wrong with X, not as a vague anyOf."""
    document = iud.to_dict(_meeting())
    document["venue"]["mode"] = "hybrid"
    with pytest.raises(iud.ValidationError) as caught:
        iud.from_dict(document, iud.Meeting)
    (problem,) = caught.value.problems
    assert (problem.path, problem.rule) == ("$.venue.mode", "schema.enum")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("", "json.syntax"),
        ('{"version": "1.0.0"', "json.syntax"),
        ('{"version": NaN}', "json.syntax"),
        ('{"version": "1.0.0", "version": "2.0.0"}', "json.duplicate-key"),
        (b'{"version": "\xff"}', "json.encoding"),
        ("[" * 100_000 + "]" * 100_000, "json.depth"),
    ],
)
def test_malformed_json_is_a_validation_error_not_a_traceback(text: str | bytes, rule: str) -> None:
    """Text that is not strict JSON raises ValidationError with a rule naming the problem."""
    with pytest.raises(iud.ValidationError) as caught:
        iud.from_json(text, iud.Dataset)
    assert [p.rule for p in caught.value.problems] == [rule]


def test_huge_integers_are_reported_at_their_path() -> None:
    """An integer literal with thousands of digits is rejected at its own path, without Python's digit-limit error."""
    document = iud.to_json(iud.Dataset(version="1.0.0", meetings=(_meeting(),)))
    document = document.replace('"start": 10', '"start": ' + "9" * 5000, 1)
    with pytest.raises(iud.ValidationError) as caught:
        iud.from_json(document, iud.Dataset)
    paths = {p.path for p in caught.value.problems}
    assert paths == {"$.meetings[0].date.evidence[0].start"}


def test_unsupported_target_types_are_refused_clearly() -> None:
    """from_json names the supported targets when given something else."""
    with pytest.raises(TypeError, match="use a record class"):
        iud.from_json("{}", dict)


def test_nesting_that_parses_but_is_too_deep_to_check_is_a_validation_error() -> None:
    """A value nested nearly as deep as the parser allows is reported as json.depth, not a RecursionError."""
    deep = "[" * 900 + "]" * 900
    text = '{"version": "1.0.0", "officials": [{"aliases": [' + deep + ", " + deep + "]}]}"
    with pytest.raises(iud.ValidationError) as caught:
        iud.from_json(text, iud.Dataset)
    assert [p.rule for p in caught.value.problems] == ["json.depth"]
