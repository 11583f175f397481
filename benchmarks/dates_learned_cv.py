"""Could a learned decider tell "the article's day" from "no date" on whole articles better than the rules? Leave one
gold out and see, by text length.

The date errors left on articles are mostly one judgement: an event whose clause writes no time is either news of the
article's day or background with no date. The rules decide it from the clause (tense, auxiliaries, the body of a
long article). This benchmark gives a logistic regression what the rules read plus the discourse around the event:
the text's length, the event's position, the time expressions of its sentence, of the sentence before and of its
paragraph (none, the article's day, within a week, older, future), whether it sits in a direct quote, whether its
lemma was seen earlier in the text, whether its type is in the lede, and the tense of the saying verbs beside it.

Cases: every event of a dated gold that the rules found with the gold's type, whose time is not written (not
explicit) and whose gold and rule dates are each the article's day or none. Each gold is held out in turn; the
table reports the rules' and the model's accuracy pooled by text length, for three regularisation strengths.

    python benchmarks/dates_learned_cv.py        # about two minutes on two cores
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc

from dateline.eval.events import load_gold
from dateline.model import Document, document_id
from dateline.nlp.events import component as rules
from dateline.nlp.events.lexicon import lemma_of
from dateline.nlp.events.timing import clause_head
from dateline.nlp.pipeline import Pipeline
from dateline.nlp.quotes.marks import find_segments

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"
STRENGTHS = (0.1, 0.3, 1.0)
LENGTHS = (("under 600 characters", 0, 600), ("600 to 3,000", 600, 3000), ("3,000 or more", 3000, 10**9),
           ("600 or more", 600, 10**9), ("all", 0, 10**9))


def bucket(n: int, cuts: tuple[int, ...]) -> str:
    return next((f"<{c}" for c in cuts if n < c), f">={cuts[-1]}")


def relation(value: str, dct: str) -> str:
    """Where a time expression lies from the article's day."""
    if not re.match(r"\d{4}-\d\d-\d\d", value):
        return "other"
    day = value[:10]
    if day == dct:
        return "dct"
    if day > dct:
        return "future"
    return "week" if (dt.date.fromisoformat(dct) - dt.date.fromisoformat(day)).days <= 7 else "older"


def cases(doc: Doc, item: dict[str, Any]) -> Iterator[tuple[list[str], bool, bool]]:
    """(features, the gold dates it on the article's day, the rules do) per day-or-none decision of one text."""
    dct, text = item["date"], doc.text
    sents = list(doc.sents)
    sentence_of = {t.i: n for n, s in enumerate(sents) for t in s}
    timexes = doc._.dateline.get("timexes", [])
    quoted = [(q.start, q.end) for q in find_segments(text)]
    events = doc._.dateline["events"]
    lede_end = sents[min(1, len(sents) - 1)].end_char
    lede_types = {e.type for e in events if e.start < lede_end}

    def times(a: int, b: int) -> set[str]:
        return {relation(t.value or "", dct) for t in timexes if a <= t.start < b} or {"none"}

    seen: dict[str, int] = {}
    for event in events:
        span = doc.char_span(event.start, event.end, alignment_mode="expand")
        if span is None:
            continue
        tok = span.root
        lemma = lemma_of(tok)
        earlier = seen.get(lemma, 0)
        seen[lemma] = earlier + 1
        gold = next((g for g in item["events"] if g["type"] == event.type and g["trigger_start"] < event.end
                     and event.start < g["trigger_start"] + len(g["trigger"])), None)
        if event.time_explicit or gold is None:
            continue
        gold_day, rule_day = (gold.get("date") or "")[:10], (event.time_value or "")[:10]
        if gold_day not in ("", dct) or rule_day not in ("", dct):
            continue
        n = sentence_of[tok.i]
        sent, head = sents[n], clause_head(tok)
        dated = rule_day == dct
        length = bucket(len(text), (600, 1500, 3000, 6000))
        start = text.rfind("\n", 0, event.start) + 1
        end = text.find("\n", event.start)
        feats = [f"rule={dated}", f"mod={event.modality}", f"pos={rules.trigger_pos(tok)}", f"tag={tok.tag_}",
                 f"dep={tok.dep_}", f"type={event.type}", f"l={lemma}", f"head={tok.head.dep_}|{tok.head.tag_}",
                 f"clause={head.tag_}", f"len={length}", f"sent={min(n, 8)}",
                 f"char={bucket(event.start, (200, 600, 1500, 3000))}",
                 f"share={bucket(int(10 * event.start / max(len(text), 1)), (1, 3, 6, 10))}",
                 f"quote={any(a <= event.start < b for a, b in quoted)}", f"earlier={min(earlier, 2)}",
                 f"lede_type={event.type in lede_types}", f"rule+len={dated}|{length}", f"rule+tag={dated}|{tok.tag_}"]
        feats += [f"det={c.lower_}" for c in tok.children if c.dep_ in ("det", "poss")]
        feats += [f"aux={c.lower_}" for c in tok.children if c.dep_ in ("aux", "auxpass")]
        feats += [f"clause_aux={c.lower_}" for c in head.children if c.dep_ in ("aux", "auxpass")]
        feats += [f"sent_time={r}" for r in times(sent.start_char, sent.end_char)]
        feats += [f"prev_time={r}" for r in (times(sents[n - 1].start_char, sents[n - 1].end_char) if n else {"start"})]
        feats += [f"para_time={r}" for r in times(start, len(text) if end < 0 else end)]
        feats += [f"say={t.tag_}" for t in sent if t.lemma_ in ("say", "tell", "add") and t.pos_ == "VERB"][:2]
        yield feats, gold_day == dct, dated


