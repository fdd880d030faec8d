"""Forms parse and check input; the services write."""

from django import forms

from safeboard.partnership.models import Agency


class AgencyForm(forms.ModelForm):
    class Meta:
        model = Agency
        fields = [
            "name",
            "short_name",
            "agency_type",
            "is_statutory_partner",
            "is_relevant_agency",
            "active",
        ]

    def cleaned_data_for_create(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("active", None)
        return data

    def changed_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.changed_data}
