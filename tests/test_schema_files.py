"""The files in schemas/ as other ecosystems' tools read them: plain files, offline, no registry set up by hand.

Python tools (check-jsonschema, datamodel-code-generator) come with the ``test``
extra. The JavaScript ones (Ajv, json-schema-to-typescript, tsc) come from
``tools/package-lock.json``: ``.ci/run`` runs ``npm ci --prefix tools``; without
it, or without Node, those tests are skipped with that reason. Every tool runs
with its proxies pointed at a closed port, so one that tried the network would fail.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from indo_us_dialogue._schema.generate import BUNDLE_FILE_NAME, build_schemas

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
BUNDLE = SCHEMAS / BUNDLE_FILE_NAME
DATASET = ROOT / "src" / "indo_us_dialogue" / "data" / "dataset.json"
TOOLS = ROOT / "tools"
NODE = shutil.which("node")
ROOT_SCHEMAS = [SCHEMAS / "dataset.schema.json", BUNDLE]

#: Any attempt to fetch a schema over HTTP(S) goes to a closed port and fails.
OFFLINE = {**os.environ, "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""}
OFFLINE |= {key.lower(): value for key, value in OFFLINE.items() if key.endswith("_PROXY")}


def _run(*args: "str | Path", cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in args], cwd=cwd, env=OFFLINE, capture_output=True, text=True, timeout=300, check=False
    )


def _broken_dataset(tmp_path: Path) -> Path:
    """The curated dataset with a meeting id and an evidence offset that no schema allows."""
    document = json.loads(DATASET.read_text(encoding="utf-8"))
    document["meetings"][0]["id"] = "meeting/Not A Slug"
    document["statements"][0]["evidence"][0]["start"] = -1
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if "$ref" in node else []
        return own + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


@pytest.mark.parametrize("name", sorted(build_schemas()))
def test_refs_name_files_beside_the_schema_or_its_own_defs(name: str) -> None:
    """No file has an $id; every $ref is a file in the same folder or a pointer into the same file."""
    path = SCHEMAS / name
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert '"$id"' not in path.read_text(encoding="utf-8")
    for ref in _refs(schema):
        file_part, _, pointer = ref.partition("#")
        assert ":" not in file_part, ref
        assert "/" not in file_part, ref
        target = json.loads((path.parent / file_part).read_text(encoding="utf-8")) if file_part else schema
        for key in filter(None, pointer.split("/")):
            target = target[key]
        assert isinstance(target, dict), ref
    if name == BUNDLE_FILE_NAME:
        assert all(ref.startswith("#/$defs/") for ref in _refs(schema))


@pytest.mark.parametrize("schema", ROOT_SCHEMAS, ids=lambda p: p.name)
def test_check_jsonschema_validates_with_the_files_as_shipped(schema: Path, tmp_path: Path) -> None:
    """check-jsonschema --schemafile accepts the curated dataset and reports both faults of a broken one."""
    accepted = _run(sys.executable, "-m", "check_jsonschema", "--schemafile", schema, DATASET)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    broken = _broken_dataset(tmp_path)
    refused = _run(sys.executable, "-m", "check_jsonschema", "--schemafile", schema, broken)
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "$.meetings[0].id" in refused.stdout
    assert "$.statements[0].evidence[0].start" in refused.stdout


_LOAD_WITH_GENERATED_MODELS = """
import json, sys
from pydantic import ValidationError
import {module} as models
text = open(sys.argv[1], encoding="utf-8").read()
dataset = models.Dataset.model_validate_json(text)
print(len(dataset.meetings), len(dataset.statements))
try:
    models.Dataset.model_validate_json(open(sys.argv[2], encoding="utf-8").read())
except ValidationError as exc:
    print(sorted(".".join(map(str, e["loc"])) for e in exc.errors()))
"""


@pytest.mark.parametrize(
    ("schema", "output"), [(SCHEMAS / "dataset.schema.json", "iud_models"), (BUNDLE, "iud_models.py")]
)
def test_datamodel_codegen_models_load_the_curated_data(schema: Path, output: str, tmp_path: Path) -> None:
    """datamodel-codegen turns the schemas into pydantic models that load the curated data and refuse broken data."""
    generated = _run(
        "datamodel-codegen",
        *("--input", schema, "--input-file-type", "jsonschema", "--output-model-type", "pydantic_v2.BaseModel"),
        *("--output", tmp_path / output),
    )
    assert generated.returncode == 0, generated.stderr
    script = _LOAD_WITH_GENERATED_MODELS.format(module="iud_models")
    loaded = _run(sys.executable, "-c", script, DATASET, _broken_dataset(tmp_path), cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    counts, errors = loaded.stdout.splitlines()
    document = json.loads(DATASET.read_text(encoding="utf-8"))
    assert counts == f"{len(document['meetings'])} {len(document['statements'])}"
    assert errors == str(sorted(["meetings.0.id", "statements.0.evidence.0.start"]))


def _needs_node_tools() -> None:
    if NODE is None:
        pytest.skip("node is not installed")
    if not (TOOLS / "node_modules" / ".package-lock.json").is_file():
        pytest.skip("the JavaScript tools are not installed: run `npm ci --prefix tools` (as .ci/run does)")


@pytest.mark.parametrize("schema", ROOT_SCHEMAS, ids=lambda p: p.name)
def test_ajv_validates_with_the_files_as_shipped(schema: Path, tmp_path: Path) -> None:
    """Ajv (Draft 2020-12, strict) accepts the curated dataset and reports both faults of a broken one."""
    _needs_node_tools()
    assert NODE is not None
    result = _run(NODE, TOOLS / "ajv-validate.mjs", schema, DATASET, _broken_dataset(tmp_path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{DATASET}: valid" in result.stdout
    assert "/meetings/0/id must match pattern" in result.stdout
    assert "/statements/0/evidence/0/start must be >= 0" in result.stdout


def test_typescript_types_from_the_schemas_type_check_the_curated_data(tmp_path: Path) -> None:
    """json-schema-to-typescript's types accept the curated dataset under tsc --strict and refuse an unknown kind."""
    _needs_node_tools()
    bin_dir = TOOLS / "node_modules" / ".bin"
    # json2ts resolves relative $refs against --cwd (default: the current directory), not the input file.
    for schema, out in ((SCHEMAS / "dataset.schema.json", "files.d.ts"), (BUNDLE, "bundle.d.ts")):
        made = _run(bin_dir / "json2ts", "-i", schema, "-o", tmp_path / out, "--cwd", schema.parent)
        assert made.returncode == 0, made.stderr
    data = DATASET.read_text(encoding="utf-8")
    bad = json.loads(data)
    bad["meetings"][0]["kind"] = "tea-party"
    for types in ("files", "bundle"):
        (tmp_path / f"good_{types}.ts").write_text(
            f'import type {{ Dataset }} from "./{types}";\nexport const data: Dataset = {data};\n', encoding="utf-8"
        )
        (tmp_path / f"bad_{types}.ts").write_text(
            f'import type {{ Dataset }} from "./{types}";\nexport const data: Dataset = {json.dumps(bad)};\n',
            encoding="utf-8",
        )
    checked = _run(
        bin_dir / "tsc", "--noEmit", "--strict", *(p.name for p in sorted(tmp_path.glob("*.ts"))), cwd=tmp_path
    )
    errors = [line for line in checked.stdout.splitlines() if ": error TS" in line]
    assert {line.split("(")[0] for line in errors} == {"bad_files.ts", "bad_bundle.ts"}, checked.stdout
    assert all('"tea-party"' in line for line in errors), errors
