"""The documentation site, built once per test session, and a checker for its internal links."""

import atexit
import functools
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
#: The path the site is published under (mkdocs.yml's site_url); absolute links start with it.
SITE_PATH = "/en/latest/"


class SiteBuildError(Exception):
    """``mkdocs build --strict`` failed; the message holds its output."""


def mkdocs_missing() -> str | None:
    """Why the site cannot be built here, or None when MkDocs is importable."""
    if importlib.util.find_spec("mkdocs") is None:
        return 'MkDocs is not installed (pip install -e ".[docs]")'
    return None


@functools.cache
def built_site() -> Path:
    """The site as ``mkdocs build --strict`` writes it, into a temporary folder, built once.

    Raises:
        SiteBuildError: the build failed or warned.
    """
    folder = Path(tempfile.mkdtemp(prefix="indo-us-dialogue-site-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    # Material prints a banner about MkDocs 2 unless told not to; it is noise here.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", "mkdocs.yml", "-d", str(folder)],
        cwd=ROOT,  # pymdownx.snippets reads CHANGELOG.md and DATA-LICENSE.md relative to here
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SiteBuildError(result.stdout + result.stderr)
    return folder


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(str(values[name]))
        for name in ("href", "src"):
            if values.get(name) is not None:
                self.links.append(str(values[name]))


@functools.cache
def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _target(site: Path, page: Path, path: str) -> Path:
    if not path:
        return page
    if path.startswith("/"):
        if not path.startswith(SITE_PATH):
            return site / "__outside_the_site__" / path.lstrip("/")
        return site / path.removeprefix(SITE_PATH)
    return page.parent / path


def broken_links(site: Path) -> list[str]:
    """Every internal ``href``/``src`` in the site's HTML whose file or ``#fragment`` does not exist."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        for link in _parse(page).links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "javascript:", "data:")):
                continue  # external: not ours to check, and no network here
            target = _target(site, page, unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            where = f"{page.relative_to(site)}: {link}"
            if not target.is_file() or site.resolve() not in target.parents:
                broken.append(f"{where} (no such file)")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _parse(target).ids:
                broken.append(f"{where} (no id {parts.fragment!r} in {target.relative_to(site.resolve())})")
    return broken
