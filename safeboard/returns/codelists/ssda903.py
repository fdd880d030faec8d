"""SSDA903 code lists, as data kept per collection year (FORMATS.md 1.2).

A collection year is the year the collection ends: 2018 for 2017-18. Each
list is a set of eras, ``(first_year, last_year, codes)`` with ``None`` for
open-ended; the codes of a year are the union of the eras that cover it.
Years before 2017-18 get the 2017-18 codes (nothing earlier is specified).

Year splits that FORMATS.md does not pin to a year, and so are a judgement
to check against the DfE's 903 guide of the year:

* REC: E43/E44 (special guardianship, 2017-18 YAML) run to 2019-20; their
  replacements E45-E48 start with 2020-21. The split is one year: a return
  never holds both.
* REASON_PLACE_CHANGE: CUSTOD ("added later") is taken to start with 2020-21,
  the same change of guidance.
* OC3 ACTIV: F4/P4/F5/P5 replace F3/P3. FORMATS.md dates it "2024"; D2I's
  rules for 2022-23 already list F4-P5 and not F3/P3. 2022-23 (2023) is taken
  as the year of change and accepts both, so that no valid return of that year
  is refused whichever its software wrote; F3/P3 end with it, F4-P5 start.
* SEX: 1/2 to 2023-24 (2024), M/F/U from the lac2024_25 rules (2025).
* PLACE: the 2017-18 set to 2024-25 (2025), the lac2025_26 set from 2026, and
  K3 (supported accommodation) from 2024-25 too: D2I's 2024-25 rules read K3
  (146, 221, 371, 503D), so a 2024-25 return may hold it beside H5.
"""

from __future__ import annotations

from typing import NamedTuple


class Era(NamedTuple):
    first_year: int | None
    last_year: int | None
    codes: frozenset[str]

    def covers(self, year: int) -> bool:
        return (self.first_year is None or year >= self.first_year) and (
            self.last_year is None or year <= self.last_year
        )


def _always(*codes: str) -> tuple[Era, ...]:
    return (Era(None, None, frozenset(codes)),)


# The CIN census Ethnicity list (FORMATS.md 1.1); SSDA903 ETHNIC uses the same codes.
ETHNICITY = frozenset(
    {
        "WBRI", "WIRI", "WIRT", "WOTH", "WROM",
        "MWBC", "MWBA", "MWAS", "MOTH",
        "AIND", "APKN", "ABAN", "AOTH",
        "BCRB", "BAFR", "BOTH",
        "CHNE", "OOTH", "REFU", "NOBT",
    }
)  # fmt: skip

_PLACE_SHARED = (
    "A3", "A4", "A5", "A6", "K1", "K2", "P1", "P3", "R1", "R2", "R3", "R5", "S1",
    "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6",
)  # fmt: skip

_REC_SHARED = (
    "X1", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41",
    "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17",
)  # fmt: skip

_ACCOM = frozenset({f"{letter}{n}" for letter in "BCDEGHKRSTUVWXYZ" for n in "12"} | {"0"})

CODELISTS: dict[str, tuple[Era, ...]] = {
    "SEX": (
        Era(None, 2024, frozenset({"1", "2"})),
        Era(2025, None, frozenset({"M", "F", "U"})),
    ),
    "ETHNIC": (Era(None, None, ETHNICITY),),
    "MOTHER": _always("0", "1"),
    "RNE": _always("S", "L", "P", "T", "U", "B"),
    "LS": _always("C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3"),
    "CIN": _always("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"),
    "PLACE": (
        Era(None, None, frozenset(_PLACE_SHARED)),
        Era(None, 2025, frozenset({"H5", "P2", "Z1"})),
        Era(2025, None, frozenset({"K3"})),
        Era(2026, None, frozenset({"Z11", "Z12", "Z13", "Z14"})),
    ),
    "PLACE_PROVIDER": _always("PR0", "PR1", "PR2", "PR3", "PR4", "PR5"),
    "REC": (
        Era(None, None, frozenset(_REC_SHARED)),
        Era(None, 2020, frozenset({"E43", "E44"})),
        Era(2021, None, frozenset({"E45", "E46", "E47", "E48"})),
    ),
    "REASON_PLACE_CHANGE": (
        Era(
            None,
            None,
            frozenset(
                {
                    "CARPL",
                    "CLOSE",
                    "ALLEG",
                    "STAND",
                    "APPRR",
                    "CREQB",
                    "CREQO",
                    "CHILD",
                    "LAREQ",
                    "PLACE",
                    "OTHER",
                }
            ),
        ),
        Era(2021, None, frozenset({"CUSTOD"})),
    ),  # fmt: skip
    "MISSING": _always("M", "A"),
    "REVIEW_CODE": _always("PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"),
    # OC2: the yes/no items are 0/1; SDQ_SCORE is a number (0-40), not a code.
    "OC2_FLAG": _always("0", "1"),
    "SDQ_REASON": _always("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"),
    # OC3 (care leavers).
    "IN_TOUCH": _always("YES", "NO", "DIED", "REFU", "NREQ", "RHOM"),
    "ACTIV": (
        Era(None, None, frozenset({"F1", "P1", "F2", "P2", "G4", "G5", "G6", "0"})),
        Era(None, 2023, frozenset({"F3", "P3"})),
        Era(2023, None, frozenset({"F4", "P4", "F5", "P5"})),  # 2023: both (see above)
    ),
    "ACCOM": (Era(None, None, _ACCOM),),
    # AD1 (adopted in the year).
    "FOSTER_CARE": _always("0", "1"),
    "NB_ADOPTR": _always("1", "2"),
    "SEX_ADOPTR": _always("M1", "F1", "MM", "FF", "MF"),
    "LS_ADOPTR": _always("L0", "L11", "L12", "L2", "L3", "L4"),
    # PlacedAdoption and PrevPerm.
    "REASON_PLACED_CEASED": _always("RD1", "RD2", "RD3", "RD4"),
    "PREV_PERM": _always("P1", "P2", "P3", "P4", "Z1"),
}


def codes(name: str, year: int) -> set[str]:
    """The codes of the named list that are valid in a collection year (2018 = 2017-18)."""
    try:
        eras = CODELISTS[name]
    except KeyError:
        known = ", ".join(sorted(CODELISTS))
        raise KeyError(f"There is no SSDA903 code list '{name}'. Known lists: {known}.") from None
    found: set[str] = set()
    for era in eras:
        if era.covers(year):
            found |= era.codes
    return found
