"""Read commands start fast: loading the command line must not load spaCy (it costs ~1 s per call)."""

from __future__ import annotations

import subprocess
import sys


def test_loading_the_cli_does_not_import_spacy() -> None:
    code = (
        "import sys; from dateline.cli import app; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
