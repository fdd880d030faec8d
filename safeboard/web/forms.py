"""Django form fields drawn as GOV.UK components.

One function maps a bound field to the component the Design System uses for
it, with the label, hint and error message wired for screen readers.
"""

from __future__ import annotations

from django import forms
from django.forms import BoundField
from django.utils.safestring import SafeString

from safeboard.web import govuk


def _error(field: BoundField) -> dict | None:
    if not field.errors:
        return None
    return {"text": " ".join(str(e) for e in field.errors)}


def _attributes(field: BoundField) -> dict:
    widget_attrs = dict(field.field.widget.attrs)
    widget_attrs.pop("class", None)
    if field.field.required:
        widget_attrs.setdefault("required", "required")
    return widget_attrs


def _choices(field: BoundField) -> list[dict]:
    value = field.value()
    selected = {str(v) for v in value} if isinstance(value, list | tuple) else {str(value)}
    return [
        {"value": str(choice_value), "text": str(label), "checked": str(choice_value) in selected}
        for choice_value, label in field.field.choices
    ]


def render_field(field: BoundField, **extra) -> SafeString:
    widget = field.field.widget
    label = {"text": str(field.label)}
    hint = {"text": str(field.help_text)} if field.help_text else None
    common = {
        "id": field.auto_id,
        "name": field.html_name,
        "hint": hint,
        "errorMessage": _error(field),
        "attributes": _attributes(field),
    }
    common.update(extra)

    if isinstance(widget, forms.CheckboxSelectMultiple):
        return govuk.render(
            "checkboxes",
            {
                "idPrefix": field.auto_id,
                "name": field.html_name,
                "fieldset": {
                    "legend": {"text": str(field.label), "classes": "govuk-fieldset__legend--s"}
                },
                "hint": hint,
                "errorMessage": _error(field),
                "items": _choices(field),
            },
        )
    if isinstance(widget, forms.RadioSelect):
        return govuk.render(
            "radios",
            {
                "idPrefix": field.auto_id,
                "name": field.html_name,
                "fieldset": {
                    "legend": {"text": str(field.label), "classes": "govuk-fieldset__legend--s"}
                },
                "hint": hint,
                "errorMessage": _error(field),
                "items": _choices(field),
            },
        )
    if isinstance(widget, forms.CheckboxInput):
        return govuk.render(
            "checkboxes",
            {
                "idPrefix": field.auto_id,
                "name": field.html_name,
                "errorMessage": _error(field),
                "items": [
                    {
                        "value": "on",
                        "text": str(field.label),
                        "hint": hint,
                        "checked": bool(field.value()),
                        "id": field.auto_id,
                    }
                ],
            },
        )
    if isinstance(widget, forms.FileInput):
        attributes = common.pop("attributes")
        if getattr(widget, "allow_multiple_selected", False):
            attributes["multiple"] = "multiple"
        return govuk.render("file-upload", {**common, "label": label, "attributes": attributes})
    if isinstance(widget, forms.Select):
        items = [
            {"value": v["value"], "text": v["text"], "selected": v["checked"]}
            for v in _choices(field)
        ]
        return govuk.render("select", {**common, "label": label, "items": items})
    if isinstance(widget, forms.Textarea):
        return govuk.render("textarea", {**common, "label": label, "value": field.value() or ""})
    if isinstance(widget, forms.PasswordInput):
        return govuk.render("password-input", {**common, "label": label})

    input_type = getattr(widget, "input_type", "text")
    value = field.value()
    return govuk.render(
        "input",
        {
            **common,
            "label": label,
            "type": input_type,
            "value": "" if value is None else str(value),
        },
    )


def error_summary(form: forms.Form) -> SafeString:
    """The error summary at the top of a form, linking each error to its field."""
    if not form.errors:
        return SafeString("")
    items = []
    visible = [field for field in form if not field.is_hidden]
    # GOV.UK: every error in the summary links somewhere; a form-wide error
    # (a wrong password, say) goes to the first field.
    first = f"#{visible[0].auto_id}" if visible else None
    for error in form.non_field_errors():
        items.append({"text": str(error), "href": first})
    for field in form:
        for error in field.errors:
            items.append({"text": str(error), "href": f"#{field.auto_id}"})
    return govuk.render("error-summary", {"titleText": "There is a problem", "errorList": items})


class GovukFormMixin:
    """Required-field messages that say what to do, as the Design System asks.

    Django's "This field is required." repeated down the error summary does not
    tell anyone which field; "Enter your user name" does.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            label = str(field.label or "").strip()
            if not label:
                continue
            choose = isinstance(
                field.widget, forms.Select | forms.RadioSelect | forms.CheckboxInput
            )
            verb = "Select" if choose else "Enter"
            if (
                field.error_messages.get("required")
                == forms.Field.default_error_messages["required"]
            ):
                field.error_messages["required"] = f"{verb} {_lower_first(label)}"


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():  # keep acronyms such as "ONS code"
        return text
    return text[:1].lower() + text[1:]
