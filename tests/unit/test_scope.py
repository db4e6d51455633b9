"""The plain "no": nonsense, absent topics, other employers, missing ids; the right agreement
(assistant.scope, Retriever.preferred_documents/routed, Assistant.ask on a tiny two-agreement corpus)."""

from __future__ import annotations

import pytest

from assistant.scope import (Refusal, ScopeParams, Vocabulary, content_words, foreign_question, future_change,
                             missing_body_delay, missing_value, other_employers, out_of_corpus, person_asked_about,
                             question_features, surface_words, unindexed_document, unknown_acronyms)
from assistant.types import Hit
from ingest.types import Chunk
from tests.corpus_fixtures import CONVENTION, make_corpus

TEXT = ("Le salarié peut soumettre un grief au Collège dans les quarante jours ouvrables. "
        "Le Collège verse le traitement pendant le congé de maternité.")
CHUNK = Chunk(chunk_id="conv:1", doc="conv", clause_id="10-1.02", kind="clause", text=TEXT, indexed_text=TEXT)
DOCUMENTS = {"conv": {"title": "Convention de test", "aliases": ["Collège Bourget"], "parties": ["Collège Bourget"]}}


def _hits(similarity: float) -> list[Hit]:
    return [Hit(CHUNK, score=1.0, why=("dense",), unit_similarities=((0, len(TEXT), similarity),))]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary.from_chunks([CHUNK], DOCUMENTS)


def test_vocabulary_knows_inflected_forms_but_not_other_words(vocabulary):
    params = ScopeParams()
    assert vocabulary.knows("grief", params) and vocabulary.knows("griefs", params)
    assert vocabulary.knows("soumettre", params) and vocabulary.knows("soumettra", params)
    assert not vocabulary.knows("chien", params) and not vocabulary.knows("garderie", params)


def test_content_words_skip_stop_words_fillers_and_colloquial_words():
    words = content_words("Est-ce que je peux-tu amener mon chien pis mon chum au Collège ?", ScopeParams())
    assert "chien" in words and "amener" in words
    assert not {"peux", "pis", "chum", "est-ce"} & set(words)


@pytest.mark.parametrize("question", ["'; DROP TABLE clauses; --", "SELECT * FROM users WHERE 1=1",
                                      "<script>alert(1)</script>"])
def test_code_is_refused(question, vocabulary):
    refusal = out_of_corpus(question, _hits(0.99), vocabulary)
    assert isinstance(refusal, Refusal) and refusal.reason == "nonsense"


def test_words_the_documents_never_use_are_refused(vocabulary):
    refusal = out_of_corpus("asdf qwer zxcv", _hits(0.99), vocabulary)
    assert refusal is not None and refusal.reason == "nonsense"


def test_an_absent_topic_is_refused_only_when_no_sentence_comes_close(vocabulary):
    # the unknown word a circumstance of the question (a permission asked for an act naming it, « Est-ce que je peux
    # amener mon chien … ? », is refused at any similarity: scope.unnamed_act, tests/unit/test_scope_unnamed_parts.py)
    question = "Si mon chien tombe malade pendant mon congé de maternité, est-ce que mon congé est prolongé ?"
    params = ScopeParams(similarity_floor=0.87)
    floor = 0.87 + params.unknown_margin
    refusal = out_of_corpus(question, _hits(floor - 0.01), vocabulary, params)
    assert refusal is not None and refusal.reason == "absent_topic" and "« chien »" in refusal.text
    assert out_of_corpus(question, _hits(floor + 0.01), vocabulary, params) is None
    # an uncalibrated embedder (no floor): similarities say nothing, the question goes on
    assert out_of_corpus(question, _hits(0.0), vocabulary, ScopeParams()) is None


def test_answerable_question_passes(vocabulary):
    params = ScopeParams(similarity_floor=0.87)
    assert out_of_corpus("Combien de jours pour soumettre un grief au Collège ?", _hits(0.80), vocabulary, params) is None


