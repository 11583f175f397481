"""The spaCy `Doc._` attributes through which dateline components exchange results.

Components never return dateline records directly: they append to `doc._.dateline[<kind>]`
(kinds: "timexes", "mentions", "entities", "quotes", "figures", "events"), and the pipeline turns
the spaCy Doc into an `AnnotatedDocument`. Users who add one of our components to their own spaCy
pipeline read the same attribute.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from dateline.nlp.serialize import register_msgpack

KINDS = ("timexes", "mentions", "entities", "quotes", "figures", "events")


def register_extensions() -> None:
    """Idempotent: safe to call from every component module and every worker process."""
    register_msgpack()
    if not Doc.has_extension("dateline_doc_id"):
        Doc.set_extension("dateline_doc_id", default="")
    if not Doc.has_extension("dateline_dct"):
        # The document creation time as a datetime.date, or None for undated documents.
        Doc.set_extension("dateline_dct", default=None)
    if not Doc.has_extension("dateline"):
        Doc.set_extension("dateline", getter=_results)
    if not Doc.has_extension("dateline_results"):
        Doc.set_extension("dateline_results", default=None)
    if not Doc.has_extension("dateline_sentence_index"):
        Doc.set_extension("dateline_sentence_index", default=None)


def dct_of(doc: Doc) -> dt.date | None:
    """`doc._.dateline_dct` as a date: users may set a `datetime.date`, a `datetime` or an ISO string
    ("2024-02-06"); anything else is an error that names the attribute."""
    value = doc._.dateline_dct
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"doc._.dateline_dct must be a datetime.date or an ISO date 'YYYY-MM-DD', got {value!r}")


def _results(doc: Doc) -> dict[str, list]:
    store = doc._.dateline_results
    if store is None:
        store = {k: [] for k in KINDS}
        doc._.dateline_results = store
    elif any(isinstance(v, tuple) for v in store.values()):
        # A Doc read back from bytes (DocBin, nlp.pipe with n_process) has msgpack's tuples: lists again,
        # so components can go on appending.
        for key, value in store.items():
            store[key] = list(value)
    return store


register_extensions()
