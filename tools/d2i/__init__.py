"""Scripts comparing Safeboard's DfE rules with the D2I validators (not part of safeboard)."""