def test_another_employer_is_refused(vocabulary):
    assert other_employers("Au CSS de Montréal, c'est combien ?", vocabulary) == ("CSS de Montréal",)
    assert other_employers("Au Cégep de Rimouski, les profs ?", vocabulary) == ("Cégep de Rimouski",)
    assert other_employers("Au Collège Bourget, le grief ?", vocabulary) == ()
    assert other_employers("Au Collège, le grief ?", vocabulary) == ()
    refusal = out_of_corpus("Au CSS de Montréal, combien de jours pour un grief ?", _hits(0.99), vocabulary)
    assert refusal is not None and refusal.reason == "other_document" and "CSS de Montréal" in refusal.text


def test_feminine_and_plural_forms_of_a_known_word_are_known():
    vocabulary = Vocabulary(["juré", "jure", "arbitre", "jour"])
    params = ScopeParams()
    assert vocabulary.knows("juree", params) and vocabulary.knows("jurees", params) and vocabulary.knows("jures", params)
    assert vocabulary.knows("arbitres", params) and vocabulary.knows("jours", params)
    assert not vocabulary.knows("noces", params) and not vocabulary.knows("es", params)


def test_days_months_and_seasons_never_name_a_topic():
    words = content_words("Ma sœur se marie un mardi de juillet, j'ai-tu congé cet été ?", ScopeParams())
    assert "marie" in words and not {"mardi", "juillet", "ete"} & set(words)


def test_another_province_is_refused_when_the_question_is_about_teachers_there(vocabulary):
    assert other_employers("Pour les enseignants en Ontario, c'est quoi le salaire ?", vocabulary) == ("Ontario",)
    assert other_employers("Les profs aux États-Unis ont-ils un grief ?", vocabulary) == ("États-Unis",)
    assert other_employers("Je déménage en Ontario, mon grief tient-il encore ?", vocabulary) == ()
    assert other_employers("Mes années d'enseignante en Ontario comptent-tu au Collège Bourget ?", vocabulary) == ()
    refusal = foreign_question("Au Nouveau-Brunswick, l'échelle de salaire des enseignants ?", vocabulary)
    assert refusal is not None and refusal.reason == "other_document" and "Nouveau-Brunswick" in refusal.text


def test_foreign_questions_need_no_retrieval(vocabulary):
    assert foreign_question("'; DROP TABLE clauses; --", vocabulary).reason == "nonsense"
    assert foreign_question("Au CSS de Laval, combien de jours de maladie ?", vocabulary).reason == "other_document"
    assert foreign_question("Combien de jours pour soumettre un grief au Collège ?", vocabulary) is None


def _titled_vocabulary() -> Vocabulary:
    """The tiny corpus plus an annex titled as a policy (Bourget's Annexe W)."""
    annex = Chunk(chunk_id="conv:2", doc="conv", clause_id="Annexe W", kind="annex", text="Les frais sont remboursés.",
                  indexed_text="Les frais sont remboursés.", title="Politique relative aux frais de déplacement",
                  heading_path=("Annexe W Politique relative aux frais de déplacement",))
    documents = {"conv": {**DOCUMENTS["conv"], "aliases": ["Collège Bourget", "Collège"], "kind": "entente locale"}}
    return Vocabulary.from_chunks([CHUNK, annex], documents)


@pytest.mark.parametrize("question, named", [
    ("Dans l'entente nationale 2023-2028 des enseignants (FSE-CSQ), combien d'élèves par classe ?",
     "entente nationale 2023-2028 des enseignants (FSE-CSQ)"),
    ("Selon la politique d'évaluation des apprentissages du Collège, un élève a-tu droit à une reprise ?",
     "politique d'évaluation des apprentissages du Collège"),
    ("Que dit la Loi sur l'instruction publique sur le grief ?", "Loi sur l'instruction publique"),
    ("Selon le Régime pédagogique, combien d'heures de français ?", "Régime pédagogique"),
])
def test_a_document_that_is_not_indexed_is_refused(question, named):
    vocabulary = _titled_vocabulary()
    assert unindexed_document(question, vocabulary) == named
    refusal = foreign_question(question, vocabulary)
    assert refusal is not None and refusal.reason == "other_document" and f"« {named} »" in refusal.text


