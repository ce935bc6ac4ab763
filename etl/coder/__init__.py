"""The event coder: sentences in, CAMEO events out."""
