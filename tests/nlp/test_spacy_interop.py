"""dateline's components inside a user's own spaCy code: the article date in, results through DocBin and n_process."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from spacy.tokens import Doc, DocBin

from dateline.model import Figure, Timex

TEXT = "Israeli strikes overnight from Feb 5 to Feb 6 killed at least 99 people, the Health Ministry said on Tuesday."


def _dated(nlp, text: str, day: dt.date | None) -> Doc:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.dateline_dct = day
    return doc


def test_the_article_date_set_on_the_doc_anchors_relative_expressions(pipeline) -> None:  # type: ignore[no-untyped-def]
    nlp = pipeline.nlp
    dated = nlp(_dated(nlp, TEXT, dt.date(2024, 2, 6)))
    undated = nlp(_dated(nlp, TEXT, None))
    assert {t.text: t.value for t in dated._.dateline["timexes"]}["Tuesday"] == "2024-02-06"
    assert {t.text: t.value for t in undated._.dateline["timexes"]}["Tuesday"] == "XXXX-WXX-2"


def test_results_survive_docbin_with_user_data(pipeline) -> None:  # type: ignore[no-untyped-def]
    nlp = pipeline.nlp
    doc = nlp(_dated(nlp, TEXT, dt.date(2024, 2, 6)))
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    back = next(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert back._.dateline_dct == dt.date(2024, 2, 6)
    assert back._.dateline["timexes"] == doc._.dateline["timexes"]
    assert all(isinstance(t, Timex) for t in back._.dateline["timexes"])
    assert [f.value for f in back._.dateline["figures"] if isinstance(f, Figure)] == [99.0]


def test_pipe_with_two_processes_gives_the_same_results(pipeline) -> None:  # type: ignore[no-untyped-def]
    nlp = pipeline.nlp
    docs = [_dated(nlp, TEXT, dt.date(2024, 2, 6)) for _ in range(2)]
    single = nlp(_dated(nlp, TEXT, dt.date(2024, 2, 6)))
    for doc in nlp.pipe(docs, n_process=2, batch_size=1):
        assert doc._.dateline["timexes"] == single._.dateline["timexes"]
        assert doc._.dateline["figures"] == single._.dateline["figures"]


def test_an_iso_string_date_works_like_a_date_and_a_bad_one_is_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    nlp = pipeline.nlp
    as_text = nlp(_dated(nlp, TEXT, "2024-02-06"))  # type: ignore[arg-type]
    as_date = nlp(_dated(nlp, TEXT, dt.date(2024, 2, 6)))
    assert as_text._.dateline["timexes"] == as_date._.dateline["timexes"]
    assert as_text._.dateline["events"] == as_date._.dateline["events"]
    try:
        nlp(_dated(nlp, TEXT, "last Tuesday"))  # type: ignore[arg-type]
    except ValueError as err:
        assert "doc._.dateline_dct" in str(err) and "last Tuesday" in str(err)
    else:
        raise AssertionError("a date that is no date was accepted")


def test_the_readme_spacy_example_prints_what_it_says(capsys) -> None:  # type: ignore[no-untyped-def]
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    code = readme.split("### In your own spaCy pipeline")[1].split("```python")[1].split("```")[0]
    exec(compile(code, "README.md", "exec"), {})  # the README's own code, as a user would paste it
    printed = capsys.readouterr().out.splitlines()
    promised = [line.split("# ", 1)[1] for line in code.splitlines() if line.startswith("print(")]
    assert printed == promised
