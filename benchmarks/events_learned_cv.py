"""Would a learned trigger classifier beat the event rules on a gold nobody tuned to? Leave one gold out and see.

Every event gold under tests/data/gold is annotated with the full pipeline users run. Each verb or noun (and every
lexicon hit) becomes a candidate with sparse features: its word, lemma, tag and dependency, its head and children,
its neighbours, the lexicon's types for the lemma, the rule's raw match and the rules' final decision. A linear SVM
is trained on every gold but one and decides the held-out gold in three ways:
- `learned`: the classifier alone (NONE or a PLOVER type per candidate);
- `gate`: the rules' events, dropping those the classifier rejects by a margin of at least 0.6;
- `rules`: the rules' events, unchanged (the baseline).
All three are scored by `dateline eval extract`'s matcher (`score_text`), per split, and the table reports the mean
over golds. A second table does the same for the date decision of a dated article: over the events the rules found
with the gold's type, whose gold and rule dates are each either the article's date or none, a logistic regression
on the clause's shape (tense, auxiliaries, determiner, sentence position, modality, the rule's choice) against the
rules' choice. The golds were written by different hands in different rounds, so a held-out gold plays the part of
news written after the model was frozen.

    python benchmarks/events_learned_cv.py            # all golds (about 4 minutes on 2 cores)
    python benchmarks/events_learned_cv.py --last 6   # mean over the six newest golds as well
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC
from spacy.tokens import Doc, Token

from dateline.eval.events import Scores, load_gold, score_text
from dateline.model import Document, document_id
from dateline.nlp.events import component as rules
from dateline.nlp.events.lexicon import lemma_of, trigger_rules
from dateline.nlp.pipeline import Pipeline

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"
GATE_MARGIN = 0.6


def gold_files() -> list[Path]:
    """Event golds in the order they were written (events, blind, blind2, ...; second annotations left out)."""
    def order(path: Path) -> int:
        m = re.search(r"blind(\d*)$", path.stem)
        return 0 if m is None else int(m.group(1) or 1)
    return sorted((p for p in GOLD.glob("events*.jsonl") if "second" not in p.stem), key=order)


def features(tok: Token, raw: str | None, final: dict[int, str], sentence: int, seen: set[tuple[str, str | None]],
             lexicon: dict[str, Any]) -> list[str]:
    """What the rules already look at, as strings for the hasher."""
    lemma, pos, dep = lemma_of(tok).lower(), rules.trigger_pos(tok), tok.dep_
    decided = final.get(tok.i)
    head = tok.head
    feats = [f"w={tok.lower_}", f"l={lemma}", f"p={pos}", f"t={tok.tag_}", f"d={dep}", f"l+d={lemma}|{dep}",
             f"raw={raw}", f"raw+l={raw}|{lemma}", f"raw+d={raw}|{dep}", f"fin={decided}", f"fin+raw={decided}|{raw}",
             f"hl={lemma_of(head).lower()}", f"hp={head.pos_}", f"d+hl={dep}|{lemma_of(head).lower()}",
             f"hfin={final.get(head.i)}|{dep}", f"sent={min(sentence, 3)}", f"ent={tok.ent_type_}"]
    feats += [f"lex={t}" for t in sorted({r.type for r in lexicon.get(lemma_of(tok), ())})]
    for child in tok.children:
        feats += [f"cd={child.dep_}", f"c={child.dep_}|{lemma_of(child).lower()}"]
        if child.ent_type_:
            feats.append(f"ce={child.dep_}|{child.ent_type_}")
        if child.dep_ in ("det", "poss"):
            feats.append(f"det={child.lower_}")
    before = tok.doc[tok.i - 1].lower_ if tok.i else "<s>"
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else "</s>"
    feats += [f"prev={before}", f"next={after}"]
    if (lemma, raw) in seen:
        feats.append(f"repeat={raw}")
    seen.add((lemma, raw))
    return feats


def candidates(doc: Doc, final: dict[int, str], lexicon: dict[str, Any]) -> Iterator[tuple[Token, list[str]]]:
    """Verbs, nouns and lexicon hits with their features."""
    ents = rules.DocEntities(doc, rules._countries())
    sentence = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    seen: set[tuple[str, str | None]] = set()
    for tok in doc:
        hit = rules.match_rule(tok, ents)
        if hit is None and rules.trigger_pos(tok) not in ("VERB", "NOUN"):
            continue
        yield tok, features(tok, hit[0].type if hit else None, final, sentence[tok.i], seen, lexicon)


def labels(doc: Doc, gold: list[dict[str, Any]], cand: list[int]) -> dict[int, str | None]:
    """Token -> gold type for the candidate heading each gold trigger; None (unused in training) for the other
    candidates inside a trigger ("opened" in "opened fire"); candidates outside every trigger are NONE."""
    out: dict[int, str | None] = {}
    for event in gold:
        start, end = event["trigger_start"], event["trigger_start"] + len(event["trigger"])
        inside = [i for i in cand if doc[i].idx < end and start < doc[i].idx + len(doc[i])]
        heads = [i for i in inside if doc[i].head.i not in inside] or inside
        for i in inside:
            out.setdefault(i, None)
        if heads:
            out[heads[0]] = event["type"]
    return out


def date_rows(doc: Doc, item: dict[str, Any], events: list[Any]) -> Iterator[tuple[list[str], bool, bool]]:
    """(features, gold dates it to the article's day, the rules do) for each typed match of a dated article whose
    two dates are each the article's day or none: the decision the rules make with no time in the clause."""
    dct = item.get("date")
    if not dct:
        return
    sentence = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
    for event in events:
        gold = next((g for g in item["events"] if g["type"] == event.type and g["trigger_start"] < event.end
                     and event.start < g["trigger_start"] + len(g["trigger"])), None)
        if gold is None:
            continue
        gold_day, rule_day = (gold.get("date") or "")[:10], (event.time_value or "")[:10]
        if gold_day not in ("", dct) or rule_day not in ("", dct):
            continue
        span = doc.char_span(event.start, event.end, alignment_mode="expand")
        if span is None:
            continue
        tok, dated = span.root, rule_day == dct
        pos, position = rules.trigger_pos(tok), min(sentence[tok.i], 6)
        feats = [f"rule={dated}", f"modality={event.modality}", f"sent={position}", f"pos={pos}", f"tag={tok.tag_}",
                 f"dep={tok.dep_}", f"type={event.type}", f"l={lemma_of(tok)}", f"head={tok.head.dep_}|{tok.head.tag_}",
                 f"rule+sent={dated}|{position}", f"rule+pos={dated}|{pos}"]
        feats += [f"det={c.lower_}" for c in tok.children if c.dep_ in ("det", "poss")]
        feats += [f"aux={c.lower_}" for c in tok.children if c.dep_ in ("aux", "auxpass")]
        yield feats, gold_day == dct, dated


def date_accuracy(texts: list[dict[str, Any]], held_out: str) -> tuple[int, float, float]:
    """(cases, rules' accuracy, learned accuracy) on the held-out gold's day-or-none decisions."""
    hasher = FeatureHasher(n_features=2 ** 16, input_type="string")
    train = [r for t in texts if t["gold"] != held_out for r in t["dates"]]
    test = [r for t in texts if t["gold"] == held_out for r in t["dates"]]
    if not test:
        return 0, 0.0, 0.0
    model = LogisticRegression(C=0.3, max_iter=1000).fit(hasher.transform(r[0] for r in train), [r[1] for r in train])
    learned = model.predict(hasher.transform(r[0] for r in test))
    return (len(test), float(np.mean([r[1] == r[2] for r in test])),
            float(np.mean([guess == r[1] for guess, r in zip(learned, test, strict=True)])))


def collect(pipeline: Pipeline) -> list[dict[str, Any]]:
    """One row per candidate token of every gold text."""
    lexicon = trigger_rules()
    texts = []
    for path in gold_files():
        for item in load_gold(path):
            document = Document(id=document_id(item["text"]), text=item["text"],
                                date=dt.date.fromisoformat(item["date"]) if item.get("date") else None)
            doc = pipeline.nlp(pipeline.prepare(document))
            events = doc._.dateline["events"]
            final, span = {}, {}
            for e in events:
                for tok in doc.char_span(e.start, e.end, alignment_mode="expand") or []:
                    final[tok.i], span[tok.i] = e.type, (e.start, e.end)
            found = list(candidates(doc, final, lexicon))
            dates = list(date_rows(doc, item, events))
            gold = labels(doc, item["events"], [tok.i for tok, _ in found])
            texts.append({"gold": path.stem, "item": item, "rules": events, "cands": [
                {"span": span.get(tok.i, (tok.idx, tok.idx + len(tok))), "feats": feats,
                 "label": gold.get(tok.i, "NONE")} for tok, feats in found], "dates": dates})
    return texts


def decide(texts: list[dict[str, Any]], held_out: str) -> dict[str, dict[str, Scores]]:
    """Train on every gold but `held_out`, then score the three deciders on it."""
    hasher = FeatureHasher(n_features=2 ** 20, input_type="string")
    train = [c for t in texts if t["gold"] != held_out for c in t["cands"] if c["label"] is not None]
    model = LinearSVC(C=0.1).fit(hasher.transform(c["feats"] for c in train), [c["label"] for c in train])
    classes = list(model.classes_)
    none = classes.index("NONE")
    out: dict[str, dict[str, Scores]] = {"rules": {}, "gate": {}, "learned": {}}
    for text in (t for t in texts if t["gold"] == held_out):
        item = text["item"]
        margin = model.decision_function(hasher.transform(c["feats"] for c in text["cands"]))
        best: dict[tuple[int, int], tuple[str, float]] = {}
        for cand, row in zip(text["cands"], margin, strict=True):
            others = np.where(np.arange(len(classes)) == none, -np.inf, row)
            k = int(np.argmax(others))
            score = float(row[k] - row[none])
            if cand["span"] not in best or best[cand["span"]][1] < score:
                best[cand["span"]] = (classes[k], score)
        learned = [SimpleNamespace(start=s, end=e, type=t, time_value=None, modality="asserted", trigger="")
                   for (s, e), (t, score) in best.items() if score >= 0]
        gate = [e for e in text["rules"] if best.get((e.start, e.end), ("", 0.0))[1] > -GATE_MARGIN]
        for name, predicted in (("rules", text["rules"]), ("gate", gate), ("learned", learned)):
            for split in (item.get("split", "dev"), "all"):
                score_text(item, predicted, out[name].setdefault(split, Scores()), [])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--last", type=int, default=6, help="also report the mean over the N newest golds")
    args = parser.parse_args()
    texts = collect(Pipeline())
    if not texts:
        raise SystemExit("no gold text could be read (../shared/data is absent?)")
    golds = list(dict.fromkeys(t["gold"] for t in texts))
    results = {g: decide(texts, g) for g in golds}
    print(f"{'gold':<16}" + "".join(f"{d + ' ' + s:>15}" for d in ("rules", "gate", "learned")
                                    for s in ("dev", "check")))
    for g in golds:
        print(f"{g:<16}" + "".join(f"{results[g][d][s].metrics()['type_f1'] if s in results[g][d] else 0:>15.3f}"
                                   for d in ("rules", "gate", "learned") for s in ("dev", "check")))
    for label_, group in (("mean, all", golds), (f"mean, last {args.last}", golds[-args.last:])):
        row = []
        for d in ("rules", "gate", "learned"):
            for s in ("dev", "check"):
                row.append(np.mean([results[g][d][s].metrics()["type_f1"] for g in group if s in results[g][d]]))
        print(f"{label_:<16}" + "".join(f"{v:>15.3f}" for v in row))
    print(f"\n{'gold':<16}{'day-or-none cases':>18}{'rules':>8}{'learned':>9}")
    accuracy = {g: date_accuracy(texts, g) for g in golds}
    for g, (n, rule, learned) in accuracy.items():
        if n:
            print(f"{g:<16}{n:>18}{rule:>8.3f}{learned:>9.3f}")
    scored = [a for a in accuracy.values() if a[0]]
    print(f"{'mean':<16}{sum(a[0] for a in scored):>18}{np.mean([a[1] for a in scored]):>8.3f}"
          f"{np.mean([a[2] for a in scored]):>9.3f}")


if __name__ == "__main__":
    main()
