"""Partnership pages: thin views over the selectors and services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from safeboard.access.roles import MANAGE_PARTNERSHIP
from safeboard.partnership import presenters, selectors, services
from safeboard.partnership.forms import AgencyForm


@require_GET
@login_required
def overview(request):
    return render(
        request,
        "partnership/overview.html",
        {
            "partnership": selectors.partnership_get(user=request.user),
            "district_tables": [
                presenters.districts_table(authority)
                for authority in selectors.local_authority_list(user=request.user)
            ],
            "panels": selectors.cdop_panel_list(user=request.user),
        },
    )


@require_GET
@login_required
def agency_list(request):
    return render(
        request,
        "partnership/agency_list.html",
        {
            "table": presenters.agencies_table(selectors.agency_list(user=request.user)),
            "can_manage": request.user.has_perm(MANAGE_PARTNERSHIP),
        },
    )


@require_GET
@login_required
def agency_detail(request, pk: int):
    try:
        agency = selectors.agency_get(user=request.user, pk=pk)
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    return render(
        request,
        "partnership/agency_detail.html",
        {
            "agency": agency,
            "summary": presenters.agency_summary(agency),
            "people": selectors.person_list(user=request.user, agency=agency),
            "can_manage": request.user.has_perm(MANAGE_PARTNERSHIP),
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
@permission_required(MANAGE_PARTNERSHIP, raise_exception=True)
def agency_create(request):
    form = AgencyForm(request.POST or None)
    partnership = selectors.partnership_get(user=request.user)
    if request.method == "POST" and form.is_valid() and partnership is not None:
        agency = services.agency_create(partnership=partnership, **form.cleaned_data_for_create())
        messages.success(request, f"{agency.name} added.")
        return redirect("partnership:agency-detail", pk=agency.pk)
    return render(request, "partnership/agency_form.html", {"form": form, "agency": None})


@require_http_methods(["GET", "POST"])
@login_required
@permission_required(MANAGE_PARTNERSHIP, raise_exception=True)
def agency_edit(request, pk: int):
    try:
        agency = selectors.agency_get(user=request.user, pk=pk)
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    form = AgencyForm(request.POST or None, instance=agency)
    if request.method == "POST" and form.is_valid():
        services.agency_update(agency=agency, **form.changed_values())
        messages.success(request, f"{agency.name} saved.")
        return redirect("partnership:agency-detail", pk=agency.pk)
    return render(request, "partnership/agency_form.html", {"form": form, "agency": agency})


@require_GET
@login_required
def person_list(request):
    return render(
        request,
        "partnership/person_list.html",
        {"table": presenters.people_table(selectors.person_list(user=request.user))},
    )


@require_GET
@login_required
def person_detail(request, pk: int):
    try:
        person = selectors.person_get(user=request.user, pk=pk)
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    return render(
        request,
        "partnership/person_detail.html",
        {"person": person, "summary": presenters.person_summary(person)},
    )
