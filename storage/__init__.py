"""storage stage of dangan."""
