"""Kind `cin`: written in this issue (placeholder while the reader is built)."""
