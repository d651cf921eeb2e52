"""Registering the strategies with Hypothesis, so that ``st.from_type(Meeting)`` works.

Two paths, so that neither import pays for the other: Hypothesis calls the
entry-point hook in ``_indo_us_dialogue_hypothesis`` when it is imported, which
registers only if this package is already loaded; and the package registers on
import if Hypothesis is already loaded. The strategies module itself is imported
only when :func:`hypothesis.strategies.from_type` first asks for one of our types.
"""

import os
import sys
from typing import Any

__all__ = ["register_if_hypothesis_is_loaded", "register_type_strategies"]


def _strategy_for(cls: type) -> Any:
    from . import strategies  # noqa: PLC0415 - deferred until a strategy is needed

    return strategies._FOR_TYPE[cls]()


def register_type_strategies() -> None:
    """Register a strategy for every record type and ``PartialDate`` with Hypothesis."""
    from hypothesis import strategies as st  # noqa: PLC0415 - Hypothesis is an optional extra

    from ._model.dates import PartialDate  # noqa: PLC0415 - not loaded before the package is
    from ._model.records import RECORD_TYPES  # noqa: PLC0415

    for cls in (*RECORD_TYPES, PartialDate):
        st.register_type_strategy(cls, _strategy_for)


def register_if_hypothesis_is_loaded() -> None:
    """Register the strategies if Hypothesis has been imported (and plugins are not disabled)."""
    # HYPOTHESIS_NO_PLUGINS is Hypothesis's own switch for entry-point plugins; honour it here too.
    if "hypothesis.strategies" in sys.modules and not os.environ.get("HYPOTHESIS_NO_PLUGINS"):
        register_type_strategies()
