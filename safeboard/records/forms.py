"""The base of every board record's form.

- Dates are the browser's date input (ISO values), labelled the GOV.UK way.
- Many-to-many choices are checkboxes.
- An edit carries the version of the record the user started from, so a
  save over someone else's newer change is refused (see ``conflicts``).
"""

from __future__ import annotations

from django import forms

from safeboard.web.forms import GovukFormMixin


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class RecordForm(GovukFormMixin, forms.ModelForm):
    version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.DateField) and not isinstance(field.widget, DateInput):
                field.widget = DateInput()
            if isinstance(field, forms.ModelMultipleChoiceField) and not isinstance(
                field.widget, forms.CheckboxSelectMultiple
            ):
                field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
        if self.instance.pk is not None and not self.is_bound:
            self.initial["version"] = version_of(self.instance)

    def changed_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.changed_data if name != "version"}


def version_of(record) -> str:
    """The version a form started from: the id of the record's latest history row.

    Every save writes one history row, so this changes with every save, and
    the row itself says what the record looked like at that version.
    """
    latest = record.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return "" if latest is None else str(latest)
