"""ISO 3166-1 country codes: places carry alpha-2, actors and users often say alpha-3."""

from __future__ import annotations

import functools
from typing import NamedTuple

from marsad.resources import read_rows


class Country(NamedTuple):
    alpha2: str
    alpha3: str
    name: str


@functools.cache
def _countries() -> dict[str, Country]:
    """Every country under its alpha-2 and its alpha-3 code."""
    found: dict[str, Country] = {}
    for row in read_rows("iso3166.tsv"):
        country = Country(*row)
        found[country.alpha2] = found[country.alpha3] = country
    return found


def codes() -> tuple[str, ...]:
    """Every alpha-2 and alpha-3 code, sorted."""
    return tuple(sorted(_countries()))


def lookup(code: str | None) -> Country | None:
    """The country with this alpha-2 or alpha-3 code (any case), if there is one."""
    return _countries().get(code.upper()) if code else None


@functools.cache
def iso3_codes() -> dict[str, str]:
    """ISO alpha-2 → alpha-3 (places carry alpha-2, actors alpha-3)."""
    return {c.alpha2: c.alpha3 for c in _countries().values()}
