"""Side-by-side answers (assistant/comparisons.py): the comparison cue, the topic, the unit asked,
and which clauses each side quotes, on inline passages and a fake per-document retriever (no index)."""

from __future__ import annotations

import pytest

from assistant.comparisons import (_COMPARE, _COUNT, _content_start, _count_value, _in_context, _run_on, _share,
                                   _with_exception, amending, amount_asked, asked_count, asked_unit, best_sentence,
                                   render_comparison,
                                   topic_of, topic_words)
from assistant.drafts import Draft
from assistant.lookups import DirectAnswers, side_label
from assistant.types import Hit
from ingest.bm25 import tokenize
from ingest.types import Chunk

NAMES = ["conv", "Collège", "autre", "entente autre", "Bourget", "Collège Bourget", "Cris", "CS crie",
         "Commission scolaire crie", "crie"]


def clause(doc: str, clause_id: str, text: str, ordinal: int) -> Chunk:
    article = clause_id.split(".")[0] + ".00"
    return Chunk(chunk_id=f"{doc}:{ordinal:05d}:1", doc=doc, clause_id=clause_id, kind="clause", text=text,
                 indexed_text=text, doc_title=doc, article=article, ordinal=ordinal)


CONV = [
    clause("conv", "6-1.02", "6-1.02 h) un maximum d'une (1) journée ouvrable par année pour un événement de force "
                             "majeure tel qu'un feu.", 1),
    clause("conv", "6-3.02", "6-3.02 Le Collège crédite dix (10) jours ouvrables de congés de maladie par année.", 2),
    clause("conv", "6-3.04", "6-3.04 La banque prévue à la clause 6-3.02 est monnayable à soixante pour cent (60 %).", 3),
    clause("conv", "6-6.22", "6-6.22 Advenant le décès du salarié, le contrat de congé prend fin.", 4),
    clause("conv", "6-7.05", "6-7.05 En cas d'événement de force majeure, le Collège dédommage les biens détruits par "
                             "un feu.", 5),
    clause("conv", "10-1.02", "10-1.02 Dans les quarante (40) jours ouvrables de la connaissance des faits, "
                              "l'Association dépose le grief.", 6),
    clause("conv", "10-1.06", "10-1.06 Les délais pour déposer un grief sont de rigueur.", 7),
    clause("conv", "10-1.07", "10-1.07 Aux fins d'application de la clause 10-1.02, les délais ne courent pas du "
                              "1er juillet au 22 août.", 8),
    clause("conv", "10-2.02", "10-2.02 L'avis de grief prévu à la clause 10-1.02 constitue l'avis d'arbitrage. "
                              "L'Association défère le grief à l'arbitrage dans un délai de deux (2) années suivant "
                              "le dépôt du grief.", 14),
    clause("conv", "5-6.09", "5-6.09 Toute mesure disciplinaire est retirée du dossier après dix (10) mois de "
                             "travail.", 9),
    Chunk(chunk_id="conv:00012:1", doc="conv", clause_id="3-5.01", kind="clause", indexed_text="",
          text="3-5.01 Le salarié appelé comme témoin à un arbitrage s'absente après un avis au Collège.",
          doc_title="conv", article="3-5.00", article_title="Libérations syndicales", ordinal=12),
    clause("conv", "9-4.02", "9-4.02 Aux fins de la présente convention, on entend par « harcèlement psychologique » "
                             "une conduite vexatoire.", 10),
    clause("conv", "6-4.20", "6-4.20 À la naissance de son enfant, le salarié a droit à un congé de paternité "
                             "d'au plus cinq (5) semaines.", 13),
    clause("conv", "9-4.04", "9-4.04 Le salarié victime de harcèlement psychologique peut exercer les recours de la "
                             "procédure de griefs. En tout temps, les parties peuvent demander une médiation.", 11),
]
AUTRE = [
    clause("autre", "5-14.02", "5-14.02 G) Un maximum annuel de 3 jours ouvrables pour tout événement de force "
                               "majeure (feu, inondation).", 1),
    clause("autre", "5-10.37", "5-10.37 La Commission crédite 7 jours de congés de maladie par année.", 2),
    clause("autre", "9-1.02", "9-1.02 En vue de régler dans le plus bref délai tout grief, les parties suivent la "
                              "procédure; les libérations syndicales sont accordées.", 3),
    clause("autre", "9-1.03", "9-1.03 Le grief est déposé dans les 120 jours de la date de l'événement.", 4),
    clause("autre", "5-13.10", "5-13.10 Congé de maternité de 21 semaines, congé d'adoption de 10 semaines.", 6),
    clause("autre", "13-3.05", "13-3.05 Le nom n'est pas retiré de la liste pour un congé de paternité couvert par "
                               "une loi.", 7),
    clause("autre", "13-3.04", "13-3.04 Le nom d'une enseignante qui refuse un contrat est retiré de la liste "
                               "de rappel, sauf pour un congé de maternité.", 5),
]
BY_ID = {(c.doc, c.clause_id): c for c in CONV + AUTRE}
# what the retriever returns for a topic within one document, best first (the top passage may give no count)
RANKED = {
    ("conv", "délai pour déposer un grief"): ["10-1.06", "6-6.22", "10-2.02", "10-1.07", "10-1.02"],
    ("autre", "délai pour déposer un grief"): ["9-1.03", "9-1.02"],
    ("conv", "congés de maladie"): ["6-3.02", "6-6.22", "6-3.04"],
    ("autre", "congés de maladie"): ["5-10.37"],
    ("conv", "événement de force majeure"): ["6-7.05", "6-1.02"],
    ("autre", "événement de force majeure"): ["5-14.02"],
    ("conv", "mesure disciplinaire est retirée du dossier"): ["5-6.09"],
    ("autre", "mesure disciplinaire est retirée du dossier"): ["13-3.04"],
    ("conv", "Plainte de harcèlement psychologique"): ["9-4.02", "9-4.04"],
    ("autre", "libérations syndicales"): ["9-1.02"],
    ("conv", "congé de paternité"): ["6-4.20"],
    ("autre", "congé de paternité"): ["13-3.05"],
    ("conv", "Congé de paternité à la naissance"): ["6-4.20"],
    ("autre", "Congé de paternité à la naissance"): ["5-13.10"],
    ("autre", "Plainte de harcèlement psychologique"): ["9-1.02"],
}


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    def retrieve(topic, docs):
        (doc,) = docs
        return [Hit(BY_ID[(doc, c)], 1.0 / (rank + 1), ("bm25",))
                for rank, c in enumerate(RANKED.get((doc, topic), []))]

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]},
                 "mesures": {"title": "Mesures budgétaires", "aliases": ["mesure 15158"]}}
    return DirectAnswers([], CONV + AUTRE, documents, retrieve)


