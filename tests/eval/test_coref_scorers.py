"""MUC, B³ and CEAF-e against values computed by hand (the example of Pradhan et al. 2014, Fig. 1)."""

from __future__ import annotations

import pytest

from dateline.eval.coref import b_cubed, ceaf_e, max_assignment, muc, score


def _clustering(*clusters: str) -> dict[str, int]:
    return {m: i for i, cluster in enumerate(clusters) for m in cluster}


KEY = _clustering("abc", "defg")
RESPONSE = _clustering("ab", "cd", "fghi")


def test_muc_counts_links_kept() -> None:
    # key {a,b,c} is cut in 2 parts (1 of 2 links kept), {d,e,f,g} in 3 parts (1 of 3): R = 2/5
    # response {a,b} 1 of 1, {c,d} 0 of 1, {f,g,h,i} 1 of 3 (h, i unseen in key): P = 2/5
    s = muc(KEY, RESPONSE)
    assert s.recall == pytest.approx(2 / 5)
    assert s.precision == pytest.approx(2 / 5)
    assert s.f1 == pytest.approx(0.4)


def test_b_cubed_averages_over_mentions() -> None:
    # R = ((2²+1²)/3 + (1²+2²)/4) / 7 = 35/84 ; P = (2²/2 + (1²+1²)/2 + 2²/4) / 8 = 4/8
    s = b_cubed(KEY, RESPONSE)
    assert s.recall == pytest.approx(35 / 84)
    assert s.precision == pytest.approx(0.5)


def test_ceaf_e_uses_the_best_one_to_one_alignment() -> None:
    # φ4(abc, ab) = 4/5, φ4(defg, fghi) = 4/8: best total 1.3 over 2 key and 3 response clusters
    s = ceaf_e(KEY, RESPONSE)
    assert s.recall == pytest.approx(1.3 / 2)
    assert s.precision == pytest.approx(1.3 / 3)


def test_conll_is_the_mean_of_the_three_f1() -> None:
    s = score(KEY, RESPONSE)
    assert s.conll == pytest.approx((s.muc.f1 + s.b3.f1 + s.ceafe.f1) / 3)


def test_perfect_response_scores_one_and_singletons_give_no_muc_links() -> None:
    s = score(KEY, dict(KEY))
    assert (s.muc.f1, s.b3.f1, s.ceafe.f1) == (pytest.approx(1.0), pytest.approx(1.0), pytest.approx(1.0))
    singles = _clustering("a", "b", "c")
    s = score(singles, singles)
    assert s.muc.f1 == 0.0 and s.b3.f1 == pytest.approx(1.0) and s.ceafe.f1 == pytest.approx(1.0)


def test_all_in_one_cluster_has_full_muc_recall_but_low_b_cubed_precision() -> None:
    one = {m: 0 for m in "abcdefg"}
    assert muc(KEY, one).recall == pytest.approx(1.0)
    assert muc(KEY, one).precision == pytest.approx(5 / 6)
    assert b_cubed(KEY, one).precision == pytest.approx((9 + 16) / 49)


def test_assignment_beats_greedy_choice() -> None:
    # greedy takes 0.9 then 0.0; the optimum pairs the two 0.8 cells
    assert max_assignment([[0.9, 0.8], [0.8, 0.0]]) == pytest.approx(1.6)
    assert max_assignment([[0.5, 0.2, 0.1]]) == pytest.approx(0.5)
    assert max_assignment([[0.3], [0.7]]) == pytest.approx(0.7)
