"""Two-factor sign-in with time-based one-time passwords (django-otp)."""

from __future__ import annotations

from base64 import b32encode, b64encode

import qrcode
import qrcode.image.svg
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator app"


def device_pending(*, user) -> TOTPDevice:
    """The user's unconfirmed device, created on first visit to set-up."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def device_confirmed(*, user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def device_confirm(*, device: TOTPDevice) -> TOTPDevice:
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return device


def setup_key(device: TOTPDevice) -> str:
    """The key to type into an app by hand, in groups of four."""
    key = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def qr_data_uri(device: TOTPDevice) -> str:
    """The set-up QR code as a data: URI, so the page needs no inline SVG styles."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    encoded = b64encode(image.to_string()).decode("ascii")
    return f"data:image/svg+xml;base64,{encoded}"
