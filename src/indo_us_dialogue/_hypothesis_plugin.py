"""The one registration path: ``st.from_type(Meeting)`` gives our strategies.

:func:`register_type_strategies` is called from two places, and only the one
that runs second finds both Hypothesis and this package loaded: Hypothesis's
entry-point hook (the top-level module ``_indo_us_dialogue_hypothesis``), when
Hypothesis is imported after this package; and the package's ``__init__``,
when it is imported after Hypothesis. So neither import pays for the other.
The strategies themselves are imported only when
:func:`hypothesis.strategies.from_type` first asks for one of our types; they
come from the one table in ``strategies/_types.py``.
"""

import os
import sys
from typing import Any

__all__ = ["register_type_strategies"]


def _strategy_for(cls: type) -> Any:
    from .strategies._types import strategy_for  # noqa: PLC0415 - deferred until a strategy is needed

    return strategy_for(cls)


def register_type_strategies() -> None:
    """Register a strategy for every record type and ``PartialDate``, if Hypothesis is loaded and plugins are on."""
    # HYPOTHESIS_NO_PLUGINS is Hypothesis's own switch for entry-point plugins; honour it on both paths.
    if "hypothesis.strategies" not in sys.modules or os.environ.get("HYPOTHESIS_NO_PLUGINS"):
        return
    from hypothesis import strategies as st  # noqa: PLC0415 - Hypothesis is an optional extra

    from ._model.dates import PartialDate  # noqa: PLC0415 - the entry-point hook runs before the package loads
    from ._model.records import RECORD_TYPES  # noqa: PLC0415

    for cls in (*RECORD_TYPES, PartialDate):
        st.register_type_strategy(cls, _strategy_for)
