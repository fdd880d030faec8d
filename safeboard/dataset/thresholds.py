"""The dataset's named thresholds: the numbers the definitions depend on.

They reach each indicator's SQL as named parameters, never as literals, and
a partnership can change them in settings (``SAFEBOARD_DATASET_THRESHOLDS``).
"""

from __future__ import annotations

from django.conf import settings

DEFAULTS = {
    # Working Together: assessments within 45 working days of the referral.
    "assessment_working_days": 45,
    # Initial child protection conference within 15 working days of the strategy
    # discussion / start of the section 47 enquiry.
    "icpc_working_days": 15,
    # A re-referral is within 12 months of an earlier referral (DfE).
    "rereferral_months": 12,
    # Table 2.1: children in need cases still open two months after referral.
    "cin_open_months": 2,
    # Table 4.3: long and short plans.
    "long_plan_years": 2,
    "short_plan_months": 3,
    # cp_repeat_2y: an earlier plan that ended within this many years.
    "repeat_plan_years": 2,
}


def thresholds() -> dict[str, int]:
    configured = getattr(settings, "SAFEBOARD_DATASET_THRESHOLDS", {}) or {}
    unknown = set(configured) - set(DEFAULTS)
    if unknown:
        raise ValueError(f"Unknown dataset thresholds in settings: {', '.join(sorted(unknown))}.")
    return {**DEFAULTS, **configured}
