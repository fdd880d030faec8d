"""Child death reviews: the pages."""

app_name = "cdop"

urlpatterns: list = []
