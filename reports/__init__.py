"""reports stage of dangan."""