def collect(pipeline: Pipeline) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(GOLD.glob("events*.jsonl")):
        if "second" in path.stem:
            continue
        for item in load_gold(path):
            if not item.get("date"):
                continue
            document = Document(id=document_id(item["text"]), text=item["text"],
                                date=dt.date.fromisoformat(item["date"]))
            doc = pipeline.nlp(pipeline.prepare(document))
            rows += [{"gold": path.stem, "length": len(item["text"]), "feats": f, "y": y, "rule": r}
                     for f, y, r in cases(doc, item)]
    return rows


def main() -> None:
    rows = collect(Pipeline())
    if not rows:
        raise SystemExit("no dated gold text could be read (../shared/data is absent?)")
    hasher = FeatureHasher(n_features=2**16, input_type="string")
    golds = sorted({r["gold"] for r in rows})
    print(f"{len(rows)} day-or-none decisions in {len(golds)} golds; leave one gold out")
    print(f"{'texts':<22}{'cases':>7}{'rules':>8}" + "".join(f"{'C=' + str(c):>9}" for c in STRENGTHS))
    right: dict[float, list[bool]] = {}
    for strength in STRENGTHS:
        guesses: dict[int, bool] = {}
        for held_out in golds:
            train = [r for r in rows if r["gold"] != held_out]
            test = [(i, r) for i, r in enumerate(rows) if r["gold"] == held_out]
            model = LogisticRegression(C=strength, max_iter=2000).fit(
                hasher.transform(r["feats"] for r in train), [r["y"] for r in train])
            for (i, _), guess in zip(test, model.predict(hasher.transform(r["feats"] for _, r in test)), strict=True):
                guesses[i] = bool(guess)
        right[strength] = [guesses[i] == r["y"] for i, r in enumerate(rows)]
    for name, low, high in LENGTHS:
        picked = [i for i, r in enumerate(rows) if low <= r["length"] < high]
        if not picked:
            continue
        rule = sum(rows[i]["rule"] == rows[i]["y"] for i in picked) / len(picked)
        learned = [sum(right[c][i] for i in picked) / len(picked) for c in STRENGTHS]
        print(f"{name:<22}{len(picked):>7}{rule:>8.3f}" + "".join(f"{v:>9.3f}" for v in learned))


if __name__ == "__main__":
    main()
