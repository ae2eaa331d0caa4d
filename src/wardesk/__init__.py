"""wardesk: news reports of armed conflict -> a verified, geolocated event database."""

__version__ = "0.1.0"
