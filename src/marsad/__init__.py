"""Marsad: Arabic news to structured, geocoded political-event data."""

__version__ = "0.1.0"
