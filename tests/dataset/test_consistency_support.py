"""Building figures for the consistency tests, and the source report's Appendix A.

``fig()`` makes one ``SourcedFigure`` from what a table prints. ``seed_figures()``
is a transcription of Appendix A of the 2017-18 annual report (``../shared/seed``):
tables 2.1, 2.2, 2.3, 2.4, 3.1, 3.5, 3.6 and 4.2 as published, including their real
inconsistencies (tests/dataset/test_consistency_seed.py lists them).
"""

from __future__ import annotations

from safeboard.dataset.compute import figure_value
from safeboard.dataset.consistency import Declarations, SourcedFigure, StockFlow
from safeboard.dataset.consistency.sources import collection_year

REFERENCE = "Annual Report 2017-18"

# unit and period kind of each indicator used here (INDICATORS.md), so the tests do not
# depend on the indicator files others are writing.
SPEC = {
    "contacts": ("count", "cumulative"),
    "referrals": ("count", "cumulative"),
    "referrals_to_assessment": ("percent", "cumulative"),
    "referrals_nfa": ("percent", "cumulative"),
    "rereferrals_12m": ("percent", "cumulative"),
    "assessments_started": ("count", "cumulative"),
    "cin_open_2_months": ("count", "cumulative"),
    "referral_rate": ("rate_per_10000", "cumulative"),
    "referrals_by_ethnicity": ("percent", "cumulative"),
    "referrals_by_language": ("percent", "cumulative"),
    "referrals_disabled": ("percent", "cumulative"),
    "referrals_by_source": ("percent", "cumulative"),
    "lac_open": ("count", "snapshot"),
    "cp_open": ("count", "snapshot"),
    "cin_open_other": ("count", "snapshot"),
    "lac_missing_children": ("count", "cumulative"),
    "lac_missing_episodes": ("count", "cumulative"),
    "lac_missing_repeat_children": ("count", "cumulative"),
    "lac_residential": ("percent", "snapshot"),
    "cp_rate": ("rate_per_10000", "snapshot"),
    "cp_by_gender": ("count", "snapshot"),
    "cp_by_age": ("count", "snapshot"),
    "cp_by_category": ("count", "snapshot"),
    "cp_by_ethnicity": ("percent", "snapshot"),
    "cp_by_language": ("percent", "snapshot"),
    "cp_disabled": ("percent", "snapshot"),
    "cp_ceased": ("count", "cumulative"),
    "cp_long_plans": ("percent", "cumulative"),
    "cp_short_plans": ("percent", "cumulative"),
    "cp_started": ("count", "cumulative"),
    "cp_repeat": ("percent", "cumulative"),
    "cp_repeat_2y": ("percent", "cumulative"),
    "icpc": ("count", "cumulative"),
    "icpc_within_15wd": ("percent", "cumulative"),
    # Agency-return figures; their ids are not defined yet (these stand in for them).
    "cse_open": ("count", "snapshot"),
    "cse_open_looked_after": ("percent", "snapshot"),
    "pf_children": ("count", "snapshot"),
    "pf_begun": ("count", "cumulative"),
    "pf_ended": ("count", "cumulative"),
}

PRIVATE_FOSTERING = StockFlow(stock="pf_children", begun="pf_begun", ended="pf_ended")
WITH_PRIVATE_FOSTERING = Declarations(stock_flows=(PRIVATE_FOSTERING,))

# Quarter ends of 2017/18, and the year ends of the five years before.
Q1, Q2, Q3, Q4 = "2017-06-30", "2017-09-30", "2017-12-31", "2018-03-31"
QUARTERS = (Q1, Q2, Q3, Q4)
YEAR_ENDS = ("2013-03-31", "2014-03-31", "2015-03-31", "2016-03-31", "2017-03-31")


