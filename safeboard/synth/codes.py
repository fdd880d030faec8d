"""Code lists and the shares the synthetic partnership draws from, per collection year.

Code lists follow FORMATS.md (collection year = the year the collection ends:
2018 = 2017-18). Shares come from the source report's Appendix A (2017-18)
where it gives them, and are plausible guesses elsewhere. Everything here is
data: the generator never writes a code literal that is not listed here.
"""

from __future__ import annotations

from itertools import accumulate

LA_CODE = "937"  # the DfE number of the demonstration county (safeboard.demo.area)

# ONS district code -> (name as in the population file, outward codes of its postcodes,
# invented 0-17 population at mid-2017, referral rate per 10,000 in 2017-18 (table 2.2),
# CP rate per 10,000 at 31 March 2018 (table 4.1)).
DISTRICTS = {
    "E07000218": ("North Warwickshire", ("CV9", "B46", "B78"), 12_600, 1495, 47),
    "E07000219": ("Nuneaton and Bedworth", ("CV10", "CV11", "CV12"), 28_100, 947, 67),
    "E07000220": ("Rugby", ("CV21", "CV22", "CV23"), 23_600, 866, 36),
    "E07000221": ("Stratford-on-Avon", ("CV37", "CV35", "CV36", "B49"), 23_400, 588, 43),
    "E07000222": ("Warwick", ("CV31", "CV32", "CV34", "CV8"), 26_900, 876, 51),
}
DISTRICT_CODES = tuple(DISTRICTS)
# Placements out of the county (neighbouring and further authorities).
OUT_OF_AREA_OUTWARD = ("CV1", "CV6", "B23", "B90", "LE10", "NN11", "OX16", "GL55", "WR11")
POSTCODE_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # letters used in the inward code
POPULATION_GROWTH = 0.006  # a year, from the invented mid-2017 base


class Weighted:
    """Codes with weights, drawn with ``rng.choices`` (cumulative weights, once)."""

    __slots__ = ("codes", "cum", "total")

    def __init__(self, pairs):
        pairs = [(code, weight) for code, weight in pairs if weight > 0]
        self.codes = tuple(code for code, _ in pairs)
        self.cum = tuple(accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1]

    def draw(self, rng):
        return rng.choices(self.codes, cum_weights=self.cum, k=1)[0]


def collection_year(day) -> int:
    """The collection year a date falls in (1 April Y-1 .. 31 March Y is Y)."""
    return day.year + 1 if day.month >= 4 else day.year


# ---- CIN census ----------------------------------------------------------------------

# Table 2.4, Q4 2017/18 (per cent of referrals).
_REFERRAL_SOURCE_2018 = [
    ("1A", 8.6),
    ("1B", 2.0),
    ("1C", 0.5),
    ("1D", 0.6),
    ("2A", 23.7),
    ("2B", 2.7),
    ("3A", 2.0),
    ("3B", 1.8),
    ("3C", 0.1),
    ("3D", 8.5),
    ("3E", 3.2),
    ("3F", 0.9),
    ("4", 2.3),
    ("5A", 4.4),
    ("5B", 3.0),
    ("5C", 2.8),
    ("6", 19.2),
    ("7", 3.8),
    ("8", 4.9),
    ("9", 4.5),
    ("10", 0.3),
]
REFERRAL_SOURCES_BEFORE_2023 = Weighted(_REFERRAL_SOURCE_2018)
# From 2022-23, 5D (early help) takes a share, mostly from "other" and "other internal".
REFERRAL_SOURCES_FROM_2023 = Weighted(
    [(c, {"8": 3.4, "5B": 1.5}.get(c, w)) for c, w in _REFERRAL_SOURCE_2018] + [("5D", 3.0)]
)
REFERRAL_SOURCE_CODES = tuple(c for c, _ in _REFERRAL_SOURCE_2018) + ("5D",)


def referral_sources(year: int) -> Weighted:
    return REFERRAL_SOURCES_FROM_2023 if year >= 2023 else REFERRAL_SOURCES_BEFORE_2023