def cited(answer) -> dict[str, list[str]]:
    sides: dict[str, list[str]] = {}
    for citation in answer.citations:
        clauses = sides.setdefault(citation.doc, [])
        if citation.clause not in clauses:
            clauses.append(citation.clause)
    return sides


@pytest.mark.parametrize("question, topic", [
    ("Compare les congés de maladie de Bourget et de l'entente crie", "congés de maladie"),
    ("Pour le décès de mon père, c'est quoi la différence entre le congé au Collège Bourget pis celui de la CS crie ?",
     "décès de mon père"),
    ("Plainte de harcèlement psychologique : qu'est-ce qui diffère entre les Cris et le Collège Bourget ?",
     "Plainte de harcèlement psychologique"),
    ("Pour un événement de force majeure, Bourget ou les Cris, lequel donne plus de jours de congé ?",
     "événement de force majeure"),
    ("Envoyer un grief à l'arbitrage : Bourget vs Cris, c'est quoi le délai ?", "Envoyer un grief à l'arbitrage"),
    ("Compare le reclassement au Collège Bourget et chez les Cris : ça prend effet quand ?", "reclassement"),
    ("Bourget vs Cris : combien de jours de vacances ?", "vacances"),  # only a question left: what it counts
    ("Le Collège ou la CS crie, laquelle prévoit le plus long préavis de mise à pied ?", "préavis de mise à pied"),
    # what is asked inside a run (« j'ai droit à combien », « au bout de combien de temps ») is not the topic
    ("Si ma grand-mère décède, j'ai droit à combien de jours à la CS crie, par rapport au Collège Bourget ?",
     "grand-mère décède"),
    ("Une mesure disciplinaire est retirée du dossier au bout de combien de temps? Compare Bourget et la CS crie",
     "mesure disciplinaire est retirée du dossier"),
    ("Compare le Collège Bourget et l'entente crie : après combien de mois une mesure disciplinaire est-elle "
     "retirée du dossier ?", "mesure disciplinaire est-elle retirée du dossier"),
    # the unit counted is the question's, not the topic's
    ("Je déménage : Bourget ou les Cris, lequel donne plus de jours de congé pour un déménagement ?",
     "congé pour un déménagement"),
    # … unless one word only would be left (« heures en trop » is no « trop »)
    ("Les heures en trop : comment c'est compensé chez les Cris comparé au Collège Bourget ?", "heures en trop"),
])
def test_the_topic_is_the_noun_phrase_compared(question, topic):
    assert topic_of(question, NAMES) == topic


@pytest.mark.parametrize("question, compares", [
    ("Quelle est la différence entre le congé de mariage au Collège et chez les Cris ?", True),
    ("Bourget vs Cris : le délai de grief ?", True),
    ("Bourget ou les Cris, lequel donne plus de jours de congé ?", True),
    ("Qu'est-ce qui diffère entre Bourget et les Cris pour le reclassement ?", True),
    ("Combien de jours de congé de maladie au Collège ?", False),
    ("Le délai de grief aux Cris est-il de 120 jours ?", False),
])
def test_comparison_cues(question, compares):
    assert bool(_COMPARE.search(question)) is compares


def test_the_unit_asked_for_includes_which_gives_more():
    assert asked_unit("Lequel donne plus de jours de congé ?").search("une (1) journée ouvrable")
    assert asked_unit("Lequel donne moins d'heures ?").search("vingt (20) heures")
    assert asked_unit("Quel est le délai ?").search("quarante (40) jours ouvrables")
    assert asked_unit("Compare le reclassement") is None


def test_a_counted_rule_comes_first_then_the_clause_naming_it(direct):
    answer = direct.answer("Compare le délai pour déposer un grief au Collège et à l'entente autre.", [])
    assert answer.kind == "comparison"
    # the top passage (10-1.06) gives no count: its article's first clause giving one (10-1.02), then the
    # clause naming it (10-1.07); 6-6.22 (another article, not about grievances) is never quoted, nor 10-2.02,
    # which names 10-1.02 too but quotes the arbitration's own delay: 10-1.07's quoted sentence names 10-1.02
    assert cited(answer) == {"conv": ["10-1.02", "10-1.07"], "autre": ["9-1.03"]}  # 9-1.02 gives no count
    table = [line for line in answer.text.splitlines() if line.startswith("|")]
    assert "« quarante (40) jours ouvrables »" in table[2] and "« 120 jours »" in table[2]


def test_an_off_topic_second_clause_is_left_out(direct):
    answer = direct.answer("Compare les congés de maladie du Collège et de l'entente autre", [])
    assert cited(answer) == {"conv": ["6-3.02", "6-3.04"], "autre": ["5-10.37"]}  # 6-6.22 left out
    assert "**Comparaison : congés de maladie**" in answer.text


