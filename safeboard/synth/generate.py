"""``synth_write``: the synthetic partnership's input files, streamed child by child.

For each collection year: ``cin_<YYYY>.xml`` (FORMATS.md 1.1),
``ssda903_<YYYY>/<Table>.csv`` (1.2) and ``contacts_<YYYY>.csv`` (2.1); once:
``characteristics.csv`` (2.2), ``population.csv`` (2.3) and ``baseline.csv``
(2.4). Each year's files show what was known on its 31 March: an end date
after it is left blank and anything starting after it is left out.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from safeboard.synth import codes, places
from safeboard.synth.broken import Breakage
from safeboard.synth.model import (
    BASE_CHILDREN,
    CONTACT_ONLY_CHILDREN_PER_YEAR,
    LEGACY_CARE_ENTRIES_PER_YEAR,
    LEGACY_YEARS,
    NEW_CHILDREN_PER_YEAR,
    Child,
    Simulator,
    add_years,
    age_years,
    year_end,
    year_start,
)

FIRST_SUPPORTED_YEAR = 2013
LAST_SUPPORTED_YEAR = 2030
PROGRESS_EVERY = 500


@dataclass
class YearCounts:
    """Headline counts of one collection year, as written in its files."""

    year: int
    children: int = 0  # children in the CIN census
    referrals: int = 0  # CINdetails with a referral date in the year
    cp_open: int = 0  # children on a child protection plan at 31 March
    looked_after: int = 0  # children looked after at 31 March
    looked_after_in_year: int = 0  # children with SSDA903 episodes
    missing_episodes: int = 0  # Missing rows starting in the year
    missing_children: int = 0
    contacts: int = 0


@dataclass
class SynthSummary:
    out: Path
    seed: int
    children: int
    years: tuple[int, ...]
    files: list[Path] = field(default_factory=list)
    counts: dict[int, YearCounts] = field(default_factory=dict)
    broken: dict[str, int] = field(default_factory=dict)
    children_written: int = 0

    def lines(self) -> list[str]:
        """A small table of the headline counts, for printing."""
        header = (
            "year",
            "children",
            "referrals",
            "contacts",
            "CP 31 Mar",
            "LAC 31 Mar",
            "missing eps",
            "missing ch.",
        )
        rows = [header]
        for year in self.years:
            c = self.counts[year]
            rows.append(
                (
                    str(year),
                    f"{c.children:,}",
                    f"{c.referrals:,}",
                    f"{c.contacts:,}",
                    f"{c.cp_open:,}",
                    f"{c.looked_after:,}",
                    f"{c.missing_episodes:,}",
                    f"{c.missing_children:,}",
                )
            )
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        return [
            "  ".join(cell.rjust(w) for cell, w in zip(row, widths, strict=True)) for row in rows
        ]


# ---- formatting ------------------------------------------------------------------------

_UK: dict[int, str] = {}
_ISO: dict[int, str] = {}


def uk(day: int | None) -> str:
    if day is None:
        return ""
    text = _UK.get(day)
    if text is None:
        d = date.fromordinal(day)
        text = _UK[day] = f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
    return text


def iso(day: int) -> str:
    text = _ISO.get(day)
    if text is None:
        text = _ISO[day] = date.fromordinal(day).isoformat()
    return text


def child_id(number: int) -> str:
    return f"SYN{number:07d}"


def _csv(stack: ExitStack, path: Path, columns) -> csv.writer:
    handle = stack.enter_context(path.open("w", encoding="utf-8", newline=""))
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(columns)
    return writer


# ---- one year's view of a child ------------------------------------------------------


def _upn(child: Child, year_end_day: int) -> str | None:
    """The child's UPN at 31 March, once of school age (from 5)."""
    if child.upn_serial is None or child.birth > year_end_day:
        return None
    if age_years(child.birth, year_end_day) < 5:
        return None
    return codes.make_upn(child.upn_serial, date.fromordinal(child.birth).year + 5)


def _school_age(child: Child, year: int) -> bool:
    """Of school age in the collection year: born by 31 August six years before its end, so
    4 by the 31 August the school year began (DfE rules 209 and 8770Q; to the month)."""
    born = date.fromordinal(child.birth)
    return (born.year, born.month) <= (year - 6, 8)


