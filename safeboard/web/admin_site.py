"""The admin site: superusers only, and only after two-factor sign-in."""

from django_otp.admin import OTPAdminSite


class SafeboardAdminSite(OTPAdminSite):
    site_header = "Safeboard administration"
    site_title = "Safeboard administration"

    def has_permission(self, request):
        return super().has_permission(request) and request.user.is_superuser
