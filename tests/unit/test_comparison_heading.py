"""A comparison's heading names the thing asked, never the question's verb phrase (DEV Q1759, Q1763)."""

from assistant.comparisons import Comparison, heading_topic, render_comparison


def _heading(question: str, topic: str) -> str:
    return heading_topic(Comparison(question, topic, ()))


def test_verb_phrase_first_gives_way_to_its_noun_phrase():
    question = ("Chu-tu considéré comme répondant aux critères de compétences ? Pis chez les Cris, être « légalement "
                "qualifié », ça prend quoi ?")
    assert _heading(question, "Chu-tu considéré comme répondant aux critères de compétences") == \
        "critères de compétences"
    assert _heading("Peut-tu prendre un congé sans solde au Collège pis chez les Cris ?",
                    "Peut-tu prendre un congé sans solde") == "congé sans solde"


def test_a_topic_asking_what_gives_way_to_the_quoted_term():
    question = "Chez les Cris, « la convention », ça désigne quoi exactement ? Pis au Collège ?"
    assert _heading(question, "désigne quoi exactement") == "convention"
    assert render_comparison(Comparison(question, "désigne quoi exactement", ())).parts[0] == \
        "**Comparaison : convention**"


def test_a_named_thing_stays():
    assert _heading("Les profs qui siègent au comité, ils sont libérés comment ?", "profs qui siègent au comité") == \
        "profs qui siègent au comité"
    assert _heading("Compare les congés de maladie", "congés de maladie") == "congés de maladie"
    assert _heading("Et pour mon père ?", "congé de décès — mon père") == "congé de décès — mon père"


def test_a_number_opens_the_noun_phrase_and_a_lone_word_is_no_heading():
    assert _heading("Au Collège, on peut-tu me reconnaître deux années d'expérience pour une seule année de travail ?",
                    "peut-tu me reconnaître deux années d'expérience pour une seule année de travail") == \
        "deux années d'expérience pour une seule année de travail"
    assert _heading("Quand je reviens d'une absence, faut-tu que je remplisse un papier pour la justifier ?",
                    "faut-tu pour la justifier") == "faut-tu pour la justifier"


def test_a_part_naming_a_thing_and_asking_what_stays():
    assert _heading("Au Collège, l'Association paie quoi comme frais d'arbitrage de son bord ?",
                    "l'Association paie quoi comme frais d'arbitrage de son bord") == \
        "l'Association paie quoi comme frais d'arbitrage de son bord"
