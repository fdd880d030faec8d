"""The secrets' sealing: scrypt and AES-GCM round trip; a wrong passphrase or a
changed byte is refused; the passphrase comes from the environment or the terminal."""

from __future__ import annotations

import pytest

from safeboard.operations import passphrase as passphrase_module
from safeboard.operations.crypto import MAGIC, SealError, seal, unseal
from safeboard.operations.passphrase import (
    MISMATCH,
    NO_PASSPHRASE,
    PASSPHRASE_ENV,
    PassphraseError,
    passphrase_get,
)

SECRETS = b'{"pseudonym_key": "synthetic-key-for-the-test"}'


def test_sealed_secrets_open_with_the_same_passphrase_and_hide_the_plaintext():
    sealed = seal(SECRETS, "right horse battery")
    assert sealed.startswith(MAGIC)
    assert b"synthetic-key-for-the-test" not in sealed
    assert unseal(sealed, "right horse battery") == SECRETS
    assert seal(SECRETS, "right horse battery") != sealed  # a new salt and nonce each time


def test_a_wrong_passphrase_is_refused_clearly():
    sealed = seal(SECRETS, "right horse battery")
    with pytest.raises(SealError, match="passphrase does not open"):
        unseal(sealed, "wrong horse battery")


def test_a_changed_byte_is_refused():
    sealed = bytearray(seal(SECRETS, "right horse battery"))
    sealed[-5] ^= 0x01
    with pytest.raises(SealError):
        unseal(bytes(sealed), "right horse battery")


def test_not_a_sealed_file_is_refused():
    with pytest.raises(SealError, match="not a Safeboard sealed file"):
        unseal(b"hello", "anything")


def test_the_passphrase_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, "from the scheduler")
    assert passphrase_get(confirm=True, interactive=False) == "from the scheduler"


def test_without_the_environment_or_a_terminal_it_refuses(monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    with pytest.raises(PassphraseError) as refused:
        passphrase_get(confirm=True, interactive=False)
    assert str(refused.value) == NO_PASSPHRASE


def test_at_a_terminal_it_is_asked_twice_for_a_backup(monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    answers = iter(["typed once", "typed twice"])
    monkeypatch.setattr(passphrase_module.getpass, "getpass", lambda prompt: next(answers))
    with pytest.raises(PassphraseError) as refused:
        passphrase_get(confirm=True, interactive=True)
    assert str(refused.value) == MISMATCH
    answers = iter(["the same", "the same"])
    assert passphrase_get(confirm=True, interactive=True) == "the same"
    answers = iter(["asked once for a restore"])
    assert passphrase_get(confirm=False, interactive=True) == "asked once for a restore"
