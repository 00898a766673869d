"""storage/migrations/versions stage of dangan."""
