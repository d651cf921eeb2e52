"""Hypothesis's entry-point hook for indo_us_dialogue (``[project.entry-points.hypothesis]``).

Hypothesis imports this module whenever it is imported itself, in every project
that has indo_us_dialogue installed. It lives outside the package so that it
imports nothing: importing the package would add its dependencies to every
``import hypothesis``. If the package is not loaded yet, it registers its
strategies itself when it is imported (see ``indo_us_dialogue._hypothesis_plugin``).
"""

import sys

__all__: list[str] = []


def _hypothesis_setup_hook() -> None:
    """Register the indo_us_dialogue strategies with Hypothesis if the package is loaded."""
    if "indo_us_dialogue" in sys.modules:
        from indo_us_dialogue._hypothesis_plugin import register_type_strategies  # noqa: PLC0415

        register_type_strategies()
