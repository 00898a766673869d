"""web stage of dangan."""
