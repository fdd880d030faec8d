"""Services of the returns area used by the command line and the site."""

from __future__ import annotations

from django.conf import settings

from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.returns.pipeline import ImportResult, Status
from safeboard.returns.pseudonymise import Pseudonymiser


def import_event_record(
    *, result: ImportResult, validate_only: bool, user=None, request=None
) -> None:
    """Every import and validation goes in the event log (never a file's content)."""
    event_record(
        request=request,
        user=user,
        action=Event.Action.VALIDATED if validate_only else Event.Action.IMPORTED,
        area="returns",
        object_type=result.kind,
        object_ref=result.snapshot.pk if result.snapshot is not None else "",
        detail={
            "status": result.status.value,
            "collection_year": result.collection_year,
            "errors": len(result.errors),
            "warnings": len(result.warnings),
            "rows": sum(result.row_counts.values()),
        },
    )


def pseudonym_lookup(*, raw_id: str, user=None, request=None) -> str:
    """The pseudonym of a child id the user already holds; logged without the id."""
    pseudonym = Pseudonymiser.for_workspace(settings.WORKSPACE).child(raw_id)
    event_record(
        request=request,
        user=user,
        action=Event.Action.LOOKED_UP,
        area="returns",
        object_type="pseudonym",
        object_ref=pseudonym,
    )
    return pseudonym


__all__ = ["Status", "import_event_record", "pseudonym_lookup"]
