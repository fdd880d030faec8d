"""Deliberately broken rows, for exercising validation (off unless ``errors=True``).

Each breaker is one named function that takes a record the writer is about to
write, breaks exactly one thing in it and says (in its comment) which check
that breaks. Records reach a breaker only when they can be broken that way.
The first eligible record of each kind is always broken, later ones rarely,
drawn from a generator of their own so that the rest of the output is the
same with and without ``errors``.

``errors=True`` plants the original few faults (each breaking one of the
importer's own checks) in every year. ``errors=DfeFaults(years=...)`` plants
many more, at least one for each family of DfE rule of both returns (dates out
of order, codes outside the year's lists, missing mandatory values,
duplicates, overlaps, ages, contradictions of last year's SSDA903), only in the
years named: the comparison with the D2I validators (``tools/d2i/compare.py``)
needs last year's return clean, because a return with the importer's own
errors is refused and so cannot be last year's snapshot.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from safeboard.synth.model import add_years, year_end, year_start

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


# The DfE rule families (``DfeFaults``): each comment names the DfE rule it is
# planted for (2023-24 numbering); a fault may trip related rules as well.


def _born(record) -> bool:
    return record["birth"] is not None and record["expected"] is None and bool(record["details"])


def break_need_code_invalid(record, year, rng) -> bool:
    # 8650: PrimaryNeedCode outside the Primary Need table (N10 is not a code).
    if not record["details"]:
        return False
    record["details"][0]["need"] = "N10"
    return True


def break_need_code_missing(record, year, rng) -> bool:
    # 8610: a referral going on to further action with no PrimaryNeedCode (empty element).
    for detail in record["details"]:
        if not detail["nfa"]:
            detail["need"] = ""
            return True
    return False


def break_closure_reason_invalid(record, year, rng) -> bool:
    # 8640: ReasonForClosure outside the year's list (RC0 never existed).
    details = _closed_details(record)
    if not details:
        return False
    details[0]["reason"] = "RC0"
    return True


def break_closure_without_reason(record, year, rng) -> bool:
    # 8805: a CINclosureDate without a ReasonForClosure (empty element).
    details = _closed_details(record)
    if not details:
        return False
    details[0]["reason"] = ""
    return True


def break_closure_after_census(record, year, rng) -> bool:
    # 8620: CINclosureDate after the census's 31 March.
    details = _closed_details(record)
    if not details:
        return False
    details[-1]["closure"] = year_end(year) + rng.randint(1, 60)
    return True


def break_referral_after_census(record, year, rng) -> bool:
    # 8600: CINreferralDate after the census's 31 March (an open referral, nothing after it).
    for detail in record["details"]:
        if (
            detail["closure"] is None
            and not detail["assessments"]
            and not detail["s47s"]
            and not detail["plans"]
            and not detail["cin_plans"]
        ):
            detail["referral"] = year_end(year) + rng.randint(1, 60)
            return True
    return False


def break_disability_none_and_other(record, year, rng) -> bool:
    # 8790: Disability NONE beside another disability code.
    if record["disabilities"] != ("NONE",):
        return False
    record["disabilities"] = ("NONE", "MOB")
    return True


def break_disability_missing(record, year, rng) -> bool:
    # 8540: a born child with a referral going on to further action and no Disability at all.
    if not _born(record) or not record["disabilities"]:
        return False
    if all(detail["nfa"] for detail in record["details"]):
        return False
    record["disabilities"] = None
    return True


def break_disability_repeated(record, year, rng) -> bool:
    # 8794: the same Disability code twice.
    disabilities = record["disabilities"]
    if not disabilities or disabilities == ("NONE",):
        return False
    record["disabilities"] = (*disabilities, disabilities[0])
    return True


def _completed_assessments(record):
    return [a for d in record["details"] for a in d["assessments"] if a[1] is not None and a[2]]


def break_factor_21_with_others(record, year, rng) -> bool:
    # 8869: assessment factor 21 ("no factors identified") beside other factors.
    for assessment in _completed_assessments(record):
        if "21" not in assessment[2]:
            assessment[2] = (*assessment[2], "21")
            return True
    return False


def break_factor_repeated(record, year, rng) -> bool:
    # 8898: the same AssessmentFactors code twice in one assessment.
    for assessment in _completed_assessments(record):
        if "21" not in assessment[2]:
            assessment[2] = (*assessment[2], assessment[2][0])
            return True
    return False


def break_assessment_end_before_start(record, year, rng) -> bool:
    # 8608: AssessmentAuthorisationDate before AssessmentActualStartDate.
    for detail in record["details"]:
        for assessment in detail["assessments"]:
            if assessment[1] is not None and assessment[1] - assessment[0] > 3:
                assessment[0], assessment[1] = assessment[1], assessment[0]
                return True
    return False


def _plans(record):
    return [p for d in record["details"] for p in d["plans"]]


def break_plan_same_day(record, year, rng) -> bool:
    # 8840: a child protection plan that starts and ends on the same day.
    for plan in _plans(record):
        if plan[1] is not None and not plan[5]:
            plan[1] = plan[0]
            return True
    return False


def break_review_before_plan(record, year, rng) -> bool:
    # 8841: a CPPreviewDate on or before the plan's CPPstartDate.
    for plan in _plans(record):
        if plan[5] and plan[0] >= year_start(year) + 5:
            plan[5] = [plan[0] - rng.randint(0, 4), *plan[5][1:]]
            return True
    return False


def break_abuse_category_invalid(record, year, rng) -> bool:
    # 8905: InitialCategoryOfAbuse outside the Category of Abuse table.
    for plan in _plans(record):
        plan[2] = "ABU"
        return True
    return False


def break_latest_category_invalid(record, year, rng) -> bool:
    # 8910: LatestCategoryOfAbuse outside the Category of Abuse table.
    for plan in _plans(record):
        plan[3] = "ABU"
        return True
    return False


def break_previous_plans_missing(record, year, rng) -> bool:
    # 8730: NumberOfPreviousCPP missing (empty element).
    for plan in _plans(record):
        plan[4] = ""
        return True
    return False


def break_icpc_on_weekend(record, year, rng) -> bool:
    # 8875: DateOfInitialCPC on a Saturday (and the episode's own DateOfInitialCPC with it).
    for detail in record["details"]:
        for s47 in detail["s47s"]:
            icpc = s47[2]
            if icpc is None:
                continue
            saturday = icpc - (date.fromordinal(icpc).weekday() + 2) % 7
            if saturday <= s47[0] or saturday < year_start(year):
                continue
            if detail["icpc"] == icpc:
                detail["icpc"] = saturday
            s47[2] = saturday
            return True
    return False


def break_s47_after_icpc(record, year, rng) -> bool:
    # 8615: S47ActualStartDate after the DateOfInitialCPC.
    for detail in record["details"]:
        for s47 in detail["s47s"]:
            if s47[2] is not None:
                s47[0] = s47[2] + rng.randint(1, 10)
                return True
    return False


def break_nfa_with_plan(record, year, rng) -> bool:
    # 8832: a referral marked no further action that has a child protection plan.
    for detail in record["details"]:
        if detail["plans"] and not detail["nfa"]:
            detail["nfa"] = True
            return True
    return False


def break_episodes_overlap(record, year, rng) -> bool:
    # 8820: a referral that starts before the child's previous CIN episode closed.
    details = sorted(record["details"], key=lambda d: d["referral"])
    for earlier, later in zip(details, details[1:], strict=False):
        if earlier["closure"] is not None and earlier["closure"] - earlier["referral"] > 10:
            later["referral"] = earlier["closure"] - rng.randint(1, 5)
            return True
    return False


def break_open_episode_not_latest(record, year, rng) -> bool:
    # 8816 (and 8815, 8820): an earlier CIN episode left open (no closure date, no reason).
    details = sorted(record["details"], key=lambda d: d["referral"])
    if len(details) < 2 or details[0]["closure"] is None or details[0]["nfa"]:
        return False
    details[0]["closure"] = None
    details[0]["reason"] = None
    return True


def break_unborn_gender(record, year, rng) -> bool:
    # 8750: an unborn child (ExpectedPersonBirthDate only) with a gender (sex) other than 0 (U).
    if record["birth"] is not None or record["expected"] is None:
        return False
    record["gender"] = "1" if year <= 2024 else "M"
    return True


def break_age_over_25(record, year, rng) -> bool:
    # 8775Q: the child is over 25 at the census's end.
    if not _born(record):
        return False
    record["birth"] = add_years(year_end(year), -26) - rng.randint(10, 300)
    return True


def break_ethnicity_invalid(record, year, rng) -> bool:
    # 4220-family: Ethnicity outside the ethnicity table.
    record["ethnicity"] = "ZZZZ"
    return True


def break_two_open_enquiries(record, year, rng) -> bool:
    # 8839 (and 8890): two section 47 enquiries of one episode open at once.
    for detail in record["details"]:
        if detail["s47s"] and detail["closure"] is None and not detail["nfa"]:
            start = detail["referral"] + 1
            detail["s47s"] += [
                [start, start + 15, None, False],
                [start + 2, start + 17, None, False],
            ]
            return True
    return False


def break_two_open_assessments(record, year, rng) -> bool:
    # 8896 (and 8863Q): two assessments of one episode open at once.
    for detail in record["details"]:
        if detail["assessments"] and detail["closure"] is None and not detail["nfa"]:
            start = max(detail["referral"] + 1, year_end(year) - 20)
            detail["assessments"] += [[start, None, ()], [start + 1, None, ()]]
            return True
    return False


def break_closed_with_open_assessment(record, year, rng) -> bool:
    # 8867: a closed CIN episode whose assessment has no authorisation date.
    for detail in _closed_details(record):
        for assessment in detail["assessments"]:
            if assessment[1] is not None:
                assessment[1], assessment[2] = None, ()
                return True
    return False


def break_assessment_end_after_census(record, year, rng) -> bool:
    # 8696: AssessmentAuthorisationDate after the census's 31 March (on an open episode).
    for detail in record["details"]:
        if detail["closure"] is None:
            for assessment in detail["assessments"]:
                if assessment[1] is not None:
                    assessment[1] = year_end(year) + rng.randint(1, 30)
                    return True
    return False


def break_factors_without_completion(record, year, rng) -> bool:
    # 8614: factors on an assessment that is not completed (no authorisation date).
    for detail in record["details"]:
        if detail["closure"] is None:
            for assessment in detail["assessments"]:
                if assessment[1] is not None and assessment[2]:
                    assessment[1] = None
                    return True
    return False


def break_completed_without_factors(record, year, rng) -> bool:
    # 8897Q: a completed assessment with no factors at all.
    for assessment in _completed_assessments(record):
        assessment[2] = ()
        return True
    return False


def break_icpc_after_census(record, year, rng) -> bool:
    # 8715: a DateOfInitialCPC after the census's 31 March (on an open episode).
    for detail in record["details"]:
        if detail["closure"] is None:
            for s47 in detail["s47s"]:
                if s47[2] is not None:
                    if detail["icpc"] == s47[2]:
                        detail["icpc"] = None
                    s47[2] = year_end(year) + rng.randint(1, 30)
                    return True
    return False


def break_plan_start_after_census(record, year, rng) -> bool:
    # 8720: a CPPstartDate after the census's 31 March (an open plan, no reviews).
    for plan in _plans(record):
        if plan[1] is None and not plan[5]:
            plan[0] = year_end(year) + rng.randint(1, 30)
            return True
    return False


def break_cin_plan_end_before_start(record, year, rng) -> bool:
    # CIN plan dates out of order: CINPlanEndDate before CINPlanStartDate.
    for detail in record["details"]:
        for cin_plan in detail["cin_plans"]:
            if cin_plan[1] is not None:
                cin_plan[1] = cin_plan[0] - rng.randint(1, 20)
                return True
    return False


def break_former_upn_check_letter(record, year, rng) -> bool:
    # 1520-family: the FormerUPN's check letter does not match its digits.
    former = record["former_upn"]
    if not former:
        return False
    record["former_upn"] = ("B" if former[0] != "B" else "C") + former[1:]
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


# The DfE rule families (``DfeFaults``) for SSDA903; columns as in codes.SSDA903_TABLES.
HEADER_SEX, HEADER_DOB, HEADER_ETHNIC, HEADER_UPN, HEADER_MOTHER, HEADER_MC_DOB = 1, 2, 3, 4, 5, 6
EPISODE_RNE, EPISODE_LS, EPISODE_CIN, EPISODE_PLACE = 2, 3, 4, 5
REVIEW_DATE, REVIEW_CODE = 2, 3
MISSING_KIND = 2


def _first(tables, table):
    rows = tables.get(table) or ()
    return rows[0] if rows else None


def break_sex_invalid(tables, year, rng) -> bool:
    # 101: SEX outside the year's codes (3 never was one).
    header = _first(tables, "Header")
    if header is None:
        return False
    header[HEADER_SEX] = "3"
    return True


def break_ethnic_invalid(tables, year, rng) -> bool:
    # 103: ETHNIC outside the ethnicity table.
    header = _first(tables, "Header")
    if header is None:
        return False
    header[HEADER_ETHNIC] = "ZZZZ"
    return True


def break_mother_without_child_birth(tables, year, rng) -> bool:
    # 1009-family: MOTHER = 1 (the girl is a mother) without MC_DOB.
    header = _first(tables, "Header")
    if header is None or header[HEADER_MOTHER] != "0":
        return False
    header[HEADER_MOTHER] = "1"
    return True


def break_rne_invalid(tables, year, rng) -> bool:
    # 102-family: RNE outside the reason for new episode codes.
    episode = _first(tables, "Episodes")
    if episode is None:
        return False
    episode[EPISODE_RNE] = "Z"
    return True


def break_legal_status_invalid(tables, year, rng) -> bool:
    # 103-family: LS outside the legal status codes.
    episode = _first(tables, "Episodes")
    if episode is None:
        return False
    episode[EPISODE_LS] = "X9"
    return True


def break_need_code_invalid_903(tables, year, rng) -> bool:
    # 104-family: CIN (category of need) outside N1-N8 (N0 is a CIN census code only).
    episode = _first(tables, "Episodes")
    if episode is None:
        return False
    episode[EPISODE_CIN] = "N0"
    return True


def break_placement_invalid(tables, year, rng) -> bool:
    # 115-family: PLACE outside the placement type codes.
    episode = _first(tables, "Episodes")
    if episode is None:
        return False
    episode[EPISODE_PLACE] = "Z9"
    return True


def break_reason_ceased_invalid(tables, year, rng) -> bool:
    # 113-family: REC outside the reason episode ceased codes, on an ended episode.
    for row in tables["Episodes"]:
        if row[EPISODE_DEC] is not None:
            row[EPISODE_REC] = "E99"
            return True
    return False


def break_episode_duplicated(tables, year, rng) -> bool:
    # 501-family: two episodes of one child starting on the same day.
    episodes = tables["Episodes"]
    if len(episodes) != 1 or episodes[0][EPISODE_DEC] is not None:
        return False
    episodes.append(list(episodes[0]))
    return True


def break_episodes_overlap_903(tables, year, rng) -> bool:
    # 499/501-family: an episode starting before the previous one ended.
    episodes = sorted(tables["Episodes"], key=lambda row: row[EPISODE_DECOM])
    for earlier, later in zip(episodes, episodes[1:], strict=False):
        if earlier[EPISODE_DEC] is not None and earlier[EPISODE_DEC] - earlier[EPISODE_DECOM] > 12:
            later[EPISODE_DECOM] = earlier[EPISODE_DEC] - rng.randint(2, 10)
            return True
    return False


def break_review_code_invalid(tables, year, rng) -> bool:
    # 141-family: REVIEW_CODE outside the participation codes.
    review = _first(tables, "Reviews")
    if review is None:
        return False
    review[REVIEW_CODE] = "PN9"
    return True


def break_review_before_care(tables, year, rng) -> bool:
    # 181-family ("review before the child was looked after"): REVIEW before the first DECOM.
    review = _first(tables, "Reviews")
    if review is None or not tables["Episodes"]:
        return False
    first = min(row[EPISODE_DECOM] for row in tables["Episodes"])
    if first < year_start(year) + 30:
        return False
    review[REVIEW_DATE] = first - rng.randint(5, 25)
    return True


def break_missing_kind_invalid(tables, year, rng) -> bool:
    # 571-family: MISSING is neither M (missing) nor A (away without authorisation).
    row = _first(tables, "Missing")
    if row is None:
        return False
    row[MISSING_KIND] = "X"
    return True


def break_child_over_18(tables, year, rng) -> bool:
    # Ages: the child is 18 or more when an episode starts; DOB changed in every table.
    episodes = tables["Episodes"]
    if not episodes or any(tables[name] for name in ("OC2", "OC3", "AD1")):
        return False
    first = min(row[EPISODE_DECOM] for row in episodes)
    if first < year_start(year):
        return False  # carried over from last year: the DOB would also contradict it
    dob = add_years(first, -18) - rng.randint(20, 300)
    for name, rows in tables.items():
        column = HEADER_DOB if name in ("Header", "UASC") else 1
        for row in rows:
            if name != "Episodes":
                row[column] = dob
    return True


def break_carried_episode_moved(tables, year, rng) -> bool:
    # 502 (previous year): the episode open on last 31 March starts on another day this year.
    episodes = sorted(tables["Episodes"], key=lambda row: row[EPISODE_DECOM])
    if not episodes or episodes[0][EPISODE_DECOM] >= year_start(year) - 30:
        return False
    episodes[0][EPISODE_DECOM] -= rng.randint(1, 10)
    return True


def break_carried_episode_dropped(tables, year, rng) -> bool:
    # 503-family/1010-family (previous year): the child's episode open on last 31 March is missing.
    episodes = sorted(tables["Episodes"], key=lambda row: row[EPISODE_DECOM])
    if len(episodes) < 2 or episodes[0][EPISODE_DECOM] >= year_start(year):
        return False
    tables["Episodes"].remove(episodes[0])
    return True


def break_dob_changed_since_last_year(tables, year, rng) -> bool:
    # 203 (previous year): a child carried over from last year with another date of birth.
    episodes = tables["Episodes"]
    if not episodes or min(row[EPISODE_DECOM] for row in episodes) >= year_start(year):
        return False
    if any(tables[name] for name in ("OC2", "OC3", "AD1", "UASC")):
        return False
    for name, rows in tables.items():
        column = HEADER_DOB if name in ("Header", "UASC") else 1
        for row in rows:
            if name != "Episodes" and row[column] is not None:
                row[column] -= 40  # more than a month: the month kept at import changes too
    return True


def break_oc3_in_touch_invalid(tables, year, rng) -> bool:
    # 131-family: IN_TOUCH outside the care leaver codes.
    row = _first(tables, "OC3")
    if row is None:
        return False
    row[2] = "MAYBE"
    return True


def break_oc2_convicted_invalid(tables, year, rng) -> bool:
    # OC2 codes: CONVICTED is neither 0 nor 1.
    row = _first(tables, "OC2")
    if row is None:
        return False
    row[4] = "3"
    return True


def break_prev_perm_invalid(tables, year, rng) -> bool:
    # PrevPerm codes: PREV_PERM outside the permanence codes.
    row = _first(tables, "PrevPerm")
    if row is None:
        return False
    row[2] = "Z9"
    return True


def break_sw_reason_invalid(tables, year, rng) -> bool:
    # Social worker episodes: SW_REASON outside the year's reasons.
    row = _first(tables, "SWEpisodes")
    if row is None or row[4] is None:
        return False
    row[5] = "WHIM"
    return True


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

DFE_CIN_BREAKERS = (
    *CIN_BREAKERS,
    break_need_code_invalid,
    break_need_code_missing,
    break_closure_reason_invalid,
    break_closure_without_reason,
    break_closure_after_census,
    break_referral_after_census,
    break_disability_none_and_other,
    break_disability_repeated,
    break_disability_missing,
    break_factor_21_with_others,
    break_factor_repeated,
    break_assessment_end_before_start,
    break_plan_same_day,
    break_review_before_plan,
    break_abuse_category_invalid,
    break_latest_category_invalid,
    break_previous_plans_missing,
    break_icpc_on_weekend,
    break_s47_after_icpc,
    break_nfa_with_plan,
    break_episodes_overlap,
    break_open_episode_not_latest,
    break_unborn_gender,
    break_age_over_25,
    break_ethnicity_invalid,
    break_two_open_enquiries,
    break_two_open_assessments,
    break_closed_with_open_assessment,
    break_assessment_end_after_census,
    break_factors_without_completion,
    break_completed_without_factors,
    break_icpc_after_census,
    break_plan_start_after_census,
    break_cin_plan_end_before_start,
    break_former_upn_check_letter,
)
EPISODE_PROVIDER, EPISODE_PL_POST, EPISODE_URN = 6, 11, 12
_URN_PLACES = ("K1", "K2", "S1")


def _registered(tables) -> list | None:
    """An episode at a registered home (one with an Ofsted URN), if the child has one."""
    for row in tables["Episodes"]:
        if row[EPISODE_PLACE] in _URN_PLACES and row[EPISODE_URN].startswith("SC"):
            return row
    return None


def break_urn_not_registered(tables, year, rng) -> bool:
    # 1008: a URN that is not in the providers' lookup.
    episode = _registered(tables)
    if episode is None:
        return False
    episode[EPISODE_URN] = f"SC6{rng.randint(0, 99_999):05d}"  # SC6: no synthetic home's
    return True


def break_urn_codes_other(tables, year, rng, homes) -> bool:
    # 219 and 224: a foster placement given a registered home's URN (one already in the
    # providers' lookup): neither its placement type nor its provider code (PR3, which
    # no synthetic home has) is the home's.
    known = homes.urns() if homes is not None else []
    if not known:
        return False
    for row in tables["Episodes"]:
        if row[EPISODE_URN] == "XXXXXXX" and row[EPISODE_PLACE].startswith("U"):
            row[EPISODE_URN] = known[0]
            row[EPISODE_PROVIDER] = "PR3"
            return True
    return False


def break_own_home_out_of_county(tables, year, rng) -> bool:
    # 1015 (own provision placed out of the authority), and 221 (not the home's postcode).
    for row in tables["Episodes"]:
        if row[EPISODE_URN].startswith("SC8") and row[EPISODE_PLACE] in _URN_PLACES:
            row[EPISODE_PL_POST] = f"OX16 {rng.randint(1, 9)}AB"
            return True
    return False


def break_carried_placement_moved(tables, year, rng) -> bool:
    # 503G/503H/503J, 452, 453 (previous year): the episode open on last 31 March is
    # placed elsewhere this year (another authority, miles away).
    episodes = sorted(tables["Episodes"], key=lambda row: row[EPISODE_DECOM])
    if not episodes or episodes[0][EPISODE_DECOM] >= year_start(year):
        return False
    first = episodes[0]
    if first[EPISODE_URN].startswith("SC") or not first[EPISODE_PL_POST]:
        return False  # a registered home's postcode is its own (rule 221)
    if first[EPISODE_PL_POST].split()[0] in ("GL55", "WR11"):
        return False
    first[EPISODE_PL_POST] = f"{rng.choice(('GL55', 'WR11'))} {rng.randint(1, 9)}DE"
    return True


DFE_SSDA903_BREAKERS = (
    # First: few children are in registered homes, and a breaker earlier in the list
    # would otherwise take their records.
    break_own_home_out_of_county,
    break_urn_not_registered,
    break_urn_codes_other,
    *SSDA903_BREAKERS,
    break_sex_invalid,
    break_ethnic_invalid,
    break_mother_without_child_birth,
    break_rne_invalid,
    break_legal_status_invalid,
    break_need_code_invalid_903,
    break_placement_invalid,
    break_reason_ceased_invalid,
    break_episode_duplicated,
    break_episodes_overlap_903,
    break_review_code_invalid,
    break_review_before_care,
    break_missing_kind_invalid,
    break_child_over_18,
    break_carried_episode_moved,
    break_carried_episode_dropped,
    break_dob_changed_since_last_year,
    break_oc3_in_touch_invalid,
    break_oc2_convicted_invalid,
    break_prev_perm_invalid,
    break_sw_reason_invalid,
    break_carried_placement_moved,
)
# Breakers that also take the providers' lookup gathered so far (Breakage.homes).
NEEDS_HOMES = frozenset({break_urn_codes_other})
DFE_BREAKER_NAMES = tuple(
    f.__name__.removeprefix("break_") for f in DFE_CIN_BREAKERS + DFE_SSDA903_BREAKERS
)


@dataclass(frozen=True)
class DfeFaults:
    """``errors=DfeFaults(years={2024})``: plant the DfE rule families' faults in those years.

    ``years=None`` plants them in every year.
    """

    years: frozenset[int] | None = None

    def __post_init__(self):
        if self.years is not None:
            object.__setattr__(self, "years", frozenset(self.years))


class Breakage:
    """Applies at most one breaker to a record; counts what it broke.

    ``enabled``: False, True (the original breakers, every year) or a ``DfeFaults``.
    """

    def __init__(self, seed: int, enabled: bool | DfeFaults):
        self.enabled = bool(enabled)
        self.rng = random.Random(f"safeboard-synth-broken:{seed}")  # noqa: S311 (reproducible)
        if isinstance(enabled, DfeFaults):
            self.years = enabled.years
            self.cin_breakers, self.ssda903_breakers = DFE_CIN_BREAKERS, DFE_SSDA903_BREAKERS
            names = DFE_BREAKER_NAMES
        else:
            self.years = None
            self.cin_breakers, self.ssda903_breakers = CIN_BREAKERS, SSDA903_BREAKERS
            names = BREAKER_NAMES
        self.counts = dict.fromkeys(names, 0)
        # The providers' lookup the generator gathers (safeboard.synth.places), set by it.
        self.homes = None

    def _apply(self, breakers, record, year) -> None:
        if not self.enabled or (self.years is not None and year not in self.years):
            return
        for breaker in breakers:
            name = breaker.__name__.removeprefix("break_")
            if self.counts[name] and self.rng.random() >= RATE:
                continue
            if breaker in NEEDS_HOMES:
                planted = breaker(record, year, self.rng, self.homes)
            else:
                planted = breaker(record, year, self.rng)
            if planted:
                self.counts[name] += 1
                return

    def cin(self, record, year: int) -> None:
        self._apply(self.cin_breakers, record, year)

    def ssda903(self, tables, year: int) -> None:
        self._apply(self.ssda903_breakers, tables, year)
