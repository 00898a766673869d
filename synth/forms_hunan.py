"""Other printings of the hunan form (filled in below)."""
