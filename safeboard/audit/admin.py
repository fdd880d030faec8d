"""The event log in the admin: read only, like everywhere else."""

from django.contrib import admin

from safeboard.audit.models import Event


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("at", "username", "action", "area", "object_type", "object_ref")
    list_filter = ("action", "area")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
