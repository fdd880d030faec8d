from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from safeboard.accounts.models import User


@admin.register(User)
class SafeboardUserAdmin(UserAdmin):
    fieldsets = (*UserAdmin.fieldsets, ("Partnership", {"fields": ("person",)}))

    def has_delete_permission(self, request, obj=None):
        # Deactivate instead: the audit trail refers to the account.
        return False
