"""GOV.UK Frontend markup from the maintained macro library.

govuk-frontend-django carries the GOV.UK Frontend Jinja macros
(govuk-frontend-jinja). We call those macros directly with plain
dictionaries, the parameters GOV.UK's own documentation gives, so no
component markup is written by hand here.
"""

from __future__ import annotations

from functools import cache

from django.utils.safestring import SafeString, mark_safe
from jinja2 import Environment, PackageLoader, PrefixLoader, select_autoescape


@cache
def _environment() -> Environment:
    loader = PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")})
    return Environment(loader=loader, autoescape=select_autoescape(default=True))


@cache
def _template(component: str):
    macro_name = "govuk" + "".join(part.capitalize() for part in component.split("-"))
    source = (
        f"{{%- from 'govuk_frontend_jinja/components/{component}/macro.html' "
        f"import {macro_name} -%}}{{{{ {macro_name}(params) }}}}"
    )
    return _environment().from_string(source)


def _plain(value):
    """Django's SafeString must reach Jinja as markup, not be escaped twice."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items() if item is not None}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def render(component: str, params: dict) -> SafeString:
    """Render one GOV.UK component, e.g. ``render("button", {"text": "Save"})``."""
    return mark_safe(_template(component).render(params=_plain(params)))  # noqa: S308
