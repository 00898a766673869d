"""schemas stage of dangan."""
