from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "safeboard.reviews"
    label = "reviews"
    verbose_name = "Serious incidents and practice reviews"
