"""Write schema/document.schema.json from the document model.

Run after changing ``marsad/document.py``; a test fails while the committed
schema and the model disagree.

Usage: python scripts/write_json_schema.py
"""

from __future__ import annotations

import json
from pathlib import Path

from marsad.document import json_schema

SCHEMA = Path(__file__).resolve().parents[1] / "schema" / "document.schema.json"


def main() -> None:
    SCHEMA.parent.mkdir(exist_ok=True)
    SCHEMA.write_text(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {SCHEMA}")


if __name__ == "__main__":
    main()
