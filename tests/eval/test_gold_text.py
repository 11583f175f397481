"""Gold rows whose text stays in ../shared/data (TimeBank/AQUAINT may not be copied into the repo): the loaders read
the text back, check its hash, and fail naming the gold line when the corpus text changed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from dateline.errors import EvalError
from dateline.eval.events import load_gold as load_event_gold
from dateline.eval.figures import load_gold as load_figure_gold
from dateline.ingest.timeml import read_timeml
from tests.conftest import shared_data

TML = "timeml/TBAQ-cleaned/AQUAINT/APW19980807.0261.tml"


def _row(text: str, **extra: object) -> dict:
    start = text.index("exploded")
    return {"id": "tml-APW19980807.0261", "source": f"timeml:{TML}", "text_from": TML, "date": "1998-08-07",
            "split": "dev", "events": [{"type": "ASSAULT", "trigger": "exploded", "trigger_start": start,
                                        "date": "1998-08-07", "modality": "asserted"}], "figures": [], **extra}


def test_a_row_by_reference_gets_the_corpus_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = shared_data(*TML.split("/"))
    text = read_timeml(path).text
    monkeypatch.setenv("DATELINE_SHARED_DATA", str(path.parents[3]))
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_row(text, text_sha256=hashlib.sha256(text.encode()).hexdigest())) + "\n")
    [item] = load_event_gold(gold)
    assert item["text"] == text and item["text"][item["events"][0]["trigger_start"]:].startswith("exploded")
    assert load_figure_gold(gold)[0]["text"] == text


def test_a_changed_corpus_text_fails_naming_the_gold_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = shared_data(*TML.split("/"))
    monkeypatch.setenv("DATELINE_SHARED_DATA", str(path.parents[3]))
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n" + json.dumps(_row(read_timeml(path).text, text_sha256="0" * 64)) + "\n")
    with pytest.raises(EvalError, match=r"gold.jsonl:2: the text of .* changed"):
        load_event_gold(gold)


def test_a_missing_corpus_file_fails_naming_the_gold_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_SHARED_DATA", str(tmp_path))
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_row("Bombs exploded.")) + "\n")
    with pytest.raises(EvalError, match=r"gold.jsonl:1: text_from .* not found"):
        load_event_gold(gold)


def test_a_row_can_name_one_record_of_a_jsonl_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "news" / "articles.jsonl.gz"
    corpus.parent.mkdir()
    import gzip

    with gzip.open(corpus, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "a1", "text": "Rebels attacked the town."}) + "\n")
        out.write(json.dumps({"id": "a2", "text": "Bombs exploded in the port."}) + "\n")
    monkeypatch.setenv("DATELINE_SHARED_DATA", str(tmp_path))
    row = _row("Bombs exploded in the port.", text_from="news/articles.jsonl.gz#a2")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(row) + "\n")
    assert load_event_gold(gold)[0]["text"] == "Bombs exploded in the port."
    row["text_from"] = "news/articles.jsonl.gz#a9"
    gold.write_text(json.dumps(row) + "\n")
    with pytest.raises(EvalError, match="no record with id 'a9'"):
        load_event_gold(gold)
