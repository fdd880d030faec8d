"""Fixture rows and a runner for the tests of the DfE SSDA903 rules below 400."""

from __future__ import annotations

from datetime import date

from tests.validation.harness import run_rule


def run(logic, year: int, unparsed: list[dict] | None = None, **tables: list[dict]):
    """The findings of a rule unit (its decorated ``logic``) over the given tables.

    ``unparsed``: values that did not parse at import (see tests.validation.harness).
    """
    return run_rule(logic.rule, kind="ssda903", year=year, tables=tables, unparsed=unparsed)


def rows(findings, table: str | None = None) -> list[int]:
    """The failing rows' numbers (``row N``), optionally of one table only, in order."""
    return sorted(
        int(f.position.split()[-1]) for f in findings if table is None or f.table == table
    )


def header(child: str, sex: str = "1", dob: date = date(2010, 5, 1), **values) -> dict:
    return {"child": child, "SEX": sex, "DOB": dob, "ETHNIC": "WBRI", **values}


def episode(
    child: str,
    decom: date,
    dec: date | None = None,
    *,
    rne: str = "S",
    ls: str = "C2",
    place: str = "U1",
    rec: str | None = None,
    **values,
) -> dict:
    return {
        "child": child,
        "DECOM": decom,
        "DEC": dec,
        "RNE": rne,
        "LS": ls,
        "PLACE": place,
        "REC": rec,
        **values,
    }


def postcodes(home: str | None, placed: str | None) -> dict:
    """An episode's postcodes as the import keeps them: outward codes and their checks."""
    from safeboard.returns.kinds.ssda903 import read_episode_row
    from safeboard.returns.pseudonymise import postcode_outward

    values = {"HOME_POST": home, "PL_POST": placed}
    read_episode_row(values)
    flags = ("HOME_POST_VALID", "PL_POST_VALID", "SAME_POSTCODE")
    return {
        "HOME_POST": postcode_outward(home),
        "PL_POST": postcode_outward(placed),
        **{k: None if values[k] is None else values[k] == "1" for k in flags},
    }