def cin_record(child: Child, year: int) -> dict | None:
    """The child as the CIN census of ``year`` shows it, or None when not in it."""
    ys, ye = year_start(year), year_end(year)
    details = []
    for episode in child.episodes:
        if episode.referral > ye:
            continue
        closure = episode.closure if episode.closure <= ye else None
        if closure is not None and closure < ys:
            continue
        assessments = [
            [a.start, a.auth if a.auth <= ye else None, a.factors if a.auth <= ye else ()]
            for a in episode.assessments
            if a.start <= ye and (a.auth > ye or a.auth >= ys)
        ]
        cin_plans = []
        if year >= 2022:
            cin_plans = [
                [s, e if e <= ye else None] for s, e in episode.cin_plans if s <= ye and e >= ys
            ]
        s47s = []
        icpcs = []
        for s in episode.s47s:
            if s.icpc is not None and s.icpc <= ye:
                icpcs.append(s.icpc)
            if s.start > ye:
                continue
            icpc = s.icpc if s.icpc is not None and s.icpc <= ye else None
            if s.start >= ys or (icpc is not None and icpc >= ys):
                s47s.append([s.start, s.target, icpc, s.icpc is None])
        plans = [
            [
                p.start,
                p.end if p.end <= ye else None,
                p.initial,
                p.latest,
                p.previous,
                [r for r in p.reviews if ys <= r <= ye],
            ]
            for p in episode.plans
            if p.start <= ye and p.end >= ys
        ]
        # A conference is recorded once: on the section 47 enquiry written with it, and on
        # the episode only when that enquiry is not in this year's census (DfE rule 2884).
        on_s47 = {s[2] for s in s47s}
        icpcs = [day for day in icpcs if day not in on_s47]
        details.append(
            {
                "referral": episode.referral,
                "source": episode.source,
                "need": episode.need,
                "closure": closure,
                "reason": episode.reason if closure is not None else None,
                "icpc": min(icpcs) if icpcs else None,
                "assessments": assessments,
                "cin_plans": cin_plans,
                "s47s": s47s,
                "nfa": episode.nfa,
                "plans": plans,
            }
        )
    if not details:
        return None
    born = child.birth <= ye
    upn = _upn(child, ye)
    upn_unknown = None
    if upn is None:
        if all(d["nfa"] for d in details):
            upn_unknown = "UN7"
        elif not born or not _school_age(child, year):
            upn_unknown = "UN1"
        else:
            upn_unknown = child.upn_unknown_older
    former = None
    if upn is not None and child.former_upn:
        former = codes.make_upn((child.upn_serial + 500_000) % 1_000_000, 1999 + year % 7)
    if not born:
        gender = "0" if year <= 2024 else "U"
    elif year <= 2024:
        gender = {"M": "1", "F": "2", "U": "0", "I": "9"}[child.sex]
    else:
        gender = child.sex if child.sex in ("M", "F") else "U"
    if child.disabled:
        disabilities = child.disabled
    elif child.disabilities_given or not all(d["nfa"] for d in details):
        # Required once a referral went further than no further action (DfE rule 8540).
        disabilities = ("NONE",)
    else:
        disabilities = None
    return {
        "upn": upn,
        "former_upn": former,
        "upn_unknown": upn_unknown,
        "birth": child.birth if born else None,
        "expected": None if born else child.expected,
        "gender": gender,
        "death": child.death if child.death is not None and child.death <= ye else None,
        "ethnicity": child.ethnicity,
        "disabilities": disabilities,
        "details": details,
    }


def _el(out: list[str], indent: str, name: str, value) -> None:
    out.append(f"{indent}<{name}>{value}</{name}>\n")


