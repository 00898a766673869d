"""Command groups of the dangan CLI, one module per stage."""
