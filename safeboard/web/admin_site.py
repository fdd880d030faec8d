"""The admin site: superusers only, and only after two-factor sign-in."""

from django_otp.admin import OTPAdminSite


class SafeboardAdminSite(OTPAdminSite):
    site_header = "Safeboard administration"
    site_title = "Safeboard administration"

    def __init__(self, name: str = "admin"):
        # django-otp names its site "otpadmin"; keep Django's usual namespace.
        super().__init__(name=name)

    def has_permission(self, request):
        return super().has_permission(request) and request.user.is_superuser
