"""Rows of the staged CIN tables for the tests of the DfE rules below 8600.

Each builder gives the columns that link a row to its child, episode,
assessment or plan, plus whatever the test names; everything else is empty,
so a test row says exactly what it is about.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.kinds import get_kind
from safeboard.returns.kinds.cin_identifiers import UpnKeys, identifier_facts
from safeboard.returns.spec import ValueParser
from tests.validation.harness import run_rule

D = date  # short, for dense fixture tables


def header(**values) -> dict:
    return dict(values)


def child(pseudonym: str | None, **values) -> dict:
    return {"child": pseudonym, **values}


def identified(pseudonym: str, keys: UpnKeys | None = None, **raw) -> dict:
    """A child row with what the import keeps of its raw UPN, FormerUPN and LAchildID
    (the raw values themselves are dropped, as at import)."""
    person = {"LAchildID": pseudonym, **raw}
    facts = identifier_facts(person, keys or UpnKeys())
    spec = get_kind("cin").table_specs(None)["child"]
    parser = ValueParser(date_style="iso", child_pseudonym=str)
    stored = {name: parser.parse(spec.column(name), text) for name, text in facts.items()}
    return {"child": pseudonym, "UPN_given": bool(raw.get("UPN")), **stored}


def disability(pseudonym: str, code: str | None) -> dict:
    return {"child": pseudonym, "Disability": code}


def episode(pseudonym: str, number: int = 1, **values) -> dict:
    return {"child": pseudonym, "episode": number, **values}


def assessment(pseudonym: str, number: int = 1, episode: int = 1, **values) -> dict:
    return {"child": pseudonym, "episode": episode, "assessment": number, **values}


def cin_plan(pseudonym: str, number: int = 1, episode: int = 1, **values) -> dict:
    return {"child": pseudonym, "episode": episode, "cin_plan": number, **values}


def section47(pseudonym: str, number: int = 1, episode: int = 1, **values) -> dict:
    return {"child": pseudonym, "episode": episode, "section47": number, **values}


def cp_plan(pseudonym: str, number: int = 1, episode: int = 1, **values) -> dict:
    return {"child": pseudonym, "episode": episode, "cp_plan": number, **values}


def review(pseudonym: str, when, number: int = 1, plan: int = 1, episode: int = 1) -> dict:
    return {
        "child": pseudonym,
        "episode": episode,
        "cp_plan": plan,
        "review": number,
        "CPPreviewDate": when,
    }


def findings(rule, year: int, **tables):
    found = run_rule(rule, kind="cin", year=year, tables=tables)
    assert {f.rule for f in found} <= {rule.code}
    return found


def failing(rule, year: int, **tables) -> list[tuple[str, str, str]]:
    """(table, position, child) of every finding, sorted by table then row number
    (a fixture's positions are "row N"; a table's rows are numbered from 1)."""
    found = findings(rule, year, **tables)
    return sorted(
        ((f.table, f.position, f.child) for f in found),
        key=lambda t: (t[0], int(t[1][4:]) if t[1].startswith("row ") else 0, t),
    )