def fig(
    indicator: str,
    end: str,
    value: float | None = None,
    *,
    num: int | None = None,
    den: int | None = None,
    dim: str = "",
    val: str = "",
    table: str = "",
    start: str | None = None,
    unit: str | None = None,
    kind: str | None = None,
    source: str = "published",
    reference: str = REFERENCE,
) -> SourcedFigure:
    """A figure as a table prints it. Cumulative periods start on 1 April of the year;
    a value left out is worked out from ``num``/``den`` as ``compute`` would."""
    spec_unit, spec_kind = SPEC.get(indicator, ("count", "snapshot"))
    unit = unit or spec_unit
    kind = kind or spec_kind
    if start is None:
        start = end if kind == "snapshot" else f"{collection_year(end) - 1}-04-01"
    if value is None:
        value = figure_value(unit, num, den)
    return SourcedFigure(
        indicator=indicator,
        period_kind=kind,
        period_start=start,
        period_end=end,
        breakdown_dim=dim,
        breakdown_value=val,
        numerator=num,
        denominator=den,
        value=value,
        unit=unit,
        source=source,
        table=table if table or source != "published" else "",
        reference=reference if source == "published" else "",
    )


def row(indicator: str, ends, values, **common) -> list[SourcedFigure]:
    """One printed row: a value per period end."""
    return [
        fig(indicator, end, value, **common)
        for end, value in zip(ends, values, strict=True)
        if value is not None
    ]


def ratio_row(indicator: str, ends, pairs, values=None, **common) -> list[SourcedFigure]:
    """A row of "n/d=v%" cells (the value worked out unless given)."""
    values = values or [None] * len(pairs)
    return [
        fig(indicator, end, value, num=n, den=d, **common)
        for end, (n, d), value in zip(ends, pairs, values, strict=True)
    ]


# ---- Appendix A, as published --------------------------------------------------------

T21_ENDS = YEAR_ENDS + QUARTERS
T31_ENDS = YEAR_ENDS[1:] + QUARTERS
T42_ENDS = YEAR_ENDS + QUARTERS


def table_2_1() -> list[SourcedFigure]:
    t = {"table": "2.1"}
    return [
        *row("contacts", T21_ENDS, [10059, 10847, 14846, 18929, 12797, 3539, 7133, 10509, 13993], **t),
        *row("referrals", T21_ENDS, [6524, 8154, 5890, 5975, 10546, 2943, 5409, 8033, 10750], **t),
        *ratio_row(
            "referrals_to_assessment",
            T21_ENDS,
            [(3525, 6524), (4546, 8154), (3091, 5890), (3818, 5975), (3690, 10546),
             (1247, 2943), (2257, 5409), (3366, 8035), (4544, 10750)],
            [54, 55.8, 52.5, 63.9, 35.0, 42.4, 41.7, 41.9, 42.3],
            **t,
        ),
        *row("assessments_started", T21_ENDS[3:], [1820, 4813, 1687, 3170, 4687, 6114], **t),
        *row("cin_open_2_months", T21_ENDS, [1982, 3212, 2463, 1997, 2468, 232, 1188, 1896, 2647], **t),
    ]  # fmt: skip


DISTRICTS_2_2 = {
    "North Warks": [494, 533, 339, 356, 1031, 352, 728, 1160, 1495],
    "Nun. & Bed.": [650, 956, 463, 445, 1114, 278, 470, 674, 947],
    "Rugby": [514, 596, 585, 651, 942, 264, 476, 673, 866],
    "Stratford on Avon": [731, 822, 659, 511, 609, 163, 289, 439, 588],
    "Warwick": [389, 540, 395, 381, 778, 235, 443, 653, 876],
}


def table_2_2() -> list[SourcedFigure]:
    figures = []
    for district, values in DISTRICTS_2_2.items():
        figures += row("referral_rate", T21_ENDS, values, dim="district", val=district, table="2.2")
    figures += row(
        "referral_rate", T21_ENDS, [583, 731, 526, 532, 936, 260, 478, 710, 950], table="2.2"
    )
    return figures


