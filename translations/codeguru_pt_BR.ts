<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CodeGuru::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>Substituir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Keep stored key</source>
        <translation>Manter chave salva</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Paste the new API key</source>
        <translation>Cole a nova chave de API</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>Cole a chave de API</translation>
    </message>
    <message>
        <source>Optional: this provider usually needs no key</source>
        <translation>Opcional: este provedor normalmente não precisa de chave</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Verificando o chaveiro do sistema…</translation>
    </message>
    <message>
        <source>The stored key will be removed when you apply.</source>
        <translation>A chave salva será removida quando você aplicar.</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you apply.</source>
        <translation>A nova chave substituirá a salva quando você aplicar.</translation>
    </message>
    <message>
        <source>The key will be stored in the system keyring when you apply.</source>
        <translation>A chave será salva no chaveiro do sistema quando você aplicar.</translation>
    </message>
    <message>
        <source>•••• stored in the system keyring</source>
        <translation>•••• salva no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring, never in the settings file.</source>
        <translation>As chaves ficam no chaveiro do sistema, nunca no arquivo de configurações.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>Remover a chave salva</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AppearancePage</name>
    <message>
        <source>&amp;Keep CodeGuru running in the system tray when the window is closed</source>
        <translation>&amp;Manter o CodeGuru na bandeja do sistema ao fechar a janela</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System default (%1 pt)</source>
        <translation>Padrão do sistema (%1 pt)</translation>
    </message>
    <message>
        <source>How do I read a file line by line in Python?
Use a with block: for line in open(path): print(line)</source>
        <translation>Como leio um arquivo linha por linha em Python?
Use um bloco with: for line in open(path): print(line)</translation>
    </message>
    <message>
        <source>Chat &amp;text size:</source>
        <translation>&amp;Tamanho do texto do chat:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Prévia:</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits.</source>
        <translation>Este ambiente de trabalho não tem bandeja do sistema, então fechar a janela encerra o CodeGuru.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>The new language is used the next time CodeGuru starts.</source>
        <translation>O novo idioma será usado na próxima vez que o CodeGuru for iniciado.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AutostartEntry</name>
    <message>
        <source>Starting CodeGuru when you log in is only possible on desktops with XDG autostart (Linux and BSD).</source>
        <translation>Iniciar o CodeGuru ao fazer login só é possível em ambientes de trabalho com inicialização automática XDG (Linux e BSD).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: there is no configuration folder.</source>
        <translation>O CodeGuru não pode ser iniciado ao fazer login: não há pasta de configuração.</translation>
    </message>
    <message>
        <source>CodeGuru will still start when you log in: %1 could not be deleted (%2).</source>
        <translation>O CodeGuru continuará sendo iniciado ao fazer login: não foi possível excluir %1 (%2).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 should be the autostart folder, but it is a file.</source>
        <translation>O CodeGuru não pode ser iniciado ao fazer login: %1 deveria ser a pasta de inicialização automática, mas é um arquivo.</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 could not be created.</source>
        <translation>O CodeGuru não pode ser iniciado ao fazer login: não foi possível criar a pasta de inicialização automática %1.</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 is not writable (%2).</source>
        <translation>O CodeGuru não pode ser iniciado ao fazer login: não é possível gravar na pasta de inicialização automática %1 (%2).</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 could not be written (%2).</source>
        <translation>O CodeGuru não pode ser iniciado ao fazer login: não foi possível gravar %1 (%2).</translation>
    </message>
    <message>
        <source>Starts CodeGuru in the background, so its Quick Ask shortcut works</source>
        <translation>Inicia o CodeGuru em segundo plano para que o atalho do Quick Ask funcione</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 is a folder where its autostart entry should be.</source>
        <translation>O CodeGuru não pode ser iniciado ao fazer login: %1, onde deveria estar a entrada de inicialização automática, é uma pasta.</translation>
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
        <translation>Copiar &amp;endereço do link</translation>
    </message>
    <message>
        <source>Copy C&amp;ode</source>
        <translation>Copiar códi&amp;go</translation>
    </message>
    <message>
        <source>Copy Message as &amp;Markdown</source>
        <translation>Copiar mensagem como &amp;Markdown</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatView</name>
    <message>
        <source>Jump to latest</source>
        <translation>Ir para o fim</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the answer again</source>
        <translation>Rolar até a mensagem mais recente e voltar a acompanhar a resposta</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Right and Left go from one Copy button, link or notice button to the next; Enter presses it.</source>
        <translation>As setas para a direita e para a esquerda passam de um botão Copiar, link ou botão de aviso para o próximo; Enter o pressiona.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSet</name>
    <message>
        <source>The classifier file is not valid JSON (%1).</source>
        <translation>O arquivo de classificadores não é um JSON válido (%1).</translation>
    </message>
    <message>
        <source>The classifier file needs a &quot;classifiers&quot; array.</source>
        <translation>O arquivo de classificadores precisa de um array &quot;classifiers&quot;.</translation>
    </message>
    <message>
        <source>The classifier file has %1 classifiers; at most %2 are supported.</source>
        <translation>O arquivo de classificadores tem %1 classificadores; são suportados no máximo %2.</translation>
    </message>
    <message>
        <source>Classifier %1 needs an &quot;id&quot;, a &quot;question&quot; and a &quot;context&quot;.</source>
        <translation>O classificador %1 precisa de &quot;id&quot;, &quot;question&quot; e &quot;context&quot;.</translation>
    </message>
    <message>
        <source>The classifier id “%1” is used twice.</source>
        <translation>O id de classificador “%1” é usado duas vezes.</translation>
    </message>
    <message>
        <source>The classifier file “%1” could not be read: %2.</source>
        <translation>Não foi possível ler o arquivo de classificadores “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSetWriter</name>
    <message>
        <source>The classifiers could not be saved to “%1”: %2.</source>
        <translation>Não foi possível salvar os classificadores em “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierTableModel</name>
    <message>
        <source>Asked before every question</source>
        <translation>Consultado antes de cada pergunta</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Não consultado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>The decision when the classifier does not answer before the deadline</source>
        <translation>A decisão quando o classificador não responde antes do prazo</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Attaches</source>
        <translation>Anexa</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
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
        <translation>O provedor está ocupado (%1); nova tentativa em %2 s (tentativa %3)…</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit (finish_reason “length”).</source>
        <translation>A resposta foi cortada porque o modelo atingiu o limite de saída (finish_reason “length”).</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>O modelo retornou uma resposta vazia.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>A resposta acima está incompleta. %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AskCommand</name>
    <message>
        <source>Ask one question and stream the answer to stdout. Text piped on stdin is attached as context.</source>
        <translation>Faz uma pergunta e transmite a resposta para stdout. Texto enviado por pipe para stdin é anexado como contexto.</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>A pergunta.</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>Usar este prompt do sistema em vez da persona de especialista em programação.</translation>
    </message>
    <message>
        <source>Wait for the whole answer, then print it.</source>
        <translation>Esperar a resposta completa e depois imprimi-la.</translation>
    </message>
    <message>
        <source>Attach a file as context (repeatable).</source>
        <translation>Anexar um arquivo como contexto (pode ser repetido).</translation>
    </message>
    <message>
        <source>Do not save the question and answer in the history (“codeguru-cli history”).</source>
        <translation>Não salvar a pergunta e a resposta no histórico (“codeguru-cli history”).</translation>
    </message>
    <message>
        <source>Ask in saved conversation ID: its earlier questions and answers are sent too, and this exchange is added to it.</source>
        <translation>Perguntar na conversa salva ID: as perguntas e respostas anteriores dela também são enviadas, e esta troca é adicionada a ela.</translation>
    </message>
    <message>
        <source>Say on stderr which conversation the exchange was saved in.</source>
        <translation>Informar em stderr em qual conversa a troca foi salva.</translation>
    </message>
    <message>
        <source>ask needs a question, e.g. codeguru-cli ask &quot;why does this segfault?&quot;</source>
        <translation>ask precisa de uma pergunta, por exemplo: codeguru-cli ask &quot;por que isto dá segfault?&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>“%1” não é um ID de conversa; os IDs são os números mostrados por “codeguru-cli history list”.</translation>
    </message>
    <message>
        <source>The piped input is long; only its beginning and end were attached.</source>
        <translation>A entrada recebida por pipe é longa; apenas o início e o fim foram anexados.</translation>
    </message>
    <message>
        <source>Left out of %1: %2.</source>
        <translation>Deixado de fora de %1: %2.</translation>
    </message>
    <message>
        <source>%1 is large; only the first %2 files were attached.</source>
        <translation>%1 é grande; apenas os primeiros %2 arquivos foram anexados.</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>“%1” é longo; apenas o início e o fim foram anexados.</translation>
    </message>
    <message>
        <source>Using %1 at %2 (%3).</source>
        <translation>Usando %1 em %2 (%3).</translation>
    </message>
    <message>
        <source>To send them unredacted for this question, repeat it with --redact-secrets never.</source>
        <translation>Para enviá-los sem ocultar nesta pergunta, repita-a com --redact-secrets never.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Perguntando a %1…</translation>
    </message>
    <message>
        <source>Saved in conversation %1; continue it with “codeguru-cli ask --continue %1 …”.</source>
        <translation>Salvo na conversa %1; continue-a com “codeguru-cli ask --continue %1 …”.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Give either a question or --audio, not both.</source>
        <translation>Informe uma pergunta ou --audio, não os dois.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AudioQuestion</name>
    <message>
        <source>Transcribe this recording (WAV, MP3, M4A, OGG, FLAC or WebM; “-” reads stdin) and ask what it says.</source>
        <translation>Transcrever esta gravação (WAV, MP3, M4A, OGG, FLAC ou WebM; “-” lê a entrada padrão) e perguntar o que ela diz.</translation>
    </message>
    <message>
        <source>Speech-to-text model (default: the settings, else the provider’s usual one, e.g. whisper-1).</source>
        <translation>Modelo de fala para texto (padrão: as configurações; senão, o usual do provedor, por exemplo whisper-1).</translation>
    </message>
    <message>
        <source>Provider profile that transcribes --audio (default: the settings, else the provider that answers).</source>
        <translation>Perfil de provedor que transcreve --audio (padrão: as configurações; senão, o provedor que responde).</translation>
    </message>
    <message>
        <source>--audio - found no recording on stdin.</source>
        <translation>--audio - não encontrou nenhuma gravação na entrada padrão.</translation>
    </message>
    <message>
        <source>The recording on stdin is larger than %1 MB, the most speech-to-text providers accept; record a shorter question or compress it (e.g. to MP3).</source>
        <translation>A gravação na entrada padrão tem mais de %1 MB, o máximo que os provedores de fala para texto aceitam; grave uma pergunta mais curta ou comprima-a (por exemplo, para MP3).</translation>
    </message>
    <message>
        <source>The recording “%1” does not exist.</source>
        <translation>A gravação “%1” não existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a recording.</source>
        <translation>“%1” é uma pasta, não uma gravação.</translation>
    </message>
    <message>
        <source>The recording “%1” is %2 MB; speech-to-text providers accept at most %3 MB. Record a shorter question or compress it (e.g. to MP3).</source>
        <translation>A gravação “%1” tem %2 MB; os provedores de fala para texto aceitam no máximo %3 MB. Grave uma pergunta mais curta ou comprima-a (por exemplo, para MP3).</translation>
    </message>
    <message>
        <source>The recording “%1” could not be read: %2.</source>
        <translation>Não foi possível ler a gravação “%1”: %2.</translation>
    </message>
    <message>
        <source>The recording “%1” is empty.</source>
        <translation>A gravação “%1” está vazia.</translation>
    </message>
    <message>
        <source>the provider that answers</source>
        <translation>o provedor que responde</translation>
    </message>
    <message>
        <source>Transcribing with %1 at %2 (%3).</source>
        <translation>Transcrevendo com %1 em %2 (%3).</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Ouvido: %1</translation>
    </message>
    <message>
        <source>The recording could not be transcribed. %1</source>
        <translation>Não foi possível transcrever a gravação. %1</translation>
    </message>
    <message>
        <source>The recording is unchanged at %1.</source>
        <translation>A gravação continua intacta em %1.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ChatCommand</name>
    <message>
        <source>Chat with the assistant; it remembers the conversation. Type /help for commands, Ctrl+D to leave.</source>
        <translation>Converse com o assistente; ele se lembra da conversa. Digite /help para ver os comandos e Ctrl+D para sair.</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>Usar este prompt do sistema em vez da persona de especialista em programação.</translation>
    </message>
    <message>
        <source>Do not save the conversation in the history (“codeguru-cli history”).</source>
        <translation>Não salvar a conversa no histórico (“codeguru-cli history”).</translation>
    </message>
    <message>
        <source>Continue saved conversation ID: its earlier questions and answers are sent too, and new ones are added to it.</source>
        <translation>Continuar a conversa salva ID: as perguntas e respostas anteriores dela também são enviadas, e as novas são adicionadas a ela.</translation>
    </message>
    <message>
        <source>chat takes no question; type it at the prompt.</source>
        <translation>chat não recebe uma pergunta como argumento; digite-a quando a conversa começar.</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>“%1” não é um ID de conversa; os IDs são os números mostrados por “codeguru-cli history list”.</translation>
    </message>
    <message>
        <source>CodeGuru — %1 at %2. /help for commands, Ctrl+D to leave.</source>
        <translation>CodeGuru — %1 em %2. /help para ver os comandos, Ctrl+D para sair.</translation>
    </message>
    <message numerus="yes">
        <source>Continuing conversation %1 (%n earlier answer(s)).</source>
        <translation>
            <numerusform>Continuando a conversa %1 (%n resposta anterior).</numerusform>
            <numerusform>Continuando a conversa %1 (%n respostas anteriores).</numerusform>
        </translation>
    </message>
    <message>
        <source>/new   forget the conversation and start again
