"""Error classes of round 7 (dev split of figures_blind5, whole ECB+ articles), each checked on sentences written
here, none from a gold set: a full stop read as a decimal point across sentences; a running count "above N"; parts
under "out of" and "N of whom"; "more N" for "more than N"; "No-one"; an adjective trigger used as a verb; who
without "others", without the trigger, with its "of" phrase, and none for "lives"; "was quoted as saying", a
straight opening quote, a quotation that goes on into the next sentence; sheltering away from home; a verbless
part "N from X"; a qualifier parsed as the head of the object; an earlier event "days after" as background; "lost"
with a kin noun."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Figure
from dateline.nlp.pipeline import Pipeline


def figures(pipeline: Pipeline, text: str) -> list[Figure]:
    return pipeline.annotate(Document(id="round7", text=text, date=dt.date(2011, 3, 8))).figures


def found(pipeline: Pipeline, text: str) -> list[tuple[str, float, str | None]]:
    return [(f.category, f.value, f.qualifier) for f in figures(pipeline, text)]


# 1. A full stop between two sentences is no decimal point ("... 680. Two ...")
def test_a_number_after_a_sentence_ending_in_a_number_is_still_a_count(pipeline) -> None:
    assert found(pipeline, "The toll has passed 310. Four climbers were killed when the ice bridge gave way.") == [
        ("killed", 4.0, None)]
    assert found(pipeline, "The tremor had a magnitude of 5 . 8 and injured 14 people.") == [("injured", 14.0, None)]


# 2. A running count whose value follows a qualifier as its preposition
def test_a_running_count_pushed_above_a_number(pipeline) -> None:
    assert found(pipeline, "The latest raids pushed the death toll above 450 since the fighting began.") == [
        ("killed", 450.0, "more than")]


# 3. Parts under a fronted "out of", the second one left without its verb
def test_parts_under_a_fronted_out_of(pipeline) -> None:
    figs = figures(pipeline, "Out of 40 detained fishermen, 25 are from Ghana and 15 from Togo.")
    assert [(f.category, f.value) for f in figs] == [("detained", 40.0), ("detained", 25.0), ("detained", 15.0)]
    assert figs[1].parent == figs[0].id and figs[2].parent == figs[0].id
    assert found(pipeline, "Out of 40 students, 25 are from Ghana and 15 from Togo.") == []


# 4. "more N": "than" left out
def test_more_before_a_number_is_more_than(pipeline) -> None:
    [fig] = figures(pipeline, "The gas blast wounded more 30 people in the market.")
    assert (fig.category, fig.value, fig.qualifier, fig.value_text) == ("injured", 30.0, "more than", "more 30")
    assert found(pipeline, "Police arrested 15 more people.") == [("detained", 15.0, None)]


# 5. "N of whom" with a verb of no category is a part of the count before it
def test_a_part_of_whom_takes_the_count_before_it(pipeline) -> None:
    figs = figures(pipeline, "Forty people were hurt, 8 of whom are in critical condition.")
    assert [(f.category, f.value) for f in figs] == [("injured", 40.0), ("injured", 8.0)]
    assert figs[1].parent == figs[0].id
    assert found(pipeline, "At least 12 people, including four soldiers, one of whom is a colonel, were killed.") == [
        ("killed", 12.0, "at least"), ("killed", 4.0, None)]


# 6. "No-one", split by the tokenizer
def test_no_one_with_a_hyphen_is_nobody(pipeline) -> None:
    assert found(pipeline, "No-one was hurt when the roof of the depot fell in.") == []
    assert found(pipeline, "Twenty-one people were injured.") == [("injured", 21.0, None)]


# 7. An adjective trigger used as a verb with an object
def test_an_adjective_trigger_with_an_object_is_another_verb(pipeline) -> None:
    assert found(pipeline, "After missing six matches with a torn hamstring, the striker is back.") == []
    assert found(pipeline, "The storm left 12 fishermen missing.") == [("missing", 12.0, None)]


# 8. Who: "and others" left out, the trigger left out, the "of" phrase kept, "lives" names nobody
def test_who_without_others_and_without_the_trigger(pipeline) -> None:
    [fig] = figures(pipeline, "Deputies detained as many as six possible witnesses and others.")
    assert (fig.category, fig.value, fig.qualifier, fig.who) == ("detained", 6.0, "up to", "possible witnesses")
    [fig] = figures(pipeline, "Of the ship's crew, 17 kidnapped sailors were freed on Sunday.")
    assert (fig.category, fig.who) == ("released", "kidnapped sailors")  # the trigger is "freed"
    figs = figures(pipeline, "Out of 31 detained smugglers, 20 are from Libya.")
    assert figs[0].who == "smugglers"


def test_who_keeps_the_of_phrase_and_lives_name_nobody(pipeline) -> None:
    [fig] = figures(pipeline, "Three heads of rival clans with links to the port were arrested.")
    assert (fig.category, fig.who) == ("detained", "heads of rival clans")
    [fig] = figures(pipeline, "The epidemic has claimed more than 600 lives.")
    assert (fig.category, fig.value, fig.who) == ("killed", 600.0, None)


# 9. "X was quoted (by Y) as saying": X speaks
def test_the_one_quoted_as_saying_reports(pipeline) -> None:
    [fig] = figures(pipeline, '"Four people from the hamlet were hurt but they are stable," district chief Omar '
                              'Haddad was quoted as saying.')
    assert fig.reporter == "district chief Omar Haddad"
    [fig] = figures(pipeline, "Nine people were killed, the mayor was quoted by a news agency as saying.")
    assert fig.reporter == "the mayor"


# 10. A straight opening quote between the figure and a later reporting verb
def test_a_straight_quote_opening_after_the_figure_keeps_the_verb_off_it(pipeline) -> None:
    [fig] = figures(pipeline, 'Hours after the blast killed 12 workers, the manager was sure of one thing "We have '
                              'checked every valve," Mr Brand told reporters.')
    assert (fig.value, fig.reporter) == (12.0, None)


# 11. A quotation that goes on into the next sentence keeps its speaker
def test_a_continued_quotation_keeps_its_speaker(pipeline) -> None:
    figs = figures(pipeline, '"The roof came down very fast," Mr Brand said. "It has killed 12 workers."')
    assert [(f.value, f.reporter) for f in figs] == [(12.0, "Mr Brand")]
    figs = figures(pipeline, 'The mine closed on Monday. "It has killed 12 workers."')
    assert [(f.value, f.reporter) for f in figs] == [(12.0, None)]


# 12. Sheltering away from home is displaced; a relative clause on a killed object does not outrank the verb
def test_sheltering_away_from_home_is_displaced(pipeline) -> None:
    assert found(pipeline, "Hundreds of villagers took refuge in a church.") == [("displaced", 200.0, "about")]
    assert found(pipeline, "About 500 families have been living in tents since the flood.") == [
        ("displaced", 500.0, "about")]
    assert found(pipeline, "Some 3,000 people flooded into camps after the quake.") == [
        ("displaced", 3000.0, "about")]
    assert found(pipeline, "About 200 residents were inside, using the mosque as a shelter.") == [
        ("displaced", 200.0, "about")]


def test_a_relative_clause_on_a_killed_object_does_not_outrank_the_verb(pipeline) -> None:
    assert found(pipeline, "The shelling killed 12 people who had sought refuge in the school.") == [
        ("killed", 12.0, None)]
    assert found(pipeline, "The shelling killed 12 people who had fled the fighting.") == [("killed", 12.0, None)]


# 13. A verbless "N from X" set off by a comma is a part of the count before it
def test_a_verbless_number_with_its_own_phrase_is_a_part(pipeline) -> None:
    figs = figures(pipeline, "Seven miners died on Monday, three from smoke inhalation.")
    assert [(f.category, f.value) for f in figs] == [("killed", 7.0), ("killed", 3.0)]
    assert figs[1].parent == figs[0].id
    assert found(pipeline, "The delegation met on Monday, four from Ghana.") == []


# 14. A qualifier parsed as the head of the object (capitals)
def test_a_qualifier_parsed_as_the_head_of_the_object(pipeline) -> None:
    assert found(pipeline, "TROOPS HAVE MOVED IN AND ARRESTED AT LEAST THREE MEN FROM THE VILLAGE.") == [
        ("detained", 3.0, "at least")]


# 15. An earlier event "days after" which the report is made is its background
def test_an_earlier_event_days_before_is_no_part_of_the_report(pipeline) -> None:
    [fig] = figures(pipeline, "A strong quake shook the island on Friday just days after a tremor destroyed houses "
                              "and killed two people, officials said.")
    assert (fig.value, fig.reporter) == (2.0, None)
    [fig] = figures(pipeline, "Police say a bomb exploded after midnight and one person was injured.")
    assert (fig.value, fig.reporter) == (1.0, "Police")


# 16. Bereavement: "lost" with a kin noun counts the dead (`kin_nouns.txt`)
def test_lost_kin_counts_the_dead(pipeline) -> None:
    assert found(pipeline, "Mrs Adeyemi lost two sons in the flood.") == [("killed", 2.0, None)]
    [fig] = figures(pipeline, "The widow said she had lost a baby daughter and three sons, 9, 12 and 15.")
    assert (fig.category, fig.value, fig.who) == ("killed", 3.0, "sons")
    assert found(pipeline, "The club lost two more players for the season.") == []
