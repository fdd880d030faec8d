"""Pseudonymisation at the door.

Child ids become a keyed hash (HMAC-SHA256 with the workspace's own secret,
kept outside the database), so the same child gets the same pseudonym in
every return and CIN and SSDA903 records link. Birth dates become the first
of their month; postcodes keep only their outward code; UPNs are dropped,
keeping only whether one was given. Nothing maps a pseudonym back.
"""

from __future__ import annotations

import hmac
import re
from datetime import date

PSEUDONYM_KEY = "pseudonym_key"
PSEUDONYM_LENGTH = 20  # hex characters: 80 bits, no collision in any one LA's lifetime
_OUTWARD = re.compile(r"^\s*([A-Za-z]{1,2}\d[A-Za-z\d]?)\s*(\d[A-Za-z]{2})?\s*$")


class Pseudonymiser:
    def __init__(self, key: str):
        self._key = key.encode("utf-8")
        # A child's rows arrive together: remember the last answer.
        self._last: tuple[str, str] = ("", "")

    @classmethod
    def for_workspace(cls, workspace) -> Pseudonymiser:
        return cls(workspace.secret(PSEUDONYM_KEY))

    def child(self, raw_id: str) -> str:
        """The pseudonym of a child id (trimmed; case kept, as LAs' ids are case-sensitive)."""
        if raw_id == self._last[0]:
            return self._last[1]
        # hmac.digest: OpenSSL's one-shot HMAC, the same value as hmac.new(...).digest().
        digest = hmac.digest(self._key, raw_id.strip().encode("utf-8"), "sha256")
        pseudonym = digest.hex()[:PSEUDONYM_LENGTH]
        self._last = (raw_id, pseudonym)
        return pseudonym


def month_start(value: date | None) -> date | None:
    """A birth date kept only to its month: ages at month ends stay exact."""
    return value.replace(day=1) if value is not None else None


def postcode_outward(value: str | None) -> str | None:
    """'CV34 4RL' -> 'CV34'; an unreadable postcode is dropped, not kept whole."""
    if not value:
        return None
    match = _OUTWARD.match(value)
    return match.group(1).upper() if match else None
