"""The walk that runs the rules, written out per record class so that a valid record is checked quickly.

The rules are defined on the walk of :func:`~indo_us_dialogue._model.walk.walk_record`:
every value inside a record, outermost first, with its path and node, and each
rule of the table called on the values it looks at (its record classes, or the
node classes of plain values). Walking through nested generators and looking
the rules up for every value cost most of the time of checking a valid record,
and most values have no rule at all. So, as the record builders of
:mod:`indo_us_dialogue._io.fastpath` are, the walk is generated once per record
class as Python source, from :func:`~indo_us_dialogue._model.nodes.fields_of`
and the table: one straight line per field, descending only where some rule
looks at the value or at something inside it, calling each rule as the walk
would (same values, paths, nodes and order). A rule's ``passes`` test, where it
has one, skips the call for values on which the rule can find nothing. A path
is made only where a rule is called with it: making the path of every array and
record on the way (eight in a statement) cost 0.4 µs of the 4 µs a valid
statement took.

``tests/test_rules_checker.py`` compares this with the plain walk on generated,
mutated and broken records.
"""

import functools
from collections.abc import Callable
from typing import Any

from ..._errors import Problem
from ..._model.nodes import Array, Nested, Node, Optional, fields_of
from ..._model.records import Source
from .context import Context
from .registry import RULES, Rule

__all__ = ["Checker", "checker", "rules_on"]

#: ``check(context, path, record, record_id, problems)``: appends the record's problems to ``problems``.
Checker = Callable[[Context, str, Any, "str | None", list[Problem]], None]


def _kind(node: Node) -> type:
    """What a rule's ``looks_at`` names for a value of this node: its record class, or the node's class."""
    return node.cls if isinstance(node, Nested) else type(node)


@functools.cache
def rules_on(kind: type, whole_dataset: bool, sources_known: bool = True) -> tuple[Rule, ...]:
    """The rules that run on values of ``kind``, in table order.

    Rules that compare records run only on whole datasets, and rules that need
    a source's text only where a source record is among those checked (a
    whole dataset, or a lone ``Source``): elsewhere they can find nothing.
    """
    return tuple(
        rule
        for rule in RULES
        if kind in rule.looks_at
        and rule.check is not None
        and (whole_dataset or not rule.needs_dataset)
        and (sources_known or not rule.needs_source_record)
    )


@functools.cache
def _anything_to_check(node: Node, whole_dataset: bool, sources_known: bool) -> bool:
    """Whether some rule looks at a value of ``node`` or at anything inside one."""
    if rules_on(_kind(node), whole_dataset, sources_known):
        return True
    match node:
        case Optional(inner=inner):
            return _anything_to_check(inner, whole_dataset, sources_known)
        case Array(item=item):
            return _anything_to_check(item, whole_dataset, sources_known)
        case Nested(cls=cls):
            return any(_anything_to_check(field.node, whole_dataset, sources_known) for field in fields_of(cls))
    return False


