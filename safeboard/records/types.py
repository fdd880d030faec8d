"""How an area declares a kind of record, so the shared pages can draw it.

A ``RecordType`` names the model, its form, the columns of its list page and
who may add or change one. ``safeboard.records.routing.record_urls`` turns it
into the list, detail, create, edit and history pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model, QuerySet
from django.utils.safestring import SafeString

from safeboard.access.visibility import visible_to
from safeboard.records import policy

Accessor = str | Callable[[Any], Any]


def read(record, accessor: Accessor):
    """A value of a record: a dotted attribute path ('agency.name') or a function.

    For a field with choices, the attribute path gives the label people read.
    """
    if callable(accessor):
        return accessor(record)
    value = record
    for part in accessor.split("."):
        if value is None:
            return None
        display = getattr(value, f"get_{part}_display", None)
        value = display() if callable(display) else getattr(value, part)
    return value


@dataclass(frozen=True)
class Column:
    header: str
    value: Accessor
    numeric: bool = False


@dataclass(frozen=True)
class RecordType:
    """One kind of record and its pages.

    - ``namespace`` and ``slug`` name the URLs: ``<namespace>:<slug>-list``,
      ``-detail``, ``-create``, ``-edit`` and ``-history``.
    - ``form`` subclasses ``safeboard.records.forms.RecordForm``; ``None``
      makes the record read-only here (no create or edit page).
    - ``queryset(user)`` is what the user may see; by default ``visible_to``.
    - ``can_create(user)`` and ``can_edit(user, record)``: by default the
      business unit only.
    - ``save(form, user, instance)`` writes through the area's services; by
      default ``form.save()``. It runs inside the conflict-checked transaction.
    - ``summary(record)`` gives the detail page's rows; by default the form's
      fields (or every editable field).
    - ``sections(request, record)`` adds HTML below the summary (related
      tables, links to add child records).
    - ``year_filter(queryset, year)`` turns on the year choice (``?year=``)
      on the list page.
    - ``export_area`` names a ``BoardArea`` whose downloads the list page offers.
    - ``log_reads``: record every opening of a detail page in the event log
      (for records about people).
    """

    namespace: str
    slug: str
    model: type[Model]
    form: type | None
    columns: tuple[Column, ...]
    title: str = ""
    intro: str = ""
    queryset: Callable[[Any], QuerySet] | None = None
    can_create: Callable[[Any], bool] = policy.business_unit_edits
    can_edit: Callable[[Any, Model], bool] = policy.business_unit_edits
    save: Callable[..., Model] | None = None
    summary: Callable[[Model], Iterable[tuple[str, Any]]] | None = None
    sections: Callable[[Any, Model], Iterable[SafeString]] | None = None
    year_filter: Callable[[QuerySet, int], QuerySet] | None = None
    export_area: str | None = None
    log_reads: bool = False
    area_label: str = ""  # caption above headings, e.g. "Governance"
    extra: dict = field(default_factory=dict)

    @property
    def plural(self) -> str:
        return self.title or str(self.model._meta.verbose_name_plural).capitalize()

    @property
    def singular(self) -> str:
        return str(self.model._meta.verbose_name)

    def url_name(self, page: str) -> str:
        return f"{self.namespace}:{self.slug}-{page}"

    def rows_for(self, user) -> QuerySet:
        if self.queryset is not None:
            return self.queryset(user)
        return visible_to(user, self.model)
