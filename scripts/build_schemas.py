"""Regenerate the JSON Schemas from the record classes.

Writes ``schemas/*.schema.json`` (one per record type, plus the shared
definitions) and the single-file ``schemas/bundle/indo-us-dialogue.schema.json``;
the wheel copies ``schemas/`` into the package. Run after changing the record
classes (``src/indo_us_dialogue/_model/``):

    python scripts/build_schemas.py

``--check`` writes nothing and exits 1 if any file is out of date.
"""

import argparse
import sys
from pathlib import Path

from indo_us_dialogue._schema.generate import build_schemas, dumps_schema

ROOT = Path(__file__).resolve().parent.parent
TARGETS = (ROOT / "schemas",)


def main() -> int:
    """Write (or with --check, compare) every schema file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report files that are out of date")
    args = parser.parse_args()
    expected = {name: dumps_schema(schema) for name, schema in build_schemas().items()}
    stale = []
    for folder in TARGETS:
        present = {p.relative_to(folder).as_posix() for p in folder.rglob("*.schema.json")}
        for name in sorted(present - expected.keys()):
            stale.append(folder / name)
            if not args.check:
                (folder / name).unlink()
        for name, text in expected.items():
            path = folder / name
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
                if not args.check:
                    path.parent.mkdir(exist_ok=True)
                    path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{'out of date' if args.check else 'wrote'}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
