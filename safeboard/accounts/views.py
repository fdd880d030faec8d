"""Signing in and out, two-factor set-up and check, password reset and change."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods
from django_otp import login as otp_login

from safeboard.accounts import two_factor
from safeboard.accounts.forms import (
    ChangePasswordForm,
    NewPasswordForm,
    ResetRequestForm,
    SignInForm,
    TokenForm,
)


class SignInView(auth_views.LoginView):
    template_name = "accounts/sign_in.html"
    form_class = SignInForm
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    http_method_names = ["post", "options"]


@require_GET
def signed_out(request):
    return render(request, "accounts/signed_out.html")


def _next_url(request) -> str:
    candidate = request.POST.get("next") or request.GET.get("next")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return resolve_url("web:home")


@require_http_methods(["GET", "POST"])
@login_required
def two_factor_setup(request):
    if two_factor.device_confirmed(user=request.user) is not None:
        return redirect("accounts:two-factor-verify")
    device = two_factor.device_pending(user=request.user)
    form = TokenForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        two_factor.device_confirm(device=device)
        otp_login(request, device)
        messages.success(request, "Two-factor sign-in is set up.")
        return redirect(_next_url(request))
    context = {
        "form": form,
        "qr": two_factor.qr_data_uri(device),
        "setup_key": two_factor.setup_key(device),
        "next": _next_url(request),
    }
    return render(request, "accounts/two_factor_setup.html", context)


@require_http_methods(["GET", "POST"])
@login_required
def two_factor_verify(request):
    device = two_factor.device_confirmed(user=request.user)
    if device is None:
        return redirect("accounts:two-factor-setup")
    form = TokenForm(request.POST or None, device=device)
    if request.method == "POST" and form.is_valid():
        otp_login(request, device)
        return redirect(_next_url(request))
    return render(
        request, "accounts/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    form_class = ResetRequestForm
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password-reset-sent")


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_sent.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    form_class = NewPasswordForm
    success_url = reverse_lazy("accounts:password-reset-complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = ChangePasswordForm
    success_url = reverse_lazy("web:home")

    def form_valid(self, form):
        messages.success(self.request, "Your password has been changed.")
        return super().form_valid(form)
