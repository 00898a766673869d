"""reconcile stage of dangan."""
