"""Tests for the documentation site (mkdocs.yml, docs/, scripts/docs_hooks.py), built by ``mkdocs build --strict``."""

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import indo_us_dialogue as iud
from tests.docs_site import broken_links, built_site, mkdocs_missing

ROOT = Path(__file__).resolve().parent.parent
DATA = iud.to_dict(iud.load_dataset())


@pytest.fixture(scope="module")
def site() -> Path:
    """The built site (built once per session)."""
    reason = mkdocs_missing()
    if reason:
        pytest.skip(reason)
    return built_site()


def _slug(record_id: str) -> str:
    return record_id.split("/", 1)[1]


def _spans(value: object) -> set[tuple[str, int, int]]:
    """Every evidence span in a record, as (source id, start, end)."""
    if isinstance(value, dict):
        found = (
            {(value["source"], value["start"], value["end"])}
            if {"source", "start", "end", "text"} <= value.keys()
            else set()
        )
        return found.union(*(_spans(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(*(_spans(v) for v in value))
    return set()


class _Page(HTMLParser):
    """The evidence links of a page, and the text each span anchor's marks cover."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: set[str] = set()
        self.ids: set[str] = set()
        self.covered: dict[str, str] = {}
        self._spans: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and "#span-" in str(values.get("href")):
            self.links.add(str(values["href"]))
        if tag == "mark" and values.get("data-spans"):
            self._spans = str(values["data-spans"]).split()

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._spans = []

    def handle_data(self, data: str) -> None:
        for span in self._spans:
            self.covered[span] = self.covered.get(span, "") + data


def _parsed(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_site_builds_with_warnings_as_errors(site: Path) -> None:
    """Mkdocs build --strict succeeds and writes the home page, the guides, both references and the changelog."""
    for page in (
        "index",
        "getting-started",
        "other-languages",
        "reference/records",
        "reference/api",
        "changelog",
        "licence",
    ):
        assert (site / f"{page}.html").is_file(), page


def test_no_internal_link_is_broken(site: Path) -> None:
    """Every internal href and src of every built page points to an existing file, and every #fragment to an id."""
    assert broken_links(site) == []


def test_link_checker_reports_missing_files_and_fragments(tmp_path: Path) -> None:
    """The link checker itself catches a link to a missing page and one to a missing id, and accepts good ones."""
    (tmp_path / "a.html").write_text(
        '<a href="b.html#here">ok</a><a href="c.html">gone</a><a href="b.html#nope">bad</a>'
    )
    (tmp_path / "b.html").write_text('<p id="here"></p><a href="https://example.org/x">external</a><a href="#">top</a>')
    assert broken_links(tmp_path) == [
        "a.html: c.html (no such file)",
        "a.html: b.html#nope (no id 'nope' in b.html)",
    ]


def test_every_record_has_a_page_linking_each_claim_to_its_evidence(site: Path) -> None:
    """Each record of each group has a page whose evidence links are exactly the record's evidence spans."""
    groups = [k for k, v in DATA.items() if isinstance(v, list)]
    assert groups
    for group in groups:
        for record in DATA[group]:
            page = site / "data" / group / f"{_slug(record['id'])}.html"
            links = {link for link in _parsed(page).links if link.startswith("../sources/")}
            expected = {f"../sources/{_slug(s)}.html#span-{a}-{b}" for s, a, b in _spans(record)}
            assert links == expected, record["id"]


def test_source_pages_mark_every_cited_span_with_its_text(site: Path) -> None:
    """On each source's page, every span cited anywhere has an anchor, and its marked text is the evidence text."""
    spans: dict[tuple[str, int, int], str] = {}

    def collect(value: object) -> None:
        if isinstance(value, dict):
            if {"source", "start", "end", "text"} <= value.keys():
                spans[(value["source"], value["start"], value["end"])] = value["text"]
            for v in value.values():
                collect(v)
        elif isinstance(value, list):
            for v in value:
                collect(v)

    collect(DATA)
    assert len(spans) > 100
    pages = {s["id"]: _parsed(site / "data" / "sources" / f"{_slug(s['id'])}.html") for s in DATA["sources"]}
    for (source, start, end), text in spans.items():
        page, anchor = pages[source], f"span-{start}-{end}"
        assert anchor in page.ids
        assert page.covered[anchor] == text, (source, start, end)


def test_changelog_and_licence_pages_include_their_files(site: Path) -> None:
    """The changelog and licence pages show CHANGELOG.md and DATA-LICENSE.md, whose first headings they carry."""
    for page, source in (("changelog", "CHANGELOG.md"), ("licence", "DATA-LICENSE.md")):
        heading = re.search(r"^## (.+)$", (ROOT / source).read_text(encoding="utf-8"), flags=re.MULTILINE)
        assert heading
        assert heading.group(1) in (site / f"{page}.html").read_text(encoding="utf-8")


def test_api_reference_documents_every_public_name(site: Path) -> None:
    """The Python API page has an entry for every name in indo_us_dialogue.__all__ and the strategies' __all__."""
    from indo_us_dialogue import strategies

    ids = _parsed(site / "reference" / "api.html").ids
    for name in iud.__all__:
        assert f"indo_us_dialogue.{name}" in ids, name
    for name in strategies.__all__:
        assert f"indo_us_dialogue.strategies.{name}" in ids, name


def test_the_published_location_is_the_same_everywhere() -> None:
    """mkdocs.yml's site_url is pyproject.toml's Documentation URL, and CITATION.cff's url."""
    import tomllib

    import yaml

    site_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["urls"]["Documentation"] == site_url
    assert yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))["url"] == site_url


def test_readme_links_into_the_site_name_pages_it_builds(site: Path) -> None:
    """Each README link under the site's URL names a page of the built site."""
    import yaml

    site_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pages = [
        link.removeprefix(site_url)
        for link in re.findall(r"\]\((https://[^)]*)\)", readme)
        if link.startswith(site_url)
    ]
    assert pages
    for page in pages:
        assert (site / page).is_file(), page


@pytest.mark.parametrize("page", ["getting-started.md"])
def test_python_examples_of_the_guides_run(page: str) -> None:
    """Every Python example on a guide page runs as written against the installed package."""
    examples = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / page).read_text(encoding="utf-8"), flags=re.DOTALL)
    assert examples
    for example in examples:
        result = subprocess.run([sys.executable, "-c", example], capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"{example}\n{result.stderr}"