@pytest.mark.parametrize("question", [
    "Selon la politique relative aux frais de déplacement du Collège, le kilomètre est payé combien ?",  # a titled part
    "D'après la convention du Collège Bourget, combien de jours pour un grief ?",  # an indexed document's words
    "Dans notre convention, le grief ?",
    "Selon la convention du Collège pour les enseignants à temps partiel, combien de jours ?",  # « pour » starts the question
    "Dans la convention collective, est-ce que le grief se soumet par écrit ?",
    "Selon l'entente locale, le grief se soumet-tu par écrit ?",  # the kind of an indexed document
    "Dans l'entente sur les frais de déplacement, le kilomètre ?",  # a part's title need not name its kind
])
def test_indexed_documents_and_their_titled_parts_are_not_refused(question):
    vocabulary = _titled_vocabulary()
    assert unindexed_document(question, vocabulary) == ""
    assert foreign_question(question, vocabulary) is None


def test_who_holds_a_post_now_is_refused_but_which_party_acts_is_not(vocabulary):
    refusal = foreign_question("C'est qui, présentement, le président de l'Association ?", vocabulary)
    assert refusal is not None and refusal.reason == "other_document" and "ne nomment pas" in refusal.text
    assert foreign_question("Quel est le nom du directeur du Collège ?", vocabulary) is not None
    assert foreign_question("Au Collège, en arbitrage de grief, c'est qui qui paie l'arbitre ?", vocabulary) is None
    assert foreign_question("Qui est le président du comité ?", vocabulary) is None  # who is appointed: the clauses say
    assert foreign_question("Comment s'appelle la directrice du Collège ?", vocabulary) is not None
    assert foreign_question("Présentement, c'est qui la présidente ?", vocabulary) is not None
    # the name as a thing given, not asked (Bourget 4-2.05 « informe … du nom de ses représentants »)
    assert foreign_question("Le Collège doit-il fournir le nom des représentants au comité ?", vocabulary) is None


def test_present_time_words_never_name_a_topic():
    assert not {"presentement", "actuellement"} & set(content_words("Présentement, actuellement, le grief ?", ScopeParams()))


def test_features_report_what_was_measured(vocabulary):
    features = question_features("Mon chien peut-il soumettre un grief ?", _hits(0.7), vocabulary)
    assert features.unknown == ("chien",) and features.best_similarity == pytest.approx(0.7)


def test_params_reject_unknown_names():
    with pytest.raises(ValueError, match="unknown_margin"):
        ScopeParams().with_values(similarity=0.5)



def test_the_vocabulary_holds_every_folded_word_and_part_of_every_passage():
    texts = ["L'Œuvre de l'École-Pilote", "l'école et les ÉCOLES", "jusqu'à l'Ordre", "l'école et les ÉCOLES"]
    # indexed_text: heading lines, a line break, the passage (read once however often it repeats); or other text
    indexed = [texts[0], "Titre d'Accord\n" + texts[1], "Chapitre-Deux\n" + texts[2], "Autre l'Entête\n" + texts[3]]
    chunks = [Chunk(chunk_id=f"c:{i}", doc="c", clause_id="1-1.01", kind="clause", text=t, indexed_text=x)
              for i, (t, x) in enumerate(zip(texts, indexed))]
    chunks.append(Chunk(chunk_id="c:9", doc="c", clause_id="1-1.02", kind="clause", text="x", indexed_text="l'Été"))
    expected = {w for c in chunks for word in surface_words(c.indexed_text) for w in [word, *word.split("-")]}
    vocabulary = Vocabulary.from_chunks(chunks)
    assert set(vocabulary._sorted) == expected
    assert {"oeuvre", "ecole-pilote", "pilote", "ecoles", "ordre", "accord", "deux", "entete", "ete"} <= expected
    assert "jusqu" not in expected and "x" not in expected

