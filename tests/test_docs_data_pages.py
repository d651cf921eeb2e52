"""Tests for scripts/docs_data_pages.py: the site's per-record pages and marked source texts."""

import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import docs_data_pages as pages
finally:
    sys.path.pop(0)


def _dataset(text_spans: list[tuple[int, int]], text: str) -> dict[str, Any]:
    """A tiny dataset of one source and one record whose claim cites the given spans of ``text``."""
    evidence = [{"source": "source/a", "start": s, "end": e, "text": text[s:e]} for s, e in text_spans]
    return {
        "version": "0.1.0",
        "sources": [{"id": "source/a", "file_name": "a.txt"}],
        "notes": [{"id": "note/x", "name": "Note X", "claim": {"value": "v", "evidence": evidence}}],
    }


class _Marks(HTMLParser):
    """The text of a source page's text block, and the text each span anchor's marks cover."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.anchors: list[tuple[str, int]] = []
        self.covered: dict[str, str] = {}
        self._spans: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "span" and values.get("class") == "ev-anchor":
            self.anchors.append((str(values["id"]), len(self.text)))
        if tag == "mark":
            self._spans = str(values.get("data-spans", "")).split()

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._spans = []

    def handle_data(self, data: str) -> None:
        self.text += data
        for span in self._spans:
            self.covered[span] = self.covered.get(span, "") + data


def _source_text_block(markdown: str) -> _Marks:
    (block,) = re.findall(r'<div class="source-text">.*?</div>', markdown)
    parser = _Marks()
    parser.feed(block)
    return parser


@given(
    text=st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60),
    data=st.data(),
)
def test_source_page_shows_the_whole_text_with_every_span_marked_and_anchored(text: str, data: st.DataObject) -> None:
    """Whatever the spans (overlapping, nested, equal), the source page shows the text and marks each span exactly."""
    bounds = st.integers(0, len(text))
    spans = data.draw(st.lists(st.tuples(bounds, bounds).filter(lambda p: p[0] < p[1]).map(sorted), max_size=6))
    spans = [tuple(s) for s in spans]
    page = pages.data_pages(_dataset(spans, text), {"a.txt": text})["data/sources/a.md"]
    shown = _source_text_block(page)
    assert shown.text == text
    for start, end in spans:
        anchor = pages.span_anchor(start, end)
        assert (anchor, start) in shown.anchors
        assert shown.covered[anchor] == text[start:end]
    assert len(shown.anchors) == len(set(spans))


def test_a_span_that_is_not_in_its_text_fails_the_build() -> None:
    """Evidence whose offsets do not give its text stops the build with the record, offsets and both texts."""
    data = _dataset([(0, 5)], "Hello world")
    data["notes"][0]["claim"]["evidence"][0]["text"] = "Jello"
    with pytest.raises(pages.DataPageError, match=r"note/x: evidence 0-5 of source/a reads 'Hello'.*'Jello'"):
        pages.data_pages(data, {"a.txt": "Hello world"})


def test_evidence_citing_a_source_without_text_fails_the_build() -> None:
    """Evidence citing a source whose text is missing stops the build instead of rendering a dead link."""
    with pytest.raises(pages.DataPageError, match="source/a"):
        pages.data_pages(_dataset([(0, 5)], "Hello world"), {})


def test_a_source_whose_bytes_changed_fails_the_build() -> None:
    """A source file whose SHA-256 differs from its record's stops the build."""
    data = _dataset([(0, 5)], "Hello world")
    data["sources"][0]["sha256"] = "0" * 64
    with pytest.raises(pages.DataPageError, match="SHA-256"):
        pages.data_pages(data, {"a.txt": "Hello world"}, {"a.txt": "1" * 64})


def test_every_record_group_gets_pages_without_knowing_its_type() -> None:
    """A record group the code has never heard of (here "notes") gets an index page and one page per record."""
    result = pages.data_pages(_dataset([(0, 5)], "Hello world"), {"a.txt": "Hello world"})
    assert pages.group_names(_dataset([], "x")) == ["sources", "notes"]
    assert {"data/index.md", "data/notes/index.md", "data/notes/x.md", "data/sources/a.md"} <= result.keys()
    assert "[Notes](notes/index.md)" in result["data/index.md"]


def test_a_claim_shows_its_span_marked_in_context_and_links_to_it_on_the_source_page() -> None:
    """A claim's evidence appears as its span in <mark>, with the text around it, linked to the span's anchor."""
    text = "The ministers met in New Delhi on Friday and talked."
    start = text.index("New Delhi")
    page = pages.data_pages(_dataset([(start, start + 9)], text), {"a.txt": text})["data/notes/x.md"]
    assert "met in <mark>New Delhi</mark> on Friday" in page
    assert f'href="../sources/a.html#{pages.span_anchor(start, start + 9)}"' in page


def test_ids_in_any_field_link_to_their_records() -> None:
    """A value equal to a record's id links to that record's page, and the record lists who refers to it."""
    data = _dataset([], "x")
    data["notes"].append({"id": "note/y", "name": "Y", "see": ["note/x"]})
    result = pages.data_pages(data, {"a.txt": "x"})
    assert '<a href="../notes/x.html">note/x</a>' in result["data/notes/y.md"]
    assert "## Referenced by\n\n- [Y](y.md)" in result["data/notes/x.md"]


def test_text_is_escaped() -> None:
    """Source text that looks like HTML is shown as text, never interpreted."""
    text = "<b>bold</b> & more"
    page = pages.data_pages(_dataset([(0, 3)], text), {"a.txt": text})["data/sources/a.md"]
    assert "<b>bold" not in page
    assert html.escape("<b>") in page
