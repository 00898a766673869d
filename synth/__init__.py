"""synth stage of dangan."""