def referral_source_codes(year: int) -> tuple[str, ...]:
    return REFERRAL_SOURCES_FROM_2023.codes if year >= 2023 else REFERRAL_SOURCES_BEFORE_2023.codes


def reasons_for_closure(year: int) -> tuple[str, ...]:
    base = ("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8")
    return (*base, "RC9") if year >= 2023 else base


WHITE = ("WBRI", "WIRI", "WIRT", "WOTH", "WROM")
NOT_RECORDED_ETHNICITY = ("NOBT", "REFU")
ETHNICITY_CODES = (
    *WHITE,
    "MWBC",
    "MWBA",
    "MWAS",
    "MOTH",
    "AIND",
    "APKN",
    "ABAN",
    "AOTH",
    "BCRB",
    "BAFR",
    "BOTH",
    "CHNE",
    "OOTH",
    *NOT_RECORDED_ETHNICITY,
)
# Ethnicity of a child once recorded (shares of White and BME as in table 4.2).
ETHNICITY_RECORDED = Weighted(
    [
        ("WBRI", 79.0),
        ("WIRI", 0.4),
        ("WIRT", 0.4),
        ("WOTH", 4.6),
        ("WROM", 0.5),
        ("MWBC", 2.6),
        ("MWBA", 0.6),
        ("MWAS", 1.1),
        ("MOTH", 1.9),
        ("AIND", 1.8),
        ("APKN", 0.6),
        ("ABAN", 0.2),
        ("AOTH", 0.7),
        ("BCRB", 0.4),
        ("BAFR", 1.3),
        ("BOTH", 0.4),
        ("CHNE", 0.2),
        ("OOTH", 0.5),
    ]
)
ETHNICITY_NOT_RECORDED = Weighted([("NOBT", 85), ("REFU", 15)])
# Unaccompanied asylum-seeking children.
ETHNICITY_UASC = Weighted([("OOTH", 30), ("AOTH", 25), ("BAFR", 25), ("BOTH", 10), ("MOTH", 10)])

# School census first-language codes (characteristics.csv).
ENGLISH_LANGUAGE = Weighted([("ENG", 90), ("ENB", 10)])
OTHER_LANGUAGE = Weighted(
    [
        ("POL", 22),
        ("PNJ", 14),
        ("URD", 10),
        ("GUJ", 8),
        ("ARA", 8),
        ("ROM", 8),
        ("LIT", 6),
        ("BNG", 5),
        ("SOM", 5),
        ("TUR", 4),
        ("OTH", 10),
    ]
)
LANGUAGE_NOT_RECORDED = Weighted([("NOT", 60), ("", 30), ("REF", 10)])
LANGUAGE_UASC = Weighted([("ARA", 30), ("OTH", 40), ("SOM", 15), ("TUR", 15)])

DISABILITY_CODES = (
    "MOB",
    "HAND",
    "PC",
    "INC",
    "COMM",
    "LD",
    "HEAR",
    "VIS",
    "BEH",
    "CON",
    "AUT",
    "DDA",
)
DISABILITY = Weighted(
    [
        ("AUT", 25),
        ("LD", 20),
        ("COMM", 15),
        ("BEH", 12),
        ("MOB", 8),
        ("DDA", 6),
        ("HEAR", 4),
        ("VIS", 4),
        ("PC", 2),
        ("HAND", 2),
        ("INC", 1),
        ("CON", 1),
    ]
)

PRIMARY_NEED_ASSESSED = Weighted(
    [
        ("N1", 55),
        ("N2", 3),
        ("N3", 4),
        ("N4", 11),
        ("N5", 18),
        ("N6", 2),
        ("N7", 1),
        ("N8", 6),
    ]
)
PRIMARY_NEED_CODES = ("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9")

# Latest category of abuse at 31 March 2018 (table 4.2): 154/7/12/174/217.
CP_CATEGORY = Weighted([("NEG", 27.3), ("PHY", 1.3), ("SAB", 2.1), ("EMO", 30.9), ("MUL", 38.4)])
CP_CATEGORIES = ("NEG", "PHY", "SAB", "EMO", "MUL")

