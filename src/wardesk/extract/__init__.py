"""Stage extract."""
