"""CIN census rules: Safeboard's own (SB-CIN-...) now; DfE's rule sets join them here."""
