"""Who the report reads the records as: every agency and both restricted areas,
for their aggregate figures only. Never child-level data, and nothing it reads
is printed without disclosure control or aggregation."""

from __future__ import annotations

from django.contrib.auth.models import Group

from safeboard.access.roles import ALL_AGENCIES, CASE_REVIEW_AREA, CDOP_AREA

READS = frozenset({ALL_AGENCIES, CDOP_AREA, CASE_REVIEW_AREA})


class ReportReader:
    is_authenticated = True
    is_active = True
    is_anonymous = False
    is_superuser = False
    pk = None
    person = None

    @property
    def groups(self):
        return Group.objects.none()

    def has_perm(self, permission: str, obj=None) -> bool:
        return permission in READS

    def get_username(self) -> str:
        return "(annual report build)"


REPORT_READER = ReportReader()
