"""The shared pages of a board record: list, detail, create, edit and history.

``routing.record_urls(record_type)`` binds these to a ``RecordType``; the
views stay thin: reading through the type's queryset (``visible_to``),
writing through its ``save`` inside a conflict check.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from safeboard.access.visibility import can_see_area
from safeboard.audit.models import Event
from safeboard.audit.selectors import describe_change
from safeboard.audit.services import event_record
from safeboard.records import exports, presenters, services
from safeboard.records.areas import areas_for, board_area
from safeboard.records.conflicts import find_conflict
from safeboard.records.forms import version_of
from safeboard.records.types import RecordType
from safeboard.records.years import current_year, year_from_request, year_label


def _record_or_404(record_type: RecordType, request, pk: int):
    record = record_type.rows_for(request.user).filter(pk=pk).first()
    if record is None:
        raise Http404
    return record


def _require_area(record_type: RecordType, request) -> None:
    if not can_see_area(request.user, record_type.model.visibility):
        raise PermissionDenied


def _context(record_type: RecordType, **extra) -> dict:
    return {"type": record_type, "caption": record_type.area_label, **extra}


def list_view(request, record_type: RecordType):
    _require_area(record_type, request)
    records = record_type.rows_for(request.user)
    year = None
    if record_type.year_filter is not None:
        year = year_from_request(request)
        records = record_type.year_filter(records, year)
    area = board_area(record_type.export_area) if record_type.export_area else None
    return render(
        request,
        record_type.extra.get("list_template", "records/list.html"),
        _context(
            record_type,
            table=presenters.list_table(record_type, records),
            year=year,
            year_label=year_label(year) if year else "",
            years=_year_links(year),
            can_create=record_type.form is not None and record_type.can_create(request.user),
            export=area if area is not None and area.allowed(request.user) else None,
            export_year=year or current_year(),
        ),
    )


def _year_links(year: int | None) -> list[dict]:
    if year is None:
        return []
    return [
        {"year": y, "label": year_label(y)} for y in (year - 1, year + 1) if y <= current_year() + 1
    ]


def detail_view(request, record_type: RecordType, pk: int):
    _require_area(record_type, request)
    record = _record_or_404(record_type, request, pk)
    if record_type.log_reads:
        event_record(
            request=request,
            action=Event.Action.VIEWED,
            area=record_type.namespace,
            object_type=record_type.model._meta.model_name,
            object_ref=record.pk,
        )
    sections = record_type.sections(request, record) if record_type.sections else ()
    return render(
        request,
        record_type.extra.get("detail_template", "records/detail.html"),
        _context(
            record_type,
            record=record,
            summary=presenters.detail_summary(record_type, record),
            sections=list(sections),
            can_edit=record_type.form is not None and record_type.can_edit(request.user, record),
        ),
    )


def _save(record_type: RecordType, form, user, instance):
    """Write through the type's service; a rule the service refuses becomes a form error.

    Returns the saved record, or None when the service refused (nothing was written:
    the caller's transaction, or the service's own, is rolled back).
    """
    try:
        with transaction.atomic():
            if record_type.save is not None:
                return record_type.save(form=form, user=user, instance=instance)
            return form.save()
    except ValidationError as refused:
        _add_errors(form, refused)
        return None


def _add_errors(form, refused: ValidationError) -> None:
    if hasattr(refused, "error_dict"):
        for field, errors in refused.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, refused)


def create_view(request, record_type: RecordType):
    _require_area(record_type, request)
    if record_type.form is None or not record_type.can_create(request.user):
        raise PermissionDenied
    initial = {k: v for k, v in request.GET.items() if k in record_type.form.base_fields}
    form = record_type.form(
        request.POST or None, request.FILES or None, initial=initial, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        record = _save(record_type, form, request.user, None)
        if record is not None:
            messages.success(request, f"{str(record_type.singular).capitalize()} added.")
            return redirect(record_type.url_name("detail"), pk=record.pk)
    return render(request, "records/form.html", _context(record_type, form=form, record=None))


def edit_view(request, record_type: RecordType, pk: int):
    _require_area(record_type, request)
    record = _record_or_404(record_type, request, pk)
    if record_type.form is None or not record_type.can_edit(request.user, record):
        raise PermissionDenied
    form = record_type.form(
        request.POST or None, request.FILES or None, instance=record, user=request.user
    )
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # Lock the row, so two saves cannot both pass the check.
            locked = record_type.model._default_manager.select_for_update().get(pk=record.pk)
            conflict = find_conflict(locked, form.cleaned_data.get("version", ""))
            if conflict is None:
                saved = _save(record_type, form, request.user, locked)
        if conflict is None and saved is None:
            return render(
                request, "records/form.html", _context(record_type, form=form, record=record)
            )
        if conflict is None:
            messages.success(request, f"{str(record_type.singular).capitalize()} saved.")
            return redirect(record_type.url_name("detail"), pk=saved.pk)
        form.add_error(None, conflict.message())
        data = form.data.copy()
        data["version"] = conflict.current_version
        form.data = data
    return render(request, "records/form.html", _context(record_type, form=form, record=record))


def history_view(request, record_type: RecordType, pk: int):
    _require_area(record_type, request)
    record = _record_or_404(record_type, request, pk)
    changes = [
        describe_change(h)
        for h in record.history.select_related("history_user").order_by("-history_id")
    ]
    return render(
        request,
        "records/history.html",
        _context(record_type, record=record, changes=changes, version=version_of(record)),
    )


@require_GET
@login_required
def hub(request):
    return render(request, "records/hub.html", {"areas": areas_for(request.user)})


@require_GET
@login_required
def export_download(request, name: str, fmt: str):
    area = board_area(name)
    if area is None or fmt not in exports.FORMATS:
        raise Http404
    year = year_from_request(request)
    try:
        content, file_name = services.area_export(
            user=request.user,
            area=area,
            year=year,
            fmt=fmt,
            table=request.GET.get("table") or None,
            request=request,
        )
    except LookupError as unknown:
        raise Http404 from unknown
    response = HttpResponse(content, content_type=exports.CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response
