"""Code lists as data, kept per collection year (FORMATS.md: never literals in code).

A code list is a tuple of ``Period``s: a set of codes and the collection
years (inclusive, the year the collection ends: 2018 for 2017-18) in which
they are valid. A code valid in every year has an open-ended period; a code
added or withdrawn in some year gets its own period. The codes of a list in
a year are the union of the periods that cover that year.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Period:
    codes: frozenset[str]
    first_year: int | None = None  # None: from the first year Safeboard knows
    last_year: int | None = None  # None: still valid

    def covers(self, year: int | None) -> bool:
        if year is None:
            return True
        if self.first_year is not None and year < self.first_year:
            return False
        return not (self.last_year is not None and year > self.last_year)


def period(codes: str, first_year: int | None = None, last_year: int | None = None) -> Period:
    """A period from codes written as one space-separated string."""
    return Period(frozenset(codes.split()), first_year, last_year)


class CodeLists:
    """A family of named code lists (one return's), looked up by name and year."""

    def __init__(self, lists: dict[str, tuple[Period, ...]]):
        self._lists = lists
        self.codes = lru_cache(maxsize=None)(self._codes)

    def names(self) -> list[str]:
        return sorted(self._lists)

    def _codes(self, name: str, collection_year: int | None) -> frozenset[str]:
        try:
            periods = self._lists[name]
        except KeyError:
            raise KeyError(
                f"There is no code list '{name}'. Known: {', '.join(self.names())}."
            ) from None
        found: set[str] = set()
        for each in periods:
            if each.covers(collection_year):
                found |= each.codes
        return frozenset(found)
