"""The statutory and expected timescales of serious incidents and practice reviews.

Each rule is one function, so a change in guidance is a change in one place:

- ``notification_due``: the local authority notifies the Child Safeguarding
  Practice Review Panel within 5 working days of becoming aware of the
  incident (Children Act 2004 s16C(1); DOMAIN.md 3.2).
- ``rapid_review_due``: the rapid review is completed and sent to the Panel
  within 15 working days of the local authority becoming aware of the
  incident (DOMAIN.md 3.3, from the Panel's FAQ). Issue 6 says "of the
  notification"; DOMAIN.md's sourced fact is followed, so a late
  notification does not buy the rapid review more time.
- ``final_report_due``: a serious case review or local practice review's
  final report is expected 6 calendar months after it is commissioned
  (DOMAIN.md 3.1 and 3.4).

Working days skip weekends and England and Wales bank holidays
(``safeboard.common.working_days``); the day the clock starts never counts.
"""

from __future__ import annotations

from datetime import date

from safeboard.common.working_days import Deadline, add_months, add_working_days

NOTIFICATION_WORKING_DAYS = 5
RAPID_REVIEW_WORKING_DAYS = 15
FINAL_REPORT_MONTHS = 6


def notification_due(aware_date: date) -> date:
    """The last day to notify the national Panel: 5 working days after becoming aware."""
    return add_working_days(aware_date, NOTIFICATION_WORKING_DAYS)


def rapid_review_due(aware_date: date) -> date:
    """The last day to complete the rapid review: 15 working days after the local
    authority became aware of the incident (not after the notification: see above)."""
    return add_working_days(aware_date, RAPID_REVIEW_WORKING_DAYS)


def final_report_due(commissioned_date: date) -> date:
    """The day the final report is expected: 6 calendar months after commissioning
    (31 August + 6 months = the end of February)."""
    return add_months(commissioned_date, FINAL_REPORT_MONTHS)


def notification_deadline(incident) -> Deadline:
    return Deadline(
        "Notification to the national panel",
        notification_due(incident.aware_date),
        incident.notified_date,
    )


def rapid_review_deadline(incident, rapid_review=None) -> Deadline:
    """The incident's rapid review deadline; met when the rapid review was completed.

    Once an incident is notified a rapid review is required, so the deadline
    runs from the incident whether or not a rapid review is recorded yet.
    """
    return Deadline(
        "Rapid review",
        rapid_review_due(incident.aware_date),
        rapid_review.completed_date if rapid_review is not None else None,
    )


def final_report_deadline(review) -> Deadline:
    return Deadline(
        "Final report", final_report_due(review.commissioned_date), review.final_report_date
    )
