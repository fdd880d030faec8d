"""Agency aggregate returns: the figures child-level data cannot give (FORMATS.md 2.6)."""
