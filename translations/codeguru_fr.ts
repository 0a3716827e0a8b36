<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CodeGuru::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep stored key</source>
        <translation>Garder la clé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Paste the new API key</source>
        <translation>Collez la nouvelle clé d’API</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Collez la clé d’API</translation>
    </message>
    <message>
        <source>Optional: this provider usually needs no key</source>
        <translation>Facultatif&#xa0;: ce fournisseur n’a en général pas besoin de clé</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <source>The stored key will be removed when you apply.</source>
        <translation>La clé enregistrée sera supprimée lorsque vous appliquerez.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you apply.</source>
        <translation>La nouvelle clé remplacera l’ancienne lorsque vous appliquerez.</translation>
    </message>
    <message>
        <source>The key will be stored in the system keyring when you apply.</source>
        <translation>La clé sera enregistrée dans le trousseau du système lorsque vous appliquerez.</translation>
    </message>
    <message>
        <source>•••• stored in the system keyring</source>
        <translation>•••• enregistrée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring, never in the settings file.</source>
        <translation>Les clés sont conservées dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Supprimer la clé enregistrée</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AppearancePage</name>
    <message>
        <source>&amp;Keep CodeGuru running in the system tray when the window is closed</source>
        <translation>&amp;Garder CodeGuru actif dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System default (%1 pt)</source>
        <translation>Taille du système (%1 pt)</translation>
    </message>
    <message>
        <source>How do I read a file line by line in Python?
Use a with block: for line in open(path): print(line)</source>
        <translation>Comment lire un fichier ligne par ligne en Python&#xa0;?
