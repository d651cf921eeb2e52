"""The site's data pages: one page per record, each claim shown with its evidence in its source text.

Pure functions from the dataset (as plain JSON data) and the normalised source
texts to Markdown pages; ``docs_hooks.py`` hands them to MkDocs at build time.
Nothing here knows the record types by name: every list of records with an
``id`` in the dataset is a group with one page per record, every value equal to
a record's id links to that record, and every ``{source, start, end, text}``
object is an evidence span.

Pages are written for ``use_directory_urls: false`` (``data/meetings/x.html``),
so a link from one record page to another is ``../<group>/<slug>.html``.
"""

import hashlib
import html
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["DataPageError", "Span", "data_pages", "group_names", "span_anchor"]

#: Characters of source text shown on each side of an evidence span.
CONTEXT = 120
#: Fields that name a record; the first one present titles its page.
TITLE_FIELDS = ("name", "headline", "title", "label", "file_name")
#: Records without such a field but with a ``text`` are titled by its first words.
TITLE_WORDS = 12
_EVIDENCE_KEYS = frozenset({"source", "start", "end", "text"})

Record = dict[str, Any]
Span = tuple[str, int, int]  # (source id, start, end)


class DataPageError(Exception):
    """The dataset cannot be shown faithfully: a span that is not in its text, an unknown source."""


def group_names(data: Mapping[str, Any]) -> list[str]:
    """The dataset's record groups (``meetings``, ...): lists of objects that all have an ``id``."""
    return [
        key
        for key, value in data.items()
        if isinstance(value, list) and value and all(isinstance(r, dict) and "id" in r for r in value)
    ]


def _slug(record_id: str) -> str:
    # Ids look like "meeting/2022-04-ministerial": the group is in the folder name already.
    return re.sub(r"[^A-Za-z0-9._-]+", "-", record_id.split("/", 1)[-1])


def span_anchor(start: int, end: int) -> str:
    """The HTML id of a span on its source's page."""
    return f"span-{start}-{end}"


def _is_evidence(value: Any) -> bool:
    return isinstance(value, dict) and value.keys() >= _EVIDENCE_KEYS


def _walk(value: Any) -> Iterator[Any]:
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


class Site:
    """Everything a page needs: where each record lives, the texts, who cites what."""

    def __init__(self, data: Mapping[str, Any], texts: Mapping[str, str]) -> None:
        self.groups = {name: data[name] for name in group_names(data)}
        self.where: dict[str, tuple[str, str]] = {}
        for group, records in self.groups.items():
            for record in records:
                self.where[record["id"]] = (group, _slug(record["id"]))
        self.texts: dict[str, str] = {}
        self.spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
        self.cited_by: dict[str, list[str]] = defaultdict(list)
        for records in self.groups.values():
            for record in records:
                if record.get("file_name") in texts:
                    self.texts[record["id"]] = texts[record["file_name"]]
        for records in self.groups.values():
            for record in records:
                self._index(record, texts)

    def _index(self, record: Record, texts: Mapping[str, str]) -> None:
        for value in _walk(record):
            referred = isinstance(value, str) and value in self.where and value != record["id"]
            if referred and record["id"] not in self.cited_by[value]:
                self.cited_by[value].append(record["id"])
            if _is_evidence(value):
                text = self.text_of(value["source"], texts)
                start, end = value["start"], value["end"]
                if text[start:end] != value["text"]:
                    raise DataPageError(
                        f"{record['id']}: evidence {start}-{end} of {value['source']} reads "
                        f"{text[start:end]!r} in the normalised text, not {value['text']!r}"
                    )
                self.spans[value["source"]].add((start, end))

    def text_of(self, source_id: str, texts: Mapping[str, str]) -> str:
        """The normalised text of a source record, looked up by its ``file_name``."""
        if source_id not in self.texts:
            source = self.record(source_id)
            if source is None or source.get("file_name") not in texts:
                raise DataPageError(f"evidence cites {source_id!r}, which is no source with a text")
            self.texts[source_id] = texts[source["file_name"]]
        return self.texts[source_id]

    def record(self, record_id: str) -> Record | None:
        """The record with this id, or None."""
        if record_id not in self.where:
            return None
        group, _ = self.where[record_id]
        found: Record = next(r for r in self.groups[group] if r["id"] == record_id)
        return found

    def href(self, record_id: str, anchor: str = "") -> str:
        """A link from any record page to a record's page (and an anchor on it)."""
        group, slug = self.where[record_id]
        return f"../{group}/{slug}.html" + (f"#{anchor}" if anchor else "")


