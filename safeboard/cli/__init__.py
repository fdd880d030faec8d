"""The ``safeboard`` command line: a thin layer over library functions.

Every command takes ``--workspace DIR`` (or ``SAFEBOARD_WORKSPACE``), has
``--help`` text on each option and an example in its help.
"""

from safeboard.cli.main import main

__all__ = ["main"]
