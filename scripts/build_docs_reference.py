"""Write docs/reference/records.md: every record type, generated from the JSON Schemas.

    python scripts/build_docs_reference.py           # rewrite the page
    python scripts/build_docs_reference.py --check   # exit 1 if the committed page is stale

Every field of every record type reachable from ``schemas/dataset.schema.json``
is listed with its type, constraints and description, and each type gets a real
example taken from the curated dataset. References between schemas are resolved
by the referenced file's name, so both ``urn:indo-us-dialogue:schema:meeting``
and ``meeting.schema.json`` (or ``definitions.schema.json#/$defs/x``) work.
"""

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import indo_us_dialogue as iud

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
PAGE = ROOT / "docs" / "reference" / "records.md"
ROOT_SCHEMA = "dataset"
#: Arrays in examples are cut to this many items, to keep a page readable.
EXAMPLE_ITEMS = 2

Schema = dict[str, Any]


def _stem(file_name: str) -> str:
    return file_name.removesuffix(".json").removesuffix(".schema")


def load_schemas(folder: Path = SCHEMAS) -> dict[str, Schema]:
    """Every ``*.schema.json`` in ``folder``, keyed by file stem (``meeting``)."""
    return {_stem(p.name): json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.schema.json"))}


class Resolver:
    """Resolves ``$ref``s between the schema files by the referenced file's name."""

    def __init__(self, schemas: dict[str, Schema]) -> None:
        self.schemas = schemas

    def resolve(self, ref: str, current: str) -> tuple[str, str | None, Schema]:
        """``(file stem, $defs name or None, subschema)`` that ``ref`` (seen in ``current``) points to.

        Raises:
            KeyError: no schema file or definition matches the reference.
        """
        base, _, fragment = ref.partition("#")
        # urn:indo-us-dialogue:schema:meeting, meeting.schema.json, https://.../meeting.schema.json
        stem = _stem(base.rsplit("/", 1)[-1].rsplit(":", 1)[-1]) if base else current
        if stem not in self.schemas:
            raise KeyError(f"$ref {ref!r} in {current}.schema.json: no schemas/{stem}.schema.json")
        node = self.schemas[stem]
        if not fragment:
            return stem, None, node
        parts = [p.replace("~1", "/").replace("~0", "~") for p in fragment.strip("/").split("/")]
        for part in parts:
            node = node[part]
        return stem, parts[-1] if parts[:1] == ["$defs"] else None, node


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def reachable(resolver: Resolver, root: str = ROOT_SCHEMA) -> tuple[list[str], dict[str, list[str]]]:
    """Record schemas reachable from ``root`` (breadth first) and the definitions each file provides."""
    records, queue = [root], [root]
    definitions: dict[str, list[str]] = {}
    while queue:
        current = queue.pop(0)
        for ref in _refs(resolver.schemas[current]):
            stem, def_name, _ = resolver.resolve(ref, current)
            if def_name is not None:
                definitions.setdefault(stem, [])
                if def_name not in definitions[stem]:
                    definitions[stem].append(def_name)
            elif stem not in records:
                records.append(stem)
                queue.append(stem)
    return records, definitions


def _anchor(stem: str, def_name: str | None) -> str:
    return f"def-{def_name.lower()}" if def_name else stem


def _code(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    # A Markdown code span (so brackets in patterns are not taken for links); the table
    # extension does not split cells at pipes inside code spans.
    fence = "``" if "`" in text else "`"
    return f"{fence} {text} {fence}" if fence == "``" else f"`{text}`"


class Describer:
    """Turns one (sub)schema into a type phrase and a list of constraints."""

    #: Enums longer than this are summarised in field tables and listed in full under definitions.
    SHORT_ENUM = 12

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver

    def type_of(self, node: Schema, current: str) -> str:
        """A readable type: ``string``, ``array of [Evidence](#evidence)``, ``[DateClaim](#dateclaim) or null``."""
        if "$ref" in node:
            stem, def_name, target = self.resolver.resolve(node["$ref"], current)
            label = def_name or target.get("title", stem)
            return f"[{label}](#{_anchor(stem, def_name)})"
        for key in ("anyOf", "oneOf"):
            if key in node:
                return " or ".join(self.type_of(option, current) for option in node[key])
        if "const" in node:
            return _code(node["const"])
        if "enum" in node:
            return "enum"
        kind = node.get("type", "any")
        if kind == "array":
            return "array of " + self.type_of(node.get("items", {}), current)
        return " or ".join(kind) if isinstance(kind, list) else str(kind)

    def constraints(self, node: Schema) -> list[str]:
        """The node's own constraints (not those of what it references), one phrase each."""
        found = []
        if "enum" in node:
            values = node["enum"]
            if len(values) <= self.SHORT_ENUM:
                found.append("one of " + ", ".join(_code(v) for v in values))
            else:
                found.append(f"one of {len(values)} values")
        phrases = {
            "pattern": "matches {}",
            "format": "format {}",
            "minLength": "at least {} characters",
            "maxLength": "at most {} characters",
            "minimum": "≥ {}",
            "maximum": "≤ {}",
            "exclusiveMinimum": "> {}",
            "exclusiveMaximum": "< {}",
            "minItems": "at least {} items",
            "maxItems": "at most {} items",
        }
        for key, phrase in phrases.items():
            if key in node:
                found.append(phrase.format(_code(node[key])))
        if node.get("uniqueItems"):
            found.append("items unique")
        if "items" in node:
            found.extend(f"items: {c}" for c in self.constraints(node["items"]))
        if "default" in node:
            found.append("default " + _code(node["default"]))
        return found


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "&#124;")


def _field_table(schema: Schema, stem: str, describer: Describer) -> list[str]:
    required = set(schema.get("required", []))
    lines = ["| field | type | required | constraints | description |", "| --- | --- | --- | --- | --- |"]
    for name, node in schema.get("properties", {}).items():
        lines.append(
            f"| `{name}` | {describer.type_of(node, stem)} | {'yes' if name in required else 'no'} | "
            f"{'; '.join(describer.constraints(node)) or '–'} | {_cell(node.get('description', ''))} |"
        )
    if schema.get("additionalProperties") is False:
        lines += ["", "No other fields are allowed."]
    return lines


def collect_instances(resolver: Resolver, stem: str, node: Schema, value: Any, found: dict[str, list[Any]]) -> None:
    """Walk ``value`` along ``node`` and append every value a whole record schema describes to ``found``."""
    if value is None:
        return
    if "$ref" in node:
        target_stem, def_name, target = resolver.resolve(node["$ref"], stem)
        if def_name is None:
            found.setdefault(target_stem, []).append(value)
        collect_instances(resolver, target_stem, target, value, found)
        return
    for key in ("anyOf", "oneOf"):
        for option in node.get(key, []):
            collect_instances(resolver, stem, option, value, found)
    if isinstance(value, dict):
        for name, sub in node.get("properties", {}).items():
            collect_instances(resolver, stem, sub, value.get(name), found)
    elif isinstance(value, list) and "items" in node:
        for item in value:
            collect_instances(resolver, stem, node["items"], item, found)


def _filled(value: Any) -> int:
    return sum(1 for v in value.values() if v not in (None, [], "")) if isinstance(value, dict) else 0


def best_example(instances: list[Any]) -> Any:
    """The instance with the most filled-in fields; among those, the shortest."""
    return max(instances, key=lambda v: (_filled(v), -len(json.dumps(v, ensure_ascii=False))))


def shortened(value: Any) -> tuple[Any, bool]:
    """``value`` with every array cut to ``EXAMPLE_ITEMS`` items, and whether anything was cut."""
    if isinstance(value, list):
        items = [shortened(v) for v in value[:EXAMPLE_ITEMS]]
        return [v for v, _ in items], len(value) > EXAMPLE_ITEMS or any(cut for _, cut in items)
    if isinstance(value, dict):
        pairs = {k: shortened(v) for k, v in value.items()}
        return {k: v for k, (v, _) in pairs.items()}, any(cut for _, cut in pairs.values())
    return value, False


def _example(value: Any, title: str) -> list[str]:
    example, cut = shortened(value)
    note = f" (arrays cut to their first {EXAMPLE_ITEMS} items)" if cut else ""
    body = json.dumps(example, indent=2, ensure_ascii=False).splitlines()
    return (
        [f'??? example "A real {title} from the curated data{note}"', "", "    ```json"]
        + [f"    {line}" for line in body]
        + ["    ```"]
    )


def _dataset_summary(data: dict[str, Any]) -> list[str]:
    counts = ", ".join(f"{len(v)} {k}" for k, v in data.items() if isinstance(v, list))
    return [f"The curated dataset is itself the example: version `{data['version']}`, {counts}."]


def render(schemas: dict[str, Schema], data: dict[str, Any]) -> str:
    """The whole reference page, as Markdown."""
    resolver = Resolver(schemas)
    describer = Describer(resolver)
    records, definitions = reachable(resolver)
    found: dict[str, list[Any]] = {}
    collect_instances(resolver, ROOT_SCHEMA, schemas[ROOT_SCHEMA], data, found)

    lines = [
        "<!-- Generated by scripts/build_docs_reference.py from schemas/*.schema.json and the curated data;",
        "     do not edit. tests/test_docs_reference.py fails when this page is stale. -->",
        "",
        "# Record types",
        "",
        "Every record type of the dataset, generated from its JSON Schema (Draft 2020-12) in",
        "`schemas/`. Types link to the record type or shared definition they refer to; every",
        "example is a real record from the curated data. Evidence offsets are 0-based",
        "**code-point** offsets into the normalised text of a source (see",
        "[Using the JSON from other languages](../other-languages.md)).",
        "",
    ]
    for stem in records:
        schema = schemas[stem]
        title = schema.get("title", stem)
        lines += [f"## {title} {{#{stem}}}", "", _cell(schema.get("description", "")), ""]
        lines += [f"Schema file: `schemas/{stem}.schema.json`.", ""]
        lines += _field_table(schema, stem, describer)
        lines.append("")
        if stem == ROOT_SCHEMA:
            lines += [*_dataset_summary(data), ""]
        elif stem in found:
            lines += [*_example(best_example(found[stem]), title), ""]
    for stem, names in definitions.items():
        schema = schemas[stem]
        lines += [f"## {schema.get('title', stem)} {{#{stem}}}", "", _cell(schema.get("description", "")), ""]
        lines += [f"Schema file: `schemas/{stem}.schema.json`.", ""]
        for name in sorted(names, key=str.lower):
            node = schema["$defs"][name]
            lines += [f"### {name} {{#{_anchor(stem, name)}}}", "", _cell(node.get("description", "")), ""]
            lines.append(f"Type: {describer.type_of(node, stem)}.")
            if "enum" in node:
                lines += ["", "Values: " + ", ".join(f"`{v}`" for v in node["enum"]) + "."]
            other = [c for c in describer.constraints(node) if not c.startswith("one of ")]
            if other:
                lines += ["", "Constraints: " + "; ".join(other) + "."]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def current_page() -> str:
    """The page as generated from the schemas in ``schemas/`` and the installed package's data."""
    return render(load_schemas(), iud.to_dict(iud.load_dataset()))


def main(argv: list[str] | None = None) -> int:
    """Write the page, or with ``--check`` report whether the committed one is stale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/reference/records.md is stale")
    args = parser.parse_args(argv)
    page = current_page()
    if args.check:
        if not PAGE.exists() or PAGE.read_text(encoding="utf-8") != page:
            print(f"{PAGE} is stale: run python scripts/build_docs_reference.py", file=sys.stderr)
            return 1
        return 0
    PAGE.parent.mkdir(parents=True, exist_ok=True)
    PAGE.write_text(page, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
