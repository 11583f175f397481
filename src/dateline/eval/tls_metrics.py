"""Timeline metrics as news-tls reports them: tilse's ROUGE-1/2 (concat, agreement, align+ m:1) and Date F1,
averaged over timelines as mean precision and mean recall, then F.

tilse (Martschat & Markert 2017/2018) is imported only here. Its ROUGE is either the Python re-implementation
("reimpl", stemming and stopword removal as ROUGE-1.5.5 -s -m; fast, no Perl) or the Perl ROUGE-1.5.5 that
news-tls reports ("original"; needs Perl with XML::Parser, e.g. Debian's libxml-parser-perl).
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from types import ModuleType

from pydantic import BaseModel

from dateline.errors import EvalError

METRICS = {
    "concat": "evaluate_concat",
    "agreement": "evaluate_agreement",
    "align_m1": "evaluate_align_date_content_costs_many_to_one",
}

_SPLIT_PUNCT = re.compile(r"(?<=\w)(?=[.,;:!?)\]\"])|(?<=[(\[\"])(?=\w)")


class PRF(BaseModel):
    precision: float = 0.0
    recall: float = 0.0
    f_score: float = 0.0


class Scores(BaseModel):
    """One timeline's (or an average's) scores: metric -> rouge_1 / rouge_2 -> PRF, and dates."""

    rouge: dict[str, dict[str, PRF]]
    dates: PRF


def _tilse() -> tuple[ModuleType, ModuleType]:
    try:
        from tilse.data import timelines
        from tilse.evaluation import rouge
    except ImportError as exc:
        raise EvalError(
            "scoring timelines needs tilse and its ROUGE: run `pip install tilse==0.2.1 rouge-score`"
        ) from exc
    return timelines, rouge


def tokenize(sentence: str) -> str:
    """Space out punctuation stuck to words, as in the gold timelines (which are tokenized)."""
    return " ".join(_SPLIT_PUNCT.sub(" ", sentence).split())


def score(
    predicted: dict[dt.date, list[str]], gold: dict[dt.date, list[str]], *, rouge_impl: str = "reimpl"
) -> Scores:
    """tilse's scores of one predicted timeline against one gold timeline. `rouge_impl`: "reimpl" (tilse's
    Python ROUGE) or "original" (the Perl ROUGE-1.5.5 news-tls reports, needing Perl's XML::Parser)."""
    timelines, rouge = _tilse()
    evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation=rouge_impl)
    pred = timelines.Timeline({d: [tokenize(s) for s in ss] for d, ss in predicted.items()})
    truth = timelines.GroundTruth([timelines.Timeline({d: list(ss) for d, ss in gold.items()})])
    out: dict[str, dict[str, PRF]] = {}
    for name, method in METRICS.items():
        if predicted:
            try:
                result = getattr(evaluator, method)(pred, truth)
            except (subprocess.CalledProcessError, OSError) as exc:
                raise EvalError(
                    f"the Perl ROUGE-1.5.5 failed ({exc}): install Perl's XML::Parser "
                    "(apt-get install libxml-parser-perl) or score with --rouge reimpl"
                ) from exc
            out[name] = {m: PRF(**{k: float(v) for k, v in result[m].items()}) for m in ("rouge_1", "rouge_2")}
        else:
            out[name] = {m: PRF() for m in ("rouge_1", "rouge_2")}
    return Scores(rouge=out, dates=date_prf(set(predicted), set(gold)))


def date_prf(predicted: set[dt.date], gold: set[dt.date]) -> PRF:
    shared = len(predicted & gold)
    p = shared / len(predicted) if predicted else 0.0
    r = shared / len(gold) if gold else 0.0
    return PRF(precision=p, recall=r, f_score=_f(p, r))


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def average(results: list[Scores]) -> Scores:
    """news-tls's average: mean precision and mean recall over timelines, F of those means."""
    n = max(1, len(results))

    def mean(prfs: list[PRF]) -> PRF:
        p = sum(x.precision for x in prfs) / n
        r = sum(x.recall for x in prfs) / n
        return PRF(precision=p, recall=r, f_score=_f(p, r))

    rouge = {
        name: {m: mean([s.rouge[name][m] for s in results]) for m in ("rouge_1", "rouge_2")} for name in METRICS
    }
    return Scores(rouge=rouge, dates=mean([s.dates for s in results]))
