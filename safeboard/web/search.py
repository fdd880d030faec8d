"""Search across the records a user may see.

Each searchable model lists the fields to match; results always come
through ``visible_to``, so search can never show what a list would hide.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Model, Q
from django.urls import reverse

from safeboard.access.visibility import visible_to

MIN_QUERY_LENGTH = 2
RESULTS_PER_KIND = 20


@dataclass(frozen=True)
class Searchable:
    model: type[Model]
    fields: tuple[str, ...]
    url_name: str
    kind: str


def _searchables() -> list[Searchable]:
    from safeboard.partnership.models import Agency, District, LocalAuthority, Person

    return [
        Searchable(Agency, ("name", "short_name"), "partnership:agency-detail", "Agency"),
        Searchable(Person, ("full_name", "job_title"), "partnership:person-detail", "Person"),
        Searchable(LocalAuthority, ("name", "ons_code"), "partnership:overview", "Local authority"),
        Searchable(District, ("name", "ons_code"), "partnership:overview", "District"),
    ]


@dataclass(frozen=True)
class Result:
    kind: str
    title: str
    href: str


def search(*, user, query: str) -> list[Result]:
    query = query.strip()
    if len(query) < MIN_QUERY_LENGTH:
        return []
    results: list[Result] = []
    for searchable in _searchables():
        condition = reduce(or_, (Q(**{f"{f}__icontains": query}) for f in searchable.fields))
        for row in visible_to(user, searchable.model).filter(condition)[:RESULTS_PER_KIND]:
            needs_pk = searchable.url_name.endswith("-detail")
            href = reverse(searchable.url_name, args=[row.pk] if needs_pk else [])
            results.append(Result(kind=searchable.kind, title=str(row), href=href))
    return results
