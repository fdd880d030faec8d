"""The admin, for superusers only, with each record's history (simple-history)."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from safeboard.partnership.models import (
    Agency,
    ChildDeathOverviewPanel,
    District,
    LocalAuthority,
    Partnership,
    Person,
)


class NoDeleteHistoryAdmin(SimpleHistoryAdmin):
    # Records are retired, not deleted: the history must keep its subject.
    def has_delete_permission(self, request, obj=None):
        return False


for model in (Partnership, ChildDeathOverviewPanel, LocalAuthority, District, Agency, Person):
    admin.site.register(model, NoDeleteHistoryAdmin)
