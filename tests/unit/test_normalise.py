"""Normalisation of extracted text: each artefact rule on a tiny text (the real corpus: tests/integration/test_normalise_real.py)."""

from __future__ import annotations

import pytest

from ingest.normalise import is_compound, normalise, normalise_page_text
from ingest.types import Page


def clean(text: str) -> str:
    return normalise_page_text(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("le 1^{er} juillet", "le 1er juillet"),
        ("ce 28^e jour", "ce 28e jour"),
        ("les 1^{re} et 2^e années", "les 1re et 2e années"),
        ("au 1 ^{er} mars 2014", "au 1er mars 2014"),
        ("le n^o 3", "le no 3"),
        ("un vingt-sixième ($1/26^e$) du traitement", "un vingt-sixième (1/26e) du traitement"),
        ("le trois quarts ($\\frac{3}{4}$) du temps", "le trois quarts (3/4) du temps"),
        ("la moitié ($\\frac{1}{2}$) d'une charge", "la moitié (1/2) d'une charge"),
    ],
)
def test_superscripts_and_fractions(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_display_formula_becomes_plain_text() -> None:
    assert clean("$$C = \\frac{27 \\times N}{Y} \\times D \\times 1,20 \\$$$") == "C = 27 × N / Y × D × 1,20 $"


def test_escaped_dollars_are_unescaped_without_eating_the_text_between() -> None:
    raw = "est de 65 140 \\$. Au 1^{er} avril, l'échelle est de 64 241 \\$ (et non 60 000 \\$)."
    assert clean(raw) == "est de 65 140 $. Au 1er avril, l'échelle est de 64 241 $ (et non 60 000 $)."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1-2.36 **Grief**", "1-2.36 Grief"),
        ("« *Manuel d'évaluation de la scolarité* »", "« Manuel d'évaluation de la scolarité »"),
        ("Formulaire de <i>desiderata</i> 20__", "Formulaire de desiderata 20__"),
        ("<b>Attention</b> : <u>souligné</u> 1<sup>er</sup>", "Attention : souligné 1er"),
        ("<p>Première</p> <p>Seconde</p>", "Première Seconde"),
        ("| Maladie | <input type=\"checkbox\"/> |", "| Maladie | ☐ |"),
        ("- Favoriser : [Aide-mémoire](#)", "- Favoriser : Aide-mémoire"),
        ("6-8.00 Perfectionnement**", "6-8.00 Perfectionnement"),
    ],
)
def test_markup_is_removed(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_clause_number_glued_to_a_heading_goes_to_its_own_line() -> None:
    assert clean("9-2.00 ARBITRAGE**9-2.01**\n\nTout grief") == "9-2.00 ARBITRAGE\n\n9-2.01\n\nTout grief"
    assert clean("9-2.23**A) Frais et honoraires**") == "9-2.23\n\nA) Frais et honoraires"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("- 1-2.40 **Matière**\nUne matière d'enseignement", "1-2.40 Matière\nUne matière d'enseignement"),
        ("• 5-2.01 Lorsqu'un poste", "5-2.01 Lorsqu'un poste"),
        ("* 5-4.01 A Mesures de transition", "5-4.01 A Mesures de transition"),
        ("- « **5-1.20**", "« 5-1.20"),
        ("- a) en cas de décès ;", "- a) en cas de décès ;"),  # an ordinary list item keeps its bullet
        ("- 1.1 Le préambule", "- 1.1 Le préambule"),
    ],
)
def test_bullet_before_a_clause_number_is_dropped(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("vingt (20) semaines de service¹ au Collège", "vingt (20) semaines de service au Collège"),
        ("à temps complet ¹³ (rf. clause 7-6.02)", "à temps complet (rf. clause 7-6.02)"),
        ("de 65¹ jours par année", "de 65 jours par année"),
        ("Charge complémentaire ⁷\t445", "Charge complémentaire\t445"),
        ("¹ La salariée absente accumule du service", "¹ La salariée absente accumule du service"),
        ("¹³ Il est à noter", "¹³ Il est à noter"),
        ("un local de 20 m² au moins", "un local de 20 m² au moins"),
    ],
)
def test_footnote_markers_go_footnotes_stay(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("la disponi-\nbilité du salarié", "la disponibilité du salarié"),
        ("le bien-\n\nêtre et le bonheur", "le bien-être et le bonheur"),
        ("savoir-faire et savoir-\n\nêtre des nouveaux", "savoir-faire et savoir-être des nouveaux"),
        ("d’une équipe-\n\nécole ou", "d’une équipe-école ou"),
        ("celui-\nci", "celui-ci"),
        ("il peut-\nêtre", "il peut-être"),
        ("éducateur non-\nenseignant", "éducateur non-enseignant"),
        ("vingt-\ncinq (25)", "vingt-cinq (25)"),
        ("la clause 5-\n2.01", "la clause 5-\n2.01"),  # not a word
        ("le Collège -\nla suite", "le Collège -\nla suite"),  # a dash, not a hyphen
        ("Le Collège-\nBourget", "Le Collège-\nBourget"),  # next line starts with a capital
    ],
)
def test_words_hyphenated_at_a_line_end(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_known_compounds() -> None:
    assert is_compound("celui", "ci") and is_compound("bien", "être") and is_compound("savoir", "être")
    assert not is_compound("disponi", "bilité")


def test_spaces_and_blank_lines() -> None:
    raw = "\n\n30\u00a0% du\u202ftraitement\u2009;   \nligne\n\n\n\n\n\nsuite\u200b\n\n"
    assert clean(raw) == "30 % du traitement ;\nligne\n\n\nsuite"


def test_line_structure_and_wording_are_kept() -> None:
    raw = ("6-3.04 La banque annuelle de congés de maladie est monnayable, le ou vers le 30 juin.\n\n"
           "Toutefois, a) celui-ci ; b) le 5-2.01 « x ».\n\tcellule\tcellule")
    assert clean(raw) == raw


def test_normalisation_is_idempotent() -> None:
    raw = ("- 1-2.40 **Matière**\nUne disponi-\nbilité de 1^{er} ordre¹ et $\\frac{1}{2}$ \\$ <i>x</i>\n\n\n\n"
           "9-2.00 ARBITRAGE**9-2.01**\n- « **5-1.20**\nbien-\n\nêtre\u00a0!   ")
    once = clean(raw)
    assert clean(once) == once


def test_pages_are_joined_and_their_starts_recorded() -> None:
    text = normalise([Page(1, "Page un.  \n"), Page(2, "\n\nPage deux."), Page(3, "Page trois.")], paged=True)
    assert text.text == "Page un.\n\nPage deux.\n\nPage trois."
    assert text.page_starts == (0, 10, 22)
    assert text.paged is True
    assert text.page_at(0) == 1 and text.page_at(12) == 2 and text.page_at(len(text.text) - 1) == 3


def test_empty_pages_do_not_add_blank_lines() -> None:
    text = normalise([Page(1, "Un."), Page(2, "   \n"), Page(3, "Trois.")], paged=True)
    assert text.text == "Un.\n\nTrois."
    assert text.page_at(text.text.index("Trois")) == 3
    assert normalise([Page(1, text.text)]).text == text.text


def test_unpaged_text_has_no_page_numbers() -> None:
    text = normalise([Page(1, "Un texte.")])
    assert text.paged is False and text.page_at(3) is None
