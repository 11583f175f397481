"""TempEval-3 timex scoring (UzZaman et al. 2013), implemented from the official toolkit's definitions.

Facts carried over from `TE3-evaluation.py` / `evaluate_entities.py` (see docs/eval-timex.md):
- a relaxed match is a gold and a system timex that overlap, one-to-one (the toolkit's TimeML-Normalizer
  gives overlapping entities one id); a strict match is a relaxed match with the same extent;
- P = matches / system timexes, R = matches / gold timexes, micro-averaged over all documents;
- type and value accuracy are over relaxed matches, values compared as exact strings;
- the reported "Attribute F1" for Value and Type is accuracy x relaxed F1;
- the DCT is not scored (the toolkit skips tid "t0"; our reader keeps the DCT out of the text).

Our one-to-one matching is explicit: identical spans pair first (so every strict match is also a
relaxed match), then the remaining overlapping pairs greedily by largest overlap, then earliest gold,
then earliest system timex. Empty spans (start == end, the way the reader represents the DCT) cover
no text and are left out of every count.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from dateline.errors import EvalError
from dateline.eval.timex_report import (
    DocumentScore,
    ErrorKind,
    TimexCounts,
    TimexErrorCase,
    TimexReport,
)
from dateline.export.timeml import resolve_overlaps
from dateline.ingest.timeml import TimeMLFile, read_timeml_full
from dateline.model import Document, Timex

Tagger = Callable[[Document], list[Timex]]


def match_timexes(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping timexes, identical spans first."""
    g_ok = [i for i, t in enumerate(gold) if t.end > t.start]
    s_ok = [j for j, t in enumerate(system) if t.end > t.start]
    pairs: list[tuple[int, int]] = []
    by_span: dict[tuple[int, int], list[int]] = {}
    for j in s_ok:
        by_span.setdefault((system[j].start, system[j].end), []).append(j)
    g_left: list[int] = []
    for i in sorted(g_ok, key=lambda i: (gold[i].start, gold[i].end, i)):
        same = by_span.get((gold[i].start, gold[i].end))
        if same:
            pairs.append((i, same.pop(0)))
        else:
            g_left.append(i)
    s_used = {j for _, j in pairs}
    s_left = [j for j in s_ok if j not in s_used]
    candidates = []
    for i in g_left:
        g = gold[i]
        for j in s_left:
            s = system[j]
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                candidates.append((-overlap, g.start, s.start, i, j))
    g_done: set[int] = set()
    for _, _, _, i, j in sorted(candidates):
        if i not in g_done and j not in s_used:
            pairs.append((i, j))
            g_done.add(i)
            s_used.add(j)
    return sorted(pairs, key=lambda p: (gold[p[0]].start, p[0]))


def _case(kind: ErrorKind, doc: str, g: Timex | None, s: Timex | None) -> TimexErrorCase:
    fields: dict[str, object] = {}
    for side, t in (("gold", g), ("system", s)):
        if t is not None:
            fields |= {
                f"{side}_text": t.text,
                f"{side}_start": t.start,
                f"{side}_end": t.end,
                f"{side}_type": str(t.type),
                f"{side}_value": t.value,
            }
    return TimexErrorCase(kind=kind, doc=doc, **fields)


def score_document(
    name: str, gold: Sequence[Timex], system: Sequence[Timex]
) -> tuple[TimexCounts, list[TimexErrorCase]]:
    """Counts and errors for one document."""
    pairs = match_timexes(gold, system)
    counts = TimexCounts(
        gold=sum(1 for t in gold if t.end > t.start),
        system=sum(1 for t in system if t.end > t.start),
        relaxed=len(pairs),
    )
    errors: list[TimexErrorCase] = []
    for i, j in pairs:
        g, s = gold[i], system[j]
        if (g.start, g.end) == (s.start, s.end):
            counts.strict += 1
        else:
            errors.append(_case(ErrorKind.SPAN, name, g, s))
        if str(g.type) == str(s.type):
            counts.type_match += 1
        else:
            errors.append(_case(ErrorKind.WRONG_TYPE, name, g, s))
        if g.value == s.value:
            counts.value_match += 1
        else:
            errors.append(_case(ErrorKind.WRONG_VALUE, name, g, s))
    g_matched = {i for i, _ in pairs}
    s_matched = {j for _, j in pairs}
    errors += [
        _case(ErrorKind.MISSED, name, g, None)
        for i, g in enumerate(gold)
        if i not in g_matched and g.end > g.start
    ]
    errors += [
        _case(ErrorKind.SPURIOUS, name, None, s)
        for j, s in enumerate(system)
        if j not in s_matched and s.end > s.start
    ]
    errors.sort(key=lambda e: e.offset)
    return counts, errors


