from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "safeboard.accounts"
    label = "accounts"
    verbose_name = "Accounts"
