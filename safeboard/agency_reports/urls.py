"""Lead agency reports: the pages."""

app_name = "agency_reports"

urlpatterns: list = []
