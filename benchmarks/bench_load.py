"""Loading and writing records: this library against pydantic v2, msgspec, orjson and jsonschema + cattrs.

    pip install -e ".[bench]"
    python benchmarks/bench_load.py [--records 100000] [--rounds 7] [--jsonl-mb 64] [--startup-runs 15]

Builds N records of each kind by repeating the curated ones (statement and meeting
ids are made unique), generates the peers' models from our own JSON Schemas at run
time with datamodel-code-generator (pydantic v2 ``BaseModel`` and ``msgspec.Struct``,
from one in-memory bundle of the schemas), and times, in one process, alternating
the contenders within every round:

- validating load of ``list[Statement]``, ``list[Meeting]`` and a whole ``Dataset``;
- writing them (``to_json``, byte-identical to ``json.dumps(indent=2)``, checked);
- memory held per loaded record, and peak memory while loading (tracemalloc);
- start-up: ``import indo_us_dialogue; load_dataset()`` in a fresh process;
- streaming a JSON Lines file through ``validate_jsonl`` and through the command
  line's ``validate``, against pydantic's per-line ``validate_json`` (MB/s, and
  each child process's peak RSS);
- ``validate --jobs`` on many such files, one worker against one per core.

The machine is shared and noisy: every figure is the median over the rounds.
The pure-Python paths (the strict path, jsonschema + cattrs) are timed on a
sample of ``--slow-records`` records and reported per record.
"""

import argparse
import gc
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import indo_us_dialogue as iud
from indo_us_dialogue._io import fastpath, jsonio
from indo_us_dialogue._io.convert import from_dict
from indo_us_dialogue._io.resources import packaged_folder
from indo_us_dialogue._schema.generate import schema_id

# ---------------------------------------------------------------- records


def _renamed(record: Any, index: int) -> Any:
    return attrs.evolve(record, id=f"{record.id}-{index}") if index else record


