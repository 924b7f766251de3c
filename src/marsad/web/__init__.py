"""The local web app and HTTP API over a store: ``marsad serve`` (see docs/web.md)."""
