"""Rows of the staged CIN tables for the tests of the DfE rules 8600 and above.

Each builder gives the columns that link a row to its child, episode,
assessment or plan, plus whatever the test names; everything else is empty,
so a test row says exactly what it is about.
"""

from __future__ import annotations

from datetime import date

from tests.validation.harness import run_rule

D = date  # short, for dense fixture tables


def child(pseudonym: str, **values) -> dict:
    return {"child": pseudonym, **values}


def episode(pseudonym: str, number: int = 1, **values) -> dict:
    return {"child": pseudonym, "episode": number, **values}


def assessment(pseudonym: str, number: int = 1, episode: int = 1, **values) -> dict:
    return {"child": pseudonym, "episode": episode, "assessment": number, **values}


def factor(pseudonym: str, code: str, assessment: int = 1, episode: int = 1) -> dict:
    return {
        "child": pseudonym,
        "episode": episode,
        "assessment": assessment,
        "AssessmentFactors": code,
    }


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


def failing(rule, year: int, **tables) -> list[tuple[str, str]]:
    """(position, child) of every finding of ``rule`` over the tables, in row order
    (a fixture's positions are "row N"; a table's rows are numbered from 1)."""
    found = run_rule(rule, kind="cin", year=year, tables=tables)
    assert {f.rule for f in found} <= {rule.code}
    return sorted(((f.position, f.child) for f in found), key=lambda p: (int(p[0][4:]), p))


def findings(rule, year: int, **tables):
    return run_rule(rule, kind="cin", year=year, tables=tables)