_FACTORS_COMMON = [
    ("1A", 1.0),
    ("1B", 6.0),
    ("1C", 1.0),
    ("2A", 1.5),
    ("2B", 6.0),
    ("2C", 1.0),
    ("3A", 2.0),
    ("3B", 20.0),
    ("3C", 2.0),
    ("4A", 5.0),
    ("4B", 15.0),
    ("4C", 1.0),
    ("5A", 2.0),
    ("5B", 2.0),
    ("5C", 0.5),
    ("6A", 2.0),
    ("6B", 2.0),
    ("6C", 0.5),
    ("7A", 1.0),
    ("8B", 0.1),
    ("8C", 0.1),
    ("8D", 0.1),
    ("8E", 0.2),
    ("8F", 0.1),
    ("9A", 0.5),
    ("10A", 2.0),
    ("11A", 2.0),
    ("12A", 0.3),
    ("13A", 1.0),
    ("14A", 3.0),
    ("15A", 3.0),
    ("16A", 12.0),
    ("17A", 10.0),
    ("20", 4.0),
    ("22A", 0.3),
    ("23A", 0.3),
]


def assessment_factors(year: int) -> Weighted:
    """The factors of the year: 18A/19A to 2019-20, then 18B/18C/19B/19C; 24A from 2021-22."""
    return _FACTORS_BY_ERA[_factor_era(year)]


def _factor_era(year: int) -> int:
    return 0 if year < 2021 else (1 if year < 2022 else 2)


_FACTORS_BY_ERA = {
    0: Weighted(_FACTORS_COMMON + [("18A", 5.0), ("19A", 3.0)]),
    1: Weighted(_FACTORS_COMMON + [("18B", 1.5), ("18C", 3.5), ("19B", 1.0), ("19C", 2.0)]),
    2: Weighted(
        _FACTORS_COMMON + [("18B", 1.5), ("18C", 3.5), ("19B", 1.0), ("19C", 2.0), ("24A", 1.5)]
    ),
}
NO_FACTORS = "21"


def assessment_factor_codes(year: int) -> tuple[str, ...]:
    return (*assessment_factors(year).codes, NO_FACTORS)


# ---- SSDA903 -------------------------------------------------------------------------

