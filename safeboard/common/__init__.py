"""Small pieces every app shares: the base model and append-only guards."""
