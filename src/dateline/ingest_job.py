"""The ingest job: read inputs, skip what the store has, annotate the rest in parallel, write in batches.

Every batch is written in one transaction, so a crash or `kill -9` leaves each document either fully in
the store or absent, and running the same command again finishes the job (documents already stored
are skipped before annotation, which is where the time goes).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing import get_context
from pathlib import Path
from typing import BinaryIO

from dateline.errors import AnnotationError, DatelineError, InputError
from dateline.ingest import InputNotice, read_inputs
from dateline.ingest.files import store_files
from dateline.ingest.read import DEFAULT_MAX_ARTICLE_BYTES
from dateline.model import AnnotatedDocument, Document
from dateline.nlp.pipeline import Pipeline
from dateline.store import Store

READ_CHUNK = 2000  # documents read ahead of annotation: bounds memory on large inputs
TASK_SIZE = 8  # documents per task sent to a worker process


@dataclass
class IngestReport:
    """What an ingest run did, for the CLI summary and for scripts."""

    read: int = 0
    added: int = 0
    already_stored: int = 0
    duplicates: int = 0  # the same text more than once in this run: one document, several sources
    new_sources: int = 0
    words: int = 0
    errors: list[DatelineError] = field(default_factory=list)
    notices: list[InputNotice] = field(default_factory=list)
    seconds: float = 0.0
    stopped_early: bool = False

    @property
    def failed(self) -> int:
        return len(self.errors)


ProgressFn = Callable[[int, int | None], None]  # (documents done, total known so far or None)


class StrictModeStop(Exception):
    """Raised inside the job to stop at the first bad record under --strict."""


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    *,
    workers: int | None = None,
    batch_size: int = 64,
    strict: bool = False,
    pipeline: Pipeline | None = None,
    stdin: BinaryIO | None = None,
    on_progress: ProgressFn | None = None,
    on_problem: Callable[[DatelineError | InputNotice], None] | None = None,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
) -> IngestReport:
    """Ingest articles from `paths` into `store`. Returns what happened; never exits the process.

    `max_article_bytes`: longer articles (JSON Lines: longer lines) are reported as errors, not read.
    """
    started = time.perf_counter()
    report = IngestReport()
    workers = default_workers() if workers is None else max(1, workers)
    pipeline = pipeline or Pipeline()
    done = 0
    total = 0

    def progress(n: int, exhausted: bool) -> None:
        if on_progress:
            on_progress(n, total if exhausted else None)

    seen: set[str] = set()
    skip = store_files(store.path) if str(store.path) != ":memory:" else frozenset()
    items = read_inputs(paths, stdin=stdin, max_article_bytes=max_article_bytes, skip=skip)
    annotate = _Annotator(pipeline, workers)
    try:
        while True:
            chunk = list(islice(items, READ_CHUNK))
            if not chunk:
                break
            exhausted = len(chunk) < READ_CHUNK
            pending, stop = _triage(chunk, store, report, strict, on_problem, seen)
            total += len(pending)
            for results in _batched(annotate(pending), batch_size):
                batch = [r for r in results if isinstance(r, AnnotatedDocument)]
                for failure in (r for r in results if isinstance(r, AnnotationError)):
                    report.errors.append(failure)
                    if on_problem:
                        on_problem(failure)
                with store.transaction():
                    for ad in batch:
                        store.add_annotated(ad)
                report.added += len(batch)
                report.words += sum(ad.n_words for ad in batch)
                done += len(results)
                progress(done, exhausted)
                if strict and len(batch) < len(results):
                    raise StrictModeStop
            if stop:
                raise StrictModeStop  # after storing what was read before the bad record
            if exhausted:
                break
    except StrictModeStop:
        report.stopped_early = True
    finally:
        annotate.close()
    report.seconds = time.perf_counter() - started
    if on_progress:
        on_progress(done, total)
    return report


def _triage(
    chunk: list[Document | InputNotice | InputError],
    store: Store,
    report: IngestReport,
    strict: bool,
    on_problem: Callable[[DatelineError | InputNotice], None] | None,
    seen: set[str],
) -> tuple[list[Document], bool]:
    """Split a chunk into new documents; record sources of known ones; collect errors and notices.

    `seen` holds the ids met earlier in this run, so a text that occurs twice counts once as stored or
    added, and its other copies as duplicates, whatever chunk they fall in. Under --strict a bad record ends the
    chunk: the documents read before it are still returned (and stored), none after it is stored, and the flag says
    to stop.
    """
    documents: list[Document] = []
    stop = False
    for item in chunk:
        if isinstance(item, Document):
            documents.append(item)
            continue
        if on_problem:
            on_problem(item)
        if isinstance(item, InputNotice):
            report.notices.append(item)
            continue
        report.errors.append(item)
        if strict:
            stop = True
            break
    report.read += len(documents)
    known = store.existing_ids(d.id for d in documents)
    fresh: dict[str, Document] = {}
    with store.transaction():
        for doc in documents:
            if doc.id in fresh:
                report.new_sources += _merge_duplicate(fresh[doc.id], doc)
                report.duplicates += 1
                continue
            if doc.id in known:
                if doc.id in seen:
                    report.duplicates += 1
                else:
                    report.already_stored += 1
                report.new_sources += sum(store.add_source(doc.id, s) for s in doc.sources)
            else:
                fresh[doc.id] = doc
            seen.add(doc.id)
    return list(fresh.values()), stop


def _merge_duplicate(kept: Document, other: Document) -> int:
    """Fold a second copy into the first: its sources, and its date and title when the first has none.

    Returns the number of sources added.
    """
    added = [s for s in other.sources if s not in kept.sources]
    kept.sources.extend(added)
    if kept.date is None and other.date is not None:
        kept.date = other.date
        kept.date_source = other.date_source
        kept.date_confidence = other.date_confidence
        kept.date_evidence = other.date_evidence
    if kept.title is None:
        kept.title = other.title
    return len(added)


Result = AnnotatedDocument | AnnotationError


def _batched(items: Iterable[Result], n: int) -> Iterator[list[Result]]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


# --- parallel annotation ---------------------------------------------------------------------------

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pipeline
    _ = pipeline.nlp  # load the model once per worker, not per task


def annotate_safely(pipeline: Pipeline, documents: list[Document]) -> list[Result]:
    """Annotate a few documents; if the batch fails, retry one by one so one bad article costs only itself."""
    try:
        return list(pipeline.annotate_many(documents))
    except Exception:
        if len(documents) == 1:
            return [_failure(documents[0])]
    results: list[Result] = []
    for document in documents:
        try:
            results.append(pipeline.annotate(document))
        except Exception:
            results.append(_failure(document))
    return results


def _failure(document: Document) -> AnnotationError:
    import traceback

    src = document.sources[0] if document.sources else None
    where = f"{src.path}:{src.line}" if src and src.line else (src.path if src and src.path else document.id)
    last = traceback.format_exc().strip().splitlines()[-1]
    return AnnotationError(
        f"annotation failed ({last}); the document was not stored - please report this with the input",
        where=where,
    )


def _annotate_task(documents: list[Document]) -> list[Result]:
    assert _WORKER_PIPELINE is not None
    return annotate_safely(_WORKER_PIPELINE, documents)


class _Annotator:
    """Annotates documents in order, in-process for one worker, in a process pool otherwise."""

    def __init__(self, pipeline: Pipeline, workers: int) -> None:
        self.pipeline = pipeline
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def __call__(self, documents: list[Document]) -> Iterator[Result]:
        if not documents:
            return iter(())
        if self.workers == 1 or len(documents) <= TASK_SIZE:
            return self._in_process(documents)
        return self._parallel(documents)

    def _in_process(self, documents: list[Document]) -> Iterator[Result]:
        for i in range(0, len(documents), TASK_SIZE):
            yield from annotate_safely(self.pipeline, documents[i : i + TASK_SIZE])

    def _parallel(self, documents: list[Document]) -> Iterator[Result]:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=get_context("forkserver"),
                initializer=_init_worker,
                initargs=(self.pipeline,),
            )
        tasks = [documents[i : i + TASK_SIZE] for i in range(0, len(documents), TASK_SIZE)]
        in_flight: list[Future[list[Result]]] = []
        queue = iter(tasks)
        for task in islice(queue, self.workers * 3):
            in_flight.append(self._pool.submit(_annotate_task, task))
        while in_flight:
            results = in_flight.pop(0).result()
            nxt = next(queue, None)
            if nxt is not None:
                in_flight.append(self._pool.submit(_annotate_task, nxt))
            yield from results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