# -- on a tiny corpus with two agreements sharing clause numbers -----------------------------

# the same chapter, another delay, and a clause 10-1.05 instead of 10-1.03
OTHER = (CONVENTION.replace("Convention collective de test", "Accord de test")
         .replace("quarante (40) jours ouvrables", "cent vingt (120) jours")
         .replace("10-1.03 Le Collège répond par écrit dans les dix (10)", "10-1.05 La Commission répond dans les quinze (15)"))

OTHER_MANIFEST = """
[[document]]
key = "autre"
file = "autre.txt"
title = "Accord de test"
kind = "convention collective"
period = "2006"
amends = "Convention collective de la Commission de test"
aliases = ["Commission de test", "accord de test"]
"""


@pytest.fixture(scope="module")
def two(tmp_path_factory):
    from assistant import load_assistant
    from ingest.config import Settings
    from ingest.embeddings import FakeEmbedder
    from ingest.pipeline import ingest

    root = tmp_path_factory.mktemp("two")
    corpus = make_corpus(root / "corpus", OTHER_MANIFEST)
    (corpus / "autre.txt").write_text(OTHER, encoding="utf-8")
    data = root / "data"
    ingest(corpus, data, FakeEmbedder(), cache_path=data / "cache.sqlite")
    return load_assistant(Settings(corpus_dir=corpus, data_dir=data, embedder="fake"), build_index=False)


def test_another_employer_is_refused_before_a_computed_answer(two):
    answer = two.ask("Au CSS de Laval, j'ai combien de temps pour soumettre un grief ?")
    assert answer.abstained and not answer.citations and answer.kind == "refused" and "CSS de Laval" in answer.text


def test_missing_clause_is_refused_without_citation(two):
    answer = two.ask("Que prévoit la clause 42-7.77 ?")
    assert answer.abstained and not answer.citations
    assert answer.text.startswith("La clause 42-7.77 n'existe dans aucun des documents indexés.")


def test_missing_clause_in_an_existing_article_names_its_neighbours(two):
    answer = two.ask("Que dit la clause 10-1.99 ?")
    assert answer.abstained and not answer.citations
    assert "10-1.02" in answer.text and "10-1.03" in answer.text


def test_clause_only_in_the_other_agreement_when_one_is_ticked(two):
    answer = two.ask("Que dit la clause 10-1.05 ?", docs=["conv"])
    assert answer.abstained and not answer.citations
    assert "n'existe pas dans « Convention de test »" in answer.text and "Accord de test" in answer.text


def test_the_named_or_implied_agreement_leads(two):
    retriever = two.retriever
    assert retriever.preferred_documents("Que prévoit la nouvelle clause 10-1.02 ?") == ["autre"]
    assert retriever.preferred_documents("la clause 10-1.02 de l'accord de test") == ["autre"]
    assert retriever.preferred_documents("la clause 10-1.02", docs=["conv"]) == ["conv"]
    assert retriever.preferred_documents("la clause 10-1.02") == []
    answer = two.ask("Que prévoit la nouvelle clause 10-1.02 ?")
    assert answer.hits[0].chunk.doc == "autre" and answer.citations[0].doc == "autre"


def test_undecided_shared_clause_is_answered_per_agreement(two):
    answer = two.ask("Que prévoit la clause 10-1.02 ?")
    assert {h.chunk.doc for h in answer.hits[:2]} == {"conv", "autre"}
    assert {c.doc for c in answer.citations} == {"conv", "autre"}
    assert "Convention de test" in answer.text and "Accord de test" in answer.text
    assert "40" in answer.text and "120" in answer.text