def cin_xml(record: dict, number: int, year: int) -> str:
    """One ``<Child>`` in the element order of FORMATS.md 1.1."""
    out: list[str] = ["    <Child>\n", "      <ChildIdentifiers>\n"]
    i3 = "        "
    _el(out, i3, "LAchildID", child_id(number))
    if record["upn"]:
        _el(out, i3, "UPN", record["upn"])
    if record["former_upn"]:
        _el(out, i3, "FormerUPN", record["former_upn"])
    if record["upn_unknown"]:
        _el(out, i3, "UPNunknown", record["upn_unknown"])
    if record["birth"] is not None:
        _el(out, i3, "PersonBirthDate", iso(record["birth"]))
    if record["expected"] is not None:
        _el(out, i3, "ExpectedPersonBirthDate", iso(record["expected"]))
    _el(out, i3, "GenderCurrent" if year <= 2024 else "Sex", record["gender"])
    if record["death"] is not None:
        _el(out, i3, "PersonDeathDate", iso(record["death"]))
    out.append("      </ChildIdentifiers>\n      <ChildCharacteristics>\n")
    _el(out, i3, "Ethnicity", record["ethnicity"])
    if record["disabilities"]:
        out.append(f"{i3}<Disabilities>\n")
        for code in record["disabilities"]:
            _el(out, i3 + "  ", "Disability", code)
        out.append(f"{i3}</Disabilities>\n")
    out.append("      </ChildCharacteristics>\n")
    i4, i5 = i3 + "  ", i3 + "    "
    for d in record["details"]:
        out.append("      <CINdetails>\n")
        _el(out, i3, "CINreferralDate", iso(d["referral"]))
        _el(out, i3, "ReferralSource", d["source"])
        _el(out, i3, "PrimaryNeedCode", d["need"])
        if d["closure"] is not None:
            _el(out, i3, "CINclosureDate", iso(d["closure"]))
            _el(out, i3, "ReasonForClosure", d["reason"])
        if d["icpc"] is not None:
            _el(out, i3, "DateOfInitialCPC", iso(d["icpc"]))
        for start, auth, factors in d["assessments"]:
            out.append(f"{i3}<Assessments>\n")
            _el(out, i4, "AssessmentActualStartDate", iso(start))
            if auth is not None:
                _el(out, i4, "AssessmentAuthorisationDate", iso(auth))
            if factors:
                out.append(f"{i4}<FactorsIdentifiedAtAssessment>\n")
                for code in factors:
                    _el(out, i5, "AssessmentFactors", code)
                out.append(f"{i4}</FactorsIdentifiedAtAssessment>\n")
            out.append(f"{i3}</Assessments>\n")
        for start, end in d["cin_plans"]:
            out.append(f"{i3}<CINPlanDates>\n")
            _el(out, i4, "CINPlanStartDate", iso(start))
            if end is not None:
                _el(out, i4, "CINPlanEndDate", iso(end))
            out.append(f"{i3}</CINPlanDates>\n")
        for start, target, icpc, not_required in d["s47s"]:
            out.append(f"{i3}<Section47>\n")
            _el(out, i4, "S47ActualStartDate", iso(start))
            _el(out, i4, "InitialCPCtarget", iso(target))
            if icpc is not None:
                _el(out, i4, "DateOfInitialCPC", iso(icpc))
            _el(out, i4, "ICPCnotRequired", "true" if not_required else "false")
            out.append(f"{i3}</Section47>\n")
        _el(out, i3, "ReferralNFA", "true" if d["nfa"] else "false")
        for start, end, initial, latest, previous, reviews in d["plans"]:
            out.append(f"{i3}<ChildProtectionPlans>\n")
            _el(out, i4, "CPPstartDate", iso(start))
            if end is not None:
                _el(out, i4, "CPPendDate", iso(end))
            _el(out, i4, "InitialCategoryOfAbuse", initial)
            _el(out, i4, "LatestCategoryOfAbuse", latest)
            _el(out, i4, "NumberOfPreviousCPP", previous)
            if reviews:
                out.append(f"{i4}<Reviews>\n")
                for review in reviews:
                    _el(out, i5, "CPPreviewDate", iso(review))
                out.append(f"{i4}</Reviews>\n")
            out.append(f"{i3}</ChildProtectionPlans>\n")
        out.append("      </CINdetails>\n")
    out.append("    </Child>\n")
    return "".join(out)


def cin_header(year: int) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<Message>\n"
        "  <Header>\n"
        "    <CollectionDetails>\n"
        "      <Collection>CIN</Collection>\n"
        f"      <Year>{year}</Year>\n"
        f"      <ReferenceDate>{year}-03-31</ReferenceDate>\n"
        "    </CollectionDetails>\n"
        "    <Source>\n"
        "      <SourceLevel>L</SourceLevel>\n"
        f"      <LEA>{codes.LA_CODE}</LEA>\n"
        "      <SoftwareCode>Safeboard synthetic data</SoftwareCode>\n"
        "      <Release>1</Release>\n"
        "      <SerialNo>1</SerialNo>\n"
        f"      <DateTime>{year}-04-20T09:00:00</DateTime>\n"
        "    </Source>\n"
        "  </Header>\n"
        "  <Children>\n"
    )


CIN_FOOTER = "  </Children>\n</Message>\n"


