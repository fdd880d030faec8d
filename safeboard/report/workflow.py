"""The report's life: draft, independent scrutiny, sign-off by each statutory
partner, publication and distribution. Each step checks the role and the state
and refuses with a message that says what to do."""

from __future__ import annotations

import shutil
from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from safeboard.access.roles import Role, user_roles
from safeboard.access.visibility import user_agency_id
from safeboard.partnership.models import Agency
from safeboard.records.policy import is_business_unit
from safeboard.report.models import (
    AnnualReport,
    Recipient,
    ReportBuild,
    ReportSection,
    ScrutinyComment,
    SignOff,
)

Status = AnnualReport.Status

# Who the published report goes to (WT2018; the source report's list).
DEFAULT_RECIPIENTS = (
    ("Child Safeguarding Practice Review Panel", Recipient.Kind.NATIONAL),
    ("What Works Centre for Children's Social Care (now Foundations)", Recipient.Kind.NATIONAL),
    ("Leader of the council", Recipient.Kind.LOCAL),
    ("Chief executive of the council", Recipient.Kind.LOCAL),
    ("Health commissioners", Recipient.Kind.LOCAL),
    ("Police and crime commissioner", Recipient.Kind.LOCAL),
    ("Health and wellbeing board", Recipient.Kind.LOCAL),
)


class WorkflowError(Exception):
    """A step the report's state or the user's role does not allow; the message says why."""


def is_scrutineer(user) -> bool:
    return user.is_authenticated and Role.INDEPENDENT_CHAIR in user_roles(user)


def partner_agency_of(user) -> Agency | None:
    """The statutory partner a user may sign off for: an agency lead or board member of one."""
    agency_id = user_agency_id(user)
    if agency_id is None or not ({Role.AGENCY_LEAD, Role.BOARD_MEMBER} & set(user_roles(user))):
        return None
    return Agency.objects.filter(pk=agency_id, is_statutory_partner=True, active=True).first()


def statutory_partners(report: AnnualReport) -> list[Agency]:
    return list(
        Agency.objects.filter(
            partnership=report.partnership, is_statutory_partner=True, active=True
        ).order_by("name")
    )


@transaction.atomic
def send_for_scrutiny(*, report: AnnualReport, user) -> AnnualReport:
    if not is_business_unit(user):
        raise WorkflowError("Only the business unit sends the report for scrutiny.")
    if report.status != Status.DRAFT:
        raise WorkflowError("Only a draft can be sent for scrutiny.")
    report.status = Status.IN_SCRUTINY
    report.save()
    return report


@transaction.atomic
def comment_add(*, report: AnnualReport, user, text: str, section: ReportSection | None = None):
    if not is_scrutineer(user):
        raise WorkflowError("Only the independent scrutineer comments on the draft.")
    if report.status == Status.PUBLISHED:
        raise WorkflowError("The report is published: comments are closed.")
    if not text.strip():
        raise WorkflowError("Enter your comment.")
    return ScrutinyComment.objects.create(
        report=report, author=user, text=text.strip(), section=section
    )


@transaction.atomic
def comment_respond(*, comment: ScrutinyComment, user, response: str, resolved: bool):
    if not is_business_unit(user):
        raise WorkflowError("Only the business unit responds to the scrutineer's comments.")
    comment.response = response.strip()
    comment.resolved = resolved
    comment.save()
    return comment


@transaction.atomic
def scrutiny_complete(*, report: AnnualReport, user) -> AnnualReport:
    """The scrutineer has finished: the partners can sign it off."""
    if not (is_scrutineer(user) or is_business_unit(user)):
        raise WorkflowError("Only the scrutineer or the business unit closes the scrutiny.")
    if report.status != Status.IN_SCRUTINY:
        raise WorkflowError("The report is not with the scrutineer.")
    open_comments = report.comments.filter(resolved=False).count()
    if open_comments:
        raise WorkflowError(
            f"{open_comments} of the scrutineer's comments are not resolved: respond to each first."
        )
    report.status = Status.SIGNING_OFF
    report.save()
    return report


@transaction.atomic
def sign_off(
    *, report: AnnualReport, user, agency: Agency | None = None, comment: str = ""
) -> SignOff:
    """A statutory partner signs the report off: its own lead or board member, or the
    business unit recording the partner's sign-off on its behalf."""
    if report.status != Status.SIGNING_OFF:
        raise WorkflowError("The report is not ready for sign-off: scrutiny comes first.")
    own = partner_agency_of(user)
    if agency is None:
        agency = own
    if agency is None or not agency.is_statutory_partner:
        raise WorkflowError("Only a statutory partner signs the report off.")
    if agency != own and not is_business_unit(user):
        raise WorkflowError("You can sign off only for your own agency.")
    if report.sign_offs.filter(agency=agency).exists():
        raise WorkflowError(f"{agency.name} has already signed the report off.")
    return SignOff.objects.create(
        report=report,
        agency=agency,
        signed_by=user,
        signed_on=timezone.localdate(),
        comment=comment,
    )


def unsigned_partners(report: AnnualReport) -> list[Agency]:
    signed = set(report.sign_offs.values_list("agency_id", flat=True))
    return [agency for agency in statutory_partners(report) if agency.pk not in signed]


def published_folder(report: AnnualReport):
    return settings.WORKSPACE.outputs_dir / "report" / str(report.year) / "published"


def publish(*, report: AnnualReport, user, on: date | None = None, progress=lambda m: None):
    """Build the published edition; refuse, changing nothing, if anything blocks it."""
    from safeboard.report.build import report_build

    if not is_business_unit(user):
        raise WorkflowError("Only the business unit publishes the report.")
    if report.status != Status.SIGNING_OFF:
        raise WorkflowError("The report can be published once scrutinised and signed off.")
    missing = unsigned_partners(report)
    if missing:
        names = ", ".join(agency.name for agency in missing)
        raise WorkflowError(f"Not yet signed off by: {names}.")
    folder = published_folder(report)
    building = folder.with_name(".published-building")
    shutil.rmtree(building, ignore_errors=True)
    with transaction.atomic():
        report.published_on = on or timezone.localdate()
        result = report_build(
            report=report, out=building, built_by=user.get_username(), progress=progress
        )
        if result.blockers:
            # Undo the publication date and the build's record; nothing else was written.
            transaction.set_rollback(True)
        else:
            report.status = Status.PUBLISHED
            report.save()
            for name, kind in DEFAULT_RECIPIENTS:
                Recipient.objects.get_or_create(report=report, name=name, defaults={"kind": kind})
            ReportBuild.objects.filter(pk=result.build.pk).update(folder=str(folder))
    if result.blockers:
        shutil.rmtree(building, ignore_errors=True)
        report.refresh_from_db()
        raise WorkflowError(" ".join(result.blockers))
    # Only now does the published edition replace any earlier one.
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    return result


@transaction.atomic
def recipient_sent(*, recipient: Recipient, user, on: date) -> Recipient:
    if not is_business_unit(user):
        raise WorkflowError("Only the business unit records the distribution.")
    if recipient.report.published_on is None or on < recipient.report.published_on:
        raise WorkflowError("The report can only be sent once published, on or after that day.")
    recipient.sent_on = on
    recipient.save()
    return recipient
