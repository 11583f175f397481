"""TimeML output for `dateline annotate --format timeml` and `dateline eval timex`: one .tml per input file."""

from __future__ import annotations

from pathlib import Path

from dateline.export.timeml import write_timeml
from dateline.ingest.timeml import TimeMLFile, read_timeml_full
from dateline.model import Document
from dateline.nlp.pipeline import Pipeline


def _output_name(doc: Document, taken: set[str]) -> str:
    """The input's file name for TimeML input; `<stem>.tml` (or `<stem>-<line>.tml`) for other formats."""
    src = doc.sources[0] if doc.sources else None
    path = Path(src.path) if src and src.path and src.path != "-" else None
    if path is None:
        name = f"{doc.id}.tml"
    elif src is not None and src.format == "timeml":
        name = path.name
    elif src is not None and src.line:
        name = f"{path.stem}-{src.line}.tml"
    else:
        name = f"{path.stem}.tml"
    if name in taken:  # two inputs with the same file name in different folders
        name = f"{Path(name).stem}-{doc.id}.tml"
    taken.add(name)
    return name


def write_timeml_outputs(documents: list[Document], pipeline: Pipeline, out: Path) -> int:
    """Annotate documents and write one TimeML file each into `out`; returns the number written."""
    out.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    written = 0
    for doc, annotated in zip(documents, pipeline.annotate_many(documents), strict=True):
        source: TimeMLFile | Document = doc
        src = doc.sources[0] if doc.sources else None
        if src is not None and src.format == "timeml" and src.path:
            source = read_timeml_full(src.path)  # keep the input file byte-for-byte outside <TEXT>
        write_timeml(source, annotated.timexes, out / _output_name(doc, taken))
        written += 1
    return written


def annotate_timeml_dir(gold_dir: Path, out: Path, pipeline: Pipeline | None = None) -> int:
    """Annotate every .tml under `gold_dir` (recursively) into the same relative paths under `out`."""
    pipeline = pipeline or Pipeline()
    files = sorted(p for p in gold_dir.rglob("*.tml") if p.is_file())
    sources = [read_timeml_full(p) for p in files]
    documents = [s.document.model_copy(update={"gold_timexes": []}) for s in sources]
    for path, source, annotated in zip(files, sources, pipeline.annotate_many(documents), strict=True):
        write_timeml(source, annotated.timexes, out / path.relative_to(gold_dir))
    return len(files)