def ssda903_rows(child: Child, year: int, rng: random.Random) -> dict[str, list[list]] | None:
    """The child's rows in each SSDA903 table of ``year`` (dates as ordinals)."""
    ys, ye = year_start(year), year_end(year)
    periods = [p for p in child.periods if p.start <= ye and p.end >= ys]
    oc3 = _oc3_row(child, year, ys, ye, rng)
    if not periods and oc3 is None:
        return None
    tables: dict[str, list[list]] = {name: [] for name in codes.ssda903_tables(year)}
    dob = child.birth
    if oc3 is not None:
        tables["OC3"].append([None, dob, *oc3])
    upn = _upn(child, ye)
    if upn is None:
        upn = child.upn_unknown_older if _school_age(child, year) else "UN1"
        if upn == "UN4" and child.periods:
            # "Not yet obtained" is not for a child looked after (DfE rule 210); the
            # same code every year the child is in the return (rule 208).
            upn = "UN2"
    mother, mc_dob = "", None
    if child.sex == "F" and periods:  # not for a care leaver not looked after (DfE rule 628)
        births = [
            p.mother_child_birth
            for p in child.periods
            if p.mother_child_birth is not None and p.mother_child_birth <= ye
        ]
        # MC_DOB is the first child's (DfE rule 624).
        mother, mc_dob = ("1", min(births)) if births else ("0", None)
    sex = codes.ssda903_sex(child.sex, year)
    # Every child of the return has a Header row, a care leaver only in OC3 too (DfE INT06).
    tables["Header"].append([None, sex, dob, child.ethnicity, upn, mother, mc_dob])
    if not periods:
        return tables
    if any(p.uasc for p in child.periods if p.start <= ye) and child.end18 >= ys:
        # Unaccompanied until 18, in every year's return with care until then (DfE rule 205A);
        # ceasing with care that ends before 18, when the care leaver's years need none (1014).
        duc = child.end18 if child.end18 <= ye else None
        last = child.periods[-1]
        if duc is None and last.uasc and last.end <= ye:
            duc = last.end
        tables["UASC"].append([None, sex, dob, duc])
    for period in periods:
        for ep in period.episodes:
            if ep.start > ye or ep.end < ys:
                continue
            ended = ep.end <= ye
            rec = codes.ssda903_rec(ep.rec, ep.place, year) if ended else ""
            tables["Episodes"].append(
                [
                    None,
                    ep.start,
                    ep.rne,
                    ep.ls,
                    period.need,
                    ep.place,
                    ep.provider,
                    ep.end if ended else None,
                    rec,
                    ep.reason_change if ended else "",
                    period.home_post,
                    ep.pl_post,
                    ep.urn,
                ]
            )
        for day, code in period.reviews:
            if ys <= day <= ye:
                tables["Reviews"].append([None, dob, day, code])
        if period.start <= ys and period.end >= ye:  # looked after all year (DfE 191): OC2
            tables["OC2"].append([None, dob, *_oc2_values(child, ye, rng)])
        if period.exit in ("E11", "E12") and ys <= period.end <= ye:
            nb, sex_adopters, status = period.adopters
            tables["AD1"].append(
                [
                    None,
                    dob,
                    period.adoption_decision,
                    period.adoption_match,
                    "1" if period.foster_care_adoption else "0",
                    nb,
                    sex_adopters,
                    status,
                ]
            )
        decision = period.adoption_decision
        if decision is not None and decision <= ye:
            ceased = period.adoption_decision_ceased
            adopted_before = period.exit in ("E11", "E12") and period.end < ys
            if not adopted_before and (ceased is None or ceased >= ys):
                shown = ceased if ceased is not None and ceased <= ye else None
                tables["PlacedAdoption"].append(
                    [None, dob, decision, shown, period.adoption_ceased_reason if shown else ""]
                )
        if ys <= period.start <= ye and not tables["PrevPerm"]:  # one row a child (INT35)
            kind, la, when = period.prev_perm
            tables["PrevPerm"].append([None, dob, kind, la, when])
        for start, end, kind in period.missing:
            if ys <= start <= ye:
                tables["Missing"].append([None, dob, kind, start, end if end <= ye else None])
        if "SWEpisodes" in tables:
            for worker, start, end, reason in period.social_workers:
                if start <= ye and end >= ys:
                    tables["SWEpisodes"].append(
                        [None, dob, worker, start, end if end <= ye else None, reason]
                    )
        if "DoLo" in tables:
            for start, end in period.dolo:
                if start <= ye and end >= ys:
                    tables["DoLo"].append([None, dob, start, end if end <= ye else None])
    return tables