def _repeat(records: tuple[Any, ...], count: int) -> list[Any]:
    return [_renamed(records[i % len(records)], i // len(records)) for i in range(count)]


def build_records(count: int) -> dict[str, Any]:
    """Statements, meetings and a dataset of about ``count`` records each, from the curated ones."""
    curated = iud.load_dataset()
    total = sum(len(getattr(curated, g)) for g in ("sources", "officials", "meetings", "initiatives", "statements"))
    times = max(1, count // total)
    dataset = attrs.evolve(
        curated,
        **{
            group: tuple(_repeat(getattr(curated, group), len(getattr(curated, group)) * times))
            for group in ("sources", "officials", "meetings", "initiatives", "statements")
        },
    )
    return {
        "list[Statement]": (list[iud.Statement], _repeat(curated.statements, count), count),
        "list[Meeting]": (list[iud.Meeting], _repeat(curated.meetings, count), count),
        "Dataset": (iud.Dataset, dataset, total * times),
    }


# ---------------------------------------------------------------- peers generated from our schemas


def bundled_schema() -> dict[str, Any]:
    """Every packaged schema in one document, each ``$ref`` rewritten to a local ``#/$defs/...``.

    Works whether the schemas refer to each other by ``urn:`` ids or by file names.
    """
    folder = packaged_folder("schemas")
    files = {item.name: json.loads(item.read_text(encoding="utf-8")) for item in folder.iterdir() if item.is_file()}
    by_key: dict[str, str] = {}  # $id or file name -> $defs name ("" for the shared definitions)
    for name, schema in files.items():
        key = "" if name.startswith("definitions") else schema["title"]
        by_key[name] = key
        by_key[schema.get("$id", name)] = key

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: rewrite(v) for k, v in node.items() if k not in ("$id", "$schema")}
            if isinstance(node.get("$ref"), str):
                base, _, fragment = node["$ref"].partition("#")
                key = next((k for ident, k in by_key.items() if base and (base == ident or base.endswith(ident))), None)
                out["$ref"] = f"#{fragment}" if key == "" or key is None else f"#/$defs/{key}"
            return out
        if isinstance(node, list):
            return [rewrite(v) for v in node]
        return node

    defs: dict[str, Any] = {}
    for name, schema in files.items():
        if by_key[name] == "":
            defs.update(rewrite(schema["$defs"]))
        else:
            defs[by_key[name]] = rewrite(schema)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Bundle", "$defs": defs}


def generated_module(kind: str, folder: Path) -> Any:
    """The models datamodel-code-generator writes for the bundle (``pydantic_v2.BaseModel`` or ``msgspec.Struct``)."""
    import warnings

    from datamodel_code_generator import DataModelType, InputFileType, PythonVersion, generate

    warnings.filterwarnings("ignore", category=FutureWarning, module="datamodel_code_generator")

    output = folder / f"models_{kind.split('.', maxsplit=1)[0]}.py"
    generate(
        json.dumps(bundled_schema()),
        input_file_type=InputFileType.JsonSchema,
        output=output,
        output_model_type=DataModelType(kind),
        use_annotated=True,
        collapse_root_models=True,  # ids and dates as constrained str, not a RootModel per value
        field_constraints=True,
        use_standard_collections=True,
        use_union_operator=True,
        target_python_version=PythonVersion.PY_311,
    )
    spec = importlib.util.spec_from_file_location(output.stem, output)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[output.stem] = module
    spec.loader.exec_module(module)
    for value in vars(module).values():
        if getattr(value, "__module__", None) == module.__name__ and hasattr(value, "model_rebuild"):
            value.model_rebuild()
    return module


# ---------------------------------------------------------------- timing


def alternating(contenders: dict[str, Callable[[], Any]], rounds: int) -> dict[str, float]:
    """Median seconds per call of each contender, calling them in turn within every round."""
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for round_ in range(rounds + 1):
        order = names[round_ % len(names) :] + names[: round_ % len(names)]
        for name in order:
            # The cycle collector is paused for every contender alike: with the records this
            # process holds, its collections would otherwise dominate whoever allocates most.
            gc.collect()
            gc.disable()
            start = time.perf_counter()
            contenders[name]()
            elapsed = time.perf_counter() - start
            gc.enable()
            if round_:  # the first round warms caches (compiled patterns, generated builders)
                samples[name].append(elapsed)
    return {name: statistics.median(values) for name, values in samples.items()}


def held_and_peak(load: Callable[[], Any]) -> tuple[int, int]:
    """Bytes still held by ``load()``'s result, and the peak while loading (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    result = load()
    gc.collect()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return held - before, peak - before


def table(title: str, rows: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    """Print a Markdown table."""
    print(f"\n### {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


# ---------------------------------------------------------------- the measurements


DUMP_COLUMNS = (
    "to_json",
    "to_json(indent=None)",
    "to_json_bytes",
    "to_json_bytes(indent=None)",
    "before",
    "pydantic",
    "pydantic(indent=2)",
    "pydantic(str)",
    "pydantic(indent=2, str)",
    "msgspec",
)


def bench_load_and_dump(args: argparse.Namespace, pyd: Any, msg: Any) -> None:
    """Validating load, dump and memory, for statements, meetings and a dataset."""
    import msgspec
    import orjson
    import pydantic

    from indo_us_dialogue._schema.registry import validator_for

    naive_converter = __import__("cattrs").Converter()
    naive_converter.register_structure_hook(iud.PartialDate, lambda value, _: iud.PartialDate.parse(value))
    load_rows, dump_rows, memory_rows = [], [], []
    for label, (target, records, count) in build_records(args.records).items():
        if args.target and label not in args.target:
            continue
        text = iud.to_json(records).encode("utf-8")
        assert text.decode() == json.dumps(iud.to_dict(records), indent=2, ensure_ascii=False) + "\n", "to_json changed"
        single = target.__args__[0] if label.startswith("list") else target
        name = single.__name__
        pyd_type = list[getattr(pyd, name)] if label.startswith("list") else getattr(pyd, name)
        msg_type = list[getattr(msg, name)] if label.startswith("list") else getattr(msg, name)
        adapter = pydantic.TypeAdapter(pyd_type)
        decoder = msgspec.json.Decoder(msg_type)
        assert iud.from_json(text, target) == records, "from_json disagrees with the records it read"
        pyd_value, msg_value = adapter.validate_json(text), decoder.decode(text)

        # The pure-Python paths, on a sample.
        sample_records = records[: args.slow_records] if label.startswith("list") else records
        sample_count = len(sample_records) if label.startswith("list") else count
        sample = iud.to_json(sample_records).encode("utf-8")
        # Our schemas by their published address: their relative $refs resolve in the offline registry.
        ref = {"$ref": schema_id(single)}
        schema = {"type": "array", "items": ref} if label.startswith("list") else ref
        validator = validator_for(schema)

        def naive(sample: bytes = sample, validator: Any = validator, target: Any = target) -> Any:
            document = json.loads(sample)
            validator.validate(document)
            return naive_converter.structure(document, target)

        slow_rounds = max(1, args.rounds // 3)
        slow = alternating({"strict": lambda: from_dict(jsonio.loads(sample), target), "naive": naive}, slow_rounds)
        our_decoder = fastpath._decoder(target)  # the decode our fast path starts with, before its builder: a floor
        fast = alternating(
            {
                "ours": lambda: iud.from_json(text, target),
                "decode": lambda: our_decoder.decode(text),
                "pydantic": lambda: adapter.validate_json(text),
                "msgspec": lambda: decoder.decode(text),
                "orjson": lambda: orjson.loads(text),
            },
            args.rounds,
        )
        rate = {k: count / v for k, v in fast.items()} | {k: sample_count / v for k, v in slow.items()}
        load_rows.append(
            (
                label,
                f"{len(text) / count:,.0f}",
                *(f"{rate[k]:,.0f}" for k in ("ours", "decode", "pydantic", "msgspec", "orjson", "strict", "naive")),
                f"{rate['ours'] / rate['pydantic']:.2f}x",
                f"{rate['ours'] / rate['msgspec']:.2f}x",
            )
        )
        assert iud.to_json_bytes(records) == text, "to_json_bytes differs from to_json"
        dump = alternating(
            {
                "to_json": lambda: iud.to_json(records),
                "to_json(indent=None)": lambda: iud.to_json(records, indent=None),
                "to_json_bytes": lambda: iud.to_json_bytes(records),
                "to_json_bytes(indent=None)": lambda: iud.to_json_bytes(records, indent=None),
                "pydantic": lambda: adapter.dump_json(pyd_value),
                "pydantic(indent=2)": lambda: adapter.dump_json(pyd_value, indent=2),
                "pydantic(str)": lambda: adapter.dump_json(pyd_value).decode("utf-8"),
                "pydantic(indent=2, str)": lambda: adapter.dump_json(pyd_value, indent=2).decode("utf-8"),
                "msgspec": lambda: msgspec.json.encode(msg_value),
                "before": lambda: jsonio.dumps(iud.to_dict(records)),
            },
            args.rounds,
        )
        drate = {k: count / v for k, v in dump.items()}
        dump_rows.append(
            (
                label,
                *(f"{drate[k]:,.0f}" for k in DUMP_COLUMNS),
                f"{drate['to_json'] / drate['pydantic']:.2f}x",
                f"{drate['to_json'] / drate['pydantic(indent=2, str)']:.2f}x",
                f"{drate['to_json(indent=None)'] / drate['pydantic(str)']:.2f}x",
                f"{drate['to_json_bytes'] / drate['pydantic(indent=2)']:.2f}x",
                f"{drate['to_json_bytes(indent=None)'] / drate['pydantic']:.2f}x",
            )
        )
        if label != "Dataset":
            mem = {
                "ours": held_and_peak(lambda: iud.from_json(text, target)),
                "pydantic": held_and_peak(lambda: adapter.validate_json(text)),
                "msgspec": held_and_peak(lambda: decoder.decode(text)),
            }
            memory_rows.append(
                (
                    label,
                    *(f"{mem[k][0] / count:,.0f}" for k in ("ours", "pydantic", "msgspec")),
                    *(f"{mem[k][1] / 2**20:,.1f}" for k in ("ours", "pydantic", "msgspec")),
                )
            )
        print(f"done: {label}", file=sys.stderr)
    table(
        f"Validating load, records/s (N = {args.records:,}; strict and naive on {args.slow_records:,})",
        load_rows,
        ("target", "bytes/record", "from_json", "its msgspec decode alone", "pydantic", "msgspec", "orjson.loads",
         "strict path (before)", "jsonschema+cattrs", "vs pydantic", "vs msgspec"),
    )  # fmt: skip
    table(
        "Dump, records/s (to_json returns str, to_json_bytes and pydantic's dump_json return UTF-8 bytes)",
        dump_rows,
        ("target", "to_json", "to_json(indent=None)", "to_json_bytes", "to_json_bytes(indent=None)", "before",
         "pydantic dump_json", "pydantic dump_json(indent=2)", "pydantic dump_json().decode()",
         "pydantic dump_json(indent=2).decode()", "msgspec encode",
         "to_json vs dump_json", "str, both indent=2", "str, both compact", "bytes, both indent=2",
         "bytes, both compact"),
    )  # fmt: skip
    table(
        "Memory: bytes held per loaded record, and peak MiB while loading (tracemalloc)",
        memory_rows,
        ("target", "ours B/rec", "pydantic B/rec", "msgspec B/rec", "ours peak", "pydantic peak", "msgspec peak"),
    )


# Installed packages start from compiled bytecode (pip writes .pyc files at install time). A machine
# that sets PYTHONDONTWRITEBYTECODE (this one does) would make an editable install compile our modules
# from source at every start while attrs and cattrs load theirs, so the children may write and use it.
_CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _child_seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=_CHILD_ENV)
    return time.perf_counter() - start


def bench_startup(runs: int) -> None:
    """``import indo_us_dialogue; load_dataset()`` in a fresh process against ``import attrs, cattrs``."""
    codes = {
        "python -c pass": "pass",
        "import attrs, cattrs": "import attrs, cattrs",
        "import indo_us_dialogue; load_dataset()": "import indo_us_dialogue as i; i.load_dataset()",
    }
    for code in codes.values():
        _child_seconds(code)  # writes the .pyc files an installation would have
    times = alternating({k: (lambda c=c: _child_seconds(c)) for k, c in codes.items()}, runs)
    base = times["import attrs, cattrs"]
    rows = [(k, f"{v * 1000:,.0f}", f"{v / base:.2f}x") for k, v in times.items()]
    table(f"Start-up, median of {runs} fresh processes", rows, ("command", "ms", "vs attrs+cattrs"))


_JSONL_CHILD = """
import resource, sys, time
from pathlib import Path
path, kind = Path(sys.argv[1]), sys.argv[2]
start = time.perf_counter()
if kind == "ours":
    import indo_us_dialogue as iud
    report = iud.validate_jsonl(path, "Statement")
    assert report.ok, str(report)[:2000]
else:
    sys.path.insert(0, sys.argv[3])
    import pydantic, models_pydantic_v2 as m
    adapter = pydantic.TypeAdapter(m.Statement)
    with path.open("rb") as lines:
        for line in lines:
            adapter.validate_json(line)
seconds = time.perf_counter() - start
# VmHWM is this program's own peak; ru_maxrss would include the parent's, kept across exec.
status = Path("/proc/self/status")
lines = status.read_text().splitlines() if status.exists() else []
hwm = [line.split()[1] for line in lines if line.startswith("VmHWM")]
print(seconds, hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


# The console script's own code (its file in the environment's bin/ is these lines), with this process's
# peak RSS written to stderr when it exits. VmHWM starts afresh at exec; ru_maxrss would keep the parent's.
_CLI_CHILD = """
import atexit, sys
from pathlib import Path

def peak():
    status = Path("/proc/self/status")
    lines = status.read_text().splitlines() if status.exists() else []
    print("VmHWM", *[line.split()[1] for line in lines if line.startswith("VmHWM")], file=sys.stderr)

atexit.register(peak)
sys.argv[0] = "indo-us-dialogue"
from _indo_us_dialogue_cli import main_exit
main_exit()
"""


def _run_command_line(arguments: list[str]) -> tuple[float, int]:
    """Seconds ``indo-us-dialogue ARGUMENTS`` takes from start to exit (start-up included), and its peak RSS in KiB."""
    start = time.perf_counter()
    # _CHILD_ENV: with bytecode, as an installed console script starts (see _CHILD_ENV).
    command = [sys.executable, "-c", _CLI_CHILD, *arguments]
    result = subprocess.run(
        command, check=False, env=_CHILD_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(f"indo-us-dialogue {' '.join(arguments[:4])} ... exited with {result.returncode}")
    peak = [line.split()[1:] for line in result.stderr.splitlines() if line.startswith("VmHWM")]
    return seconds, int(peak[-1][0]) if peak and peak[-1] else 0


def _jsonl_file(path: Path, megabytes: int) -> int:
    """Write about ``megabytes`` MiB of statement lines (as ``to_json(indent=None)`` writes them); lines per block."""
    lines = [iud.to_json(s, indent=None).encode() for s in _repeat(iud.load_dataset().statements, 1000)]
    block = b"".join(lines)
    with path.open("wb") as out:
        for _ in range(max(1, megabytes * 2**20 // len(block))):
            out.write(block)
    return len(block) // len(lines)


def bench_jsonl(megabytes: int, folder: Path, rounds: int) -> None:
    """Streaming validation of a JSON Lines file of statements, in child processes (for their peak RSS).

    Three contenders: ``validate_jsonl`` and pydantic's per-line ``validate_json``
    (timed inside their process), and the command line ``indo-us-dialogue validate
    --type Statement FILE`` (timed from outside: start-up and report included).
    """
    path = folder / "statements.jsonl"
    bytes_per_line = _jsonl_file(path, megabytes)
    size = path.stat().st_size
    cli = ["validate", "--type", "Statement", str(path)]
    samples: dict[str, list[tuple[float, int]]] = {"ours": [], "cli": [], "pydantic": []}
    for round_ in range(rounds):
        for kind in ("ours", "cli", "pydantic")[:: 1 if round_ % 2 == 0 else -1]:
            if kind == "cli":
                samples[kind].append(_run_command_line(cli))
                continue
            result = subprocess.run(
                [sys.executable, "-c", _JSONL_CHILD, str(path), kind, str(folder)],
                check=True,
                capture_output=True,
                text=True,
            )
            seconds, rss = result.stdout.split()
            samples[kind].append((float(seconds), int(rss)))
    labels = {
        "ours": "validate_jsonl(path, 'Statement')",
        "cli": "indo-us-dialogue validate --type Statement (start-up included)",
        "pydantic": "pydantic TypeAdapter(Statement).validate_json(line) per line",
    }
    rate = {kind: size / 2**20 / statistics.median(v[0] for v in values) for kind, values in samples.items()}
    rows = [
        (
            labels[kind],
            f"{rate[kind]:,.1f}",
            f"{rate[kind] * 2**20 / bytes_per_line:,.0f}",
            f"{max(v[1] for v in samples[kind]) / 1024:,.0f}",
            f"{rate[kind] / rate['pydantic']:.2f}x",
        )
        for kind in samples
    ]
    table(
        f"JSON Lines: a {size / 2**20:,.0f} MiB file of statements (median of {rounds} runs)",
        rows,
        ("path", "MiB/s", "records/s", "peak RSS MiB", "vs pydantic"),
    )
    path.unlink()


def bench_jobs(megabytes: int, folder: Path, files: int, rounds: int) -> None:
    """``indo-us-dialogue validate --jobs`` on many JSON Lines files: one worker against one per core."""
    paths = [folder / f"statements-{index}.jsonl" for index in range(files)]
    for path in paths:
        _jsonl_file(path, max(1, megabytes // files))
    size = sum(path.stat().st_size for path in paths)
    commands = {
        f"--jobs {jobs}": ["validate", "--type", "Statement", "--jobs", str(jobs), *map(str, paths)] for jobs in (1, 0)
    }
    times = alternating({name: (lambda c=command: _run_command_line(c)) for name, command in commands.items()}, rounds)
    rows = [
        (name, f"{seconds:,.2f}", f"{size / 2**20 / seconds:,.1f}", f"{times['--jobs 1'] / seconds:.2f}x")
        for name, seconds in times.items()
    ]
    table(
        f"validate --jobs: {files} JSON Lines files, {size / 2**20:,.0f} MiB in all, {os.cpu_count()} cores "
        f"(median of {rounds} runs; --jobs 0 is one worker per core)",
        rows,
        ("command", "seconds", "MiB/s", "speed-up"),
    )
    for path in paths:
        path.unlink()


def main() -> None:
    """Run every measurement and print Markdown tables."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000, help="records per target (default 100,000)")
    parser.add_argument("--slow-records", type=int, default=500, help="sample for the pure-Python paths")
    parser.add_argument("--rounds", type=int, default=7, help="alternating rounds (default 7)")
    parser.add_argument("--startup-runs", type=int, default=15, help="fresh processes per start-up command")
    parser.add_argument("--jsonl-mb", type=int, default=64, help="size of the JSON Lines file (0 to skip)")
    parser.add_argument("--jsonl-runs", type=int, default=3, help="runs per JSON Lines contender")
    parser.add_argument("--jobs-files", type=int, default=8, help="files for the --jobs measurement (0 to skip)")
    parser.add_argument("--only", choices=("load", "startup", "jsonl"), help="run one part only")
    parser.add_argument(
        "--target",
        action="append",
        choices=("list[Statement]", "list[Meeting]", "Dataset"),
        help="load and dump only this target (repeatable; default all three)",
    )
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, indo_us_dialogue {iud.__version__}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.only in (None, "load", "jsonl"):
            pyd = generated_module("pydantic_v2.BaseModel", folder)
        if args.only in (None, "load"):
            msg = generated_module("msgspec.Struct", folder)
            bench_load_and_dump(args, pyd, msg)
        if args.only in (None, "startup"):
            bench_startup(args.startup_runs)
        if args.only in (None, "jsonl") and args.jsonl_mb:
            bench_jsonl(args.jsonl_mb, folder, args.jsonl_runs)
            if args.jobs_files:
                bench_jobs(args.jsonl_mb, folder, args.jobs_files, args.jsonl_runs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"\npeak RSS of this process: {peak / 1024:,.0f} MiB", file=sys.stderr)


if __name__ == "__main__":
    main()
