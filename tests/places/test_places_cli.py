"""``marsad geocode``: the answer, the candidates and the reasons."""

from __future__ import annotations

from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()


def test_geocode_a_bare_name_shows_the_answer_and_the_namesakes():
    result = runner.invoke(app, ["geocode", "موسكو"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "«موسكو» [0:5]"
    assert lines[1].startswith("  → geonames:524901 موسكو / Moscow, city, RU")
    assert "geonames:4710826 Mesquite (city, US)" in result.output


def test_geocode_a_text_resolves_each_place_and_gives_the_focus():
    result = runner.invoke(app, ["geocode", "قصفت الطائرات مدينة الرقة شمال سوريا"])
    assert result.exit_code == 0, result.output
    assert "→ geonames:172955 الرقة / Ar Raqqah, city, SY" in result.output
    assert "after a city word" in result.output
    assert result.output.splitlines()[-1].startswith("focus: SY, ")


def test_geocode_needs_words():
    result = runner.invoke(app, ["geocode", "  "])
    assert result.exit_code == 2
    assert "no words in TEXT" in result.output
