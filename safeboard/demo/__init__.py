"""The demonstration partnership built by ``safeboard demo``: synthetic only."""
