"""Strategies derived from the field nodes: a ``match`` over ``_model.nodes``.

A record's strategy draws every field from what its node allows (text with its
pattern and length, a reference of a kind, a bounded integer, a date, ...).
What references may point at, which country and which dates are allowed, and
which real documents evidence is cut from are held in a :class:`Context`, so a
record drawn inside a dataset refers only to records that exist there.
"""

import functools
import string
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from .._model.countries import COUNTRY_CODES
from .._model.nodes import (
    Array,
    Boolean,
    Choice,
    Country,
    Date,
    Id,
    Integer,
    Nested,
    Node,
    Optional,
    Ref,
    Text,
    fields_of,
)
from .._model.patterns import NON_BLANK, ecma_search, python_regex
from .._model.records import GROUPS
from ._dates import FIRST_DAY, LAST_DAY, Day, partial_dates_between
from ._documents import Document

__all__ = [
    "SAFE_TEXT_ALPHABET",
    "Builder",
    "Context",
    "builds",
    "country_codes",
    "derive",
    "evolve",
    "field",
    "field_node",
    "ids",
    "present",
    "record_strategy",
    "tuples",
]

T = TypeVar("T")
#: Builds a strategy for one type within a context; keyword arguments override fields' strategies.
Builder = Callable[..., SearchStrategy[Any]]

#: The characters generated free text is made of: ASCII letters, digits and
#: punctuation, typographic quotes and dashes, and Devanagari, as in the sources.
#: None is in the upper half of code page 866, so no generated text can contain
#: what the ``text.mojibake`` rule looks for.
SAFE_TEXT_ALPHABET = "".join(
    sorted(set(string.ascii_letters + string.digits + " .,;:!?'\"()&/%+-" + "“”‘’–—…é" + "भारतअमेरिकासंवादरक्षामंत्री"))
)

# Collections stay short: a record's strategy nests several levels of them.
_EXTRA_ITEMS = 2

_COUNTRY_CODES = st.sampled_from(["IN", "US", *sorted(COUNTRY_CODES - {"IN", "US"})])


def country_codes() -> SearchStrategy[str]:
    """ISO 3166-1 alpha-2 country codes, ``"IN"`` and ``"US"`` first (they shrink towards ``"IN"``)."""
    return _COUNTRY_CODES


def ids(kind: str) -> SearchStrategy[str]:
    """Well-formed ids of one record type: ``meeting/2023-11-10-ministerial``.

    Args:
        kind: The kind of a record with an id: ``"source"``, ``"official"``,
            ``"meeting"``, ``"initiative"`` or ``"statement"``.
    """
    kinds = [group.kind for group in GROUPS]
    if kind not in kinds:
        raise InvalidArgument(f"kind={kind!r} is not one of {', '.join(kinds)}")
    return _ids(kind)


@functools.cache
def _ids(kind: str) -> SearchStrategy[str]:
    word = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8)
    return st.lists(word, min_size=1, max_size=4).map(lambda words: f"{kind}/{'-'.join(words)}")


@attrs.frozen(kw_only=True, cache_hash=True)
class Context:
    """What a record may refer to and contain, beyond its own field declarations.

    ``pools`` gives, for each id kind, the ids references may point at: a kind
    that is absent may point at any well-formed id; a kind with an empty pool
    cannot be referenced at all (optional references stay null, lists empty).
    ``documents`` are real source documents: evidence citing one of them is cut
    from its text. Hashable, so that strategies built for the same context are
    built once.
    """

    pools: tuple[tuple[str, tuple[str, ...]], ...] = ()
    country: str | None = None
    dates: tuple[Day, Day] = (FIRST_DAY, LAST_DAY)
    documents: tuple[Document, ...] = ()

    def pool(self, kind: str) -> tuple[str, ...] | None:
        """The ids references of ``kind`` may point at, or None for any well-formed id."""
        return dict(self.pools).get(kind)

    def to(self, kind: str) -> SearchStrategy[str]:
        """References to records of ``kind``."""
        pool = self.pool(kind)
        if pool is None:
            return ids(kind)
        return st.sampled_from(pool) if pool else st.nothing()

    def countries(self) -> SearchStrategy[str]:
        """The country codes allowed."""
        return country_codes() if self.country is None else st.just(self.country)

    def document(self, source: str) -> Document | None:
        """The real document with this source id, if evidence citing it is cut from real text."""
        return next((d for d in self.documents if d.source_id == source), None)

    def where(self, **pools: tuple[str, ...]) -> "Context":
        """This context with other pools for the kinds named."""
        return attrs.evolve(self, pools=tuple(sorted({**dict(self.pools), **pools}.items())))


