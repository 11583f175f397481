"""The seed articles: the expressions a reader of these two stories expects, with their TIMEX3 values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.nlp.timex import tag

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "seeds"
DCT = dt.date(2024, 2, 6)


def _seed(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.skip("../shared/data not available")
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("date "):  # the ingest reader strips this header; here we do it by hand
        text = text.lstrip()[len("date 2024-02-06 ") :]
    return text


@pytest.fixture(scope="module")
def seed0() -> dict[str, list]:
    out: dict[str, list] = {}
    for t in tag(_seed("000_5c32b55becbd5ec7.txt"), DCT, doc_id="seed0"):
        out.setdefault(t.text, []).append(t)
    return out


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [
        ("Oct 7", "DATE", "2023-10-07"),
        ("Feb 5", "DATE", "2024-02-05"),
        ("Feb 6", "DATE", "2024-02-06"),
        ("January", "DATE", "2024-01"),
        ("the morning of Feb 6", "TIME", "2024-02-06TMO"),
        ("overnight from Feb 5 to Feb 6", "TIME", "2024-02-05TNI"),
    ],
)
def test_seed_article_expression_normalizes_against_the_dct(seed0: dict, text: str, type_: str, value: str) -> None:
    found = seed0[text]
    assert all(t.type == type_ and t.value == value for t in found)


def test_overnight_covers_both_calendar_days(seed0: dict) -> None:
    (night,) = seed0["overnight from Feb 5 to Feb 6"]
    assert (night.interval_start, night.interval_end) == (dt.date(2024, 2, 5), dt.date(2024, 2, 6))


def test_nearly_four_month_long_is_an_approximate_duration(seed0: dict) -> None:
    (war,) = [t for k, v in seed0.items() for t in v if "four-month" in k]
    assert (war.type, war.value, war.mod) == ("DURATION", "P4M", "APPROX")


def test_recent_weeks_is_a_past_reference(seed0: dict) -> None:
    (recent,) = [t for k, v in seed0.items() for t in v if "recent weeks" in k.lower()]
    assert recent.value in ("PAST_REF", "PXW")


def test_a_day_after_is_found_as_a_relative_day(seed0: dict) -> None:
    (day,) = seed0["a day"]
    assert (day.type, day.value) == ("DURATION", "P1D")


def test_tids_follow_text_order_from_t1(seed0: dict) -> None:
    timexes = sorted((t for v in seed0.values() for t in v), key=lambda t: t.start)
    assert [t.tid for t in timexes] == [f"t{i}" for i in range(1, len(timexes) + 1)]


@pytest.fixture(scope="module")
def seed2() -> list:
    return tag(_seed("002_eb81525aa1d5a3dc.txt"), None, doc_id="seed2")


def test_undated_article_invents_no_date(seed2: list) -> None:
    assert all(t.interval_start is None for t in seed2)
    assert all("X" in t.value or t.value.endswith("_REF") or t.type in ("DURATION", "SET") for t in seed2)


def test_undated_weekdays_relate_to_the_first_weekday_named(seed2: list) -> None:
    monday = next(t for t in seed2 if t.text == "Monday")
    assert (monday.value, monday.anchor, monday.unit) == ("XXXX-WXX-1", "dct", "weekday:MO")
    saturday = next(t for t in seed2 if t.text == "Saturday")
    sunday = next(t for t in seed2 if t.text == "Sunday")
    assert (saturday.anchor, saturday.offset, saturday.unit) == (monday.tid, -2, "day")
    assert (sunday.anchor, sunday.offset, sunday.unit) == (monday.tid, -1, "day")


@pytest.mark.parametrize(
    ("text", "value", "anchor", "offset", "unit"),
    [
        ("a week ago", "XXXX-WXX", "dct", -1, "week"),
        ("this week", "XXXX-WXX", "dct", 0, "week"),
    ],
)
def test_undated_relative_expressions_keep_anchor_offset_unit(
    seed2: list, text: str, value: str, anchor: str, offset: int, unit: str
) -> None:
    t = next(t for t in seed2 if t.text == text)
    assert (t.value, t.anchor, t.offset, t.unit) == (value, anchor, offset, unit)


def test_undated_weekend_relates_to_the_story_day(seed2: list) -> None:
    weekend = next(t for t in seed2 if "weekend" in t.text)
    monday = next(t for t in seed2 if t.text == "Monday")
    assert (weekend.value, weekend.anchor, weekend.unit) == ("XXXX-WXX-WE", monday.tid, "weekend")
