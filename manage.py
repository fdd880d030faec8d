#!/usr/bin/env python
"""Django's command-line utility, on the workspace chosen by SAFEBOARD_WORKSPACE."""

import os
import sys

from safeboard.config.env import settings_module

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module())
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
