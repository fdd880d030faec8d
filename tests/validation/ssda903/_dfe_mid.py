"""Fixture rows and a runner for the tests of the DfE SSDA903 rules 400 to 599."""

from __future__ import annotations

from datetime import date

from tests.validation.harness import run_rule


def run(logic, year: int, params: dict | None = None, **tables: list[dict]):
    """The findings of a rule unit (its decorated ``logic``) over the given tables."""
    return run_rule(logic.rule, kind="ssda903", year=year, tables=tables, params=params)


def rows(findings, table: str | None = None) -> list[int]:
    """The failing rows' numbers (``row N``), optionally of one table only, in order."""
    return sorted(
        int(f.position.split()[-1]) for f in findings if table is None or f.table == table
    )


def header(child: str, dob: date = date(2010, 5, 1), **values) -> dict:
    return {"child": child, "SEX": "1", "DOB": dob, "ETHNIC": "WBRI", **values}


def episode(
    child: str,
    decom: date | None,
    dec: date | None = None,
    *,
    rne: str | None = "S",
    ls: str | None = "C2",
    place: str | None = "U4",
    provider: str | None = "PR1",
    rec: str | None = None,
    **values,
) -> dict:
    return {
        "child": child,
        "DECOM": decom,
        "DEC": dec,
        "RNE": rne,
        "LS": ls,
        "CIN": values.pop("cin", "N1"),
        "PLACE": place,
        "PLACE_PROVIDER": provider,
        "REC": rec,
        **values,
    }


def missing(
    child: str,
    start: date | None,
    end: date | None = None,
    *,
    kind: str | None = "M",
    dob: date = date(2008, 5, 1),
) -> dict:
    return {
        "child": child,
        "DOB": dob,
        "MISSING": kind,
        "MIS_START": start,
        "MIS_END": end,
    }


def placed(
    child: str,
    placed_on: date | None,
    ceased: date | None = None,
    reason: str | None = None,
) -> dict:
    return {
        "child": child,
        "DATE_PLACED": placed_on,
        "DATE_PLACED_CEASED": ceased,
        "REASON_PLACED_CEASED": reason,
    }


def adopted(child: str, **values) -> dict:
    """An AD1 row (adopted in the year): every item blank unless given."""
    return {"child": child, **values}


def oc2(child: str, dob: date, **values) -> dict:
    """An OC2 row: every item blank unless given."""
    return {"child": child, "DOB": dob, **values}


def ordered(findings) -> list:
    """The findings by table, then row number (the engine does not promise an order)."""
    return sorted(findings, key=lambda f: (f.table, int(f.position.split()[-1])))
