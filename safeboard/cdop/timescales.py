"""The panel's timescales, each one function, and where each stands today.

Which are statutory (DOMAIN.md section 2): only one timescale of the child
death review process is set nationally, the notification of each death to
the National Child Mortality Database **within 48 hours** (DOMAIN.md 2.3).
It applies from 1 April 2019, when the database went live; before that the
panel made a yearly return instead, so earlier deaths carry no deadline.
48 hours is clock time, weekends and bank holidays included: with dates
only, it is met by the end of the second day after the panel learned of the
death.

The others are the panel's own, counted in working days (weekends and
England and Wales bank holidays excluded, ``common.working_days``):

- an agency's information is due the number of working days the panel
  allowed after asking for it (``AgencyInformation.due_on``);
- the national guidance advises at least a month's notice of a child death
  review meeting (DOMAIN.md 2.2): a calendar month, shown as a warning.

Time from death to the panel's review has no national timescale: it is
reported as a figure (``summaries.death_to_review``), not as a deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from safeboard.cdop.models import AgencyInformation, ChildDeath, ReviewMeeting
from safeboard.common.working_days import Deadline, add_months

NATIONAL_DATABASE_LIVE = date(2019, 4, 1)
NATIONAL_NOTIFICATION_DAYS = 2  # 48 hours, by the day
NOTICE_MONTHS = 1


def _days(n: int) -> str:
    return f"{n} day{'s' * (n != 1)}"


@dataclass(frozen=True)
class ClockDeadline(Deadline):
    """A deadline in clock time (hours), so counted in calendar days, not working days."""

    def working_days_left(self, today: date) -> int:  # the name Deadline uses
        return (self.due - today).days

    def describe(self, today: date) -> str:
        """'Due in 2 days', 'Due today', '1 day overdue', 'Met', 'Met 3 days late'."""
        if self.done is not None:
            late = (self.done - self.due).days
            return "Met" if late <= 0 else f"Met {_days(late)} late"
        left = (self.due - today).days
        if left == 0:
            return "Due today"
        if left > 0:
            return f"Due in {_days(left)}"
        return f"{_days(-left)} overdue"


def national_notification(death: ChildDeath) -> ClockDeadline | None:
    """Notify the national database within 48 hours of learning of the death.

    None for a death the panel learned of before the database went live.
    """
    if death.notified_on < NATIONAL_DATABASE_LIVE:
        return None
    return ClockDeadline(
        label="Notify the National Child Mortality Database (48 hours)",
        due=death.notified_on + timedelta(days=NATIONAL_NOTIFICATION_DAYS),
        done=death.national_notified_on,
    )


def agency_information(information: AgencyInformation) -> Deadline:
    """An agency's information: due ``working_days_allowed`` working days after the request."""
    return Deadline(
        label=f"{information.get_form_display()} from {information.agency}",
        due=information.due_on,
        done=information.received_on,
    )


def short_notice(meeting: ReviewMeeting) -> bool:
    """True when invitations went out less than a calendar month before the meeting."""
    if meeting.notice_given_on is None:
        return False
    return add_months(meeting.notice_given_on, NOTICE_MONTHS) > meeting.held_on


@dataclass(frozen=True)
class OpenDeadline:
    """A deadline not yet met, with the case it belongs to."""

    death: ChildDeath
    deadline: Deadline

    def overdue(self, today: date) -> bool:
        return self.deadline.overdue(today)


def case_deadlines(death: ChildDeath, information=()) -> list[Deadline]:
    """Every deadline of one case, met or not, in due-date order."""
    found: list[Deadline] = []
    national = national_notification(death)
    if national is not None:
        found.append(national)
    found.extend(agency_information(item) for item in information)
    return sorted(found, key=lambda d: d.due)


def open_deadlines(deaths, information) -> list[OpenDeadline]:
    """The deadlines not yet met among these deaths and requests, soonest due first."""
    found = [
        OpenDeadline(death, deadline)
        for death in deaths
        if (deadline := national_notification(death)) is not None and deadline.done is None
    ]
    found.extend(
        OpenDeadline(item.death, agency_information(item))
        for item in information
        if item.received_on is None
    )
    return sorted(found, key=lambda o: (o.deadline.due, o.death.case_reference))
