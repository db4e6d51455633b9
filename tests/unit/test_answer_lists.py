"""The extractive short answer quotes a list with its introduction: a sentence that introduces a
list (« … le salarié éducateur choisit : ») brings the list's items, down to the next item of its
own level (AnswerParams.list_items)."""

from __future__ import annotations

from assistant.answer import ExtractiveAnswerer, list_items
from assistant.types import Hit
from ingest.types import Chunk

INVALIDITE = (
    "6-6.21 Invalidité\n\n"
    "En cas d'invalidité du salarié éducateur pendant la durée du contrat, les dispositions suivantes s'appliquent :\n\n"
    "- a) Si l'invalidité survient pendant la période de contribution et se termine avant la fin de la période "
    "de contribution, le salarié éducateur choisit :\n"
    " 1. soit de continuer sa participation au contrat ;\n"
    " 2. soit de mettre fin au contrat.\n"
    "- b) Si l'invalidité a commencé pendant la période de contribution et subsiste à la date de début de la "
    "période de congé, le salarié éducateur choisit :\n"
    " 1. soit de prendre le congé à la date prévue pour le congé ;\n"
    " 2. soit de reporter le début du congé au début de l'année scolaire suivante ;\n"
    " 3. soit de mettre fin au contrat et de recevoir les montants accumulés.\n"
    "- c) Si l'invalidité survient au cours de la période de congé, elle est présumée ne pas avoir cours.\n\n"
    "Le Collège remet au salarié éducateur un relevé des montants accumulés à la fin du contrat."
)
STATIONNEMENT = "9-9.01 Le stationnement du Collège est gratuit avec une vignette remise en septembre."
QUESTION = ("L'invalidité a commencé pendant la période de contribution et subsiste à la date de début "
            "du congé : le salarié choisit quoi ?")


def chunk(text: str, clause_id: str, ordinal: int) -> Chunk:
    return Chunk(chunk_id=f"t:{ordinal:05d}:1", doc="t", clause_id=clause_id, kind="clause", text=text,
                 indexed_text=text, doc_title="Convention de test", article=clause_id[:4] + "00", ordinal=ordinal)


CHUNKS = [chunk(INVALIDITE, "6-6.21", 1), chunk(STATIONNEMENT, "9-9.01", 2)]


def ask(**values):
    answerer = ExtractiveAnswerer.from_chunks(CHUNKS, **values)
    return answerer.answer(QUESTION, [Hit(CHUNKS[0], score=1.0, why=("bm25",)), Hit(CHUNKS[1], score=0.5, why=("bm25",))])


def test_a_sentence_introducing_a_list_brings_its_items_down_to_its_next_sibling():
    short = ask().short.replace("**", "")
    assert "subsiste à la date de début de la période de congé, le salarié éducateur choisit :" in short
    for item in ("soit de prendre le congé à la date prévue pour le congé",
                 "soit de reporter le début du congé au début de l'année scolaire suivante",
                 "soit de mettre fin au contrat et de recevoir les montants accumulés"):
        assert item in short
    assert "présumée ne pas avoir cours" not in short  # c) is the next item of b)'s own level
    assert "relevé des montants" not in short


def test_without_the_rule_the_introduction_stands_alone():
    short = ask(list_items=0).short.replace("**", "")
    assert "subsiste à la date de début de la période de congé, le salarié éducateur choisit :" in short
    assert "soit de reporter le début du congé" not in short


def test_the_items_are_one_verbatim_quote_with_their_introduction():
    answer = ask()
    quotes = [c.quote for c in answer.citations if "choisit :" in c.quote and "soit de reporter" in c.quote]
    assert quotes and all(q in INVALIDITE for q in quotes)


def test_the_number_of_items_is_capped_and_a_sentence_without_colon_brings_none():
    answerer = ExtractiveAnswerer.from_chunks(CHUNKS)
    scored = [s for s in answerer.score_sentences(QUESTION, [Hit(CHUNKS[0], score=1.0, why=("bm25",))])
              if s.clause == ("t", "6-6.21")]
    intro = next(s for s in scored if s.text.startswith("- b) Si l'invalidité"))
    assert [s.text.strip()[:2] for s in list_items(intro, scored, 8, 1100)] == ["1.", "2.", "3."]
    assert len(list_items(intro, scored, 2, 1100)) == 2
    plain = next(s for s in scored if s.text.startswith("Le Collège remet"))
    assert list_items(plain, scored, 8, 1100) == []


