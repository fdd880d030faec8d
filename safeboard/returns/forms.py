"""The upload form: the kind, the files and, when the files do not say, the year."""

from __future__ import annotations

from django import forms

from safeboard.web.forms import GovukFormMixin

KIND_CHOICES = [
    ("cin", "CIN census (XML)"),
    ("ssda903", "SSDA903 looked-after children (CSV files or a zip)"),
    ("contacts", "Contacts (Annex A list 1, CSV)"),
    ("characteristics", "Child characteristics: district and language (CSV)"),
    ("population", "ONS mid-year population by district (CSV)"),
    ("baseline", "Baseline shares, such as the school census (CSV)"),
    ("published", "Figures published in an earlier report (CSV)"),
    (
        "postcodes",
        "ONS Postcode Directory (CSV): reference data for SSDA903 placement checks",
    ),
    ("providers", "Ofsted providers: DfE's URN lookup (Excel workbook or CSV): reference data"),
]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class UploadForm(GovukFormMixin, forms.Form):
    kind = forms.ChoiceField(
        label="What are you importing?",
        choices=KIND_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the kind of file you are importing"},
    )
    files = MultipleFileField(
        label="Files",
        help_text="One file, several CSV files of an SSDA903 return, or a zip of them.",
        error_messages={"required": "Choose the files to import"},
    )
    year = forms.IntegerField(
        label="Collection year (optional)",
        required=False,
        min_value=2010,
        max_value=2100,
        help_text="The year the collection ends: 2018 for 2017-18. The CIN census says it itself.",
    )
    as_at = forms.DateField(
        label="Data as at (optional)",
        required=False,
        help_text="For example 2018-03-31, when the file does not say.",
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
    )


class PseudonymForm(GovukFormMixin, forms.Form):
    child_id = forms.CharField(
        label="Child id",
        max_length=50,
        help_text="As your case management system records it.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
