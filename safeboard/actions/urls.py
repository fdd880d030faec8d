"""Action plans: the pages."""

app_name = "actions"

urlpatterns: list = []
