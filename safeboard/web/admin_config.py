"""Installs Safeboard's admin site in place of Django's default one."""

from django.contrib.admin.apps import AdminConfig


class SafeboardAdminConfig(AdminConfig):
    default_site = "safeboard.web.admin_site.SafeboardAdminSite"
