"""Other printings of the national form (filled in below)."""
