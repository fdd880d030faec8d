"""Creating users and giving them roles."""

from __future__ import annotations

import secrets
import string

from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from safeboard.access.roles import Role
from safeboard.accounts.models import User
from safeboard.partnership.models import Person

USER_EXISTS = "A user named '{username}' already exists: choose another name."
PASSWORD_ALPHABET = string.ascii_letters + string.digits


def password_generate(length: int = 20) -> str:
    """A random password for a new account, shown once and never stored in clear."""
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(length))


class UserCreateError(ValueError):
    pass


@transaction.atomic
def user_create(
    *,
    username: str,
    roles: list[Role],
    person: Person | None = None,
    email: str = "",
    password: str | None = None,
    is_superuser: bool = False,
) -> tuple[User, str]:
    """Create a user with the given roles; return it and its password.

    With no password given, a random one is generated: the caller shows it once.
    """
    if User.objects.filter(username__iexact=username).exists():
        raise UserCreateError(USER_EXISTS.format(username=username))
    password = password or password_generate()
    user = User(
        username=username,
        email=email or (person.email if person else ""),
        person=person,
        first_name=(person.full_name.split(" ", 1)[0] if person else ""),
        last_name=(
            person.full_name.split(" ", 1)[-1] if person and " " in person.full_name else ""
        ),
        is_superuser=is_superuser,
        is_staff=is_superuser,
    )
    validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    user.save()
    user.groups.set(Group.objects.filter(name__in=[Role(role).value for role in roles]))
    return user, password


@transaction.atomic
def account_create(
    *,
    username: str,
    roles: list[Role],
    agency_name: str | None = None,
    full_name: str = "",
    email: str = "",
    is_superuser: bool = False,
) -> tuple[User, str]:
    """A user and, with an agency, the person it belongs to: both or neither."""
    from safeboard.partnership.services import person_create_in_agency

    person = None
    if agency_name:
        person = person_create_in_agency(
            agency_name=agency_name, full_name=full_name or username, email=email
        )
    return user_create(
        username=username, roles=roles, person=person, email=email, is_superuser=is_superuser
    )
