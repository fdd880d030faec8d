"""Rule units, one module per rule, one folder per return (discovered by the registry)."""
