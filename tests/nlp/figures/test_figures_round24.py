"""Round 24 (issue 14): who reports a figure when the verb verifies, contends, documents or suspects it, when a source
raises a running count, when the count sits in a "with" phrase of the report or in the "bringing the total to"
clause after it; and counts of massacres are no death tolls. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 4, 11)


def figures(pipeline, text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(f.category, f.value, f.qualifier, f.reporter) for f in doc.figures]


def test_verifying_contending_documenting_and_suspecting_report_a_figure(pipeline) -> None:
    assert figures(pipeline, "A rights group verifies the deaths of 212 prisoners in the north.") == [
        ("killed", 212.0, None, "A rights group")]
    assert figures(pipeline, "Local monitors contend that the shelling has killed at least 70 people.") == [
        ("killed", 70.0, "at least", "Local monitors")]
    assert ("killed", 35.0, None, "The monitoring group") in figures(
        pipeline, "The monitoring group documented two raids in which 35 villagers were killed.")
    assert figures(pipeline, "Doctors suspect the outbreak has killed more than 90 people in the province.") == [
        ("killed", 90.0, "more than", "Doctors")]


def test_a_source_raising_a_running_count_reports_it(pipeline) -> None:
    assert figures(pipeline, "The regional health ministry raised the death toll from the landslide to 48.") == [
        ("killed", 48.0, None, "The regional health ministry")]
    assert figures(pipeline, "The civil defence agency increases the death toll from the storm to 130.") == [
        ("killed", 130.0, None, "The civil defence agency")]
    assert figures(pipeline, "The civil defence agency lifted the number of injured to 75.") == [
        ("injured", 75.0, None, "The civil defence agency")]


def test_a_count_in_a_with_phrase_of_the_report_is_reported(pipeline) -> None:
    assert ("killed", 27.0, None, "The health agency") in figures(
        pipeline, "The health agency has confirmed 4,120 cases of cholera in the region, with 27 deaths.")


def test_a_running_total_brought_up_by_the_report_is_reported(pipeline) -> None:
    found = figures(pipeline, "Provincial officials reported three more deaths from the floods, bringing the total "
                              "to 61 fatalities.")
    assert ("killed", 3.0, None, "Provincial officials") in found
    assert ("killed", 61.0, None, "Provincial officials") in found


def test_a_count_of_massacres_is_no_death_toll(pipeline) -> None:
    assert figures(pipeline, "Investigators documented four massacres in which 96 civilians were killed.") == [
        ("killed", 96.0, None, "Investigators")]
    assert figures(pipeline, "Twelve separate massacres took place in the valley that week.") == []
    # people a relative clause says were killed are still counted
    assert figures(pipeline, "Rescuers found 14 villagers who had been killed in the raid.") == [
        ("killed", 14.0, None, None)]


def test_people_taken_into_custody_are_detained_and_people_taking_shelter_displaced(pipeline) -> None:
    assert figures(pipeline, "Coastguards boarded the boat and took 17 of the smugglers into custody.") == [
        ("detained", 17.0, None, None)]
    assert figures(pipeline, "Some 2,500 villagers have taken shelter in a stadium since the floods.") == [
        ("displaced", 2500.0, "about", None)]
    # one person taken into custody, not counted, is no figure
    assert figures(pipeline, "Police took the driver into custody after the crash.") == []


def test_an_inverted_attribution_after_a_quote_names_the_speaker(pipeline) -> None:
    found = figures(pipeline, '"We have taken in 45 injured people since the fire began," added the nurse.')
    assert found == [("injured", 45.0, None, "the nurse")]
    # the one told is no speaker, even where the parser leaves "told" no subject
    text = ("Several residential units in the villages were damaged and two villagers slightly injured, the governor "
            "of Kish, Reza kish-Amini, told IRNA.")
    [(category, value, _, reporter)] = figures(pipeline, text)
    assert (category, value) == ("injured", 2.0) and reporter != "IRNA"


def test_a_part_whose_noun_names_another_harm_keeps_its_own_category(pipeline) -> None:
    found = figures(pipeline, "The storm left 90 people injured, including 14 deaths reported overnight.")
    assert ("injured", 90.0, None, None) in found
    assert ("killed", 14.0, None, None) in found


def test_a_name_between_the_number_and_its_noun_does_not_hide_the_people_counted(pipeline) -> None:
    text = ("The campaign resulted in the deaths of 31 Lord's Resistance Army (LRA) fighters, 9 villagers, "
            "and 2 rangers.")
    assert [value for _, value, _, _ in figures(pipeline, text)] == [31.0, 9.0, 2.0]
    # a name the parser takes for the counted noun itself still counts
    text = "The operation resulted in the deaths of 52 Kurdistan Workers Party (PKK) militants."
    assert figures(pipeline, text) == [("killed", 52.0, None, None)]


def test_people_treated_for_physical_injuries_are_injured_but_not_the_ill(pipeline) -> None:
    text = "Another 31 patients were treated for broken bones and cuts at the district hospital."
    assert figures(pipeline, text) == [("injured", 31.0, None, None)]
    assert figures(pipeline, "Medics had treated 26 blast victims by nightfall.") == [("injured", 26.0, None, None)]
    assert figures(pipeline, "The clinic treated 140 cholera victims last month.") == []


def test_people_a_team_is_struggling_to_evacuate_are_not_evacuated(pipeline) -> None:
    assert figures(pipeline, "Firefighters were struggling to evacuate about 60 residents from the tower.") == []
    assert figures(pipeline, "Firefighters evacuated about 60 residents from the burning tower.") == [
        ("evacuated", 60.0, "about", None)]


def test_he_or_she_stands_for_the_role_the_sentence_before_is_about(pipeline) -> None:
    text = "The provincial governor toured the flooded valley. She said 23 people had drowned."
    assert figures(pipeline, text) == [("killed", 23.0, None, "The provincial governor")]
    # a spokesman is no "she"
    assert figures(pipeline, "The spokesman toured the flooded valley. She said 23 people had drowned.") == [
        ("killed", 23.0, None, None)]
    # a thing the sentence before is about is nobody's "he"
    assert figures(pipeline, "The storm moved north overnight. He said 23 people had drowned.") == [
        ("killed", 23.0, None, None)]


def test_a_count_compared_with_a_count_of_things_is_no_figure(pipeline) -> None:
    text = "The incumbent had captured 212 seats heading into the runoff, compared to Sanders' 97."
    assert figures(pipeline, text) == []
    text = "Some 1,500 people were killed in the north compared to 150,000 in the south."
    assert figures(pipeline, text) == [("killed", 1500.0, "about", None), ("killed", 150000.0, None, None)]