def test_a_proper_name_one_agreement_uses_implies_it(two):
    retriever = two.retriever
    # "Collège" is written in lower case nowhere in the tiny corpus but it is used by both agreements
    assert retriever.implied_documents("J'enseigne au Collège") == set()
    assert retriever.implied_documents("Quelle est la clause 10-1.02 ?") == set()  # first word: not a name
    assert retriever.implied_documents("Je suis à la Commission. Que dit la clause 10-1.02 ?") == {"autre"}
    assert retriever.preferred_documents("Je suis à la Commission. Que dit la clause 10-1.02 ?") == ["autre"]


def test_a_follow_up_keeps_the_agreement_of_the_turn_it_follows(two):
    conversation = two.conversation()
    conversation.ask("Combien de jours pour soumettre un grief selon l'accord de test ?")
    answer = conversation.ask("Et pour l'arbitrage ?")
    assert "plusieurs documents" not in answer.text and "chacune" not in answer.text.split("\n")[0]


@pytest.mark.parametrize("question", [
    "Traduis cette phrase en anglais : le grief est déposé.",
    "Peux-tu me rédiger une lettre de grief ?",
    "Corrige mon courriel à la direction",
])
def test_writing_and_translation_tasks_are_refused_plainly(question, vocabulary):
    refusal = foreign_question(question, vocabulary)
    assert refusal is not None and refusal.reason == "nonsense"
    assert "ne traduis" in refusal.text and "citant leurs clauses" in refusal.text


def test_a_question_about_writing_is_not_a_writing_task(vocabulary):
    assert foreign_question("Le Collège doit-il écrire à l'Association avant un congédiement ?", vocabulary) is None
    assert foreign_question("Qui rédige le rapport d'évaluation ?", vocabulary) is None


def test_feminine_forms_of_masculine_nouns_are_known():
    known = Vocabulary(["technicien", "directeur", "conseiller"])
    params = ScopeParams()
    for word in ("technicienne", "techniciennes", "directrice", "conseillere"):
        assert known.knows(word, params), word
    assert not known.knows("gardienne", params)  # no « gardien » in these documents


def test_an_acronym_no_document_writes_is_refused(vocabulary):
    refusal = foreign_question("Les enseignants membres de la FAE ont-tu droit à plus de jours de maladie ?", vocabulary)
    assert refusal is not None and refusal.reason == "other_document" and "« FAE »" in refusal.text
    assert unknown_acronyms("Mon REER pis la FAE ?", vocabulary) == ("REER", "FAE")
    # an acronym the documents write, one assistant.colloquial maps, a roman numeral, a question in capitals
    named = Vocabulary.from_chunks([CHUNK], {"conv": {**DOCUMENTS["conv"], "aliases": ["AECB"]}})
    assert unknown_acronyms("L'AECB peut-elle soumettre un grief ?", named) == ()
    assert unknown_acronyms("La CNESST verse-tu le traitement ?", vocabulary) == ()
    assert unknown_acronyms("Que dit l'annexe XIV sur le grief ?", vocabulary) == ()
    assert unknown_acronyms("QUEL EST LE DÉLAI POUR UN GRIEF AU COLLÈGE ?", vocabulary) == ()


@pytest.mark.parametrize("question, person", [
    ("Ma collègue Lise Gagnon enseigne au Collège depuis quand, pis elle est rendue à quel échelon ?", "Lise Gagnon"),
    ("M. Tremblay, le directeur, enseigne depuis combien d'années ?", "Tremblay"),
    ("La directrice Julie Côté est-elle en congé de maternité ?", "Julie Côté"),
    # the asker's own situation, or a rule about the person: the agreements answer
    ("Ma directrice Mme Roy m'a donné un blâme, a-t-elle le droit ?", ""),
    ("Mon collègue Paul Roy peut-il prendre un congé sans traitement ?", ""),
    ("Le Collège Bourget verse-t-il le traitement pendant le congé de maternité ?", ""),
])
def test_a_question_about_a_named_person_is_refused(question, person, vocabulary):
    assert person_asked_about(question, vocabulary) == person
    refusal = foreign_question(question, vocabulary)
    assert (refusal is not None and f"« {person} »" in refusal.text) if person else refusal is None


