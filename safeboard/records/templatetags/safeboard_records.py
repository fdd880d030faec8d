"""Template filters for the board's records."""

from django import template

from safeboard.records.years import year_label as _year_label

register = template.Library()


@register.filter
def year_label(year) -> str:
    """``{{ 2018|year_label }}`` gives 2017/18."""
    return _year_label(int(year))