def _oc2_values(child: Child, ye: int, rng: random.Random) -> list:
    age = age_years(child.birth, ye)
    score, reason = "", ""
    # A score or a reason for none for every child of SDQ age (4 to 16) in the year, the
    # years of the 4th and 17th birthdays included (DfE rule 197B); SDQ1 (under 4 or over
    # 16 at the assessment) only in those two years (DfE rule 157).
    if 4 <= age <= 17:
        if rng.random() < 0.8:
            score = str(int(rng.triangular(0, 40, 13)))
        elif age in (4, 17):
            reason = rng.choice(codes.SDQ_REASONS)
        else:
            reason = rng.choice(codes.SDQ_REASONS[1:])
    convicted = ("1" if rng.random() < 0.03 else "0") if age >= 10 else ""
    misuse = "1" if age >= 11 and rng.random() < 0.05 else "0"
    received = offered = ""
    if misuse == "1":
        received = "1" if rng.random() < 0.6 else "0"
        # "Offered" is asked only when none was received (DfE rule 158).
        offered = "" if received == "1" else ("1" if rng.random() < 0.5 else "0")

    def yes(p):
        return "1" if rng.random() < p else "0"

    health_check = yes(0.9)
    if age >= 5:
        health_check = ""  # development checks are for under-fives (DfE rule 546)
    return [
        score,
        reason,
        convicted,
        health_check,
        yes(0.86),
        yes(0.85),
        yes(0.9),
        misuse,
        received,
        offered,
    ]


def _oc3_row(child: Child, year: int, ys: int, ye: int, rng: random.Random) -> list | None:
    """Care leavers: a row in the years of their 17th to 21st birthdays."""
    if not child.periods:
        return None
    period = child.periods[-1]
    if period.end > ye or period.end < add_years(child.birth, 16):
        return None
    if period.exit == "E3":
        return None  # the authority that took over the care returns it (DfE rule 1011)
    if period.end == ye:
        return None  # looked after all year to 31 March: OC2's, not yet OC3's (DfE rule 187)
    mother_last_year = any(
        p.mother_child_birth is not None and p.mother_child_birth < ys for p in child.periods
    )
    if mother_last_year and year_start(year - 1) <= period.end < ys:
        # Last year's Header gave her first child's birth; a care leaver not looked after
        # this year may not (DfE rule 628), yet must (624, 612): left out this one year.
        return None
    for age in (17, 18, 19, 20, 21):
        birthday = add_years(child.birth, age)
        if ys <= birthday <= ye and birthday >= period.end:
            in_touch = codes.IN_TOUCH.draw(rng)
            if in_touch != "YES":
                return [in_touch, "0", "0"]  # not in touch: 0, not blank (DfE rules 132, 153)
            activity = codes.oc3_activities(year).draw(rng)
            accom = codes.ACCOM.draw(rng)
            if age <= 18 and accom[0] == "T":
                accom = "G" + accom[1]  # no foyer before 18 (DfE rule 347): semi-independent
            if age == 17 and accom[0] == "Z":
                accom = "U" + accom[1]  # not with former foster carers at 17 (DfE rule 3001)
            return [in_touch, activity, accom]
    return None


# ---- the writer -------------------------------------------------------------------------


class _Writers:
    """Every output file of the run, open for the whole run."""

    def __init__(self, stack: ExitStack, out: Path, years: tuple[int, ...]):
        self.files: list[Path] = []
        self.cin = {}
        self.ssda903: dict[int, dict[str, csv.writer]] = {}
        self.contacts = {}
        for year in years:
            path = out / f"cin_{year}.xml"
            handle = stack.enter_context(path.open("w", encoding="utf-8", newline="\n"))
            handle.write(cin_header(year))
            stack.callback(handle.write, CIN_FOOTER)
            self.cin[year] = handle
            self.files.append(path)
            folder = out / f"ssda903_{year}"
            folder.mkdir(exist_ok=True)
            self.ssda903[year] = {}
            for table in codes.ssda903_tables(year):
                path = folder / f"{table}.csv"
                self.ssda903[year][table] = _csv(stack, path, codes.SSDA903_TABLES[table])
                self.files.append(path)
            path = out / f"contacts_{year}.csv"
            self.contacts[year] = _csv(
                stack,
                path,
                (
                    "Child Unique ID",
                    "Gender",
                    "Ethnicity",
                    "Date of Birth",
                    "Age of Child (Years)",
                    "Date of Contact",
                    "Contact Source",
                ),
            )
            self.files.append(path)
        path = out / "characteristics.csv"
        self.characteristics = _csv(stack, path, ("child_id", "district", "language"))
        self.files.append(path)