def test_a_change_to_come_after_every_document_s_period_is_refused():
    dated = Vocabulary.from_chunks([CHUNK], {"conv": {**DOCUMENTS["conv"], "period": "2014-2019"}})
    assert dated.latest_year == 2019 and Vocabulary.from_chunks([CHUNK], DOCUMENTS).latest_year is None
    question = "De combien les salaires des enseignants du Collège vont-ils augmenter en 2028 ?"
    assert future_change(question, dated) == "2028"
    refusal = foreign_question(question, dated)
    assert refusal is not None and refusal.reason == "other_document" and "2019" in refusal.text
    assert future_change("La prochaine convention, en 2026, va-tu donner plus de congés ?", dated) == "2026"
    for answered in ("Les salaires vont-ils augmenter en 2018 ?",  # within the period
                     "Mon traitement va être de combien en 2027 ?",  # no change asked: the last scale answers
                     # a delay counted from a date to come, a right asked
                     "L'Association veut augmenter la cotisation à partir du 14 janvier 2027, au plus tard quand l'aviser ?",
                     "Les salaires vont augmenter en 2027, ai-je droit à un rappel ?"):
        assert future_change(answered, dated) == "", answered


def test_words_of_degree_never_name_a_topic(vocabulary):
    words = content_words("Il y a un gros manque de logements, une gang de profs, c'est tellement long", ScopeParams())
    assert "logements" in words and not {"gros", "gang", "tellement"} & set(words)


@pytest.mark.parametrize("question, named", [
    ("La Loi sur les normes du travail me donne-tu droit à deux semaines de vacances ?", "Loi sur les normes du travail"),
    ("Est-ce que la Charte de la langue française m'oblige à enseigner en français ?", "Charte de la langue française"),
    ("Le Code du travail s'applique-tu au Collège ?", "Code du travail"),
])
def test_a_law_named_anywhere_in_the_question_is_not_indexed(question, named):
    vocabulary = _titled_vocabulary()
    assert unindexed_document(question, vocabulary) == named
    assert foreign_question(question, vocabulary).reason == "other_document"


def test_a_code_that_is_no_name_is_not_a_law():
    assert unindexed_document("Y a-tu un code vestimentaire pour les enseignants ?", _titled_vocabulary()) == ""


def _passages(*texts: str) -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"conv:{i}", doc="conv", clause_id=f"6-10.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


RETIREMENT = _passages("Le régime de mise à la retraite progressive permet de réduire le temps travaillé pour une "
                       "période d'une (1) à cinq (5) années, sans être inférieur à quarante pour cent (40 %).",
                       "Le salarié éducateur fournit une attestation qu'il aura droit à une prestation de retraite.")


@pytest.mark.parametrize("question, value", [
    ("Au Collège, à partir de quel âge je peux demander la retraite progressive ?", "aucun âge"),
    ("Ma rente de retraite va être de combien par mois ?", "aucun montant par mois"),
    ("La retraite progressive me coûte combien en dollars ?", "aucun montant en dollars"),
])
def test_a_value_no_passage_states_is_refused(question, value, vocabulary):
    refusal = out_of_corpus(question, RETIREMENT, vocabulary)
    assert refusal is not None and refusal.reason == "absent_value" and value in refusal.text
    assert "6-10.01" in refusal.text  # the nearest passages are named


