"""``python -m marsad``: the same as the ``marsad`` command."""

from marsad.cli import app

if __name__ == "__main__":
    app(prog_name="marsad")
