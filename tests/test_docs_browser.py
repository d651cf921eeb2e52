"""The built documentation site in a real browser: Debian's headless Chromium, driven over DevTools."""

import functools
import http.server
import threading
from collections.abc import Iterator

import pytest

import indo_us_dialogue as iud
from tests.browser import chromium_page, find_chromium
from tests.docs_site import built_site, mkdocs_missing


@pytest.fixture(scope="module")
def site_url() -> Iterator[str]:
    """The built site served over http://127.0.0.1 by the standard library, for the module's tests."""
    reason = mkdocs_missing()
    if reason:
        pytest.skip(reason)
    handler = functools.partial(_QuietHandler, directory=str(built_site()))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture(scope="module")
def chromium() -> str:
    """The Chromium executable; the tests are skipped, saying so, where there is none."""
    found = find_chromium()
    if found is None:
        pytest.skip("no Chromium found (apt-get install chromium); the browser test cannot run here")
    return found


# The marked pieces of the span the address's #fragment names, with where they sit in the viewport.
_TARGET = """(() => {
  const id = decodeURIComponent(location.hash.slice(1));
  const header = document.querySelector("header").getBoundingClientRect().bottom;
  const pieces = [...document.querySelectorAll("mark.ev[data-spans]")]
    .filter((m) => m.dataset.spans.split(" ").includes(id));
  return {
    id,
    anchor: document.getElementById(id) !== null,
    text: pieces.map((m) => m.textContent).join(""),
    outlined: pieces.length > 0 && pieces.every((m) => m.classList.contains("ev-target")),
    visible: pieces.length > 0 && pieces.every((m) => {
      const box = m.getBoundingClientRect();
      const style = getComputedStyle(m);
      return box.height > 0 && box.top >= header && box.bottom <= innerHeight
        && style.visibility === "visible" && style.display !== "none";
    }),
  };
})()"""


def test_a_statements_evidence_link_lands_on_its_highlighted_passage(site_url: str, chromium: str) -> None:
    """Clicking a statement's evidence link opens the source page at that span, marked, in view below the header."""
    statement = iud.load_dataset().statements[-1]
    evidence = statement.evidence[0]
    page_url = f"{site_url}data/statements/{statement.id.split('/', 1)[1]}.html"
    with chromium_page(chromium) as page:
        page.goto(page_url)
        selector = f'figure.evidence a[href$="#span-{evidence.start}-{evidence.end}"]'
        assert page.evaluate(f"document.querySelector({selector!r}) !== null"), selector
        page.evaluate(f"document.querySelector({selector!r}).click()")
        page.wait_for("Page.loadEventFired")
        assert page.evaluate("location.pathname").startswith("/data/sources/")
        landed = page.evaluate(_TARGET)
    assert landed == {
        "id": f"span-{evidence.start}-{evidence.end}",
        "anchor": True,
        "text": evidence.text,
        "outlined": True,
        "visible": True,
    }


def test_a_passage_far_down_the_source_is_scrolled_into_view(site_url: str, chromium: str) -> None:
    """Opening a source page at the anchor of its last span scrolls that passage into view (not left at the top)."""
    source = iud.load_dataset().sources[0]
    spans = sorted(
        {
            (e["start"], e["end"], e["text"])
            for e in _evidence(iud.to_dict(iud.load_dataset()))
            if e["source"] == source.id
        }
    )
    start, end, text = spans[-1]
    with chromium_page(chromium, height=600) as page:
        page.goto(f"{site_url}data/sources/{source.id.split('/', 1)[1]}.html#span-{start}-{end}")
        landed = page.evaluate(_TARGET)
        scrolled = page.evaluate("window.scrollY")
    assert landed["text"] == text
    assert landed["visible"]
    assert scrolled > 0


def _evidence(value: object) -> Iterator[dict[str, object]]:
    if isinstance(value, dict):
        if {"source", "start", "end", "text"} <= value.keys():
            yield value
        for item in value.values():
            yield from _evidence(item)
    elif isinstance(value, list):
        for item in value:
            yield from _evidence(item)