def table_2_3() -> list[SourcedFigure]:
    figures = []
    ethnicity = {
        "White British/Irish/Other": [78.8, 82.8, 79.0, 74.0, 72.8, 71.5, 70.2, 71.1, 76.3],
        "BME": [8.3, 9.0, 11.4, 11.5, 8.7, 8.6, 9.1, 9.1, 10.3],
        "Not recorded": [11.8, 7.3, 7.4, 13.4, 17.0, 18.1, 18.9, 18.0, 12.6],
        "Unborn": [1.1, 0.9, 2.2, 1.1, 1.5, 1.8, 1.7, 1.7, 0.8],
    }
    language = {
        "English": [85.0, 86.4, 89.4, 79.9, 75.0, 69.1, 69.3, 70.9, 79.2],
        "Non English speaking": [2.1, 2.2, 2.3, 3.4, 2.4, 3.0, 2.9, 2.9, 3.4],
        "Not recorded": [11.8, 10.5, 6.4, 15.6, 21.0, 26.1, 26.0, 24.5, 16.6],
        "Unborn": [1.1, 0.9, 1.9, 1.1, 1.6, 1.8, 1.7, 1.7, 0.8],
    }
    for value, cells in ethnicity.items():
        figures += row(
            "referrals_by_ethnicity", T21_ENDS, cells, dim="ethnicity", val=value, table="2.3"
        )
    for value, cells in language.items():
        figures += row(
            "referrals_by_language", T21_ENDS, cells, dim="language", val=value, table="2.3"
        )
    # 2016/17 is printed "TBC".
    figures += row(
        "referrals_disabled",
        T21_ENDS,
        [3.6, 3.0, 4.5, 2.9, None, 0.3, 0.4, 0.5, 0.8],
        table="2.3",
    )
    return figures


# Table 2.4: the DfE code of each printed row (no 5D "Early help" row; "Unknown" is 10),
# then the counts (and the percents) for 2013/14 .. 2016/17 and Q1 .. Q4 2017/18.
SOURCES_2_4 = {
    "1A": [500, 502, 398, 744, 245, 468, 724, 926],
    "1B": [44, 17, 16, 56, 69, 123, 182, 218],
    "1C": [120, 98, 79, 208, 13, 17, 25, 58],
    "1D": [46, 35, 41, 70, 11, 36, 46, 60],
    "2A": [1322, 1084, 1042, 1995, 718, 1127, 1858, 2552],
    "2B": [89, 80, 146, 417, 47, 66, 187, 293],
    "3A": [98, 110, 84, 166, 59, 102, 159, 214],
    "3B": [198, 157, 139, 168, 66, 108, 152, 194],
    "3C": [25, 14, 22, 9, 2, 83, 86, 12],
    "3D": [388, 363, 396, 738, 197, 394, 589, 913],
    "3E": [167, 145, 152, 226, 85, 180, 258, 346],
    "3F": [68, 58, 74, 107, 26, 43, 64, 97],
    "4": [151, 105, 96, 273, 74, 134, 191, 245],
    "5A": [303, 259, 276, 571, 130, 252, 369, 478],
    "5B": [489, 307, 330, 408, 81, 177, 250, 324],
    "5C": [239, 276, 242, 310, 86, 168, 223, 306],
    "6": [2371, 1347, 1171, 2686, 582, 1139, 1586, 2061],
    "7": [236, 188, 202, 472, 113, 200, 290, 404],
    "8": [500, 454, 463, 518, 151, 266, 362, 531],
    "9": [471, 281, 257, 371, 186, 316, 402, 483],
    "10": [329, 10, 349, 33, 2, 10, 30, 35],
}
PERCENTS_2_4 = {
    "1A": [6.1, 8.5, 6.7, 7.1, 8.3, 8.6, 9.0, 8.6],
    "1B": [0.5, 0.3, 0.3, 0.5, 2.3, 2.3, 2.3, 2.0],
    "1C": [1.5, 1.7, 1.3, 2.0, 0.4, 0.3, 0.3, 0.5],
    "1D": [0.6, 0.6, 0.7, 0.7, 0.4, 0.7, 0.6, 0.6],
    "2A": [16.2, 18.4, 17.4, 18.9, 24.4, 20.8, 23.1, 23.7],
    "2B": [1.1, 1.4, 2.4, 4.0, 1.6, 1.2, 2.3, 2.7],
    "3A": [1.2, 1.9, 1.4, 1.6, 2.0, 1.9, 2.0, 2.0],
    "3B": [2.4, 2.7, 2.3, 1.6, 2.2, 2.0, 1.9, 1.8],
    "3C": [0.3, 0.2, 0.4, 0.1, 0.1, 1.5, 1.1, 0.1],
    "3D": [4.8, 6.2, 6.6, 7.0, 6.7, 7.3, 7.3, 8.5],
    "3E": [2.0, 2.5, 2.5, 2.1, 2.9, 3.3, 3.2, 3.2],
    "3F": [0.8, 1.0, 1.2, 1.0, 0.9, 0.8, 0.8, 0.9],
    "4": [1.9, 1.8, 1.6, 2.6, 2.5, 2.5, 2.4, 2.3],
    "5A": [3.7, 4.4, 4.6, 5.4, 4.4, 4.7, 4.6, 4.4],
    "5B": [6.0, 5.2, 5.5, 3.9, 2.8, 3.3, 3.1, 3.0],
    "5C": [2.9, 4.7, 4.1, 2.9, 2.9, 3.1, 2.8, 2.8],
    "6": [29.1, 22.9, 19.6, 25.5, 19.8, 21.1, 19.7, 19.2],
    "7": [2.9, 3.2, 3.4, 4.5, 3.8, 3.7, 3.6, 3.8],
    "8": [6.1, 7.7, 7.7, 4.9, 5.1, 4.9, 4.5, 4.9],
    "9": [5.8, 4.8, 4.3, 3.5, 6.3, 5.8, 5.0, 4.5],
    "10": [4.0, 0.2, 5.8, 0.3, 0.1, 0.2, 0.4, 0.3],
}
TOTALS_2_4 = [8154, 5890, 5975, 10546, 2943, 5409, 8033, 10750]
T24_ENDS = YEAR_ENDS[1:] + QUARTERS


