"""Statutory returns in: the CIN census, SSDA903 and Safeboard's own extracts,
read as streams, checked, pseudonymised at the door and kept as immutable,
dated Parquet snapshots with their provenance."""