SSDA903_TABLES = {
    "Header": ("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
    "Episodes": (
        "CHILD",
        "DECOM",
        "RNE",
        "LS",
        "CIN",
        "PLACE",
        "PLACE_PROVIDER",
        "DEC",
        "REC",
        "REASON_PLACE_CHANGE",
        "HOME_POST",
        "PL_POST",
        "URN",
    ),
    "Reviews": ("CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
    "UASC": ("CHILD", "SEX", "DOB", "DUC"),
    "OC2": (
        "CHILD",
        "DOB",
        "SDQ_SCORE",
        "SDQ_REASON",
        "CONVICTED",
        "HEALTH_CHECK",
        "IMMUNISATIONS",
        "TEETH_CHECK",
        "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE",
        "INTERVENTION_RECEIVED",
        "INTERVENTION_OFFERED",
    ),
    "OC3": ("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    "AD1": (
        "CHILD",
        "DOB",
        "DATE_INT",
        "DATE_MATCH",
        "FOSTER_CARE",
        "NB_ADOPTR",
        "SEX_ADOPTR",
        "LS_ADOPTR",
    ),
    "PlacedAdoption": ("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"),
    "PrevPerm": ("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
    "Missing": ("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
    "SWEpisodes": ("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
    "DoLo": ("CHILD", "DOB", "DOLO_START", "DOLO_END"),
}


def ssda903_tables(year: int) -> list[str]:
    """The tables of the year: SWEpisodes from 2023-24, DoLo from 2026-27."""
    return [
        name
        for name in SSDA903_TABLES
        if not (name == "SWEpisodes" and year < 2024) and not (name == "DoLo" and year < 2027)
    ]


def ssda903_sex(sex: str, year: int) -> str:
    """1/2 to 2023-24; M/F/U from the 2024-25 rules."""
    if year >= 2025:
        return sex if sex in ("M", "F") else "U"
    return "1" if sex == "M" else "2"


# Placements used (present in every year's list, FORMATS.md 1.2).
RESIDENTIAL_PLACES = ("K1", "K2", "R1", "R2", "R5", "S1")
FOSTER_RELATIVE = ("U1", "U2", "U3")
FOSTER_OTHER = ("U4", "U5", "U6")
PROVIDER_BY_PLACE = {
    "U1": Weighted([("PR1", 90), ("PR2", 10)]),
    "U2": Weighted([("PR1", 90), ("PR2", 10)]),
    "U3": Weighted([("PR1", 90), ("PR2", 10)]),
    "U4": Weighted([("PR1", 60), ("PR4", 35), ("PR2", 5)]),
    "U5": Weighted([("PR1", 70), ("PR4", 30)]),
    "U6": Weighted([("PR1", 60), ("PR4", 35), ("PR2", 5)]),
    "K1": Weighted([("PR2", 70), ("PR1", 30)]),
    "K2": Weighted([("PR4", 75), ("PR1", 20), ("PR5", 5)]),
    "R1": Weighted([("PR4", 60), ("PR3", 40)]),
    "R2": Weighted([("PR3", 100)]),
    "R5": Weighted([("PR3", 100)]),
    "S1": Weighted([("PR4", 60), ("PR5", 40)]),
    "P1": Weighted([("PR0", 100)]),
    "A3": Weighted([("PR1", 80), ("PR5", 20)]),
    "A4": Weighted([("PR1", 70), ("PR5", 30)]),
    "A5": Weighted([("PR1", 80), ("PR5", 20)]),
    "A6": Weighted([("PR1", 70), ("PR5", 30)]),
}
# Registered children's homes and residential schools: a (synthetic) Ofsted URN (DfE rule 218).
URN_PLACES = ("K1", "K2", "S1")
# Foster and adoption placements through an agency: DfE's stand-in URN (DfE rule 242).
STAND_IN_URN_PLACES = ("U1", "U2", "U3", "U4", "U5", "U6", "A3", "A4", "A5", "A6")
NO_URN = "XXXXXXX"

REASON_PLACE_CHANGE = Weighted(
    [
        ("CARPL", 35),
        ("CREQB", 14),
        ("CREQO", 10),
        ("LAREQ", 9),
        ("CHILD", 8),
        ("OTHER", 8),
        ("PLACE", 5),
        ("STAND", 3),
        ("ALLEG", 3),
        ("CLOSE", 3),
        ("APPRR", 2),
    ]
)
REVIEW_PARTICIPATION = Weighted(
    [("PN1", 55), ("PN2", 10), ("PN3", 10), ("PN4", 8), ("PN5", 7), ("PN6", 5), ("PN7", 5)]
)
SDQ_REASONS = ("SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5")
IN_TOUCH = Weighted([("YES", 85), ("NO", 4), ("REFU", 3), ("NREQ", 5), ("RHOM", 3)])
ACCOM = Weighted(
    [
        ("H1", 20),
        ("B1", 18),
        ("E1", 12),
        ("D1", 12),
        ("Z1", 10),
        ("C1", 6),
        ("G1", 5),
        ("U1", 5),
        ("S2", 4),
        ("T2", 3),
        ("R2", 2),
        ("X2", 3),  # X and S are never suitable: X2 and S2 only (DfE rule 133)
    ]
)


def oc3_activities(year: int) -> Weighted:
    """F3/P3 to 2022-23; F4/P4/F5/P5 instead from 2023-24."""
    if year >= 2024:
        return Weighted(
            [
                ("F1", 10),
                ("P1", 3),
                ("F2", 30),
                ("P2", 8),
                ("F4", 8),
                ("P4", 4),
                ("F5", 4),
                ("P5", 2),
                ("G4", 10),
                ("G5", 8),
                ("G6", 13),
            ]
        )
    return Weighted(
        [
            ("F1", 10),
            ("P1", 3),
            ("F2", 30),
            ("P2", 8),
            ("F3", 12),
            ("P3", 6),
            ("G4", 10),
            ("G5", 8),
            ("G6", 13),
        ]
    )


# Reasons for a change of social worker; first contact (FCONTA) starts the first
# allocation only, never a change (DfE rule SW10b).
SW_REASONS = Weighted(
    [
        ("MANAGE", 20),
        ("LEFTRL", 30),
        ("ORGRST", 10),
        ("CHCHAN", 10),
        ("PCCHAN", 8),
        ("ABSENC", 5),
        ("TSPROC", 5),
        ("OTHERS", 7),
    ]
)
NEIGHBOUR_LA_CODES = ("331", "334", "336", "855", "885", "937")


SGO_OLD_CODES_LAST_YEAR = 2020


def ssda903_rec(exit_kind: str, last_place: str, year: int) -> str:
    """The REC code for how a period of care ended, in the year's code list.

    SGO: E43/E44 to 2019-20, E45-E48 from 2020-21 (E45/E46 need a foster
    placement, rule 516): the same split as the importer's code list
    (safeboard.returns.codelists.ssda903), checked by a test that imports
    every generated year.
    """
    if exit_kind == "sgo":
        relative = last_place in FOSTER_RELATIVE
        foster = last_place in FOSTER_RELATIVE or last_place in FOSTER_OTHER
        if year <= SGO_OLD_CODES_LAST_YEAR:
            return "E43" if foster else "E44"
        if foster:
            return "E45" if relative else "E46"
        return "E47" if relative else "E48"
    return exit_kind


# ---- baseline: school census shares (invented, close to the report's) ---------------

BASELINE_ETHNICITY = (("White British/Irish/Other", 81.5), ("BME", 17.7), ("Not recorded", 0.8))
BASELINE_LANGUAGE = (("English", 90.7), ("Non English speaking", 9.2), ("Not recorded", 0.1))

# ---- contacts (Ofsted Annex A list 1 spellings) --------------------------------------

ANNEX_A_GENDER = {
    "M": "a) Male",
    "F": "b) Female",
    "U": "c) Not stated/recorded",
    "I": "d) Neither",
}
ANNEX_A_SOURCE_LABEL = {
    "1A": "Individual",
    "1B": "Individual",
    "1C": "Individual",
    "1D": "Individual",
    "2A": "Schools",
    "2B": "Education services",
    "3A": "Health services",
    "3B": "Health services",
    "3C": "Health services",
    "3D": "Health services",
    "3E": "Health services",
    "3F": "Health services",
    "4": "Housing",
    "5A": "LA services",
    "5B": "LA services",
    "5C": "LA services",
    "5D": "LA services",
    "6": "Police",
    "7": "Other legal agency",
    "8": "Other",
    "9": "Anonymous",
    "10": "Unknown",
}
_ANNEX_A_LETTERS = "abcdefghijklmnopqrstu"


def annex_a_source(code: str) -> str:
    """``e) 2A: Schools`` (5D, added later, is ``p1)``)."""
    if code == "5D":
        return "p1) 5D: LA services"
    order = [c for c, _ in _REFERRAL_SOURCE_2018]
    return f"{_ANNEX_A_LETTERS[order.index(code)]}) {code}: {ANNEX_A_SOURCE_LABEL[code]}"


def annex_a_ethnicity(code: str) -> str:
    """``a) WBRI`` ... ``t) NOBT``, in the order of the CIN code list."""
    order = [c for c in ETHNICITY_CODES if c not in NOT_RECORDED_ETHNICITY] + ["REFU", "NOBT"]
    return f"{_ANNEX_A_LETTERS[order.index(code)]}) {code}"


# ---- UPN (FORMATS.md 1.1, rule 1510) -------------------------------------------------

UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def upn_check_letter(digits12: str) -> str:
    """The check letter for the 12 characters after it (positions 2..13)."""
    total = sum(int(ch) * position for position, ch in enumerate(digits12, start=2))
    return UPN_CHECK_LETTERS[total % 23]


def make_upn(number: int, allocated_year: int) -> str:
    """A synthetic UPN: LA 937, establishment 9xxx (no such school), a valid check letter."""
    tail = f"{LA_CODE}9{(number // 1000) % 1000:03d}{allocated_year % 100:02d}{number % 1000:03d}"
    return upn_check_letter(tail) + tail
