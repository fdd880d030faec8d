"""The board hub and the shared export download."""

app_name = "records"

urlpatterns: list = []