def tuples(
    item: SearchStrategy[T],
    *,
    min_size: int = 0,
    unique: bool = False,
    unique_by: Callable[[T], object] | None = None,
) -> SearchStrategy[tuple[T, ...]]:
    """Short tuples of ``item`` values."""
    # Items that cannot exist (references into an empty pool) make an empty
    # tuple, which Hypothesis will not build from st.nothing() by itself.
    if min_size == 0 and item.is_empty:
        return st.just(())
    lists = st.lists(item, min_size=min_size, max_size=min_size + _EXTRA_ITEMS, unique=unique, unique_by=unique_by)
    return lists.map(tuple)


@functools.cache
def _free_text(*, min_size: int, blank_ok: bool) -> SearchStrategy[str]:
    text = st.text(alphabet=SAFE_TEXT_ALPHABET, min_size=min_size, max_size=max(min_size, 1) + 30)
    return text if blank_ok else text.filter(lambda s: ecma_search(NON_BLANK, s))


@functools.cache
def _matching(pattern: str) -> SearchStrategy[str]:
    # python_regex gives the pattern its ECMA-262 meaning; the filter is a safety net.
    return st.from_regex(python_regex(pattern), fullmatch=True).filter(lambda s: ecma_search(pattern, s))


def _text(node: Text) -> SearchStrategy[str]:
    if node.pattern is None:
        return _free_text(min_size=node.min_length, blank_ok=True)
    if node.pattern == NON_BLANK:
        return _free_text(min_size=max(node.min_length, 1), blank_ok=False)
    return _matching(node.pattern)


def derive(node: Node, context: Context) -> SearchStrategy[Any]:
    """A strategy for any value a field node allows, within ``context``."""
    match node:
        case Text():
            return _text(node)
        case Id(kind=kind):
            return ids(kind)
        case Ref(kind=kind):
            return context.to(kind)
        case Country():
            return context.countries()
        case Integer(minimum=minimum, maximum=maximum):
            return st.integers(min_value=minimum, max_value=maximum)
        case Boolean():
            return st.booleans()
        case Date():
            return partial_dates_between(*context.dates)
        case Choice(enum=enum_cls):
            return st.sampled_from(enum_cls)
        case Nested(cls=cls):
            return record_strategy(cls, context)
        case Optional(inner=inner):
            return st.none() | derive(inner, context)
        case Array(item=item, min_items=min_items, unique=unique):
            return tuples(derive(item, context), min_size=min_items, unique=unique)
    raise TypeError(f"no strategy for field node {node!r}")


def record_strategy(cls: type, context: Context, **overrides: SearchStrategy[Any]) -> SearchStrategy[Any]:
    """Records of ``cls`` from the one table of per-type strategies, within ``context``."""
    # The table imports the builders, which derive their fields here: import it when first needed.
    from ._types import FOR_TYPE  # noqa: PLC0415

    return FOR_TYPE[cls](context, **overrides)


def field_node(cls: type, name: str) -> Node:
    """The node of field ``name`` of a record class."""
    return next(f.node for f in fields_of(cls) if f.name == name)


# Strategies are immutable, so each is built once per (class, field, context): building
# them again for every record drawn would cost more than drawing from them.
@functools.lru_cache(maxsize=4096)
def field(cls: type, name: str, context: Context) -> SearchStrategy[Any]:
    """The derived strategy for one field of a record class."""
    return derive(field_node(cls, name), context)


def present(cls: type, name: str, context: Context) -> SearchStrategy[Any]:
    """The derived strategy for an optional field of a record class, never None."""
    node = field_node(cls, name)
    assert isinstance(node, Optional), f"{cls.__name__}.{name} is not optional"
    return derive(node.inner, context)


def builds(cls: type[T], context: Context, **overrides: SearchStrategy[Any]) -> SearchStrategy[T]:
    """Records of ``cls`` with every field derived from its declaration, unless overridden."""
    record_class: type = cls  # a type, not just type[T]: hashable, for the cache
    built = _derived(record_class, context) if not overrides else _builds(record_class, context, overrides)
    return typing.cast(SearchStrategy[T], built)


@functools.lru_cache(maxsize=1024)
def _derived(cls: type, context: Context) -> SearchStrategy[Any]:
    return _builds(cls, context, {})


def _builds(cls: type, context: Context, overrides: dict[str, SearchStrategy[Any]]) -> SearchStrategy[Any]:
    # Field order, not set order: the order of draws must not vary between runs.
    names = [f.name for f in fields_of(cls)]
    unknown = set(overrides) - set(names)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field(s) {sorted(unknown)}")
    strategies = {name: overrides[name] if name in overrides else field(cls, name, context) for name in names}
    return st.builds(cls, **strategies)


def evolve(record: T, **changes: Any) -> T:
    """``attrs.evolve``, typed: mypy does not see that ``@record`` classes are attrs classes."""
    return typing.cast(T, attrs.evolve(typing.cast(Any, record), **changes))
