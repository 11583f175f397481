"""msgpack encoders for what dateline components put on a spaCy Doc, so Docs with dateline results survive
`Doc.to_bytes`, `DocBin(store_user_data=True)` and `nlp.pipe(..., n_process=2)` (which sends Docs between
processes as bytes).

spaCy serialises `Doc._` values with srsly's msgpack, which knows neither pydantic records nor dates; srsly's
documented extension point is its `msgpack_encoders` / `msgpack_decoders` registries, used here. A record is
written as its JSON dump tagged with its class name, and rebuilt as the same class when read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import srsly

from dateline import model

_RECORD_TAG = "__dateline_record__"
_DATE_TAG = "__dateline_date__"
_DATETIME_TAG = "__dateline_datetime__"
_SENTENCE_INDEX_TAG = "__dateline_sentence_index__"
_RECORD_CLASSES: dict[str, type[model.Record]] = {
    cls.__name__: cls
    for cls in (model.Timex, model.Mention, model.Entity, model.Quote, model.Figure, model.Event, model.Sentence)
}

Chain = Callable[[Any], Any] | None


def encode(obj: Any, chain: Chain = None) -> Any:
    """Turn dateline objects into msgpack-friendly dicts; hand anything else to the next encoder."""
    from dateline.nlp.spans import SentenceIndex

    if isinstance(obj, model.Record) and type(obj).__name__ in _RECORD_CLASSES:
        return {_RECORD_TAG: type(obj).__name__, "data": obj.model_dump(mode="json")}
    if isinstance(obj, dt.datetime):
        return {_DATETIME_TAG: obj.isoformat()}
    if isinstance(obj, dt.date):
        return {_DATE_TAG: obj.isoformat()}
    if isinstance(obj, SentenceIndex):
        return {_SENTENCE_INDEX_TAG: obj.starts}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Chain = None) -> Any:
    """Rebuild what `encode` wrote; hand anything else to the next decoder."""
    if isinstance(obj, dict):
        if _RECORD_TAG in obj:
            return _RECORD_CLASSES[obj[_RECORD_TAG]].model_validate(obj["data"])
        if _DATE_TAG in obj:
            return dt.date.fromisoformat(obj[_DATE_TAG])
        if _DATETIME_TAG in obj:
            return dt.datetime.fromisoformat(obj[_DATETIME_TAG])
        if _SENTENCE_INDEX_TAG in obj:
            from dateline.nlp.spans import SentenceIndex

            return SentenceIndex(obj[_SENTENCE_INDEX_TAG])
    return obj if chain is None else chain(obj)


def register_msgpack() -> None:
    """Idempotent: register the encoder and decoder with srsly (which spaCy uses for `Doc._` data)."""
    if "dateline" not in srsly.msgpack_encoders.get_all():
        srsly.msgpack_encoders.register("dateline", func=encode)
    if "dateline" not in srsly.msgpack_decoders.get_all():
        srsly.msgpack_decoders.register("dateline", func=decode)
