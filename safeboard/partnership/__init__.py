"""The partnership: its local authorities, districts, agencies and people."""
