"""storage/migrations stage of dangan."""
