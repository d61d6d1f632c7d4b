"""Values in histories and correction messages read as a Vietnamese officer writes them."""

from __future__ import annotations

from chidao.track.correction_fields import value_label


def test_a_corrected_number_has_a_decimal_comma_and_thousands_dots() -> None:
    assert value_label("value", 7.5) == "7,5"
    assert value_label("amount", 756.2) == "756,2"
    assert value_label("amount", 1200) == "1.200"
    assert value_label("value", 5.0) == "5"


def test_values_that_are_not_amounts_keep_their_form() -> None:
    assert value_label("at_least", True) == "có"
    assert value_label("deadline", "2025-12-31") == "31/12/2025"
    assert value_label("number", "2019") == "2019"
    assert value_label("value", None) == "—"