def table_2_4() -> list[SourcedFigure]:
    figures = []
    for code, counts in SOURCES_2_4.items():
        figures += ratio_row(
            "referrals_by_source",
            T24_ENDS,
            list(zip(counts, TOTALS_2_4, strict=True)),
            PERCENTS_2_4[code],
            dim="referral_source",
            val=code,
            table="2.4",
        )
    figures += ratio_row(
        "referrals_by_source", T24_ENDS, [(t, t) for t in TOTALS_2_4], [100.0] * 8, table="2.4"
    )
    return figures


def table_3_1() -> list[SourcedFigure]:
    t = {"table": "3.1"}
    return [
        *row("lac_open", T31_ENDS, [690, 690, 765, 698, 688, 699, 717, 711], **t),
        *row("cp_open", T31_ENDS, [528, 536, 472, 439, 478, 547, 554, 564], **t),
        *row("cin_open_other", T31_ENDS, [2610, 2721, 1927, 2629, 2654, 2810, 2697, 2618], **t),
    ]


def table_3_5() -> list[SourcedFigure]:
    t = {"table": "3.5"}
    ends = YEAR_ENDS[1:] + QUARTERS
    return [
        *row("lac_missing_children", ends, [17, 27, 60, 98, 62, 96, 123, 145], **t),
        *row("lac_missing_episodes", ends, [25, 73, 204, 363, 296, 482, 688, 905], **t),
        *row("lac_missing_repeat_children", ends, [5, 13, 28, 51, 39, 58, 73, 90], **t),
    ]


def table_3_6() -> list[SourcedFigure]:
    return ratio_row(
        "lac_residential",
        T31_ENDS,
        [(30, 690), (32, 690), (40, 765), (26, 698), (25, 688), (24, 699), (29, 717), (30, 711)],
        [4.3, 4.6, 5.2, 3.7, 3.6, 3.4, 4.0, 4.2],
        table="3.6",
    )