def test_a_value_a_passage_states_is_answered(vocabulary):
    # the percentage is there (40 %); an age stated anywhere among the best passages lets the question go on
    assert missing_value("En retraite progressive, je peux descendre à quel pourcentage de ma tâche ?", RETIREMENT) == ""
    aged = RETIREMENT + _passages("Un enfant âgé de moins de 18 ans est à charge.")
    assert missing_value("À quel âge je peux prendre ma retraite progressive ?", aged) == ""
    # only the best value_hits passages count; 0 turns the check off
    assert missing_value("À quel âge je peux prendre ma retraite progressive ?", aged, ScopeParams(value_hits=2))
    assert missing_value("À quel âge je peux prendre ma retraite ?", RETIREMENT, ScopeParams(value_hits=0)) == ""


@pytest.mark.parametrize("question", [
    "Combien de jours de congé pour un mariage ?",  # counts of days or hours are left to the answerer
    "Le taux horaire d'un enseignant à taux horaire, c'est combien ?",  # « taux » is no percentage
    "À quel âge je peux prendre ma retraite progressive, pis je dois faire ma demande quand ?",  # two questions
    "J'accumule combien de jours de vacances par mois ?",  # counts days: « par mois » asks no amount here
    "Le montant de ma rente est calculé comment ?",  # a method, not a value
])
def test_other_questions_are_not_checked_for_a_value(question):
    assert missing_value(question, RETIREMENT) == ""


REVISION = _passages("Dans les soixante (60) jours de la réception de l'attestation, l'enseignant peut soumettre une demande "
                     "de révision au comité de révision.", "La décision du comité est finale.",
                     "Le comité de relations du travail fournit sa décision dans les vingt-cinq (25) jours.",
                     "L'arbitre doit rendre sa sentence dans les 15 jours de la fin de l'audition.")


@pytest.mark.parametrize("question, body", [
    ("Le comité de révision a combien de temps pour rendre sa décision ?", "comité de révision"),
    ("J'ai fait une réclamation. La CNESST a combien de temps pour rendre sa décision ?", "CNESST"),
])
def test_a_delay_the_passages_give_no_one_named_is_refused(question, body, vocabulary):
    # the teacher's 60 days and another committee's 25 days are not the delay asked
    assert missing_body_delay(question, REVISION) == body
    refusal = out_of_corpus(question, REVISION, vocabulary)
    assert refusal is not None and refusal.reason == "absent_value" and f"« {body} »" in refusal.text


@pytest.mark.parametrize("question", [
    "Le médiateur-arbitre a combien de temps pour rendre sa sentence ?",  # a compound by any of its parts
    "Ils ont combien de temps pour me rembourser ?",  # no body named
    "J'ai combien de temps pour demander une révision ?",
])
def test_a_delay_a_passage_gives_or_no_body_asked_goes_on(question):
    assert missing_body_delay(question, REVISION) == ""


def test_vocabulary_knows_a_verb_in_another_tense_by_its_stem():
    """« donnait » is « donner » in the imparfait (fresh DEV Q907 was refused on it); the stem must be written."""
    text = "1-1.01 Le Ministère peut donner des ressources."
    chunk = Chunk(chunk_id="conv:2", doc="conv", clause_id="1-1.01", kind="clause", text=text, indexed_text=text)
    vocabulary = Vocabulary.from_chunks([chunk], DOCUMENTS)
    params = ScopeParams()
    assert vocabulary.knows("donnait", params) and vocabulary.knows("donnerait", params)
    assert vocabulary.knows("donnions", params)
    assert not vocabulary.knows("telechargeait", params) and not vocabulary.knows("jouait", params)


def test_a_named_clause_that_exists_is_answered_but_a_tax_it_never_states_is_refused(two):
    # DEV Q1200: naming a clause that exists skipped every scope check, so a tax asked of it was answered from it
    answer = two.ask("La clause 10-1.03, la réponse du Collège, je paie-tu de l'impôt là-dessus ?", docs=["conv"])
    assert answer.abstained and answer.kind == "refused" and not answer.citations and "impôt" in answer.text
    answer = two.ask("Que dit la clause 10-1.03 ?", docs=["conv"])
    assert not answer.abstained and answer.citations[0].clause == "10-1.03"
