"""Permissions that belong to an area of the site rather than one table.

Django creates permissions for an unmanaged model with no table, which gives
the scoped, area-wide permissions a home: ``access.view_all_agencies`` versus
``access.view_own_agency``, and the restricted areas.
"""

from django.db import models


class AreaAccess(models.Model):
    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_all_agencies", "See the records of every agency"),
            ("view_own_agency", "See the records of the user's own agency"),
            ("view_child_level", "See child-level (pseudonymised) data"),
            ("view_cdop_area", "See child death reviews (restricted)"),
            ("view_case_review_area", "See serious incidents and case reviews (restricted)"),
            ("view_audit", "Read the change history and the event log"),
            ("manage_partnership", "Keep the partnership's agencies, districts and people"),
        ]

    def __str__(self) -> str:
        return "Area access"
