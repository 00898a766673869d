"""extractors stage of dangan."""
