import indo_us_dialogue


def test_all_is_exactly_the_public_names() -> None:
    """__all__ lists every public name the package defines or loads on first use, and nothing private."""
    public = {name for name in vars(indo_us_dialogue) if not name.startswith("_")} | {"__version__"}
    public |= set(indo_us_dialogue._LAZY)
    modules = {name for name, value in vars(indo_us_dialogue).items() if type(value).__name__ == "module"}
    assert set(indo_us_dialogue.__all__) == public - modules
    assert len(indo_us_dialogue.__all__) == len(set(indo_us_dialogue.__all__))


def test_every_exported_record_type_has_a_schema() -> None:
    """schema() knows every record class the package exports."""
    for cls in indo_us_dialogue.RECORD_TYPES:
        assert indo_us_dialogue.schema(cls)["title"] == cls.__name__


def test_import_loads_neither_jsonschema_nor_msgspec() -> None:
    """Importing the package and loading the packaged dataset imports neither jsonschema nor msgspec."""
    import subprocess
    import sys

    code = (
        "import sys, indo_us_dialogue as i; i.load_dataset(); "
        "print(sorted({'jsonschema', 'msgspec'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_lazy_names_are_the_registry_functions() -> None:
    """The lazily loaded schema and schema_names are the schema registry's functions."""
    from indo_us_dialogue._schema import registry

    assert indo_us_dialogue.schema is registry.schema
    assert indo_us_dialogue.schema_names is registry.schema_names
