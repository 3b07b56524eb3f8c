"""Where the project keeps things. Every path is derived from the package location or an env var."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("REFORM_DATA_DIR", ROOT / "data"))
SOURCES_DIR = ROOT / "data" / "sources"
QUERIES_DIR = ROOT / "queries"
SEED_DOCUMENT = Path(
    os.environ.get(
        "REFORM_SEED",
        ROOT.parent / "shared" / "seed" / "decision-688-QD-UBND-2021-lai-chau.txt",
    )
)
#: Streamlit's secrets of the app (editors' password hashes; never in git): ``python -m reform add-editor``.
SECRETS_FILE = ROOT / ".streamlit" / "secrets.toml"