def test_which_gives_more_is_compared_on_the_clauses_counting_in_its_unit(direct):
    question = "Pour un événement de force majeure, le Collège ou l'entente autre, lequel donne plus de jours de congé ?"
    answer = direct.answer(question, [])
    assert answer.kind == "comparison"
    assert cited(answer) == {"conv": ["6-1.02"], "autre": ["5-14.02"]}  # 6-7.05 (no count of days) left out
    table = [line for line in answer.text.splitlines() if line.startswith("|")]
    assert "« une (1) journée ouvrable »" in table[2] and "« 3 jours ouvrables »" in table[2]
    for citation in answer.citations:
        assert citation.quote in BY_ID[(citation.doc, citation.clause)].text


def test_which_gives_more_is_said_when_both_sides_count_in_the_same_unit(direct):
    question = "Pour un événement de force majeure, le Collège ou l'entente autre, lequel donne plus de jours de congé ?"
    answer = direct.answer(question, [])
    assert ("**Le plus grand nombre : Entente autre (5-14.02 : « 3 jours ouvrables »), contre « une (1) journée "
            "ouvrable » (Convention de test, 6-1.02).**") in answer.text.splitlines()
    # not asked which, or counts in different units (working days, calendar days): nothing said
    assert "Le plus grand nombre" not in direct.answer("Compare le délai pour déposer un grief au Collège et à "
                                                       "l'entente autre.", []).text
    assert "Le plus grand nombre" not in direct.answer("Le Collège ou l'entente autre, lequel donne le plus long "
                                                       "délai pour déposer un grief ?", []).text


@pytest.mark.parametrize("count, value", [
    ("dix (10) jours ouvrables", (10.0, "jour ouvrable")),
    ("une (1) journée ouvrable", (1.0, "jour ouvrable")),
    ("120 jours", (120.0, "jour")),
    ("deux (2) années", (2.0, "annee")),
    ("un (1) an", (1.0, "annee")),
    ("soixante pour cent (60 %)", (60.0, "%")),
    ("1/200 du traitement", None),
])
def test_a_count_is_read_as_a_number_and_a_unit(count, value):
    assert _count_value(count) == value


@pytest.mark.parametrize("text, count", [
    ("un congé d'une durée de vingt et une (21) semaines qui", "vingt et une (21) semaines"),
    ("avoir complété quatre cents (400) jours de travail", "quatre cents (400) jours"),
    ("pendant une période de trois (3) ans", "trois (3) ans"),
    ("vingt-cinq pour cent (25 %) du traitement", "vingt-cinq pour cent (25 %)"),
    ("basée sur le traitement (200 % du traitement", "200 %"),  # « ( » not closed after the number: no word
])
def test_a_count_keeps_its_number_in_words_whole(text, count):
    assert _COUNT.search(text).group() == count


def test_a_side_quotes_a_sentence_not_a_heading():
    text = ("« Section II Harcèlement psychologique\n\n10-9.09\n\nLa Commission et le Syndicat reconnaissent que toute "
            "enseignante a droit à un milieu exempt de harcèlement psychologique.")
    chunk = Chunk("autre:00009:1", "autre", "10-9.09", "clause", text, text)
    heading_end = text.index("10-9.09") + len("10-9.09")
    hit = Hit(chunk, 1.0, ("dense",), unit_similarities=((0, heading_end, 0.9), (heading_end + 2, len(text), 0.8)))
    assert best_sentence(hit, "harcèlement psychologique", min_words=6).startswith("La Commission et le Syndicat")
    assert best_sentence(hit, "harcèlement psychologique").startswith("« Section II")  # no floor: the best unit
    words_only = Hit(chunk, 1.0, ("bm25",))
    assert best_sentence(words_only, "harcèlement psychologique", min_words=6).startswith("La Commission")


def test_a_side_whose_agreement_lacks_the_topic_says_so_and_quotes_nothing(direct):
    # « mesure » is a word of the question and the stem of the key « mesures »: that document is not compared
    answer = direct.answer("Une mesure disciplinaire est retirée du dossier au bout de combien de temps? Compare le "
                           "Collège et l'entente autre", [])
    assert answer.kind == "comparison"
    assert cited(answer) == {"conv": ["5-6.09"]}  # 13-3.04 (a name « retiré de la liste ») is not quoted
    assert ("- Aucune clause de cet accord ne traite de « mesure disciplinaire est retirée du dossier » : les "
            "passages les plus proches portent sur autre chose.") in answer.text.splitlines()
    assert "Mesures budgétaires" not in answer.text
    table = [line for line in answer.text.splitlines() if line.startswith("|")]
    assert "« dix (10) mois »" in table[2] and "aucune clause sur ce sujet" in table[2]


def test_a_side_holding_a_third_of_the_topic_is_kept(direct):
    # 9-1.03 holds « grief » alone of « délai pour déposer un grief »: still the Cris rule, quoted
    answer = direct.answer("Compare le délai pour déposer un grief au Collège et à l'entente autre.", [])
    assert "autre" in cited(answer) and "Aucune clause" not in answer.text


def test_a_counted_quote_runs_on_to_its_exception():
    text = ("E) Le changement de domicile : le jour du déménagement; pas plus d'un (1) jour de congé par année.\n\n"
            "Toutefois, le maximum d'un (1) jour par année est porté à 2 lorsqu'un déménagement est demandé. "
            "Le congé est pris le jour même.")
    first = "E) Le changement de domicile : le jour du déménagement; pas plus d'un (1) jour de congé par année."
    quote = _with_exception(text, first)
    assert quote.endswith("porté à 2 lorsqu'un déménagement est demandé.") and quote in text
    assert _with_exception(text, "Toutefois, le maximum d'un (1) jour par année est porté à 2 lorsqu'un "
                                 "déménagement est demandé.").endswith("demandé.")  # the next one opens otherwise


def test_a_definition_is_quoted_only_when_one_is_asked(direct):
    # the top passage defines the term: a question about a complaint quotes the recourse (9-4.04) instead
    answer = direct.answer("Plainte de harcèlement psychologique : qu'est-ce qui diffère entre le Collège et "
                           "l'entente autre ?", [])
    assert cited(answer)["conv"] == ["9-4.04"]
    assert "les parties peuvent demander une médiation" in answer.text  # a short rule, no count asked: whole


