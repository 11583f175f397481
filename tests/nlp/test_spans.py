"""SpanIndex answers exactly what a scan over all spans would, on long random span lists."""

from __future__ import annotations

import random

import pytest

from dateline.nlp.spans import SpanIndex


def random_spans(seed: int, n: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    spans = []
    for _ in range(n):
        start = rng.randrange(0, 10_000)
        spans.append((start, start + rng.choice([1, 3, 10, 40, 400])))
    return spans


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_overlapping_spans_match_a_full_scan(seed: int) -> None:
    spans = random_spans(seed, 300)
    index = SpanIndex(spans)
    rng = random.Random(seed + 100)
    for _ in range(300):
        start = rng.randrange(-50, 10_500)
        end = start + rng.randrange(1, 200)
        expected = sorted((s, e) for s, e in spans if s < end and start < e)
        assert index.overlapping(start, end) == expected


@pytest.mark.parametrize(
    ("spans", "offset", "covered"),
    [
        ([(10, 20)], 10, True),
        ([(10, 20)], 19, True),
        ([(10, 20)], 20, False),
        ([(10, 20)], 9, False),
        ([(0, 1000), (500, 501)], 700, True),  # a long span starting far before the offset still counts
        ([], 5, False),
    ],
)
def test_covers_an_offset(spans: list[tuple[int, int]], offset: int, covered: bool) -> None:
    assert SpanIndex(spans).covers(offset) is covered
