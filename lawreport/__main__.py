"""`python -m lawreport` runs the command line."""

from .cli import main

main()
