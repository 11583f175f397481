"""The example in docs/figures.md runs and prints what the page says."""

from __future__ import annotations

import ast
import contextlib
import io
import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[3] / "docs" / "figures.md"


def test_docs_example_prints_what_the_page_shows() -> None:
    block = re.search(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S).group(1)
    code_lines = [line for line in block.splitlines() if not line.startswith("# ")]
    expected = ast.literal_eval(next(line[2:] for line in block.splitlines() if line.startswith("# [")))
    *body, last = code_lines[:-1] if not code_lines[-1].strip() else code_lines
    namespace: dict = {}
    exec("\n".join(body), namespace)  # the page's own example, from the repository
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print(eval(last, namespace))
    assert ast.literal_eval(out.getvalue().strip()) == expected
