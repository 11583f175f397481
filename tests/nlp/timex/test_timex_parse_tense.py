"""Inside the parsed pipeline, the verb a date hangs on decides its side of the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document
from dateline.nlp.timex import tag

# (sentence, article date, expression, value with the parse). Each one is read wrongly by the nearest cue
# word that `tag()` uses without a parse; the sentences are written like the TBAQ wire copy they come from.
CASES = [
    # the date hangs on "took" (past); "pending" after it is nearer but governs nothing
    ("The so-called poison pill took effect Aug. 9 pending ratification by holders.", "1989-10-26",
     "Aug. 9", "1989-08-09"),
    # an agreement to acquire: the acquisition is still to come, although "announced" is past
    ("Midwest Financial announced an agreement to acquire the bank holding company in January.", "1989-11-02",
     "January", "1990-01"),
    # "would be paid": the -ed adjective "unspecified" nearer the date is no past verb
    ("The dividend would be paid on a still unspecified date in January.", "1989-10-26", "January", "1990-01"),
    # a scheduling verb: the planned day is the nearest Saturday, not last week's
    ("Protesters planned a large demonstration in Little Havana on Saturday.", "2000-01-07", "Saturday",
     "2000-01-08"),
    ("The purchase of the studio is scheduled to close Monday.", "1989-11-01", "Monday", "1989-11-06"),
    # a reduced relative clause reports a past act even when the main clause looks ahead
    ("They said they would appeal the decision, announced Wednesday by the commissioner.", "2000-01-06",
     "Wednesday", "2000-01-05"),
    # a condition in the present whose main clause is future: a deadline still to come (Tuesday's article, the
    # nearer Saturday is last week's)
    ("Netanyahu says that if Hamas does not release the hostages by noon on Saturday, the ceasefire will end.",
     "2025-02-11", "noon on Saturday", "2025-02-15T12:00"),
    ("Unless the militia withdraws by Saturday, the army will resume its offensive.", "2025-02-11", "Saturday",
     "2025-02-15"),
    # ... but a clause of time in the past stays past
    ("When the talks resumed on Saturday, the army held its fire.", "2025-02-11", "Saturday", "2025-02-08"),
]


@pytest.mark.parametrize(("text", "dct", "expression", "value"), CASES, ids=[c[2] for c in CASES])
def test_parsed_pipeline_reads_the_governing_verb(pipeline, text: str, dct: str, expression: str,
                                                  value: str) -> None:
    doc = Document(id="d", text=text, date=dt.date.fromisoformat(dct), date_source="given")
    found = {t.text: t.value for t in pipeline.annotate(doc).timexes}
    assert found.get(expression) == value


def test_a_cue_right_before_the_date_still_decides(pipeline) -> None:
    text = "The board declared a dividend, payable Dec. 7 to stock of record Nov. 22."
    doc = Document(id="d", text=text, date=dt.date(1989, 11, 1), date_source="given")
    found = {t.text: t.value for t in pipeline.annotate(doc).timexes}
    assert found == {"Dec. 7": "1989-12-07", "Nov. 22": "1989-11-22"}


def test_tag_without_a_parse_keeps_the_cue_word_reading() -> None:
    # documents the difference: without spaCy the nearest cue ("announced", past) wins over the planned purchase
    values = {t.text: t.value for t in tag(CASES[1][0], CASES[1][1])}
    assert values["January"] == "1989-01"


@pytest.mark.parametrize(
    ("text", "dct", "expression", "value"),
    [
        ("The tariff, announced on Wednesday, applies starting August 1.", "2025-07-09", "August 1", "2025-08-01"),
        ("Exports were banned in August over the siege.", "2025-11-17", "August", "2025-08"),
        ("Clashes broke out ahead of the November 30 election.", "2025-11-22", "November 30", "2025-11-30"),
    ],
)
def test_a_cue_right_before_the_date_decides_without_a_parse_too(text: str, dct: str, expression: str,
                                                                value: str) -> None:
    assert {t.text: t.value for t in tag(text, dct)}[expression] == value
