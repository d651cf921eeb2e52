"""``python -m indo_us_dialogue``: the command line."""

from ._cli import main_exit

main_exit()
