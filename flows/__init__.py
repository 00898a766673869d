"""flows stage of dangan."""
