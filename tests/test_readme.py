import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_quick_start_has_exactly_two_one_line_commands() -> None:
    """The README's quick start shows two one-line commands: install-and-run, and the test suite."""
    sys.path.insert(0, str(ROOT / ".ci"))
    try:
        from quickstart import quickstart_commands
    finally:
        sys.path.pop(0)
    install, test = quickstart_commands(README)
    assert "\n" not in install
    assert "\n" not in test
    assert install.endswith("indo-us-dialogue summary")
    assert "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run takes its test command from the README, so the two cannot drift."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "quickstart.py test" in script


def test_readme_python_example_runs() -> None:
    """The Python usage example in the README runs as written."""
    (example,) = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_readme_links_are_absolute() -> None:
    """Every Markdown link in the README is an absolute URL, so none breaks on the package index."""
    links = re.findall(r"\]\(([^)]*)\)", README) + re.findall(r"<([a-z]+:[^>]*)>", README)
    assert links
    for link in links:
        assert re.match(r"https?://", link), link
