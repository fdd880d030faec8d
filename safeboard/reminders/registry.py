"""The registry of reminder sources.

A source is a function that, given the day, returns the reminders due that
day as ``DueItem`` s. Each app registers its own in its ``AppConfig.ready``;
``safeboard remind`` asks every source and sends what has not been sent
before (``services.reminders_send``).

How an app adds one (the assurance app's policy reviews, for example)::

    # safeboard/assurance/reminders.py
    from safeboard.reminders.registry import DueItem, due_soon_days, long_date

    def policy_reviews_due(today):
        horizon = today + timedelta(days=due_soon_days())
        for policy in Policy.objects.filter(next_review__lte=horizon, ...):
            stage = "overdue" if policy.next_review < today else "due-soon"
            yield DueItem(
                # stable for this reminder at this stage: sent once, ever
                key=f"policy:{policy.pk}:{stage}:{policy.next_review.isoformat()}",
                due_date=policy.next_review,
                recipients=(policy.owner.email,),
                subject=f"Policy review {'overdue' if stage == 'overdue' else 'due'}: {policy.title}",
                body_lines=(f"The review of {policy.title} is due by {long_date(policy.next_review)}.",),
            )

    # safeboard/assurance/apps.py
    class AssuranceConfig(AppConfig):
        def ready(self):
            from safeboard.assurance.reminders import policy_reviews_due
            from safeboard.reminders.registry import register

            register("policy-reviews", policy_reviews_due, "Policy reviews due")

The key names the record, the stage and the due date, so a new due date (an
action moved, a review rescheduled) is a new reminder, and the same stage of
the same record is never sent twice. A source reads every record it needs
(it runs for the whole partnership, not for a signed-in user) and must not
put identifiers of children in a reminder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from django.conf import settings

DUE_SOON_SETTING = "SAFEBOARD_REMINDER_DUE_SOON_DAYS"
DEFAULT_DUE_SOON_DAYS = 14


@dataclass(frozen=True)
class DueItem:
    """One reminder: who gets it, what it says, and the key it is sent once under."""

    key: str
    due_date: date
    recipients: tuple[str, ...]
    subject: str
    body_lines: tuple[str, ...]


SourceFunction = Callable[[date], Iterable[DueItem]]


@dataclass(frozen=True)
class Source:
    name: str
    label: str
    function: SourceFunction


_SOURCES: dict[str, Source] = {}

ALREADY_REGISTERED = "A different reminder source is already registered as '{name}'."


def register(name: str, function: SourceFunction, label: str = "") -> None:
    """Add a source under ``name`` (registering the same function again is harmless)."""
    existing = _SOURCES.get(name)
    if existing is not None and existing.function is not function:
        raise ValueError(ALREADY_REGISTERED.format(name=name))
    _SOURCES[name] = Source(name, label or name, function)


def unregister(name: str) -> None:
    _SOURCES.pop(name, None)


def sources() -> list[Source]:
    """Every registered source, by name."""
    return [_SOURCES[name] for name in sorted(_SOURCES)]


def long_date(day: date) -> str:
    """A date as GOV.UK writes it: 2 April 2018."""
    return f"{day.day} {day:%B %Y}"


def due_soon_days() -> int:
    """How many days ahead a reminder says something is coming due (default 14)."""
    days = getattr(settings, DUE_SOON_SETTING, DEFAULT_DUE_SOON_DAYS)
    if not isinstance(days, int) or days < 0:
        raise ValueError(f"{DUE_SOON_SETTING} must be a whole number of days, 0 or more.")
    return days
