"""Sending the day's reminders, each once only.

``reminders_send`` asks every registered source for the reminders due on
the day and, for each one not sent before (no ``SentReminder`` with its
source and key), sends one e-mail per recipient through Django's mail
(the console in the demo and development, the locmem backend in the tests,
SMTP in production) and records it. The record is written in the same
transaction as the sending: if sending fails nothing is recorded, so the
next run tries again; if two runs overlap, the unique key lets one send.

A reminder with no recipient is not sent and not recorded: it goes out on
a later run once the record names someone with an address.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction

from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.reminders.models import SentReminder
from safeboard.reminders.registry import DueItem, sources

SUBJECT_PREFIX = "[Safeboard] "
FOOTER = (
    "",
    (
        "This reminder was sent once by Safeboard's daily reminders; "
        "you will not get it again for this stage."
    ),
)


@dataclass
class SourceCounts:
    name: str
    label: str
    due: int = 0
    sent: int = 0
    already_sent: int = 0
    no_recipients: int = 0
    emails: int = 0


@dataclass
class RunResult:
    today: date
    dry_run: bool
    counts: list[SourceCounts] = field(default_factory=list)
    sent: list[tuple[str, DueItem]] = field(default_factory=list)  # (source, item)

    def total(self, name: str) -> int:
        return sum(getattr(c, name) for c in self.counts)


def _message(item: DueItem, recipient: str, connection) -> EmailMessage:
    return EmailMessage(
        subject=SUBJECT_PREFIX + item.subject,
        body="\n".join((*item.body_lines, *FOOTER)) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient],
        connection=connection,
    )


def _send_once(source: str, item: DueItem, today: date, connection) -> bool:
    """Record and send the reminder; False if it was recorded (sent) already."""
    try:
        with transaction.atomic():
            if SentReminder.objects.filter(source=source, key=item.key).exists():
                return False
            record = SentReminder(
                source=source,
                key=item.key,
                due_date=item.due_date,
                sent_on=today,
                recipients=len(item.recipients),
            )
            record.full_clean()
            record.save()
            connection.send_messages([_message(item, r, connection) for r in item.recipients])
    except IntegrityError:  # another run recorded it between our check and our insert
        return False
    return True


def reminders_send(*, today: date, dry_run: bool = False, user=None) -> RunResult:
    """Send the reminders due on ``today`` not sent before; with ``dry_run`` send and
    record nothing, only count. Logs one event with the counts (no addresses, no keys)."""
    result = RunResult(today=today, dry_run=dry_run)
    connection = get_connection()
    for source in sources():
        counts = SourceCounts(source.name, source.label)
        result.counts.append(counts)
        items = list(source.function(today))
        counts.due = len(items)
        sent_keys = set(
            SentReminder.objects.filter(
                source=source.name, key__in=[i.key for i in items]
            ).values_list("key", flat=True)
        )
        for item in items:
            if item.key in sent_keys:
                counts.already_sent += 1
            elif not item.recipients:
                counts.no_recipients += 1
            elif dry_run:
                counts.sent += 1
                counts.emails += len(item.recipients)
                result.sent.append((source.name, item))
            elif _send_once(source.name, item, today, connection):
                counts.sent += 1
                counts.emails += len(item.recipients)
                result.sent.append((source.name, item))
            else:
                counts.already_sent += 1
    event_record(
        user=user,
        # A reminder run sends records' news out of Safeboard by e-mail.
        action=Event.Action.VALIDATED if dry_run else Event.Action.SENT,
        area="reminders",
        object_type="reminders dry run" if dry_run else "reminders",
        object_ref=today.isoformat(),
        detail={
            c.name: {
                "due": c.due,
                "sent": c.sent,
                "already_sent": c.already_sent,
                "no_recipients": c.no_recipients,
                "emails": c.emails,
            }
            for c in result.counts
        },
    )
    return result
