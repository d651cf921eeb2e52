"""Print one of the README's quick-start commands, so CI runs exactly what users read.

python .ci/quickstart.py install   # the first command
python .ci/quickstart.py test      # the second command
"""

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def quickstart_commands(text: str) -> list[str]:
    """The one-line shell commands in the README's "Quick start" section, in order."""
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)]


def main() -> int:
    """Print the command named on the command line."""
    commands = quickstart_commands(README.read_text(encoding="utf-8"))
    which = {"install": 0, "test": 1}
    if len(sys.argv) != 2 or sys.argv[1] not in which or len(commands) != 2:
        print("usage: quickstart.py install|test (README must have exactly two commands)", file=sys.stderr)
        return 2
    print(commands[which[sys.argv[1]]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
