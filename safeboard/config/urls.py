"""The site's URLs, one include per area."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("safeboard.web.urls")),
    path("accounts/", include("safeboard.accounts.urls")),
    path("partnership/", include("safeboard.partnership.urls")),
    path("audit/", include("safeboard.audit.urls")),
    path("returns/", include("safeboard.returns.urls")),
    path("data-quality/", include("safeboard.data_quality.urls")),
    path("agency-returns/", include("safeboard.agency_returns.urls")),
    path("dashboards/", include("safeboard.dashboards.urls")),
    path("board/", include("safeboard.records.urls")),
    path("board/governance/", include("safeboard.governance.urls")),
    path("board/budget/", include("safeboard.budget.urls")),
    path("board/training/", include("safeboard.training.urls")),
    path("board/agency-reports/", include("safeboard.agency_reports.urls")),
    path("board/actions/", include("safeboard.actions.urls")),
    path("board/assurance/", include("safeboard.assurance.urls")),
    path("reviews/", include("safeboard.reviews.urls")),
    path("cdop/", include("safeboard.cdop.urls")),
    path("report/", include("safeboard.report.urls")),
    path("admin/", admin.site.urls),
]

handler403 = "safeboard.web.views.permission_denied"
handler404 = "safeboard.web.views.page_not_found"
handler500 = "safeboard.web.views.server_error"
