"""`python -m lawreport` runs the command line."""

from .console import run

run()
