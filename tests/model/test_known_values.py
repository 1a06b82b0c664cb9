"""Published numbers the method must reproduce."""

from __future__ import annotations

import numpy as np
import pytest

from model.weights import SAATY_RI, ahp, random_index, roc

# Barron & Barrett (1996), "Decision quality using ranked attribute weights", Management
# Science 42(11), table of rank-order centroid weights.
ROC_TABLE = {
    2: [0.7500, 0.2500],
    3: [0.6111, 0.2778, 0.1111],
    4: [0.5208, 0.2708, 0.1458, 0.0625],
    5: [0.4567, 0.2567, 0.1567, 0.0900, 0.0400],
    6: [0.4083, 0.2417, 0.1583, 0.1028, 0.0611, 0.0278],
}


@pytest.mark.parametrize("n", sorted(ROC_TABLE))
def test_roc_weights_match_barron_barrett(n: int) -> None:
    assert np.allclose(roc(n), ROC_TABLE[n], atol=5e-5)


def test_saaty_random_index_table() -> None:
    # Saaty (1980), The Analytic Hierarchy Process; as given in shared/spec/case-format.md.
    assert SAATY_RI == (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
    assert random_index(3) == 0.58
    assert random_index(15) == 1.49


def test_ahp_leader_example() -> None:
    """The 'choose a leader' example of the Wikipedia article on AHP (after Saaty).

    Criteria experience, education, charisma, age; published priorities 0.547, 0.127, 0.270,
    0.056 and CR 0.044 (https://en.wikipedia.org/wiki/Analytic_hierarchy_process_–_leader_example).
    """
    a = np.array(
        [
            [1, 4, 3, 7],
            [1 / 4, 1, 1 / 3, 3],
            [1 / 3, 3, 1, 5],
            [1 / 7, 1 / 3, 1 / 5, 1],
        ]
    )
    w, cr = ahp(a)
    assert np.allclose(w, [0.547, 0.127, 0.270, 0.056], atol=2e-3)
    assert cr == pytest.approx(0.044, abs=1e-3)


def test_two_by_two_has_zero_cr() -> None:
    w, cr = ahp(np.array([[1, 0.5], [2, 1]]))
    assert np.allclose(w, [1 / 3, 2 / 3])
    assert cr == 0.0


def test_inconsistent_matrix_has_cr_above_limit() -> None:
    # a > b, b > c, c > a: a cycle, maximally contradictory for n = 3
    a = np.array([[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]])
    _, cr = ahp(a)
    assert cr > 0.10
