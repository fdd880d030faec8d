"""The frame's pages: start page, home, search, accessibility and errors."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponseServerError
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.web.home import panels_for
from safeboard.web.search import MIN_QUERY_LENGTH, search


@require_GET
def start(request):
    """The public front door; a signed-in user goes straight to their home page."""
    if request.user.is_authenticated:
        return redirect("web:home")
    return render(request, "web/start.html")


@require_GET
@login_required
def home(request):
    return render(request, "web/home.html", {"panels": panels_for(request.user)})


@require_GET
@login_required
def search_view(request):
    query = request.GET.get("q", "")[:100]
    results = search(user=request.user, query=query)
    if query:
        # The count only: a search term may itself be a name or an identifier.
        event_record(
            request=request,
            action=Event.Action.SEARCHED,
            area="search",
            detail={"results": len(results)},
        )
    return render(
        request,
        "web/search.html",
        {
            "query": query,
            "results": results,
            "min_length": MIN_QUERY_LENGTH,
            "search_label": {
                "text": "Search the partnership's records",
                "classes": "govuk-label--s",
            },
            "search_hint": {"text": "An agency, person, local authority or district"},
        },
    )


@require_GET
def accessibility(request):
    return render(request, "web/accessibility.html")


def page_not_found(request, exception=None):
    # Says nothing about what was asked for: a restricted record and a
    # missing one look the same.
    return render(request, "web/errors/404.html", status=404)


def permission_denied(request, exception=None):
    return render(request, "web/errors/403.html", status=403)


def server_error(request):
    # Rendered without the request: its context processors read the user, and so
    # the database, which may be what failed (a database gone away).
    return HttpResponseServerError(render_to_string("web/errors/500.html"))
