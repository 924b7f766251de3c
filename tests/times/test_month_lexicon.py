"""The committed month lexicon is what ``scripts/build_month_lexicon.py`` writes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from marsad.times.lexicon import months

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_month_lexicon.py"


def test_committed_lexicon_is_up_to_date() -> None:
    pytest.importorskip("babel", reason="babel is needed only to rebuild the lexicon")
    spec = importlib.util.spec_from_file_location("build_month_lexicon", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUTPUT.read_text(encoding="utf-8") == module.render()


@pytest.mark.parametrize(
    ("name", "calendar", "number"),
    [
        ("كانون الثاني", "gregorian", 1),  # Levantine, from CLDR ar_SY
        ("اب", "gregorian", 8),
        ("تشرين الاول", "gregorian", 10),
        ("اغسطس", "gregorian", 8),  # Egyptian/Gulf, ar_EG
        ("يونيه", "gregorian", 6),  # Egyptian spelling, added by hand
        ("جانفي", "gregorian", 1),  # Maghrebi, ar_DZ/ar_TN
        ("اوت", "gregorian", 8),
        ("غشت", "gregorian", 8),  # Moroccan, ar_MA
        ("ذو القعدة", "hijri", 11),
        ("جمادي الاخرة", "hijri", 6),
    ],
)
def test_month_names_of_every_tradition(name: str, calendar: str, number: int) -> None:
    assert months()[(name, calendar)] == number
