"""What the CIN census keeps of the identifiers it does not store.

LAchildID becomes a pseudonym and the UPNs are dropped before anything is
written, yet DfE's rules check their form: the UPN's check letter (rule
1510), its LA number (1530), digits (1540) and last character (1550), no
UPN twice in the return (1520), the former UPN's format (1560Q), and the
LAchildID's length and characters (1570, 1580). So the reader works out,
from each raw value, facts that say nothing about the child and stores them
in the child's row instead:

``UPN_form`` / ``FormerUPN_form``
    The value with its characters 2-4 (the LA number) kept when they are
    digits and every other character replaced by its class: ``9`` a digit,
    ``A`` a capital letter a UPN may hold (A-Z but I, O and S), ``#``
    anything else; at most 20 characters (a longer value is wrong anyway).
    A well-formed UPN of LA 937 reads ``A937999999999`` (``A93799999999A``
    when temporary).
``UPN_check``
    Whether character 1 is the check letter of characters 2-13; empty when
    it cannot be worked out (not 13 characters, characters 2-12 not digits,
    character 13 neither a digit nor a UPN letter).
``UPN_key``
    A keyed hash of the UPN whose key is drawn afresh for every import and
    never kept: equal UPNs have equal keys within one import (rule 1520),
    and nothing links a key to a UPN or to another import.
``LAchildID_length`` / ``LAchildID_alphanumeric``
    The id's length and whether it holds only the letters A-Z, a-z and the
    digits 0-9.
"""

from __future__ import annotations

import hmac
import secrets
from operator import mul

# The check letters in value order (0 = A ... 22 = Z): A-Z without I, O and S.
# They are also the letters a temporary UPN may end in.
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
FORM_LENGTH = 20
KEY_LENGTH = 16  # hex characters: 64 bits, ample for the UPNs of one return


# Each ASCII character's class in a UPN's form (see above); characters 2-4 are put
# back afterwards where they are digits.
_CLASSES = str.maketrans(
    {chr(c): "9" if chr(c).isdigit() else "A" if chr(c) in UPN_LETTERS else "#" for c in range(128)}
)


def upn_form(raw: str | None) -> str | None:
    """The UPN's form: its LA number kept, every other character by its class."""
    if raw is None or not raw.strip():
        return None
    text = raw.strip()[:FORM_LENGTH]
    if text.isascii():  # nearly always: one pass of str.translate
        form = text.translate(_CLASSES)
    else:
        form = "".join(
            character.translate(_CLASSES) if character.isascii() else "#" for character in text
        )
    number = text[1:4]
    if number.isascii() and number.isdigit():
        return form[0] + number + form[4:]
    kept = "".join(
        character if character.isascii() and character.isdigit() else classed
        for character, classed in zip(number, form[1:4], strict=True)
    )
    return form[0] + kept + form[4:]


def upn_check(raw: str | None) -> str | None:
    """'true' when character 1 is the check letter of the rest, 'false' when not.

    The check: each of characters 2-13 times its position, summed, modulo 23,
    read as a letter of UPN_LETTERS; a temporary UPN's final letter counts as
    its value in that list (DfE's UPN guide). None when there is no UPN or
    the check cannot be worked out.
    """
    if raw is None:
        return None
    text = raw.strip()
    if len(text) != 13 or not (text[1:12].isascii() and text[1:12].isdigit()):
        return None
    last = text[12]
    if last.isascii() and last.isdigit():
        last_value = int(last)
    elif last in UPN_LETTERS:
        last_value = UPN_LETTERS.index(last)
    else:
        return None
    # Characters 2-12 times their positions 2-12, and the 13th's value times 13.
    total = sum(map(mul, map(int, text[1:12]), range(2, 13))) + last_value * 13
    return "true" if UPN_LETTERS[total % 23] == text[0] else "false"


class UpnKeys:
    """Keys of UPNs, comparable within one import only (a fresh secret each time)."""

    def __init__(self, secret: bytes | None = None) -> None:
        # The import's own secret (ReadContext.import_key), so that the worker
        # processes reading one file side by side key alike.
        self._secret = secret if secret is not None else secrets.token_bytes(32)

    def key(self, raw: str | None) -> str | None:
        if raw is None or not raw.strip():
            return None
        digest = hmac.digest(self._secret, raw.strip().encode("utf-8"), "sha256")
        return digest.hex()[:KEY_LENGTH]


def child_id_facts(raw: str | None) -> tuple[str | None, str | None]:
    """(length, 'true'/'false' for only A-Z, a-z, 0-9) of a raw LAchildID, as text."""
    if raw is None or not raw.strip():
        return None, None
    text = raw.strip()
    # isalnum() of an ASCII text: only A-Z, a-z and 0-9.
    return str(len(text)), "true" if text.isascii() and text.isalnum() else "false"


def identifier_facts(person: dict, keys: UpnKeys) -> dict[str, str | None]:
    """The facts above for one child's raw ChildIdentifiers values."""
    upn = person.get("UPN")
    length, alphanumeric = child_id_facts(person.get("LAchildID"))
    return {
        "UPN_form": upn_form(upn),
        "UPN_check": upn_check(upn),
        "UPN_key": keys.key(upn),
        "FormerUPN_form": upn_form(person.get("FormerUPN")),
        "LAchildID_length": length,
        "LAchildID_alphanumeric": alphanumeric,
    }
