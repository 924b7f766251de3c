"""ISO 3166-1 country codes: places carry alpha-2, actors and users often say alpha-3."""

from __future__ import annotations

import functools
from importlib import resources
from typing import NamedTuple


class Country(NamedTuple):
    alpha2: str
    alpha3: str
    name: str


@functools.cache
def _countries() -> dict[str, Country]:
    """Every country under its alpha-2 and its alpha-3 code."""
    text = resources.files("marsad.store").joinpath("iso3166.tsv").read_text(encoding="utf-8")
    found: dict[str, Country] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            country = Country(*line.split("\t"))
            found[country.alpha2] = found[country.alpha3] = country
    return found


def lookup(code: str | None) -> Country | None:
    """The country with this alpha-2 or alpha-3 code (any case), if there is one."""
    return _countries().get(code.upper()) if code else None
