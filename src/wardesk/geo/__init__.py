"""Stage geo."""
