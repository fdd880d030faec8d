from __future__ import annotations

import pytest

from safeboard.access.roles import Role


@pytest.fixture
def bu(users):
    return users[Role.BUSINESS_UNIT]
