"""Deliberately broken rows, for exercising validation (off unless ``errors=True``).

Each breaker is one named function that takes a record the writer is about to
write, breaks exactly one thing in it and says (in its comment) which check
that breaks. Records reach a breaker only when they can be broken that way.
The first eligible record of each kind is always broken, later ones rarely,
drawn from a generator of their own so that the rest of the output is the
same with and without ``errors``.
"""

from __future__ import annotations

import random

from safeboard.synth.model import add_years

RATE = 1 / 1500  # of eligible records, after the first


# ---- CIN census (a child's record for one year) -----------------------------------


def _closed_details(record):
    return [
        d for d in record["details"] if d["closure"] is not None and d["closure"] > d["referral"]
    ]


def break_closure_before_referral(record, year, rng) -> bool:
    # Breaks "closure after referral": CINclosureDate before CINreferralDate.
    details = _closed_details(record)
    if not details:
        return False
    detail = details[0]
    detail["closure"] = detail["referral"] - rng.randint(1, 30)
    return True


def break_assessment_before_referral(record, year, rng) -> bool:
    # Breaks "referral <= assessment": AssessmentActualStartDate before CINreferralDate.
    for detail in record["details"]:
        if detail["assessments"]:
            assessment = detail["assessments"][0]
            assessment[0] = detail["referral"] - rng.randint(1, 20)
            return True
    return False


def break_plan_end_before_start(record, year, rng) -> bool:
    # Breaks "end >= start" for plans: CPPendDate before CPPstartDate.
    for detail in record["details"]:
        for plan in detail["plans"]:
            if plan[1] is not None:
                plan[1] = plan[0] - rng.randint(1, 30)
                return True
    return False


def break_birth_after_referral(record, year, rng) -> bool:
    # Breaks "birth before referral" (a born child, no ExpectedPersonBirthDate):
    # PersonBirthDate more than a year after the CINreferralDate.
    if record["birth"] is None or record["expected"] is not None or not record["details"]:
        return False
    record["birth"] = max(d["referral"] for d in record["details"]) + rng.randint(400, 1500)
    return True


def break_age_over_17(record, year, rng) -> bool:
    # Breaks "ages 0-17": the child is 18 or more at the CINreferralDate.
    if record["birth"] is None or record["expected"] is not None or not record["details"]:
        return False
    first = min(d["referral"] for d in record["details"])
    record["birth"] = add_years(first, -18) - rng.randint(30, 700)
    return True


def break_upn_check_letter(record, year, rng) -> bool:
    # Breaks rule 1510: the UPN's check letter does not match its digits.
    upn = record["upn"]
    if not upn:
        return False
    wrong = [c for c in "ABCDEFGHJKLMNPQRTUVWXYZ" if c != upn[0]]
    record["upn"] = rng.choice(wrong) + upn[1:]
    return True


def break_code_not_in_year(record, year, rng) -> bool:
    # Breaks "code lists of the year": a ReferralSource the year does not have
    # (5D before 2022-23, when it was added; 5E, which never existed, after).
    if not record["details"]:
        return False
    record["details"][0]["source"] = "5D" if year < 2023 else "5E"
    return True


# ---- SSDA903 (a child's rows of one year, by table) -------------------------------

EPISODE_DECOM, EPISODE_DEC, EPISODE_REC = 1, 7, 8
MISSING_START, MISSING_END = 3, 4


def break_episode_end_before_start(tables, year, rng) -> bool:
    # Breaks "end >= start" for episodes: DEC before DECOM.
    for row in tables["Episodes"]:
        if row[EPISODE_DEC] is not None:
            row[EPISODE_DEC] = row[EPISODE_DECOM] - rng.randint(1, 30)
            return True
    return False


def break_episode_chain_gap(tables, year, rng) -> bool:
    # Breaks "episodes chained": an episode ending X1 (a new one begins the same
    # day) ends days before the next episode starts.
    for row in tables["Episodes"]:
        if row[EPISODE_REC] == "X1" and row[EPISODE_DEC] - row[EPISODE_DECOM] > 12:
            row[EPISODE_DEC] -= rng.randint(2, 10)
            return True
    return False


def break_missing_end_before_start(tables, year, rng) -> bool:
    # Breaks "missing episodes end after start": MIS_END before MIS_START.
    for row in tables.get("Missing", ()):
        if row[MISSING_END] is not None:
            row[MISSING_END] = row[MISSING_START] - rng.randint(1, 5)
            return True
    return False


CIN_BREAKERS = (
    break_closure_before_referral,
    break_assessment_before_referral,
    break_plan_end_before_start,
    break_birth_after_referral,
    break_age_over_17,
    break_upn_check_letter,
    break_code_not_in_year,
)
SSDA903_BREAKERS = (
    break_episode_end_before_start,
    break_episode_chain_gap,
    break_missing_end_before_start,
)
BREAKER_NAMES = tuple(f.__name__.removeprefix("break_") for f in CIN_BREAKERS + SSDA903_BREAKERS)


class Breakage:
    """Applies at most one breaker to a record; counts what it broke."""

    def __init__(self, seed: int, enabled: bool):
        self.enabled = enabled
        self.rng = random.Random(f"safeboard-synth-broken:{seed}")  # noqa: S311 (reproducible)
        self.counts = dict.fromkeys(BREAKER_NAMES, 0)

    def _apply(self, breakers, record, year) -> None:
        if not self.enabled:
            return
        for breaker in breakers:
            name = breaker.__name__.removeprefix("break_")
            if self.counts[name] and self.rng.random() >= RATE:
                continue
            if breaker(record, year, self.rng):
                self.counts[name] += 1
                return

    def cin(self, record, year: int) -> None:
        self._apply(CIN_BREAKERS, record, year)

    def ssda903(self, tables, year: int) -> None:
        self._apply(SSDA903_BREAKERS, tables, year)