def synth_write(
    *,
    children: int,
    years: int,
    seed: int,
    out: Path,
    last_year: int = 2018,
    progress: Callable[[int, int], None] | None = None,
    errors: bool = False,
) -> SynthSummary:
    """Write a synthetic partnership's returns for ``years`` collection years to ``out``.

    ``children`` is the size of the child population the local authority works
    with in a year (about 12,000 gives the source report's shapes); every
    count scales with it. The same arguments give byte-identical files.
    ``errors=True`` adds a few deliberately broken rows (see ``broken``).
    """
    if children < 1:
        raise ValueError("children must be at least 1.")
    if years < 1:
        raise ValueError("years must be at least 1.")
    first_year = last_year - years + 1
    if first_year < FIRST_SUPPORTED_YEAR or last_year > LAST_SUPPORTED_YEAR:
        raise ValueError(
            f"The collection years must lie between {FIRST_SUPPORTED_YEAR} and "
            f"{LAST_SUPPORTED_YEAR}; {first_year} to {last_year} does not."
        )
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    year_list = tuple(range(first_year, last_year + 1))
    scale = children / BASE_CHILDREN
    # Not for secrets: synthetic data must be reproducible from its seed.
    rng = random.Random(seed)  # noqa: S311
    render_rng = random.Random(f"safeboard-synth-render:{seed}")  # noqa: S311
    simulator = Simulator(rng, first_year=first_year, last_year=last_year)
    breakage = Breakage(seed, errors)

    history_days = simulator.window_end - simulator.history_start + 1
    legacy_start = simulator.history_start - round(LEGACY_YEARS * 365.25)
    legacy_days = simulator.history_start - legacy_start
    window_days = simulator.window_end - simulator.window_start + 1
    n_referred = round(NEW_CHILDREN_PER_YEAR * scale * history_days / 365.25)
    n_legacy = round(LEGACY_CARE_ENTRIES_PER_YEAR * scale * legacy_days / 365.25)
    n_contact_only = round(CONTACT_ONLY_CHILDREN_PER_YEAR * scale * window_days / 365.25)
    total = n_referred + n_legacy + n_contact_only

    summary = SynthSummary(out=out, seed=seed, children=children, years=year_list)
    summary.counts = {year: YearCounts(year) for year in year_list}
    with ExitStack() as stack:
        writers = _Writers(stack, out, year_list)
        summary.files = writers.files
        emit = _Emitter(writers, summary, breakage, render_rng, year_list)
        done = 0
        for _ in range(n_referred):
            day = simulator.history_start + rng.randrange(history_days)
            emit(simulator.referred_child(day))
            done += 1
            if progress and done % PROGRESS_EVERY == 0:
                progress(done, total)
        for _ in range(n_legacy):
            child = simulator.legacy_child(legacy_start + rng.randrange(legacy_days))
            if child is not None:
                emit(child)
            done += 1
            if progress and done % PROGRESS_EVERY == 0:
                progress(done, total)
        for _ in range(n_contact_only):
            emit(simulator.contact_only_child(simulator.window_start + rng.randrange(window_days)))
            done += 1
            if progress and done % PROGRESS_EVERY == 0:
                progress(done, total)
        summary.children_written = emit.number
    _write_population(out, year_list, scale, summary)
    _write_baseline(out, year_list, summary)
    _write_reference(out, emit.providers, summary)
    summary.broken = dict(breakage.counts) if errors else {}
    if progress:
        progress(total, total)
    return summary


