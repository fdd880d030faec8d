"""Forms parse and check input; the services write."""

from __future__ import annotations

from django import forms

from safeboard.agency_returns.definitions import FigureDef, ReturnTemplate
from safeboard.web.forms import GovukFormMixin

SAVE = "save"
SUBMIT = "submit"
ACCEPT = "accept"
SEND_BACK = "send-back"
ENTER_NUMBER = "Enter {label} as a whole number, 0 or more"
ENTER_FOR_SUBMIT = "Enter {label} (0 if there were none) before you submit"


def field_name(figure: FigureDef, index: int | None) -> str:
    return figure.id if index is None else f"{figure.id}__{index}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


class ReturnForm(GovukFormMixin, forms.Form):
    """One whole-number box per value the template asks for, all optional while a draft."""

    def __init__(self, *args, template: ReturnTemplate, values: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.template = template
        self.keys: dict[str, tuple[str, str]] = {}
        self.descriptions: dict[str, str] = {}
        values = values or {}
        for figure in template.figures:
            cells = (
                [(i, v) for i, v in enumerate(figure.breakdown_values)]
                if figure.breakdown_dim
                else [(None, "")]
            )
            for index, breakdown in cells:
                name = field_name(figure, index)
                label = breakdown if figure.breakdown_dim else figure.title
                described = f"{figure.title}: {breakdown}" if breakdown else figure.title
                message = ENTER_NUMBER.format(label=_lower_first(described))
                self.fields[name] = forms.IntegerField(
                    label=label,
                    required=False,
                    min_value=0,
                    help_text="" if figure.breakdown_dim else figure.hint,
                    initial=values.get((figure.id, breakdown)),
                    widget=forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": "false"}),
                    error_messages={"invalid": message, "min_value": message},
                )
                self.descriptions[name] = described
                self.keys[name] = (figure.id, breakdown)

    def groups(self) -> list[tuple[FigureDef, list]]:
        """(figure, its bound fields) in the template's order."""
        return [
            (
                figure,
                [self[name] for name, key in self.keys.items() if key[0] == figure.id],
            )
            for figure in self.template.figures
        ]

    def values(self) -> dict[tuple[str, str], int | None]:
        return {key: self.cleaned_data.get(name) for name, key in self.keys.items()}

    def require_all(self) -> bool:
        """Before a submit: every count given (medians may be blank). False if any is not."""
        complete = True
        for name, (figure_id, _) in self.keys.items():
            figure = self.template.figure(figure_id)
            if figure.is_measure or self.cleaned_data.get(name) is not None:
                continue
            described = _lower_first(self.descriptions[name])
            self.add_error(name, ENTER_FOR_SUBMIT.format(label=described))
            complete = False
        return complete


class UploadForm(GovukFormMixin, forms.Form):
    file = forms.FileField(
        label="The filled-in template",
        help_text="The Excel (.xlsx) or CSV file you downloaded, with the value column filled in.",
        error_messages={"required": "Choose the filled-in template to upload"},
    )


class ReviewForm(GovukFormMixin, forms.Form):
    decision = forms.ChoiceField(
        label="Do you accept this return?",
        choices=[
            (ACCEPT, "Accept it: its figures count from now on and it is locked"),
            (SEND_BACK, "Send it back to the agency to change"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether you accept the return or send it back"},
    )
    comment = forms.CharField(
        label="What needs to change",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Needed when you send the return back; the agency's lead sees it.",
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == SEND_BACK and not (cleaned.get("comment") or "").strip():
            self.add_error("comment", "Say what needs to change when you send a return back")
        return cleaned
