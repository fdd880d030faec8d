from django.apps import AppConfig


class AgencyReturnsConfig(AppConfig):
    name = "safeboard.agency_returns"
    label = "agency_returns"
    verbose_name = "Agency returns"

    def ready(self) -> None:
        # The consistency engine learns this area's relations and figures from here.
        from safeboard.agency_returns.definitions import stock_flows, whole_of
        from safeboard.dataset.consistency.declarations import register_declarations

        register_declarations(
            stock_flows=stock_flows(), whole_of=whole_of(), figures=_accepted_figures
        )


def _accepted_figures(collection_year: int) -> list:
    from safeboard.agency_returns.selectors import returned_figures

    return [f for quarter in (1, 2, 3, 4) for f in returned_figures(collection_year, quarter)]
