"""A record type over strategic priorities, and a test area, for the framework's own tests.

The board's real areas declare theirs in their apps; this one lives in the
tests so the shared pages are tested without depending on any one area.
"""

from __future__ import annotations

from django.urls import include, path

from safeboard.access.visibility import Visibility
from safeboard.partnership.models import StrategicPriority
from safeboard.records.areas import BoardArea, Table
from safeboard.records.forms import RecordForm
from safeboard.records.routing import record_urls
from safeboard.records.types import Column, RecordType


class PriorityForm(RecordForm):
    class Meta:
        model = StrategicPriority
        fields = ["partnership", "number", "title", "description", "first_year", "last_year"]


PRIORITIES = RecordType(
    namespace="example",
    slug="priority",
    model=StrategicPriority,
    form=PriorityForm,
    columns=(Column("Title", "title"), Column("Number", "number", numeric=True)),
    area_label="Example",
    year_filter=lambda rows, year: rows.filter(first_year__lte=year),
    export_area="example",
)


def _tables(user, year):
    rows = [
        [p.number, p.title, p.description]
        for p in StrategicPriority.objects.filter(first_year__lte=year).order_by("number")
    ]
    return [
        Table("priorities", ["Number", "Title", "Description"], rows),
        Table("counts", ["Priorities"], [[len(rows)]]),
    ]


EXAMPLE_AREA = BoardArea(
    name="example",
    label="Example priorities",
    description="For the framework's tests.",
    url_name="example:priority-list",
    visibility=Visibility.AGENCY,
    tables=_tables,
)

example_patterns = ([*record_urls(PRIORITIES)], "example")
urlpatterns = [
    path("example/", include(example_patterns)),
    path("", include("safeboard.config.urls")),
]
