from django.apps import AppConfig


class BudgetConfig(AppConfig):
    name = "safeboard.budget"
    label = "budget"
    verbose_name = "Budget"