def _title(record: Record) -> str:
    for field in TITLE_FIELDS:
        value = record.get(field)
        if isinstance(value, dict):
            value = value.get("value")
        if isinstance(value, str) and value.strip():
            return value
    text = record.get("text")
    if isinstance(text, str) and text.strip():  # a statement: its first words
        words = text.split()
        return " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")
    return str(record["id"])


def _label(field: str) -> str:
    return field.replace("_", " ").capitalize()


def _text(text: str) -> str:
    # Raw HTML is kept on one line so that Markdown passes it through untouched;
    # the page's CSS keeps the line breaks (white-space: pre-wrap).
    return html.escape(text).replace("\n", "&#10;")


def _snippet(site: Site, span: Record) -> str:
    """One evidence span in its context, marked, with a link to it on its source's page."""
    text = site.texts[span["source"]]
    start, end = span["start"], span["end"]
    left, right = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    # Cut the context at whitespace, so no word is shown in part.
    if left > 0:
        left = next((i + 1 for i in range(left, start) if text[i].isspace()), start)
    if right < len(text):
        right = next((i for i in range(right, end, -1) if text[i - 1].isspace()), end)
    before = ("…" if left > 0 else "") + text[left:start].lstrip()
    after = text[end:right].rstrip() + ("…" if right < len(text) else "")
    link = site.href(span["source"], span_anchor(start, end))
    return (
        f'<figure class="evidence"><blockquote>{_text(before)}<mark>{_text(span["text"])}</mark>{_text(after)}'
        f'</blockquote><figcaption><a href="{link}">{html.escape(span["source"])}, '
        f"characters {start}–{end}</a></figcaption></figure>"
    )


def _value(site: Site, value: Any) -> str:
    """A field's value as HTML: ids link to their records, evidence shows in context."""
    if value is None:
        return "<em>none</em>"
    if isinstance(value, str):
        if value in site.where:
            return f'<a href="{site.href(value)}">{html.escape(value)}</a>'
        return f'<span class="value">{_text(value)}</span>'
    if isinstance(value, bool | int | float):
        return html.escape(str(value).lower() if isinstance(value, bool) else str(value))
    if isinstance(value, list):
        if not value:
            return "<em>none</em>"
        if all(not isinstance(v, dict | list) for v in value):
            return ", ".join(_value(site, v) for v in value)
        return '<ol class="items">' + "".join(f"<li>{_value(site, v)}</li>" for v in value) + "</ol>"
    if _is_evidence(value):
        return _snippet(site, value)
    fields = "".join(
        f"<dt>{html.escape(_label(k))}</dt><dd>{_value(site, v)}</dd>" for k, v in value.items() if k != "evidence"
    )
    claim = f'<dl class="fields">{fields}</dl>' if fields else ""
    if "evidence" in value:
        return f'<div class="claim">{claim}{_evidence(site, value["evidence"])}</div>'
    return claim


def _evidence(site: Site, spans: list[Record]) -> str:
    return '<div class="evidence-list">' + "".join(_snippet(site, s) for s in spans) + "</div>"


def _marked_text(site: Site, source_id: str) -> str:
    """The whole text with every cited span marked and anchored.

    Spans may overlap, so the text is cut at every span boundary; each piece is
    marked when at least one span covers it, with its depth (how many spans
    cover it) and the anchors of those spans, and an empty anchor element
    stands at the start of every span for links to land on.
    """
    text = site.texts[source_id]
    spans = sorted(site.spans.get(source_id, ()))
    cuts = sorted({0, len(text)} | {s for s, _ in spans} | {e for _, e in spans})
    starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for span in spans:
        starts[span[0]].append(span)
    out = []
    for a, b in itertools.pairwise(cuts):
        out += [f'<span class="ev-anchor" id="{span_anchor(*s)}"></span>' for s in starts.get(a, [])]
        covering = [s for s in spans if s[0] <= a and b <= s[1]]
        if covering:
            ids = " ".join(span_anchor(*s) for s in covering)
            out.append(
                f'<mark class="ev" data-depth="{min(len(covering), 3)}" data-spans="{ids}">{_text(text[a:b])}</mark>'
            )
        else:
            out.append(_text(text[a:b]))
    return '<div class="source-text">' + "".join(out) + "</div>"


