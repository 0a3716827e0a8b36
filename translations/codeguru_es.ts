<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CodeGuru::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Reemplazar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep stored key</source>
        <translation>Conservar clave guardada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Paste the new API key</source>
        <translation>Pega la nueva clave de API</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Pega la clave de API</translation>
    </message>
    <message>
        <source>Optional: this provider usually needs no key</source>
        <translation>Opcional: este proveedor no suele necesitar clave</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Consultando el llavero del sistema…</translation>
    </message>
    <message>
        <source>The stored key will be removed when you apply.</source>
        <translation>La clave guardada se eliminará al aplicar.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you apply.</source>
        <translation>La nueva clave sustituirá a la guardada al aplicar.</translation>
    </message>
    <message>
        <source>The key will be stored in the system keyring when you apply.</source>
        <translation>La clave se guardará en el llavero del sistema al aplicar.</translation>
    </message>
    <message>
        <source>•••• stored in the system keyring</source>
        <translation>•••• guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring, never in the settings file.</source>
        <translation>Las claves se guardan en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Quitar la clave guardada</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AppearancePage</name>
    <message>
        <source>&amp;Keep CodeGuru running in the system tray when the window is closed</source>
        <translation>&amp;Mantener CodeGuru en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System default (%1 pt)</source>
        <translation>Predeterminado del sistema (%1 pt)</translation>
    </message>
    <message>
        <source>How do I read a file line by line in Python?
Use a with block: for line in open(path): print(line)</source>
        <translation>¿Cómo leo un archivo línea por línea en Python?
Usa un bloque with: for line in open(path): print(line)</translation>
    </message>
    <message>
        <source>Chat &amp;text size:</source>
        <translation>&amp;Tamaño del texto del chat:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits.</source>
        <translation>Este escritorio no muestra una bandeja del sistema, así que cerrar la ventana cierra CodeGuru.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>The new language is used the next time CodeGuru starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie CodeGuru.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AutostartEntry</name>
    <message>
        <source>Starting CodeGuru when you log in is only possible on desktops with XDG autostart (Linux and BSD).</source>
        <translation>Iniciar CodeGuru al iniciar sesión solo es posible en escritorios con inicio automático XDG (Linux y BSD).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: there is no configuration folder.</source>
        <translation>CodeGuru no puede arrancar al iniciar sesión: no hay carpeta de configuración.</translation>
    </message>
    <message>
        <source>CodeGuru will still start when you log in: %1 could not be deleted (%2).</source>
        <translation>CodeGuru seguirá arrancando al iniciar sesión: no se pudo eliminar %1 (%2).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 should be the autostart folder, but it is a file.</source>
        <translation>CodeGuru no puede arrancar al iniciar sesión: %1 debería ser la carpeta de inicio automático, pero es un archivo.</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 could not be created.</source>
        <translation>CodeGuru no puede arrancar al iniciar sesión: no se pudo crear la carpeta de inicio automático %1.</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 is not writable (%2).</source>
        <translation>CodeGuru no puede arrancar al iniciar sesión: no se puede escribir en la carpeta de inicio automático %1 (%2).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 could not be written (%2).</source>
        <translation>CodeGuru no puede arrancar al iniciar sesión: no se pudo escribir %1 (%2).</translation>
    </message>
    <message>
        <source>Starts CodeGuru in the background, so its Quick Ask shortcut works</source>
        <translation>Inicia CodeGuru en segundo plano para que funcione su atajo de Quick Ask</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 is a folder where its autostart entry should be.</source>
        <translation>CodeGuru no puede arrancar al iniciar sesión: %1, donde debería estar su entrada de inicio automático, es una carpeta.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatListView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>Copiar dirección del &amp;enlace</translation>
    </message>
    <message>
        <source>Copy C&amp;ode</source>
        <translation>Copiar códi&amp;go</translation>
    </message>
    <message>
        <source>Copy Message as &amp;Markdown</source>
        <translation>Copiar mensaje como &amp;Markdown</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatView</name>
    <message>
        <source>Jump to latest</source>
        <translation>Ir al final</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the answer again</source>
        <translation>Desplazarse al mensaje más reciente y volver a seguir la respuesta</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Right and Left go from one Copy button, link or notice button to the next; Enter presses it.</source>
        <translation>Las flechas derecha e izquierda pasan de un botón Copiar, enlace o botón de aviso al siguiente; Enter lo pulsa.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSet</name>
    <message>
        <source>The classifier file is not valid JSON (%1).</source>
        <translation>El archivo de clasificadores no es JSON válido (%1).</translation>
    </message>
    <message>
        <source>The classifier file needs a &quot;classifiers&quot; array.</source>
        <translation>El archivo de clasificadores necesita una matriz &quot;classifiers&quot;.</translation>
    </message>
    <message>
        <source>The classifier file has %1 classifiers; at most %2 are supported.</source>
        <translation>El archivo de clasificadores tiene %1 clasificadores; se admiten como máximo %2.</translation>
    </message>
    <message>
        <source>Classifier %1 needs an &quot;id&quot;, a &quot;question&quot; and a &quot;context&quot;.</source>
        <translation>El clasificador %1 necesita &quot;id&quot;, &quot;question&quot; y &quot;context&quot;.</translation>
    </message>
    <message>
        <source>The classifier id “%1” is used twice.</source>
        <translation>El id de clasificador “%1” se usa dos veces.</translation>
    </message>
    <message>
        <source>The classifier file “%1” could not be read: %2.</source>
        <translation>No se pudo leer el archivo de clasificadores “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSetWriter</name>
    <message>
        <source>The classifiers could not be saved to “%1”: %2.</source>
        <translation>No se pudieron guardar los clasificadores en “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierTableModel</name>
    <message>
        <source>Asked before every question</source>
        <translation>Se consulta antes de cada pregunta</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No se consulta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The decision when the classifier does not answer before the deadline</source>
        <translation>La decisión si el clasificador no responde antes del plazo</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Attaches</source>
        <translation>Adjunta</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AnswerPrinter</name>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The provider is busy (%1); retrying in %2 s (attempt %3)…</source>
        <translation>El proveedor está ocupado (%1); se reintentará en %2 s (intento %3)…</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit (finish_reason “length”).</source>
        <translation>La respuesta se cortó porque el modelo alcanzó su límite de salida (finish_reason “length”).</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>El modelo devolvió una respuesta vacía.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>La respuesta anterior está incompleta. %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AskCommand</name>
    <message>
        <source>Ask one question and stream the answer to stdout. Text piped on stdin is attached as context.</source>
        <translation>Hace una pregunta y transmite la respuesta a stdout. El texto que llega por stdin a través de una tubería se adjunta como contexto.</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>La pregunta.</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>Usar este prompt del sistema en lugar de la personalidad de experto en programación.</translation>
    </message>
    <message>
        <source>Wait for the whole answer, then print it.</source>
        <translation>Esperar a tener la respuesta completa y luego imprimirla.</translation>
    </message>
    <message>
        <source>Attach a file as context (repeatable).</source>
        <translation>Adjuntar un archivo como contexto (se puede repetir).</translation>
    </message>
    <message>
        <source>Do not save the question and answer in the history (“codeguru-cli history”).</source>
        <translation>No guardar la pregunta y la respuesta en el historial (“codeguru-cli history”).</translation>
    </message>
    <message>
        <source>Ask in saved conversation ID: its earlier questions and answers are sent too, and this exchange is added to it.</source>
        <translation>Preguntar en la conversación guardada ID: también se envían sus preguntas y respuestas anteriores, y este intercambio se añade a ella.</translation>
    </message>
    <message>
        <source>Say on stderr which conversation the exchange was saved in.</source>
        <translation>Indicar en stderr en qué conversación se guardó el intercambio.</translation>
    </message>
    <message>
        <source>ask needs a question, e.g. codeguru-cli ask &quot;why does this segfault?&quot;</source>
        <translation>ask necesita una pregunta, p. ej. codeguru-cli ask &quot;¿por qué da segfault esto?&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>“%1” no es un ID de conversación; los ID son los números que muestra “codeguru-cli history list”.</translation>
    </message>
    <message>
        <source>The piped input is long; only its beginning and end were attached.</source>
        <translation>La entrada recibida por la tubería es larga; solo se adjuntaron su principio y su final.</translation>
    </message>
    <message>
        <source>Left out of %1: %2.</source>
        <translation>Omitido en %1: %2.</translation>
    </message>
    <message>
        <source>%1 is large; only the first %2 files were attached.</source>
        <translation>%1 es grande; solo se adjuntaron los primeros %2 archivos.</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>“%1” es largo; solo se adjuntaron su principio y su final.</translation>
    </message>
    <message>
        <source>Using %1 at %2 (%3).</source>
        <translation>Usando %1 en %2 (%3).</translation>
    </message>
    <message>
        <source>To send them unredacted for this question, repeat it with --redact-secrets never.</source>
        <translation>Para enviarlos sin ocultar en esta pregunta, repítela con --redact-secrets never.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Preguntando a %1…</translation>
    </message>
    <message>
        <source>Saved in conversation %1; continue it with “codeguru-cli ask --continue %1 …”.</source>
        <translation>Guardado en la conversación %1; continúala con “codeguru-cli ask --continue %1 …”.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Give either a question or --audio, not both.</source>
        <translation>Da una pregunta o --audio, no ambas cosas.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AudioQuestion</name>
    <message>
        <source>Transcribe this recording (WAV, MP3, M4A, OGG, FLAC or WebM; “-” reads stdin) and ask what it says.</source>
        <translation>Transcribir esta grabación (WAV, MP3, M4A, OGG, FLAC o WebM; “-” lee la entrada estándar) y preguntar lo que dice.</translation>
    </message>
    <message>
        <source>Speech-to-text model (default: the settings, else the provider’s usual one, e.g. whisper-1).</source>
        <translation>Modelo de voz a texto (por defecto: la configuración; si no, el habitual del proveedor, p. ej. whisper-1).</translation>
    </message>
    <message>
        <source>Provider profile that transcribes --audio (default: the settings, else the provider that answers).</source>
        <translation>Perfil de proveedor que transcribe --audio (por defecto: la configuración; si no, el proveedor que responde).</translation>
    </message>
    <message>
        <source>--audio - found no recording on stdin.</source>
        <translation>--audio - no encontró ninguna grabación en la entrada estándar.</translation>
    </message>
    <message>
        <source>The recording on stdin is larger than %1 MB, the most speech-to-text providers accept; record a shorter question or compress it (e.g. to MP3).</source>
        <translation>La grabación de la entrada estándar supera los %1 MB, el máximo que aceptan los proveedores de voz a texto; graba una pregunta más corta o comprímela (p. ej. a MP3).</translation>
    </message>
    <message>
        <source>The recording “%1” does not exist.</source>
        <translation>La grabación “%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a recording.</source>
        <translation>“%1” es una carpeta, no una grabación.</translation>
    </message>
    <message>
        <source>The recording “%1” is %2 MB; speech-to-text providers accept at most %3 MB. Record a shorter question or compress it (e.g. to MP3).</source>
        <translation>La grabación “%1” ocupa %2 MB; los proveedores de voz a texto aceptan como máximo %3 MB. Graba una pregunta más corta o comprímela (p. ej. a MP3).</translation>
    </message>
    <message>
        <source>The recording “%1” could not be read: %2.</source>
        <translation>No se pudo leer la grabación “%1”: %2.</translation>
    </message>
    <message>
        <source>The recording “%1” is empty.</source>
        <translation>La grabación “%1” está vacía.</translation>
    </message>
    <message>
        <source>the provider that answers</source>
        <translation>el proveedor que responde</translation>
    </message>
    <message>
        <source>Transcribing with %1 at %2 (%3).</source>
        <translation>Transcribiendo con %1 en %2 (%3).</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Entendido: %1</translation>
    </message>
    <message>
        <source>The recording could not be transcribed. %1</source>
        <translation>No se pudo transcribir la grabación. %1</translation>
    </message>
    <message>
        <source>The recording is unchanged at %1.</source>
        <translation>La grabación sigue intacta en %1.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ChatCommand</name>
    <message>
        <source>Chat with the assistant; it remembers the conversation. Type /help for commands, Ctrl+D to leave.</source>
        <translation>Conversa con el asistente; recuerda la conversación. Escribe /help para ver los comandos y Ctrl+D para salir.</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>Usar este prompt del sistema en lugar de la personalidad de experto en programación.</translation>
    </message>
    <message>
        <source>Do not save the conversation in the history (“codeguru-cli history”).</source>
        <translation>No guardar la conversación en el historial (“codeguru-cli history”).</translation>
    </message>
    <message>
        <source>Continue saved conversation ID: its earlier questions and answers are sent too, and new ones are added to it.</source>
        <translation>Continuar la conversación guardada ID: también se envían sus preguntas y respuestas anteriores, y las nuevas se añaden a ella.</translation>
    </message>
    <message>
        <source>chat takes no question; type it at the prompt.</source>
        <translation>chat no admite una pregunta como argumento; escríbela cuando empiece la conversación.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>“%1” no es un ID de conversación; los ID son los números que muestra “codeguru-cli history list”.</translation>
    </message>
    <message>
        <source>CodeGuru — %1 at %2. /help for commands, Ctrl+D to leave.</source>
        <translation>CodeGuru — %1 en %2. /help para ver los comandos, Ctrl+D para salir.</translation>
    </message>
    <message numerus="yes">
        <source>Continuing conversation %1 (%n earlier answer(s)).</source>
        <translation>
            <numerusform>Continuando la conversación %1 (%n respuesta anterior).</numerusform>
            <numerusform>Continuando la conversación %1 (%n respuestas anteriores).</numerusform>
        </translation>
    </message>
    <message>
        <source>/new   forget the conversation and start again
