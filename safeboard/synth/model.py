"""The life of one synthetic child with children's social care, as plain records.

Dates are proleptic Gregorian ordinals (``date.toordinal()``) throughout: the
simulation adds days, and only the writers turn them into text. A child's
whole history over the window is simulated at once and then written, so
memory holds one child at a time.

Every rate below is per child population of ``BASE_CHILDREN`` (the scale of
the source report's 2017-18 county) and scales linearly. The shapes they aim
at are the report's Appendix A: about 10,000 referrals a year, about 560
children on a plan and 700 looked after at a time, about 145 children missing
from care with about 900 episodes a year.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date

from safeboard.synth import codes, places
from safeboard.synth.codes import Weighted, collection_year

BASE_CHILDREN = 12_000
OPEN = date.max.toordinal()  # the end of what has not ended
DAYS_A_YEAR = 365.25

# ---- calibration (at BASE_CHILDREN) ----------------------------------------------------
NEW_CHILDREN_PER_YEAR = 7_120  # children referred for the first time
LEGACY_CARE_ENTRIES_PER_YEAR = 400  # entries into care before the simulated history (a little above
# the later rate, for the entries the first simulated year misses while its cases build up)
CONTACT_ONLY_CHILDREN_PER_YEAR = 1_150  # contacts that never became a referral
BURN_IN_DAYS = 1_095  # referrals simulated before the first year, so it starts in a steady state
LEGACY_YEARS = 18  # how far back children still in care may have come into care

UNBORN_AT_FIRST_REFERRAL = 0.02
DISABLED = 0.035
ETHNICITY_NOT_RECORDED = 0.18
UASC_SHARE = 0.004  # referrals that are unaccompanied asylum-seeking children

P_NFA = 0.36
P_NO_ASSESSMENT = 0.18  # closed without an assessment, not NFA (transferred, services ceased)
P_S47 = 0.215  # of assessed referrals (before the district and age factors)
P_ICPC = 0.50  # of Section 47 enquiries
P_PLAN = 0.90  # of conferences
P_EMERGENCY_CARE = 0.0186  # of assessed referrals without a Section 47
P_CIN_AFTER_ASSESSMENT = 0.52
P_CP_TO_CARE = 0.13
P_CP_TO_CARE_BABY = 0.37  # a plan ending before the child's first birthday (removal at birth)
P_CP_STEP_DOWN = 0.60
P_CIN_TO_CARE = 0.051
P_CIN_TO_S47 = 0.05
P_CIN_STAYS_OPEN_IN_CARE = 0.60
P_REREFERRAL = 0.38
P_DEATH = 0.0005

# Share of referrals by age band at referral (born children).
AGE_BANDS = Weighted([((0, 0), 9), ((1, 4), 22), ((5, 9), 27), ((10, 15), 33), ((16, 17), 9)])
SEX = Weighted([("M", 51.3), ("F", 48.2), ("U", 0.3), ("I", 0.2)])

# Missing from care, per child per collection year, for children aged 11 or more in care.
MISSING_CLASS = Weighted([("none", 73), ("one", 9), ("few", 16.2), ("many", 1.8)])


def _s47_age_factor(birth: int, day: int) -> float:
    """Babies and unborn children are far likelier to need protection, older teenagers less."""
    if birth > day:
        return 5.0
    age = (day - birth) / DAYS_A_YEAR
    if age < 1:
        return 2.0
    if age < 5:
        return 1.25
    if age < 10:
        return 1.0
    if age < 16:
        return 0.8
    return 0.25


def _upn_serial(count: int) -> int:
    """The ``count``-th child's UPN serial: a permutation of 0..999,999 (7919 is coprime to
    10**6), so serials repeat only after a million children, and then with another year."""
    return (count * 7919 + 123_457) % 1_000_000


# ---- dates ---------------------------------------------------------------------------


def add_years(day: int, years: int) -> int:
    """Calendar arithmetic: 29 February + 1 year = 28 February."""
    d = date.fromordinal(day)
    try:
        return d.replace(year=d.year + years).toordinal()
    except ValueError:
        return d.replace(year=d.year + years, day=28).toordinal()


def age_years(birth: int, day: int) -> int:
    """Whole years between ``birth`` and ``day``."""
    b, d = date.fromordinal(birth), date.fromordinal(day)
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def add_working_days(day: int, n: int) -> int:
    """``n`` weekdays after ``day`` (weekends skipped; bank holidays are not modelled)."""
    while n > 0:
        day += 1
        if (day - 1) % 7 < 5:  # ordinal 1 is a Monday
            n -= 1
    return day


def year_start(year: int) -> int:
    return date(year - 1, 4, 1).toordinal()


def year_end(year: int) -> int:
    return date(year, 3, 31).toordinal()


def year_of(day: int) -> int:
    return collection_year(date.fromordinal(day))


# ---- records -------------------------------------------------------------------------


@dataclass(slots=True)
class Assessment:
    start: int
    auth: int
    factors: tuple[str, ...]


@dataclass(slots=True)
class Section47:
    start: int
    target: int
    icpc: int | None  # None: no conference needed


@dataclass(slots=True)
class CPPlan:
    start: int
    end: int
    initial: str
    latest: str
    previous: int
    reviews: list[int]


@dataclass(slots=True)
class CINEpisode:
    referral: int
    source: str
    need: str = "N0"
    closure: int = 0
    reason: str = "RC7"
    nfa: bool = False
    assessments: list[Assessment] = field(default_factory=list)
    cin_plans: list[tuple[int, int]] = field(default_factory=list)
    s47s: list[Section47] = field(default_factory=list)
    plans: list[CPPlan] = field(default_factory=list)


@dataclass(slots=True)
class Episode:
    start: int
    end: int
    rne: str
    ls: str
    place: str
    provider: str
    rec: str  # X1, a REC code, or "sgo" (coded by the year it ends)
    reason_change: str
    pl_post: str
    urn: str


@dataclass(slots=True)
class CarePeriod:
    start: int
    end: int
    exit: str
    need: str
    home_post: str
    uasc: bool
    episodes: list[Episode] = field(default_factory=list)
    reviews: list[tuple[int, str]] = field(default_factory=list)
    missing: list[tuple[int, int, str]] = field(default_factory=list)
    social_workers: list[tuple[str, int, int, str]] = field(default_factory=list)
    dolo: list[tuple[int, int]] = field(default_factory=list)
    adoption_decision: int | None = None
    adoption_decision_ceased: int | None = None
    adoption_ceased_reason: str = ""
    adoption_match: int | None = None
    adopters: tuple[str, str, str] | None = None  # NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR
    foster_care_adoption: bool = False
    prev_perm: tuple[str, str, int | None] = ("Z1", "", None)
    mother_child_birth: int | None = None


@dataclass(slots=True)
class Contact:
    day: int
    source: str


@dataclass(slots=True)
class Child:
    birth: int
    expected: int | None  # expected birth date, for a child unborn at a referral
    sex: str
    district: str
    disabled: tuple[str, ...]
    disabilities_given: bool
    uasc: bool = False
    ethnicity: str = ""
    language: str = ""
    upn_serial: int | None = None  # None: no UPN ever
    upn_unknown_older: str = "UN2"
    former_upn: bool = False
    death: int | None = None
    end18: int = 0
    episodes: list[CINEpisode] = field(default_factory=list)
    periods: list[CarePeriod] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    cp_before: int = 0  # plans before the simulated history
    number: int = 0  # the child's id number, given when written
    first_day: int = 0
    last_day: int = 0

    @property
    def reached_protection_or_care(self) -> bool:
        return bool(self.periods) or any(ep.plans for ep in self.episodes)


# ---- the simulation ------------------------------------------------------------------


class Simulator:
    """Draws children's histories from one ``random.Random`` in a fixed order."""

    def __init__(self, rng, *, first_year: int, last_year: int):
        self.rng = rng
        self.first_year = first_year
        self.last_year = last_year
        self.window_start = year_start(first_year)
        self.window_end = year_end(last_year)
        self.history_start = self.window_start - BURN_IN_DAYS
        # District weights: population x referral rate; CP likelihood by district.
        referral_weight = {c: d[2] * d[3] for c, d in codes.DISTRICTS.items()}
        self.districts = Weighted(list(referral_weight.items()))
        total = sum(referral_weight.values())
        cp_ratio = {c: d[4] / d[3] for c, d in codes.DISTRICTS.items()}
        mean_ratio = sum(referral_weight[c] * cp_ratio[c] for c in cp_ratio) / total
        self.s47_factor = {c: cp_ratio[c] / mean_ratio for c in cp_ratio}
        self.s47_factor[""] = 1.0
        self.upn_count = 0

    # ---- children ---------------------------------------------------------------------

    def _new_child(self, day: int, *, unborn: bool, age_band=None) -> Child:
        rng = self.rng
        expected = None
        if unborn:
            expected = day + rng.randint(60, 240)
            birth = max(expected + rng.randint(-14, 10), day + 14)
        else:
            lo, hi = age_band or AGE_BANDS.draw(rng)
            # Up to 45 days short of 18: no referral in a child's last month before 18.
            birth = day - rng.randint(int(lo * DAYS_A_YEAR) + 1, int((hi + 1) * DAYS_A_YEAR) - 45)
        child = Child(
            birth=birth,
            expected=expected,
            sex=SEX.draw(rng),
            district="" if rng.random() < 0.012 else self.districts.draw(rng),
            disabled=(),
            disabilities_given=rng.random() < 0.6,
        )
        if rng.random() < DISABLED:
            k = rng.choices((1, 2, 3), (70, 25, 5))[0]
            picked: list[str] = []
            for _ in range(k):
                code = codes.DISABILITY.draw(rng)
                if code not in picked:
                    picked.append(code)
            child.disabled = tuple(picked)
            child.disabilities_given = True
        child.end18 = add_years(birth, 18)
        if rng.random() < 0.93:
            # Drawn to keep the random sequence (and so the demo's figures) as it was, but the
            # serial comes from a count: two children never share a UPN (DfE rule 1520).
            rng.randint(0, 999_999)
            child.upn_serial = _upn_serial(self.upn_count)
            self.upn_count += 1
            child.former_upn = rng.random() < 0.01
        child.upn_unknown_older = rng.choice(("UN2", "UN3", "UN4", "UN5"))
        return child

    def referred_child(self, first_referral: int) -> Child:
        """A child first referred on ``first_referral``, with all that follows."""
        rng = self.rng
        uasc = rng.random() < UASC_SHARE
        if uasc:
            child = self._new_child(first_referral, unborn=False, age_band=(14, 17))
            child.uasc = True
            child.sex = "M" if rng.random() < 0.9 else "F"
            child.district = self.districts.draw(rng)
            child.upn_serial = None
        else:
            child = self._new_child(first_referral, unborn=rng.random() < UNBORN_AT_FIRST_REFERRAL)
        child.cp_before = rng.choices((0, 1, 2), (84, 12, 4))[0]
        day = first_referral
        adopted = None
        while day < child.end18 - 30 and day <= self.window_end:
            episode = self._referral(child, day)
            child.episodes.append(episode)
            if child.death is not None or child.uasc:
                break
            if adopted is None and any(p.exit in ("E11", "E12") for p in child.periods):
                # An adopted child who needs help again is a new child record (DfE rule 199):
                # the history is kept as it stood at the adoption. What follows is still
                # drawn, then dropped, so that every later child (and the demo's figures)
                # come out of the random sequence as before.
                adopted = copy.deepcopy(child)
            if rng.random() >= P_REREFERRAL:
                break
            busy_until = max([episode.closure] + [p.end for p in child.periods])
            gap = rng.choices(
                ((1, 120), (121, 365), (366, 1460)),
                (55, 25, 20),
            )[0]
            day = busy_until + rng.randint(*gap)
        child = adopted or child
        self._finish(child)
        return child

    def legacy_child(self, entry: int) -> Child | None:
        """A child who came into care on ``entry``, before the simulated history.

        Returns None (cheaply) when that care ended before the first year.
        """
        rng = self.rng
        # Ages at entry as the referral-driven entries have them.
        lo, hi = rng.choices(((0, 0), (1, 4), (5, 9), (10, 15), (16, 17)), (11, 21, 24, 32, 12))[0]
        age_days = rng.randint(int(lo * DAYS_A_YEAR) + 1, int((hi + 1) * DAYS_A_YEAR) - 2)
        birth = entry - age_days
        end18 = add_years(birth, 18)
        exit_kind, end = self._care_exit(age_days / DAYS_A_YEAR, entry, end18, "court")
        if end < self.window_start:
            return None
        child = self._new_child(entry, unborn=False, age_band=(lo, hi))
        child.birth, child.end18 = birth, end18
        child.expected = None
        if child.sex not in ("M", "F"):
            child.sex = rng.choice(("M", "F"))
        period = self._care_period(child, entry, "court", (exit_kind, end))
        if rng.random() < 0.5:
            # An old CIN episode, open while in care.
            referral = max(entry - rng.randint(10, 200), birth)
            episode = CINEpisode(
                referral=referral,
                source=codes.referral_sources(year_of(referral)).draw(rng),
                need="N1",
            )
            start = referral + rng.randint(0, 5)
            auth = max(start, min(start + rng.randint(10, 60), entry))
            episode.assessments.append(Assessment(start, auth, self._factors(year_of(auth))))
            episode.closure = min(period.end + rng.randint(0, 60), end18)
            episode.reason = self._closure_reason_after_care(period.exit, episode.closure)
            child.episodes.append(episode)
        self._finish(child)
        return child

    def contact_only_child(self, day: int) -> Child:
        rng = self.rng
        child = self._new_child(day, unborn=rng.random() < 0.01)
        child.contacts.append(Contact(day, codes.referral_sources(year_of(day)).draw(rng)))
        if rng.random() < 0.2:
            later = day + rng.randint(20, 300)
            child.contacts.append(Contact(later, codes.referral_sources(year_of(later)).draw(rng)))
        self._finish(child)
        return child

    # ---- a referral and what follows ---------------------------------------------------

    def _referral(self, child: Child, day: int) -> CINEpisode:
        rng = self.rng
        year = year_of(day)
        episode = CINEpisode(referral=day, source=codes.referral_sources(year).draw(rng))
        self._contacts_for_referral(child, day, episode.source)
        end18 = child.end18
        unborn = child.birth > day
        if child.uasc:
            episode.source = rng.choice(("5C", "6", "8"))
            episode.need = "N8"
            start = day + rng.randint(0, 2)
            auth = start + rng.randint(10, 45)
            episode.assessments.append(Assessment(start, auth, ("9A",)))
            period = self._care_period(child, day + rng.randint(0, 2), "uasc")
            episode.closure = min(period.end + rng.randint(0, 30), end18)
            episode.reason = self._closure_reason_after_care(period.exit, episode.closure)
            return episode
        u = rng.random()
        if unborn and rng.random() < 0.6:
            u = 1.0  # a pre-birth referral is nearly always assessed
        if u < P_NFA:
            episode.nfa = True
            episode.need = "N9" if rng.random() < 0.8 else "N0"
            episode.closure = day
            episode.reason = "RC8"
            return episode
        if u < P_NFA + P_NO_ASSESSMENT:
            episode.need = "N0" if rng.random() < 0.5 else "N9"
            episode.closure = min(day + rng.randint(3, 40), end18)
            episode.reason = "RC5" if rng.random() < 0.1 else "RC7"
            return episode
        # Assessed.
        if child.disabled and rng.random() < 0.5:
            episode.need = "N2"
        else:
            episode.need = codes.PRIMARY_NEED_ASSESSED.draw(rng)
        a_start = day + rng.choices((0, 1, 2, 3, 5, 8), (35, 25, 15, 10, 10, 5))[0]
        a_auth = min(a_start + self._assessment_days(), end18)
        episode.assessments.append(Assessment(a_start, a_auth, self._factors(year_of(a_auth))))
        last = a_auth
        p_s47 = P_S47 * self.s47_factor[child.district] * _s47_age_factor(child.birth, day)
        closure_reason = "RC7"
        after_enquiry = False  # an enquiry with no plan, closed as RC7 (drawn as RC8 was)
        if rng.random() < p_s47:
            s_start = a_start + rng.randint(0, 4)
            icpc = None
            if rng.random() < P_ICPC:
                wd = rng.randint(5, 15) if rng.random() < 0.8 else rng.randint(16, 30)
                icpc = add_working_days(s_start, wd)
                if icpc >= end18:
                    icpc = None  # the child turns 18 first
            episode.s47s.append(Section47(s_start, add_working_days(s_start, 15), icpc))
            if icpc is not None and icpc < end18 - 14 and rng.random() < P_PLAN:
                last, closure_reason = self._protection(child, episode, icpc)
            elif rng.random() < 0.5:
                last, closure_reason = self._cin_plan(child, episode, a_auth + rng.randint(0, 14))
            else:
                # An enquiry with no plan closes as "no longer in need" (RC7): RC8 and RC9 say
                # the case closed after the assessment, with nothing after it (DfE rule 2990).
                last = max(a_auth, icpc or 0)
                closure_reason = "RC7"
                after_enquiry = True
        elif (
            rng.random() < P_EMERGENCY_CARE * (3 if a_start < add_years(child.birth, 1) else 1)
            and a_start + 20 < end18 - 30
        ):
            period = self._care_period(child, a_start + rng.randint(0, 20), "emergency")
            last, closure_reason = self._after_care(child, episode, period)
        elif rng.random() < P_CIN_AFTER_ASSESSMENT:
            last, closure_reason = self._cin_plan(child, episode, a_auth + rng.randint(0, 20))
        else:
            closure_reason = "RC8"
            if year_of(a_auth) >= 2023 and rng.random() < 0.4:
                closure_reason = "RC9"
        closes_later = after_enquiry or closure_reason in ("RC8", "RC9")
        closure = last + (rng.randint(0, 14) if closes_later else 0)
        episode.closure = min(max(closure, last), max(end18, last))
        # Nothing in the episode happens after it closes.
        latest = max(
            [a.auth for a in episode.assessments]
            + [end for _, end in episode.cin_plans]
            + [s.icpc or s.start for s in episode.s47s]
            + [p.end for p in episode.plans]
        )
        episode.closure = max(episode.closure, latest)
        if closure_reason in ("RC8", "RC9") and year_of(episode.closure) < 2023:
            closure_reason = "RC8"
        episode.reason = closure_reason
        if (
            closure_reason == "RC7"
            and not after_enquiry
            and not child.periods
            and child.death is None
            and child.birth < episode.closure
            and rng.random() < P_DEATH * (20 if child.disabled else 1)
        ):
            child.death = episode.closure
            episode.reason = "RC2"
        return episode

    def _assessment_days(self) -> int:
        rng = self.rng
        if rng.random() < 0.8:
            return rng.randint(5, 60)
        return rng.randint(61, 120)

    def _factors(self, year: int) -> tuple[str, ...]:
        rng = self.rng
        if rng.random() < 0.05:
            return (codes.NO_FACTORS,)
        weighted = codes.assessment_factors(year)
        picked: list[str] = []
        for _ in range(rng.choices((1, 2, 3, 4), (35, 35, 20, 10))[0]):
            code = weighted.draw(rng)
            if code not in picked:
                picked.append(code)
        return tuple(picked)

    def _contacts_for_referral(self, child: Child, day: int, source: str) -> None:
        rng = self.rng
        contact_day = day - rng.choices((0, 1, 2, 3, 5, 7), (60, 15, 10, 6, 5, 4))[0]
        child.contacts.append(Contact(contact_day, source))
        if rng.random() < 0.15:
            later = day + rng.randint(5, 120)
            child.contacts.append(Contact(later, codes.referral_sources(year_of(later)).draw(rng)))

    def _protection(self, child: Child, episode: CINEpisode, start: int) -> tuple[int, str]:
        """A child protection plan from ``start``; returns (last date, closure reason)."""
        rng = self.rng
        end18 = child.end18
        r = rng.random()
        if r < 0.15:
            length = rng.randint(30, 92)
        elif r < 0.94:
            length = int(rng.triangular(93, 730, 240))
        else:
            length = rng.randint(731, 1095)
        end = min(start + length, end18)
        latest = codes.CP_CATEGORY.draw(rng)
        initial = latest if rng.random() < 0.9 else codes.CP_CATEGORY.draw(rng)
        # The current episode is not yet among the child's episodes.
        previous = child.cp_before + sum(len(ep.plans) for ep in child.episodes)
        previous += len(episode.plans)
        plan = CPPlan(start, end, initial, latest, previous, [])
        episode.plans.append(plan)
        p_care = P_CP_TO_CARE_BABY if end < add_years(child.birth, 1) else P_CP_TO_CARE
        if rng.random() < p_care and end < end18 - 30:
            period = self._care_period(child, max(end, child.birth), "court")
            plan.end = period.start
            self._plan_reviews(plan)
            return self._after_care(child, episode, period)
        self._plan_reviews(plan)
        if rng.random() < P_CP_STEP_DOWN and end < end18 - 30:
            return self._cin_plan(child, episode, end, allow_escalation=False)
        return min(end + rng.randint(0, 30), end18), "RC7"

    def _plan_reviews(self, plan: CPPlan) -> None:
        rng = self.rng
        day = plan.start + rng.randint(70, 90)
        while day < plan.end:
            plan.reviews.append(day)
            day += rng.randint(150, 182)

    def _cin_plan(
        self, child: Child, episode: CINEpisode, start: int, *, allow_escalation: bool = True
    ) -> tuple[int, str]:
        rng = self.rng
        end18 = child.end18
        start = min(start, end18 - 1)
        length = int(rng.triangular(45, 600, 150))
        end = min(start + length, end18)
        if rng.random() < P_CIN_TO_CARE and end - start > 30 and end < end18 - 30:
            care_start = start + rng.randint(14, end - start - 1)
            episode.cin_plans.append((start, care_start))
            period = self._care_period(child, care_start, "cin")
            return self._after_care(child, episode, period)
        if allow_escalation and rng.random() < P_CIN_TO_S47 and end - start > 60:
            s_start = start + rng.randint(30, end - start - 20)
            icpc = add_working_days(s_start, rng.randint(5, 20))
            episode.s47s.append(Section47(s_start, add_working_days(s_start, 15), icpc))
            if icpc < end18 - 14:
                episode.cin_plans.append((start, icpc))
                return self._protection(child, episode, icpc)
        if length > 240 and rng.random() < 0.45:
            # A re-assessment of a long-open case.
            day = start + rng.randint(150, min(length - 30, 330))
            if day < end:
                auth = min(day + self._assessment_days(), end)
                episode.assessments.append(Assessment(day, auth, self._factors(year_of(auth))))
        episode.cin_plans.append((start, end))
        if end >= end18:
            return end, "RC6" if rng.random() < 0.3 else "RC7"
        reason = rng.choices(("RC7", "RC5", "RC3", "RC4"), (90, 5, 3, 2))[0]
        return min(end + rng.randint(0, 10), end18), reason

    def _after_care(self, child: Child, episode: CINEpisode, period: CarePeriod) -> tuple[int, str]:
        rng = self.rng
        if rng.random() < P_CIN_STAYS_OPEN_IN_CARE:
            closure = min(period.end + rng.randint(0, 60), child.end18)
            closure = max(closure, period.start)
            return closure, self._closure_reason_after_care(period.exit, closure)
        return min(period.start + rng.randint(14, 120), child.end18), "RC7"

    def _closure_reason_after_care(self, exit_kind: str, closure: int) -> str:
        if exit_kind in ("E11", "E12"):
            return "RC1"
        if exit_kind == "sgo":
            return "RC4"
        if exit_kind == "E41":
            return "RC3"
        if exit_kind == "E3":
            return "RC5"
        if exit_kind in ("E5", "E6", "E7", "E17", "E8") and self.rng.random() < 0.4:
            return "RC6"
        return "RC7"

    # ---- care ----------------------------------------------------------------------------

    def _care_exit(self, age: float, start: int, end18: int, route: str) -> tuple[str, int]:
        """How and when a period of care ends (cheap: used to discard legacy children)."""
        rng = self.rng
        if route == "uasc":
            kind = rng.choices(("age18", "E8", "E3", "E15", "E16"), (75, 8, 10, 3, 4))[0]
        elif age < 1:
            kind = rng.choices(("adopt", "home", "sgo", "long", "E41"), (45, 26, 23, 3, 3))[0]
        elif age < 5:
            kind = rng.choices(("adopt", "home", "sgo", "long", "E41"), (30, 32, 26, 5, 7))[0]
        elif age < 10:
            kind = rng.choices(("home", "sgo", "E41", "long", "other"), (50, 24, 6, 15, 5))[0]
        elif age < 16:
            kind = rng.choices(("home", "long", "other", "sgo"), (50, 35, 10, 5))[0]
        else:
            kind = rng.choices(("home", "long"), (30, 70))[0]
        if kind == "home":
            length = rng.randint(7, 180) if rng.random() < 0.6 else rng.randint(181, 900)
        elif kind == "adopt":
            length = rng.randint(450, 1000)
        elif kind == "sgo":
            length = rng.randint(270, 1100)
        elif kind == "E41":
            length = rng.randint(200, 800)
        elif kind in ("long", "age18"):
            length = end18 - start
        else:
            length = rng.randint(30, 700)
        end = start + length
        if end >= end18 or kind in ("long", "age18"):
            return "age18", end18
        if kind == "home":
            kind = rng.choices(("E4A", "E4B", "E13"), (70, 20, 10))[0]
        elif kind == "adopt":
            kind = "E11" if rng.random() < 0.85 else "E12"
        elif kind == "other":
            kind = rng.choices(("E3", "E8", "E9"), (40, 40, 20))[0]
            if kind == "E9" and age < 12:
                kind = "E8"
        return kind, end

    def _care_period(
        self, child: Child, start: int, route: str, planned: tuple[str, int] | None = None
    ) -> CarePeriod:
        rng = self.rng
        start = max(start, child.birth)
        end18 = child.end18
        if child.sex not in ("M", "F"):
            child.sex = rng.choice(("M", "F"))
        age = (start - child.birth) / DAYS_A_YEAR
        exit_kind, end = planned or self._care_exit(age, start, end18, route)
        end = max(end, start + 1)
        if exit_kind != "age18" and end == year_end(year_of(end)):
            # Leaving on 31 March counts as looked after all year (the OC2 cohort), which an
            # adoption or care leaver's return then contradicts (DfE rule 187): a day either side.
            end = end - 1 if end - 1 > start else end + 1
        home = self._postcode(child.district)
        if route == "uasc":
            # No home postcode, so no placement distance, for an unaccompanied asylum-seeking
            # child (DfE rule 406); drawn all the same to keep the random sequence.
            home = ""
        need = "N8" if route == "uasc" else ("N1" if rng.random() < 0.65 else "N4")
        period = CarePeriod(start, end, exit_kind, need, home, route == "uasc")
        child.periods.append(period)

        # Legal status changes.
        legal: list[tuple[int, str]] = []
        if route == "uasc":
            legal.append((start, "V2"))
        elif route == "emergency":
            first = rng.choices(("L2", "L1", "V2"), (30, 20, 50))[0]
            legal.append((start, first))
            if first == "L2":
                legal.append((start + rng.randint(2, 8), "C1"))
            elif first == "L1":
                legal.append((start + rng.randint(1, 3), rng.choice(("C1", "V2"))))
        elif route == "court":
            legal.append((start, "C1" if rng.random() < 0.7 else "V2"))
        else:
            legal.append((start, "V2" if rng.random() < 0.6 else "C1"))
        if legal[-1][1] == "V2" and route != "uasc" and rng.random() < 0.3:
            legal.append((legal[-1][0] + rng.randint(30, 150), "C1"))
        if legal[-1][1] == "C1":
            legal.append((legal[-1][0] + rng.randint(150, 400), "C2"))
        adoption_place = None
        if exit_kind in ("E11", "E12"):
            # Placement order, then placed with the adopters, then adopted.
            placed = end - rng.randint(120, 300)
            order = placed - rng.randint(30, 150)
            order = max(order, start + 60)
            placed = max(placed, order + 14)
            if placed >= end - 14:
                exit_kind = "sgo"
                period.exit = exit_kind
            else:
                legal = [(d, s) for d, s in legal if d < order]
                if legal and legal[-1][1] != "C2":
                    legal.append((max(order - 30, legal[-1][0] + 1), "C2"))
                legal.append((order, "E1"))
                period.adoption_decision = max(order - rng.randint(30, 120), start + 14)
                period.adoption_match = max(placed - rng.randint(7, 45), period.adoption_decision)
                adoption_place = (placed, "A5" if rng.random() < 0.25 else "A6")
                period.foster_care_adoption = adoption_place[1] == "A5"
                nb = "2" if rng.random() < 0.85 else "1"
                if nb == "1":
                    sex = "F1" if rng.random() < 0.85 else "M1"
                    status = "L0"
                else:
                    sex = rng.choices(("MF", "MM", "FF"), (85, 8, 7))[0]
                    if sex == "MF":
                        status = "L11" if rng.random() < 0.8 else "L3"
                    else:
                        status = rng.choice(("L12", "L2", "L4"))
                period.adopters = (nb, sex, status)
        elif age < 5 and exit_kind in ("sgo", "age18", "E41") and rng.random() < 0.15:
            decision = start + rng.randint(60, 300)
            ceased = decision + rng.randint(60, 300)
            if ceased < end:
                period.adoption_decision = decision
                period.adoption_decision_ceased = ceased
                period.adoption_ceased_reason = rng.choice(("RD1", "RD2", "RD3", "RD4"))
        legal = [(d, s) for d, s in legal if d < end]

        # Placement changes.
        moves: list[int] = []
        day = start
        last_move_allowed = adoption_place[0] if adoption_place else end
        while True:
            day += int(rng.expovariate(1 / 650)) + 14
            if day >= last_move_allowed - 7:
                break
            moves.append(day)
        changes: dict[int, list] = {}
        for d, status in legal[1:]:
            changes.setdefault(d, [None, None])[0] = status
        for d in moves:
            changes.setdefault(d, [None, None])[1] = "move"
        if adoption_place:
            changes.setdefault(adoption_place[0], [None, None])[1] = adoption_place[1]
        status = legal[0][1]
        place = self._placement(child, start, status, exit_kind)
        if exit_kind == "sgo" and place not in codes.FOSTER_RELATIVE + codes.FOSTER_OTHER:
            place = rng.choice(("U1", "U3", "U4"))
        episodes = period.episodes
        current = self._episode(child, start, "S", status, place, period)
        episodes.append(current)
        for d in sorted(changes):
            new_status, move = changes[d]
            if new_status == status:
                new_status = None  # no change of legal status after all (DfE rule 434)
                if move is None:
                    # No new episode; its draws are made all the same, to keep the sequence.
                    self._episode(child, d, "L", status, place, period)
                    continue
            if new_status is None and move is None:
                continue
            rne = "T" if new_status and move else ("L" if new_status else "P")
            if rne == "P" and move == "A5":
                rne = "U"  # placed for adoption with the current foster carers (DfE rule 217)
            status = new_status or status
            if move == "move":
                place = self._placement(child, d, status, exit_kind, previous=place)
            elif move:
                place = move
            current.end = d
            current.rec = "X1"
            if rne in ("P", "T", "U"):
                current.reason_change = codes.REASON_PLACE_CHANGE.draw(rng)
                if rne == "U":
                    current.reason_change = "PLACE"  # placement status only (DfE rule 225)
            previous = current
            current = self._episode(child, d, rne, status, place, period)
            if rne == "L":
                # Only the legal status changed: the same placement (DfE rule 434).
                current.provider, current.pl_post, current.urn = (
                    previous.provider,
                    previous.pl_post,
                    previous.urn,
                )
            elif rne == "U":
                current.pl_post = previous.pl_post  # the same carers, at the same address
            episodes.append(current)
        current.end = end
        current.rec = self._final_rec(exit_kind, current.place, route)
        period.exit = current.rec

        self._care_reviews(child, period)
        self._missing(child, period)
        self._social_workers(child, period)
        self._dolo(child, period)
        if child.sex == "F" and rng.random() < 0.03:
            fourteen = add_years(child.birth, 14)
            lo = max(start, fourteen)
            if lo < end:
                period.mother_child_birth = rng.randint(lo, end)
        if rng.random() < 0.12 and start - child.birth > 180:
            kind = rng.choice(("P1", "P2", "P3"))
            when = rng.randint(child.birth + 60, start - 60)
            period.prev_perm = (kind, rng.choice(codes.NEIGHBOUR_LA_CODES), when)
        return period

    def _final_rec(self, exit_kind: str, place: str, route: str) -> str:
        rng = self.rng
        if exit_kind != "age18":
            return exit_kind
        if route == "uasc" and rng.random() < 0.05:
            return "E15"
        if place in codes.FOSTER_RELATIVE + codes.FOSTER_OTHER and rng.random() < 0.35:
            return "E17"
        return rng.choices(("E5", "E6", "E8", "E7"), (40, 35, 20, 5))[0]

    def _placement(
        self, child: Child, day: int, status: str, exit_kind: str, previous: str | None = None
    ) -> str:
        rng = self.rng
        age = (day - child.birth) / DAYS_A_YEAR
        court = status in ("C1", "C2")
        if age < 10:
            options = (("U4", 45), ("U6", 15), ("U1", 15), ("U3", 10), ("U5", 3), ("U2", 2))
        elif age < 16:
            options = (
                ("U4", 42),
                ("U6", 14),
                ("U1", 10),
                ("U3", 8),
                ("K2", 3),
                ("S1", 0.7),
                ("R1", 0.5),
                ("K1", 0.5),
            )
        else:
            options = (("U4", 38), ("U6", 12), ("U1", 8), ("U3", 6), ("K2", 3.5), ("R1", 0.7))
        if court and exit_kind not in ("E11", "E12"):
            options = (*options, ("P1", 5))
        for _ in range(5):
            place = rng.choices([o[0] for o in options], [o[1] for o in options])[0]
            if place != previous:
                return place
        return place

    def _episode(self, child, start, rne, status, place, period) -> Episode:
        rng = self.rng
        if place == "P1":
            pl_post = period.home_post
        elif rng.random() < 0.35:
            pl_post = self._postcode(None)
        else:
            pl_post = self._postcode(self.districts.draw(rng))
        number = None
        if place in codes.URN_PLACES:
            # Children's homes draw theirs; a residential school's comes from the day, so that
            # giving schools a URN left the random sequence as it was.
            number = rng.randint(0, 99_999) if place != "S1" else start * 7919 % 100_000
            urn = ""
        elif place in codes.STAND_IN_URN_PLACES:
            urn = codes.NO_URN
        else:
            urn = ""  # not registered with Ofsted: no URN (DfE rules 222 and 242)
        provider = codes.PROVIDER_BY_PLACE[place].draw(rng)
        if number is not None:
            # A registered home's URN says whose it is and gives its address (the same for
            # every child placed there: DfE rules 221, 229, 1015), drawing nothing more.
            urn = places.provider_urn(number, provider)
            pl_post = places.provider_postcode(urn)
        return Episode(
            start=start,
            end=0,
            rne=rne,
            ls=status,
            place=place,
            provider=provider,
            rec="",
            reason_change="",
            pl_post=pl_post,
            urn=urn,
        )

    def _postcode(self, district: str | None) -> str:
        rng = self.rng
        if district:
            outward = rng.choice(codes.DISTRICTS[district][1])
        elif district is None:
            outward = rng.choice(codes.OUT_OF_AREA_OUTWARD)
        else:
            outward = rng.choice(codes.DISTRICTS[self.districts.draw(rng)][1])
        letters = codes.POSTCODE_INWARD_LETTERS
        return f"{outward} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"

    def _care_reviews(self, child: Child, period: CarePeriod) -> None:
        rng = self.rng
        start, end = period.start, period.end
        four = add_years(child.birth, 4)
        days = [start + rng.randint(14, 28), start + rng.randint(80, 95)]
        day = days[-1]
        while True:
            day += rng.randint(150, 182)
            if day >= end:
                break
            days.append(day)
        for day in days:
            if day < end:
                code = "PN0" if day < four else codes.REVIEW_PARTICIPATION.draw(rng)
                period.reviews.append((day, code))

    def _missing(self, child: Child, period: CarePeriod) -> None:
        """Missing and away episodes: few children, some of them many times a year."""
        rng = self.rng
        eleven = add_years(child.birth, 11)
        moves = {episode.end for episode in period.episodes}
        for year in range(self.first_year, self.last_year + 1):
            lo = max(period.start, year_start(year), eleven)
            hi = min(period.end - 1, year_end(year))
            if hi - lo < 14:
                continue
            kind = MISSING_CLASS.draw(rng)
            if kind == "none":
                continue
            if kind == "one":
                count = 1
            elif kind == "few":
                count = rng.randint(2, 9)
            else:
                count = rng.randint(12, 100)
            share = (hi - lo + 1) / 365
            count = max(1, min(round(count * share), (hi - lo + 1) // 2))
            starts = sorted(rng.sample(range(lo, hi + 1), count))
            for i, first in enumerate(starts):
                limit = (starts[i + 1] - 1) if i + 1 < len(starts) else hi
                length = rng.choices((0, 1, 2, 4), (55, 30, 10, 5))[0]
                last = min(first + length, limit)
                if last in moves:
                    # Not back on the day of a move: DfE rule 580 reads a missing period
                    # ending with an episode near the 18th birthday as care ending then.
                    last = last - 1 if last > first else min(last + 1, limit)
                missing_or_away = "M" if rng.random() < 0.65 else "A"
                if last not in moves:
                    period.missing.append((first, last, missing_or_away))

    def _social_workers(self, child: Child, period: CarePeriod) -> None:
        """The child's social workers through the period of care.

        Each worker hands over to the next on the day they leave, and the last stays
        allocated after the period ends (DfE rules SW10, SW11 and SW17 want no gap and an
        open episode at 31 March); a later period of care starts with a new worker, the
        earlier one's allocation ending that day.
        """
        rng = self.rng
        if period.end < year_start(2024) or self.last_year < 2024:
            return
        for earlier in reversed(child.periods[:-1]):
            if earlier.social_workers:
                worker, start, until, reason = earlier.social_workers[-1]
                if until > period.start:
                    earlier.social_workers[-1] = (
                        worker,
                        start,
                        max(period.start, start + 3),
                        reason,
                    )
                break
        day = period.start
        reason = "FCONTA" if len(child.periods) == 1 else "OTHERS"
        while day < period.end:
            # Social Work England numbers begin SW (DfE rule SW02); 9 marks them synthetic.
            worker = f"SW9{rng.randint(1, 9_999):04d}"
            until = day + rng.randint(90, 500)
            if until >= period.end:
                until = OPEN
            period.social_workers.append((worker, day, until, reason))
            reason = codes.SW_REASONS.draw(rng)
            day = until

    def _dolo(self, child: Child, period: CarePeriod) -> None:
        rng = self.rng
        if self.last_year < 2027:
            return
        twelve = add_years(child.birth, 12)
        for episode in period.episodes:
            if episode.place in ("K1", "K2") and episode.start >= twelve and rng.random() < 0.15:
                start = episode.start + rng.randint(0, 30)
                if start < episode.end:
                    period.dolo.append((start, min(start + rng.randint(30, 240), episode.end)))

    # ---- after the simulation: characteristics that depend on the whole history --------

    def _finish(self, child: Child) -> None:
        rng = self.rng
        involved = child.reached_protection_or_care
        if child.uasc:
            child.ethnicity = codes.ETHNICITY_UASC.draw(rng)
            child.language = codes.LANGUAGE_UASC.draw(rng)
        else:
            unborn_first = child.expected is not None and not involved
            if involved:
                recorded = rng.random() < 0.995
            elif unborn_first:
                recorded = rng.random() < 0.5
            else:
                recorded = rng.random() >= ETHNICITY_NOT_RECORDED
            child.ethnicity = (
                codes.ETHNICITY_RECORDED.draw(rng)
                if recorded
                else codes.ETHNICITY_NOT_RECORDED.draw(rng)
            )
            child.language = self._language(child.ethnicity, involved)
        days = [c.day for c in child.contacts]
        ends: list[int] = [c.day for c in child.contacts]
        for episode in child.episodes:
            days.append(episode.referral)
            ends.append(episode.closure)
        for period in child.periods:
            days.append(period.start)
            # Care leavers appear in OC3 up to their 21st birthday.
            ends.append(max(period.end, add_years(child.birth, 21)))
        child.first_day = min(days)
        child.last_day = max(ends)

    def _language(self, ethnicity: str, involved: bool) -> str:
        rng = self.rng
        if ethnicity in codes.NOT_RECORDED_ETHNICITY:
            shares = (43, 2, 55)
        elif ethnicity in codes.WHITE:
            shares = (86, 25 if ethnicity in ("WOTH", "WROM") else 1.0, 13)
        else:
            shares = (68, 20, 12)
        english, other, missing = shares
        if involved:
            missing *= 0.05
        r = rng.random() * (english + other + missing)
        if r < english:
            return codes.ENGLISH_LANGUAGE.draw(rng)
        if r < english + other:
            return codes.OTHER_LANGUAGE.draw(rng)
        return codes.LANGUAGE_NOT_RECORDED.draw(rng)