/exit  leave (Ctrl+D works too)
Ctrl+C stops an answer that is being written.
</source>
        <translation>/new   esquece a conversa e começa de novo
/exit  sai (Ctrl+D também funciona)
Ctrl+C interrompe uma resposta que está sendo escrita.
</translation>
    </message>
    <message>
        <source>Started a new conversation.</source>
        <translation>Uma nova conversa foi iniciada.</translation>
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
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Try “codeguru-cli %1 --help”.</source>
        <translation>Tente “codeguru-cli %1 --help”.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ContextOptions</name>
    <message>
        <source>Decide which context to attach with the classifiers in this JSON file.</source>
        <translation>Decidir qual contexto anexar com os classificadores deste arquivo JSON.</translation>
    </message>
    <message>
        <source>Use this text as the clipboard instead of the system clipboard.</source>
        <translation>Usar este texto como área de transferência em vez da área de transferência do sistema.</translation>
    </message>
    <message>
        <source>Folder where a file named in the question is looked for (default: here).</source>
        <translation>Pasta onde é procurado um arquivo mencionado na pergunta (padrão: a atual).</translation>
    </message>
    <message>
        <source>Write the routing decisions as JSON to this file.</source>
        <translation>Gravar as decisões de roteamento como JSON neste arquivo.</translation>
    </message>
    <message>
        <source>Where attached text is scanned for secrets: always, remote (default: providers not on this machine) or never.</source>
        <translation>Quando o texto anexado é verificado em busca de segredos: always, remote (padrão: provedores que não estão nesta máquina) ou never.</translation>
    </message>
    <message>
        <source>Model for the routing questions (default: the answer model).</source>
        <translation>Modelo para as perguntas de roteamento (padrão: o modelo de resposta).</translation>
    </message>
    <message>
        <source>Milliseconds to wait for routing answers (default 2000).</source>
        <translation>Milissegundos de espera pelas respostas de roteamento (padrão: 2000).</translation>
    </message>
    <message>
        <source>Attach only what was given explicitly; ask no routing questions.</source>
        <translation>Anexar apenas o que foi indicado explicitamente; não fazer perguntas de roteamento.</translation>
    </message>
    <message>
        <source>--redact-secrets takes always, remote or never.</source>
        <translation>--redact-secrets aceita always, remote ou never.</translation>
    </message>
    <message>
        <source>--routing-deadline needs a positive number of milliseconds.</source>
        <translation>--routing-deadline precisa de um número positivo de milissegundos.</translation>
    </message>
    <message>
        <source>The workspace “%1” is not a folder.</source>
        <translation>O espaço de trabalho “%1” não é uma pasta.</translation>
    </message>
    <message>
        <source>The routing report could not be written to “%1”.</source>
        <translation>Não foi possível gravar o relatório de roteamento em “%1”.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ExchangeRecorder</name>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>Não há nenhuma conversa %1 no histórico (veja “codeguru-cli history list”).</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written (%2); this exchange was not saved.</source>
        <translation>Não é possível gravar no histórico em %1 (%2); esta troca não foi salva.</translation>
    </message>
    <message>
        <source>The disk is full; this exchange was not saved in the history.</source>
        <translation>O disco está cheio; esta troca não foi salva no histórico.</translation>
    </message>
    <message>
        <source>The history is busy (another CodeGuru is writing to it); this exchange was not saved.</source>
        <translation>O histórico está ocupado (outro CodeGuru está gravando nele); esta troca não foi salva.</translation>
    </message>
    <message>
        <source>This exchange was not saved in the history: %1</source>
        <translation>Esta troca não foi salva no histórico: %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::HistoryCommand</name>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistente</translation>
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

As conversas salvas por “ask”, “chat” e pela janela, em
%1.
list    uma linha por conversa, das atualizadas mais recentemente para as mais
        antigas: id, última atualização (hora local), número de mensagens e
        título. Alinhado e com cabeçalho em um terminal; separado por tabulações
        e sem cabeçalho em um pipe.
show    a conversa em Markdown.
search  cada mensagem que contém todas as palavras (a última como prefixo):
        id da conversa, título e as palavras em volta da ocorrência, destacadas em
        um terminal; separado por tabulações e sem destaque em um pipe.