def test_a_side_quoting_the_article_named_after_the_topic_is_never_said_absent(direct):
    # 3-5.01's sentence holds none of the topic's words, but its article is « Libérations syndicales »
    answer = direct.answer("Compare les libérations syndicales du Collège et de l'entente autre", [])
    assert cited(answer)["conv"] == ["3-5.01"] and "Aucune clause" not in answer.text


def test_a_list_item_introduced_by_a_colon_is_one_sentence_with_its_count():
    text = ("A) En cas de décès de sa conjointe ou son conjoint :\n\n7 jours consécutifs ouvrables ou non.\n\n"
            "C) En cas de décès de ses beaux-parents : 3 jours consécutifs ouvrables ou non.")
    sentences = [text[a:b] for a, b in _run_on(text)]
    assert sentences[0].startswith("A) En cas de décès de sa conjointe") and sentences[0].endswith("non.")


@pytest.mark.parametrize("question, compares", [
    ("Est-ce pareil au Collège et dans l'entente autre pour les congés de maladie ?", True),
    ("Les congés de maladie au Collège et dans l'entente autre : est-ce la même chose ?", True),
    ("Les congés de maladie au Collège, est-ce pareil pour un suppléant ?", False),  # one document named
])
def test_same_or_not_compares_only_two_named_documents(direct, question, compares):
    answer = direct.answer(question, [])
    assert (answer is not None and answer.kind == "comparison") is compares


@pytest.mark.parametrize("question, topic", [
    # nothing before « combien » but « au bout de »: what follows it
    ("Est-ce pareil chez les Cris qu'au Collège Bourget : au bout de combien de temps sans rappel on perd son "
     "ancienneté ?", "sans rappel on perd son ancienneté"),
    ("Pour avoir droit à un congé sans traitement d'un an, lequel est plus exigeant en années de service, le Collège "
     "Bourget ou la CS crie ?", "congé sans traitement d'un an"),
    ("Le retour progressif après une invalidité : le Collège Bourget prévoit-il la même chose que la CS crie ?",
     "retour progressif après une invalidité"),
    # « le plus long », « la même » say which or whether, not what
    ("Entre le Collège Bourget et la Commission scolaire crie, où le délai de grief est-il le plus long ?",
     "délai de grief"),
    ("Cris ou Bourget : qui accorde le plus de jours de congé de maladie ?", "congé de maladie"),
    # « autant de … que », a verb asking (« donne-t-elle »), « comme », « combien de temps pour »
    ("La Commission scolaire crie donne-t-elle autant de jours de congé pour la naissance d'un enfant que le Collège "
     "Bourget ?", "congé pour la naissance d'un enfant"),
    ("Chez les Cris comme au Collège, combien de temps pour contester une mesure disciplinaire ?",
     "contester une mesure disciplinaire"),
    ("Est-ce que la définition d'enseignant à temps partiel est la même au Collège Bourget et chez les Cris ?",
     "définition d'enseignant à temps partiel"),
    # « qui (en) donne le plus », « qui paie », « c'est-tu mieux », « est-tu plus long » ask which side
    ("Qui paie les frais et honoraires de l'arbitre : Bourget vs l'entente crie ?", "frais et honoraires de l'arbitre"),
    ("C'est-tu mieux chez les Cris ou au Collège pour le décès de mon frère ?", "décès de mon frère"),
    # « quand » opening a clause (« quand mon beau-frère décède ») asks nothing
    ("Qui donne le plus de congé quand mon beau-frère décède, la CS crie ou le Collège Bourget ?",
     "congé quand mon beau-frère décède"),
    # more words after « combien » than before it: what follows is the topic
    ("L'arbitre a combien de temps pour rendre sa décision après l'audition : qui en donne le plus, les Cris ou le "
     "Collège Bourget ?", "rendre sa décision après l'audition"),
])
def test_the_topic_of_a_same_or_not_question(question, topic):
    assert topic_of(question, NAMES) == topic


def test_which_is_more_in_a_unit_counts_in_it_and_its_words():
    question = "Lequel est plus exigeant en années de service, le Collège ou l'entente autre ?"
    assert asked_unit(question).search("cinq (5) années")
    quote = "La Commission accorde un congé pour un (1) an à qui a complété 4 années de service à son emploi."
    assert asked_count(quote, question).group() == "4 années"  # not the leave's « un (1) an »
    assert asked_count(quote).group() == "un (1) an"  # no question: the first count


def test_an_ordinal_count_is_a_count():
    assert _COUNT.search("au vingt-cinquième (25e) mois suivant la mise à pied").group() == "vingt-cinquième (25e) mois"


def test_an_amending_instruction_is_never_a_side_s_quote():
    text = ("52) La section II qui suit est ajoutée après la clause 10-9.08:\n\n« 10-9.09\n\nLa Commission et le "
            "Syndicat reconnaissent que le harcèlement psychologique est inacceptable.")
    assert amending("52) La section II qui suit est ajoutée après la clause 10-9.08:")
    assert amending("- 28) Les clauses 5-15.02 et 5-15.03 sont remplacées par ce qui suit :")
    assert amending("3) Le titre de l'article 3-2.00 est remplacé par ce qui suit :")
    assert not amending("La clause 5-10.28 s'applique à l'enseignante en congé.")
    assert text[_content_start(text):].startswith("La Commission et le Syndicat")
    chunk = Chunk("autre:00009:1", "autre", "10-9.09", "clause", text, text)
    quote = best_sentence(Hit(chunk, 1.0, ("bm25",)), "section ajoutée harcèlement psychologique", min_words=6)
    assert quote.startswith("La Commission")


