"""The validation engine: each rule is one unit (code, severity, message,
fields, guidance, logic and its own tests), run vectorised over whole tables
in DuckDB, never row by row in Python."""
