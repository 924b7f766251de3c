"""``marsad serve`` refuses a store it cannot open, in one line, before listening."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app


def test_serve_needs_a_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no store here; create it with marsad ingest" in result.output
