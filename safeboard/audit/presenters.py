"""The audit trail as GOV.UK tables."""

from __future__ import annotations

from django.utils.dateformat import format as date_format
from django.utils.html import format_html_join
from django.utils.timezone import localtime

from safeboard.web.components import table

WHEN = "j M Y H:i:s"


def changes_table(changes):
    rows = []
    for change in changes:
        delta = (
            format_html_join("", "<div><strong>{}</strong>: “{}” → “{}”</div>", change.changes)
            or "—"
        )
        rows.append(
            [
                date_format(localtime(change.at), WHEN),
                change.who,
                f"{change.kind.capitalize()} {change.record_type} “{change.record}”",
                delta,
            ]
        )
    return table(
        caption="The latest changes to records, newest first",
        head=["When", "Who", "What", "Before and after"],
        rows=rows,
        empty="No changes recorded yet.",
    )


def events_table(events):
    return table(
        caption="Who saw, downloaded or exported what, newest first",
        head=["When", "Who", "Did", "Area", "What"],
        rows=[
            [
                date_format(localtime(e.at), WHEN),
                e.username,
                e.get_action_display(),
                e.area,
                f"{e.object_type} {e.object_ref}".strip(),
            ]
            for e in events
        ],
        empty="No events recorded yet.",
    )
