"""The breakdown values of INDICATORS.md, spelt exactly, every one output (zero included)."""

from __future__ import annotations

BREAKDOWNS: dict[str, tuple[str, ...]] = {
    "ethnicity": ("White British/Irish/Other", "BME", "Not recorded", "Unborn"),
    "language": ("English", "Non English speaking", "Not recorded", "Unborn"),
    "gender": ("Male", "Female", "Unborn", "Not recorded"),
    "age_band": ("Unborn", "Under 1", "1 to 4", "5 to 9", "10 to 15", "16 to 17", "No DOB"),
    "cp_category": ("NEG", "PHY", "SAB", "EMO", "MUL"),
    "referral_source": (
        "1A",
        "1B",
        "1C",
        "1D",
        "2A",
        "2B",
        "3A",
        "3B",
        "3C",
        "3D",
        "3E",
        "3F",
        "4",
        "5A",
        "5B",
        "5C",
        "5D",
        "6",
        "7",
        "8",
        "9",
        "10",
        "Unknown",
    ),  # fmt: skip
}