/exit  leave (Ctrl+D works too)
Ctrl+C stops an answer that is being written.
</source>
        <translation>/new   olvida la conversación y empieza de nuevo
/exit  sale (Ctrl+D también funciona)
Ctrl+C detiene una respuesta que se está escribiendo.
</translation>
    </message>
    <message>
        <source>Started a new conversation.</source>
        <translation>Se inició una conversación nueva.</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Try “codeguru-cli %1 --help”.</source>
        <translation>Prueba “codeguru-cli %1 --help”.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ContextOptions</name>
    <message>
        <source>Decide which context to attach with the classifiers in this JSON file.</source>
        <translation>Decidir qué contexto adjuntar con los clasificadores de este archivo JSON.</translation>
    </message>
    <message>
        <source>Use this text as the clipboard instead of the system clipboard.</source>
        <translation>Usar este texto como portapapeles en lugar del portapapeles del sistema.</translation>
    </message>
    <message>
        <source>Folder where a file named in the question is looked for (default: here).</source>
        <translation>Carpeta donde se busca un archivo mencionado en la pregunta (predeterminado: la actual).</translation>
    </message>
    <message>
        <source>Write the routing decisions as JSON to this file.</source>
        <translation>Escribir las decisiones de enrutamiento como JSON en este archivo.</translation>
    </message>
    <message>
        <source>Where attached text is scanned for secrets: always, remote (default: providers not on this machine) or never.</source>
        <translation>Cuándo se buscan secretos en el texto adjunto: always, remote (predeterminado: proveedores que no están en este equipo) o never.</translation>
    </message>
    <message>
        <source>Model for the routing questions (default: the answer model).</source>
        <translation>Modelo para las preguntas de enrutamiento (predeterminado: el modelo de respuesta).</translation>
    </message>
    <message>
        <source>Milliseconds to wait for routing answers (default 2000).</source>
        <translation>Milisegundos de espera para las respuestas de enrutamiento (predeterminado: 2000).</translation>
    </message>
    <message>
        <source>Attach only what was given explicitly; ask no routing questions.</source>
        <translation>Adjuntar solo lo indicado explícitamente; no hacer preguntas de enrutamiento.</translation>
    </message>
    <message>
        <source>--redact-secrets takes always, remote or never.</source>
        <translation>--redact-secrets admite always, remote o never.</translation>
    </message>
    <message>
        <source>--routing-deadline needs a positive number of milliseconds.</source>
        <translation>--routing-deadline necesita un número positivo de milisegundos.</translation>
    </message>
    <message>
        <source>The workspace “%1” is not a folder.</source>
        <translation>El espacio de trabajo “%1” no es una carpeta.</translation>
    </message>
    <message>
        <source>The routing report could not be written to “%1”.</source>
        <translation>No se pudo escribir el informe de enrutamiento en “%1”.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ExchangeRecorder</name>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>No hay ninguna conversación %1 en el historial (consulta “codeguru-cli history list”).</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written (%2); this exchange was not saved.</source>
        <translation>No se puede escribir en el historial de %1 (%2); este intercambio no se guardó.</translation>
    </message>
    <message>
        <source>The disk is full; this exchange was not saved in the history.</source>
        <translation>El disco está lleno; este intercambio no se guardó en el historial.</translation>
    </message>
    <message>
        <source>The history is busy (another CodeGuru is writing to it); this exchange was not saved.</source>
        <translation>El historial está ocupado (otro CodeGuru está escribiendo en él); este intercambio no se guardó.</translation>
    </message>
    <message>
        <source>This exchange was not saved in the history: %1</source>
        <translation>Este intercambio no se guardó en el historial: %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::HistoryCommand</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>tú</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>asistente</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
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
        <translation>Uso: codeguru-cli history list [--limit N]
     codeguru-cli history show ID
     codeguru-cli history search TEXT [--limit N]
     codeguru-cli history export ID [--format md|json] [-o FILE]
     codeguru-cli history import FILE
     codeguru-cli history delete ID [--yes]

