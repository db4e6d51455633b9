"""A short follow-up giving only a new date after a computed deadline asks the earlier question from that date."""

from assistant.chat import redated_question
from assistant.deadline_answers import _question_dates
from assistant.types import Answer

GRIEVANCE = ("Au Collège, j'ai appris le lundi 8 février 2027 qu'on m'avait pas payé mes périodes de suppléance. "
             "L'Association a jusqu'à quand pour soumettre le grief ?")
OFFER = ("Chez les Cris, chu en disponibilité pis j'ai reçu le lundi 3 mai 2027 une offre écrite de contrat à temps "
         "plein de la Commission. J'ai jusqu'à quand pour l'accepter ?")


def _asked(question, history, named=None):
    again = redated_question(question, history, _event, named)
    return again.question if again is not None else None


def _event(question: str):
    return _question_dates(question)[0]


def _turn(question: str, kind: str = "deadline") -> Answer:
    return Answer(question=question, text="", kind=kind)


def test_a_new_date_with_its_year_replaces_the_event_date():
    asked = _asked("Pis si j'ai su ça le 3 mars 2027 ?", [_turn(GRIEVANCE)])
    assert asked == GRIEVANCE.replace("lundi 8 février 2027", "mercredi 3 mars 2027")


def test_a_day_without_its_year_takes_the_year_nearest_the_event():
    asked = _asked("Et si c'était le 12 juin ?", [_turn(OFFER)])
    assert asked == OFFER.replace("lundi 3 mai 2027", "samedi 12 juin 2027")


def test_words_the_earlier_question_has_are_no_new_question():
    question = ("Au Collège, j'ai reçu le vendredi 12 février 2027 l'attestation officielle de ma scolarité pis je suis "
                "pas d'accord. Jusqu'à quand je peux demander une révision au comité ?")
    asked = _asked("Ok, pis pour une attestation reçue le lundi 17 mai 2027 ?", [_turn(question)])
    assert asked == question.replace("vendredi 12 février 2027", "lundi 17 mai 2027")


def test_today_said_stays_and_the_event_date_changes():
    question = ("On est le 12 octobre 2027. Le mercredi 6 octobre, j'ai appris que le Collège avait pas respecté la "
                "convention. L'Association a jusqu'à quand pour lui soumettre le grief ?")
    asked = _asked("Et si je l'avais appris le 1er octobre ?", [_turn(question)])
    assert asked is not None and asked.startswith("On est le 12 octobre 2027. Le vendredi 1er octobre 2027, j'ai appris")


def test_a_chain_of_new_dates_redates_the_first_question():
    history = [_turn(GRIEVANCE), _turn("Pis si j'ai su ça le 3 mars 2027 ?")]
    again = redated_question("Pis le 5 avril 2027 ?", history, _event)
    assert again is not None and again.question == GRIEVANCE.replace("lundi 8 février 2027", "lundi 5 avril 2027")
    assert again.turn is history[0]  # the first turn's passages, its clause


def test_other_follow_ups_are_left_as_they_were():
    assert _asked("Pis si j'ai su ça le 3 mars 2027 ?", [_turn(GRIEVANCE, kind="quoted")]) is None
    assert _asked("Et pour le Collège ?", [_turn(OFFER)]) is None  # no date
    assert _asked("Et du 3 mars au 5 avril 2027 ?", [_turn(GRIEVANCE)]) is None  # two dates
    assert _asked("Pis si j'ai su ça le 3 mars 2027 ?", []) is None
    # a question of its own, with many words the earlier one lacks
    assert _asked("Pis pour la prime de disparités régionales versée à mon conjoint le 3 mars 2027 ?",
                  [_turn(GRIEVANCE)]) is None
    # an undated earlier question
    assert _asked("Et si c'était le 12 juin ?",
                  [_turn("Au Collège, le calendrier scolaire doit être remis au plus tard quand ?")]) is None


def test_a_follow_up_naming_another_agreement_is_not_redated():
    def named(text: str):
        return [key for key, name in (("bourget", "Collège"), ("cris", "Cris")) if name in text]

    assert _asked("Pis au Collège, si c'était le 12 juin ?", [_turn(OFFER)], named) is None
    assert _asked("Pis chez les Cris, si c'était le 12 juin ?", [_turn(OFFER)], named) is not None


def test_a_thing_the_earlier_question_does_not_name_is_another_question():
    # a determiner and a word of its own: another delay asked, not the grievance's from another date
    assert _asked("Pis pour un congé de maternité qui commence le 3 mars 2027 ?", [_turn(GRIEVANCE)]) is None
    assert _asked("Et pour une mesure disciplinaire reçue le 3 mars 2027 ?", [_turn(GRIEVANCE)]) is None
    # a pronoun « l' » and a weekday after « le » name nothing new
    assert _asked("Pis si je l'avais su juste le lundi 1er mars 2027 ?", [_turn(GRIEVANCE)]) is not None
    assert _asked("Pis pour le grief, si je l'ai su le 3 mars 2027 ?", [_turn(GRIEVANCE)]) is not None
