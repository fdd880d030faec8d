"""A synthetic partnership: realistic, deterministic input files of every kind.

``synth_write`` writes, for a county of five districts over several collection
years, the CIN census XML, the SSDA903 tables, the contacts extract, child
characteristics, population and baseline shares (FORMATS.md). Every person
and identifier in them is invented; the same seed gives byte-identical files.
"""

from safeboard.synth.generate import SynthSummary, YearCounts, synth_write

__all__ = ["SynthSummary", "YearCounts", "synth_write"]
