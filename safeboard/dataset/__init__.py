"""The safeguarding dataset: every indicator of INDICATORS.md as one SQL
definition (``indicators/<id>.sql``, its metadata in the header), run by
DuckDB over the current snapshots for any collection year and quarter."""
