"""Kind `ssda903`: written in this issue (placeholder while the reader is built)."""
