"""Budget: the pages."""

app_name = "budget"

urlpatterns: list = []
