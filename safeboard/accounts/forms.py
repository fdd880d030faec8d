"""Sign-in and two-factor forms."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
)

from safeboard.web.forms import GovukFormMixin

CODE_INVALID_MESSAGE = "Enter the 6-digit code your authenticator app shows now."
CODE_THROTTLED_MESSAGE = (
    "Too many wrong codes in a row. Wait {seconds} seconds, then enter the code your app shows."
)


class SignInForm(GovukFormMixin, AuthenticationForm):
    error_messages = {
        "invalid_login": "Enter a correct user name and password. Both are case-sensitive.",
        "inactive": "This account is switched off. Ask your business unit to switch it on.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "User name"
        self.fields["username"].error_messages["required"] = "Enter your user name"
        self.fields["password"].error_messages["required"] = "Enter your password"
        self.fields["username"].widget.attrs.update({"autocomplete": "username"})
        self.fields["password"].widget.attrs.update({"autocomplete": "current-password"})


class TokenForm(GovukFormMixin, forms.Form):
    token = forms.CharField(
        label="Code from your authenticator app",
        help_text="The 6-digit code, for example 123456.",
        max_length=6,
        min_length=6,
        error_messages={
            "required": "Enter the 6-digit code from your authenticator app",
            "min_length": "Enter all 6 digits of the code",
            "max_length": "Enter the 6-digit code only",
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )

    def __init__(self, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self) -> str:
        token = self.cleaned_data["token"].strip().replace(" ", "")
        if self.device is not None:
            # django-otp doubles the wait after each wrong code, against guessing.
            allowed, detail = self.device.verify_is_allowed()
            if not allowed and detail and detail.get("locked_until"):
                from django.utils import timezone

                wait = max(1, int((detail["locked_until"] - timezone.now()).total_seconds()) + 1)
                raise forms.ValidationError(CODE_THROTTLED_MESSAGE.format(seconds=wait))
        if not token.isdigit() or self.device is None or not self.device.verify_token(token):
            raise forms.ValidationError(CODE_INVALID_MESSAGE)
        return token


class ResetRequestForm(GovukFormMixin, PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "E-mail address"
        self.fields["email"].error_messages["required"] = "Enter the e-mail address of your account"


class NewPasswordForm(GovukFormMixin, SetPasswordForm):
    pass


class ChangePasswordForm(GovukFormMixin, PasswordChangeForm):
    pass
