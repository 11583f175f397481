"""Round 12 (issue 14): dating by what a time expression belongs to. A time in the grounds of a sentence or in a
"before" phrase dates that phrase, a "during" phrase lends its day, a cause given by "due to" is no news of the day,
a stay "from 90 days to 30 days" is no offset, and "once"/"previously" mark a past verb as background. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Event, document_id

DCT = dt.date(2025, 11, 4)


def events_of(pipeline, text: str) -> list[Event]:
    return pipeline.annotate(Document(id=document_id(text), text=text, date=DCT)).events


def dated(pipeline, text: str, trigger: str) -> tuple[str | None, str]:
    event = next(e for e in events_of(pipeline, text) if e.trigger == trigger)
    return event.time_value, event.modality


def test_a_year_in_the_grounds_of_a_sentence_dates_the_offence_not_the_sentence(pipeline) -> None:
    text = "A court sentences the former president to four years in prison for illegally entering the country in 2021."
    assert dated(pipeline, text, "sentences") == ("2025-11-04", "asserted")
    # the year of the act itself still dates it
    assert dated(pipeline, "A court sentenced the former president in 2021.", "sentenced")[0] == "2021"


def test_a_day_in_a_before_phrase_dates_the_occasion_not_the_event(pipeline) -> None:
    text = "The envoy meets the prime minister before the president's inauguration on January 20."
    assert dated(pipeline, text, "meets")[0] == "2025-11-04"
    # a time that is the object of "before" is the event's own bound, and so is "before dawn on Monday"
    assert dated(pipeline, "The envoy met the prime minister on Monday.", "met")[0] == "2025-11-03"


def test_a_during_phrase_lends_the_day_of_the_dated_event_it_names(pipeline) -> None:
    text = ("The group was responsible for the abductions of several hostages during the October 12 raids, "
            "the army said.")
    assert dated(pipeline, text, "abductions")[0] == "2025-10-12"


def test_a_cause_given_by_due_to_is_not_news_of_the_day(pipeline) -> None:
    text = "The agency stops the distribution of food due to an escalation in fighting between the two armies."
    assert dated(pipeline, text, "fighting")[0] is None
    # the same fighting told as the news is dated
    assert dated(pipeline, "Fighting erupts between the two armies.", "Fighting")[0] == "2025-11-04"


def test_a_stay_measured_from_to_is_no_offset(pipeline) -> None:
    text = "The country shortens the permitted stay from 90 days to 30 days after resuming cooperation with Turkey."
    assert dated(pipeline, text, "cooperation")[0] is None
    # "30 days after" the cooperation does date it back
    text = "The country reopens the border 30 days after it resumed cooperation with Turkey."
    assert dated(pipeline, text, "cooperation")[0] == "2025-10-05"


def test_once_and_previously_mark_a_past_verb_as_background(pipeline) -> None:
    text = "The senator, who once praised the trade agreement, offered a new plan on Tuesday."
    assert dated(pipeline, text, "praised") == (None, "historical")
    assert dated(pipeline, "She had previously agreed to a final debate.", "agreed") == (None, "historical")
    # "once" opening a clause is a condition, not the past
    assert dated(pipeline, "Once the ceasefire holds, the army will withdraw.", "withdraw")[1] == "planned"


def test_a_pluperfect_relative_clause_is_background_but_a_reported_pluperfect_is_news(pipeline) -> None:
    text = "The navy sank a trawler that had been commandeered by pirates."
    assert dated(pipeline, text, "commandeered")[1] == "historical"
    assert dated(pipeline, "Blinken said he had asked Israel for evidence.", "asked")[1] == "asserted"


def test_a_plan_takes_no_day_from_the_verb_that_announces_it(pipeline) -> None:
    text = "The Security Council on Monday pledged to impose further sanctions."
    assert dated(pipeline, text, "sanctions") == (None, "planned")
    # its own day, or its light verb's, still dates it
    assert dated(pipeline, "The minister will meet his counterpart on Friday.", "meet") == ("2025-11-07", "planned")
    assert dated(pipeline, "Brown will join a meeting of the committee later today.", "meeting") == (
        "2025-11-04", "planned")


def test_a_noun_conjoined_to_an_attempted_act_is_unrealised_too(pipeline) -> None:
    text = "Police dismantled a network which attempted to carry out assassinations and bombing attacks."
    assert dated(pipeline, text, "attacks") == (None, "hypothetical")


def test_a_negation_stays_in_its_own_conjoined_clause(pipeline) -> None:
    text = "Manafort has not dismantled the staff, and Trump refused to help him do so."
    assert dated(pipeline, text, "refused")[1] == "asserted"


def test_a_vague_period_in_the_clause_gives_no_publication_day(pipeline) -> None:
    text = "The observatory reports that 530 people have been killed in clashes over the past months."
    assert dated(pipeline, text, "clashes")[0] in (None, "PXM")  # the period as written, or none; not a day
    text = "The observatory says the army has fought the SDF in clashes over the past months."
    assert dated(pipeline, text, "clashes")[0] in (None, "PXM")
    assert dated(pipeline, "A court sentences the former president to four years in prison.", "sentences")[0] == \
        "2025-11-04"
