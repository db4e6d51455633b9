"""Every French text the page shows: title, introduction, examples and messages.

Messages never carry a traceback or an English error: a question the assistant cannot
take gets its French explanation (from the assistant), anything else
:data:`GENERIC_ERROR`, with the details in the server log.
"""

TITLE = "Assistant des conventions collectives"
INTRO = (
    "Posez votre question en français : l'assistant répond en citant mot pour mot les clauses "
    "de votre convention ou entente. Vérifiez chaque réponse d'un clic dans le texte de la clause."
)
EXAMPLES = (
    "J'ai combien de temps pour déposer un grief ?",
    "Les jours de maladie que je n'ai pas pris, est-ce qu'ils me sont payés ?",
    "Que dit la clause 5-3.01 ?",
    "Qu'est-ce qui remplace la clause 5-2.01 dans l'entente des Cris ?",
)
GENERIC_ERROR = "Une erreur est survenue; réessayez ou reformulez la question."
UNSUPPORTED = "Non appuyée par les passages"
NO_ANSWER_YET = "Posez une question : les clauses citées dans la réponse s'afficheront ici, en entier."
NO_VERIFICATION_YET = "Posez une question : chaque phrase de la réponse sera mise en regard du passage qui l'appuie."
ASK_FIRST = "Posez d'abord une question : votre avis porte sur la dernière réponse."
CLAUSE_PLACEHOLDER = "Le texte complet de la clause s'affichera ici."
BROWSE_PLACEHOLDER = "Cliquez une ligne du plan pour lire la clause."
NO_CLAUSE_CITED = "Aucune clause citée : l'assistant n'a pas trouvé la réponse dans les documents."
#: After a plain "no" (``Answer.kind == REFUSED``): the numbers asked exist nowhere (``{ids}``), or the
#: documents do not treat what is asked; the answer did answer, so "not found" would contradict it.
MISSING_ID_CITED = ("Aucune clause citée : {ids} {exist} dans aucun des documents indexés, comme le dit "
                    "la réponse.")
REFUSED_CITED = ("Aucune clause citée : la réponse dit que les documents consultés ne contiennent pas "
                 "ce qui est demandé.")
REFUSED_TO_VERIFY = "La réponse est un « non » qui ne cite aucun passage : aucune phrase à vérifier."
#: Above a table clause's text in « Clauses citées »: the row(s) an amount was read from.
TABLE_ROW_READ = "Ligne lue par la réponse (la cellule surlignée) :"
#: In the verification view, beside a sentence read from a table row shown under it.
TABLE_ROW_BELOW = "La ligne du tableau, ci-dessous, sous ses en-têtes de colonnes (la cellule lue surlignée)."
NOTHING_TO_VERIFY = "L'assistant n'a pas répondu (information introuvable) : aucune phrase à vérifier."
NO_PASSAGE_CITED = "Cette réponse ne cite aucun passage."
CLAUSE_GONE = "Cette clause n'est plus dans l'index."
CHOOSE_DOCUMENT = "Choisissez un document."
EMPTY_DOCUMENT = "Ce document ne contient aucune clause."
REPHRASE_HINT = "*Reformulez la question, ou cochez un autre document au-dessus de la conversation.*"
SCOPE_NOTICE = ("*Les prochaines réponses viendront de {scope}. Les réponses précédentes restent ci-dessus; "
                "« Nouvelle conversation » pour repartir de zéro.*")
#: ``Answer.kind`` of a plain "no" (no closest passages offered, no hint to rephrase).
REFUSED = "refused"
SHORT_ANSWER = "**En bref**"  # the answerer's own headings (assistant/types.py, Answer.short)
SUPPORTING_TEXT = "**Texte à l'appui**"
CHAT_PLACEHOLDER = ("**Posez votre question ci-dessous**, ou choisissez un exemple. Chaque clause citée "
                    "s'ouvre d'un clic, en entier, à droite.")
FEEDBACK_FAILED = "Votre avis n'a pas pu être enregistré; réessayez."
EXPORT_FAILED = "L'exportation a échoué; réessayez."
NOTHING_TO_EXPORT = "Aucun avis enregistré pour le moment."
STAFF_ONLY = "L'exportation des avis est réservée à l'équipe syndicale; elle n'est pas activée sur ce serveur."
WRONG_STAFF_PASSWORD = "Mot de passe de l'équipe syndicale incorrect."
