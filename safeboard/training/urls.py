"""Learning and improvement: the pages."""

app_name = "training"

urlpatterns: list = []