Las conversaciones guardadas por “ask”, “chat” y la ventana, en
%1.
list    una línea por conversación, de la actualizada más recientemente a la más
        antigua: id, última actualización (hora local), número de mensajes y
        título. Alineado y con encabezado en un terminal; separado por
        tabuladores y sin encabezado hacia una tubería.
show    la conversación en Markdown.
search  cada mensaje que contiene todas las palabras (la última como prefijo):
        id de la conversación, título y las palabras alrededor de la coincidencia,
        resaltadas en un terminal; separado por tabuladores y sin resaltar hacia
        una tubería.
export  Markdown (predeterminado) o JSON, que “import” vuelve a leer, a stdout o
        a FILE.
import  añade una conversación desde una exportación JSON de CodeGuru (“-”: stdin)
        e imprime su nuevo id.
delete  elimina la conversación y sus entradas de búsqueda. En un terminal pregunta
        antes, salvo que se indique --yes; en un script elimina sin preguntar.
Estado de salida: 0 hecho, 1 la conversación no existe o no se puede usar el
historial, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <source>history needs one of: list, show ID, search TEXT, export ID, import FILE, delete ID.</source>
        <translation>history necesita uno de: list, show ID, search TEXT, export ID, import FILE, delete ID.</translation>
    </message>
    <message>
        <source>“%1” is not a history command; use list, show, search, export, import or delete.</source>
        <translation>“%1” no es un comando de history; usa list, show, search, export, import o delete.</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written or opened (%2).</source>
        <translation>No se puede escribir ni abrir el historial de %1 (%2).</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation ID (see “codeguru-cli history list”).</source>
        <translation>%1 necesita exactamente un ID de conversación (consulta “codeguru-cli history list”).</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>“%1” no es un ID de conversación; los ID son los números que muestra “codeguru-cli history list”.</translation>
    </message>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>No hay ninguna conversación %1 en el historial (consulta “codeguru-cli history list”).</translation>
    </message>
    <message>
        <source>List the saved conversations, most recently updated first: id, last update (local time), number of messages, title. Aligned on a terminal, tab-separated into a pipe.</source>
        <translation>Lista las conversaciones guardadas, de la actualizada más recientemente a la más antigua: id, última actualización (hora local), número de mensajes y título. Alineado en un terminal, separado por tabuladores hacia una tubería.</translation>
    </message>
    <message>
        <source>Show at most N conversations.</source>
        <translation>Mostrar como máximo N conversaciones.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit necesita un número positivo.</translation>
    </message>
    <message>
        <source>history list takes no arguments.</source>
        <translation>history list no admite argumentos.</translation>
    </message>
    <message>
        <source>No conversations saved yet.</source>
        <translation>Aún no hay conversaciones guardadas.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ACTUALIZADA</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAJES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>Print a saved conversation as Markdown.</source>
        <translation>Imprime una conversación guardada en Markdown.</translation>
    </message>
    <message>
        <source>The conversation&apos;s ID (see “history list”).</source>
        <translation>El ID de la conversación (consulta “history list”).</translation>
    </message>
    <message>
        <source>Find saved messages containing all the words (the last one as a prefix), best matches first. On a terminal the matches are highlighted; into a pipe each line is “ID&lt;tab&gt;title&lt;tab&gt;text”.</source>
        <translation>Busca los mensajes guardados que contienen todas las palabras (la última como prefijo), con las mejores coincidencias primero. En un terminal se resaltan las coincidencias; hacia una tubería cada línea es “ID&lt;tab&gt;título&lt;tab&gt;texto”.</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>Las palabras que buscar.</translation>
    </message>
    <message>
        <source>Show at most N messages (default 50).</source>
        <translation>Mostrar como máximo N mensajes (predeterminado: 50).</translation>
    </message>
    <message>
        <source>history search needs words to look for, e.g. codeguru-cli history search iterator invalidation</source>
        <translation>history search necesita palabras que buscar, p. ej. codeguru-cli history search iterator invalidation</translation>
    </message>
    <message>
        <source>Nothing in the history matches “%1”.</source>
        <translation>Nada del historial coincide con “%1”.</translation>
    </message>
    <message>
        <source>Write a saved conversation as Markdown or as JSON (which “history import” reads back).</source>
        <translation>Escribe una conversación guardada en Markdown o en JSON (que “history import” puede volver a leer).</translation>
    </message>
    <message>
        <source>md (the default) or json.</source>
        <translation>md (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>Escribir en FILE en lugar de en stdout.</translation>
    </message>
    <message>
        <source>--format must be md or json, not “%1”.</source>
        <translation>--format debe ser md o json, no “%1”.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Add a conversation from a JSON file written by “codeguru-cli history export --format json” or the window, and print its new ID. Importing the same file twice adds two copies.</source>
        <translation>Añade una conversación desde un archivo JSON escrito por “codeguru-cli history export --format json” o por la ventana, e imprime su nuevo ID. Importar el mismo archivo dos veces añade dos copias.</translation>
    </message>
    <message>
        <source>The JSON file; “-” reads stdin.</source>
        <translation>El archivo JSON; “-” lee stdin.</translation>
    </message>
    <message>
        <source>history import needs exactly one FILE.</source>
        <translation>history import necesita exactamente un FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a conversation exported by CodeGuru: %2</source>
        <translation>%1 no es una conversación exportada por CodeGuru: %2</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>La entrada</translation>
    </message>
    <message>
        <source>Delete a saved conversation, its messages and their search entries. On a terminal it asks first; in a script it does not.</source>
        <translation>Elimina una conversación guardada, sus mensajes y sus entradas de búsqueda. En un terminal pregunta antes; en un script, no.</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>No preguntar.</translation>
    </message>
    <message numerus="yes">
        <source>Delete conversation %1 “%2” (%n message(s))? [y/N] </source>
        <translation>
            <numerusform>¿Eliminar la conversación %1 “%2” (%n mensaje)? [y/N] </numerusform>
            <numerusform>¿Eliminar la conversación %1 “%2” (%n mensajes)? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se eliminó nada.</translation>
    </message>
    <message>
        <source>Deleted conversation %1.</source>
        <translation>Se eliminó la conversación %1.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::KeyCommand</name>
    <message>
        <source>Usage: codeguru-cli key set PROFILE     (reads the key from stdin)
       codeguru-cli key delete PROFILE
</source>
        <translation>Uso: codeguru-cli key set PROFILE     (lee la clave de stdin)
     codeguru-cli key delete PROFILE
</translation>
    </message>
    <message>
        <source>key needs “set PROFILE” or “delete PROFILE”.</source>
        <translation>key necesita “set PROFILE” o “delete PROFILE”.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; add it first with “codeguru-cli profile add”.</source>
        <translation>No hay ningún perfil llamado “%1”; añádelo primero con “codeguru-cli profile add”.</translation>
    </message>
    <message>
        <source>No key is stored for profile “%1”.</source>
        <translation>No hay ninguna clave guardada para el perfil “%1”.</translation>
    </message>
    <message>
        <source>The system keyring could not be used (%1). CodeGuru never stores keys in a file; use --api-key-env with an environment variable instead.</source>
        <translation>No se pudo usar el llavero del sistema (%1). CodeGuru nunca guarda claves en un archivo; usa en su lugar --api-key-env con una variable de entorno.</translation>
    </message>
    <message>
        <source>Deleted the key of profile “%1”.</source>
        <translation>Se eliminó la clave del perfil “%1”.</translation>
    </message>
    <message>
        <source>API key for profile “%1”: </source>
        <translation>Clave de API del perfil “%1”: </translation>
    </message>
    <message>
        <source>No key was given on stdin.</source>
        <translation>No se recibió ninguna clave por stdin.</translation>
    </message>
    <message>
        <source>Stored the key of profile “%1” in the system keyring.</source>
        <translation>Se guardó la clave del perfil “%1” en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ModelsCommand</name>
    <message>
        <source>List the models the provider offers.</source>
        <translation>Lista los modelos que ofrece el proveedor.</translation>
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
        <translation>Uso: codeguru-cli profile list
     codeguru-cli profile add NAME --preset ID [--base-url URL] [--model NAME] [--default]
     codeguru-cli profile remove NAME
     codeguru-cli profile use NAME
Preajustes: %1. Guarda la clave con: codeguru-cli key set NAME
</translation>
    </message>
    <message>
        <source>profile needs one of: list, add NAME, remove NAME, use NAME.</source>
        <translation>profile necesita uno de: list, add NAME, remove NAME, use NAME.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with “codeguru-cli profile add NAME --preset openai”.</source>
        <translation>Aún no hay perfiles. Añade uno con “codeguru-cli profile add NAME --preset openai”.</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>(predeterminado del servidor)</translation>
    </message>
    <message>
        <source>Provider preset.</source>
        <translation>Preajuste de proveedor.</translation>
    </message>
    <message>
        <source>API base URL.</source>
        <translation>URL base de la API.</translation>
    </message>
    <message>
        <source>Model.</source>
        <translation>Modelo.</translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation>Convertirlo en el perfil predeterminado.</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Nombre del perfil.</translation>
    </message>
    <message>
        <source>profile add needs exactly one NAME.</source>
        <translation>profile add necesita exactamente un NAME.</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>“%1” no es un nombre de perfil válido (letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Unknown or missing --preset; run “codeguru-cli profile --help” for the list.</source>
        <translation>--preset desconocido o ausente; ejecuta “codeguru-cli profile --help” para ver la lista.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1” no es una URL http:// o https://.</translation>
    </message>
    <message>
        <source>A custom profile needs --base-url.</source>
        <translation>Un perfil personalizado necesita --base-url.</translation>
    </message>
    <message>
        <source>Saved profile “%1”.</source>
        <translation>Se guardó el perfil “%1”.</translation>
    </message>
    <message>
        <source>Store its key with “codeguru-cli key set %1”.</source>
        <translation>Guarda su clave con “codeguru-cli key set %1”.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>No hay ningún perfil llamado “%1”.</translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted from the keyring (%1).</source>
        <translation>Se eliminó el perfil, pero no se pudo borrar su clave del llavero (%1).</translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation>Se eliminó el perfil “%1”.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ProviderOptions</name>
    <message>
        <source>OpenAI-compatible API base, e.g. http://localhost:11434/v1.</source>
        <translation>Base de la API compatible con OpenAI, p. ej. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Model to use.</source>
        <translation>Modelo que usar.</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>Leer la clave de API de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Use a saved provider profile.</source>
        <translation>Usar un perfil de proveedor guardado.</translation>
    </message>
    <message>
        <source>Give up after this many seconds without data (default 90).</source>
        <translation>Desistir tras estos segundos sin recibir datos (predeterminado: 90).</translation>
    </message>
    <message>
        <source>Say on stderr which provider and model answer.</source>
        <translation>Indicar en stderr qué proveedor y qué modelo responden.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1” no es una URL http:// o https://.</translation>
    </message>
    <message>
        <source>--profile and --base-url cannot be used together.</source>
        <translation>--profile y --base-url no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout necesita un número positivo de segundos.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ComposerEdit</name>
    <message>
        <source>Ask about code, paste an error, or drop files here…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Pregunta sobre código, pega un error o suelta archivos aquí…  (Enter envía, Shift+Enter para una línea nueva)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter envía, Shift+Enter empieza una línea nueva, Esc detiene la respuesta.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextChip</name>
    <message>
        <source>Include with the next question</source>
        <translation>Incluir con la próxima pregunta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (cargando…)</translation>
    </message>
    <message>
        <source>%1 (loading… %2)</source>
        <comment>file name, progress</comment>
        <translation>%1 (cargando… %2)</translation>
    </message>
    <message>
        <source>%1 (deciding…)</source>
        <translation>%1 (decidiendo…)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · ~%2 tokens</source>
        <translation>%1 · ~%2 tokens</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Incluir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextInspector</name>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>adjuntar</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>omitir</translation>
    </message>
    <message>
        <source>What was sent — CodeGuru</source>
        <translation>Lo que se envió — CodeGuru</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Lo que se envió</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensajes encontrados</translation>
    </message>
    <message>
        <source>Search all conversations (%1)</source>
        <translation>Buscar en todas las conversaciones (%1)</translation>
    </message>
    <message>
        <source>Start a new conversation (%1)</source>
        <translation>Iniciar una conversación nueva (%1)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FileContextLoader</name>
    <message>
        <source>The input is binary data, not text, so it was not attached.</source>
        <translation>La entrada son datos binarios, no texto, así que no se adjuntó.</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text, so it was not attached.</source>
        <translation>“%1” es un archivo binario, no de texto, así que no se adjuntó.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder; attach the files in it instead.</source>
        <translation>“%1” es una carpeta; adjunta en su lugar los archivos que contiene.</translation>
    </message>
    <message>
        <source>“%1” is too large to attach (%2; the limit is %3).</source>
        <translation>“%1” es demasiado grande para adjuntarlo (%2; el límite es %3).</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>No se pudo leer “%1”: %2.</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>Se canceló la carga de “%1”.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>Buscar en esta conversación</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match number, number of matches</comment>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FolderContextLoader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” no existe.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>“%1” no es una carpeta.</translation>
    </message>
    <message>
        <source>“%1” could not be read: permission denied.</source>
        <translation>No se pudo leer “%1”: permiso denegado.</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>Se canceló la carga de “%1”.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>version control</source>
        <translation>control de versiones</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>dependencias</translation>
    </message>
    <message>
        <source>build folder</source>
        <translation>carpeta de compilación</translation>
    </message>
    <message>
        <source>virtual environment</source>
        <translation>entorno virtual</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>editor settings</source>
        <translation>configuración del editor</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>skipped files beyond the listed ones</comment>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>enlace simbólico</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>más de %1</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binario</translation>
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
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>%1 is taken by another program</source>
        <translation>%1 está en uso por otro programa</translation>
    </message>
    <message>
        <source>Global shortcuts are not supported on this desktop; bind `codeguru --quick-ask` in your desktop&apos;s keyboard settings</source>
        <translation>Este escritorio no admite atajos globales; asigna `codeguru --quick-ask` en la configuración de teclado de tu escritorio</translation>
    </message>
    <message>
        <source>“%1” is not a key combination that can be used as a global shortcut</source>
        <translation>“%1” no es una combinación de teclas que se pueda usar como atajo global</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryError</name>
    <message>
        <source>The conversation history at %1 is damaged or not a CodeGuru history.</source>
        <translation>El historial de conversaciones de %1 está dañado o no es un historial de CodeGuru.</translation>
    </message>
    <message>
        <source>The conversation history is busy: another CodeGuru is writing to it. Try again in a moment.</source>
        <translation>El historial de conversaciones está ocupado: otro CodeGuru está escribiendo en él. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The conversation history at %1 cannot be written (read-only file or folder). Conversations are kept only until CodeGuru closes.</source>
        <translation>No se puede escribir en el historial de conversaciones de %1 (archivo o carpeta de solo lectura). Las conversaciones se conservan solo hasta que se cierre CodeGuru.</translation>
    </message>
    <message>
        <source>The disk is full: the conversation could not be saved. It stays open and will be saved when space is freed.</source>
        <translation>El disco está lleno: no se pudo guardar la conversación. Sigue abierta y se guardará cuando se libere espacio.</translation>
    </message>
    <message>
        <source>The conversation history could not be read or written (%1).</source>
        <translation>No se pudo leer ni escribir el historial de conversaciones (%1).</translation>
    </message>
    <message>
        <source>The conversation history is not open.</source>
        <translation>El historial de conversaciones no está abierto.</translation>
    </message>
    <message>
        <source>That conversation or message does not exist (any more).</source>
        <translation>Esa conversación o ese mensaje no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>La entrada no es válida.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryExporter</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Started %1, last updated %2 (UTC)</source>
        <translation>Iniciada el %1, actualizada por última vez el %2 (UTC)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Asistente (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n characters)</source>
        <translation>
            <numerusform>%1 (%n carácter)</numerusform>
            <numerusform>%1 (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>Adjuntos: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted.</source>
        <translation>
            <numerusform>%n secreto oculto.</numerusform>
            <numerusform>%n secretos ocultos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer was still being written.</source>
        <translation>Esta respuesta aún se estaba escribiendo.</translation>
    </message>
    <message>
        <source>This answer was interrupted.</source>
        <translation>Esta respuesta se interrumpió.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Falló.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryImporter</name>
    <message>
        <source>This is not a CodeGuru conversation: it is not valid JSON (%1 at byte %2).</source>
        <translation>Esto no es una conversación de CodeGuru: no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>This JSON is not a CodeGuru conversation (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Este JSON no es una conversación de CodeGuru (falta &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This conversation was exported in format version %1, which this CodeGuru cannot read.</source>
        <translation>Esta conversación se exportó con la versión de formato %1, que esta versión de CodeGuru no puede leer.</translation>
    </message>
    <message>
        <source>The conversation&apos;s time stamps are not valid.</source>
        <translation>Las marcas de tiempo de la conversación no son válidas.</translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation>La conversación no tiene una lista &quot;messages&quot;.</translation>
    </message>
    <message>
        <source>Message %1 of the conversation is not valid: %2.</source>
        <translation>El mensaje %1 de la conversación no es válido: %2.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>rol desconocido</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>estado desconocido</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>sin contenido</translation>
    </message>
    <message>
        <source>bad time stamp</source>
        <translation>marca de tiempo incorrecta</translation>
    </message>
    <message>
        <source>bad token count</source>
        <translation>recuento de tokens incorrecto</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryOpenReport</name>
    <message>
        <source>Your conversation history could not be read; it was moved to %1 and a new one was started.</source>
        <translation>No se pudo leer tu historial de conversaciones; se movió a %1 y se empezó uno nuevo.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>el controlador SQLite de Qt (QSQLITE) no está instalado</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (truncated)</source>
        <translation>el archivo es más corto de lo que indica su cabecera (truncado)</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this CodeGuru knows (%2)</source>
        <translation>la versión de esquema %1 es más nueva que la que conoce esta versión de CodeGuru (%2)</translation>
    </message>
    <message>
        <source>The conversation history at %1 was written by a newer CodeGuru.</source>
        <translation>El historial de conversaciones de %1 lo escribió una versión más nueva de CodeGuru.</translation>
    </message>
    <message>
        <source>the file holds tables that are not a CodeGuru history</source>
        <translation>el archivo contiene tablas que no son de un historial de CodeGuru</translation>
    </message>
    <message>
        <source>table %1 lacks column %2</source>
        <translation>a la tabla %1 le falta la columna %2</translation>
    </message>
    <message>
        <source>could not move the damaged history aside</source>
        <translation>no se pudo apartar el historial dañado</translation>
    </message>
</context>
<context>
    <name>CodeGuru::LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
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
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Attach a &amp;folder…</source>
        <translation>Adjuntar una car&amp;peta…</translation>
    </message>
    <message>
        <source>Attach a folder</source>
        <translation>Adjuntar una carpeta</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversación…</translation>
    </message>
    <message>
        <source>There is nothing to export yet: ask something first.</source>
        <translation>Aún no hay nada que exportar: pregunta algo primero.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CodeGuru conversation (*.json)</source>
        <translation>Conversación de CodeGuru (*.json)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>&amp;Importar conversación…</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>Importar conversación</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Stop answer</source>
        <translation>&amp;Detener respuesta</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerar</translation>
    </message>
    <message>
        <source>&amp;Edit last question</source>
        <translation>&amp;Editar última pregunta</translation>
    </message>
    <message>
        <source>Edit last question</source>
        <translation>Editar última pregunta</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Copy last answer as Markdown</source>
        <translation>&amp;Copiar última respuesta como Markdown</translation>
    </message>
    <message>
        <source>The last answer was copied as Markdown.</source>
        <translation>Se copió la última respuesta como Markdown.</translation>
    </message>
    <message>
        <source>&amp;Find in conversation…</source>
        <translation>&amp;Buscar en la conversación…</translation>
    </message>
    <message>
        <source>Search c&amp;onversations</source>
        <translation>Buscar c&amp;onversaciones</translation>
    </message>
    <message>
        <source>Show CodeGuru</source>
        <translation>Mostrar CodeGuru</translation>
    </message>
    <message>
        <source>Ask about the clipboard</source>
        <translation>Preguntar sobre el portapapeles</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>Sin proveedor</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>This conversation could not be saved: %1 It stays open here and is saved as soon as possible.</source>
        <translation>No se pudo guardar esta conversación: %1 Sigue abierta aquí y se guardará en cuanto sea posible.</translation>
    </message>
    <message>
        <source>This conversation could not be read: %1</source>
        <translation>No se pudo leer esta conversación: %1</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>a concealed item from a password manager; it is never read</source>
        <translation>un elemento oculto de un gestor de contraseñas; nunca se lee</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Renombrar conversación</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>¿Eliminar “%1” y todos sus mensajes? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Conversations cannot be saved: %1 They are kept while CodeGuru runs.</source>
        <translation>No se pueden guardar las conversaciones: %1 Se conservan mientras CodeGuru esté en ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), last on %1</source>
        <translation>
            <numerusform>%n mensaje, el último: %1</numerusform>
            <numerusform>%n mensajes, el último: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir “%1”: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a CodeGuru conversation.</source>
        <translation>“%1” es demasiado grande para ser una conversación de CodeGuru.</translation>
    </message>
    <message>
        <source>The conversation was imported.</source>
        <translation>Se importó la conversación.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texto soltado</translation>
    </message>
    <message>
        <source>only local files can be attached</source>
        <translation>solo se pueden adjuntar archivos locales</translation>
    </message>
    <message>
        <source>CodeGuru is still running</source>
        <translation>CodeGuru sigue en ejecución</translation>
    </message>
    <message>
        <source>It stays in the system tray. Choose Quit in its menu to end it.</source>
        <translation>Sigue en la bandeja del sistema. Elige Salir en su menú para cerrarlo.</translation>
    </message>
    <message>
        <source>Attach files to the next question (File → Attach files…)</source>
        <translation>Adjuntar archivos a la próxima pregunta (Archivo → Adjuntar archivos…)</translation>
    </message>
    <message>
        <source>Stop reading a&amp;loud</source>
        <translation>Dejar de leer en &amp;voz alta</translation>
    </message>
</context>
<context>
    <name>CodeGuru::MessageLayout</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
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
        <translation>Restablecer la personalidad integrada</translation>
    </message>
    <message>
        <source>The system prompt is sent before every conversation and sets how the assistant answers.</source>
        <translation>El prompt del sistema se envía antes de cada conversación y define cómo responde el asistente.</translation>
    </message>
    <message>
        <source>An empty prompt means the built-in coding-expert persona.</source>
        <translation>Un prompt vacío equivale a la personalidad integrada de experto en programación.</translation>
    </message>
    <message>
        <source>The built-in coding-expert persona.</source>
        <translation>La personalidad integrada de experto en programación.</translation>
    </message>
    <message>
        <source>Your own prompt.</source>
        <translation>Tu propio prompt.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt del sistema</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PortalGlobalShortcut</name>
    <message>
        <source>Ask CodeGuru about the clipboard</source>
        <translation>Preguntar a CodeGuru sobre el portapapeles</translation>
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
        <translation> El proveedor dijo: “%1”</translation>
    </message>
    <message>
        <source>The provider rejected the API key%1; check the key stored for this provider.</source>
        <translation>El proveedor rechazó la clave de API%1; comprueba la clave guardada para este proveedor.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in %2 s.</source>
        <translation>El proveedor está limitando la frecuencia de las solicitudes%1; vuelve a intentarlo en %2 s.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in a moment.</source>
        <translation>El proveedor está limitando la frecuencia de las solicitudes%1; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The question and its context are too long for this model; attach less or start a new conversation.</source>
        <translation>La pregunta y su contexto son demasiado largos para este modelo; adjunta menos o empieza una conversación nueva.</translation>
    </message>
    <message>
        <source>The provider refused the request%1.</source>
        <translation>El proveedor rechazó la solicitud%1.</translation>
    </message>
    <message>
        <source>The provider does not know this address or model%1; check the base URL and model name.</source>
        <translation>El proveedor no conoce esta dirección o este modelo%1; comprueba la URL base y el nombre del modelo.</translation>
    </message>
    <message>
        <source>The provider is overloaded or unavailable%1; try again shortly.</source>
        <translation>El proveedor está sobrecargado o no disponible%1; vuelve a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The network is unreachable, so the provider could not be contacted.</source>
        <translation>No hay acceso a la red, así que no se pudo contactar con el proveedor.</translation>
    </message>
    <message>
        <source>The provider’s host name “%1” could not be found; check the base URL and your network.</source>
        <translation>No se encontró el nombre de host del proveedor “%1”; comprueba la URL base y tu red.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1; is the server running?</source>
        <translation>Nada responde en %1; ¿está en ejecución el servidor?</translation>
    </message>
    <message>
        <source>The provider sent nothing for %1 s, so the request was stopped.</source>
        <translation>El proveedor no envió nada durante %1 s, así que se detuvo la solicitud.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent.</source>
        <translation>No se pudo verificar la conexión segura con %1, así que no se envió nada.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2), so nothing was sent.</source>
        <translation>No se pudo verificar la conexión segura con %1 (%2), así que no se envió nada.</translation>
    </message>
    <message>
        <source>The connection to the provider dropped before the answer was complete.</source>
        <translation>La conexión con el proveedor se cortó antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <source>The provider sent a reply that is not a valid chat completion.</source>
        <translation>El proveedor envió una respuesta que no es una finalización de chat (chat completion) válida.</translation>
    </message>
    <message>
        <source>The provider stopped the answer with an error.</source>
        <translation>El proveedor detuvo la respuesta con un error.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>“%1” is not a valid http:// or https:// address.</source>
        <translation>“%1” no es una dirección http:// o https:// válida.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderPreset</name>
    <message>
        <source>llama.cpp server</source>
        <translation>Servidor llama.cpp</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>Personalizado (compatible con OpenAI)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderResolver</name>
    <message>
        <source>No AI provider is configured, and no local Ollama (port 11434) or llama.cpp server (port 8080) answered. Set OPENAI_API_KEY or GROQ_API_KEY, start a local server, or save a provider with “codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]” followed by “codeguru-cli key set NAME”.</source>
        <translation>No hay ningún proveedor de IA configurado y no respondió ningún servidor local de Ollama (puerto 11434) ni de llama.cpp (puerto 8080). Define OPENAI_API_KEY o GROQ_API_KEY, inicia un servidor local o guarda un proveedor con “codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]” seguido de “codeguru-cli key set NAME”.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty, so there is no API key to use.</source>
        <translation>La variable de entorno %1 no está definida o está vacía, así que no hay ninguna clave de API que usar.</translation>
    </message>
    <message>
        <source>--base-url</source>
        <translation>--base-url</translation>
    </message>
    <message>
        <source>There is no provider profile named “%1”; “codeguru-cli profile list” shows the saved ones.</source>
        <translation>No hay ningún perfil de proveedor llamado “%1”; “codeguru-cli profile list” muestra los guardados.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>No API key is stored for profile “%1”; store one with “codeguru-cli key set %1”.</source>
        <translation>No hay ninguna clave de API guardada para el perfil “%1”; guarda una con “codeguru-cli key set %1”.</translation>
    </message>
    <message>
        <source>The API key for profile “%1” could not be read from the system keyring (%2). Unlock the keyring, or pass the key in an environment variable with --api-key-env.</source>
        <translation>No se pudo leer del llavero del sistema la clave de API del perfil “%1” (%2). Desbloquea el llavero o pasa la clave en una variable de entorno con --api-key-env.</translation>
    </message>
    <message>
        <source>local server at %1</source>
        <translation>servidor local en %1</translation>
    </message>
    <message>
        <source>The server at %1 lists no models; load or pull a model first, or pass --model.</source>
        <translation>El servidor de %1 no muestra ningún modelo; carga o descarga primero un modelo, o indica --model.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProvidersPage</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Hacer predeterminado</translation>
    </message>
    <message>
        <source>The default profile answers unless you pick another one.</source>
        <translation>El perfil predeterminado responde a menos que elijas otro.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ask the provider which models it offers.</source>
        <translation>Preguntar al proveedor qué modelos ofrece.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Send a tiny message to the model and report how long the answer took.</source>
        <translation>Enviar un mensaje mínimo al modelo e indicar cuánto tardó la respuesta.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>C&amp;lave de API:</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>No provider profile yet. Without one, CodeGuru uses OPENAI_API_KEY or GROQ_API_KEY from the environment, or a local Ollama or llama.cpp server. Add a profile to choose the provider yourself.</source>
        <translation>Aún no hay ningún perfil de proveedor. Sin ninguno, CodeGuru usa OPENAI_API_KEY o GROQ_API_KEY del entorno, o un servidor local de Ollama o llama.cpp. Añade un perfil para elegir tú el proveedor.</translation>
    </message>
    <message>
        <source>A saved profile keeps its name; add a new one to use another.</source>
        <translation>Un perfil guardado conserva su nombre; añade uno nuevo para usar otro.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>The first model the server lists</source>
        <translation>El primer modelo que muestre el servidor</translation>
    </message>
    <message>
        <source>Every profile needs a name.</source>
        <translation>Todos los perfiles necesitan un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>“%1” no es un nombre de perfil válido: usa letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Two profiles are named “%1”.</source>
        <translation>Hay dos perfiles llamados “%1”.</translation>
    </message>
    <message>
        <source>The base URL of “%1” must be an http:// or https:// address.</source>
        <translation>La URL base de “%1” debe ser una dirección http:// o https://.</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its key could not be deleted from the system keyring: %2</source>
        <translation>Se eliminó el perfil “%1”, pero no se pudo borrar su clave del llavero del sistema: %2</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// base URL first.</source>
        <translation>Introduce primero una URL base http:// o https://.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Pidiendo a %1 sus modelos…</translation>
    </message>
    <message>
        <source>The server lists no models; type the model name.</source>
        <translation>El servidor no muestra ningún modelo; escribe el nombre del modelo.</translation>
    </message>
    <message>
        <source>Models listed by the server: %1.</source>
        <translation>Modelos que muestra el servidor: %1.</translation>
    </message>
    <message>
        <source>Choose a model first; Refresh lists the ones the server offers.</source>
        <translation>Elige primero un modelo; Actualizar muestra los que ofrece el servidor.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Enviando un mensaje de prueba a %1…</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 respondió en %2 ms.</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys cannot be stored. Start a Secret Service such as GNOME Keyring or KWallet, then open Settings again.</source>
        <translation>No hay ningún llavero del sistema disponible, así que no se pueden guardar claves de API. Inicia un Secret Service como GNOME Keyring o KWallet y vuelve a abrir la configuración.</translation>
    </message>
    <message>
        <source>Access to the system keyring was refused, or it stayed locked. Unlock it and try again.</source>
        <translation>Se denegó el acceso al llavero del sistema o este siguió bloqueado. Desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keyring reported an error.</source>
        <translation>El llavero del sistema informó de un error.</translation>
    </message>
    <message>
        <source>The system keyring reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PushToTalkButton</name>
    <message>
        <source>Speak a question</source>
        <translation>Preguntar por voz</translation>
    </message>
    <message>
        <source>Listening… let go to stop</source>
        <translation>Escuchando… suelta para terminar</translation>
    </message>
    <message>
        <source>Hold to speak a question, let go to stop (%1)</source>
        <translation>Mantén pulsado para preguntar por voz, suelta para terminar (%1)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtAudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one (or turn it on in the system&apos;s sound settings) and try again.</source>
        <translation>No se encontró ningún micrófono. Conecta uno (o actívalo en la configuración de sonido del sistema) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or access to it was refused; check the system&apos;s privacy and sound settings.</source>
        <translation>No se pudo abrir el micrófono. Puede que otro programa lo esté usando o que se haya denegado el acceso; revisa la configuración de privacidad y sonido del sistema.</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound (was it unplugged?).</source>
        <translation>El micrófono dejó de enviar sonido (¿se desconectó?).</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtSpeechEngine</name>
    <message>
        <source>Answers cannot be read aloud: no text-to-speech engine is installed. Install speech-dispatcher or Flite.</source>
        <translation>No se pueden leer las respuestas en voz alta: no hay ningún motor de texto a voz instalado. Instala speech-dispatcher o Flite.</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” is not available.</source>
        <translation>El motor de texto a voz “%1” no está disponible.</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine stopped working.</source>
        <translation>No se pueden leer las respuestas en voz alta: el motor de texto a voz dejó de funcionar.</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine reported “%1”.</source>
        <translation>No se pueden leer las respuestas en voz alta: el motor de texto a voz informó “%1”.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuestionContextBuilder</name>
    <message>
        <source>No file in %1 clearly matches “%2”, so none was attached.</source>
        <translation>Ningún archivo de %1 coincide claramente con “%2”, así que no se adjuntó ninguno.</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>“%1” es largo; solo se adjuntaron su principio y su final.</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>En %1: %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskPage</name>
    <message>
        <source>Use the &amp;primary selection (the last highlighted text) instead of the clipboard</source>
        <translation>Usar la selección &amp;primaria (el último texto resaltado) en lugar del portapapeles</translation>
    </message>
    <message>
        <source>Quick Ask shortcut</source>
        <translation>Atajo de Quick Ask</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>A&amp;tajo:</translation>
    </message>
    <message>
        <source>Where the desktop offers no global shortcuts, bind the command &lt;code&gt;codeguru --quick-ask&lt;/code&gt; to a key in its keyboard settings.</source>
        <translation>Si el escritorio no ofrece atajos globales, asigna el comando &lt;code&gt;codeguru --quick-ask&lt;/code&gt; a una tecla en su configuración de teclado.</translation>
    </message>
    <message>
        <source>This desktop has no primary selection.</source>
        <translation>Este escritorio no tiene selección primaria.</translation>
    </message>
    <message>
        <source>Open &amp;Quick Ask with a global shortcut</source>
        <translation>Abrir &amp;Quick Ask con un atajo global</translation>
    </message>
    <message>
        <source>Start CodeGuru when I &amp;log in (in the background, so the shortcut works)</source>
        <translation>Iniciar CodeGuru al &amp;iniciar sesión (en segundo plano, para que funcione el atajo)</translation>
    </message>
    <message>
        <source>Adds %1 to the programs your desktop starts when you log in.</source>
        <translation>Añade %1 a los programas que tu escritorio inicia al iniciar sesión.</translation>
    </message>
    <message>
        <source>This system has no XDG autostart folder.</source>
        <translation>Este sistema no tiene carpeta de inicio automático XDG.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskWindow</name>
    <message>
        <source>Open in CodeGuru</source>
        <translation>Abrir en CodeGuru</translation>
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
        <translation>Pregunta sobre lo que copiaste… (Enter pregunta, Esc oculta)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Continue this exchange in the main window</source>
        <translation>Continuar este intercambio en la ventana principal</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy an error or some code, then ask.</source>
        <translation>El portapapeles está vacío. Copia un error o algo de código y luego pregunta.</translation>
    </message>
    <message>
        <source>The clipboard holds a concealed item from a password manager; it is not read, shown or sent.</source>
        <translation>El portapapeles contiene un elemento oculto de un gestor de contraseñas; no se lee, ni se muestra, ni se envía.</translation>
    </message>
    <message>
        <source>An image, %1 × %2 pixels. The model cannot see images; only your question is sent.</source>
        <translation>Una imagen de %1 × %2 píxeles. El modelo no puede ver imágenes; solo se envía tu pregunta.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1, about %2 tokens</source>
        <translation>
            <numerusform>%n línea, %1, unos %2 tokens</numerusform>
            <numerusform>%n líneas, %1, unos %2 tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::RoutingPage</name>
    <message>
        <source>Same as the answer model</source>
        <translation>Igual que el modelo de respuesta</translation>
    </message>
    <message>
        <source>A small, fast model answers the routing questions best; the answer model is used when empty.</source>
        <translation>Un modelo pequeño y rápido responde mejor a las preguntas de enrutamiento; si está vacío, se usa el modelo de respuesta.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Classifiers that have not answered by then take their default.</source>
        <translation>Los clasificadores que no hayan respondido para entonces toman su valor predeterminado.</translation>
    </message>
    <message>
        <source>For providers on other machines (recommended)</source>
        <translation>Para proveedores en otros equipos (recomendado)</translation>
    </message>
    <message>
        <source>Always, even for a model on this machine</source>
        <translation>Siempre, incluso para un modelo en este equipo</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Classifier &amp;model:</source>
        <translation>&amp;Modelo clasificador:</translation>
    </message>
    <message>
        <source>Routing &amp;deadline:</source>
        <translation>&amp;Plazo de enrutamiento:</translation>
    </message>
    <message>
        <source>&amp;Hide secrets in attachments:</source>
        <translation>&amp;Ocultar secretos en adjuntos:</translation>
    </message>
    <message>
        <source>Classifiers</source>
        <translation>Clasificadores</translation>
    </message>
    <message>
        <source>Before each question is answered, the classifier model is asked these questions to decide what to attach. {query} stands for the question.</source>
        <translation>Antes de responder cada pregunta, se le hacen estas preguntas al modelo clasificador para decidir qué adjuntar. {query} representa la pregunta.</translation>
    </message>
    <message>
        <source>Select a classifier to edit its question.</source>
        <translation>Selecciona un clasificador para editar su pregunta.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Question asked by “%1”:</source>
        <translation>Pre&amp;gunta que hace “%1”:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>Pre&amp;gunta:</translation>
    </message>
    <message>
        <source>Apply saves your classifiers to %1.</source>
        <translation>Aplicar guarda tus clasificadores en %1.</translation>
    </message>
    <message>
        <source>Apply deletes %1 and goes back to the built-in classifiers.</source>
        <translation>Aplicar elimina %1 y vuelve a los clasificadores integrados.</translation>
    </message>
    <message>
        <source>%1 The built-in classifiers are shown; a change you apply replaces the file.</source>
        <translation>%1 Se muestran los clasificadores integrados; un cambio que apliques sustituirá el archivo.</translation>
    </message>
    <message>
        <source>Your classifiers, from %1.</source>
        <translation>Tus clasificadores, de %1.</translation>
    </message>
    <message>
        <source>The built-in classifiers.</source>
        <translation>Los clasificadores integrados.</translation>
    </message>
    <message>
        <source>The classifier “%1” needs a question.</source>
        <translation>El clasificador “%1” necesita una pregunta.</translation>
    </message>
    <message>
        <source>%1 could not be deleted; remove it by hand to use the built-in classifiers.</source>
        <translation>No se pudo eliminar %1; bórralo a mano para usar los clasificadores integrados.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SecretScanner</name>
    <message>
        <source>private key</source>
        <translation>clave privada</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>una clave privada</translation>
    </message>
    <message>
        <source>%1 private keys</source>
        <translation>%1 claves privadas</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>clave de acceso de AWS</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>una clave de acceso de AWS</translation>
    </message>
    <message>
        <source>%1 AWS access keys</source>
        <translation>%1 claves de acceso de AWS</translation>
    </message>
    <message>
        <source>AWS secret key</source>
        <translation>clave secreta de AWS</translation>
    </message>
    <message>
        <source>an AWS secret key</source>
        <translation>una clave secreta de AWS</translation>
    </message>
    <message>
        <source>%1 AWS secret keys</source>
        <translation>%1 claves secretas de AWS</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>token de GitHub</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>un token de GitHub</translation>
    </message>
    <message>
        <source>%1 GitHub tokens</source>
        <translation>%1 tokens de GitHub</translation>
    </message>
    <message>
        <source>OpenAI-style API key</source>
        <translation>clave de API de estilo OpenAI</translation>
    </message>
    <message>
        <source>an OpenAI-style API key</source>
        <translation>una clave de API de estilo OpenAI</translation>
    </message>
    <message>
        <source>%1 OpenAI-style API keys</source>
        <translation>%1 claves de API de estilo OpenAI</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>clave de API de Anthropic</translation>
    </message>
    <message>
        <source>an Anthropic API key</source>
        <translation>una clave de API de Anthropic</translation>
    </message>
    <message>
        <source>%1 Anthropic API keys</source>
        <translation>%1 claves de API de Anthropic</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>clave de API de Groq</translation>
    </message>
    <message>
        <source>a Groq API key</source>
        <translation>una clave de API de Groq</translation>
    </message>
    <message>
        <source>%1 Groq API keys</source>
        <translation>%1 claves de API de Groq</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>token de Slack</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>un token de Slack</translation>
    </message>
    <message>
        <source>%1 Slack tokens</source>
        <translation>%1 tokens de Slack</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>URL de webhook de Slack</translation>
    </message>
    <message>
        <source>a Slack webhook URL</source>
        <translation>una URL de webhook de Slack</translation>
    </message>
    <message>
        <source>%1 Slack webhook URLs</source>
        <translation>%1 URL de webhook de Slack</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>clave de API de Google</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>una clave de API de Google</translation>
    </message>
    <message>
        <source>%1 Google API keys</source>
        <translation>%1 claves de API de Google</translation>
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
        <translation>contraseña</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>una contraseña</translation>
    </message>
    <message>
        <source>%1 passwords</source>
        <translation>%1 contraseñas</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>un token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>clave de API</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>una clave de API</translation>
    </message>
    <message>
        <source>%1 API keys</source>
        <translation>%1 claves de API</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secreto</translation>
    </message>
    <message>
        <source>a secret</source>
        <translation>un secreto</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 secretos</translation>
    </message>
    <message>
        <source>[REDACTED %1]</source>
        <translation>[OCULTADO: %1]</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>count × kind of secret</comment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>líneas %1</translation>
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
        <translation>Se ocultó 1 secreto: %1.</translation>
    </message>
    <message>
        <source>Redacted %1 secrets: %2.</source>
        <translation>Se ocultaron %1 secretos: %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SessionPresenter</name>
    <message>
        <source>Sent with: %1</source>
        <translation>Enviado con: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n secret(s) redacted)</source>
        <translation>
            <numerusform>(%n secreto oculto)</numerusform>
            <numerusform>(%n secretos ocultos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspeccionar</translation>
    </message>
    <message>
        <source>This answer was interrupted: CodeGuru ended before it was complete.</source>
        <translation>Esta respuesta se interrumpió: CodeGuru se cerró antes de completarla.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit.</source>
        <translation>La respuesta se cortó porque el modelo alcanzó su límite de salida.</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>La respuesta anterior está incompleta. %1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Please continue your previous answer from where it stopped.</source>
        <translation>Continúa tu respuesta anterior desde donde se detuvo.</translation>
    </message>
    <message>
        <source>Only the last answer can be asked again.</source>
        <translation>Solo se puede volver a pedir la última respuesta.</translation>
    </message>
    <message>
        <source>The provider should accept requests again now.</source>
        <translation>El proveedor ya debería volver a aceptar solicitudes.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests; you can retry in %1 s.</source>
        <translation>El proveedor está limitando la frecuencia de las solicitudes; puedes reintentarlo en %1 s.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SettingsDialog</name>
    <message>
        <source>CodeGuru Settings</source>
        <translation>Configuración de CodeGuru</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Personalidad</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The settings were saved, but a key could not be stored; the profile shows why.</source>
        <translation>Se guardó la configuración, pero no se pudo guardar una clave; el perfil muestra el motivo.</translation>
    </message>
    <message>
        <source>The other settings were saved, but the classifiers were not; the Routing page shows why.</source>
        <translation>Se guardó el resto de la configuración, pero no los clasificadores; la página Enrutamiento muestra el motivo.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>The other settings were saved, but starting CodeGuru when you log in could not be changed; the Quick Ask page shows why.</source>
        <translation>Se guardó el resto de la configuración, pero no se pudo cambiar el inicio de CodeGuru al iniciar sesión; la página Quick Ask muestra el motivo.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpeakableText</name>
    <message numerus="yes">
        <source>A code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block.</extracomment>
        <translation>
            <numerusform>Un bloque de código de %n línea.</numerusform>
            <numerusform>Un bloque de código de %n líneas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (HTML, SQL, R), kept as is; English needs &quot;An&quot; before it, other languages translate this like the &quot;A %1&quot; string.</extracomment>
        <translation>
            <numerusform>Un bloque de código %1 de %n línea.</numerusform>
            <numerusform>Un bloque de código %1 de %n líneas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (Python, C++, shell), kept as is.</extracomment>
        <translation>
            <numerusform>Un bloque de código %1 de %n línea.</numerusform>
            <numerusform>Un bloque de código %1 de %n líneas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table with %n row(s).</source>
        <extracomment>Read aloud in place of a table; the rows below its header.</extracomment>
        <translation>
            <numerusform>Una tabla con %n fila.</numerusform>
            <numerusform>Una tabla con %n filas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpokenQuestion</name>
    <message>
        <source>Nothing was heard: the recording is silent. Check that the microphone is connected and not muted, then record again — or press Retry to send it anyway.</source>
        <translation>No se oyó nada: la grabación está en silencio. Comprueba que el micrófono esté conectado y no silenciado, y vuelve a grabar, o pulsa Reintentar para enviarla de todos modos.</translation>
    </message>
    <message>
        <source>Transcription stopped. The recording is kept: press Retry to transcribe it, or Discard.</source>
        <translation>Se detuvo la transcripción. La grabación se conserva: pulsa Reintentar para transcribirla, o Descartar.</translation>
    </message>
    <message>
        <source>No provider is set up to turn speech into text. Add one in Settings → Providers (or choose one in Settings → Voice), then press Retry.</source>
        <translation>No hay ningún proveedor configurado para convertir voz en texto. Añade uno en Configuración → Proveedores (o elige uno en Configuración → Voz) y luego pulsa Reintentar.</translation>
    </message>
    <message>
        <source>The recording could not be turned into text. %1 The recording is kept: press Retry, or Discard.</source>
        <translation>No se pudo convertir la grabación en texto. %1 La grabación se conserva: pulsa Reintentar o Descartar.</translation>
    </message>
    <message>
        <source>%1 What was recorded until then is kept: press Retry to transcribe it, or Discard.</source>
        <translation>%1 Lo grabado hasta ese momento se conserva: pulsa Reintentar para transcribirlo, o Descartar.</translation>
    </message>
    <message>
        <source>That was too short to hear a question. Hold the microphone button (or %1) while you speak, and let go when you are done.</source>
        <translation>Fue demasiado corto para oír una pregunta. Mantén pulsado el botón del micrófono (o %1) mientras hablas y suéltalo cuando termines.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TextDecoder</name>
    <message>
        <source>[… 1 line omitted …]</source>
        <translation>[… 1 línea omitida …]</translation>
    </message>
    <message>
        <source>[… %1 lines omitted …]</source>
        <translation>[… %1 líneas omitidas …]</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TranscriptionResult</name>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>No se reconoció ninguna voz en la grabación.</translation>
    </message>
    <message>
        <source>%1 has no speech-to-text endpoint (%2 answered HTTP %3). Choose a transcription provider that offers one, such as OpenAI, Groq or a local Whisper server.</source>
        <translation>%1 no tiene un endpoint de voz a texto (%2 respondió HTTP %3). Elige un proveedor de transcripción que lo ofrezca, como OpenAI, Groq o un servidor Whisper local.</translation>
    </message>
    <message>
        <source>The provider does not know the transcription model “%1”; choose another one.</source>
        <translation>El proveedor no conoce el modelo de transcripción “%1”; elige otro.</translation>
    </message>
    <message>
        <source> The provider said: “%1”</source>
        <translation> El proveedor dijo: “%1”</translation>
    </message>
    <message>
        <source>The provider’s reply from %1 is not a transcription.</source>
        <translation>La respuesta del proveedor desde %1 no es una transcripción.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the transcription arrived.</source>
        <translation>La conexión con %1 se cortó antes de que llegara la transcripción.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoicePage</name>
    <message>
        <source>&amp;Send spoken questions at once</source>
        <translation>&amp;Enviar de inmediato las preguntas habladas</translation>
    </message>
    <message>
        <source>&amp;Read answers aloud</source>
        <translation>&amp;Leer las respuestas en voz alta</translation>
    </message>
    <message>
        <source>The provider profile that turns what you say into text.</source>
        <translation>El perfil de proveedor que convierte lo que dices en texto.</translation>
    </message>
    <message>
        <source>The speech-to-text model; empty uses the provider&apos;s usual one.</source>
        <translation>El modelo de voz a texto; si está vacío, se usa el habitual del proveedor.</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed. Install speech-dispatcher or Flite to hear answers.</source>
        <translation>No hay ningún motor de texto a voz instalado. Instala speech-dispatcher o Flite para escuchar las respuestas.</translation>
    </message>
    <message>
        <source>Speaking a question</source>
        <translation>Preguntar por voz</translation>
    </message>
    <message>
        <source>Transcription &amp;provider:</source>
        <translation>&amp;Proveedor de transcripción:</translation>
    </message>
    <message>
        <source>Transcription &amp;model:</source>
        <translation>&amp;Modelo de transcripción:</translation>
    </message>
    <message>
        <source>Otherwise the words land in the message box, so you can glance at them before sending.</source>
        <translation>Si no, las palabras quedan en el cuadro de mensaje para que puedas revisarlas antes de enviarlas.</translation>
    </message>
    <message>
        <source>To speak a question, hold %1 in the CodeGuru window, or hold the microphone button, and let go when you are done.</source>
        <translation>Para preguntar por voz, mantén pulsado %1 en la ventana de CodeGuru o el botón del micrófono, y suelta cuando termines.</translation>
    </message>
    <message>
        <source>Hearing the answer</source>
        <translation>Escuchar la respuesta</translation>
    </message>
    <message>
        <source>Speech &amp;engine:</source>
        <translation>Motor de &amp;voz:</translation>
    </message>
    <message>
        <source>Same as the chat provider</source>
        <translation>Igual que el proveedor del chat</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (no instalado)</translation>
    </message>
    <message>
        <source>Provider default (e.g. %1)</source>
        <translation>Predeterminado del proveedor (p. ej. %1)</translation>
    </message>
    <message>
        <source>Provider default: %1</source>
        <translation>Predeterminado del proveedor: %1</translation>
    </message>
    <message>
        <source>Push-to-&amp;talk shortcut:</source>
        <translation>A&amp;tajo para hablar:</translation>
    </message>
    <message>
        <source>Choose one key with Ctrl, Alt or Meta (or a function key such as F9): a key held without them would be taken from typing.</source>
        <translation>Elige una tecla con Ctrl, Alt o Meta (o una tecla de función como F9): sin ellas, la tecla dejaría de servir para escribir.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoiceStrip</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Send the kept recording to be transcribed again</source>
        <translation>Enviar de nuevo la grabación conservada para transcribirla</translation>
    </message>
    <message>
        <source>Throw the kept recording away</source>
        <translation>Descartar la grabación conservada</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>Abriendo el micrófono…</translation>
    </message>
    <message>
        <source>Listening… let go to stop, Esc to cancel.</source>
        <translation>Escuchando… suelta para terminar, Esc para cancelar.</translation>
    </message>
    <message>
        <source>Turning speech into text…</source>
        <translation>Convirtiendo voz en texto…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
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
        <translation>Uso: codeguru-cli [COMANDO] [OPCIONES]

Comandos:
  ask PREGUNTA     hace una pregunta; la respuesta se transmite a stdout
                   (archivos con -f; lo que llega por stdin se adjunta como contexto)
  chat             una conversación en el terminal (predeterminado en un terminal)
  history ...      lista, muestra, busca, exporta, importa o elimina conversaciones
  models           lista los modelos del proveedor
  profile ...      lista, añade, quita o elige proveedores guardados
  key set|delete   guarda o elimina la clave de API de un perfil en el llavero

Ejecuta “codeguru-cli COMANDO --help” para ver las opciones de un comando.
Proveedor: --profile, --base-url u OPENAI_API_KEY / OPENAI_BASE_URL / GROQ_API_KEY /
OPENROUTER_API_KEY; si no, un servidor local de Ollama (puerto 11434) o de llama.cpp
(puerto 8080).
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>“%1” no es un comando.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CodeGuru, an assistant for programmers.</source>
        <translation>CodeGuru, un asistente para programadores.</translation>
    </message>
    <message>
        <source>Open Quick Ask with the clipboard, in the running CodeGuru if there is one. Bind this to a key in your desktop&apos;s keyboard settings.</source>
        <translation>Abrir Quick Ask con el portapapeles, en el CodeGuru que ya esté en ejecución si lo hay. Asígnalo a una tecla en la configuración de teclado de tu escritorio.</translation>
    </message>
    <message>
        <source>CodeGuru is running but does not answer; starting another window.</source>
        <translation>CodeGuru está en ejecución pero no responde; se abrirá otra ventana.</translation>
    </message>
    <message>
        <source>Start without a window, in the system tray if there is one, so the Quick Ask shortcut works. Used when CodeGuru starts at login.</source>
        <translation>Iniciar sin ventana, en la bandeja del sistema si la hay, para que funcione el atajo de Quick Ask. Se usa cuando CodeGuru se inicia al iniciar sesión.</translation>
    </message>
</context>
</TS>