export  Markdown (o padrão) ou JSON, que “import” consegue ler de volta, para
        stdout ou FILE.
import  adiciona uma conversa de uma exportação JSON do CodeGuru (“-”: stdin) e
        imprime o novo id dela.
delete  remove a conversa e as entradas de pesquisa dela. Em um terminal, pergunta
        antes, a menos que --yes seja informado; em um script, exclui sem perguntar.
Status de saída: 0 concluído, 1 a conversa não existe ou o histórico não pode ser
usado, 2 uso incorreto.
</translation>
    </message>
    <message>
        <source>history needs one of: list, show ID, search TEXT, export ID, import FILE, delete ID.</source>
        <translation>history precisa de um destes: list, show ID, search TEXT, export ID, import FILE, delete ID.</translation>
    </message>
    <message>
        <source>“%1” is not a history command; use list, show, search, export, import or delete.</source>
        <translation>“%1” não é um comando de history; use list, show, search, export, import ou delete.</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written or opened (%2).</source>
        <translation>Não é possível gravar nem abrir o histórico em %1 (%2).</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation ID (see “codeguru-cli history list”).</source>
        <translation>%1 precisa de exatamente um ID de conversa (veja “codeguru-cli history list”).</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>“%1” não é um ID de conversa; os IDs são os números mostrados por “codeguru-cli history list”.</translation>
    </message>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>Não há nenhuma conversa %1 no histórico (veja “codeguru-cli history list”).</translation>
    </message>
    <message>
        <source>List the saved conversations, most recently updated first: id, last update (local time), number of messages, title. Aligned on a terminal, tab-separated into a pipe.</source>
        <translation>Lista as conversas salvas, das atualizadas mais recentemente para as mais antigas: id, última atualização (hora local), número de mensagens e título. Alinhado em um terminal, separado por tabulações em um pipe.</translation>
    </message>
    <message>
        <source>Show at most N conversations.</source>
        <translation>Mostrar no máximo N conversas.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit precisa de um número positivo.</translation>
    </message>
    <message>
        <source>history list takes no arguments.</source>
        <translation>history list não aceita argumentos.</translation>
    </message>
    <message>
        <source>No conversations saved yet.</source>
        <translation>Nenhuma conversa salva ainda.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ATUALIZADA</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAGENS</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>Print a saved conversation as Markdown.</source>
        <translation>Imprime uma conversa salva em Markdown.</translation>
    </message>
    <message>
        <source>The conversation&apos;s ID (see “history list”).</source>
        <translation>O ID da conversa (veja “history list”).</translation>
    </message>
    <message>
        <source>Find saved messages containing all the words (the last one as a prefix), best matches first. On a terminal the matches are highlighted; into a pipe each line is “ID&lt;tab&gt;title&lt;tab&gt;text”.</source>
        <translation>Encontra as mensagens salvas que contêm todas as palavras (a última como prefixo), com as melhores ocorrências primeiro. Em um terminal, as ocorrências são destacadas; em um pipe, cada linha é “ID&lt;tab&gt;título&lt;tab&gt;texto”.</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>As palavras a procurar.</translation>
    </message>
    <message>
        <source>Show at most N messages (default 50).</source>
        <translation>Mostrar no máximo N mensagens (padrão: 50).</translation>
    </message>
    <message>
        <source>history search needs words to look for, e.g. codeguru-cli history search iterator invalidation</source>
        <translation>history search precisa de palavras a procurar, por exemplo: codeguru-cli history search iterator invalidation</translation>
    </message>
    <message>
        <source>Nothing in the history matches “%1”.</source>
        <translation>Nada no histórico corresponde a “%1”.</translation>
    </message>
    <message>
        <source>Write a saved conversation as Markdown or as JSON (which “history import” reads back).</source>
        <translation>Grava uma conversa salva em Markdown ou em JSON (que “history import” consegue ler de volta).</translation>
    </message>
    <message>
        <source>md (the default) or json.</source>
        <translation>md (o padrão) ou json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>Gravar em FILE em vez de stdout.</translation>
    </message>
    <message>
        <source>--format must be md or json, not “%1”.</source>
        <translation>--format deve ser md ou json, não “%1”.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Add a conversation from a JSON file written by “codeguru-cli history export --format json” or the window, and print its new ID. Importing the same file twice adds two copies.</source>
        <translation>Adiciona uma conversa de um arquivo JSON gravado por “codeguru-cli history export --format json” ou pela janela e imprime o novo ID dela. Importar o mesmo arquivo duas vezes adiciona duas cópias.</translation>
    </message>
    <message>
        <source>The JSON file; “-” reads stdin.</source>
        <translation>O arquivo JSON; “-” lê stdin.</translation>
    </message>
    <message>
        <source>history import needs exactly one FILE.</source>
        <translation>history import precisa de exatamente um FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a conversation exported by CodeGuru: %2</source>
        <translation>%1 não é uma conversa exportada pelo CodeGuru: %2</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>A entrada</translation>
    </message>
    <message>
        <source>Delete a saved conversation, its messages and their search entries. On a terminal it asks first; in a script it does not.</source>
        <translation>Exclui uma conversa salva, as mensagens dela e as entradas de pesquisa delas. Em um terminal, pergunta antes; em um script, não.</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>Não perguntar.</translation>
    </message>
    <message numerus="yes">
        <source>Delete conversation %1 “%2” (%n message(s))? [y/N] </source>
        <translation>
            <numerusform>Excluir a conversa %1 “%2” (%n mensagem)? [y/N] </numerusform>
            <numerusform>Excluir a conversa %1 “%2” (%n mensagens)? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nada foi excluído.</translation>
    </message>
    <message>
        <source>Deleted conversation %1.</source>
        <translation>A conversa %1 foi excluída.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::KeyCommand</name>
    <message>
        <source>Usage: codeguru-cli key set PROFILE     (reads the key from stdin)
       codeguru-cli key delete PROFILE
</source>
        <translation>Uso: codeguru-cli key set PROFILE     (lê a chave de stdin)
     codeguru-cli key delete PROFILE
