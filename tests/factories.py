"""Building blocks for tests: a small partnership and one user per role.

Plain functions over the real services and the real database; no mocks.
"""

from __future__ import annotations

from django_otp.plugins.otp_totp.models import TOTPDevice

from safeboard.access.roles import Role
from safeboard.accounts.services import user_create
from safeboard.partnership.models import (
    Agency,
    ChildDeathOverviewPanel,
    District,
    LocalAuthority,
    Partnership,
    Person,
)
from safeboard.partnership.services import agency_create

TEST_PASSWORD = "correct horse battery staple 7"  # noqa: S105 (test-only, never used outside tests)


def make_partnership() -> Partnership:
    partnership = Partnership.objects.create(
        name="Testshire Safeguarding Partnership", short_name="TSP"
    )
    panel = ChildDeathOverviewPanel.objects.create(name="Testshire and Neighbour CDOP")
    county = LocalAuthority.objects.create(
        partnership=partnership, name="Testshire", ons_code="E10000099", cdop_panel=panel
    )
    LocalAuthority.objects.create(name="Neighbourton", ons_code="E08000099", cdop_panel=panel)
    District.objects.create(local_authority=county, name="North Testshire", ons_code="E07000901")
    District.objects.create(local_authority=county, name="South Testshire", ons_code="E07000902")
    agency_create(
        partnership=partnership, name="Testshire County Council", agency_type="local-authority"
    )
    agency_create(partnership=partnership, name="Testshire Police", agency_type="police")
    agency_create(
        partnership=partnership, name="Testshire Health", agency_type="health-commissioner"
    )
    return partnership


def agency(name: str) -> Agency:
    return Agency.objects.get(name=name)


def make_user(
    role: Role | None,
    *,
    username: str | None = None,
    agency_name: str = "Testshire Police",
    **extra,
):
    """A user with one role (or none), tied to a person in the named agency."""
    username = username or (role.value if role else "no-role")
    person = Person.objects.create(
        agency=agency(agency_name), full_name=f"Person {username}", email=f"{username}@example.org"
    )
    user, _ = user_create(
        username=username,
        roles=[role] if role else [],
        person=person,
        password=TEST_PASSWORD,
        **extra,
    )
    return user


def make_totp_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="test", confirmed=True)


def sign_in(client, user, *, verified: bool = True) -> None:
    """Sign ``client`` in as ``user``; ``verified`` also passes two-factor sign-in."""
    client.force_login(user)
    if verified:
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or make_totp_device(
            user
        )
        session = client.session
        session["otp_device_id"] = device.persistent_id
        session.save()