class _Code:
    """The lines of one generated function, and the objects its names stand for."""

    def __init__(self, whole_dataset: bool, sources_known: bool) -> None:
        self.whole_dataset = whole_dataset
        self.sources_known = sources_known
        self.env: dict[str, Any] = {"_Problem": Problem}
        self.lines: list[str] = []
        self._names: dict[int, str] = {}
        self._counter = 0

    def name(self, obj: Any, prefix: str) -> str:
        """A name in the generated code for ``obj`` (the same object always gets the same name)."""
        if id(obj) not in self._names:
            self._names[id(obj)] = f"_{prefix}{len(self._names)}"
            self.env[self._names[id(obj)]] = obj
        return self._names[id(obj)]

    def fresh(self, prefix: str) -> str:
        """A new local variable name."""
        self._counter += 1
        return f"_{prefix}{self._counter}"

    def rules(self, node: Node, value: str, path: str, indent: str) -> None:
        """Call every rule on the value held in ``value``, of ``node``, at the path ``path`` spells (see ``visit``)."""
        rules = rules_on(_kind(node), self.whole_dataset, self.sources_known)
        if sum(rule.passes is None for rule in rules) > 1 and not _spelt(path).isidentifier():
            # Each of these rules is called with the path: it is made once, for all of them.
            variable = self.fresh("p")
            self.lines.append(f"{indent}{variable} = {_spelt(path)}")
            path = f"{{{variable}}}"
        for rule in rules:
            assert rule.check is not None
            call = f"{self.name(rule.check, 'check')}(context, {_spelt(path)}, {self.name(node, 'node')}, {value})"
            loop = f"for where, message in {call}:"
            append = f"problems.append(_Problem(path=where, message=message, rule={rule.id!r}, record_id=record_id))"
            if rule.passes is None:
                self.lines += [f"{indent}{loop}", f"{indent}    {append}"]
            else:
                passes = self.name(rule.passes, "passes")
                self.lines += [f"{indent}if not {passes}({value}):", f"{indent}    {loop}", f"{indent}        {append}"]

    def visit(self, node: Node, value: str, path: str, indent: str) -> None:
        """The walk of the value held in the variable ``value``, of ``node``, at the path ``path`` spells.

        ``path`` is the inside of an f-string (``{path}.evidence[{_i3}]``), made
        into a string only where a rule is called: a valid value that passes its
        rule's test never has its path made, nor have the values it lies in.
        """
        if not _anything_to_check(node, self.whole_dataset, self.sources_known):
            return
        match node:
            case Optional(inner=inner):
                # The walk gives a null under the Optional node itself, anything else under its inner node.
                if rules_on(Optional, self.whole_dataset, self.sources_known):
                    self.lines.append(f"{indent}if {value} is None:")
                    self.rules(node, value, path, indent + "    ")
                    if _anything_to_check(inner, self.whole_dataset, self.sources_known):
                        self.lines.append(f"{indent}else:")
                        self.visit(inner, value, path, indent + "    ")
                else:
                    self.lines.append(f"{indent}if {value} is not None:")
                    self.visit(inner, value, path, indent + "    ")
            case Array(item=item):
                self.rules(node, value, path, indent)
                if _anything_to_check(item, self.whole_dataset, self.sources_known):
                    index, each = self.fresh("i"), self.fresh("x")
                    self.lines.append(f"{indent}for {index}, {each} in enumerate({value}):")
                    self.visit(item, each, f"{path}[{{{index}}}]", indent + "    ")
            case Nested(cls=cls):
                self.rules(node, value, path, indent)
                for field in fields_of(cls):
                    if _anything_to_check(field.node, self.whole_dataset, self.sources_known):
                        field_value = self.fresh("v")
                        self.lines.append(f"{indent}{field_value} = {value}.{field.name}")
                        self.visit(field.node, field_value, f"{path}.{field.name}", indent)
            case _:
                self.rules(node, value, path, indent)


def _spelt(path: str) -> str:
    """The Python expression making the path ``path`` spells (the inside of an f-string): a variable, or an f-string."""
    inner = path[1:-1]
    if path.startswith("{") and path.endswith("}") and inner.isidentifier():
        return inner
    return f'f"{path}"'


@functools.cache
def checker(cls: type, whole_dataset: bool) -> Checker:
    """The walk of a record of ``cls`` running its rules, as :func:`record_problems` would walk it.

    Args:
        cls: The record's class.
        whole_dataset: Whether the record is checked as part of a whole
            dataset (rules that compare records run only then).
    """
    # A lone record other than a source has no source text to check its spans against.
    source = _Code(whole_dataset, sources_known=whole_dataset or cls is Source)
    source.lines.append("def check(context, path, record, record_id, problems):")
    source.visit(Nested(cls), "record", "{path}", "    ")
    source.lines.append("    return None")
    scope = "dataset" if whole_dataset else "record"
    exec(compile("\n".join(source.lines), f"<{scope} checker for {cls.__name__}>", "exec"), source.env)  # noqa: S102
    check: Checker = source.env["check"]
    return check