</translation>
    </message>
    <message>
        <source>key needs “set PROFILE” or “delete PROFILE”.</source>
        <translation>key precisa de “set PROFILE” ou “delete PROFILE”.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; add it first with “codeguru-cli profile add”.</source>
        <translation>Não há nenhum perfil chamado “%1”; adicione-o primeiro com “codeguru-cli profile add”.</translation>
    </message>
    <message>
        <source>No key is stored for profile “%1”.</source>
        <translation>Não há nenhuma chave salva para o perfil “%1”.</translation>
    </message>
    <message>
        <source>The system keyring could not be used (%1). CodeGuru never stores keys in a file; use --api-key-env with an environment variable instead.</source>
        <translation>Não foi possível usar o chaveiro do sistema (%1). O CodeGuru nunca salva chaves em um arquivo; use --api-key-env com uma variável de ambiente.</translation>
    </message>
    <message>
        <source>Deleted the key of profile “%1”.</source>
        <translation>A chave do perfil “%1” foi excluída.</translation>
    </message>
    <message>
        <source>API key for profile “%1”: </source>
        <translation>Chave de API do perfil “%1”: </translation>
    </message>
    <message>
        <source>No key was given on stdin.</source>
        <translation>Nenhuma chave foi informada em stdin.</translation>
    </message>
    <message>
        <source>Stored the key of profile “%1” in the system keyring.</source>
        <translation>A chave do perfil “%1” foi salva no chaveiro do sistema.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ModelsCommand</name>
    <message>
        <source>List the models the provider offers.</source>
        <translation>Lista os modelos que o provedor oferece.</translation>
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
Predefinições: %1. Salve a chave com: codeguru-cli key set NAME
</translation>
    </message>
    <message>
        <source>profile needs one of: list, add NAME, remove NAME, use NAME.</source>
        <translation>profile precisa de um destes: list, add NAME, remove NAME, use NAME.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with “codeguru-cli profile add NAME --preset openai”.</source>
        <translation>Ainda não há perfis. Adicione um com “codeguru-cli profile add NAME --preset openai”.</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>(padrão do servidor)</translation>
    </message>
    <message>
        <source>Provider preset.</source>
        <translation>Predefinição de provedor.</translation>
    </message>
    <message>
        <source>API base URL.</source>
        <translation>URL base da API.</translation>
    </message>
    <message>
        <source>Model.</source>
        <translation>Modelo.</translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation>Torná-lo o perfil padrão.</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Nome do perfil.</translation>
    </message>
    <message>
        <source>profile add needs exactly one NAME.</source>
        <translation>profile add precisa de exatamente um NAME.</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>“%1” não é um nome de perfil válido (letras, dígitos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Unknown or missing --preset; run “codeguru-cli profile --help” for the list.</source>
        <translation>--preset desconhecido ou ausente; execute “codeguru-cli profile --help” para ver a lista.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1” não é uma URL http:// ou https://.</translation>
    </message>
    <message>
        <source>A custom profile needs --base-url.</source>
        <translation>Um perfil personalizado precisa de --base-url.</translation>
    </message>
    <message>
        <source>Saved profile “%1”.</source>
        <translation>O perfil “%1” foi salvo.</translation>
    </message>
    <message>
        <source>Store its key with “codeguru-cli key set %1”.</source>
        <translation>Salve a chave dele com “codeguru-cli key set %1”.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Não há nenhum perfil chamado “%1”.</translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted from the keyring (%1).</source>
        <translation>O perfil foi removido, mas não foi possível excluir a chave dele do chaveiro (%1).</translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation>O perfil “%1” foi removido.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ProviderOptions</name>
    <message>
        <source>OpenAI-compatible API base, e.g. http://localhost:11434/v1.</source>
        <translation>Base da API compatível com OpenAI, por exemplo: http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>Model to use.</source>
        <translation>Modelo a usar.</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>Ler a chave de API desta variável de ambiente.</translation>
    </message>
    <message>
        <source>Use a saved provider profile.</source>
        <translation>Usar um perfil de provedor salvo.</translation>
    </message>
    <message>
        <source>Give up after this many seconds without data (default 90).</source>
        <translation>Desistir após esta quantidade de segundos sem dados (padrão: 90).</translation>
    </message>
    <message>
        <source>Say on stderr which provider and model answer.</source>
        <translation>Informar em stderr qual provedor e qual modelo respondem.</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1” não é uma URL http:// ou https://.</translation>
    </message>
    <message>
        <source>--profile and --base-url cannot be used together.</source>
        <translation>--profile e --base-url não podem ser usados juntos.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout precisa de um número positivo de segundos.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ComposerEdit</name>
    <message>
        <source>Ask about code, paste an error, or drop files here…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>Pergunte sobre código, cole um erro ou solte arquivos aqui…  (Enter envia, Shift+Enter para nova linha)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter envia, Shift+Enter inicia uma nova linha, Esc interrompe a resposta.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextChip</name>
    <message>
        <source>Include with the next question</source>
        <translation>Incluir na próxima pergunta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (carregando…)</translation>
    </message>
    <message>
        <source>%1 (loading… %2)</source>
        <comment>file name, progress</comment>
        <translation>%1 (carregando… %2)</translation>
    </message>
    <message>
        <source>%1 (deciding…)</source>
        <translation>%1 (decidindo…)</translation>
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
        <translation>Remover %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextInspector</name>
    <message>
        <source>Routing</source>
        <translation>Roteamento</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>anexar</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>deixar de fora</translation>
    </message>
    <message>
        <source>What was sent — CodeGuru</source>
        <translation>O que foi enviado — CodeGuru</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>O que foi enviado</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensagens encontradas</translation>
    </message>
    <message>
        <source>Search all conversations (%1)</source>
        <translation>Pesquisar em todas as conversas (%1)</translation>
    </message>
    <message>
        <source>Start a new conversation (%1)</source>
        <translation>Iniciar uma nova conversa (%1)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FileContextLoader</name>
    <message>
        <source>The input is binary data, not text, so it was not attached.</source>
        <translation>A entrada é composta de dados binários, não de texto, então não foi anexada.</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text, so it was not attached.</source>
        <translation>“%1” é um arquivo binário, não de texto, então não foi anexado.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” não existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder; attach the files in it instead.</source>
        <translation>“%1” é uma pasta; anexe os arquivos que estão nela.</translation>
    </message>
    <message>
        <source>“%1” is too large to attach (%2; the limit is %3).</source>
        <translation>“%1” é grande demais para ser anexado (%2; o limite é %3).</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>Não foi possível ler “%1”: %2.</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>O carregamento de “%1” foi cancelado.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>Localizar nesta conversa</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Ocorrência anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Ocorrência anterior</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Próxima ocorrência (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Próxima ocorrência</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fechar localização</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhuma ocorrência</translation>
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
        <translation>“%1” não existe.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>“%1” não é uma pasta.</translation>
    </message>
    <message>
        <source>“%1” could not be read: permission denied.</source>
        <translation>Não foi possível ler “%1”: permissão negada.</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>O carregamento de “%1” foi cancelado.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>version control</source>
        <translation>controle de versão</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>dependências</translation>
    </message>
    <message>
        <source>build folder</source>
        <translation>pasta de compilação</translation>
    </message>
    <message>
        <source>virtual environment</source>
        <translation>ambiente virtual</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>editor settings</source>
        <translation>configurações do editor</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>não pôde ser lido</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>skipped files beyond the listed ones</comment>
        <translation>
            <numerusform>… e mais %n</numerusform>
            <numerusform>… e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>link simbólico</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>mais de %1</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binário</translation>
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
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>%1 is taken by another program</source>
        <translation>%1 já está em uso por outro programa</translation>
    </message>
    <message>
        <source>Global shortcuts are not supported on this desktop; bind `codeguru --quick-ask` in your desktop&apos;s keyboard settings</source>
        <translation>Este ambiente de trabalho não oferece suporte a atalhos globais; associe `codeguru --quick-ask` a uma tecla nas configurações de teclado do seu ambiente de trabalho</translation>
    </message>
    <message>
        <source>“%1” is not a key combination that can be used as a global shortcut</source>
        <translation>“%1” não é uma combinação de teclas que possa ser usada como atalho global</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryError</name>
    <message>
        <source>The conversation history at %1 is damaged or not a CodeGuru history.</source>
        <translation>O histórico de conversas em %1 está danificado ou não é um histórico do CodeGuru.</translation>
    </message>
    <message>
        <source>The conversation history is busy: another CodeGuru is writing to it. Try again in a moment.</source>
        <translation>O histórico de conversas está ocupado: outro CodeGuru está gravando nele. Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The conversation history at %1 cannot be written (read-only file or folder). Conversations are kept only until CodeGuru closes.</source>
        <translation>Não é possível gravar no histórico de conversas em %1 (arquivo ou pasta somente leitura). As conversas são mantidas apenas até o CodeGuru ser fechado.</translation>
    </message>
    <message>
        <source>The disk is full: the conversation could not be saved. It stays open and will be saved when space is freed.</source>
        <translation>O disco está cheio: não foi possível salvar a conversa. Ela continua aberta e será salva quando houver espaço livre.</translation>
    </message>
    <message>
        <source>The conversation history could not be read or written (%1).</source>
        <translation>Não foi possível ler nem gravar o histórico de conversas (%1).</translation>
    </message>
    <message>
        <source>The conversation history is not open.</source>
        <translation>O histórico de conversas não está aberto.</translation>
    </message>
    <message>
        <source>That conversation or message does not exist (any more).</source>
        <translation>Essa conversa ou mensagem não existe (mais).</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>A entrada não é válida.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryExporter</name>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Started %1, last updated %2 (UTC)</source>
        <translation>Iniciada em %1, atualizada pela última vez em %2 (UTC)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistente (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raciocínio</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n characters)</source>
        <translation>
            <numerusform>%1 (%n caractere)</numerusform>
            <numerusform>%1 (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>Anexos: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted.</source>
        <translation>
            <numerusform>%n segredo ocultado.</numerusform>
            <numerusform>%n segredos ocultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer was still being written.</source>
        <translation>Esta resposta ainda estava sendo escrita.</translation>
    </message>
    <message>
        <source>This answer was interrupted.</source>
        <translation>Esta resposta foi interrompida.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompida.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Falhou.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryImporter</name>
    <message>
        <source>This is not a CodeGuru conversation: it is not valid JSON (%1 at byte %2).</source>
        <translation>Isto não é uma conversa do CodeGuru: não é um JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <source>This JSON is not a CodeGuru conversation (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Este JSON não é uma conversa do CodeGuru (falta &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>This conversation was exported in format version %1, which this CodeGuru cannot read.</source>
        <translation>Esta conversa foi exportada na versão de formato %1, que esta versão do CodeGuru não consegue ler.</translation>
    </message>
    <message>
        <source>The conversation&apos;s time stamps are not valid.</source>
        <translation>Os carimbos de data/hora da conversa não são válidos.</translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation>A conversa não tem uma lista &quot;messages&quot;.</translation>
    </message>
    <message>
        <source>Message %1 of the conversation is not valid: %2.</source>
        <translation>A mensagem %1 da conversa não é válida: %2.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>papel desconhecido</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>estado desconhecido</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>sem conteúdo</translation>
    </message>
    <message>
        <source>bad time stamp</source>
        <translation>carimbo de data/hora inválido</translation>
    </message>
    <message>
        <source>bad token count</source>
        <translation>contagem de tokens inválida</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryOpenReport</name>
    <message>
        <source>Your conversation history could not be read; it was moved to %1 and a new one was started.</source>
        <translation>Não foi possível ler seu histórico de conversas; ele foi movido para %1 e um novo foi iniciado.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation>não é possível criar a pasta</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>o driver SQLite do Qt (QSQLITE) não está instalado</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (truncated)</source>
        <translation>o arquivo é menor do que o cabeçalho indica (truncado)</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this CodeGuru knows (%2)</source>
        <translation>a versão de esquema %1 é mais nova do que a que esta versão do CodeGuru conhece (%2)</translation>
    </message>
    <message>
        <source>The conversation history at %1 was written by a newer CodeGuru.</source>
        <translation>O histórico de conversas em %1 foi gravado por uma versão mais nova do CodeGuru.</translation>
    </message>
    <message>
        <source>the file holds tables that are not a CodeGuru history</source>
        <translation>o arquivo contém tabelas que não são de um histórico do CodeGuru</translation>
    </message>
    <message>
        <source>table %1 lacks column %2</source>
        <translation>falta a coluna %2 na tabela %1</translation>
    </message>
    <message>
        <source>could not move the damaged history aside</source>
        <translation>não foi possível mover o histórico danificado para outro lugar</translation>
    </message>
</context>
<context>
    <name>CodeGuru::LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
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
        <translation>Anexar…</translation>
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
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Anexar arquivos…</translation>
    </message>
    <message>
        <source>Attach a &amp;folder…</source>
        <translation>Anexar uma &amp;pasta…</translation>
    </message>
    <message>
        <source>Attach a folder</source>
        <translation>Anexar uma pasta</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversa…</translation>
    </message>
    <message>
        <source>There is nothing to export yet: ask something first.</source>
        <translation>Ainda não há nada para exportar: pergunte algo primeiro.</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CodeGuru conversation (*.json)</source>
        <translation>Conversa do CodeGuru (*.json)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>&amp;Importar conversa…</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>Importar conversa</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Stop answer</source>
        <translation>&amp;Parar resposta</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Regenerar</translation>
    </message>
    <message>
        <source>&amp;Edit last question</source>
        <translation>&amp;Editar última pergunta</translation>
    </message>
    <message>
        <source>Edit last question</source>
        <translation>Editar última pergunta</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pergunta:</translation>
    </message>
    <message>
        <source>&amp;Copy last answer as Markdown</source>
        <translation>&amp;Copiar última resposta como Markdown</translation>
    </message>
    <message>
        <source>The last answer was copied as Markdown.</source>
        <translation>A última resposta foi copiada como Markdown.</translation>
    </message>
    <message>
        <source>&amp;Find in conversation…</source>
        <translation>&amp;Localizar na conversa…</translation>
    </message>
    <message>
        <source>Search c&amp;onversations</source>
        <translation>Pesquisar c&amp;onversas</translation>
    </message>
    <message>
        <source>Show CodeGuru</source>
        <translation>Mostrar o CodeGuru</translation>
    </message>
    <message>
        <source>Ask about the clipboard</source>
        <translation>Perguntar sobre a área de transferência</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>Nenhum provedor</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configurações</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>This conversation could not be saved: %1 It stays open here and is saved as soon as possible.</source>
        <translation>Não foi possível salvar esta conversa: %1 Ela continua aberta aqui e será salva assim que possível.</translation>
    </message>
    <message>
        <source>This conversation could not be read: %1</source>
        <translation>Não foi possível ler esta conversa: %1</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Área de transferência</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>a concealed item from a password manager; it is never read</source>
        <translation>um item oculto de um gerenciador de senhas; ele nunca é lido</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>Renomear conversa</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Excluir conversa</translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>Excluir “%1” e todas as mensagens dela? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Conversations cannot be saved: %1 They are kept while CodeGuru runs.</source>
        <translation>Não é possível salvar as conversas: %1 Elas são mantidas enquanto o CodeGuru estiver em execução.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), last on %1</source>
        <translation>
            <numerusform>%n mensagem, a última em %1</numerusform>
            <numerusform>%n mensagens, a última em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportada para %1.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Não foi possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a CodeGuru conversation.</source>
        <translation>“%1” é grande demais para ser uma conversa do CodeGuru.</translation>
    </message>
    <message>
        <source>The conversation was imported.</source>
        <translation>A conversa foi importada.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texto solto</translation>
    </message>
    <message>
        <source>only local files can be attached</source>
        <translation>só é possível anexar arquivos locais</translation>
    </message>
    <message>
        <source>CodeGuru is still running</source>
        <translation>O CodeGuru continua em execução</translation>
    </message>
    <message>
        <source>It stays in the system tray. Choose Quit in its menu to end it.</source>
        <translation>Ele fica na bandeja do sistema. Escolha Sair no menu dele para encerrá-lo.</translation>
    </message>
    <message>
        <source>Attach files to the next question (File → Attach files…)</source>
        <translation>Anexar arquivos à próxima pergunta (Arquivo → Anexar arquivos…)</translation>
    </message>
    <message>
        <source>Stop reading a&amp;loud</source>
        <translation>Parar leitura em &amp;voz alta</translation>
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
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
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
        <translation>Restaurar a persona integrada</translation>
    </message>
    <message>
        <source>The system prompt is sent before every conversation and sets how the assistant answers.</source>
        <translation>O prompt do sistema é enviado antes de cada conversa e define como o assistente responde.</translation>
    </message>
    <message>
        <source>An empty prompt means the built-in coding-expert persona.</source>
        <translation>Um prompt vazio significa a persona integrada de especialista em programação.</translation>
    </message>
    <message>
        <source>The built-in coding-expert persona.</source>
        <translation>A persona integrada de especialista em programação.</translation>
    </message>
    <message>
        <source>Your own prompt.</source>
        <translation>Seu próprio prompt.</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt do sistema</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PortalGlobalShortcut</name>
    <message>
        <source>Ask CodeGuru about the clipboard</source>
        <translation>Perguntar ao CodeGuru sobre a área de transferência</translation>
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
        <translation> O provedor disse: “%1”</translation>
    </message>
    <message>
        <source>The provider rejected the API key%1; check the key stored for this provider.</source>
        <translation>O provedor rejeitou a chave de API%1; verifique a chave salva para este provedor.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in %2 s.</source>
        <translation>O provedor está limitando a taxa de solicitações%1; tente novamente em %2 s.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in a moment.</source>
        <translation>O provedor está limitando a taxa de solicitações%1; tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The question and its context are too long for this model; attach less or start a new conversation.</source>
        <translation>A pergunta e o contexto dela são longos demais para este modelo; anexe menos ou inicie uma nova conversa.</translation>
    </message>
    <message>
        <source>The provider refused the request%1.</source>
        <translation>O provedor recusou a solicitação%1.</translation>
    </message>
    <message>
        <source>The provider does not know this address or model%1; check the base URL and model name.</source>
        <translation>O provedor não conhece este endereço ou modelo%1; verifique a URL base e o nome do modelo.</translation>
    </message>
    <message>
        <source>The provider is overloaded or unavailable%1; try again shortly.</source>
        <translation>O provedor está sobrecarregado ou indisponível%1; tente novamente em breve.</translation>
    </message>
    <message>
        <source>The network is unreachable, so the provider could not be contacted.</source>
        <translation>A rede está inacessível, então não foi possível contatar o provedor.</translation>
    </message>
    <message>
        <source>The provider’s host name “%1” could not be found; check the base URL and your network.</source>
        <translation>O nome de host do provedor “%1” não foi encontrado; verifique a URL base e sua rede.</translation>
    </message>
    <message>
        <source>Nothing is answering at %1; is the server running?</source>
        <translation>Nada está respondendo em %1; o servidor está em execução?</translation>
    </message>
    <message>
        <source>The provider sent nothing for %1 s, so the request was stopped.</source>
        <translation>O provedor não enviou nada por %1 s, então a solicitação foi interrompida.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent.</source>
        <translation>Não foi possível verificar a conexão segura com %1, então nada foi enviado.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2), so nothing was sent.</source>
        <translation>Não foi possível verificar a conexão segura com %1 (%2), então nada foi enviado.</translation>
    </message>
    <message>
        <source>The connection to the provider dropped before the answer was complete.</source>
        <translation>A conexão com o provedor caiu antes de a resposta ser concluída.</translation>
    </message>
    <message>
        <source>The provider sent a reply that is not a valid chat completion.</source>
        <translation>O provedor enviou uma resposta que não é uma conclusão de chat (chat completion) válida.</translation>
    </message>
    <message>
        <source>The provider stopped the answer with an error.</source>
        <translation>O provedor interrompeu a resposta com um erro.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>“%1” is not a valid http:// or https:// address.</source>
        <translation>“%1” não é um endereço http:// ou https:// válido.</translation>
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
        <translation>Personalizado (compatível com OpenAI)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderResolver</name>
    <message>
        <source>No AI provider is configured, and no local Ollama (port 11434) or llama.cpp server (port 8080) answered. Set OPENAI_API_KEY or GROQ_API_KEY, start a local server, or save a provider with “codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]” followed by “codeguru-cli key set NAME”.</source>
        <translation>Nenhum provedor de IA está configurado, e nenhum servidor local do Ollama (porta 11434) ou do llama.cpp (porta 8080) respondeu. Defina OPENAI_API_KEY ou GROQ_API_KEY, inicie um servidor local ou salve um provedor com “codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]” seguido de “codeguru-cli key set NAME”.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty, so there is no API key to use.</source>
        <translation>A variável de ambiente %1 não está definida ou está vazia, então não há chave de API para usar.</translation>
    </message>
    <message>
        <source>--base-url</source>
        <translation>--base-url</translation>
    </message>
    <message>
        <source>There is no provider profile named “%1”; “codeguru-cli profile list” shows the saved ones.</source>
        <translation>Não há nenhum perfil de provedor chamado “%1”; “codeguru-cli profile list” mostra os salvos.</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>No API key is stored for profile “%1”; store one with “codeguru-cli key set %1”.</source>
        <translation>Não há nenhuma chave de API salva para o perfil “%1”; salve uma com “codeguru-cli key set %1”.</translation>
    </message>
    <message>
        <source>The API key for profile “%1” could not be read from the system keyring (%2). Unlock the keyring, or pass the key in an environment variable with --api-key-env.</source>
        <translation>Não foi possível ler a chave de API do perfil “%1” no chaveiro do sistema (%2). Desbloqueie o chaveiro ou passe a chave em uma variável de ambiente com --api-key-env.</translation>
    </message>
    <message>
        <source>local server at %1</source>
        <translation>servidor local em %1</translation>
    </message>
    <message>
        <source>The server at %1 lists no models; load or pull a model first, or pass --model.</source>
        <translation>O servidor em %1 não lista nenhum modelo; carregue ou baixe um modelo primeiro, ou informe --model.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProvidersPage</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Tornar padrão</translation>
    </message>
    <message>
        <source>The default profile answers unless you pick another one.</source>
        <translation>O perfil padrão responde, a menos que você escolha outro.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Ask the provider which models it offers.</source>
        <translation>Perguntar ao provedor quais modelos ele oferece.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Send a tiny message to the model and report how long the answer took.</source>
        <translation>Enviar uma mensagem mínima ao modelo e informar quanto tempo a resposta levou.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provedor:</translation>
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
        <translation>C&amp;have de API:</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>No provider profile yet. Without one, CodeGuru uses OPENAI_API_KEY or GROQ_API_KEY from the environment, or a local Ollama or llama.cpp server. Add a profile to choose the provider yourself.</source>
        <translation>Ainda não há nenhum perfil de provedor. Sem um, o CodeGuru usa OPENAI_API_KEY ou GROQ_API_KEY do ambiente, ou um servidor local do Ollama ou do llama.cpp. Adicione um perfil para escolher você mesmo o provedor.</translation>
    </message>
    <message>
        <source>A saved profile keeps its name; add a new one to use another.</source>
        <translation>Um perfil salvo mantém o nome; adicione um novo para usar outro.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Padrão: %1</translation>
    </message>
    <message>
        <source>The first model the server lists</source>
        <translation>O primeiro modelo listado pelo servidor</translation>
    </message>
    <message>
        <source>Every profile needs a name.</source>
        <translation>Todo perfil precisa de um nome.</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>“%1” não é um nome de perfil válido: use letras, dígitos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Two profiles are named “%1”.</source>
        <translation>Há dois perfis chamados “%1”.</translation>
    </message>
    <message>
        <source>The base URL of “%1” must be an http:// or https:// address.</source>
        <translation>A URL base de “%1” deve ser um endereço http:// ou https://.</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its key could not be deleted from the system keyring: %2</source>
        <translation>O perfil “%1” foi removido, mas não foi possível excluir a chave dele do chaveiro do sistema: %2</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// base URL first.</source>
        <translation>Informe primeiro uma URL base http:// ou https://.</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>Pedindo a lista de modelos a %1…</translation>
    </message>
    <message>
        <source>The server lists no models; type the model name.</source>
        <translation>O servidor não lista nenhum modelo; digite o nome do modelo.</translation>
    </message>
    <message>
        <source>Models listed by the server: %1.</source>
        <translation>Modelos listados pelo servidor: %1.</translation>
    </message>
    <message>
        <source>Choose a model first; Refresh lists the ones the server offers.</source>
        <translation>Escolha primeiro um modelo; Atualizar lista os que o servidor oferece.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Enviando uma mensagem de teste para %1…</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 respondeu em %2 ms.</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys cannot be stored. Start a Secret Service such as GNOME Keyring or KWallet, then open Settings again.</source>
        <translation>Nenhum chaveiro do sistema está disponível, então não é possível salvar chaves de API. Inicie um Secret Service, como o GNOME Keyring ou o KWallet, e abra as configurações novamente.</translation>
    </message>
    <message>
        <source>Access to the system keyring was refused, or it stayed locked. Unlock it and try again.</source>
        <translation>O acesso ao chaveiro do sistema foi recusado ou ele continuou bloqueado. Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>The system keyring reported an error.</source>
        <translation>O chaveiro do sistema relatou um erro.</translation>
    </message>
    <message>
        <source>The system keyring reported an error: %1</source>
        <translation>O chaveiro do sistema relatou um erro: %1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remover perfil</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PushToTalkButton</name>
    <message>
        <source>Speak a question</source>
        <translation>Perguntar por voz</translation>
    </message>
    <message>
        <source>Listening… let go to stop</source>
        <translation>Ouvindo… solte para parar</translation>
    </message>
    <message>
        <source>Hold to speak a question, let go to stop (%1)</source>
        <translation>Mantenha pressionado para perguntar por voz, solte para parar (%1)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtAudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one (or turn it on in the system&apos;s sound settings) and try again.</source>
        <translation>Nenhum microfone foi encontrado. Conecte um (ou ative-o nas configurações de som do sistema) e tente novamente.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or access to it was refused; check the system&apos;s privacy and sound settings.</source>
        <translation>Não foi possível abrir o microfone. Outro programa pode estar usando-o, ou o acesso foi negado; verifique as configurações de privacidade e de som do sistema.</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound (was it unplugged?).</source>
        <translation>O microfone parou de enviar som (ele foi desconectado?).</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtSpeechEngine</name>
    <message>
        <source>Answers cannot be read aloud: no text-to-speech engine is installed. Install speech-dispatcher or Flite.</source>
        <translation>Não é possível ler as respostas em voz alta: nenhum mecanismo de síntese de voz está instalado. Instale o speech-dispatcher ou o Flite.</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” is not available.</source>
        <translation>O mecanismo de síntese de voz “%1” não está disponível.</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine stopped working.</source>
        <translation>Não é possível ler as respostas em voz alta: o mecanismo de síntese de voz parou de funcionar.</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine reported “%1”.</source>
        <translation>Não é possível ler as respostas em voz alta: o mecanismo de síntese de voz informou “%1”.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuestionContextBuilder</name>
    <message>
        <source>No file in %1 clearly matches “%2”, so none was attached.</source>
        <translation>Nenhum arquivo em %1 corresponde claramente a “%2”, então nenhum foi anexado.</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>“%1” é longo; apenas o início e o fim foram anexados.</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>Em %1: %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskPage</name>
    <message>
        <source>Use the &amp;primary selection (the last highlighted text) instead of the clipboard</source>
        <translation>Usar a seleção &amp;primária (o último texto destacado) em vez da área de transferência</translation>
    </message>
    <message>
        <source>Quick Ask shortcut</source>
        <translation>Atalho do Quick Ask</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>A&amp;talho:</translation>
    </message>
    <message>
        <source>Where the desktop offers no global shortcuts, bind the command &lt;code&gt;codeguru --quick-ask&lt;/code&gt; to a key in its keyboard settings.</source>
        <translation>Se o ambiente de trabalho não oferecer atalhos globais, associe o comando &lt;code&gt;codeguru --quick-ask&lt;/code&gt; a uma tecla nas configurações de teclado dele.</translation>
    </message>
    <message>
        <source>This desktop has no primary selection.</source>
        <translation>Este ambiente de trabalho não tem seleção primária.</translation>
    </message>
    <message>
        <source>Open &amp;Quick Ask with a global shortcut</source>
        <translation>Abrir o &amp;Quick Ask com um atalho global</translation>
    </message>
    <message>
        <source>Start CodeGuru when I &amp;log in (in the background, so the shortcut works)</source>
        <translation>Iniciar o CodeGuru ao fazer &amp;login (em segundo plano, para que o atalho funcione)</translation>
    </message>
    <message>
        <source>Adds %1 to the programs your desktop starts when you log in.</source>
        <translation>Adiciona %1 aos programas que o seu ambiente de trabalho inicia quando você faz login.</translation>
    </message>
    <message>
        <source>This system has no XDG autostart folder.</source>
        <translation>Este sistema não tem pasta de inicialização automática XDG.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskWindow</name>
    <message>
        <source>Open in CodeGuru</source>
        <translation>Abrir no CodeGuru</translation>
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
        <translation>Pergunte sobre o que você copiou… (Enter pergunta, Esc oculta)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Continue this exchange in the main window</source>
        <translation>Continuar esta troca na janela principal</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy an error or some code, then ask.</source>
        <translation>A área de transferência está vazia. Copie um erro ou um trecho de código e depois pergunte.</translation>
    </message>
    <message>
        <source>The clipboard holds a concealed item from a password manager; it is not read, shown or sent.</source>
        <translation>A área de transferência contém um item oculto de um gerenciador de senhas; ele não é lido, mostrado nem enviado.</translation>
    </message>
    <message>
        <source>An image, %1 × %2 pixels. The model cannot see images; only your question is sent.</source>
        <translation>Uma imagem de %1 × %2 pixels. O modelo não consegue ver imagens; apenas a sua pergunta é enviada.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1, about %2 tokens</source>
        <translation>
            <numerusform>%n linha, %1, cerca de %2 tokens</numerusform>
            <numerusform>%n linhas, %1, cerca de %2 tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::RoutingPage</name>
    <message>
        <source>Same as the answer model</source>
        <translation>Igual ao modelo de resposta</translation>
    </message>
    <message>
        <source>A small, fast model answers the routing questions best; the answer model is used when empty.</source>
        <translation>Um modelo pequeno e rápido responde melhor às perguntas de roteamento; se estiver vazio, é usado o modelo de resposta.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Classifiers that have not answered by then take their default.</source>
        <translation>Os classificadores que não tiverem respondido até lá usam o valor padrão.</translation>
    </message>
    <message>
        <source>For providers on other machines (recommended)</source>
        <translation>Para provedores em outras máquinas (recomendado)</translation>
    </message>
    <message>
        <source>Always, even for a model on this machine</source>
        <translation>Sempre, mesmo para um modelo nesta máquina</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Classifier &amp;model:</source>
        <translation>&amp;Modelo classificador:</translation>
    </message>
    <message>
        <source>Routing &amp;deadline:</source>
        <translation>&amp;Prazo de roteamento:</translation>
    </message>
    <message>
        <source>&amp;Hide secrets in attachments:</source>
        <translation>&amp;Ocultar segredos nos anexos:</translation>
    </message>
    <message>
        <source>Classifiers</source>
        <translation>Classificadores</translation>
    </message>
    <message>
        <source>Before each question is answered, the classifier model is asked these questions to decide what to attach. {query} stands for the question.</source>
        <translation>Antes de cada pergunta ser respondida, estas perguntas são feitas ao modelo classificador para decidir o que anexar. {query} representa a pergunta.</translation>
    </message>
    <message>
        <source>Select a classifier to edit its question.</source>
        <translation>Selecione um classificador para editar a pergunta dele.</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>&amp;Question asked by “%1”:</source>
        <translation>Per&amp;gunta feita por “%1”:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>Per&amp;gunta:</translation>
    </message>
    <message>
        <source>Apply saves your classifiers to %1.</source>
        <translation>Aplicar salva seus classificadores em %1.</translation>
    </message>
    <message>
        <source>Apply deletes %1 and goes back to the built-in classifiers.</source>
        <translation>Aplicar exclui %1 e volta para os classificadores integrados.</translation>
    </message>
    <message>
        <source>%1 The built-in classifiers are shown; a change you apply replaces the file.</source>
        <translation>%1 Os classificadores integrados são mostrados; uma alteração que você aplicar substituirá o arquivo.</translation>
    </message>
    <message>
        <source>Your classifiers, from %1.</source>
        <translation>Seus classificadores, de %1.</translation>
    </message>
    <message>
        <source>The built-in classifiers.</source>
        <translation>Os classificadores integrados.</translation>
    </message>
    <message>
        <source>The classifier “%1” needs a question.</source>
        <translation>O classificador “%1” precisa de uma pergunta.</translation>
    </message>
    <message>
        <source>%1 could not be deleted; remove it by hand to use the built-in classifiers.</source>
        <translation>Não foi possível excluir %1; remova-o manualmente para usar os classificadores integrados.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SecretScanner</name>
    <message>
        <source>private key</source>
        <translation>chave privada</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>uma chave privada</translation>
    </message>
    <message>
        <source>%1 private keys</source>
        <translation>%1 chaves privadas</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>chave de acesso da AWS</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>uma chave de acesso da AWS</translation>
    </message>
    <message>
        <source>%1 AWS access keys</source>
        <translation>%1 chaves de acesso da AWS</translation>
    </message>
    <message>
        <source>AWS secret key</source>
        <translation>chave secreta da AWS</translation>
    </message>
    <message>
        <source>an AWS secret key</source>
        <translation>uma chave secreta da AWS</translation>
    </message>
    <message>
        <source>%1 AWS secret keys</source>
        <translation>%1 chaves secretas da AWS</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>token do GitHub</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>um token do GitHub</translation>
    </message>
    <message>
        <source>%1 GitHub tokens</source>
        <translation>%1 tokens do GitHub</translation>
    </message>
    <message>
        <source>OpenAI-style API key</source>
        <translation>chave de API no estilo OpenAI</translation>
    </message>
    <message>
        <source>an OpenAI-style API key</source>
        <translation>uma chave de API no estilo OpenAI</translation>
    </message>
    <message>
        <source>%1 OpenAI-style API keys</source>
        <translation>%1 chaves de API no estilo OpenAI</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>chave de API da Anthropic</translation>
    </message>
    <message>
        <source>an Anthropic API key</source>
        <translation>uma chave de API da Anthropic</translation>
    </message>
    <message>
        <source>%1 Anthropic API keys</source>
        <translation>%1 chaves de API da Anthropic</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>chave de API da Groq</translation>
    </message>
    <message>
        <source>a Groq API key</source>
        <translation>uma chave de API da Groq</translation>
    </message>
    <message>
        <source>%1 Groq API keys</source>
        <translation>%1 chaves de API da Groq</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>token do Slack</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>um token do Slack</translation>
    </message>
    <message>
        <source>%1 Slack tokens</source>
        <translation>%1 tokens do Slack</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>URL de webhook do Slack</translation>
    </message>
    <message>
        <source>a Slack webhook URL</source>
        <translation>uma URL de webhook do Slack</translation>
    </message>
    <message>
        <source>%1 Slack webhook URLs</source>
        <translation>%1 URLs de webhook do Slack</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>chave de API do Google</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>uma chave de API do Google</translation>
    </message>
    <message>
        <source>%1 Google API keys</source>
        <translation>%1 chaves de API do Google</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation>um JSON Web Token</translation>
    </message>
    <message>
        <source>%1 JSON Web Tokens</source>
        <translation>%1 JSON Web Tokens</translation>
    </message>
    <message>
        <source>password</source>
        <translation>senha</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>uma senha</translation>
    </message>
    <message>
        <source>%1 passwords</source>
        <translation>%1 senhas</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>um token</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>chave de API</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>uma chave de API</translation>
    </message>
    <message>
        <source>%1 API keys</source>
        <translation>%1 chaves de API</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>segredo</translation>
    </message>
    <message>
        <source>a secret</source>
        <translation>um segredo</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 segredos</translation>
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
        <translation>linha %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>linhas %1</translation>
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
        <translation>1 segredo foi ocultado: %1.</translation>
    </message>
    <message>
        <source>Redacted %1 secrets: %2.</source>
        <translation>%1 segredos foram ocultados: %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 e %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SessionPresenter</name>
    <message>
        <source>Sent with: %1</source>
        <translation>Enviado com: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n secret(s) redacted)</source>
        <translation>
            <numerusform>(%n segredo ocultado)</numerusform>
            <numerusform>(%n segredos ocultados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Inspecionar</translation>
    </message>
    <message>
        <source>This answer was interrupted: CodeGuru ended before it was complete.</source>
        <translation>Esta resposta foi interrompida: o CodeGuru foi encerrado antes de ela ser concluída.</translation>
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
        <translation>A resposta foi cortada porque o modelo atingiu o limite de saída.</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>A resposta acima está incompleta. %1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir configurações</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Please continue your previous answer from where it stopped.</source>
        <translation>Continue sua resposta anterior de onde ela parou.</translation>
    </message>
    <message>
        <source>Only the last answer can be asked again.</source>
        <translation>Só é possível pedir novamente a última resposta.</translation>
    </message>
    <message>
        <source>The provider should accept requests again now.</source>
        <translation>O provedor já deve aceitar solicitações novamente.</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests; you can retry in %1 s.</source>
        <translation>O provedor está limitando a taxa de solicitações; você pode tentar novamente em %1 s.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SettingsDialog</name>
    <message>
        <source>CodeGuru Settings</source>
        <translation>Configurações do CodeGuru</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Roteamento</translation>
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
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>The settings were saved, but a key could not be stored; the profile shows why.</source>
        <translation>As configurações foram salvas, mas não foi possível salvar uma chave; o perfil mostra o motivo.</translation>
    </message>
    <message>
        <source>The other settings were saved, but the classifiers were not; the Routing page shows why.</source>
        <translation>As demais configurações foram salvas, mas os classificadores não; a página Roteamento mostra o motivo.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <source>The other settings were saved, but starting CodeGuru when you log in could not be changed; the Quick Ask page shows why.</source>
        <translation>As demais configurações foram salvas, mas não foi possível alterar a inicialização do CodeGuru ao fazer login; a página Quick Ask mostra o motivo.</translation>
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
            <numerusform>Um bloco de código de %n linha.</numerusform>
            <numerusform>Um bloco de código de %n linhas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (HTML, SQL, R), kept as is; English needs &quot;An&quot; before it, other languages translate this like the &quot;A %1&quot; string.</extracomment>
        <translation>
            <numerusform>Um bloco de código %1 de %n linha.</numerusform>
            <numerusform>Um bloco de código %1 de %n linhas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (Python, C++, shell), kept as is.</extracomment>
        <translation>
            <numerusform>Um bloco de código %1 de %n linha.</numerusform>
            <numerusform>Um bloco de código %1 de %n linhas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table with %n row(s).</source>
        <extracomment>Read aloud in place of a table; the rows below its header.</extracomment>
        <translation>
            <numerusform>Uma tabela com %n linha.</numerusform>
            <numerusform>Uma tabela com %n linhas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpokenQuestion</name>
    <message>
        <source>Nothing was heard: the recording is silent. Check that the microphone is connected and not muted, then record again — or press Retry to send it anyway.</source>
        <translation>Nada foi ouvido: a gravação está em silêncio. Verifique se o microfone está conectado e não está mudo e grave novamente — ou clique em Tentar novamente para enviá-la mesmo assim.</translation>
    </message>
    <message>
        <source>Transcription stopped. The recording is kept: press Retry to transcribe it, or Discard.</source>
        <translation>A transcrição foi interrompida. A gravação foi mantida: clique em Tentar novamente para transcrevê-la, ou em Descartar.</translation>
    </message>
    <message>
        <source>No provider is set up to turn speech into text. Add one in Settings → Providers (or choose one in Settings → Voice), then press Retry.</source>
        <translation>Nenhum provedor está configurado para converter fala em texto. Adicione um em Configurações → Provedores (ou escolha um em Configurações → Voz) e clique em Tentar novamente.</translation>
    </message>
    <message>
        <source>The recording could not be turned into text. %1 The recording is kept: press Retry, or Discard.</source>
        <translation>Não foi possível converter a gravação em texto. %1 A gravação foi mantida: clique em Tentar novamente ou em Descartar.</translation>
    </message>
    <message>
        <source>%1 What was recorded until then is kept: press Retry to transcribe it, or Discard.</source>
        <translation>%1 O que foi gravado até então foi mantido: clique em Tentar novamente para transcrever, ou em Descartar.</translation>
    </message>
    <message>
        <source>That was too short to hear a question. Hold the microphone button (or %1) while you speak, and let go when you are done.</source>
        <translation>Foi curto demais para ouvir uma pergunta. Mantenha pressionado o botão do microfone (ou %1) enquanto fala e solte quando terminar.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TextDecoder</name>
    <message>
        <source>[… 1 line omitted …]</source>
        <translation>[… 1 linha omitida …]</translation>
    </message>
    <message>
        <source>[… %1 lines omitted …]</source>
        <translation>[… %1 linhas omitidas …]</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TranscriptionResult</name>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>Nenhuma fala foi reconhecida na gravação.</translation>
    </message>
    <message>
        <source>%1 has no speech-to-text endpoint (%2 answered HTTP %3). Choose a transcription provider that offers one, such as OpenAI, Groq or a local Whisper server.</source>
        <translation>%1 não tem um endpoint de fala para texto (%2 respondeu HTTP %3). Escolha um provedor de transcrição que ofereça um, como OpenAI, Groq ou um servidor Whisper local.</translation>
    </message>
    <message>
        <source>The provider does not know the transcription model “%1”; choose another one.</source>
        <translation>O provedor não conhece o modelo de transcrição “%1”; escolha outro.</translation>
    </message>
    <message>
        <source> The provider said: “%1”</source>
        <translation> O provedor disse: “%1”</translation>
    </message>
    <message>
        <source>The provider’s reply from %1 is not a transcription.</source>
        <translation>A resposta do provedor em %1 não é uma transcrição.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the transcription arrived.</source>
        <translation>A conexão com %1 caiu antes de a transcrição chegar.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoicePage</name>
    <message>
        <source>&amp;Send spoken questions at once</source>
        <translation>&amp;Enviar perguntas faladas imediatamente</translation>
    </message>
    <message>
        <source>&amp;Read answers aloud</source>
        <translation>&amp;Ler respostas em voz alta</translation>
    </message>
    <message>
        <source>The provider profile that turns what you say into text.</source>
        <translation>O perfil de provedor que converte o que você diz em texto.</translation>
    </message>
    <message>
        <source>The speech-to-text model; empty uses the provider&apos;s usual one.</source>
        <translation>O modelo de fala para texto; se vazio, usa o modelo usual do provedor.</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed. Install speech-dispatcher or Flite to hear answers.</source>
        <translation>Nenhum mecanismo de síntese de voz está instalado. Instale o speech-dispatcher ou o Flite para ouvir as respostas.</translation>
    </message>
    <message>
        <source>Speaking a question</source>
        <translation>Perguntar por voz</translation>
    </message>
    <message>
        <source>Transcription &amp;provider:</source>
        <translation>&amp;Provedor de transcrição:</translation>
    </message>
    <message>
        <source>Transcription &amp;model:</source>
        <translation>&amp;Modelo de transcrição:</translation>
    </message>
    <message>
        <source>Otherwise the words land in the message box, so you can glance at them before sending.</source>
        <translation>Caso contrário, as palavras vão para a caixa de mensagem, para que você possa revisá-las antes de enviar.</translation>
    </message>
    <message>
        <source>To speak a question, hold %1 in the CodeGuru window, or hold the microphone button, and let go when you are done.</source>
        <translation>Para perguntar por voz, mantenha %1 pressionado na janela do CodeGuru, ou mantenha o botão do microfone pressionado, e solte quando terminar.</translation>
    </message>
    <message>
        <source>Hearing the answer</source>
        <translation>Ouvir a resposta</translation>
    </message>
    <message>
        <source>Speech &amp;engine:</source>
        <translation>Mecanismo de &amp;voz:</translation>
    </message>
    <message>
        <source>Same as the chat provider</source>
        <translation>O mesmo provedor do chat</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (ausente)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (não instalado)</translation>
    </message>
    <message>
        <source>Provider default (e.g. %1)</source>
        <translation>Padrão do provedor (por exemplo, %1)</translation>
    </message>
    <message>
        <source>Provider default: %1</source>
        <translation>Padrão do provedor: %1</translation>
    </message>
    <message>
        <source>Push-to-&amp;talk shortcut:</source>
        <translation>A&amp;talho para falar:</translation>
    </message>
    <message>
        <source>Choose one key with Ctrl, Alt or Meta (or a function key such as F9): a key held without them would be taken from typing.</source>
        <translation>Escolha uma tecla com Ctrl, Alt ou Meta (ou uma tecla de função como F9): sem elas, a tecla deixaria de servir para digitar.</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoiceStrip</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Send the kept recording to be transcribed again</source>
        <translation>Enviar a gravação mantida para ser transcrita novamente</translation>
    </message>
    <message>
        <source>Throw the kept recording away</source>
        <translation>Descartar a gravação mantida</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>Abrindo o microfone…</translation>
    </message>
    <message>
        <source>Listening… let go to stop, Esc to cancel.</source>
        <translation>Ouvindo… solte para parar, Esc para cancelar.</translation>
    </message>
    <message>
        <source>Turning speech into text…</source>
        <translation>Convertendo fala em texto…</translation>
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
        <translation>Uso: codeguru-cli [COMANDO] [OPÇÕES]

Comandos:
  ask PERGUNTA     faz uma pergunta; a resposta é transmitida para stdout
                   (arquivos com -f; o stdin recebido por pipe é anexado como contexto)
  chat             uma conversa no terminal (o padrão em um terminal)
  history ...      lista, mostra, pesquisa, exporta, importa ou exclui conversas salvas
  models           lista os modelos do provedor
  profile ...      lista, adiciona, remove ou escolhe provedores salvos
  key set|delete   salva ou exclui a chave de API de um perfil no chaveiro do sistema

Execute “codeguru-cli COMANDO --help” para ver as opções de um comando.
Provedor: --profile, --base-url ou OPENAI_API_KEY / OPENAI_BASE_URL / GROQ_API_KEY /
OPENROUTER_API_KEY; caso contrário, um servidor local do Ollama (porta 11434) ou do
llama.cpp (porta 8080).
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>“%1” não é um comando.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CodeGuru, an assistant for programmers.</source>
        <translation>CodeGuru, um assistente para programadores.</translation>
    </message>
    <message>
        <source>Open Quick Ask with the clipboard, in the running CodeGuru if there is one. Bind this to a key in your desktop&apos;s keyboard settings.</source>
        <translation>Abrir o Quick Ask com a área de transferência, no CodeGuru já em execução, se houver. Associe isto a uma tecla nas configurações de teclado do seu ambiente de trabalho.</translation>
    </message>
    <message>
        <source>CodeGuru is running but does not answer; starting another window.</source>
        <translation>O CodeGuru está em execução, mas não responde; abrindo outra janela.</translation>
    </message>
    <message>
        <source>Start without a window, in the system tray if there is one, so the Quick Ask shortcut works. Used when CodeGuru starts at login.</source>
        <translation>Iniciar sem janela, na bandeja do sistema, se houver, para que o atalho do Quick Ask funcione. Usado quando o CodeGuru é iniciado no login.</translation>
    </message>
</context>
</TS>
