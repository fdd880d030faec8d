"""Build (or refresh) the demonstration partnership in the current workspace.

Running it again keeps the records and gives the demo users new passwords,
so ``make demo`` can be run as often as wanted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction

from safeboard.access.roles import ROLES, Role
from safeboard.accounts.models import User
from safeboard.accounts.services import password_generate, user_create
from safeboard.demo import area
from safeboard.partnership.models import (
    Agency,
    ChildDeathOverviewPanel,
    District,
    LocalAuthority,
    Partnership,
    Person,
)
from safeboard.partnership.services import agency_create


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    role_label: str
    two_factor: bool


@dataclass(frozen=True)
class DemoResult:
    partnership: Partnership
    users: list[DemoUser]
    imports: list
    exports: list


def _person_name(index: int) -> str:
    return f"{area.FIRST_NAMES[index % len(area.FIRST_NAMES)]} {area.LAST_NAMES[index % len(area.LAST_NAMES)]}"


@transaction.atomic
def demo_partnership() -> Partnership:
    partnership, _ = Partnership.objects.get_or_create(
        name=area.PARTNERSHIP["name"], defaults={"short_name": area.PARTNERSHIP["short_name"]}
    )
    panel, _ = ChildDeathOverviewPanel.objects.get_or_create(name=area.CDOP_PANEL)
    for name, ons_code, dfe_code, in_partnership in area.LOCAL_AUTHORITIES:
        LocalAuthority.objects.get_or_create(
            ons_code=ons_code,
            defaults={
                "name": name,
                "dfe_la_code": dfe_code,
                "partnership": partnership if in_partnership else None,
                "cdop_panel": panel,
            },
        )
    county = LocalAuthority.objects.get(ons_code=area.LOCAL_AUTHORITIES[0][1])
    for name, short_name, ons_code in area.DISTRICTS:
        District.objects.get_or_create(
            ons_code=ons_code,
            defaults={"name": name, "short_name": short_name, "local_authority": county},
        )
    for name, short_name, agency_type in area.AGENCIES:
        if not Agency.objects.filter(name=name).exists():
            agency_create(
                partnership=partnership, name=name, short_name=short_name, agency_type=agency_type
            )
    return partnership


@transaction.atomic
def demo_users() -> list[DemoUser]:
    users = []
    for index, (username, role_name, agency_short, job_title) in enumerate(area.DEMO_USERS):
        role = Role(role_name)
        definition = ROLES[role]
        existing = User.objects.filter(username=username).first()
        if existing is not None:
            password = password_generate()
            existing.set_password(password)
            existing.save(update_fields=["password"])
        else:
            person = None
            if agency_short is not None:
                person = Person.objects.create(
                    agency=Agency.objects.get(short_name=agency_short),
                    full_name=_person_name(index),
                    job_title=job_title,
                    email=f"{username}@example.org",
                )
            _, password = user_create(
                username=username,
                roles=[role],
                person=person,
                email=f"{username}@example.org",
            )
        users.append(DemoUser(username, password, definition.label, definition.requires_two_factor))
    return users


def demo_build(*, progress: Callable[[str], None] = lambda message: None) -> DemoResult:
    progress("Setting up the partnership, its authorities, districts and agencies")
    partnership = demo_partnership()
    progress("Creating one demonstration user per role")
    users = demo_users()
    from safeboard.demo.governance import demo_governance

    # First of the board's areas: the strategic priorities the others link to.
    progress("Recording the board and its sub-groups, members and 2017/18's meetings")
    demo_governance(partnership)
    from safeboard.demo.agency_reports import demo_agency_reports

    demo_agency_reports(progress=progress)
    from safeboard.demo.actions import demo_actions

    demo_actions(progress=progress)
    from safeboard.demo.assurance import demo_assurance

    demo_assurance(progress=progress)
    from safeboard.demo.budget import demo_budget

    progress("Recording the budget: the report's 2017/18, and 2018/19 under way")
    demo_budget()
    from safeboard.demo.training import demo_training

    progress("Recording the training programme: the report's 46 events and 783 delegates")
    demo_training()
    from safeboard.demo.cdop import demo_cdop

    demo_cdop(progress=progress)
    from safeboard.demo.reviews import demo_reviews

    demo_reviews(progress=progress)
    from safeboard.demo.returns import demo_returns

    imports = demo_returns(progress=progress)
    from safeboard.demo.dataset import demo_chart_files, demo_dataset_exports

    progress("Computing the safeguarding dataset and writing its exports")
    exports = demo_dataset_exports()
    progress("Drawing the dashboards' charts for the report")
    charts = demo_chart_files()
    exports = [*exports, charts[0].parent] if charts else exports
    from safeboard.demo.report import demo_report
    from safeboard.demo.returns import DEMO_LAST_YEAR

    progress("Building the annual report (HTML and PDF)")
    report_files = demo_report(partnership, DEMO_LAST_YEAR, progress=progress)
    exports = [*exports, *report_files[:2]]
    return DemoResult(partnership=partnership, users=users, imports=imports, exports=exports)