def _record_page(site: Site, group: str, record: Record) -> str:
    record_id = record["id"]
    lines = [f"# {_text(_title(record))}", "", f"`{record_id}` · [all {group}](index.md)", ""]
    simple = {k: v for k, v in record.items() if k not in ("id", "evidence") and not _nested(v)}
    if simple:
        lines += ["| field | value |", "| --- | --- |"]
        lines += [f"| {_label(k)} | {_value(site, v).replace('|', '&#124;')} |" for k, v in simple.items()]
        lines.append("")
    if record.get("evidence"):
        lines += ["## Evidence", "", _evidence(site, record["evidence"]), ""]
    for key, value in record.items():
        if key not in simple and key not in ("id", "evidence"):
            lines += [f"## {_label(key)}", "", _value(site, value), ""]
    if record_id in site.texts:
        count = len(site.spans.get(record_id, ()))
        lines += [
            "## Text",
            "",
            f"The whole normalised text; the {count} spans cited as evidence are marked. Offsets count code points.",
            "",
            _marked_text(site, record_id),
            "",
        ]
    if site.cited_by.get(record_id):
        lines += ["## Referenced by", ""]
        lines += [
            f"- [{_text(_title(site.record(r) or {'id': r}))}]({_md_link(site, group, r)})"
            for r in site.cited_by[record_id]
        ]
        lines.append("")
    return "\n".join(lines)


def _nested(value: Any) -> bool:
    return isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, dict | list) for v in value))


def _md_link(site: Site, from_group: str, record_id: str) -> str:
    group, slug = site.where[record_id]
    return f"{slug}.md" if group == from_group else f"../{group}/{slug}.md"


def _group_page(site: Site, group: str) -> str:
    lines = [f"# {_label(group)}", "", f"{len(site.groups[group])} records.", ""]
    lines += [f"- [{_text(_title(r))}]({_slug(r['id'])}.md) `{r['id']}`" for r in site.groups[group]]
    return "\n".join(lines) + "\n"


def _index_page(site: Site) -> str:
    lines = [
        "# The data",
        "",
        "One page per record of the curated dataset, generated when the site is built. Every claim",
        "is shown with its evidence: the exact span of a source report, highlighted in its context,",
        "linked to the source's page, where the whole normalised text is shown with every cited",
        "span marked.",
        "",
    ]
    lines += [f"- [{_label(g)}]({g}/index.md): {len(site.groups[g])} records" for g in site.groups]
    return "\n".join(lines) + "\n"


def data_pages(
    data: Mapping[str, Any], texts: Mapping[str, str], sha256: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Every data page as ``{path under docs/: Markdown}``.

    Args:
        data: the dataset as plain JSON data (``indo_us_dialogue.to_dict``).
        texts: the normalised text of every source, by file name.
        sha256: optionally, the SHA-256 of each source's raw bytes by file name,
            checked against the source records.

    Raises:
        DataPageError: a span's offsets do not give its text, or a source's text is missing or not the recorded file.
    """
    site = Site(data, texts)
    for source_id in site.texts:
        source = site.record(source_id) or {}
        digest = (sha256 or {}).get(source.get("file_name", ""))
        if digest is not None and source.get("sha256") not in (None, digest):
            raise DataPageError(f"{source_id}: the file's SHA-256 is {digest}, the record says {source['sha256']}")
    pages = {"data/index.md": _index_page(site)}
    for group, records in site.groups.items():
        pages[f"data/{group}/index.md"] = _group_page(site, group)
        for record in records:
            pages[f"data/{group}/{_slug(record['id'])}.md"] = _record_page(site, group, record)
    return pages


def raw_sha256(raw: bytes) -> str:
    """SHA-256 of raw bytes, in lower-case hex (as in ``Source.sha256``)."""
    return hashlib.sha256(raw).hexdigest()
