"""Round 23 (issue 14): whole crime articles. A charge label in a headline that says something else of the person
is no accusation; a generalisation ("rarely", "typically") is no incident and blames no one; a wound's place on the
body ("shot in the chest") is no new place, so the story's shooting is not counted twice. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 5, 14)


def events(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type) for e in doc.events]


def test_a_headline_label_beside_its_own_predicate_is_no_accusation(pipeline) -> None:
    text = "Nurse accused of poisoning patients appears in court\n\nThe nurse was in court in Leeds on Tuesday."
    assert ("accused", "ACCUSE") not in events(pipeline, text)


def test_a_headline_label_after_a_preposition_is_no_accusation(pipeline) -> None:
    text = "Retrial ordered for driver charged in crash\n\nThe driver will stand trial again in June."
    assert ("charged", "ACCUSE") not in events(pipeline, text)


def test_a_headline_that_is_only_the_charge_keeps_it(pipeline) -> None:
    for text in ("Breaking: man charged with arson after fire at a supermarket in Derby",
                 "Man charged in fatal Bloomington hit and run\n\nThe driver was arrested on Monday."):
        assert ("charged", "ACCUSE") in events(pipeline, text)


def test_a_generalisation_is_no_incident_and_blames_no_one(pipeline) -> None:
    text = "Mass shootings are rarely carried out by women, said a criminologist at the university."
    assert events(pipeline, text) == []


def test_typically_and_seldom_make_a_mention_generic(pipeline) -> None:
    assert events(pipeline, "Pirates typically hijack ships far from the coast.") == []
    assert events(pipeline, "Such raids are seldom reported by the police.") == []


def test_a_wound_on_the_body_is_no_new_place(pipeline) -> None:
    text = ("A gunman opened fire at a petrol station in Leeds on Monday, killing a cashier. "
            "The cashier was shot in the chest, police said.")
    assert [t for t, k in events(pipeline, text) if k == "ASSAULT"] == ["opened fire"]


def test_a_place_after_the_wound_still_tells_another_incident(pipeline) -> None:
    text = ("A gunman opened fire at a petrol station in Leeds on Monday, killing a cashier. "
            "A guard was shot at a bank in York.")
    assert [t for t, k in events(pipeline, text) if k == "ASSAULT"] == ["opened fire", "shot"]


def test_an_admitted_act_of_harm_is_a_concession_and_not_a_second_event(pipeline) -> None:
    text = "In a statement to detectives, the guard admitted stabbing two inmates."
    assert events(pipeline, text) == [("admitted", "CONCEDE")]


def test_an_admission_through_that_or_to_is_a_concession(pipeline) -> None:
    assert ("admitted", "CONCEDE") in events(pipeline, "The driver admitted that he knew he had hit a cyclist.")
    assert ("admitted", "CONCEDE") in events(pipeline, "The driver admitted to drinking four pints before the crash.")


def test_admitting_a_fact_that_is_no_act_is_no_event(pipeline) -> None:
    assert events(pipeline, "Investigators admit that they do not know where the suspect is.") == []


def test_a_denial_conjoined_to_an_admission_stays_its_own_event(pipeline) -> None:
    text = "The guard admitted stabbing two inmates but denied attacking a nurse."
    assert ("denied", "REJECT") in events(pipeline, text)


def test_what_a_quote_says_may_happen_is_the_speakers_words(pipeline) -> None:
    text = 'The minister said: "We will never negotiate with terrorists, and if they attack us we will respond."'
    assert [k for _, k in events(pipeline, text)] == []


def test_what_a_quote_says_happened_stays(pipeline) -> None:
    text = '"Gunmen attacked our convoy near the border this morning," the commander told reporters.'
    assert ("attacked", "ASSAULT") in events(pipeline, text)


def test_a_conditional_mention_does_not_swallow_a_later_attack(pipeline) -> None:
    text = ('The minister said: "If they attack us we will respond." '
            "Troops attacked a rebel base near Kidal on Monday, the army said.")
    assert ("attacked", "ASSAULT") in events(pipeline, text)


def dated(pipeline, text: str, dct: dt.date) -> dict[str, str | None]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dct))
    return {e.trigger: e.time_value for e in doc.events}


def test_the_time_of_the_occasion_an_act_was_done_at_dates_it(pipeline) -> None:
    dct = dt.date(2016, 9, 29)
    assert dated(pipeline, "In an August speech, the senator attacked the president's record.", dct)["attacked"] \
        == "2016-08"
    assert dated(pipeline, "In a Sunday interview, the senator accused the governor of lying.", dct)["accused"] \
        == "2016-09-25"
    assert dated(pipeline, "In his Sunday interviews, the senator criticized the news media.", dct)["criticized"] \
        == "2016-09-25"


def test_a_time_on_any_other_noun_stays_that_nouns(pipeline) -> None:
    dct = dt.date(2016, 9, 29)
    text = "The senator accused the governor of breaking the August agreement."
    assert dated(pipeline, text, dct)["accused"] == "2016-09-29"


def test_a_document_released_on_a_day_says_what_it_says_that_day(pipeline) -> None:
    dct = dt.date(2016, 2, 12)
    text = "A campaign TV ad released Thursday accuses the governor of buying influence."
    assert dated(pipeline, text, dct)["accuses"] == "2016-02-11"


def test_questioning_a_persons_judgment_is_an_accusation(pipeline) -> None:
    text = "The senator questioned the governor's judgment and his record."
    assert ("questioned", "ACCUSE") in events(pipeline, text)
    assert ("questioned", "ACCUSE") in events(
        pipeline, "Senator Whitmire questioned why the prisons had stopped searching visitors.")


def test_questioning_a_witness_or_a_doubt_is_no_accusation(pipeline) -> None:
    assert events(pipeline, "Detectives questioned people who saw the crash.") == []
    assert events(pipeline, "Experts question how long the drug would work against the virus.") == []


def test_panning_a_plan_is_an_accusation_and_panning_out_is_nothing(pipeline) -> None:
    assert ("panned", "ACCUSE") in events(pipeline, "Environmental groups panned the plan.")
    assert events(pipeline, "The deal did not pan out.") == []
