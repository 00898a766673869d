"""Other printings of the hebei form (filled in below)."""
