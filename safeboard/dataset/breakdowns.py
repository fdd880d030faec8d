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

# The DfE description of each referral source code (CIN census guide), for labelling rows.
LABELS: dict[str, dict[str, str]] = {
    "referral_source": {
        "1A": "Individual - Family member/relative/carer",
        "1B": "Individual - Acquaintance (including neighbours and child minders)",
        "1C": "Individual - Self",
        "1D": "Individual - Other (including strangers, MPs)",
        "2A": "Schools",
        "2B": "Education services",
        "3A": "Health services - GP",
        "3B": "Health services - Health visitor",
        "3C": "Health services - School nurse",
        "3D": "Health services - Other primary health services",
        "3E": "Health services - A&E (emergency department)",
        "3F": "Health services - Other (e.g. hospice)",
        "4": "Housing (LA housing or housing association)",
        "5A": "LA services - Social care e.g. adults social care",
        "5B": "LA services - Other internal (department other than social care in LA "
        "e.g. youth offending (excluding housing))",
        "5C": "LA services - External e.g. from another LA's adult social care",
        "5D": "LA services - Early help",
        "6": "Police",
        "7": "Other legal agency (including courts, probation, immigration, CAFCASS, prison)",
        "8": "Other (including children's centres, independent agency providers, "
        "voluntary organisations)",
        "9": "Anonymous",
        "10": "Unknown",
        "Unknown": "Not recorded (blank or invalid code)",
    },
}
