"""Template tags: GOV.UK components and form fields."""

from django import template

from safeboard.web import forms as govuk_forms
from safeboard.web import govuk

register = template.Library()


@register.simple_tag
def govuk_component(component: str, **params):
    """``{% govuk_component "button" text="Save" %}``: one GOV.UK component."""
    return govuk.render(component, params)


@register.simple_tag
def govuk_field(field, **extra):
    """``{% govuk_field form.email %}``: a form field as its GOV.UK component."""
    return govuk_forms.render_field(field, **extra)


@register.simple_tag
def govuk_error_summary(form):
    return govuk_forms.error_summary(form)
