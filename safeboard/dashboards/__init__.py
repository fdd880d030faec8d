"""The dataset dashboards: one page per section of the source report's Appendix A,
tables and charts from the current snapshots, and a page per figure with its
definition, sources and consistency findings."""
