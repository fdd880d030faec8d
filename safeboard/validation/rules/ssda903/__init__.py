"""SSDA903 rules: DfE's validation checks of the looked-after children return, one module per rule."""
