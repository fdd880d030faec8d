"""Data quality: the consistency findings of a year and how complete the returns are."""