def test_a_heading_is_quoted_with_the_sentence_after_it():
    text = ("A) Frais et honoraires de l'arbitre\n\nLes frais sont à la charge de la partie perdante.\n\n"
            "B) Modalités\n\nLe paragraphe A) ne s'applique qu'aux griefs récents.")
    chunk = Chunk("autre:00010:1", "autre", "9-2.23", "clause", text, text)
    quote = best_sentence(Hit(chunk, 1.0, ("bm25",)), "frais et honoraires de l'arbitre")
    assert quote == "A) Frais et honoraires de l'arbitre\n\nLes frais sont à la charge de la partie perdante."


def test_a_topic_word_meets_its_derivations():
    wanted = frozenset(tokenize("plainte syndical années"))
    assert _share(wanted, "À la demande des personnes plaignantes, le Syndicat agit dans les 2 ans.") == 1.0
    assert _share(frozenset(tokenize("participation")), "un cas particulier") == 0.0  # 6 letters alike: not one


def test_a_list_item_reads_with_its_list_s_opening_not_its_neighbours():
    text = ("L'ancienneté ne se perd que pour les raisons suivantes :\n\n- a) la démission;\n\n- b) le renvoi;\n\n"
            "- c) s'il s'est écoulé plus de 24 mois consécutifs depuis le non-rengagement.")
    found = {text[a:b]: context for a, b, context in _in_context(text, 300)}
    item = "- c) s'il s'est écoulé plus de 24 mois consécutifs depuis le non-rengagement."
    assert found[item] == "L'ancienneté ne se perd que pour les raisons suivantes :"
    loose = "- e) le mariage de son enfant : le jour du mariage;\n\n- f) le déménagement : un (1) jour;"
    assert [context for _, _, context in _in_context(loose, 300)] == ["", ""]


def test_a_counted_quote_runs_on_to_the_rule_s_next_count_on_the_topic():
    text = ("Sur recommandation du médecin, l'enseignant absent depuis au moins 12 semaines peut convenir d'un retour "
            "progressif. La période d'invalidité se poursuit durant le retour progressif sans prolonger la période "
            "maximale de 104 semaines.\n\n- 1) un supplément de 12 semaines pour le retour progressif;")
    first = text[:text.index(" La période")]
    wanted = frozenset(tokenize("retour progressif invalidité"))
    assert _with_exception(text, first, wanted, 0.6).endswith("104 semaines.")
    assert _with_exception(text, first) == first  # no topic given: only an exception runs on
    second = text[:text.index("\n\n")]
    assert _with_exception(text, second, wanted, 0.6) == second  # a list's next item is another rule


def test_the_asking_verb_before_how_many_is_not_the_topic():
    assert topic_of("L'année de travail compte combien de jours : est-ce la même chose au Collège Bourget qu'à la "
                    "Commission scolaire crie ?", NAMES) == "L'année de travail"


def test_the_words_after_the_unit_stop_at_the_question_s_punctuation():
    question = "Lequel est plus exigeant en années de service, le Collège ou l'entente autre ?"
    quote = "qui a complété cinq (5) années comme permanent. Sinon, moins de cinq (5) ans de permanence au Collège."
    assert asked_count(quote, question).group() == "cinq (5) années"  # « Collège » is not what is counted


def test_a_side_without_the_topic_s_rarest_word_another_side_quotes_lacks_the_topic(direct):
    # 5-13.10 holds « congé », a third of the topic (not under compare_absent_share), but neither « paternité »
    # nor « naissance », which the other side quotes
    answer = direct.answer("Congé de paternité à la naissance : combien de semaines au Collège vs l'entente autre ?", [])
    assert cited(answer) == {"conv": ["6-4.20"]}
    assert "- Aucune clause de cet accord ne traite de « Congé de paternité à la naissance » : les passages les plus " \
           "proches portent sur autre chose." in answer.text.splitlines()


def test_two_agreements_named_are_compared_and_a_side_without_the_count_asked_says_so(direct):
    # no comparison word: the two agreements named make it one
    answer = direct.answer("Combien de semaines de congé de paternité au Collège et dans l'entente autre ?", [])
    assert answer.kind == "comparison" and "**Comparaison : congé de paternité**" in answer.text
    assert cited(answer) == {"conv": ["6-4.20"], "autre": ["13-3.05"]}
    lines = answer.text.splitlines()
    assert ("- Les clauses citées de cet accord n'en donnent aucun nombre (durée ou quantité demandée) : elles en "
            "parlent sans le fixer.") in lines
    assert lines.index("**Entente autre**") < len(lines) - 3  # the line is the other side's, after its quote


def test_a_compound_word_is_not_its_last_part():
    wanted = frozenset(topic_words("décès d'un frère"))
    assert _share(wanted, "En cas de décès de son père ou de son frère : 5 jours.") == 1.0
    assert _share(wanted, "En cas de décès de son beau-frère : 3 jours.") == 0.5
    assert _share(frozenset(topic_words("grand-mère décède")), "décès de sa grand-mère") == 1.0  # décède: décès


def test_a_sentence_reads_with_the_ones_before_only_when_it_holds_a_topic_word(direct):
    # « 5 jours … funérailles » follows « B) … de son frère : », but says nothing of a brother's wedding
    text = ("A) Le mariage de l'enseignant : 7 jours.\n\nB) En cas de décès de son père ou de son frère :\n\n5 jours "
            "consécutifs à l'inclusion du jour des funérailles.\n\nD) Le mariage de son frère : le jour du mariage.")
    chunk = Chunk("autre:00020:1", "autre", "5-14.02", "clause", text, text)
    direct._clause_chunks[("autre", "5-14.02x")] = [chunk]
    hit = Hit(Chunk("autre:00020:1", "autre", "5-14.02x", "clause", text, text), 1.0, ("bm25",))
    wanted = frozenset(topic_words("mariage de mon frère"))
    pick = direct._pick("autre", hit, "mariage de mon frère", wanted, asked_unit("combien de jours"))
    assert pick.quote.startswith("D) Le mariage de son frère")