# -- a question asking two things ------------------------------------------------------------------

LIBERATION = (
    "3-6.06 A) Tout délégué syndical obtient une autorisation de s'absenter pour remplir une mission syndicale. "
    "À moins de circonstances incontrôlables, cette autorisation est sujette à un préavis téléphonique soumis "
    "à la direction d'école dans un délai de 48 heures.\n\n"
    "B) Le nombre de jours d'absence autorisés est de :\n"
    "- 1) 60 jours pour la présidente ou le président du Syndicat;\n"
    "- 2) 30 jours pour chaque membre élu du conseil d'administration;\n"
    "- 3) 23 jours pour chacun des autres délégués syndicaux.\n\n"
    "C) Le Syndicat rembourse à la Commission le traitement de la personne libérée dans les 30 jours de la facture."
)
TWO_THINGS = "Comme délégué syndical, j'ai droit à combien de jours de libération, pis je dois prévenir comment ?"


def test_a_question_is_split_into_the_things_it_asks():
    from assistant.questions import question_parts

    assert question_parts(TWO_THINGS) == ("Comme délégué syndical, j'ai droit à combien de jours de libération",
                                          "je dois prévenir comment")
    assert question_parts("Mon congé achève. Je dois les avertir quand ?") == (
        "Mon congé achève. Je dois les avertir quand ?",)  # one thing asked: the context is no part
    assert len(question_parts("Je dois aviser quand, pis qu'est-ce qui arrive si je reviens pas ?")) == 2


def test_the_second_thing_asked_is_quoted_in_the_short_answer():
    chunks = [chunk(LIBERATION, "3-6.06", 1), chunk(STATIONNEMENT, "9-9.01", 2)]
    hits = [Hit(chunks[0], score=1.0, why=("bm25",)), Hit(chunks[1], score=0.5, why=("bm25",))]
    short = ExtractiveAnswerer.from_chunks(chunks).answer(TWO_THINGS, hits).short.replace("**", "")
    assert "23 jours pour chacun des autres délégués syndicaux" in short
    assert "préavis téléphonique soumis à la direction d'école dans un délai de 48 heures" in short
    alone = ExtractiveAnswerer.from_chunks(chunks, part_ratio=None).answer(TWO_THINGS, hits).short
    assert "48 heures" not in alone


def test_the_emphasis_of_a_number_stops_at_its_sentence_end():
    from assistant.answer import emphasise

    text = ("Il a droit à un congé sans traitement d'une durée maximale de trois (3) ans. Pendant ce congé, "
            "il continue d'accumuler son ancienneté.")
    assert emphasise(text) == ("**Il a droit à un congé sans traitement d'une durée maximale de trois (3) ans**. "
                               "Pendant ce congé, il continue d'accumuler son ancienneté.")
    assert emphasise(text).replace("**", "") == text


# -- the exception, condition or limit that follows -------------------------------------------------

PRIME = (
    "5-3.13 L'enseignante qui refuse son affectation est présumée avoir démissionné. Cependant, si elle est "
    "permanente, elle bénéficie d'une prime de séparation équivalente à 2 mois de traitement par année de "
    "service. Celle-ci est limitée à un maximum équivalent à une demi-année.\n\n"
    "Le Syndicat reçoit copie de l'avis de démission dans les 10 jours."
)


def test_the_limit_that_follows_a_number_joins_the_short_answer():
    chunks = [chunk(PRIME, "5-3.13", 1), chunk(STATIONNEMENT, "9-9.01", 2)]
    hits = [Hit(chunks[0], score=1.0, why=("bm25",)), Hit(chunks[1], score=0.5, why=("bm25",))]
    question = "Si je refuse mon affectation, ai-je droit à une prime de séparation ?"
    short = ExtractiveAnswerer.from_chunks(chunks).answer(question, hits).short.replace("**", "")
    assert "prime de séparation équivalente à 2 mois de traitement" in short
    assert "Celle-ci est limitée à un maximum équivalent à une demi-année." in short
    assert "copie de l'avis" not in short  # another paragraph
    alone = ExtractiveAnswerer.from_chunks(chunks, qualifier_follows=False).answer(question, hits).short
    assert "demi-année" not in alone


# -- a second clause holding little of the question -------------------------------------------------

DECES = ("6-1.02 En cas de décès de son père ou de sa mère, le salarié éducateur a droit à un congé de cinq (5) "
         "jours consécutifs ouvrables ou non.")
