"""French numbers in words: the one list of spellings the readers of counts share, and their values."""

import re

import pytest

from assistant.number_words import WORDS, french_number, spelled


def test_spelled_gives_the_words_of_a_range_then_the_others_asked():
    assert spelled(2, 5) == "deux|trois|quatre|cinq"
    assert spelled(1, 3) == "une?|deux|trois"
    assert spelled(9, 12, 15, 20) == "neuf|dix|onze|douze|quinze|vingt"
    assert spelled(16, 100, plural=True) == "seize|vingts?|trente|quarante|cinquante|soixante|cents?"


def test_spelled_refuses_a_number_with_no_one_word_spelling():
    with pytest.raises(ValueError, match="no one-word spelling for \\[17\\]"):
        spelled(2, 5, 17)


@pytest.mark.parametrize("text, value", [
    ("quarante", 40), ("quatre-vingt-dix", 90), ("soixante et onze", 71), ("deux cents", 200), ("zéro", 0),
    ("Vingt", 20), ("mille deux cents", 1200), ("une", 1), ("beaucoup", None), ("", None),
])
def test_french_number(text, value):
    assert french_number(text) == value


@pytest.mark.parametrize("text", ["quatre-vingt-dix", "soixante et onze", "deux cents", "quinze"])
def test_words_reads_a_whole_written_number(text):
    assert re.fullmatch(WORDS, text)