def test_a_long_clause_is_read_in_its_part_answering_best():
    def part(doc, clause_id, text, ordinal, number):
        return Chunk(chunk_id=f"{doc}:{ordinal:05d}:{number}", doc=doc, clause_id=clause_id, kind="clause", text=text,
                     indexed_text=text, doc_title=doc, article=clause_id.split(".")[0] + ".00", ordinal=ordinal,
                     part=number)
    chunks = [part("conv", "6-1.02", "6-1.02 e) le mariage de son frère : le jour de l'événement.", 1, 1),
              part("autre", "5-14.02", "C) En cas de décès de son beau-frère : 3 jours; toutefois, le congé est porté "
                                       "à 5 jours.", 1, 1),
              part("autre", "5-14.02", "D) Le mariage de son père, de son frère : le jour du mariage.", 1, 2)]

    def retrieve(topic, docs):
        return [Hit(c, 1.0, ("bm25",)) for c in chunks if c.doc == docs[0]]  # the first part first

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    answer = DirectAnswers([], chunks, documents, retrieve).answer(
        "Au Collège et dans l'entente autre, le congé pour le mariage de mon frère ?", [])
    assert "D) Le mariage de son père, de son frère" in answer.text and "Aucune clause" not in answer.text


def test_a_sentence_reads_with_its_own_paragraph_only():
    text = ("Chaque membre du comité exécutif peut être libéré pour une mission syndicale, sans remboursement\n\n"
            "au Collège. Le total des jours ne doit pas dépasser dix (10) jours par année.\n\n"
            "Autre alinéa.\n\nLe délai est de cinq (5) jours.")
    found = {text[a:b]: context for a, b, context in _in_context(text, 300)}
    assert "Chaque membre du comité exécutif" in found["Le total des jours ne doit pas dépasser dix (10) jours par "
                                                       "année."]  # a line broken mid-sentence is one paragraph
    assert found["Le délai est de cinq (5) jours."] == ""  # « Autre alinéa. » closed the paragraph before


def test_a_counted_quote_runs_on_within_its_paragraph_to_a_sentence_continuing_the_topic():
    text = ("Le congé sabbatique à traitement différé permet d'obtenir une (1) année de congé. En vertu de cette "
            "entente, le salarié accepte de différer son traitement pendant trois (3) ans ou cinq (5) ans.\n\n"
            "Le traitement est versé pendant cinq (5) ans.")
    first = text[:text.index(" En vertu")]
    wanted = frozenset(topic_words("congé sabbatique à traitement différé"))
    quote = _with_exception(text, first, wanted, 0.6)
    assert quote.endswith("cinq (5) ans.") and "\n" not in quote  # « différer son traitement » holds half, read
    # after the first sentence; the next paragraph is another rule


def test_a_short_follow_up_of_a_comparison_compares_the_same_agreements():
    chunks = [
        clause("conv", "6-1.02", "6-1.02\n- b) en cas de décès de son père : cinq (5) jours consécutifs ;\n- c) en "
                                 "cas de décès de son frère : trois (3) jours consécutifs ;", 1),
        clause("conv", "6-3.02", "6-3.02 Le Collège crédite dix (10) jours ouvrables de congés de maladie.", 2),
        clause("autre", "5-14.02", "5-14.02 B) En cas de décès de son père ou de son frère : 5 jours consécutifs.", 1),
    ]

    def retrieve(topic, docs):
        return [Hit(c, 1.0, ("bm25",)) for c in chunks if c.doc == docs[0]]

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    direct = DirectAnswers([], chunks, documents, retrieve)
    first = direct.answer("C'est-tu mieux au Collège ou dans l'entente autre pour le décès de mon frère ?", [])
    assert first.kind == "comparison" and "trois (3) jours" in first.text
    again = direct.answer("Et pour mon père ?", [], history=[first])  # names no agreement: the same two, father first
    assert again is not None and again.kind == "comparison"
    assert cited(again) == {"conv": ["6-1.02"], "autre": ["5-14.02"]}
    assert "cinq (5) jours" in again.text and "trois (3) jours" not in again.text
    # a longer follow-up asks a question of its own, of the same agreements (each answers it, not one); a turn
    # after no comparison is no comparison
    longer = direct.answer("Et pour mon père, est-ce que je dois fournir une preuve du décès à mon employeur ?", [],
                           history=[first])
    assert longer is not None and longer.kind == "comparison" and set(cited(longer)) == {"conv", "autre"}
    assert direct.answer("Et pour mon père ?", [], history=[again.__class__(question="Bonjour", text="Bonjour")]) is None


def test_a_side_leads_with_a_lower_passage_holding_more_of_the_topic():
    chunks = [
        clause("conv", "6-1.02", "6-1.02\n- f) le changement de domicile : le jour de son déménagement ; pas plus d'un "
                                 "(1) jour de congé par année ;", 1),
        clause("autre", "3-1.01", "3-1.01 J'autorise mon employeur à retenir sur ma paie la cotisation.", 1),
        clause("autre", "5-14.02", "5-14.02 E) Le changement de domicile : le jour du déménagement. Toutefois, le "
                                   "maximum d'un (1) jour par année est porté à 2 lorsqu'au moins un (1) des 2 "
                                   "déménagements est expressément demandé par la Commission.", 2),
    ]

    def retrieve(topic, docs):  # the employer's word first, as the real retriever ranks it
        return [Hit(c, 1.0, ("bm25",)) for c in chunks if c.doc == docs[0]]

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    answer = DirectAnswers([], chunks, documents, retrieve).answer(
        "Si c'est l'employeur qui me demande de déménager, c'est-tu mieux au Collège ou dans l'entente autre ?", [])
    assert answer.kind == "comparison" and cited(answer)["autre"] == ["5-14.02"]
    assert "porté à 2" in answer.text


