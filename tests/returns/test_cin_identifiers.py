"""What the CIN census keeps of the UPNs and LAchildID it does not store."""

from __future__ import annotations

from safeboard.returns.kinds.cin_identifiers import (
    UpnKeys,
    child_id_facts,
    identifier_facts,
    upn_check,
    upn_form,
)


def test_the_check_letter_is_worked_out_as_dfe_says():
    # 2*2 + 4*7 + 9*1 + 10*6 + 12*4 + 13*9 = 266; 266 mod 23 = 13, the 14th letter of
    # ABCDEFGHJKLMNPQRTUVWXYZ: P.
    assert upn_check("P207000016049") == "true"
    assert upn_check("Q207000016049") == "false"
    # A temporary UPN's last letter counts as its place in that list (A = 0, B = 1):
    # 2*9 + 3*3 + 4*7 + 5*1 + 6*2 + 7*3 + 8*4 + 9*5 + 10*6 + 11*7 + 12*8 = 403, mod 23 = 12: N;
    # with B the sum is 416, mod 23 = 2: C.
    assert upn_check("N93712345678A") == "true"
    assert upn_check("C93712345678B") == "true"
    assert upn_check("N93712345678B") == "false"
    assert upn_check(" P207000016049 ") == "true"  # spaces around are not the UPN


def test_no_check_when_it_cannot_be_worked_out():
    assert upn_check(None) is None
    assert upn_check("P20700001604") is None  # 12 characters
    assert upn_check("P2070000160491") is None  # 14
    assert upn_check("P2070000X6049") is None  # a letter among the digits
    assert upn_check("P20700001604I") is None  # I is no UPN letter


def test_the_form_keeps_the_la_number_and_the_classes_of_the_rest():
    assert upn_form("P207000016049") == "A207999999999"
    assert upn_form("N93712345678A") == "A93799999999A"
    assert upn_form("x93712345678I") == "#93799999999#"  # lower case, and I, are not UPN letters
    assert upn_form("P2X7") == "A2A7"  # characters 2-4 are kept only where they are digits
    assert upn_form("P207-00001604") == "A207#99999999"
    assert upn_form("P" + "1" * 40) == "A111" + "9" * 16  # 20 characters at most
    assert upn_form("  ") is None
    assert upn_form(None) is None


def test_upn_keys_are_equal_for_equal_upns_within_one_import_only():
    keys = UpnKeys()
    first = keys.key("P207000016049")
    assert keys.key(" P207000016049") == first
    assert keys.key("N93712345678A") != first
    assert len(first) == 16
    assert "207000016049" not in first
    assert UpnKeys().key("P207000016049") != first  # another import, another key
    assert keys.key(None) is None


def test_the_child_id_keeps_only_its_length_and_whether_it_is_alphanumeric():
    assert child_id_facts("ABC123") == ("6", "true")
    assert child_id_facts("RAWID-ALPHA-0001") == ("16", "false")
    assert child_id_facts("Zoë1") == ("4", "false")  # only A-Z, a-z and 0-9 count
    assert child_id_facts(None) == (None, None)


def test_the_facts_of_one_child():
    person = {"LAchildID": "C1", "UPN": "P207000016049", "FormerUPN": "N93712345678A"}
    facts = identifier_facts(person, UpnKeys())
    assert {k: v for k, v in facts.items() if k != "UPN_key"} == {
        "UPN_form": "A207999999999",
        "UPN_check": "true",
        "FormerUPN_form": "A93799999999A",
        "LAchildID_length": "2",
        "LAchildID_alphanumeric": "true",
    }
    assert facts["UPN_key"] is not None


def test_every_kind_is_known_whichever_kind_module_was_imported_first():
    # A kind's module imported on its own registers only that kind; the registry must
    # still load the others (a test importing kinds.ssda903 once hid the CIN census).
    import subprocess
    import sys

    code = (
        "import django; django.setup()\n"
        "import safeboard.returns.kinds.ssda903\n"
        "from safeboard.returns.kinds import get_kind\n"
        "print(get_kind('cin').name)\n"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.stdout.strip() == "cin", result.stderr[-500:]
