"""The board's areas and what each exports.

Each board app declares its area(s) in ``safeboard/<app>/exports.py`` as
``EXPORT_AREAS = [BoardArea(...)]``. The /board/ hub, the download links on
the area's pages and ``safeboard export AREA`` all read this one registry.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.apps import apps

from safeboard.access.visibility import Visibility, can_see_area


@dataclass(frozen=True)
class Table:
    """One table of an export: a name (the CSV file or the sheet), headers and rows.

    Cells are str, int, Decimal, date, bool or None; the writers format them.
    """

    name: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]


@dataclass(frozen=True)
class BoardArea:
    """An area of the board's records.

    - ``name``: the export's name on the command line (``governance``).
    - ``url_name``: the area's first page, for the hub.
    - ``visibility``: who may open the area and export it at all.
    - ``tables(user, year)``: the export, already narrowed to what the user
      may see (agency leads get their own agency's rows only, for example).
    """

    name: str
    label: str
    description: str
    url_name: str
    visibility: Visibility
    tables: Callable[[Any, int], list[Table]]
    order: int = 100

    def allowed(self, user) -> bool:
        return can_see_area(user, self.visibility)


@cache
def board_areas() -> dict[str, BoardArea]:
    """Every installed app's areas, by name, in their declared order."""
    found: list[BoardArea] = []
    for config in apps.get_app_configs():
        if not config.name.startswith("safeboard."):
            continue
        try:
            module = importlib.import_module(f"{config.name}.exports")
        except ModuleNotFoundError as missing:
            if missing.name != f"{config.name}.exports":
                raise
            continue
        found.extend(getattr(module, "EXPORT_AREAS", ()))
    found.sort(key=lambda area: (area.order, area.label))
    return {area.name: area for area in found}


def board_area(name: str) -> BoardArea | None:
    return board_areas().get(name)


def areas_for(user) -> list[BoardArea]:
    return [area for area in board_areas().values() if area.allowed(user)]