def test_a_longer_follow_up_of_a_comparison_asks_its_own_unit_of_the_same_agreements():
    chunks = [
        clause("conv", "10-2.08", "10-2.08 L'arbitre rend sa décision dans les trente (30) jours de la fin de "
                                  "l'audition. Toutefois, la décision n'est pas nulle du fait qu'elle serait rendue "
                                  "après l'expiration du temps prévu.", 1),
        clause("autre", "9-2.17", "9-2.17 L'arbitre doit rendre sa décision dans les 45 jours de la fin de "
                                  "l'audition. Toutefois, cette décision n'est pas nulle pour la seule raison qu'elle "
                                  "est rendue après l'expiration des délais.", 1),
    ]

    def retrieve(topic, docs):
        return [Hit(c, 1.0, ("bm25",)) for c in chunks if c.doc == docs[0]]

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    direct = DirectAnswers([], chunks, documents, retrieve)
    first = direct.answer("L'arbitre a combien de jours pour rendre sa décision, au Collège ou dans l'entente "
                          "autre ?", [])
    assert first.kind == "comparison"
    again = direct.answer("Pis si l'arbitre dépasse ce délai-là, est-ce que sa décision est annulée ?", [],
                          history=[first])
    assert again is not None and again.kind == "comparison"
    assert cited(again) == {"conv": ["10-2.08"], "autre": ["9-2.17"]}
    assert "n'est pas nulle" in again.text and "pas nulle pour la seule raison" in again.text


def test_same_elsewhere_after_an_answer_from_one_agreement_compares_it_with_the_one_named():
    from assistant.types import Answer, Citation

    chunks = [
        clause("conv", "6-3.04", "6-3.04 La banque de dix (10) jours de congés de maladie est monnayable le 30 juin "
                                 "à soixante pour cent (60 %) lorsque les jours sont non utilisés.", 1),
        clause("autre", "5-10.37", "5-10.37 Les jours de congé de maladie non utilisés sont cumulatifs et versés "
                                   "dans une banque, monnayables au départ à 1/200 du traitement.", 1),
    ]

    def retrieve(topic, docs):
        return [Hit(c, 1.0, ("bm25",)) for c in chunks if c.doc == docs[0]]

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    direct = DirectAnswers([], chunks, documents, retrieve)
    before = Answer(question="Au Collège, mes jours de maladie pas utilisés, ils sont payés ?", text="…",
                    citations=[Citation("conv", "6-3.04", "monnayable le 30 juin", chunks[0].chunk_id)])
    again = direct.answer("Pareil dans l'entente autre ?", [], history=[before])
    assert again is not None and again.kind == "comparison"
    assert cited(again) == {"conv": ["6-3.04"], "autre": ["5-10.37"]}
    # no word of sameness: the follow-up only switches agreements; the agreement already quoted: nothing to compare
    assert direct.answer("Pis dans l'entente autre ?", [], history=[before]) is None
    assert direct.answer("Pareil au Collège ?", [], history=[before]) is None


def test_a_topic_holds_words_the_agreements_use():
    known = {"cong", "patern", "syndicat", "congres", "calendri"}.__contains__
    assert topic_of("Je vais être papa au printemps : pour le congé de paternité, c'est où que c'est le mieux, au "
                    "Collège ou chez les Cris ?", NAMES, known) == "congé de paternité"
    # « la même affaire » asks whether it is the same; a long run is the topic when no shorter one is left
    assert topic_of("Chez les Cris, le syndicat peut faire mettre un vendredi pis un lundi de congé au calendrier "
                    "pour son congrès : y a-tu la même affaire au Collège Bourget ?", NAMES, known) == (
        "syndicat peut faire mettre un vendredi pis un lundi de congé au calendrier pour son congrès")


def test_a_count_asked_comes_from_the_best_passage_s_article_when_no_passage_retrieved_gives_one():
    chunks = [
        clause("conv", "9-4.04", "9-4.04 Le salarié victime de harcèlement psychologique peut exercer les recours de "
                                 "la procédure de griefs.", 1),
        clause("autre", "10-9.11", "10-9.11 À la demande écrite des personnes plaignantes, la Commission et le "
                                   "Syndicat constituent dans les 10 jours un comité.", 1),
        clause("autre", "10-9.12", "10-9.12 Le comité étudie les faits sur lesquels se fonde la demande.", 2),
        clause("autre", "10-9.13", "10-9.13 Une plainte de harcèlement psychologique peut être soumise à la "
                                   "procédure de mésentente.", 3),
    ]
    retrieved = {"conv": ["9-4.04"], "autre": ["10-9.13"]}  # the count's clause is not among the passages retrieved

    def retrieve(topic, docs):
        return [Hit(c, 1.0, ("bm25",)) for c in chunks if c.doc == docs[0] and c.clause_id in retrieved[docs[0]]]

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    answer = DirectAnswers([], chunks, documents, retrieve).answer(
        "Une plainte de harcèlement psychologique, c'est étudié en combien de jours : au Collège ou dans l'entente "
        "autre ?", [])
    assert answer is not None and answer.kind == "comparison"
    assert cited(answer)["autre"] == ["10-9.11"] and "10 jours" in answer.text
    assert "n'en donnent aucun nombre" in answer.text  # the other side says its clause gives no count


def test_same_elsewhere_compares_the_earlier_question_without_its_names_and_asking_words():
    from assistant.comparisons import _without_names

    assert _without_names("Chez les Cris, le délai pour déposer un grief c'est combien ?", NAMES) == (
        "délai pour déposer un grief")
    assert _without_names("Au Collège Bourget, mes jours de maladie pas pris, est-ce qu'ils me sont payés ?",
                          NAMES) == "jours de maladie pas pris, est-ce qu'ils me sont payés"


