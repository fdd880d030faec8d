"""Encrypting the workspace secrets inside a backup with a passphrase.

A standard, maintained scheme from the ``cryptography`` package, nothing
hand-made: the key is derived from the passphrase with scrypt (a random salt
per backup, cost parameters stored beside it so they can be raised later),
and the data is sealed with AES-256-GCM, whose tag also detects a wrong
passphrase or any change to the sealed bytes.
"""

from __future__ import annotations

import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"SAFEBOARD-SEALED-1\n"
# scrypt cost: 2**15 takes about a tenth of a second and 32 MiB, OWASP's minimum.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
NONCE_BYTES = 12

WRONG_KEY_MESSAGE = (
    "The passphrase does not open this backup's secrets (or the sealed file was changed). "
    "Give the passphrase the backup was made with."
)


class SealError(Exception):
    """The sealed data cannot be opened: the message says why and what to do."""


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def seal(data: bytes, passphrase: str) -> bytes:
    """``data`` encrypted and authenticated under a key derived from ``passphrase``."""
    if not passphrase:
        raise SealError("An empty passphrase cannot protect the secrets.")
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = json.dumps(
        {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "cipher": "AES-256-GCM"},
        sort_keys=True,
    ).encode("ascii")
    key = _key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    # The header is authenticated too, so its parameters cannot be swapped.
    sealed = AESGCM(key).encrypt(nonce, data, MAGIC + header)
    return MAGIC + len(header).to_bytes(2, "big") + header + salt + nonce + sealed


def unseal(blob: bytes, passphrase: str) -> bytes:
    """The data ``seal`` sealed; ``SealError`` for a wrong passphrase or damaged file."""
    if not blob.startswith(MAGIC):
        raise SealError("This is not a Safeboard sealed file (it does not start as one should).")
    rest = blob[len(MAGIC) :]
    size = int.from_bytes(rest[:2], "big")
    header_bytes = rest[2 : 2 + size]
    try:
        header = json.loads(header_bytes)
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
    except (ValueError, KeyError, TypeError) as error:
        raise SealError("The sealed file's header is damaged.") from error
    body = rest[2 + size :]
    salt, nonce, sealed = (
        body[:SALT_BYTES],
        body[SALT_BYTES : SALT_BYTES + NONCE_BYTES],
        body[SALT_BYTES + NONCE_BYTES :],
    )
    key = _key(passphrase, salt, n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, sealed, MAGIC + header_bytes)
    except InvalidTag as error:
        raise SealError(WRONG_KEY_MESSAGE) from error
