"""Audit: the change history of every record and the event log of who saw,
downloaded or exported restricted or child-level material. Neither can be
edited or deleted by the application."""
