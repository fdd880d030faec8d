"""Tables and summary lists of records, as data for the GOV.UK macros."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from django.db.models import Model
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.safestring import SafeString

from safeboard.records.types import RecordType, read
from safeboard.web import components

SKIPPED_FIELDS = {"id", "created_at", "updated_at"}


def show(value):
    """A value as people read it: dates in words, yes/no, lists joined."""
    if isinstance(value, SafeString):
        return value
    if value is None or value == "":
        return "Not given"
    if isinstance(value, bool):
        return components.yes_no(value)
    if isinstance(value, datetime):
        return date_format(value, "j F Y H:i")
    if isinstance(value, date):
        return date_format(value, "j F Y")
    if isinstance(value, Decimal):
        return f"{value:,}"
    if hasattr(value, "all") and callable(value.all):  # a many-to-many manager
        items = [str(item) for item in value.all()]
        return ", ".join(items) if items else "None"
    return str(value)


def list_table(record_type: RecordType, records) -> SafeString:
    rows = []
    for record in records:
        cells = []
        for index, column in enumerate(record_type.columns):
            value = read(record, column.value)
            text = (
                show(value)
                if not isinstance(value, int | Decimal) or isinstance(value, bool)
                else value
            )
            if index == 0:
                href = reverse(record_type.url_name("detail"), args=[record.pk])
                text = components.link(str(text), href)
            cells.append(text)
        rows.append(cells)
    return components.table(
        caption=record_type.plural,
        head=[column.header for column in record_type.columns],
        rows=rows,
        numeric=[i for i, column in enumerate(record_type.columns) if column.numeric],
        empty=f"No {record_type.plural.lower()} yet.",
    )


def default_summary(record_type: RecordType, record: Model) -> list[tuple[str, object]]:
    names = list(record_type.form.base_fields) if record_type.form is not None else None
    rows = []
    for field in record._meta.get_fields():
        if not getattr(field, "concrete", False) and not field.many_to_many:
            continue
        if field.auto_created or field.name in SKIPPED_FIELDS:
            continue
        if names is not None and field.name not in names:
            continue
        rows.append((str(field.verbose_name).capitalize(), read(record, field.name)))
    return rows


def detail_summary(record_type: RecordType, record: Model) -> SafeString:
    rows = (
        record_type.summary(record)
        if record_type.summary is not None
        else default_summary(record_type, record)
    )
    return components.summary_list((label, show(value)) for label, value in rows)
