"""Gold rows whose text stays in the corpus it came from.

Some development corpora may be used here but not copied into the repository (TimeBank/AQUAINT: research use,
no redistribution). A gold row for such a text carries `text_from` (a path under the shared data folder, e.g.
"timeml/TBAQ-cleaned/AQUAINT/APW19980807.0261.tml", or "quotes/polnear_articles.converted.jsonl.gz#<id>" for
one record of a JSONL corpus) and `text_sha256` instead of `text`; the text is read back
from the corpus when the gold is loaded, with the same reader the annotators used, and checked against the hash so
offsets never point into a changed text.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from dateline.errors import EvalError

ENV_VAR = "DATELINE_SHARED_DATA"


def shared_data_dir(gold_path: Path) -> Path | None:
    """The shared data folder: $DATELINE_SHARED_DATA, else `../shared/data` beside a folder above the gold file."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    for parent in gold_path.resolve().parents:
        candidate = parent.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    return None


@lru_cache(maxsize=4)
def _jsonl_texts(path: Path) -> dict[str, str]:
    """id -> text of a JSONL corpus, read once however many gold rows point into it."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as lines:
        return {str(row.get("id")): str(row.get("text", "")) for row in map(json.loads, lines)}


def read_corpus_text(path: Path, record: str | None = None) -> str:
    """The plain text of one corpus file, as annotators saw it (TimeML: the <TEXT> content without tags), or of
    one record of a JSONL corpus (`record` = its "id"; the record's "text" field)."""
    if record is not None:
        texts = _jsonl_texts(path)
        if record not in texts:
            raise EvalError(f"{path}: no record with id {record!r}")
        return texts[record]
    if path.suffix == ".tml":
        from dateline.ingest.timeml import read_timeml

        return read_timeml(path).text
    return path.read_text(encoding="utf-8")


def fill_text(row: dict[str, Any], gold_path: Path, where: str) -> bool:
    """Put the text of a `text_from` row in place; False when the shared data is absent (the row is skipped).

    A missing file or a text whose hash differs fails naming the gold line."""
    if "text" in row or "text_from" not in row:
        return True
    base = shared_data_dir(gold_path)
    if base is None:
        return False
    file_part, _, record = str(row["text_from"]).partition("#")
    source = base / file_part
    if not source.is_file():
        raise EvalError(f"{where}: text_from {row['text_from']!r} not found under {base}")
    text = read_corpus_text(source, record or None)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if row.get("text_sha256") and row["text_sha256"] != digest:
        raise EvalError(f"{where}: the text of {row['text_from']!r} changed (sha256 {digest[:12]}, "
                        f"gold expects {row['text_sha256'][:12]})")
    row["text"] = text
    return True