class _Emitter:
    """Writes one child into every file it belongs in, and counts what it wrote."""

    def __init__(self, writers, summary, breakage, rng, years):
        self.writers = writers
        self.summary = summary
        self.breakage = breakage
        self.rng = rng
        self.years = years
        self.number = 0
        self.providers = places.ProviderLookup()
        breakage.homes = self.providers  # a planted fault may name a registered home

    def __call__(self, child: Child) -> None:
        years = [
            y
            for y in self.years
            if child.first_day <= year_end(y) and child.last_day >= year_start(y)
        ]
        if not years:
            return
        cin = {}
        ssda903 = {}
        contacts = {}
        for year in years:
            ys, ye = year_start(year), year_end(year)
            record = cin_record(child, year)
            if record is not None:
                cin[year] = record
            tables = ssda903_rows(child, year, self.rng)
            if tables is not None:
                ssda903[year] = tables
            rows = [c for c in child.contacts if ys <= c.day <= ye and c.day < child.end18]
            if rows:
                contacts[year] = rows
        if not (cin or ssda903 or contacts):
            return
        self.number += 1
        cid = child_id(self.number)
        counts = self.summary.counts
        for year, record in cin.items():
            self.breakage.cin(record, year)
            self.writers.cin[year].write(cin_xml(record, self.number, year))
            count = counts[year]
            count.children += 1
            ys, ye = year_start(year), year_end(year)
            count.referrals += sum(1 for d in record["details"] if ys <= d["referral"] <= ye)
            if any(
                p[0] <= ye and (p[1] is None or p[1] > ye)
                for d in record["details"]
                for p in d["plans"]
            ):
                count.cp_open += 1
        for year, tables in ssda903.items():
            for row in tables["Episodes"]:  # before any fault is planted in them
                self.providers.add(row[12], row[5], row[6])
            self.breakage.ssda903(tables, year)
            writers = self.writers.ssda903[year]
            for name, rows in tables.items():
                writer = writers[name]
                for row in rows:
                    row[0] = cid
                    writer.writerow([uk(v) if isinstance(v, int) or v is None else v for v in row])
            count = counts[year]
            if tables["Episodes"]:
                count.looked_after_in_year += 1
            if any(row[7] is None for row in tables["Episodes"]):
                count.looked_after += 1
            if tables["Missing"]:
                count.missing_children += 1
                count.missing_episodes += len(tables["Missing"])
        for year, rows in contacts.items():
            writer = self.writers.contacts[year]
            for contact in rows:
                writer.writerow(self._contact_row(child, cid, contact))
            counts[year].contacts += len(rows)
        self.writers.characteristics.writerow((cid, child.district, child.language))

    def _contact_row(self, child: Child, cid: str, contact) -> tuple:
        born = child.birth <= contact.day
        return (
            cid,
            codes.ANNEX_A_GENDER[child.sex if born else "U"],
            codes.annex_a_ethnicity(child.ethnicity),
            uk(child.birth) if born else "",
            str(age_years(child.birth, contact.day)) if born else "",
            uk(contact.day),
            codes.annex_a_source(contact.source),
        )


def _write_reference(out: Path, providers, summary: SynthSummary) -> None:
    """The postcode directory and the providers' lookup DfE's placement rules read."""
    for name, write in (
        ("postcodes.csv", places.write_postcode_directory),
        ("providers.csv", providers.write),
    ):
        write(out / name)
        summary.files.append(out / name)


def _write_population(out: Path, years, scale: float, summary: SynthSummary) -> None:
    path = out / "population.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("area_code", "area_name", "mid_year", "population_0_17"))
        for year in years:
            mid_year = year - 1
            growth = (1 + codes.POPULATION_GROWTH) ** (mid_year - 2017)
            for code, (name, _, base, _, _) in codes.DISTRICTS.items():
                writer.writerow((code, name, mid_year, max(1, round(base * growth * scale))))
    summary.files.append(path)


def _write_baseline(out: Path, years, summary: SynthSummary) -> None:
    """School census shares by ethnicity and language group (January of each year)."""
    path = out / "baseline.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("breakdown_dim", "breakdown_value", "percent", "source", "as_at"))
        for year in years:
            drift = (year - 2018) * 0.3  # a slowly more diverse school population
            source = f"School census January {year} (synthetic)"
            as_at = f"{year}-01-18"
            for dim, shares in (
                ("ethnicity", codes.BASELINE_ETHNICITY),
                ("language", codes.BASELINE_LANGUAGE),
            ):
                first = round(shares[0][1] - drift, 1)
                second = round(shares[1][1] + drift, 1)
                third = round(100 - first - second, 1)
                for (value, _), percent in zip(shares, (first, second, third), strict=True):
                    writer.writerow((dim, value, f"{percent:.1f}", source, as_at))
    summary.files.append(path)
