import pytest

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


def test_import_and_load_dataset_leave_the_heavy_modules_unloaded() -> None:
    """Importing the package and loading its dataset imports no converter, validator, schema, strategy or pathlib."""
    import subprocess
    import sys

    heavy = [
        "cattrs",
        "jsonschema",
        "msgspec",
        "hypothesis",
        "importlib.resources",
        "pathlib",
        "calendar",
        "indo_us_dialogue._io.convert",
        "indo_us_dialogue._schema.registry",
        "indo_us_dialogue._validation",
        "indo_us_dialogue._query.timeline",
        "indo_us_dialogue.strategies",
    ]
    code = f"import sys, indo_us_dialogue as i; i.load_dataset(); print(sorted(set({heavy!r}) & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_lazy_names_are_their_modules_objects() -> None:
    """Each name loaded on first use is the object its module defines, and dir() lists it before its first use."""
    import importlib

    assert set(indo_us_dialogue._LAZY) <= set(dir(indo_us_dialogue))
    for name, module in indo_us_dialogue._LAZY.items():
        assert getattr(indo_us_dialogue, name) is getattr(importlib.import_module(module, "indo_us_dialogue"), name)
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        indo_us_dialogue.nothing  # noqa: B018 - the attribute access is the test