def score(gold: Mapping[str, Sequence[Timex]], system: Mapping[str, Sequence[Timex]]) -> TimexReport:
    """Score system timexes against gold, document by document (keys are document names).

    A gold document absent from `system` counts as all missed and is listed in `missing_system`;
    system documents absent from `gold` are ignored (as the toolkit does) and listed in `unpaired_system`.
    """
    report = TimexReport()
    for name in sorted(gold):
        absent = name not in system
        counts, errors = score_document(name, gold[name], system.get(name, ()))
        report.documents.append(DocumentScore(name=name, counts=counts, system_missing=absent))
        report.total = report.total + counts
        report.errors.extend(errors)
        if absent:
            report.missing_system.append(name)
    report.unpaired_system = sorted(set(system) - set(gold))
    return report


def _tml_files(directory: Path, recursive: bool) -> dict[str, Path]:
    pattern = "**/*.tml" if recursive else "*.tml"
    return {p.relative_to(directory).as_posix(): p for p in sorted(directory.glob(pattern)) if p.is_file()}


def _gold_files(gold_dir: Path, recursive: bool) -> dict[str, Path]:
    if not gold_dir.is_dir():
        raise EvalError("gold directory not found; pass a folder of .tml files", where=str(gold_dir))
    files = _tml_files(gold_dir, recursive)
    if not files:
        raise EvalError("no .tml files in the gold directory; check the path", where=str(gold_dir))
    return files


def _check_same_text(gold: TimeMLFile, system: TimeMLFile) -> None:
    """The toolkit refuses to score a system file whose text differs from the gold text: so do we."""
    g, s = gold.document.text, system.document.text
    if g == s:
        return
    at = next((k for k, (a, b) in enumerate(zip(g, s, strict=False)) if a != b), min(len(g), len(s)))
    line = g[:at].count("\n") + 1
    raise EvalError(
        f"the system file's TEXT differs from the gold text at text line {line} (gold {g[at : at + 30]!r}, "
        f"system {s[at : at + 30]!r}); a system may only add TIMEX3 tags, never change the text",
        where=system.path,
    )


def score_dirs(gold_dir: Path, system_dir: Path, *, recursive: bool = True) -> TimexReport:
    """Score every `.tml` in `gold_dir` against the file of the same relative path in `system_dir`."""
    gold_dir, system_dir = Path(gold_dir), Path(system_dir)
    gold_files = _gold_files(gold_dir, recursive)
    if not system_dir.is_dir():
        raise EvalError("system directory not found; pass a folder of .tml files", where=str(system_dir))
    system_files = _tml_files(system_dir, recursive)
    gold: dict[str, list[Timex]] = {}
    system: dict[str, list[Timex]] = {}
    for name, path in gold_files.items():
        g = read_timeml_full(path)
        gold[name] = g.document.gold_timexes
        if name in system_files:
            s = read_timeml_full(system_files[name])
            _check_same_text(g, s)
            system[name] = s.document.gold_timexes
    report = score(gold, system)
    report.unpaired_system = sorted(set(system_files) - set(gold_files))
    return report


def evaluate_tagger(gold_dir: Path, tagger: Tagger, *, recursive: bool = True) -> TimexReport:
    """Run `tagger` on each gold document (text and DCT, gold removed) and score it; writes nothing.

    System output goes through the same overlap resolution as the TimeML writer, so the numbers equal
    those of writing the files and scoring them with `score_dirs`.
    """
    gold_dir = Path(gold_dir)
    gold: dict[str, list[Timex]] = {}
    system: dict[str, list[Timex]] = {}
    for name, path in _gold_files(gold_dir, recursive).items():
        tf = read_timeml_full(path)
        doc = tf.document.model_copy(update={"gold_timexes": []})
        found = tagger(doc)
        for t in found:
            if doc.text[t.start : t.end] != t.text:
                raise EvalError(
                    f"the tagger returned timex {t.text!r} at {t.start}-{t.end}, which is not the text "
                    "there; a timex span must point into Document.text",
                    where=str(path),
                )
        gold[name] = tf.document.gold_timexes
        system[name] = resolve_overlaps(found)
    return score(gold, system)