Utilisez un bloc with&#xa0;: for line in open(path): print(line)</translation>
    </message>
    <message>
        <source>Chat &amp;text size:</source>
        <translation>&amp;Taille du texte du chat&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits.</source>
        <translation>Ce bureau n’affiche pas de zone de notification&#xa0;: fermer la fenêtre quitte CodeGuru.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The new language is used the next time CodeGuru starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de CodeGuru.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AutostartEntry</name>
    <message>
        <source>Starting CodeGuru when you log in is only possible on desktops with XDG autostart (Linux and BSD).</source>
        <translation>Le lancement de CodeGuru à l’ouverture de session n’est possible que sur les bureaux prenant en charge le démarrage automatique XDG (Linux et BSD).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: there is no configuration folder.</source>
        <translation>CodeGuru ne peut pas démarrer à l’ouverture de session&#xa0;: il n’y a pas de dossier de configuration.</translation>
    </message>
    <message>
        <source>CodeGuru will still start when you log in: %1 could not be deleted (%2).</source>
        <translation>CodeGuru démarrera encore à l’ouverture de session&#xa0;: %1 n’a pas pu être supprimé (%2).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 should be the autostart folder, but it is a file.</source>
        <translation>CodeGuru ne peut pas démarrer à l’ouverture de session&#xa0;: %1 devrait être le dossier de démarrage automatique, mais c’est un fichier.</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 could not be created.</source>
        <translation>CodeGuru ne peut pas démarrer à l’ouverture de session&#xa0;: le dossier de démarrage automatique %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 is not writable (%2).</source>
        <translation>CodeGuru ne peut pas démarrer à l’ouverture de session&#xa0;: le dossier de démarrage automatique %1 n’est pas accessible en écriture (%2).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 could not be written (%2).</source>
        <translation>CodeGuru ne peut pas démarrer à l’ouverture de session&#xa0;: %1 n’a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <source>Starts CodeGuru in the background, so its Quick Ask shortcut works</source>
        <translation>Lance CodeGuru en arrière-plan pour que son raccourci Quick Ask fonctionne</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 is a folder where its autostart entry should be.</source>
        <translation>CodeGuru ne peut pas démarrer à l’ouverture de session&#xa0;: %1 est un dossier, là où devrait se trouver son entrée de démarrage automatique.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatListView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>Copier l’adresse du &amp;lien</translation>
    </message>
    <message>
        <source>Copy C&amp;ode</source>
        <translation>Copier le c&amp;ode</translation>
    </message>
    <message>
        <source>Copy Message as &amp;Markdown</source>
        <translation>Copier le message en &amp;Markdown</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatView</name>
    <message>
        <source>Jump to latest</source>
        <translation>Aller au plus récent</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the answer again</source>
        <translation>Faire défiler jusqu’au message le plus récent et suivre à nouveau la réponse</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Right and Left go from one Copy button, link or notice button to the next; Enter presses it.</source>
        <translation>Les flèches droite et gauche passent d’un bouton Copier, d’un lien ou d’un bouton d’avertissement au suivant&#xa0;; Enter l’active.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSet</name>
    <message>
        <source>The classifier file is not valid JSON (%1).</source>
        <translation>Le fichier des classifieurs n’est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>The classifier file needs a &quot;classifiers&quot; array.</source>
        <translation>Le fichier des classifieurs doit contenir un tableau &quot;classifiers&quot;.</translation>
    </message>
    <message>
        <source>The classifier file has %1 classifiers; at most %2 are supported.</source>
        <translation>Le fichier des classifieurs contient %1 classifieurs&#xa0;; %2 au maximum sont pris en charge.</translation>
    </message>
    <message>
        <source>Classifier %1 needs an &quot;id&quot;, a &quot;question&quot; and a &quot;context&quot;.</source>
        <translation>Le classifieur %1 doit avoir un &quot;id&quot;, une &quot;question&quot; et un &quot;context&quot;.</translation>
    </message>
    <message>
        <source>The classifier id “%1” is used twice.</source>
        <translation>L’identifiant de classifieur «&#xa0;%1&#xa0;» est utilisé deux fois.</translation>
    </message>
    <message>
        <source>The classifier file “%1” could not be read: %2.</source>
        <translation>Le fichier des classifieurs «&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSetWriter</name>
    <message>
        <source>The classifiers could not be saved to “%1”: %2.</source>
        <translation>Les classifieurs n’ont pas pu être enregistrés dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierTableModel</name>
    <message>
        <source>Asked before every question</source>
        <translation>Posée avant chaque question</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non posée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The decision when the classifier does not answer before the deadline</source>
        <translation>La décision si le classifieur ne répond pas avant le délai</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Attaches</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AnswerPrinter</name>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The provider is busy (%1); retrying in %2 s (attempt %3)…</source>
        <translation>Le fournisseur est occupé (%1)&#xa0;; nouvel essai dans %2 s (tentative %3)…</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit (finish_reason “length”).</source>
        <translation>La réponse a été tronquée, car le modèle a atteint sa limite de sortie (finish_reason «&#xa0;length&#xa0;»).</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>Le modèle a renvoyé une réponse vide.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>La réponse ci-dessus est incomplète. %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AskCommand</name>
    <message>
        <source>Ask one question and stream the answer to stdout. Text piped on stdin is attached as context.</source>
        <translation>Pose une question et diffuse la réponse sur stdout. Le texte envoyé par un tube sur stdin est joint comme contexte.</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>La question.</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>Utiliser ce prompt système au lieu de la persona de programmeur.</translation>
    </message>
    <message>
        <source>Wait for the whole answer, then print it.</source>
        <translation>Attendre la réponse complète, puis l’afficher.</translation>
    </message>
    <message>
        <source>Attach a file as context (repeatable).</source>
        <translation>Joindre un fichier comme contexte (répétable).</translation>
    </message>
    <message>
        <source>Do not save the question and answer in the history (“codeguru-cli history”).</source>
        <translation>Ne pas enregistrer la question et la réponse dans l’historique («&#xa0;codeguru-cli history&#xa0;»).</translation>
    </message>
    <message>
        <source>Ask in saved conversation ID: its earlier questions and answers are sent too, and this exchange is added to it.</source>
        <translation>Poser la question dans la conversation enregistrée ID&#xa0;: ses questions et réponses précédentes sont aussi envoyées, et cet échange y est ajouté.</translation>
    </message>
    <message>
        <source>Say on stderr which conversation the exchange was saved in.</source>
        <translation>Indiquer sur stderr dans quelle conversation l’échange a été enregistré.</translation>
    </message>
    <message>
        <source>ask needs a question, e.g. codeguru-cli ask &quot;why does this segfault?&quot;</source>
        <translation>ask a besoin d’une question, par ex. codeguru-cli ask &quot;pourquoi ce segfault ?&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID de conversation&#xa0;; les ID sont les numéros qu’affiche «&#xa0;codeguru-cli history list&#xa0;».</translation>
    </message>
    <message>
        <source>The piped input is long; only its beginning and end were attached.</source>
        <translation>L’entrée reçue par le tube est longue&#xa0;; seuls son début et sa fin ont été joints.</translation>
    </message>
    <message>
        <source>Left out of %1: %2.</source>
        <translation>Laissés de côté dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is large; only the first %2 files were attached.</source>
        <translation>%1 est volumineux&#xa0;; seuls les %2 premiers fichiers ont été joints.</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>«&#xa0;%1&#xa0;» est long&#xa0;; seuls son début et sa fin ont été joints.</translation>
    </message>
    <message>
        <source>Using %1 at %2 (%3).</source>
        <translation>Utilisation de %1 sur %2 (%3).</translation>
    </message>
    <message>
        <source>To send them unredacted for this question, repeat it with --redact-secrets never.</source>
        <translation>Pour les envoyer sans masquage pour cette question, reposez-la avec --redact-secrets never.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Saved in conversation %1; continue it with “codeguru-cli ask --continue %1 …”.</source>
        <translation>Enregistré dans la conversation %1&#xa0;; poursuivez-la avec «&#xa0;codeguru-cli ask --continue %1 …&#xa0;».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Give either a question or --audio, not both.</source>
        <translation>Donnez soit une question, soit --audio, pas les deux.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AudioQuestion</name>
    <message>
        <source>Transcribe this recording (WAV, MP3, M4A, OGG, FLAC or WebM; “-” reads stdin) and ask what it says.</source>
        <translation>Transcrire cet enregistrement (WAV, MP3, M4A, OGG, FLAC ou WebM ; « - » lit l’entrée standard) et demander ce qu’il dit.</translation>
    </message>
    <message>
        <source>Speech-to-text model (default: the settings, else the provider’s usual one, e.g. whisper-1).</source>
        <translation>Modèle de reconnaissance vocale (par défaut : les réglages, sinon celui du fournisseur, par ex. whisper-1).</translation>
    </message>
    <message>
        <source>Provider profile that transcribes --audio (default: the settings, else the provider that answers).</source>
        <translation>Profil de fournisseur qui transcrit --audio (par défaut : les réglages, sinon le fournisseur qui répond).</translation>
    </message>
    <message>
        <source>--audio - found no recording on stdin.</source>
        <translation>--audio - n’a trouvé aucun enregistrement sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The recording on stdin is larger than %1 MB, the most speech-to-text providers accept; record a shorter question or compress it (e.g. to MP3).</source>
        <translation>L’enregistrement reçu sur l’entrée standard dépasse %1 Mo, le maximum accepté par les fournisseurs de reconnaissance vocale ; enregistrez une question plus courte ou compressez-la (par ex. en MP3).</translation>
    </message>
    <message>
        <source>The recording “%1” does not exist.</source>
        <translation>L’enregistrement « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a recording.</source>
        <translation>« %1 » est un dossier, pas un enregistrement.</translation>
    </message>
    <message>
        <source>The recording “%1” is %2 MB; speech-to-text providers accept at most %3 MB. Record a shorter question or compress it (e.g. to MP3).</source>
        <translation>L’enregistrement « %1 » fait %2 Mo ; les fournisseurs de reconnaissance vocale acceptent au plus %3 Mo. Enregistrez une question plus courte ou compressez-la (par ex. en MP3).</translation>
    </message>
    <message>
        <source>The recording “%1” could not be read: %2.</source>
        <translation>L’enregistrement « %1 » n’a pas pu être lu : %2.</translation>
    </message>
    <message>
        <source>The recording “%1” is empty.</source>
        <translation>L’enregistrement « %1 » est vide.</translation>
    </message>
    <message>
        <source>the provider that answers</source>
        <translation>le fournisseur qui répond</translation>
    </message>
    <message>
        <source>Transcribing with %1 at %2 (%3).</source>
        <translation>Transcription avec %1 sur %2 (%3).</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Entendu : %1</translation>
    </message>
    <message>
        <source>The recording could not be transcribed. %1</source>
        <translation>L’enregistrement n’a pas pu être transcrit. %1</translation>
    </message>
    <message>
        <source>The recording is unchanged at %1.</source>
        <translation>L’enregistrement est intact : %1.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ChatCommand</name>
    <message>
        <source>Chat with the assistant; it remembers the conversation. Type /help for commands, Ctrl+D to leave.</source>
        <translation>Discuter avec l’assistant&#xa0;; il se souvient de la conversation. Tapez /help pour les commandes, Ctrl+D pour quitter.</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>Utiliser ce prompt système au lieu de la persona de programmeur.</translation>
    </message>
    <message>
        <source>Do not save the conversation in the history (“codeguru-cli history”).</source>
        <translation>Ne pas enregistrer la conversation dans l’historique («&#xa0;codeguru-cli history&#xa0;»).</translation>
    </message>
    <message>
        <source>Continue saved conversation ID: its earlier questions and answers are sent too, and new ones are added to it.</source>
        <translation>Poursuivre la conversation enregistrée ID&#xa0;: ses questions et réponses précédentes sont aussi envoyées, et les nouvelles y sont ajoutées.</translation>
    </message>
    <message>
        <source>chat takes no question; type it at the prompt.</source>
        <translation>chat ne prend pas de question&#xa0;; tapez-la à l’invite.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID de conversation&#xa0;; les ID sont les numéros qu’affiche «&#xa0;codeguru-cli history list&#xa0;».</translation>
    </message>
    <message>
        <source>CodeGuru — %1 at %2. /help for commands, Ctrl+D to leave.</source>
        <translation>CodeGuru — %1 sur %2. /help pour les commandes, Ctrl+D pour quitter.</translation>
    </message>
    <message numerus="yes">
        <source>Continuing conversation %1 (%n earlier answer(s)).</source>
        <translation>
            <numerusform>Reprise de la conversation %1 (%n réponse précédente).</numerusform>
            <numerusform>Reprise de la conversation %1 (%n réponses précédentes).</numerusform>
        </translation>
    </message>
    <message>
        <source>/new   forget the conversation and start again
/exit  leave (Ctrl+D works too)
Ctrl+C stops an answer that is being written.
</source>
        <translation>/new   oublier la conversation et recommencer
/exit  quitter (Ctrl+D fonctionne aussi)
Ctrl+C arrête une réponse en cours d’écriture.
</translation>
    </message>
    <message>
        <source>Started a new conversation.</source>
        <translation>Nouvelle conversation commencée.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Try “codeguru-cli %1 --help”.</source>
        <translation>Essayez «&#xa0;codeguru-cli %1 --help&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ContextOptions</name>
    <message>
        <source>Decide which context to attach with the classifiers in this JSON file.</source>
        <translation>Décider du contexte à joindre avec les classifieurs de ce fichier JSON.</translation>
    </message>
    <message>
        <source>Use this text as the clipboard instead of the system clipboard.</source>
        <translation>Utiliser ce texte comme presse-papiers au lieu du presse-papiers du système.</translation>
    </message>
    <message>
        <source>Folder where a file named in the question is looked for (default: here).</source>
        <translation>Dossier où chercher un fichier nommé dans la question (par défaut&#xa0;: ici).</translation>
    </message>
    <message>
        <source>Write the routing decisions as JSON to this file.</source>
        <translation>Écrire les décisions de routage en JSON dans ce fichier.</translation>
    </message>
    <message>
        <source>Where attached text is scanned for secrets: always, remote (default: providers not on this machine) or never.</source>
        <translation>Quand le texte joint est analysé à la recherche de secrets&#xa0;: always, remote (par défaut&#xa0;: fournisseurs qui ne sont pas sur cette machine) ou never.</translation>
    </message>
    <message>
        <source>Model for the routing questions (default: the answer model).</source>
        <translation>Modèle pour les questions de routage (par défaut&#xa0;: le modèle de réponse).</translation>
    </message>
    <message>
        <source>Milliseconds to wait for routing answers (default 2000).</source>
        <translation>Millisecondes d’attente des réponses de routage (2000 par défaut).</translation>
    </message>
    <message>
        <source>Attach only what was given explicitly; ask no routing questions.</source>
        <translation>Ne joindre que ce qui a été donné explicitement&#xa0;; ne poser aucune question de routage.</translation>
    </message>
    <message>
        <source>--redact-secrets takes always, remote or never.</source>
        <translation>--redact-secrets accepte always, remote ou never.</translation>
    </message>
    <message>
        <source>--routing-deadline needs a positive number of milliseconds.</source>
        <translation>--routing-deadline a besoin d’un nombre positif de millisecondes.</translation>
    </message>
    <message>
        <source>The workspace “%1” is not a folder.</source>
        <translation>L’espace de travail «&#xa0;%1&#xa0;» n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The routing report could not be written to “%1”.</source>
        <translation>Le rapport de routage n’a pas pu être écrit dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ExchangeRecorder</name>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>Il n’y a pas de conversation %1 dans l’historique (voir «&#xa0;codeguru-cli history list&#xa0;»).</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written (%2); this exchange was not saved.</source>
        <translation>L’historique dans %1 ne peut pas être écrit (%2)&#xa0;; cet échange n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The disk is full; this exchange was not saved in the history.</source>
        <translation>Le disque est plein&#xa0;; cet échange n’a pas été enregistré dans l’historique.</translation>
    </message>
    <message>
        <source>The history is busy (another CodeGuru is writing to it); this exchange was not saved.</source>
        <translation>L’historique est occupé (un autre CodeGuru y écrit)&#xa0;; cet échange n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>This exchange was not saved in the history: %1</source>
        <translation>Cet échange n’a pas été enregistré dans l’historique&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::HistoryCommand</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>Usage: codeguru-cli history list [--limit N]
       codeguru-cli history show ID
       codeguru-cli history search TEXT [--limit N]
       codeguru-cli history export ID [--format md|json] [-o FILE]
       codeguru-cli history import FILE
       codeguru-cli history delete ID [--yes]

The conversations saved by “ask”, “chat” and the window, in
%1.
list    one line per conversation, most recently updated first: id, last update
        (local time), number of messages, title. Aligned with a heading on a
        terminal; tab-separated without heading into a pipe.
show    the conversation as Markdown.
search  every message containing all the words (the last one as a prefix):
        conversation id, title and the words around the match, highlighted on a
        terminal; tab-separated and without highlighting into a pipe.
export  Markdown (the default) or JSON, which “import” reads back, to stdout or FILE.
import  adds a conversation from a CodeGuru JSON export (“-”: stdin) and prints
        its new id.
delete  removes the conversation and its search entries. On a terminal it asks
        first unless --yes is given; in a script it deletes without asking.
Exit status: 0 done, 1 no such conversation or the history cannot be used,
2 bad usage.
</source>
        <translation>Utilisation&#xa0;: codeguru-cli history list [--limit N]
              codeguru-cli history show ID
              codeguru-cli history search TEXT [--limit N]
              codeguru-cli history export ID [--format md|json] [-o FILE]
              codeguru-cli history import FILE
              codeguru-cli history delete ID [--yes]

Les conversations enregistrées par «&#xa0;ask&#xa0;», «&#xa0;chat&#xa0;» et la fenêtre, dans
%1.
list    une ligne par conversation, les plus récemment modifiées d’abord&#xa0;: id,
        dernière modification (heure locale), nombre de messages, titre.
        Alignées avec un en-tête dans un terminal&#xa0;; séparées par des tabulations
        et sans en-tête dans un tube.
show    la conversation en Markdown.
search  chaque message contenant tous les mots (le dernier comme préfixe)&#xa0;:
        id de la conversation, titre et mots autour de la correspondance, mis en
        évidence dans un terminal&#xa0;; séparés par des tabulations et sans mise en
        évidence dans un tube.
export  Markdown (par défaut) ou JSON, que «&#xa0;import&#xa0;» sait relire, vers stdout
        ou FILE.
import  ajoute une conversation depuis un export JSON de CodeGuru («&#xa0;-&#xa0;»&#xa0;: stdin)
        et affiche son nouvel id.
delete  supprime la conversation et ses entrées de recherche. Dans un terminal,
        demande d’abord confirmation, sauf avec --yes&#xa0;; dans un script, supprime
        sans demander.
Code de sortie&#xa0;: 0 terminé, 1 conversation inexistante ou historique
inutilisable, 2 mauvaise utilisation.
</translation>
    </message>
    <message>
        <source>history needs one of: list, show ID, search TEXT, export ID, import FILE, delete ID.</source>
        <translation>history a besoin de l’une de ces commandes&#xa0;: list, show ID, search TEXT, export ID, import FILE, delete ID.</translation>
    </message>
    <message>
        <source>“%1” is not a history command; use list, show, search, export, import or delete.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande de history&#xa0;; utilisez list, show, search, export, import ou delete.</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written or opened (%2).</source>
        <translation>L’historique dans %1 ne peut pas être écrit ou ouvert (%2).</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation ID (see “codeguru-cli history list”).</source>
        <translation>%1 a besoin d’exactement un ID de conversation (voir «&#xa0;codeguru-cli history list&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID de conversation&#xa0;; les ID sont les numéros qu’affiche «&#xa0;codeguru-cli history list&#xa0;».</translation>
    </message>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>Il n’y a pas de conversation %1 dans l’historique (voir «&#xa0;codeguru-cli history list&#xa0;»).</translation>
    </message>
    <message>
        <source>List the saved conversations, most recently updated first: id, last update (local time), number of messages, title. Aligned on a terminal, tab-separated into a pipe.</source>
        <translation>Lister les conversations enregistrées, les plus récemment modifiées d’abord&#xa0;: id, dernière modification (heure locale), nombre de messages, titre. Alignées dans un terminal, séparées par des tabulations dans un tube.</translation>
    </message>
    <message>
        <source>Show at most N conversations.</source>
        <translation>Afficher au plus N conversations.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit a besoin d’un nombre positif.</translation>
    </message>
    <message>
        <source>history list takes no arguments.</source>
        <translation>history list ne prend pas d’arguments.</translation>
    </message>
    <message>
        <source>No conversations saved yet.</source>
        <translation>Aucune conversation enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>MODIFIÉE</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MESSAGES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>Print a saved conversation as Markdown.</source>
        <translation>Afficher une conversation enregistrée en Markdown.</translation>
    </message>
    <message>
        <source>The conversation&apos;s ID (see “history list”).</source>
        <translation>L’ID de la conversation (voir «&#xa0;history list&#xa0;»).</translation>
    </message>
    <message>
        <source>Find saved messages containing all the words (the last one as a prefix), best matches first. On a terminal the matches are highlighted; into a pipe each line is “ID&lt;tab&gt;title&lt;tab&gt;text”.</source>
        <translation>Trouver les messages enregistrés contenant tous les mots (le dernier comme préfixe), les meilleures correspondances d’abord. Dans un terminal, les correspondances sont mises en évidence&#xa0;; dans un tube, chaque ligne est «&#xa0;ID&lt;tab&gt;titre&lt;tab&gt;texte&#xa0;».</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>Les mots à chercher.</translation>
    </message>
    <message>
        <source>Show at most N messages (default 50).</source>
        <translation>Afficher au plus N messages (50 par défaut).</translation>
    </message>
    <message>
        <source>history search needs words to look for, e.g. codeguru-cli history search iterator invalidation</source>
        <translation>history search a besoin de mots à chercher, par ex. codeguru-cli history search iterator invalidation</translation>
    </message>
    <message>
        <source>Nothing in the history matches “%1”.</source>
        <translation>Rien dans l’historique ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Write a saved conversation as Markdown or as JSON (which “history import” reads back).</source>
        <translation>Écrire une conversation enregistrée en Markdown ou en JSON (que «&#xa0;history import&#xa0;» sait relire).</translation>
    </message>
    <message>
        <source>md (the default) or json.</source>
        <translation>md (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>Écrire dans FILE au lieu de stdout.</translation>
    </message>
    <message>
        <source>--format must be md or json, not “%1”.</source>
        <translation>--format doit valoir md ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add a conversation from a JSON file written by “codeguru-cli history export --format json” or the window, and print its new ID. Importing the same file twice adds two copies.</source>
        <translation>Ajouter une conversation depuis un fichier JSON écrit par «&#xa0;codeguru-cli history export --format json&#xa0;» ou par la fenêtre, et afficher son nouvel ID. Importer deux fois le même fichier ajoute deux copies.</translation>
    </message>
    <message>
        <source>The JSON file; “-” reads stdin.</source>
        <translation>Le fichier JSON&#xa0;; «&#xa0;-&#xa0;» lit stdin.</translation>
    </message>
    <message>
        <source>history import needs exactly one FILE.</source>
        <translation>history import a besoin d’exactement un fichier (FILE).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a conversation exported by CodeGuru: %2</source>
        <translation>%1 n’est pas une conversation exportée par CodeGuru&#xa0;: %2</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>L’entrée</translation>
    </message>
    <message>
        <source>Delete a saved conversation, its messages and their search entries. On a terminal it asks first; in a script it does not.</source>
        <translation>Supprimer une conversation enregistrée, ses messages et leurs entrées de recherche. Dans un terminal, demande d’abord confirmation&#xa0;; dans un script, non.</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>Ne pas demander.</translation>
    </message>
    <message numerus="yes">
        <source>Delete conversation %1 “%2” (%n message(s))? [y/N] </source>
        <translation>
            <numerusform>Supprimer la conversation %1 «&#xa0;%2&#xa0;» (%n message)&#xa0;? [y/N] </numerusform>
            <numerusform>Supprimer la conversation %1 «&#xa0;%2&#xa0;» (%n messages)&#xa0;? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Deleted conversation %1.</source>
        <translation>Conversation %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::KeyCommand</name>
    <message>
        <source>Usage: codeguru-cli key set PROFILE     (reads the key from stdin)
       codeguru-cli key delete PROFILE
</source>
        <translation>Utilisation&#xa0;: codeguru-cli key set PROFILE     (lit la clé sur stdin)
              codeguru-cli key delete PROFILE
</translation>
    </message>
    <message>
        <source>key needs “set PROFILE” or “delete PROFILE”.</source>
        <translation>key a besoin de «&#xa0;set PROFILE&#xa0;» ou «&#xa0;delete PROFILE&#xa0;».</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; add it first with “codeguru-cli profile add”.</source>
        <translation>Il n’y a pas de profil nommé «&#xa0;%1&#xa0;»&#xa0;; ajoutez-le d’abord avec «&#xa0;codeguru-cli profile add&#xa0;».</translation>
    </message>
    <message>
        <source>No key is stored for profile “%1”.</source>
        <translation>Aucune clé n’est enregistrée pour le profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The system keyring could not be used (%1). CodeGuru never stores keys in a file; use --api-key-env with an environment variable instead.</source>
        <translation>Le trousseau du système n’a pas pu être utilisé (%1). CodeGuru n’enregistre jamais les clés dans un fichier&#xa0;; utilisez plutôt --api-key-env avec une variable d’environnement.</translation>
    </message>
    <message>
        <source>Deleted the key of profile “%1”.</source>
        <translation>La clé du profil «&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>API key for profile “%1”: </source>
        <translation>Clé d’API du profil «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <source>No key was given on stdin.</source>
        <translation>Aucune clé n’a été fournie sur stdin.</translation>
    </message>
    <message>
        <source>Stored the key of profile “%1” in the system keyring.</source>
        <translation>La clé du profil «&#xa0;%1&#xa0;» a été enregistrée dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ModelsCommand</name>
    <message>
        <source>List the models the provider offers.</source>
        <translation>Lister les modèles que propose le fournisseur.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ProfileCommand</name>
    <message>
        <source>Usage: codeguru-cli profile list
       codeguru-cli profile add NAME --preset ID [--base-url URL] [--model NAME] [--default]
       codeguru-cli profile remove NAME
       codeguru-cli profile use NAME
Presets: %1. Store the key with: codeguru-cli key set NAME
</source>
        <translation>Utilisation&#xa0;: codeguru-cli profile list
              codeguru-cli profile add NAME --preset ID [--base-url URL] [--model NAME] [--default]
              codeguru-cli profile remove NAME
              codeguru-cli profile use NAME
Préréglages&#xa0;: %1. Enregistrez la clé avec&#xa0;: codeguru-cli key set NAME
</translation>
    </message>
    <message>
        <source>profile needs one of: list, add NAME, remove NAME, use NAME.</source>
        <translation>profile a besoin de l’une de ces commandes&#xa0;: list, add NAME, remove NAME, use NAME.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with “codeguru-cli profile add NAME --preset openai”.</source>
        <translation>Aucun profil pour l’instant. Ajoutez-en un avec «&#xa0;codeguru-cli profile add NAME --preset openai&#xa0;».</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>(valeur par défaut du serveur)</translation>
    </message>
    <message>
        <source>Provider preset.</source>
        <translation>Préréglage de fournisseur.</translation>
    </message>
    <message>
        <source>API base URL.</source>
        <translation>URL de base de l’API.</translation>
    </message>
    <message>
        <source>Model.</source>
        <translation>Modèle.</translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation>En faire le profil par défaut.</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Nom du profil.</translation>
    </message>
    <message>
        <source>profile add needs exactly one NAME.</source>
        <translation>profile add a besoin d’exactement un NAME.</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de profil valide (lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Unknown or missing --preset; run “codeguru-cli profile --help” for the list.</source>
        <translation>--preset inconnu ou manquant&#xa0;; lancez «&#xa0;codeguru-cli profile --help&#xa0;» pour obtenir la liste.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>A custom profile needs --base-url.</source>
        <translation>Un profil personnalisé a besoin de --base-url.</translation>
    </message>
    <message>
        <source>Saved profile “%1”.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Store its key with “codeguru-cli key set %1”.</source>
        <translation>Enregistrez sa clé avec «&#xa0;codeguru-cli key set %1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Il n’y a pas de profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted from the keyring (%1).</source>
        <translation>Le profil a été supprimé, mais sa clé n’a pas pu être supprimée du trousseau (%1).</translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ProviderOptions</name>
    <message>
        <source>OpenAI-compatible API base, e.g. http://localhost:11434/v1.</source>
        <translation>Base de l’API compatible OpenAI, par ex. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Model to use.</source>
        <translation>Modèle à utiliser.</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>Lire la clé d’API dans cette variable d’environnement.</translation>
    </message>
    <message>
        <source>Use a saved provider profile.</source>
        <translation>Utiliser un profil de fournisseur enregistré.</translation>
    </message>
    <message>
        <source>Give up after this many seconds without data (default 90).</source>
        <translation>Abandonner après ce nombre de secondes sans données (90 par défaut).</translation>
    </message>
    <message>
        <source>Say on stderr which provider and model answer.</source>
        <translation>Indiquer sur stderr quels fournisseur et modèle répondent.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>--profile and --base-url cannot be used together.</source>
        <translation>--profile et --base-url ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout a besoin d’un nombre positif de secondes.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ComposerEdit</name>
    <message>
        <source>Ask about code, paste an error, or drop files here…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Posez une question sur du code, collez une erreur ou déposez des fichiers ici…  (Enter envoie, Shift+Enter pour une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter envoie, Shift+Enter commence une nouvelle ligne, Esc arrête la réponse.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextChip</name>
    <message>
        <source>Include with the next question</source>
        <translation>Joindre à la prochaine question</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (chargement…)</translation>
    </message>
    <message>
        <source>%1 (loading… %2)</source>
        <comment>file name, progress</comment>
        <translation>%1 (chargement… %2)</translation>
    </message>
    <message>
        <source>%1 (deciding…)</source>
        <translation>%1 (décision…)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · ~%2 tokens</source>
        <translation>%1 · ~%2 jetons</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Joindre %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextInspector</name>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>joindre</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>laisser de côté</translation>
    </message>
    <message>
        <source>What was sent — CodeGuru</source>
        <translation>Ce qui a été envoyé — CodeGuru</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Ce qui a été envoyé</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Messages trouvés</translation>
    </message>
    <message>
        <source>Search all conversations (%1)</source>
        <translation>Rechercher dans toutes les conversations (%1)</translation>
    </message>
    <message>
        <source>Start a new conversation (%1)</source>
        <translation>Commencer une nouvelle discussion (%1)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FileContextLoader</name>
    <message>
        <source>The input is binary data, not text, so it was not attached.</source>
        <translation>L’entrée contient des données binaires, pas du texte&#xa0;; elle n’a donc pas été jointe.</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text, so it was not attached.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier binaire, pas du texte&#xa0;; il n’a donc pas été joint.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder; attach the files in it instead.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;; joignez plutôt les fichiers qu’il contient.</translation>
    </message>
    <message>
        <source>“%1” is too large to attach (%2; the limit is %3).</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être joint (%2&#xa0;; la limite est %3).</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>Le chargement de «&#xa0;%1&#xa0;» a été annulé.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>Rechercher dans cette conversation</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Correspondance précédente (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Correspondance précédente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Correspondance suivante (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Correspondance suivante</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match number, number of matches</comment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FolderContextLoader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier.</translation>
    </message>
    <message>
        <source>“%1” could not be read: permission denied.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>Le chargement de «&#xa0;%1&#xa0;» a été annulé.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>version control</source>
        <translation>gestion de versions</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>dépendances</translation>
    </message>
    <message>
        <source>build folder</source>
        <translation>dossier de compilation</translation>
    </message>
    <message>
        <source>virtual environment</source>
        <translation>environnement virtuel</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>editor settings</source>
        <translation>paramètres d’éditeur</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>illisible</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>skipped files beyond the listed ones</comment>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>lien symbolique</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>plus de %1</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file or folder (why it was skipped)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::GlobalShortcut</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>%1 is taken by another program</source>
        <translation>%1 est déjà utilisé par un autre programme</translation>
    </message>
    <message>
        <source>Global shortcuts are not supported on this desktop; bind `codeguru --quick-ask` in your desktop&apos;s keyboard settings</source>
        <translation>Les raccourcis globaux ne sont pas pris en charge sur ce bureau&#xa0;; associez `codeguru --quick-ask` à une touche dans les paramètres de clavier de votre bureau</translation>
    </message>
    <message>
        <source>“%1” is not a key combination that can be used as a global shortcut</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une combinaison de touches utilisable comme raccourci global</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryError</name>
    <message>
        <source>The conversation history at %1 is damaged or not a CodeGuru history.</source>
        <translation>L’historique des conversations dans %1 est endommagé ou n’est pas un historique CodeGuru.</translation>
    </message>
    <message>
        <source>The conversation history is busy: another CodeGuru is writing to it. Try again in a moment.</source>
        <translation>L’historique des conversations est occupé&#xa0;: un autre CodeGuru y écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The conversation history at %1 cannot be written (read-only file or folder). Conversations are kept only until CodeGuru closes.</source>
        <translation>L’historique des conversations dans %1 ne peut pas être écrit (fichier ou dossier en lecture seule). Les conversations ne sont conservées que jusqu’à la fermeture de CodeGuru.</translation>
    </message>
    <message>
        <source>The disk is full: the conversation could not be saved. It stays open and will be saved when space is freed.</source>
        <translation>Le disque est plein&#xa0;: la conversation n’a pas pu être enregistrée. Elle reste ouverte et sera enregistrée dès que de l’espace sera libéré.</translation>
    </message>
    <message>
        <source>The conversation history could not be read or written (%1).</source>
        <translation>L’historique des conversations n’a pas pu être lu ou écrit (%1).</translation>
    </message>
    <message>
        <source>The conversation history is not open.</source>
        <translation>L’historique des conversations n’est pas ouvert.</translation>
    </message>
    <message>
        <source>That conversation or message does not exist (any more).</source>
        <translation>Cette conversation ou ce message n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>L’entrée n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryExporter</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Started %1, last updated %2 (UTC)</source>
        <translation>Commencée le %1, dernière modification le %2 (UTC)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistant (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n characters)</source>
        <translation>
            <numerusform>%1 (%n caractère)</numerusform>
            <numerusform>%1 (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>Joint&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted.</source>
        <translation>
            <numerusform>%n secret masqué.</numerusform>
            <numerusform>%n secrets masqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer was still being written.</source>
        <translation>Cette réponse était encore en cours d’écriture.</translation>
    </message>
    <message>
        <source>This answer was interrupted.</source>
        <translation>Cette réponse a été interrompue.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryImporter</name>
    <message>
        <source>This is not a CodeGuru conversation: it is not valid JSON (%1 at byte %2).</source>
        <translation>Ceci n’est pas une conversation CodeGuru&#xa0;: ce n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>This JSON is not a CodeGuru conversation (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Ce JSON n’est pas une conversation CodeGuru (pas de &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This conversation was exported in format version %1, which this CodeGuru cannot read.</source>
        <translation>Cette conversation a été exportée au format version %1, que cette version de CodeGuru ne sait pas lire.</translation>
    </message>
    <message>
        <source>The conversation&apos;s time stamps are not valid.</source>
        <translation>Les horodatages de la conversation ne sont pas valides.</translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation>La conversation n’a pas de liste &quot;messages&quot;.</translation>
    </message>
    <message>
        <source>Message %1 of the conversation is not valid: %2.</source>
        <translation>Le message %1 de la conversation n’est pas valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>rôle inconnu</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>aucun contenu</translation>
    </message>
    <message>
        <source>bad time stamp</source>
        <translation>horodatage incorrect</translation>
    </message>
    <message>
        <source>bad token count</source>
        <translation>nombre de jetons incorrect</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryOpenReport</name>
    <message>
        <source>Your conversation history could not be read; it was moved to %1 and a new one was started.</source>
        <translation>Votre historique des conversations n’a pas pu être lu&#xa0;; il a été déplacé vers %1 et un nouvel historique a été créé.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n’est pas installé</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (truncated)</source>
        <translation>le fichier est plus court que ne l’indique son en-tête (tronqué)</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this CodeGuru knows (%2)</source>
        <translation>la version de schéma %1 est plus récente que celles que connaît ce CodeGuru (%2)</translation>
    </message>
    <message>
        <source>The conversation history at %1 was written by a newer CodeGuru.</source>
        <translation>L’historique des conversations dans %1 a été écrit par une version plus récente de CodeGuru.</translation>
    </message>
    <message>
        <source>the file holds tables that are not a CodeGuru history</source>
        <translation>le fichier contient des tables qui ne sont pas un historique CodeGuru</translation>
    </message>
    <message>
        <source>table %1 lacks column %2</source>
        <translation>il manque la colonne %2 dans la table %1</translation>
    </message>
    <message>
        <source>could not move the damaged history aside</source>
        <translation>impossible de mettre de côté l’historique endommagé</translation>
    </message>
</context>
<context>
    <name>CodeGuru::LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du microphone</translation>
    </message>
</context>
<context>
    <name>CodeGuru::MainWindow</name>
    <message>
        <source>CodeGuru</source>
        <translation>CodeGuru</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach a &amp;folder…</source>
        <translation>Joindre un &amp;dossier…</translation>
    </message>
    <message>
        <source>Attach a folder</source>
        <translation>Joindre un dossier</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <source>There is nothing to export yet: ask something first.</source>
        <translation>Il n’y a encore rien à exporter&#xa0;: posez d’abord une question.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CodeGuru conversation (*.json)</source>
        <translation>Conversation CodeGuru (*.json)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>&amp;Importer une conversation…</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>Importer une conversation</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>&amp;Stop answer</source>
        <translation>&amp;Arrêter la réponse</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Régénérer</translation>
    </message>
    <message>
        <source>&amp;Edit last question</source>
        <translation>&amp;Modifier la dernière question</translation>
    </message>
    <message>
        <source>Edit last question</source>
        <translation>Modifier la dernière question</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy last answer as Markdown</source>
        <translation>&amp;Copier la dernière réponse en Markdown</translation>
    </message>
    <message>
        <source>The last answer was copied as Markdown.</source>
        <translation>La dernière réponse a été copiée en Markdown.</translation>
    </message>
    <message>
        <source>&amp;Find in conversation…</source>
        <translation>Rec&amp;hercher dans la conversation…</translation>
    </message>
    <message>
        <source>Search c&amp;onversations</source>
        <translation>Rechercher dans les c&amp;onversations</translation>
    </message>
    <message>
        <source>Show CodeGuru</source>
        <translation>Afficher CodeGuru</translation>
    </message>
    <message>
        <source>Ask about the clipboard</source>
        <translation>Interroger sur le presse-papiers</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>Aucun fournisseur</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>This conversation could not be saved: %1 It stays open here and is saved as soon as possible.</source>
        <translation>Cette conversation n’a pas pu être enregistrée&#xa0;: %1 Elle reste ouverte ici et sera enregistrée dès que possible.</translation>
    </message>
    <message>
        <source>This conversation could not be read: %1</source>
        <translation>Cette conversation n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>a concealed item from a password manager; it is never read</source>
        <translation>un élément masqué d’un gestionnaire de mots de passe&#xa0;; il n’est jamais lu</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et tous ses messages&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Conversations cannot be saved: %1 They are kept while CodeGuru runs.</source>
        <translation>Les conversations ne peuvent pas être enregistrées&#xa0;: %1 Elles sont conservées tant que CodeGuru fonctionne.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), last on %1</source>
        <translation>
            <numerusform>%n message, le dernier le %1</numerusform>
            <numerusform>%n messages, le dernier le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a CodeGuru conversation.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être une conversation CodeGuru.</translation>
    </message>
    <message>
        <source>The conversation was imported.</source>
        <translation>La conversation a été importée.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texte déposé</translation>
    </message>
    <message>
        <source>only local files can be attached</source>
        <translation>seuls les fichiers locaux peuvent être joints</translation>
    </message>
    <message>
        <source>CodeGuru is still running</source>
        <translation>CodeGuru est toujours en cours d’exécution</translation>
    </message>
    <message>
        <source>It stays in the system tray. Choose Quit in its menu to end it.</source>
        <translation>Il reste dans la zone de notification. Choisissez Quitter dans son menu pour le fermer.</translation>
    </message>
    <message>
        <source>Attach files to the next question (File → Attach files…)</source>
        <translation>Joindre des fichiers à la prochaine question (Fichier → Joindre des fichiers…)</translation>
    </message>
    <message>
        <source>Stop reading a&amp;loud</source>
        <translation>Arrêter la &amp;lecture à voix haute</translation>
    </message>
</context>
<context>
    <name>CodeGuru::MessageLayout</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>CodeGuru</source>
        <translation>CodeGuru</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PersonaPage</name>
    <message>
        <source>Reset to built-in persona</source>
        <translation>Rétablir la persona intégrée</translation>
    </message>
    <message>
        <source>The system prompt is sent before every conversation and sets how the assistant answers.</source>
        <translation>Le prompt système est envoyé avant chaque conversation et définit la manière dont l’assistant répond.</translation>
    </message>
    <message>
        <source>An empty prompt means the built-in coding-expert persona.</source>
        <translation>Un prompt vide signifie la persona intégrée d’expert en programmation.</translation>
    </message>
    <message>
        <source>The built-in coding-expert persona.</source>
        <translation>La persona intégrée d’expert en programmation.</translation>
    </message>
    <message>
        <source>Your own prompt.</source>
        <translation>Votre propre prompt.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PortalGlobalShortcut</name>
    <message>
        <source>Ask CodeGuru about the clipboard</source>
        <translation>Interroger CodeGuru sur le presse-papiers</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderError</name>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source> The provider said: “%1”</source>
        <translation> Le fournisseur a répondu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The provider rejected the API key%1; check the key stored for this provider.</source>
        <translation>Le fournisseur a refusé la clé d’API%1&#xa0;; vérifiez la clé enregistrée pour ce fournisseur.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in %2 s.</source>
        <translation>Le fournisseur limite le débit des requêtes%1&#xa0;; réessayez dans %2 s.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in a moment.</source>
        <translation>Le fournisseur limite le débit des requêtes%1&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The question and its context are too long for this model; attach less or start a new conversation.</source>
        <translation>La question et son contexte sont trop longs pour ce modèle&#xa0;; joignez moins d’éléments ou commencez une nouvelle conversation.</translation>
    </message>
    <message>
        <source>The provider refused the request%1.</source>
        <translation>Le fournisseur a refusé la requête%1.</translation>
    </message>
    <message>
        <source>The provider does not know this address or model%1; check the base URL and model name.</source>
        <translation>Le fournisseur ne connaît pas cette adresse ou ce modèle%1&#xa0;; vérifiez l’URL de base et le nom du modèle.</translation>
    </message>
    <message>
        <source>The provider is overloaded or unavailable%1; try again shortly.</source>
        <translation>Le fournisseur est surchargé ou indisponible%1&#xa0;; réessayez sous peu.</translation>
    </message>
    <message>
        <source>The network is unreachable, so the provider could not be contacted.</source>
        <translation>Le réseau est inaccessible&#xa0;; le fournisseur n’a donc pas pu être contacté.</translation>
    </message>
    <message>
        <source>The provider’s host name “%1” could not be found; check the base URL and your network.</source>
        <translation>Le nom d’hôte «&#xa0;%1&#xa0;» du fournisseur est introuvable&#xa0;; vérifiez l’URL de base et votre réseau.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1; is the server running?</source>
        <translation>Rien ne répond à %1&#xa0;; le serveur est-il lancé&#xa0;?</translation>
    </message>
    <message>
        <source>The provider sent nothing for %1 s, so the request was stopped.</source>
        <translation>Le fournisseur n’a rien envoyé pendant %1 s&#xa0;; la requête a donc été arrêtée.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent.</source>
        <translation>La connexion sécurisée à %1 n’a pas pu être vérifiée&#xa0;; rien n’a donc été envoyé.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2), so nothing was sent.</source>
        <translation>La connexion sécurisée à %1 n’a pas pu être vérifiée (%2)&#xa0;; rien n’a donc été envoyé.</translation>
    </message>
    <message>
        <source>The connection to the provider dropped before the answer was complete.</source>
        <translation>La connexion au fournisseur a été coupée avant la fin de la réponse.</translation>
    </message>
    <message>
        <source>The provider sent a reply that is not a valid chat completion.</source>
        <translation>Le fournisseur a envoyé une réponse qui n’est pas une complétion de chat valide.</translation>
    </message>
    <message>
        <source>The provider stopped the answer with an error.</source>
        <translation>Le fournisseur a interrompu la réponse avec une erreur.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>“%1” is not a valid http:// or https:// address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse http:// ou https:// valide.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderPreset</name>
    <message>
        <source>llama.cpp server</source>
        <translation>Serveur llama.cpp</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>Personnalisé (compatible OpenAI)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderResolver</name>
    <message>
        <source>No AI provider is configured, and no local Ollama (port 11434) or llama.cpp server (port 8080) answered. Set OPENAI_API_KEY or GROQ_API_KEY, start a local server, or save a provider with “codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]” followed by “codeguru-cli key set NAME”.</source>
        <translation>Aucun fournisseur d’IA n’est configuré, et aucun serveur Ollama (port 11434) ou llama.cpp (port 8080) local n’a répondu. Définissez OPENAI_API_KEY ou GROQ_API_KEY, lancez un serveur local, ou enregistrez un fournisseur avec «&#xa0;codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]&#xa0;» suivi de «&#xa0;codeguru-cli key set NAME&#xa0;».</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty, so there is no API key to use.</source>
        <translation>La variable d’environnement %1 n’est pas définie ou est vide&#xa0;; il n’y a donc pas de clé d’API à utiliser.</translation>
    </message>
    <message>
        <source>--base-url</source>
        <translation>--base-url</translation>
    </message>
    <message>
        <source>There is no provider profile named “%1”; “codeguru-cli profile list” shows the saved ones.</source>
        <translation>Il n’y a pas de profil de fournisseur nommé «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;codeguru-cli profile list&#xa0;» affiche ceux qui sont enregistrés.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>No API key is stored for profile “%1”; store one with “codeguru-cli key set %1”.</source>
        <translation>Aucune clé d’API n’est enregistrée pour le profil «&#xa0;%1&#xa0;»&#xa0;; enregistrez-en une avec «&#xa0;codeguru-cli key set %1&#xa0;».</translation>
    </message>
    <message>
        <source>The API key for profile “%1” could not be read from the system keyring (%2). Unlock the keyring, or pass the key in an environment variable with --api-key-env.</source>
        <translation>La clé d’API du profil «&#xa0;%1&#xa0;» n’a pas pu être lue dans le trousseau du système (%2). Déverrouillez le trousseau, ou passez la clé dans une variable d’environnement avec --api-key-env.</translation>
    </message>
    <message>
        <source>local server at %1</source>
        <translation>serveur local sur %1</translation>
    </message>
    <message>
        <source>The server at %1 lists no models; load or pull a model first, or pass --model.</source>
        <translation>Le serveur sur %1 ne liste aucun modèle&#xa0;; chargez ou téléchargez d’abord un modèle (load/pull), ou passez --model.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProvidersPage</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>The default profile answers unless you pick another one.</source>
        <translation>Le profil par défaut répond, sauf si vous en choisissez un autre.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ask the provider which models it offers.</source>
        <translation>Demander au fournisseur quels modèles il propose.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Send a tiny message to the model and report how long the answer took.</source>
        <translation>Envoyer un petit message au modèle et indiquer le temps de réponse.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>No provider profile yet. Without one, CodeGuru uses OPENAI_API_KEY or GROQ_API_KEY from the environment, or a local Ollama or llama.cpp server. Add a profile to choose the provider yourself.</source>
        <translation>Aucun profil de fournisseur pour l’instant. Sans profil, CodeGuru utilise OPENAI_API_KEY ou GROQ_API_KEY de l’environnement, ou un serveur Ollama ou llama.cpp local. Ajoutez un profil pour choisir vous-même le fournisseur.</translation>
    </message>
    <message>
        <source>A saved profile keeps its name; add a new one to use another.</source>
        <translation>Un profil enregistré garde son nom&#xa0;; ajoutez-en un nouveau pour en utiliser un autre.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>The first model the server lists</source>
        <translation>Le premier modèle listé par le serveur</translation>
    </message>
    <message>
        <source>Every profile needs a name.</source>
        <translation>Chaque profil a besoin d’un nom.</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de profil valide&#xa0;: utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Two profiles are named “%1”.</source>
        <translation>Deux profils s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The base URL of “%1” must be an http:// or https:// address.</source>
        <translation>L’URL de base de «&#xa0;%1&#xa0;» doit être une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its key could not be deleted from the system keyring: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a été supprimé, mais sa clé n’a pas pu être supprimée du trousseau du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// base URL first.</source>
        <translation>Saisissez d’abord une URL de base http:// ou https://.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Demande de ses modèles à %1…</translation>
    </message>
    <message>
        <source>The server lists no models; type the model name.</source>
        <translation>Le serveur ne liste aucun modèle&#xa0;; saisissez le nom du modèle.</translation>
    </message>
    <message>
        <source>Models listed by the server: %1.</source>
        <translation>Modèles listés par le serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose a model first; Refresh lists the ones the server offers.</source>
        <translation>Choisissez d’abord un modèle&#xa0;; Actualiser liste ceux que propose le serveur.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Envoi d’un message de test à %1…</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 a répondu en %2 ms.</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys cannot be stored. Start a Secret Service such as GNOME Keyring or KWallet, then open Settings again.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;; les clés d’API ne peuvent donc pas être enregistrées. Lancez un service Secret Service tel que GNOME Keyring ou KWallet, puis rouvrez les Paramètres.</translation>
    </message>
    <message>
        <source>Access to the system keyring was refused, or it stayed locked. Unlock it and try again.</source>
        <translation>L’accès au trousseau du système a été refusé, ou il est resté verrouillé. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keyring reported an error.</source>
        <translation>Le trousseau du système a signalé une erreur.</translation>
    </message>
    <message>
        <source>The system keyring reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PushToTalkButton</name>
    <message>
        <source>Speak a question</source>
        <translation>Dicter une question</translation>
    </message>
    <message>
        <source>Listening… let go to stop</source>
        <translation>Écoute… relâchez pour arrêter</translation>
    </message>
    <message>
        <source>Hold to speak a question, let go to stop (%1)</source>
        <translation>Maintenez enfoncé pour dicter une question, relâchez pour arrêter (%1)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtAudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one (or turn it on in the system&apos;s sound settings) and try again.</source>
        <translation>Aucun microphone n’a été trouvé. Branchez-en un (ou activez-le dans les paramètres de son du système) et réessayez.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or access to it was refused; check the system&apos;s privacy and sound settings.</source>
        <translation>Le microphone n’a pas pu être ouvert. Un autre programme l’utilise peut-être, ou son accès a été refusé&#xa0;; vérifiez les paramètres de confidentialité et de son du système.</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound (was it unplugged?).</source>
        <translation>Le microphone ne transmet plus de son (a-t-il été débranché&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtSpeechEngine</name>
    <message>
        <source>Answers cannot be read aloud: no text-to-speech engine is installed. Install speech-dispatcher or Flite.</source>
        <translation>Impossible de lire les réponses à voix haute&#xa0;: aucun moteur de synthèse vocale n’est installé. Installez speech-dispatcher ou Flite.</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” is not available.</source>
        <translation>Le moteur de synthèse vocale «&#xa0;%1&#xa0;» n’est pas disponible.</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine stopped working.</source>
        <translation>Impossible de lire les réponses à voix haute&#xa0;: le moteur de synthèse vocale a cessé de fonctionner.</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine reported “%1”.</source>
        <translation>Impossible de lire les réponses à voix haute&#xa0;: le moteur de synthèse vocale a signalé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuestionContextBuilder</name>
    <message>
        <source>No file in %1 clearly matches “%2”, so none was attached.</source>
        <translation>Aucun fichier dans %1 ne correspond clairement à «&#xa0;%2&#xa0;»&#xa0;; aucun n’a donc été joint.</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>«&#xa0;%1&#xa0;» est long&#xa0;; seuls son début et sa fin ont été joints.</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>Dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskPage</name>
    <message>
        <source>Use the &amp;primary selection (the last highlighted text) instead of the clipboard</source>
        <translation>Utiliser la sélection &amp;primaire (le dernier texte surligné) au lieu du presse-papiers</translation>
    </message>
    <message>
        <source>Quick Ask shortcut</source>
        <translation>Raccourci Quick Ask</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Raccourci&#xa0;:</translation>
    </message>
    <message>
        <source>Where the desktop offers no global shortcuts, bind the command &lt;code&gt;codeguru --quick-ask&lt;/code&gt; to a key in its keyboard settings.</source>
        <translation>Si le bureau ne propose pas de raccourcis globaux, associez la commande &lt;code&gt;codeguru --quick-ask&lt;/code&gt; à une touche dans ses paramètres de clavier.</translation>
    </message>
    <message>
        <source>This desktop has no primary selection.</source>
        <translation>Ce bureau n’a pas de sélection primaire.</translation>
    </message>
    <message>
        <source>Open &amp;Quick Ask with a global shortcut</source>
        <translation>Ouvrir &amp;Quick Ask avec un raccourci global</translation>
    </message>
    <message>
        <source>Start CodeGuru when I &amp;log in (in the background, so the shortcut works)</source>
        <translation>Lancer CodeGuru à l’&amp;ouverture de session (en arrière-plan, pour que le raccourci fonctionne)</translation>
    </message>
    <message>
        <source>Adds %1 to the programs your desktop starts when you log in.</source>
        <translation>Ajoute %1 aux programmes que votre bureau lance à l’ouverture de session.</translation>
    </message>
    <message>
        <source>This system has no XDG autostart folder.</source>
        <translation>Ce système n’a pas de dossier de démarrage automatique XDG.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskWindow</name>
    <message>
        <source>Open in CodeGuru</source>
        <translation>Ouvrir dans CodeGuru</translation>
    </message>
    <message>
        <source>CodeGuru — Quick Ask</source>
        <translation>CodeGuru — Quick Ask</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Ask about what you copied… (Enter asks, Esc hides)</source>
        <translation>Posez une question sur ce que vous avez copié… (Enter pour demander, Esc pour masquer)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Continue this exchange in the main window</source>
        <translation>Poursuivre cet échange dans la fenêtre principale</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy an error or some code, then ask.</source>
        <translation>Le presse-papiers est vide. Copiez une erreur ou du code, puis posez votre question.</translation>
    </message>
    <message>
        <source>The clipboard holds a concealed item from a password manager; it is not read, shown or sent.</source>
        <translation>Le presse-papiers contient un élément masqué d’un gestionnaire de mots de passe&#xa0;; il n’est ni lu, ni affiché, ni envoyé.</translation>
    </message>
    <message>
        <source>An image, %1 × %2 pixels. The model cannot see images; only your question is sent.</source>
        <translation>Une image de %1 × %2 pixels. Le modèle ne peut pas voir les images&#xa0;; seule votre question est envoyée.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1, about %2 tokens</source>
        <translation>
            <numerusform>%n ligne, %1, environ %2 jetons</numerusform>
            <numerusform>%n lignes, %1, environ %2 jetons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::RoutingPage</name>
    <message>
        <source>Same as the answer model</source>
        <translation>Identique au modèle de réponse</translation>
    </message>
    <message>
        <source>A small, fast model answers the routing questions best; the answer model is used when empty.</source>
        <translation>Un petit modèle rapide répond le mieux aux questions de routage&#xa0;; si le champ est vide, le modèle de réponse est utilisé.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Classifiers that have not answered by then take their default.</source>
        <translation>Les classifieurs qui n’ont pas répondu d’ici là prennent leur valeur par défaut.</translation>
    </message>
    <message>
        <source>For providers on other machines (recommended)</source>
        <translation>Pour les fournisseurs sur d’autres machines (recommandé)</translation>
    </message>
    <message>
        <source>Always, even for a model on this machine</source>
        <translation>Toujours, même pour un modèle sur cette machine</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Classifier &amp;model:</source>
        <translation>&amp;Modèle des classifieurs&#xa0;:</translation>
    </message>
    <message>
        <source>Routing &amp;deadline:</source>
        <translation>&amp;Délai de routage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hide secrets in attachments:</source>
        <translation>Masquer les &amp;secrets des pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Classifiers</source>
        <translation>Classifieurs</translation>
    </message>
    <message>
        <source>Before each question is answered, the classifier model is asked these questions to decide what to attach. {query} stands for the question.</source>
        <translation>Avant de répondre à chaque question, CodeGuru pose ces questions au modèle des classifieurs pour décider quoi joindre. {query} représente la question.</translation>
    </message>
    <message>
        <source>Select a classifier to edit its question.</source>
        <translation>Sélectionnez un classifieur pour modifier sa question.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>&amp;Question asked by “%1”:</source>
        <translation>&amp;Question posée par «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>Apply saves your classifiers to %1.</source>
        <translation>Appliquer enregistre vos classifieurs dans %1.</translation>
    </message>
    <message>
        <source>Apply deletes %1 and goes back to the built-in classifiers.</source>
        <translation>Appliquer supprime %1 et revient aux classifieurs intégrés.</translation>
    </message>
    <message>
        <source>%1 The built-in classifiers are shown; a change you apply replaces the file.</source>
        <translation>%1 Les classifieurs intégrés sont affichés&#xa0;; une modification appliquée remplace le fichier.</translation>
    </message>
    <message>
        <source>Your classifiers, from %1.</source>
        <translation>Vos classifieurs, depuis %1.</translation>
    </message>
    <message>
        <source>The built-in classifiers.</source>
        <translation>Les classifieurs intégrés.</translation>
    </message>
    <message>
        <source>The classifier “%1” needs a question.</source>
        <translation>Le classifieur «&#xa0;%1&#xa0;» a besoin d’une question.</translation>
    </message>
    <message>
        <source>%1 could not be deleted; remove it by hand to use the built-in classifiers.</source>
        <translation>%1 n’a pas pu être supprimé&#xa0;; supprimez-le à la main pour utiliser les classifieurs intégrés.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SecretScanner</name>
    <message>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>une clé privée</translation>
    </message>
    <message>
        <source>%1 private keys</source>
        <translation>%1 clés privées</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>clé d’accès AWS</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>une clé d’accès AWS</translation>
    </message>
    <message>
        <source>%1 AWS access keys</source>
        <translation>%1 clés d’accès AWS</translation>
    </message>
    <message>
        <source>AWS secret key</source>
        <translation>clé secrète AWS</translation>
    </message>
    <message>
        <source>an AWS secret key</source>
        <translation>une clé secrète AWS</translation>
    </message>
    <message>
        <source>%1 AWS secret keys</source>
        <translation>%1 clés secrètes AWS</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>jeton GitHub</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>un jeton GitHub</translation>
    </message>
    <message>
        <source>%1 GitHub tokens</source>
        <translation>%1 jetons GitHub</translation>
    </message>
    <message>
        <source>OpenAI-style API key</source>
        <translation>clé d’API de type OpenAI</translation>
    </message>
    <message>
        <source>an OpenAI-style API key</source>
        <translation>une clé d’API de type OpenAI</translation>
    </message>
    <message>
        <source>%1 OpenAI-style API keys</source>
        <translation>%1 clés d’API de type OpenAI</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>clé d’API Anthropic</translation>
    </message>
    <message>
        <source>an Anthropic API key</source>
        <translation>une clé d’API Anthropic</translation>
    </message>
    <message>
        <source>%1 Anthropic API keys</source>
        <translation>%1 clés d’API Anthropic</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>clé d’API Groq</translation>
    </message>
    <message>
        <source>a Groq API key</source>
        <translation>une clé d’API Groq</translation>
    </message>
    <message>
        <source>%1 Groq API keys</source>
        <translation>%1 clés d’API Groq</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>jeton Slack</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>un jeton Slack</translation>
    </message>
    <message>
        <source>%1 Slack tokens</source>
        <translation>%1 jetons Slack</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>URL de webhook Slack</translation>
    </message>
    <message>
        <source>a Slack webhook URL</source>
        <translation>une URL de webhook Slack</translation>
    </message>
    <message>
        <source>%1 Slack webhook URLs</source>
        <translation>%1 URL de webhook Slack</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>clé d’API Google</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>une clé d’API Google</translation>
    </message>
    <message>
        <source>%1 Google API keys</source>
        <translation>%1 clés d’API Google</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation>un JSON Web Token</translation>
    </message>
    <message>
        <source>%1 JSON Web Tokens</source>
        <translation>%1 JSON Web Tokens</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>un mot de passe</translation>
    </message>
    <message>
        <source>%1 passwords</source>
        <translation>%1 mots de passe</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>un jeton</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clé d’API</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>une clé d’API</translation>
    </message>
    <message>
        <source>%1 API keys</source>
        <translation>%1 clés d’API</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>a secret</source>
        <translation>un secret</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 secrets</translation>
    </message>
    <message>
        <source>[REDACTED %1]</source>
        <translation>[MASQUÉ&#xa0;: %1]</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>count × kind of secret</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>lignes %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kind of secret (where it was)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Redacted 1 secret: %1.</source>
        <translation>1 secret masqué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Redacted %1 secrets: %2.</source>
        <translation>%1 secrets masqués&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SessionPresenter</name>
    <message>
        <source>Sent with: %1</source>
        <translation>Envoyé avec&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n secret(s) redacted)</source>
        <translation>
            <numerusform>(%n secret masqué)</numerusform>
            <numerusform>(%n secrets masqués)</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecter</translation>
    </message>
    <message>
        <source>This answer was interrupted: CodeGuru ended before it was complete.</source>
        <translation>Cette réponse a été interrompue&#xa0;: CodeGuru s’est fermé avant qu’elle soit terminée.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit.</source>
        <translation>La réponse a été tronquée, car le modèle a atteint sa limite de sortie.</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>La réponse ci-dessus est incomplète. %1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Please continue your previous answer from where it stopped.</source>
        <translation>Veuillez poursuivre votre réponse précédente là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Only the last answer can be asked again.</source>
        <translation>Seule la dernière réponse peut être redemandée.</translation>
    </message>
    <message>
        <source>The provider should accept requests again now.</source>
        <translation>Le fournisseur devrait de nouveau accepter les requêtes.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests; you can retry in %1 s.</source>
        <translation>Le fournisseur limite le débit des requêtes&#xa0;; vous pourrez réessayer dans %1 s.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SettingsDialog</name>
    <message>
        <source>CodeGuru Settings</source>
        <translation>Paramètres de CodeGuru</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The settings were saved, but a key could not be stored; the profile shows why.</source>
        <translation>Les paramètres ont été enregistrés, mais une clé n’a pas pu être stockée&#xa0;; le profil indique pourquoi.</translation>
    </message>
    <message>
        <source>The other settings were saved, but the classifiers were not; the Routing page shows why.</source>
        <translation>Les autres paramètres ont été enregistrés, mais pas les classifieurs&#xa0;; la page Routage indique pourquoi.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>The other settings were saved, but starting CodeGuru when you log in could not be changed; the Quick Ask page shows why.</source>
        <translation>Les autres paramètres ont été enregistrés, mais le lancement de CodeGuru à l’ouverture de session n’a pas pu être modifié&#xa0;; la page Quick Ask indique pourquoi.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpeakableText</name>
    <message numerus="yes">
        <source>A code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block.</extracomment>
        <translation>
            <numerusform>Un bloc de code de %n ligne.</numerusform>
            <numerusform>Un bloc de code de %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (HTML, SQL, R), kept as is; English needs &quot;An&quot; before it, other languages translate this like the &quot;A %1&quot; string.</extracomment>
        <translation>
            <numerusform>Un bloc de code %1 de %n ligne.</numerusform>
            <numerusform>Un bloc de code %1 de %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (Python, C++, shell), kept as is.</extracomment>
        <translation>
            <numerusform>Un bloc de code %1 de %n ligne.</numerusform>
            <numerusform>Un bloc de code %1 de %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table with %n row(s).</source>
        <extracomment>Read aloud in place of a table; the rows below its header.</extracomment>
        <translation>
            <numerusform>Un tableau de %n ligne.</numerusform>
            <numerusform>Un tableau de %n lignes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpokenQuestion</name>
    <message>
        <source>Nothing was heard: the recording is silent. Check that the microphone is connected and not muted, then record again — or press Retry to send it anyway.</source>
        <translation>Rien n’a été entendu&#xa0;: l’enregistrement est silencieux. Vérifiez que le microphone est branché et non coupé, puis enregistrez à nouveau — ou cliquez sur Réessayer pour l’envoyer quand même.</translation>
    </message>
    <message>
        <source>Transcription stopped. The recording is kept: press Retry to transcribe it, or Discard.</source>
        <translation>Transcription interrompue. L’enregistrement est conservé&#xa0;: cliquez sur Réessayer pour le transcrire, ou sur Supprimer.</translation>
    </message>
    <message>
        <source>No provider is set up to turn speech into text. Add one in Settings → Providers (or choose one in Settings → Voice), then press Retry.</source>
        <translation>Aucun fournisseur n’est configuré pour convertir la parole en texte. Ajoutez-en un dans Paramètres → Fournisseurs (ou choisissez-en un dans Paramètres → Voix), puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>The recording could not be turned into text. %1 The recording is kept: press Retry, or Discard.</source>
        <translation>L’enregistrement n’a pas pu être converti en texte. %1 L’enregistrement est conservé&#xa0;: cliquez sur Réessayer ou sur Supprimer.</translation>
    </message>
    <message>
        <source>%1 What was recorded until then is kept: press Retry to transcribe it, or Discard.</source>
        <translation>%1 Ce qui a été enregistré jusque-là est conservé&#xa0;: cliquez sur Réessayer pour le transcrire, ou sur Supprimer.</translation>
    </message>
    <message>
        <source>That was too short to hear a question. Hold the microphone button (or %1) while you speak, and let go when you are done.</source>
        <translation>C’était trop court pour entendre une question. Maintenez le bouton du microphone (ou %1) enfoncé pendant que vous parlez, puis relâchez-le quand vous avez terminé.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TextDecoder</name>
    <message>
        <source>[… 1 line omitted …]</source>
        <translation>[… 1 ligne omise …]</translation>
    </message>
    <message>
        <source>[… %1 lines omitted …]</source>
        <translation>[… %1 lignes omises …]</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TranscriptionResult</name>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>Aucune parole n’a été reconnue dans l’enregistrement.</translation>
    </message>
    <message>
        <source>%1 has no speech-to-text endpoint (%2 answered HTTP %3). Choose a transcription provider that offers one, such as OpenAI, Groq or a local Whisper server.</source>
        <translation>%1 n’a pas de point d’accès de reconnaissance vocale (%2 a répondu HTTP %3). Choisissez un fournisseur de transcription qui en propose un, comme OpenAI, Groq ou un serveur Whisper local.</translation>
    </message>
    <message>
        <source>The provider does not know the transcription model “%1”; choose another one.</source>
        <translation>Le fournisseur ne connaît pas le modèle de transcription « %1 » ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source> The provider said: “%1”</source>
        <translation> Le fournisseur a répondu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The provider’s reply from %1 is not a transcription.</source>
        <translation>La réponse du fournisseur à %1 n’est pas une transcription.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the transcription arrived.</source>
        <translation>La connexion à %1 a été coupée avant l’arrivée de la transcription.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoicePage</name>
    <message>
        <source>&amp;Send spoken questions at once</source>
        <translation>&amp;Envoyer immédiatement les questions dictées</translation>
    </message>
    <message>
        <source>&amp;Read answers aloud</source>
        <translation>&amp;Lire les réponses à voix haute</translation>
    </message>
    <message>
        <source>The provider profile that turns what you say into text.</source>
        <translation>Le profil de fournisseur qui convertit vos paroles en texte.</translation>
    </message>
    <message>
        <source>The speech-to-text model; empty uses the provider&apos;s usual one.</source>
        <translation>Le modèle de reconnaissance vocale&#xa0;; laissez vide pour utiliser celui du fournisseur.</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed. Install speech-dispatcher or Flite to hear answers.</source>
        <translation>Aucun moteur de synthèse vocale n’est installé. Installez speech-dispatcher ou Flite pour entendre les réponses.</translation>
    </message>
    <message>
        <source>Speaking a question</source>
        <translation>Dicter une question</translation>
    </message>
    <message>
        <source>Transcription &amp;provider:</source>
        <translation>&amp;Fournisseur de transcription&#xa0;:</translation>
    </message>
    <message>
        <source>Transcription &amp;model:</source>
        <translation>&amp;Modèle de transcription&#xa0;:</translation>
    </message>
    <message>
        <source>Otherwise the words land in the message box, so you can glance at them before sending.</source>
        <translation>Sinon, le texte arrive dans la zone de message, pour que vous puissiez le relire avant l’envoi.</translation>
    </message>
    <message>
        <source>To speak a question, hold %1 in the CodeGuru window, or hold the microphone button, and let go when you are done.</source>
        <translation>Pour dicter une question, maintenez %1 dans la fenêtre de CodeGuru, ou maintenez le bouton du microphone, puis relâchez quand vous avez terminé.</translation>
    </message>
    <message>
        <source>Hearing the answer</source>
        <translation>Écouter la réponse</translation>
    </message>
    <message>
        <source>Speech &amp;engine:</source>
        <translation>Moteur &amp;vocal&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the chat provider</source>
        <translation>Identique au fournisseur de discussion</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Moteur du système</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (non installé)</translation>
    </message>
    <message>
        <source>Provider default (e.g. %1)</source>
        <translation>Par défaut du fournisseur (par ex. %1)</translation>
    </message>
    <message>
        <source>Provider default: %1</source>
        <translation>Par défaut du fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Push-to-&amp;talk shortcut:</source>
        <translation>&amp;Raccourci pour parler&#xa0;:</translation>
    </message>
    <message>
        <source>Choose one key with Ctrl, Alt or Meta (or a function key such as F9): a key held without them would be taken from typing.</source>
        <translation>Choisissez une touche avec Ctrl, Alt ou Méta (ou une touche de fonction comme F9)&#xa0;: sans elles, la touche ne servirait plus à la saisie.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoiceStrip</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Send the kept recording to be transcribed again</source>
        <translation>Renvoyer l’enregistrement conservé pour le transcrire à nouveau</translation>
    </message>
    <message>
        <source>Throw the kept recording away</source>
        <translation>Supprimer l’enregistrement conservé</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>Ouverture du microphone…</translation>
    </message>
    <message>
        <source>Listening… let go to stop, Esc to cancel.</source>
        <translation>Écoute… relâchez pour arrêter, Esc pour annuler.</translation>
    </message>
    <message>
        <source>Turning speech into text…</source>
        <translation>Conversion de la parole en texte…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>codeguru-cli</name>
    <message>
        <source>Usage: codeguru-cli [COMMAND] [OPTIONS]

Commands:
  ask QUESTION     ask one question; the answer streams to stdout
                   (files with -f, piped stdin is attached as context)
  chat             a conversation in the terminal (the default on a terminal)
  history ...      list, show, search, export, import or delete saved conversations
  models           list the provider&apos;s models
  profile ...      list, add, remove or choose saved providers
  key set|delete   store or delete a profile&apos;s API key in the system keyring

Run “codeguru-cli COMMAND --help” for a command&apos;s options.
Provider: --profile, --base-url, or OPENAI_API_KEY / OPENAI_BASE_URL / GROQ_API_KEY /
OPENROUTER_API_KEY, else a local Ollama (port 11434) or llama.cpp server (port 8080).
</source>
        <translation>Utilisation&#xa0;: codeguru-cli [COMMAND] [OPTIONS]

Commandes&#xa0;:
  ask QUESTION     pose une question&#xa0;; la réponse est diffusée sur stdout
                   (fichiers avec -f&#xa0;; stdin reçu par un tube est joint comme
                   contexte)
  chat             une conversation dans le terminal (défaut sur un terminal)
  history ...      lister, afficher, rechercher, exporter, importer ou supprimer
                   les conversations enregistrées
  models           lister les modèles du fournisseur
  profile ...      lister, ajouter, supprimer ou choisir les fournisseurs
                   enregistrés
  key set|delete   enregistrer ou supprimer la clé d’API d’un profil dans le
                   trousseau du système

Lancez «&#xa0;codeguru-cli COMMAND --help&#xa0;» pour les options d’une commande.
Fournisseur&#xa0;: --profile, --base-url, ou OPENAI_API_KEY / OPENAI_BASE_URL /
GROQ_API_KEY / OPENROUTER_API_KEY, sinon un serveur Ollama (port 11434) ou
llama.cpp (port 8080) local.
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CodeGuru, an assistant for programmers.</source>
        <translation>CodeGuru, un assistant pour les programmeurs.</translation>
    </message>
    <message>
        <source>Open Quick Ask with the clipboard, in the running CodeGuru if there is one. Bind this to a key in your desktop&apos;s keyboard settings.</source>
        <translation>Ouvrir Quick Ask avec le presse-papiers, dans le CodeGuru déjà lancé s’il y en a un. Associez cette option à une touche dans les paramètres de clavier de votre bureau.</translation>
    </message>
    <message>
        <source>CodeGuru is running but does not answer; starting another window.</source>
        <translation>CodeGuru est lancé mais ne répond pas&#xa0;; ouverture d’une autre fenêtre.</translation>
    </message>
    <message>
        <source>Start without a window, in the system tray if there is one, so the Quick Ask shortcut works. Used when CodeGuru starts at login.</source>
        <translation>Démarrer sans fenêtre, dans la zone de notification s’il y en a une, pour que le raccourci Quick Ask fonctionne. Utilisé lorsque CodeGuru démarre à l’ouverture de session.</translation>
    </message>
</context>
</TS>