CP_4_2 = {
    ("gender", "cp_by_gender"): {
        "Male": [260, 272, 270, 234, 204, 247, 276, 285, 298],
        "Female": [276, 246, 254, 226, 221, 215, 252, 246, 248],
        "Unborn": [14, 10, 12, 12, 13, 15, 16, 19, 16],
        "Not recorded": [0, 0, 0, 0, 5, 1, 3, 4, 2],
    },
    ("age_band", "cp_by_age"): {
        "Unborn": [14, 10, 12, 12, 13, 15, 16, 19, 16],
        "Under 1": [54, 55, 54, 43, 47, 44, 54, 48, 58],
        "1 to 4": [152, 148, 162, 138, 133, 143, 165, 163, 153],
        "5 to 9": [175, 156, 152, 142, 124, 140, 152, 153, 160],
        "10 to 15": [132, 139, 137, 122, 108, 117, 136, 149, 151],
        "16 to 17": [23, 20, 19, 15, 18, 19, 24, 22, 26],
        "No DOB": [0, 0, 0, 0, 0, 0, 0, 0, 0],
    },
    ("cp_category", "cp_by_category"): {
        "NEG": [141, 153, 147, 112, 136, 122, 142, 134, 154],
        "PHY": [16, 18, 23, 14, 12, 15, 10, 10, 7],
        "SAB": [11, 13, 11, 12, 7, 12, 13, 8, 12],
        "EMO": [133, 124, 144, 150, 115, 122, 159, 172, 174],
        "MUL": [249, 220, 211, 184, 173, 207, 223, 230, 217],
    },
    ("ethnicity", "cp_by_ethnicity"): {
        "White British/Irish/Other": [87.1, 89.6, 86.9, 83.0, 86.0, 86.0, 86.7, 86.8, 87.9],
        "BME": [8.9, 8.1, 9.1, 13.6, 10.8, 10.9, 10.4, 9.7, 9.2],
        "Not recorded": [1.5, 0.4, 1.7, 0.8, 0.2, 0.0, 0.0, 0.0, 0.0],
        "Unborn": [2.5, 1.9, 2.2, 2.5, 2.9, 3.1, 2.9, 3.4, 2.8],
    },
    ("language", "cp_by_language"): {
        "English": [86.5, 89.6, 89.9, 92.8, 91.2, 92.9, 93.2, 95.0, 95.2],
        "Non English speaking": [3.3, 1.7, 0.7, 1.9, 2.5, 2.9, 2.7, 1.4, 1.4],
        "Not recorded": [7.6, 6.8, 7.1, 2.8, 3.4, 1.0, 1.1, 0.2, 0.5],
        "Unborn": [2.5, 1.9, 2.2, 2.5, 2.9, 3.1, 2.9, 3.4, 2.8],
    },
}


def table_4_2() -> list[SourcedFigure]:
    figures = row("cp_open", T42_ENDS, [550, 528, 536, 472, 443, 478, 547, 554, 564], table="4.2")
    for (dim, indicator), cells in CP_4_2.items():
        for value, printed in cells.items():
            figures += row(indicator, T42_ENDS, printed, dim=dim, val=value, table="4.2")
    figures += row(
        "cp_disabled", T42_ENDS, [1.5, 2.1, 0.5, 0.8, 0.9, 1.5, 2.6, 3.1, 4.6], table="4.2"
    )
    return figures


def seed_figures() -> list[SourcedFigure]:
    return [
        *table_2_1(),
        *table_2_2(),
        *table_2_3(),
        *table_2_4(),
        *table_3_1(),
        *table_3_5(),
        *table_3_6(),
        *table_4_2(),
    ]


def only(figures, indicator: str, end: str, **where) -> SourcedFigure:
    """The one figure of ``indicator`` ending on ``end`` (and matching ``where``)."""
    [figure] = [
        f
        for f in figures
        if f.indicator == indicator
        and f.period_end == end
        and all(getattr(f, name) == value for name, value in where.items())
    ]
    return figure