TRAITEMENT = "6-1.04 Le salarié éducateur reçoit le traitement qu'il recevrait s'il était au travail."


def test_a_second_clause_holding_little_of_the_question_and_scoring_below_the_lead_is_left_out():
    chunks = [chunk(DECES, "6-1.02", 1), chunk(TRAITEMENT, "6-1.04", 2), chunk(STATIONNEMENT, "9-9.01", 3)]
    hits = [Hit(chunks[0], score=1.0, why=("bm25",)), Hit(chunks[1], score=0.9, why=("bm25",))]
    question = "Pour le décès de mon père, est-ce que j'ai droit à un congé ?"
    answerer = ExtractiveAnswerer.from_chunks(chunks)
    scored = answerer.score_sentences(question, hits)
    lead, thin = ("t", "6-1.02"), ("t", "6-1.04")
    assert answerer.drop_thin(question, scored, [lead, thin]) == [lead]
    assert answerer.drop_thin(question, scored, [thin, lead]) == [thin, lead]  # it scores above its lead: kept
    off = ExtractiveAnswerer.from_chunks(chunks, second_min_words=0)
    assert off.drop_thin(question, scored, [lead, thin]) == [lead, thin]


ANNEX_FIRST = ("Annexe Q Annexe relative au régime d'assurance-emploi\n\n"
               "CONSIDÉRANT le nouveau régime d'assurance emploi qui prévoit l'admissibilité à des prestations à partir "
               "du nombre d'heures travaillées ;\n\nLes parties conviennent :")
ANNEX_SECOND = ("- Un enseignant à temps complet est réputé travailler 40 heures semaines.\n"
                "- Chaque heure de tâche de la charge éducative est multipliée par le facteur 2.\n\n"
                "Les parties conviennent également de se rencontrer pour revoir l'entente.")


def test_a_list_introduced_at_the_end_of_a_stored_part_is_found_in_the_clauses_next_part():
    first = Chunk(chunk_id="t:00627:1", doc="t", clause_id="Annexe Q", kind="annex", text=ANNEX_FIRST,
                  indexed_text=ANNEX_FIRST, doc_title="Convention de test", ordinal=627, part=1)
    second = Chunk(chunk_id="t:00627:2", doc="t", clause_id="Annexe Q", kind="annex", text=ANNEX_SECOND,
                   indexed_text=ANNEX_SECOND, doc_title="Convention de test", ordinal=627, part=2)
    answerer = ExtractiveAnswerer.from_chunks([first, second])
    asked = "Dans cette annexe, qu'est-ce que les parties conviennent ?"
    short = answerer.answer(asked, [Hit(first, score=1.0, why=("bm25",)), Hit(second, score=0.6, why=("bm25",))])
    text = short.short.replace("**", "")
    assert "Les parties conviennent :" in text
    assert "multipliée par le facteur 2" in text and "40 heures semaines" in text
    assert "se rencontrer pour revoir" not in text  # a line without a label ends the list


CONTACTS = ("Nous joindre\n\nVoici les coordonnées à utiliser pour poser vos questions concernant les mesures.\n\n"
            "Questions liées aux aspects financiers des mesures :\n\n"
            "Direction générale des politiques budgétaires et du financement des réseaux\n\n"
            "Courriel : financement@education.gouv.qc.ca\n\n"
            "Questions liées à la mise en œuvre des mesures :\n\n"
            "Direction de la valorisation et des politiques de formation du personnel scolaire\n\n"
            "Courriel : valorisation@education.gouv.qc.ca")


def test_a_sentence_ending_on_a_colon_without_a_labelled_list_brings_what_it_announces():
    section = Chunk(chunk_id="t:00900:1", doc="t", clause_id="Nous joindre", kind="section", text=CONTACTS,
                    indexed_text=CONTACTS, doc_title="Guide de test", ordinal=900)
    asked = "Pour une question sur les aspects financiers des mesures, j'écris à qui ?"
    hits = [Hit(section, score=1.0, why=("bm25",))]
    short = ExtractiveAnswerer.from_chunks([section]).answer(asked, hits).short.replace("**", "")
    assert "Questions liées aux aspects financiers des mesures :" in short
    assert "Direction générale des politiques budgétaires" in short and "financement@education.gouv.qc.ca" in short
    off = ExtractiveAnswerer.from_chunks([section], colon_follows=0).answer(asked, hits).short
    assert "financement@education.gouv.qc.ca" not in off
