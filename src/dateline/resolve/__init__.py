"""The corpus layer: what can only be concluded across documents (dates of undated articles, one entity and
one event across many articles). It reads the annotated store and writes its own tables (see docs/schema.md),
incrementally: a step only works on the documents it has not seen yet. Nothing here imports spaCy."""

from dateline.resolve.run import STEP_NAMES, ResolveReport, StepReport, resolve_corpus

__all__ = ["STEP_NAMES", "ResolveReport", "StepReport", "resolve_corpus"]
