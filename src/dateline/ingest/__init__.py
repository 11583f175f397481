"""Input readers: plain-text articles, JSON Lines, HTML pages and TimeML, sniffed per file.

`read_inputs(paths)` is the one entry point; it yields `Document`s, `InputNotice`s and (not raises)
`InputError`s, each naming the file and line, so one bad record never stops a large import.
"""

from dateline.ingest.read import read_inputs
from dateline.ingest.records import InputNotice

__all__ = ["InputNotice", "read_inputs"]
