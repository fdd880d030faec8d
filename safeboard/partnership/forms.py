"""Forms parse and check input; the services write."""

from django import forms

from safeboard.partnership.models import Agency
from safeboard.web.forms import GovukFormMixin


class AgencyForm(GovukFormMixin, forms.ModelForm):
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            # A new agency is active; retiring one is a change to an existing record.
            del self.fields["active"]
        self.fields["name"].error_messages["unique"] = "An agency with this name already exists"

    def cleaned_data_for_create(self) -> dict:
        return dict(self.cleaned_data)

    def changed_values(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.changed_data}
