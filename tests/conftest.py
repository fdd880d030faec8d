"""Shared fixtures: the test partnership and its users, on the real database."""

from __future__ import annotations

import pytest

from safeboard.access.roles import Role
from tests.factories import make_partnership, make_user


@pytest.fixture
def partnership(db):
    return make_partnership()


@pytest.fixture
def users(partnership):
    """One user per role, plus a signed-in user with no role at all."""
    made = {role: make_user(role) for role in Role}
    made[None] = make_user(None)
    return made
