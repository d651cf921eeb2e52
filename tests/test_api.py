import indo_us_dialogue


def test_all_is_exactly_the_public_names() -> None:
    """__all__ lists every public name the package defines and nothing private (ruff keeps it sorted)."""
    public = {name for name in vars(indo_us_dialogue) if not name.startswith("_")} | {"__version__"}
    modules = {name for name, value in vars(indo_us_dialogue).items() if type(value).__name__ == "module"}
    assert set(indo_us_dialogue.__all__) == public - modules
    assert len(indo_us_dialogue.__all__) == len(set(indo_us_dialogue.__all__))


def test_every_exported_record_type_has_a_schema() -> None:
    """schema() knows every record class the package exports."""
    for cls in indo_us_dialogue.RECORD_TYPES:
        assert indo_us_dialogue.schema(cls)["title"] == cls.__name__
