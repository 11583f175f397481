"""What do figures and events look like on news no gold holds? A review sheet, and what changed since the last one.

Golds measure a few hundred sentences; rules written from them can still fail on constructions no gold shows. This
script runs the extractors over news-sample items (and ECB+ documents) that no file of the repository names, so
nothing here was read while the rules were written, and writes one JSON line per sentence: the figures or events
found there, and, for figures, whether the sentence has a casualty cue ("N ... killed") with no figure, the sentences
a reviewer reads first. With `--against` it prints only the sentences whose output differs from an earlier sheet,
so a change to the rules can be read as a list of its effects on unseen text before it is kept. The sheet's first line
holds its sample (the document names); `--against` reads that sample back, so the comparison stays one of the same
documents even after a new gold names some of them.

    python benchmarks/untuned_review.py figures --n 3000 --out /tmp/fig_after.jsonl --against /tmp/fig_before.jsonl
    python benchmarks/untuned_review.py events --n 1200 --out /tmp/ev.jsonl
    python benchmarks/untuned_review.py figures --source ecbplus --out /tmp/ecb.jsonl

The sheet is a reading aid, not a score: whether a difference is a fix is for the reviewer to say.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from dateline.eval.figures import COMPONENTS as FIGURE_COMPONENTS
from dateline.model import Document, document_id
from dateline.nlp.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
NEWS = SHARED / "news-sample" / "wikipedia_current_events.converted.jsonl.gz"
ECBPLUS = SHARED / "events" / "ecbplus_documents.converted.jsonl.gz"
CATEGORIES = ("Armed conflicts and attacks", "Law and crime", "Disasters and accidents", "International relations",
              "Politics and elections")
NEWS_ID = re.compile(r"wcep-\d{4}-\d\d-\d\d-\d{3}")
ECB_ID = re.compile(r"\b\d+_\d+ecb(?:plus)?\b")
NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)"
CASUALTY = (r"(?:kill\w*|dead|deaths?|died|wound\w*|injur\w*|hurt|kidnap\w*|abduct\w*|hostages?|arrest\w*|detain\w*|"
            r"displac\w*|missing|casualt\w*|massacred|murder\w*|shot|fled|evacuat\w*|freed|released)")
CUE = re.compile(rf"\b{NUMBER}\b(?:\W+\w+){{0,6}}?\W+{CASUALTY}\b|\b{CASUALTY}\b(?:\W+\w+){{0,4}}?\W+{NUMBER}\b", re.I)
SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def named_in_repo() -> set[str]:
    """Every news-sample id and ECB+ document name that a file of the repository mentions (golds, tests, docs)."""
    names: set[str] = set()
    for folder in ("tests", "docs", "benchmarks", "src"):
        for path in (REPO / folder).rglob("*"):
            if path.is_file() and path.suffix in {".py", ".md", ".jsonl", ".json", ".txt", ".tsv"}:
                text = path.read_text(encoding="utf-8", errors="ignore")
                names.update(NEWS_ID.findall(text))
                names.update(ECB_ID.findall(text))
    return names


def detokenise(sentence: str) -> str:
    """ECB+ sentences are tokenised ("killed 230 , 000 people ."): put the text back as a newspaper prints it."""
    s = re.sub(r" ([,.;:!?%)])", r"\1", sentence)
    s = re.sub(r"\( ", "(", s)
    s = re.sub(r" n't", "n't", s)
    s = re.sub(r" '(s|re|ve|ll|d|m)\b", r"'\1", s)
    s = s.replace("`` ", '"').replace(" ''", '"')
    s = re.sub(r"(\d), (\d\d\d)\b", r"\1,\2", s)
    return re.sub(r"(\w) - (\w)", r"\1-\2", s)


def documents(source: str, n: int, seed: int, only: list[str] | None = None) -> list[tuple[str, Document]]:
    """Up to `n` documents of the source that no repository file names, in a seeded order; with `only`, exactly
    those documents (the sample of an earlier sheet, so that later golds naming some of them change nothing)."""
    seen = set() if only is not None else named_in_repo()
    out: list[tuple[str, Document]] = []
    if source == "news":
        with gzip.open(NEWS, "rt", encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines]
        for row in rows:
            if row["id"] in seen or row.get("category") not in CATEGORIES:
                continue
            date = dt.date.fromisoformat(row["date"]) if row.get("date") else None
            out.append((row["id"], Document(id=document_id(row["text"]), text=row["text"], date=date)))
    else:
        import ast

        with gzip.open(ECBPLUS, "rt", encoding="utf-8") as lines:
            rows = [json.loads(line) for line in lines]
        for row in rows:
            if row["doc_id"] in seen:
                continue
            sentences = row["sentences"]
            sentences = ast.literal_eval(sentences) if isinstance(sentences, str) else sentences
            text = " ".join(detokenise(s) for s in sentences if not s.startswith("http"))
            out.append((row["doc_id"], Document(id=document_id(text), text=text, date=None)))
    if only is not None:
        by_name = dict(out)
        return [(name, by_name[name]) for name in only if name in by_name]
    out.sort(key=lambda item: item[0])
    random.Random(seed).shuffle(out)
    return out[:n]


def sheet(task: str, docs: list[tuple[str, Document]]) -> Iterator[dict]:
    """One row per sentence: what the extractor found there."""
    pipeline = Pipeline(components=list(FIGURE_COMPONENTS)) if task == "figures" else Pipeline()
    for (name, doc), annotated in zip(docs, pipeline.annotate_many([d for _, d in docs]), strict=True):
        text = doc.text
        for m in SENTENCE.finditer(text):
            start, end = m.span()
            if not m.group(0).strip():
                continue
            if task == "figures":
                found = [[f.category, f.value, f.qualifier, f.who, f.reporter, text[f.start:f.end]]
                         for f in annotated.figures if start <= f.start < end]
                cue = bool(CUE.search(m.group(0)))
                if found or cue:
                    yield {"doc": name, "sentence": m.group(0).strip(), "found": found, "cue_without_figure":
                           cue and not found}
            else:
                found = [[e.trigger, e.type, e.time_value, e.modality]
                         for e in annotated.events if start <= e.start < end]
                yield {"doc": name, "sentence": m.group(0).strip(), "found": found}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task", choices=["figures", "events"])
    parser.add_argument("--source", choices=["news", "ecbplus"], default="news")
    parser.add_argument("--n", type=int, default=3000, help="documents to read (default 3000)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, required=True, help="the sheet to write (JSON lines)")
    parser.add_argument("--against", type=Path, help="an earlier sheet: print only the sentences that changed")
    args = parser.parse_args(argv)
    if not (NEWS if args.source == "news" else ECBPLUS).is_file():
        print(f"untuned_review: {SHARED} is absent; nothing to read", file=sys.stderr)
        return 2
    before: dict[tuple[str, str], list] = {}
    only = None
    if args.against is not None:
        lines = [json.loads(line) for line in args.against.open(encoding="utf-8")]
        only = lines[0]["sample"]["docs"]  # the earlier sheet's documents, whatever the repository names now
        before = {(r["doc"], r["sentence"]): r["found"] for r in lines[1:]}
    docs = documents(args.source, args.n, args.seed, only)
    rows = list(sheet(args.task, docs))
    sample = {"sample": {"task": args.task, "source": args.source, "docs": [name for name, _ in docs]}}
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [sample, *rows]), encoding="utf-8")
    cues = sum(1 for r in rows if r.get("cue_without_figure"))
    print(f"{len(rows)} sentences written to {args.out}" + (f"; {cues} with a casualty cue and no figure"
                                                           if args.task == "figures" else ""))
    if args.against is not None:
        changed = 0
        for r in rows:
            old = before.get((r["doc"], r["sentence"]), [])
            if old != r["found"]:
                changed += 1
                print(f"* {r['doc']}: {r['sentence'][:200]}\n    before {old}\n    now    {r['found']}")
        after = {(r["doc"], r["sentence"]) for r in rows}
        for key, old in before.items():
            if key not in after and old:
                changed += 1
                print(f"* {key[0]}: {key[1][:200]}\n    before {old}\n    now    []")
        print(f"{changed} sentences changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
