"""Kind `baseline`: written in this issue (placeholder while the reader is built)."""