def test_a_place_asked_is_answered_by_the_passage_naming_a_place():
    chunks = [
        clause("conv", "10-3.01", "10-3.01 Si les parties en conviennent, tout grief est déféré à l'arbitrage en "
                                  "procédure accélérée.", 1),
        clause("conv", "10-2.16", "10-2.16 Les séances d'audition se tiennent en général dans les locaux du "
                                  "Collège.", 2),
        clause("autre", "9-2.02", "9-2.02 Le Syndicat qui désire déférer un grief à l'arbitrage donne un avis "
                                  "écrit.", 1),
        clause("autre", "9-2.08", "9-2.08 Tout grief est entendu dans la communauté d'Oujé-Bougoumou.", 2),
    ]
    asked = []

    def retrieve(topic, docs):  # the passages naming a place come second, as the real retriever ranks them
        asked.append(topic)
        return [Hit(c, 1.0, ("bm25",)) for c in chunks if c.doc == docs[0]]

    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    answer = DirectAnswers([], chunks, documents, retrieve).answer(
        "Où se tiennent les audiences d'arbitrage d'un grief, au Collège par rapport à l'entente autre ?", [])
    assert answer is not None and answer.kind == "comparison"
    assert cited(answer)["conv"][0] == "10-2.16" and cited(answer)["autre"][0] == "9-2.08"
    assert all(topic.startswith("Où ") for topic in asked)  # searched as a place
    # « c'est où que c'est le mieux » asks which agreement, not a place
    from assistant.comparisons import _PLACE_ASKED
    assert not _PLACE_ASKED.search("Pour le congé de paternité, c'est où que c'est le mieux, au Collège ou chez les Cris ?")


def test_a_comparison_is_values_first_then_written_out(direct):
    # the sides are handed over as values (ComparedSide): the written comparison and any other answer quoting one
    # side (an amount asked of two agreements) render the same lines from them
    question = ("Une mesure disciplinaire est retirée du dossier au bout de combien de temps? Compare le Collège et "
                "l'entente autre")
    compared = direct._compared(question, [], None)
    assert [(s.doc, s.absent) for s in compared.sides] == [("conv", False), ("autre", True)]
    assert compared.side("autre").picks == () and compared.side("nowhere") is None
    written = render_comparison(compared)
    assert written.parts == direct._comparison(question, [], None).parts
    draft = Draft()
    conv = compared.side("conv")
    assert conv.lines(conv.cited(draft), compared.topic)[0] in written.parts[3].splitlines()
    assert [c.clause for c in draft.citations] == ["5-6.09"] and len(draft.support) == 1


def test_a_side_is_labelled_the_same_way_everywhere():
    assert side_label("Convention Collège Bourget") == "▸ Convention Collège Bourget :"


@pytest.mark.parametrize("question, topic", [
    # a condition (« Si … ») says when: the main clause says what is compared
    ("Si l'employeur m'envoie à une rencontre ailleurs avec mon auto, mes frais de déplacement sont remboursés comment "
     "au Collège Bourget comparé à la CS crie ?", "frais de déplacement sont remboursés comment"),
    # … not a unit and one word (« jours de congé »)
    ("Si c'est l'employeur qui me demande de déménager, c'est-tu mieux chez les Cris ou au Collège Bourget pour les "
     "jours de congé ?", "l'employeur qui me demande de déménager"),
])
def test_a_condition_gives_way_to_the_main_clause(question, topic):
    assert topic_of(question, NAMES) == topic


def test_each_side_is_searched_with_its_own_case(direct):
    # the part naming one agreement alone says its case (« pour une inondation »); a part holding the topic asks every
    # side the same thing, and the question's units and asking words are no case
    question = ("Combien de jours de congé pour un feu au Collège, versus à l'entente autre pour une inondation, "
                "y a-tu un montant ?")
    assert direct._own_words(question, "autre", "congé pour un feu") == "inondation"
    assert direct._own_words(question, "conv", "congé pour un feu") == ""


def test_which_pays_more_is_asked_as_each_sides_amount():
    assert amount_asked("Une heure de suppléance, c'est mieux payé au Collège ou chez les Cris ?") == \
        "Combien ? Une heure de suppléance, c'est payé au Collège ou chez les Cris ?"
    assert amount_asked("Qui paie le plus de l'heure, combien ?") == "Qui paie de l'heure, combien ?"
    assert amount_asked("Combien de l'heure chez les Cris ?") is None


def test_a_date_asked_quotes_the_sentence_giving_the_date_of_the_year():
    chunks = [clause("conv", "5-3.04", "5-3.04 Le 15 novembre de chaque année, le Collège transmet la liste "
                                       "d'ancienneté. Cette liste d'ancienneté est affichée durant vingt (20) jours "
                                       "ouvrables.", 1),
              clause("autre", "5-2.08", "5-2.08 Dans les 45 jours du 30 juin 2006, la Commission envoie une liste "
                                        "d'ancienneté. À chaque année, elle envoie la liste d'ancienneté avant le 30 "
                                        "novembre.", 1)]
    by_doc = {c.doc: c for c in chunks}
    documents = {"conv": {"title": "Convention de test", "aliases": ["Collège"]},
                 "autre": {"title": "Entente autre", "aliases": ["entente autre"]}}
    direct = DirectAnswers([], chunks, documents, lambda topic, docs: [Hit(by_doc[docs[0]], 1.0, ("bm25",))])
    answer = direct.answer("La liste d'ancienneté, on la reçoit quand : Collège versus entente autre ?", [])
    assert "« 5-3.04 Le 15 novembre de chaque année" in answer.text, answer.text
    assert "« À chaque année, elle envoie la liste d'ancienneté avant le 30 novembre. »" in answer.text, answer.text
    # « jusqu'à quand » asks a deadline: the delay's sentence, not the date's
    answer = direct.answer("La liste d'ancienneté est affichée jusqu'à quand : Collège versus entente autre ?", [])
    assert "« Cette liste d'ancienneté est affichée durant vingt (20) jours ouvrables. »" in answer.text, answer.text
