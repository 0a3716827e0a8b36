<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CodeGuru::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>置き換え…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Keep stored key</source>
        <translation>保存済みのキーを維持</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Paste the new API key</source>
        <translation>新しい API キーを貼り付け</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API キーを貼り付け</translation>
    </message>
    <message>
        <source>Optional: this provider usually needs no key</source>
        <translation>省略可: このプロバイダーには通常キーは不要です</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>システムのキーリングを確認しています…</translation>
    </message>
    <message>
        <source>The stored key will be removed when you apply.</source>
        <translation>適用すると、保存済みのキーが削除されます。</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you apply.</source>
        <translation>適用すると、保存済みのキーが新しいキーに置き換わります。</translation>
    </message>
    <message>
        <source>The key will be stored in the system keyring when you apply.</source>
        <translation>適用すると、キーがシステムのキーリングに保存されます。</translation>
    </message>
    <message>
        <source>•••• stored in the system keyring</source>
        <translation>•••• システムのキーリングに保存済み</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring, never in the settings file.</source>
        <translation>キーはシステムのキーリングに保管され、設定ファイルには決して書き込まれません。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>保存済みのキーを削除</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AppearancePage</name>
    <message>
        <source>&amp;Keep CodeGuru running in the system tray when the window is closed</source>
        <translation>ウィンドウを閉じても CodeGuru をシステムトレイで実行し続ける(&amp;K)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System default (%1 pt)</source>
        <translation>システムの既定 (%1 pt)</translation>
    </message>
    <message>
        <source>How do I read a file line by line in Python?
Use a with block: for line in open(path): print(line)</source>
        <translation>Python でファイルを 1 行ずつ読むには？
with ブロックを使います: for line in open(path): print(line)</translation>
    </message>
    <message>
        <source>Chat &amp;text size:</source>
        <translation>チャットの文字サイズ(&amp;T):</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits.</source>
        <translation>このデスクトップにはシステムトレイがないため、ウィンドウを閉じると終了します。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>The new language is used the next time CodeGuru starts.</source>
        <translation>新しい言語は、次に CodeGuru を起動したときに使われます。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AutostartEntry</name>
    <message>
        <source>Starting CodeGuru when you log in is only possible on desktops with XDG autostart (Linux and BSD).</source>
        <translation>ログイン時に CodeGuru を起動できるのは、XDG 自動起動に対応したデスクトップ（Linux と BSD）だけです。</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: there is no configuration folder.</source>
        <translation>ログイン時に CodeGuru を起動できません：設定フォルダーがありません。</translation>
    </message>
    <message>
        <source>CodeGuru will still start when you log in: %1 could not be deleted (%2).</source>
        <translation>ログイン時の CodeGuru の起動は解除されていません：%1 を削除できませんでした（%2）。</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 should be the autostart folder, but it is a file.</source>
        <translation>ログイン時に CodeGuru を起動できません：%1 は自動起動フォルダーのはずですが、ファイルになっています。</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 could not be created.</source>
        <translation>ログイン時に CodeGuru を起動できません：自動起動フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 is not writable (%2).</source>
        <translation>ログイン時に CodeGuru を起動できません：自動起動フォルダー %1 に書き込めません（%2）。</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 could not be written (%2).</source>
        <translation>ログイン時に CodeGuru を起動できません：%1 を書き込めませんでした（%2）。</translation>
    </message>
    <message>
        <source>Starts CodeGuru in the background, so its Quick Ask shortcut works</source>
        <translation>CodeGuru をバックグラウンドで起動し、Quick Ask のショートカットを使えるようにします</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 is a folder where its autostart entry should be.</source>
        <translation>ログイン時に CodeGuru を起動できません：自動起動エントリがあるべき %1 がフォルダーになっています。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatListView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>リンクのアドレスをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy C&amp;ode</source>
        <translation>コードをコピー(&amp;O)</translation>
    </message>
    <message>
        <source>Copy Message as &amp;Markdown</source>
        <translation>メッセージを Markdown としてコピー(&amp;M)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatView</name>
    <message>
        <source>Jump to latest</source>
        <translation>最新へ移動</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the answer again</source>
        <translation>最新のメッセージまでスクロールし、回答の自動追従を再開します</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Right and Left go from one Copy button, link or notice button to the next; Enter presses it.</source>
        <translation>Right キーと Left キーで「コピー」ボタン、リンク、通知のボタンを順に移動し、Enter キーで押します。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSet</name>
    <message>
        <source>The classifier file is not valid JSON (%1).</source>
        <translation>分類器ファイルが有効な JSON ではありません（%1）。</translation>
    </message>
    <message>
        <source>The classifier file needs a &quot;classifiers&quot; array.</source>
        <translation>分類器ファイルには &quot;classifiers&quot; 配列が必要です。</translation>
    </message>
    <message>
        <source>The classifier file has %1 classifiers; at most %2 are supported.</source>
        <translation>分類器ファイルに %1 個の分類器があります。サポートされるのは最大 %2 個です。</translation>
    </message>
    <message>
        <source>Classifier %1 needs an &quot;id&quot;, a &quot;question&quot; and a &quot;context&quot;.</source>
        <translation>分類器 %1 には &quot;id&quot;、&quot;question&quot;、&quot;context&quot; が必要です。</translation>
    </message>
    <message>
        <source>The classifier id “%1” is used twice.</source>
        <translation>分類器 ID「%1」が 2 回使われています。</translation>
    </message>
    <message>
        <source>The classifier file “%1” could not be read: %2.</source>
        <translation>分類器ファイル「%1」を読み込めませんでした：%2。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSetWriter</name>
    <message>
        <source>The classifiers could not be saved to “%1”: %2.</source>
        <translation>分類器を「%1」に保存できませんでした：%2。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierTableModel</name>
    <message>
        <source>Asked before every question</source>
        <translation>質問のたびに事前に問い合わせます</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>問い合わせません</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>The decision when the classifier does not answer before the deadline</source>
        <translation>分類器が期限までに回答しなかった場合の判定</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attaches</source>
        <translation>添付対象</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AnswerPrinter</name>
    <message>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The provider is busy (%1); retrying in %2 s (attempt %3)…</source>
        <translation>プロバイダーが混雑しています（%1）。%2 秒後に再試行します（%3 回目）…</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit (finish_reason “length”).</source>
        <translation>モデルが出力の上限に達したため、回答が途中で切れました（finish_reason「length」）。</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>モデルが空の回答を返しました。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>上の回答は不完全です。%1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AskCommand</name>
    <message>
        <source>Ask one question and stream the answer to stdout. Text piped on stdin is attached as context.</source>
        <translation>質問を 1 つ送り、回答を stdout にストリーミングします。stdin からパイプで渡されたテキストはコンテキストとして添付されます。</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>質問。</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>コーディング用ペルソナの代わりに、このシステムプロンプトを使います。</translation>
    </message>
    <message>
        <source>Wait for the whole answer, then print it.</source>
        <translation>回答全体を待ってから出力します。</translation>
    </message>
    <message>
        <source>Attach a file as context (repeatable).</source>
        <translation>ファイルをコンテキストとして添付します（複数回指定可）。</translation>
    </message>
    <message>
        <source>Do not save the question and answer in the history (“codeguru-cli history”).</source>
        <translation>質問と回答を履歴（「codeguru-cli history」）に保存しません。</translation>
    </message>
    <message>
        <source>Ask in saved conversation ID: its earlier questions and answers are sent too, and this exchange is added to it.</source>
        <translation>保存済みの会話 ID の中で質問します。その会話のこれまでの質問と回答も送信され、今回のやり取りがその会話に追加されます。</translation>
    </message>
    <message>
        <source>Say on stderr which conversation the exchange was saved in.</source>
        <translation>やり取りをどの会話に保存したかを stderr に表示します。</translation>
    </message>
    <message>
        <source>ask needs a question, e.g. codeguru-cli ask &quot;why does this segfault?&quot;</source>
        <translation>ask には質問が必要です。例: codeguru-cli ask &quot;これはなぜセグフォするの？&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>「%1」は会話 ID ではありません。ID は「codeguru-cli history list」に表示される番号です。</translation>
    </message>
    <message>
        <source>The piped input is long; only its beginning and end were attached.</source>
        <translation>パイプからの入力が長いため、先頭と末尾だけを添付しました。</translation>
    </message>
    <message>
        <source>Left out of %1: %2.</source>
        <translation>%1 から除外：%2。</translation>
    </message>
    <message>
        <source>%1 is large; only the first %2 files were attached.</source>
        <translation>%1 は大きいため、最初の %2 個のファイルだけを添付しました。</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>「%1」は長いため、先頭と末尾だけを添付しました。</translation>
    </message>
    <message>
        <source>Using %1 at %2 (%3).</source>
        <translation>%2 の %1 を使用します（%3）。</translation>
    </message>
    <message>
        <source>To send them unredacted for this question, repeat it with --redact-secrets never.</source>
        <translation>この質問でシークレットをマスクせずに送るには、--redact-secrets never を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせています…</translation>
    </message>
    <message>
        <source>Saved in conversation %1; continue it with “codeguru-cli ask --continue %1 …”.</source>
        <translation>会話 %1 に保存しました。続けるには「codeguru-cli ask --continue %1 …」を使います。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Give either a question or --audio, not both.</source>
        <translation>質問か --audio のどちらか一方を指定してください。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AudioQuestion</name>
    <message>
        <source>Transcribe this recording (WAV, MP3, M4A, OGG, FLAC or WebM; “-” reads stdin) and ask what it says.</source>
        <translation>この録音（WAV、MP3、M4A、OGG、FLAC、WebM。「-」は標準入力から読み込み）を文字起こしし、その内容を質問します。</translation>
    </message>
    <message>
        <source>Speech-to-text model (default: the settings, else the provider’s usual one, e.g. whisper-1).</source>
        <translation>音声認識モデル（既定: 設定の値、なければプロバイダーの標準モデル。例: whisper-1）。</translation>
    </message>
    <message>
        <source>Provider profile that transcribes --audio (default: the settings, else the provider that answers).</source>
        <translation>--audio を文字起こしするプロバイダープロファイル（既定: 設定の値、なければ回答するプロバイダー）。</translation>
    </message>
    <message>
        <source>--audio - found no recording on stdin.</source>
        <translation>--audio - は標準入力から録音を受け取れませんでした。</translation>
    </message>
    <message>
        <source>The recording on stdin is larger than %1 MB, the most speech-to-text providers accept; record a shorter question or compress it (e.g. to MP3).</source>
        <translation>標準入力の録音が %1 MB を超えています。これは音声認識プロバイダーが受け付ける上限です。短い質問を録音し直すか、圧縮してください（例: MP3）。</translation>
    </message>
    <message>
        <source>The recording “%1” does not exist.</source>
        <translation>録音「%1」が存在しません。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a recording.</source>
        <translation>「%1」はフォルダーであり、録音ではありません。</translation>
    </message>
    <message>
        <source>The recording “%1” is %2 MB; speech-to-text providers accept at most %3 MB. Record a shorter question or compress it (e.g. to MP3).</source>
        <translation>録音「%1」のサイズは %2 MB ですが、音声認識プロバイダーが受け付けるのは最大 %3 MB です。短い質問を録音し直すか、圧縮してください（例: MP3）。</translation>
    </message>
    <message>
        <source>The recording “%1” could not be read: %2.</source>
        <translation>録音「%1」を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <source>The recording “%1” is empty.</source>
        <translation>録音「%1」は空です。</translation>
    </message>
    <message>
        <source>the provider that answers</source>
        <translation>回答するプロバイダー</translation>
    </message>
    <message>
        <source>Transcribing with %1 at %2 (%3).</source>
        <translation>%2 の %1 で文字起こしします（%3）。</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>聞き取り: %1</translation>
    </message>
    <message>
        <source>The recording could not be transcribed. %1</source>
        <translation>録音を文字起こしできませんでした。%1</translation>
    </message>
    <message>
        <source>The recording is unchanged at %1.</source>
        <translation>録音は %1 にそのまま残っています。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ChatCommand</name>
    <message>
        <source>Chat with the assistant; it remembers the conversation. Type /help for commands, Ctrl+D to leave.</source>
        <translation>アシスタントとチャットします。会話の内容は記憶されます。/help でコマンド一覧、Ctrl+D で終了します。</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>コーディング用ペルソナの代わりに、このシステムプロンプトを使います。</translation>
    </message>
    <message>
        <source>Do not save the conversation in the history (“codeguru-cli history”).</source>
        <translation>会話を履歴（「codeguru-cli history」）に保存しません。</translation>
    </message>
    <message>
        <source>Continue saved conversation ID: its earlier questions and answers are sent too, and new ones are added to it.</source>
        <translation>保存済みの会話 ID を続けます。その会話のこれまでの質問と回答も送信され、新しいやり取りはその会話に追加されます。</translation>
    </message>
    <message>
        <source>chat takes no question; type it at the prompt.</source>
        <translation>chat は質問を引数に取りません。プロンプトで入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>「%1」は会話 ID ではありません。ID は「codeguru-cli history list」に表示される番号です。</translation>
    </message>
    <message>
        <source>CodeGuru — %1 at %2. /help for commands, Ctrl+D to leave.</source>
        <translation>CodeGuru — %2 の %1。/help でコマンド一覧、Ctrl+D で終了します。</translation>
    </message>
    <message numerus="yes">
        <source>Continuing conversation %1 (%n earlier answer(s)).</source>
        <translation>
            <numerusform>会話 %1 を続けます（これまでの回答 %n 件）。</numerusform>
        </translation>
    </message>
    <message>
        <source>/new   forget the conversation and start again
/exit  leave (Ctrl+D works too)
Ctrl+C stops an answer that is being written.
</source>
        <translation>/new   会話を忘れて最初からやり直す
/exit  終了する（Ctrl+D でも可）
Ctrl+C で書き込み中の回答を止めます。
</translation>
    </message>
    <message>
        <source>Started a new conversation.</source>
        <translation>新しい会話を始めました。</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Try “codeguru-cli %1 --help”.</source>
        <translation>「codeguru-cli %1 --help」を試してください。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ContextOptions</name>
    <message>
        <source>Decide which context to attach with the classifiers in this JSON file.</source>
        <translation>この JSON ファイルの分類器を使って、添付するコンテキストを決めます。</translation>
    </message>
    <message>
        <source>Use this text as the clipboard instead of the system clipboard.</source>
        <translation>システムのクリップボードの代わりに、このテキストをクリップボードとして使います。</translation>
    </message>
    <message>
        <source>Folder where a file named in the question is looked for (default: here).</source>
        <translation>質問で名前が挙がったファイルを探すフォルダー（既定: カレントフォルダー）。</translation>
    </message>
    <message>
        <source>Write the routing decisions as JSON to this file.</source>
        <translation>ルーティングの判定を JSON としてこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>Where attached text is scanned for secrets: always, remote (default: providers not on this machine) or never.</source>
        <translation>添付テキスト内のシークレットを検査する場合: always（常に）、remote（既定。このマシン上にないプロバイダーの場合）、never（しない）。</translation>
    </message>
    <message>
        <source>Model for the routing questions (default: the answer model).</source>
        <translation>ルーティングの質問に使うモデル（既定: 回答用のモデル）。</translation>
    </message>
    <message>
        <source>Milliseconds to wait for routing answers (default 2000).</source>
        <translation>ルーティングの回答を待つミリ秒数（既定 2000）。</translation>
    </message>
    <message>
        <source>Attach only what was given explicitly; ask no routing questions.</source>
        <translation>明示的に指定したものだけを添付し、ルーティングの質問はしません。</translation>
    </message>
    <message>
        <source>--redact-secrets takes always, remote or never.</source>
        <translation>--redact-secrets には always、remote、never のいずれかを指定します。</translation>
    </message>
    <message>
        <source>--routing-deadline needs a positive number of milliseconds.</source>
        <translation>--routing-deadline には正のミリ秒数が必要です。</translation>
    </message>
    <message>
        <source>The workspace “%1” is not a folder.</source>
        <translation>ワークスペース「%1」はフォルダーではありません。</translation>
    </message>
    <message>
        <source>The routing report could not be written to “%1”.</source>
        <translation>ルーティングのレポートを「%1」に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ExchangeRecorder</name>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>履歴に会話 %1 はありません（「codeguru-cli history list」を参照）。</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written (%2); this exchange was not saved.</source>
        <translation>%1 の履歴に書き込めません（%2）。このやり取りは保存されませんでした。</translation>
    </message>
    <message>
        <source>The disk is full; this exchange was not saved in the history.</source>
        <translation>ディスクがいっぱいです。このやり取りは履歴に保存されませんでした。</translation>
    </message>
    <message>
        <source>The history is busy (another CodeGuru is writing to it); this exchange was not saved.</source>
        <translation>履歴は使用中です（別の CodeGuru が書き込んでいます）。このやり取りは保存されませんでした。</translation>
    </message>
    <message>
        <source>This exchange was not saved in the history: %1</source>
        <translation>このやり取りは履歴に保存されませんでした：%1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::HistoryCommand</name>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>system</source>
        <translation>システム</translation>
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
        <translation>使い方: codeguru-cli history list [--limit N]
        codeguru-cli history show ID
        codeguru-cli history search TEXT [--limit N]
        codeguru-cli history export ID [--format md|json] [-o FILE]
        codeguru-cli history import FILE
        codeguru-cli history delete ID [--yes]

「ask」、「chat」、ウィンドウで保存された会話です。保存先:
%1
list    会話ごとに 1 行、更新の新しい順: ID、最終更新（現地時刻）、
        メッセージ数、タイトル。端末では見出し付きで整列し、パイプへは
        見出しなしのタブ区切りで出力します。
show    会話を Markdown で表示します。
search  すべての語を含むメッセージ（最後の語は前方一致）: 会話 ID、
        タイトル、一致箇所の前後の語。端末では強調表示し、パイプへは
        強調なしのタブ区切りで出力します。
export  Markdown（既定）または JSON（「import」で読み戻せます）で、
        stdout または FILE に書き出します。
import  CodeGuru の JSON エクスポート（「-」: stdin）から会話を追加し、
        その新しい ID を表示します。
delete  会話とその検索エントリを削除します。端末では --yes がない限り
        先に確認します。スクリプトでは確認せずに削除します。
終了ステータス: 0 完了、1 該当する会話がないか履歴を使用できない、
2 使い方の誤り。
</translation>
    </message>
    <message>
        <source>history needs one of: list, show ID, search TEXT, export ID, import FILE, delete ID.</source>
        <translation>history には次のいずれかが必要です: list、show ID、search TEXT、export ID、import FILE、delete ID。</translation>
    </message>
    <message>
        <source>“%1” is not a history command; use list, show, search, export, import or delete.</source>
        <translation>「%1」は history のコマンドではありません。list、show、search、export、import、delete のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written or opened (%2).</source>
        <translation>%1 の履歴に書き込めないか、開けません（%2）。</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation ID (see “codeguru-cli history list”).</source>
        <translation>%1 には会話 ID をちょうど 1 つ指定する必要があります（「codeguru-cli history list」を参照）。</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>「%1」は会話 ID ではありません。ID は「codeguru-cli history list」に表示される番号です。</translation>
    </message>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>履歴に会話 %1 はありません（「codeguru-cli history list」を参照）。</translation>
    </message>
    <message>
        <source>List the saved conversations, most recently updated first: id, last update (local time), number of messages, title. Aligned on a terminal, tab-separated into a pipe.</source>
        <translation>保存済みの会話を更新の新しい順に一覧表示します: ID、最終更新（現地時刻）、メッセージ数、タイトル。端末では整列して、パイプへはタブ区切りで出力します。</translation>
    </message>
    <message>
        <source>Show at most N conversations.</source>
        <translation>最大 N 件の会話を表示します。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit には正の数が必要です。</translation>
    </message>
    <message>
        <source>history list takes no arguments.</source>
        <translation>history list は引数を取りません。</translation>
    </message>
    <message>
        <source>No conversations saved yet.</source>
        <translation>保存された会話はまだありません。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>メッセージ数</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Print a saved conversation as Markdown.</source>
        <translation>保存済みの会話を Markdown として出力します。</translation>
    </message>
    <message>
        <source>The conversation&apos;s ID (see “history list”).</source>
        <translation>会話の ID（「history list」を参照）。</translation>
    </message>
    <message>
        <source>Find saved messages containing all the words (the last one as a prefix), best matches first. On a terminal the matches are highlighted; into a pipe each line is “ID&lt;tab&gt;title&lt;tab&gt;text”.</source>
        <translation>すべての語を含む保存済みメッセージを、一致度の高い順に検索します（最後の語は前方一致）。端末では一致箇所を強調表示し、パイプへは各行を「ID&lt;tab&gt;タイトル&lt;tab&gt;テキスト」の形で出力します。</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>検索する語。</translation>
    </message>
    <message>
        <source>Show at most N messages (default 50).</source>
        <translation>最大 N 件のメッセージを表示します（既定 50）。</translation>
    </message>
    <message>
        <source>history search needs words to look for, e.g. codeguru-cli history search iterator invalidation</source>
        <translation>history search には検索する語が必要です。例: codeguru-cli history search iterator invalidation</translation>
    </message>
    <message>
        <source>Nothing in the history matches “%1”.</source>
        <translation>履歴に「%1」に一致するものはありません。</translation>
    </message>
    <message>
        <source>Write a saved conversation as Markdown or as JSON (which “history import” reads back).</source>
        <translation>保存済みの会話を Markdown または JSON（「history import」で読み戻せます）として書き出します。</translation>
    </message>
    <message>
        <source>md (the default) or json.</source>
        <translation>md（既定）または json。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>stdout ではなく FILE に書き出します。</translation>
    </message>
    <message>
        <source>--format must be md or json, not “%1”.</source>
        <translation>--format は md か json である必要があります（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>Add a conversation from a JSON file written by “codeguru-cli history export --format json” or the window, and print its new ID. Importing the same file twice adds two copies.</source>
        <translation>「codeguru-cli history export --format json」またはウィンドウで書き出した JSON ファイルから会話を追加し、その新しい ID を表示します。同じファイルを 2 回インポートすると、コピーが 2 つ追加されます。</translation>
    </message>
    <message>
        <source>The JSON file; “-” reads stdin.</source>
        <translation>JSON ファイル。「-」を指定すると stdin から読み込みます。</translation>
    </message>
    <message>
        <source>history import needs exactly one FILE.</source>
        <translation>history import には FILE をちょうど 1 つ指定する必要があります。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 is not a conversation exported by CodeGuru: %2</source>
        <translation>%1 は CodeGuru から書き出された会話ではありません：%2</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Delete a saved conversation, its messages and their search entries. On a terminal it asks first; in a script it does not.</source>
        <translation>保存済みの会話とそのメッセージ、検索エントリを削除します。端末では先に確認し、スクリプトでは確認しません。</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>確認しません。</translation>
    </message>
    <message numerus="yes">
        <source>Delete conversation %1 “%2” (%n message(s))? [y/N] </source>
        <translation>
            <numerusform>会話 %1「%2」（メッセージ %n 件）を削除しますか？ [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除されませんでした。</translation>
    </message>
    <message>
        <source>Deleted conversation %1.</source>
        <translation>会話 %1 を削除しました。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::KeyCommand</name>
    <message>
        <source>Usage: codeguru-cli key set PROFILE     (reads the key from stdin)
       codeguru-cli key delete PROFILE
</source>
        <translation>使い方: codeguru-cli key set PROFILE     （キーを stdin から読み込みます）
        codeguru-cli key delete PROFILE
</translation>
    </message>
    <message>
        <source>key needs “set PROFILE” or “delete PROFILE”.</source>
        <translation>key には「set PROFILE」または「delete PROFILE」が必要です。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; add it first with “codeguru-cli profile add”.</source>
        <translation>「%1」という名前のプロファイルはありません。先に「codeguru-cli profile add」で追加してください。</translation>
    </message>
    <message>
        <source>No key is stored for profile “%1”.</source>
        <translation>プロファイル「%1」のキーは保存されていません。</translation>
    </message>
    <message>
        <source>The system keyring could not be used (%1). CodeGuru never stores keys in a file; use --api-key-env with an environment variable instead.</source>
        <translation>システムのキーリングを使用できませんでした（%1）。CodeGuru はキーをファイルには保存しません。代わりに --api-key-env で環境変数を使ってください。</translation>
    </message>
    <message>
        <source>Deleted the key of profile “%1”.</source>
        <translation>プロファイル「%1」のキーを削除しました。</translation>
    </message>
    <message>
        <source>API key for profile “%1”: </source>
        <translation>プロファイル「%1」の API キー: </translation>
    </message>
    <message>
        <source>No key was given on stdin.</source>
        <translation>stdin からキーが渡されませんでした。</translation>
    </message>
    <message>
        <source>Stored the key of profile “%1” in the system keyring.</source>
        <translation>プロファイル「%1」のキーをシステムのキーリングに保存しました。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ModelsCommand</name>
    <message>
        <source>List the models the provider offers.</source>
        <translation>プロバイダーが提供するモデルを一覧表示します。</translation>
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
        <translation>使い方: codeguru-cli profile list
        codeguru-cli profile add NAME --preset ID [--base-url URL] [--model NAME] [--default]
        codeguru-cli profile remove NAME
        codeguru-cli profile use NAME
プリセット: %1。キーの保存: codeguru-cli key set NAME
</translation>
    </message>
    <message>
        <source>profile needs one of: list, add NAME, remove NAME, use NAME.</source>
        <translation>profile には次のいずれかが必要です: list、add NAME、remove NAME、use NAME。</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with “codeguru-cli profile add NAME --preset openai”.</source>
        <translation>プロファイルはまだありません。「codeguru-cli profile add NAME --preset openai」で追加してください。</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>（サーバーの既定）</translation>
    </message>
    <message>
        <source>Provider preset.</source>
        <translation>プロバイダーのプリセット。</translation>
    </message>
    <message>
        <source>API base URL.</source>
        <translation>API のベース URL。</translation>
    </message>
    <message>
        <source>Model.</source>
        <translation>モデル。</translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation>既定のプロファイルにします。</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>プロファイル名。</translation>
    </message>
    <message>
        <source>profile add needs exactly one NAME.</source>
        <translation>profile add には NAME をちょうど 1 つ指定する必要があります。</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>「%1」は有効なプロファイル名ではありません（使えるのは英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos;）。</translation>
    </message>
    <message>
        <source>Unknown or missing --preset; run “codeguru-cli profile --help” for the list.</source>
        <translation>--preset が不明か、指定されていません。一覧は「codeguru-cli profile --help」で確認してください。</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>「%1」は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>A custom profile needs --base-url.</source>
        <translation>custom プロファイルには --base-url が必要です。</translation>
    </message>
    <message>
        <source>Saved profile “%1”.</source>
        <translation>プロファイル「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Store its key with “codeguru-cli key set %1”.</source>
        <translation>キーは「codeguru-cli key set %1」で保存してください。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted from the keyring (%1).</source>
        <translation>プロファイルは削除しましたが、そのキーをキーリングから削除できませんでした（%1）。</translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation>プロファイル「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ProviderOptions</name>
    <message>
        <source>OpenAI-compatible API base, e.g. http://localhost:11434/v1.</source>
        <translation>OpenAI 互換 API のベース URL（例: http://localhost:11434/v1）。</translation>
    </message>
    <message>
        <source>Model to use.</source>
        <translation>使用するモデル。</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>この環境変数から API キーを読み込みます。</translation>
    </message>
    <message>
        <source>Use a saved provider profile.</source>
        <translation>保存済みのプロバイダープロファイルを使います。</translation>
    </message>
    <message>
        <source>Give up after this many seconds without data (default 90).</source>
        <translation>データが届かないままこの秒数が過ぎたら中止します（既定 90）。</translation>
    </message>
    <message>
        <source>Say on stderr which provider and model answer.</source>
        <translation>どのプロバイダーとモデルが回答するかを stderr に表示します。</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>「%1」は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>--profile and --base-url cannot be used together.</source>
        <translation>--profile と --base-url は同時に使えません。</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout には正の秒数が必要です。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ComposerEdit</name>
    <message>
        <source>Ask about code, paste an error, or drop files here…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>コードの質問、エラーの貼り付け、ファイルのドロップはここへ…  （Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter で送信、Shift+Enter で改行、Esc で回答を停止します。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextChip</name>
    <message>
        <source>Include with the next question</source>
        <translation>次の質問に含める</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1（読み込み中…）</translation>
    </message>
    <message>
        <source>%1 (loading… %2)</source>
        <comment>file name, progress</comment>
        <translation>%1（読み込み中… %2）</translation>
    </message>
    <message>
        <source>%1 (deciding…)</source>
        <translation>%1（判定中…）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · ~%2 tokens</source>
        <translation>%1 · 約 %2 トークン</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>%1 を含める</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextInspector</name>
    <message>
        <source>Routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>What was sent — CodeGuru</source>
        <translation>送信内容 — CodeGuru</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>送信内容</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>見つかったメッセージ</translation>
    </message>
    <message>
        <source>Search all conversations (%1)</source>
        <translation>すべての会話を検索 (%1)</translation>
    </message>
    <message>
        <source>Start a new conversation (%1)</source>
        <translation>新しい会話を始める (%1)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FileContextLoader</name>
    <message>
        <source>The input is binary data, not text, so it was not attached.</source>
        <translation>入力はテキストではなくバイナリデータのため、添付しませんでした。</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text, so it was not attached.</source>
        <translation>「%1」はテキストではなくバイナリファイルのため、添付しませんでした。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is a folder; attach the files in it instead.</source>
        <translation>「%1」はフォルダーです。代わりにその中のファイルを添付してください。</translation>
    </message>
    <message>
        <source>“%1” is too large to attach (%2; the limit is %3).</source>
        <translation>「%1」は大きすぎるため添付できません（%2、上限は %3）。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>「%1」を読み込めませんでした：%2。</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>「%1」の読み込みはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>この会話内を検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>検索を閉じる</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match number, number of matches</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FolderContextLoader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>「%1」はフォルダーではありません。</translation>
    </message>
    <message>
        <source>“%1” could not be read: permission denied.</source>
        <translation>「%1」を読み込めませんでした：アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>「%1」の読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隠しファイル</translation>
    </message>
    <message>
        <source>version control</source>
        <translation>バージョン管理</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>build folder</source>
        <translation>ビルドフォルダー</translation>
    </message>
    <message>
        <source>virtual environment</source>
        <translation>仮想環境</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>editor settings</source>
        <translation>エディターの設定</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>読み込めません</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>skipped files beyond the listed ones</comment>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>%1 超</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file or folder (why it was skipped)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CodeGuru::GlobalShortcut</name>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>%1 is taken by another program</source>
        <translation>%1 は別のプログラムが使用しています</translation>
    </message>
    <message>
        <source>Global shortcuts are not supported on this desktop; bind `codeguru --quick-ask` in your desktop&apos;s keyboard settings</source>
        <translation>このデスクトップはグローバルショートカットに対応していません。デスクトップのキーボード設定で `codeguru --quick-ask` をキーに割り当ててください</translation>
    </message>
    <message>
        <source>“%1” is not a key combination that can be used as a global shortcut</source>
        <translation>「%1」はグローバルショートカットに使えるキーの組み合わせではありません</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryError</name>
    <message>
        <source>The conversation history at %1 is damaged or not a CodeGuru history.</source>
        <translation>%1 の会話履歴は破損しているか、CodeGuru の履歴ではありません。</translation>
    </message>
    <message>
        <source>The conversation history is busy: another CodeGuru is writing to it. Try again in a moment.</source>
        <translation>会話履歴は使用中です（別の CodeGuru が書き込んでいます）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The conversation history at %1 cannot be written (read-only file or folder). Conversations are kept only until CodeGuru closes.</source>
        <translation>%1 の会話履歴に書き込めません（読み取り専用のファイルまたはフォルダー）。会話は CodeGuru を閉じるまでしか保持されません。</translation>
    </message>
    <message>
        <source>The disk is full: the conversation could not be saved. It stays open and will be saved when space is freed.</source>
        <translation>ディスクがいっぱいのため、会話を保存できませんでした。会話は開いたままになり、空き容量ができたときに保存されます。</translation>
    </message>
    <message>
        <source>The conversation history could not be read or written (%1).</source>
        <translation>会話履歴を読み書きできませんでした（%1）。</translation>
    </message>
    <message>
        <source>The conversation history is not open.</source>
        <translation>会話履歴が開かれていません。</translation>
    </message>
    <message>
        <source>That conversation or message does not exist (any more).</source>
        <translation>その会話またはメッセージは（もう）存在しません。</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>入力が無効です。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryExporter</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Started %1, last updated %2 (UTC)</source>
        <translation>開始 %1、最終更新 %2 (UTC)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>アシスタント（%1）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n characters)</source>
        <translation>
            <numerusform>%1（%n 文字）</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>添付: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted.</source>
        <translation>
            <numerusform>シークレット %n 件をマスクしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer was still being written.</source>
        <translation>この回答はまだ書き込み中でした。</translation>
    </message>
    <message>
        <source>This answer was interrupted.</source>
        <translation>この回答は中断されました。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失敗しました。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗しました：%1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryImporter</name>
    <message>
        <source>This is not a CodeGuru conversation: it is not valid JSON (%1 at byte %2).</source>
        <translation>これは CodeGuru の会話ではありません：有効な JSON ではありません（バイト %2 で %1）。</translation>
    </message>
    <message>
        <source>This JSON is not a CodeGuru conversation (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>この JSON は CodeGuru の会話ではありません（&quot;format&quot;: &quot;%1&quot; がありません）。</translation>
    </message>
    <message>
        <source>This conversation was exported in format version %1, which this CodeGuru cannot read.</source>
        <translation>この会話は形式バージョン %1 で書き出されているため、この CodeGuru では読み込めません。</translation>
    </message>
    <message>
        <source>The conversation&apos;s time stamps are not valid.</source>
        <translation>会話のタイムスタンプが無効です。</translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation>会話に &quot;messages&quot; リストがありません。</translation>
    </message>
    <message>
        <source>Message %1 of the conversation is not valid: %2.</source>
        <translation>会話のメッセージ %1 が無効です：%2。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>不明なロール</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>不明な状態</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>内容がありません</translation>
    </message>
    <message>
        <source>bad time stamp</source>
        <translation>無効なタイムスタンプ</translation>
    </message>
    <message>
        <source>bad token count</source>
        <translation>無効なトークン数</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryOpenReport</name>
    <message>
        <source>Your conversation history could not be read; it was moved to %1 and a new one was started.</source>
        <translation>会話履歴を読み込めなかったため、%1 に移動して新しい履歴を作成しました。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt の SQLite ドライバー（QSQLITE）がインストールされていません</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (truncated)</source>
        <translation>ファイルがヘッダーの記載より短くなっています（切り詰められています）</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this CodeGuru knows (%2)</source>
        <translation>スキーマのバージョン %1 は、この CodeGuru が認識するバージョン（%2）より新しいです</translation>
    </message>
    <message>
        <source>The conversation history at %1 was written by a newer CodeGuru.</source>
        <translation>%1 の会話履歴は、より新しい CodeGuru で書き込まれています。</translation>
    </message>
    <message>
        <source>the file holds tables that are not a CodeGuru history</source>
        <translation>ファイルに CodeGuru の履歴ではないテーブルが含まれています</translation>
    </message>
    <message>
        <source>table %1 lacks column %2</source>
        <translation>テーブル %1 に列 %2 がありません</translation>
    </message>
    <message>
        <source>could not move the damaged history aside</source>
        <translation>破損した履歴を退避できませんでした</translation>
    </message>
</context>
<context>
    <name>CodeGuru::LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>マイクの入力レベル</translation>
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
        <translation>添付…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach a &amp;folder…</source>
        <translation>フォルダーを添付(&amp;F)…</translation>
    </message>
    <message>
        <source>Attach a folder</source>
        <translation>フォルダーを添付</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>There is nothing to export yet: ask something first.</source>
        <translation>エクスポートするものがまだありません。まず質問してください。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CodeGuru conversation (*.json)</source>
        <translation>CodeGuru の会話 (*.json)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>会話をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stop answer</source>
        <translation>回答を停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>再生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit last question</source>
        <translation>最後の質問を編集(&amp;E)</translation>
    </message>
    <message>
        <source>Edit last question</source>
        <translation>最後の質問を編集</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>質問:</translation>
    </message>
    <message>
        <source>&amp;Copy last answer as Markdown</source>
        <translation>最後の回答を Markdown としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>The last answer was copied as Markdown.</source>
        <translation>最後の回答を Markdown としてコピーしました。</translation>
    </message>
    <message>
        <source>&amp;Find in conversation…</source>
        <translation>会話内を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search c&amp;onversations</source>
        <translation>会話を検索(&amp;O)</translation>
    </message>
    <message>
        <source>Show CodeGuru</source>
        <translation>CodeGuru を表示</translation>
    </message>
    <message>
        <source>Ask about the clipboard</source>
        <translation>クリップボードについて質問</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>プロバイダーなし</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新しい会話</translation>
    </message>
    <message>
        <source>This conversation could not be saved: %1 It stays open here and is saved as soon as possible.</source>
        <translation>この会話を保存できませんでした：%1この会話はここで開いたままになり、できるだけ早く保存されます。</translation>
    </message>
    <message>
        <source>This conversation could not be read: %1</source>
        <translation>この会話を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>a concealed item from a password manager; it is never read</source>
        <translation>パスワードマネージャーの秘匿項目のため、読み取りません</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>会話の名前を変更</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>会話を削除</translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>「%1」とそのすべてのメッセージを削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Conversations cannot be saved: %1 They are kept while CodeGuru runs.</source>
        <translation>会話を保存できません：%1会話は CodeGuru の実行中だけ保持されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), last on %1</source>
        <translation>
            <numerusform>メッセージ %n 件、最終 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>「%1」に書き込めませんでした：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>「%1」を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a CodeGuru conversation.</source>
        <translation>「%1」は CodeGuru の会話としては大きすぎます。</translation>
    </message>
    <message>
        <source>The conversation was imported.</source>
        <translation>会話をインポートしました。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>ドロップされたテキスト</translation>
    </message>
    <message>
        <source>only local files can be attached</source>
        <translation>添付できるのはローカルファイルだけです</translation>
    </message>
    <message>
        <source>CodeGuru is still running</source>
        <translation>CodeGuru は実行中です</translation>
    </message>
    <message>
        <source>It stays in the system tray. Choose Quit in its menu to end it.</source>
        <translation>システムトレイに常駐しています。終了するには、そのメニューで「終了」を選んでください。</translation>
    </message>
    <message>
        <source>Attach files to the next question (File → Attach files…)</source>
        <translation>次の質問にファイルを添付します（ファイル → ファイルを添付…）</translation>
    </message>
    <message>
        <source>Stop reading a&amp;loud</source>
        <translation>読み上げを停止(&amp;L)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::MessageLayout</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>考え中…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
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
        <translation>組み込みのペルソナに戻す</translation>
    </message>
    <message>
        <source>The system prompt is sent before every conversation and sets how the assistant answers.</source>
        <translation>システムプロンプトは毎回の会話の前に送信され、アシスタントの回答の仕方を決めます。</translation>
    </message>
    <message>
        <source>An empty prompt means the built-in coding-expert persona.</source>
        <translation>プロンプトが空の場合は、組み込みのコーディングエキスパートのペルソナを使います。</translation>
    </message>
    <message>
        <source>The built-in coding-expert persona.</source>
        <translation>組み込みのコーディングエキスパートのペルソナ。</translation>
    </message>
    <message>
        <source>Your own prompt.</source>
        <translation>独自のプロンプト。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PortalGlobalShortcut</name>
    <message>
        <source>Ask CodeGuru about the clipboard</source>
        <translation>クリップボードについて CodeGuru に質問</translation>
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
        <translation> プロバイダーからのメッセージ:「%1」</translation>
    </message>
    <message>
        <source>The provider rejected the API key%1; check the key stored for this provider.</source>
        <translation>プロバイダーが API キーを拒否しました%1。このプロバイダー用に保存されたキーを確認してください。</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in %2 s.</source>
        <translation>プロバイダーがリクエストを制限しています%1。%2 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in a moment.</source>
        <translation>プロバイダーがリクエストを制限しています%1。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The question and its context are too long for this model; attach less or start a new conversation.</source>
        <translation>質問とそのコンテキストがこのモデルには長すぎます。添付を減らすか、新しい会話を始めてください。</translation>
    </message>
    <message>
        <source>The provider refused the request%1.</source>
        <translation>プロバイダーがリクエストを拒否しました%1。</translation>
    </message>
    <message>
        <source>The provider does not know this address or model%1; check the base URL and model name.</source>
        <translation>プロバイダーはこのアドレスまたはモデルを認識していません%1。ベース URL とモデル名を確認してください。</translation>
    </message>
    <message>
        <source>The provider is overloaded or unavailable%1; try again shortly.</source>
        <translation>プロバイダーが過負荷か、利用できません%1。少ししてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The network is unreachable, so the provider could not be contacted.</source>
        <translation>ネットワークに到達できないため、プロバイダーに接続できませんでした。</translation>
    </message>
    <message>
        <source>The provider’s host name “%1” could not be found; check the base URL and your network.</source>
        <translation>プロバイダーのホスト名「%1」が見つかりませんでした。ベース URL とネットワークを確認してください。</translation>
    </message>
    <message>
        <source>Nothing is answering at %1; is the server running?</source>
        <translation>%1 から応答がありません。サーバーは起動していますか？</translation>
    </message>
    <message>
        <source>The provider sent nothing for %1 s, so the request was stopped.</source>
        <translation>プロバイダーから %1 秒間何も届かなかったため、リクエストを中止しました。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent.</source>
        <translation>%1 との安全な接続を検証できなかったため、何も送信しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2), so nothing was sent.</source>
        <translation>%1 との安全な接続を検証できなかったため（%2）、何も送信しませんでした。</translation>
    </message>
    <message>
        <source>The connection to the provider dropped before the answer was complete.</source>
        <translation>回答が完了する前に、プロバイダーとの接続が切れました。</translation>
    </message>
    <message>
        <source>The provider sent a reply that is not a valid chat completion.</source>
        <translation>プロバイダーから、有効なチャット補完ではない応答が返されました。</translation>
    </message>
    <message>
        <source>The provider stopped the answer with an error.</source>
        <translation>プロバイダーがエラーで回答を中止しました。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>“%1” is not a valid http:// or https:// address.</source>
        <translation>「%1」は有効な http:// または https:// アドレスではありません。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderPreset</name>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp サーバー</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>カスタム (OpenAI 互換)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderResolver</name>
    <message>
        <source>No AI provider is configured, and no local Ollama (port 11434) or llama.cpp server (port 8080) answered. Set OPENAI_API_KEY or GROQ_API_KEY, start a local server, or save a provider with “codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]” followed by “codeguru-cli key set NAME”.</source>
        <translation>AI プロバイダーが設定されておらず、ローカルの Ollama（ポート 11434）や llama.cpp サーバー（ポート 8080）も応答しませんでした。OPENAI_API_KEY か GROQ_API_KEY を設定するか、ローカルサーバーを起動するか、「codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]」に続けて「codeguru-cli key set NAME」を実行してプロバイダーを保存してください。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty, so there is no API key to use.</source>
        <translation>環境変数 %1 が設定されていないか空のため、使用する API キーがありません。</translation>
    </message>
    <message>
        <source>--base-url</source>
        <translation>--base-url</translation>
    </message>
    <message>
        <source>There is no provider profile named “%1”; “codeguru-cli profile list” shows the saved ones.</source>
        <translation>「%1」という名前のプロバイダープロファイルはありません。保存済みのものは「codeguru-cli profile list」で確認できます。</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>No API key is stored for profile “%1”; store one with “codeguru-cli key set %1”.</source>
        <translation>プロファイル「%1」の API キーが保存されていません。「codeguru-cli key set %1」で保存してください。</translation>
    </message>
    <message>
        <source>The API key for profile “%1” could not be read from the system keyring (%2). Unlock the keyring, or pass the key in an environment variable with --api-key-env.</source>
        <translation>プロファイル「%1」の API キーをシステムのキーリングから読み込めませんでした（%2）。キーリングのロックを解除するか、--api-key-env で環境変数からキーを渡してください。</translation>
    </message>
    <message>
        <source>local server at %1</source>
        <translation>%1 のローカルサーバー</translation>
    </message>
    <message>
        <source>The server at %1 lists no models; load or pull a model first, or pass --model.</source>
        <translation>%1 のサーバーにはモデルがありません。先にモデルを読み込むかプルするか、--model を指定してください。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProvidersPage</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>既定にする</translation>
    </message>
    <message>
        <source>The default profile answers unless you pick another one.</source>
        <translation>別のプロファイルを選ばない限り、既定のプロファイルが回答します。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Ask the provider which models it offers.</source>
        <translation>プロバイダーに提供モデルを問い合わせます。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Send a tiny message to the model and report how long the answer took.</source>
        <translation>モデルに短いメッセージを送り、回答にかかった時間を表示します。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（既定）</translation>
    </message>
    <message>
        <source>No provider profile yet. Without one, CodeGuru uses OPENAI_API_KEY or GROQ_API_KEY from the environment, or a local Ollama or llama.cpp server. Add a profile to choose the provider yourself.</source>
        <translation>プロバイダープロファイルはまだありません。プロファイルがない場合、CodeGuru は環境変数の OPENAI_API_KEY か GROQ_API_KEY、またはローカルの Ollama か llama.cpp サーバーを使います。プロバイダーを自分で選ぶには、プロファイルを追加してください。</translation>
    </message>
    <message>
        <source>A saved profile keeps its name; add a new one to use another.</source>
        <translation>保存済みのプロファイルの名前は変更できません。別の名前を使うには、新しいプロファイルを追加してください。</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>既定: %1</translation>
    </message>
    <message>
        <source>The first model the server lists</source>
        <translation>サーバーが最初に挙げるモデル</translation>
    </message>
    <message>
        <source>Every profile needs a name.</source>
        <translation>すべてのプロファイルに名前が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>「%1」は有効なプロファイル名ではありません。英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; を使ってください。</translation>
    </message>
    <message>
        <source>Two profiles are named “%1”.</source>
        <translation>「%1」という名前のプロファイルが 2 つあります。</translation>
    </message>
    <message>
        <source>The base URL of “%1” must be an http:// or https:// address.</source>
        <translation>「%1」のベース URL は http:// または https:// アドレスである必要があります。</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its key could not be deleted from the system keyring: %2</source>
        <translation>プロファイル「%1」は削除しましたが、そのキーをシステムのキーリングから削除できませんでした：%2</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// base URL first.</source>
        <translation>先に http:// または https:// のベース URL を入力してください。</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 にモデルを問い合わせています…</translation>
    </message>
    <message>
        <source>The server lists no models; type the model name.</source>
        <translation>サーバーにモデルがありません。モデル名を入力してください。</translation>
    </message>
    <message>
        <source>Models listed by the server: %1.</source>
        <translation>サーバーが提供するモデル：%1。</translation>
    </message>
    <message>
        <source>Choose a model first; Refresh lists the ones the server offers.</source>
        <translation>先にモデルを選んでください。「更新」でサーバーが提供するモデルを一覧表示できます。</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>%1 にテストメッセージを送信しています…</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 が %2 ミリ秒で応答しました。</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys cannot be stored. Start a Secret Service such as GNOME Keyring or KWallet, then open Settings again.</source>
        <translation>システムのキーリングを利用できないため、API キーを保存できません。GNOME Keyring や KWallet などの Secret Service を起動してから、設定を開き直してください。</translation>
    </message>
    <message>
        <source>Access to the system keyring was refused, or it stayed locked. Unlock it and try again.</source>
        <translation>システムのキーリングへのアクセスが拒否されたか、ロックされたままです。ロックを解除してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The system keyring reported an error.</source>
        <translation>システムのキーリングがエラーを報告しました。</translation>
    </message>
    <message>
        <source>The system keyring reported an error: %1</source>
        <translation>システムのキーリングがエラーを報告しました：%1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>プロファイルを削除</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PushToTalkButton</name>
    <message>
        <source>Speak a question</source>
        <translation>音声で質問</translation>
    </message>
    <message>
        <source>Listening… let go to stop</source>
        <translation>聞き取り中… 離すと停止します</translation>
    </message>
    <message>
        <source>Hold to speak a question, let go to stop (%1)</source>
        <translation>押している間に質問を話し、離すと停止します（%1）</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtAudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one (or turn it on in the system&apos;s sound settings) and try again.</source>
        <translation>マイクが見つかりません。マイクを接続して（またはシステムのサウンド設定でオンにして）、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or access to it was refused; check the system&apos;s privacy and sound settings.</source>
        <translation>マイクを開けませんでした。別のプログラムが使用しているか、アクセスが拒否された可能性があります。システムのプライバシー設定とサウンド設定を確認してください。</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound (was it unplugged?).</source>
        <translation>マイクから音声が届かなくなりました（抜けていませんか？）。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtSpeechEngine</name>
    <message>
        <source>Answers cannot be read aloud: no text-to-speech engine is installed. Install speech-dispatcher or Flite.</source>
        <translation>回答を読み上げられません。音声合成エンジンがインストールされていません。speech-dispatcher または Flite をインストールしてください。</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” is not available.</source>
        <translation>音声合成エンジン「%1」は利用できません。</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine stopped working.</source>
        <translation>回答を読み上げられません。音声合成エンジンが動作を停止しました。</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine reported “%1”.</source>
        <translation>回答を読み上げられません。音声合成エンジンが「%1」と報告しました。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuestionContextBuilder</name>
    <message>
        <source>No file in %1 clearly matches “%2”, so none was attached.</source>
        <translation>%1 には「%2」に明確に一致するファイルがないため、何も添付しませんでした。</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>「%1」は長いため、先頭と末尾だけを添付しました。</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>%1 内：%2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskPage</name>
    <message>
        <source>Use the &amp;primary selection (the last highlighted text) instead of the clipboard</source>
        <translation>クリップボードの代わりにプライマリセレクション（最後に選択したテキスト）を使う(&amp;P)</translation>
    </message>
    <message>
        <source>Quick Ask shortcut</source>
        <translation>Quick Ask のショートカット</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>ショートカット(&amp;S):</translation>
    </message>
    <message>
        <source>Where the desktop offers no global shortcuts, bind the command &lt;code&gt;codeguru --quick-ask&lt;/code&gt; to a key in its keyboard settings.</source>
        <translation>デスクトップがグローバルショートカットに対応していない場合は、デスクトップのキーボード設定でコマンド &lt;code&gt;codeguru --quick-ask&lt;/code&gt; をキーに割り当ててください。</translation>
    </message>
    <message>
        <source>This desktop has no primary selection.</source>
        <translation>このデスクトップにはプライマリセレクションがありません。</translation>
    </message>
    <message>
        <source>Open &amp;Quick Ask with a global shortcut</source>
        <translation>グローバルショートカットで Quick Ask を開く(&amp;Q)</translation>
    </message>
    <message>
        <source>Start CodeGuru when I &amp;log in (in the background, so the shortcut works)</source>
        <translation>ログイン時に CodeGuru を起動する（ショートカットが使えるようにバックグラウンドで）(&amp;L)</translation>
    </message>
    <message>
        <source>Adds %1 to the programs your desktop starts when you log in.</source>
        <translation>ログイン時にデスクトップが起動するプログラムに %1 を追加します。</translation>
    </message>
    <message>
        <source>This system has no XDG autostart folder.</source>
        <translation>このシステムには XDG 自動起動フォルダーがありません。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskWindow</name>
    <message>
        <source>Open in CodeGuru</source>
        <translation>CodeGuru で開く</translation>
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
        <translation>コピーした内容について質問…（Enter で質問、Esc で隠す）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Continue this exchange in the main window</source>
        <translation>このやり取りをメインウィンドウで続けます</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy an error or some code, then ask.</source>
        <translation>クリップボードは空です。エラーやコードをコピーしてから質問してください。</translation>
    </message>
    <message>
        <source>The clipboard holds a concealed item from a password manager; it is not read, shown or sent.</source>
        <translation>クリップボードにはパスワードマネージャーの秘匿項目が入っています。読み取り、表示、送信は行いません。</translation>
    </message>
    <message>
        <source>An image, %1 × %2 pixels. The model cannot see images; only your question is sent.</source>
        <translation>画像（%1 × %2 ピクセル）。モデルは画像を見られないため、質問だけが送信されます。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1, about %2 tokens</source>
        <translation>
            <numerusform>%n 行、%1、約 %2 トークン</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::RoutingPage</name>
    <message>
        <source>Same as the answer model</source>
        <translation>回答用のモデルと同じ</translation>
    </message>
    <message>
        <source>A small, fast model answers the routing questions best; the answer model is used when empty.</source>
        <translation>ルーティングの質問には小型で高速なモデルが最適です。空欄の場合は回答用のモデルを使います。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Classifiers that have not answered by then take their default.</source>
        <translation>それまでに回答しなかった分類器は既定値を使います。</translation>
    </message>
    <message>
        <source>For providers on other machines (recommended)</source>
        <translation>他のマシン上のプロバイダーの場合（推奨）</translation>
    </message>
    <message>
        <source>Always, even for a model on this machine</source>
        <translation>常に（このマシン上のモデルでも）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Classifier &amp;model:</source>
        <translation>分類器のモデル(&amp;M):</translation>
    </message>
    <message>
        <source>Routing &amp;deadline:</source>
        <translation>ルーティングの期限(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Hide secrets in attachments:</source>
        <translation>添付内のシークレットを隠す(&amp;H):</translation>
    </message>
    <message>
        <source>Classifiers</source>
        <translation>分類器</translation>
    </message>
    <message>
        <source>Before each question is answered, the classifier model is asked these questions to decide what to attach. {query} stands for the question.</source>
        <translation>各質問に回答する前に、分類器モデルにこれらの質問をして、何を添付するかを決めます。{query} は質問を表します。</translation>
    </message>
    <message>
        <source>Select a classifier to edit its question.</source>
        <translation>分類器を選択すると、その質問を編集できます。</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>既定に戻す</translation>
    </message>
    <message>
        <source>&amp;Question asked by “%1”:</source>
        <translation>「%1」が尋ねる質問(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>質問(&amp;Q):</translation>
    </message>
    <message>
        <source>Apply saves your classifiers to %1.</source>
        <translation>「適用」で分類器を %1 に保存します。</translation>
    </message>
    <message>
        <source>Apply deletes %1 and goes back to the built-in classifiers.</source>
        <translation>「適用」で %1 を削除し、組み込みの分類器に戻します。</translation>
    </message>
    <message>
        <source>%1 The built-in classifiers are shown; a change you apply replaces the file.</source>
        <translation>%1組み込みの分類器を表示しています。変更を適用すると、このファイルが置き換えられます。</translation>
    </message>
    <message>
        <source>Your classifiers, from %1.</source>
        <translation>%1 から読み込んだ独自の分類器。</translation>
    </message>
    <message>
        <source>The built-in classifiers.</source>
        <translation>組み込みの分類器。</translation>
    </message>
    <message>
        <source>The classifier “%1” needs a question.</source>
        <translation>分類器「%1」には質問が必要です。</translation>
    </message>
    <message>
        <source>%1 could not be deleted; remove it by hand to use the built-in classifiers.</source>
        <translation>%1 を削除できませんでした。組み込みの分類器を使うには、手動で削除してください。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SecretScanner</name>
    <message>
        <source>private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>%1 private keys</source>
        <translation>%1 個の秘密鍵</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>AWS アクセスキー</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>AWS アクセスキー</translation>
    </message>
    <message>
        <source>%1 AWS access keys</source>
        <translation>%1 個の AWS アクセスキー</translation>
    </message>
    <message>
        <source>AWS secret key</source>
        <translation>AWS シークレットキー</translation>
    </message>
    <message>
        <source>an AWS secret key</source>
        <translation>AWS シークレットキー</translation>
    </message>
    <message>
        <source>%1 AWS secret keys</source>
        <translation>%1 個の AWS シークレットキー</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub トークン</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>GitHub トークン</translation>
    </message>
    <message>
        <source>%1 GitHub tokens</source>
        <translation>%1 個の GitHub トークン</translation>
    </message>
    <message>
        <source>OpenAI-style API key</source>
        <translation>OpenAI 形式の API キー</translation>
    </message>
    <message>
        <source>an OpenAI-style API key</source>
        <translation>OpenAI 形式の API キー</translation>
    </message>
    <message>
        <source>%1 OpenAI-style API keys</source>
        <translation>%1 個の OpenAI 形式の API キー</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API キー</translation>
    </message>
    <message>
        <source>an Anthropic API key</source>
        <translation>Anthropic API キー</translation>
    </message>
    <message>
        <source>%1 Anthropic API keys</source>
        <translation>%1 個の Anthropic API キー</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Groq API キー</translation>
    </message>
    <message>
        <source>a Groq API key</source>
        <translation>Groq API キー</translation>
    </message>
    <message>
        <source>%1 Groq API keys</source>
        <translation>%1 個の Groq API キー</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack トークン</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>Slack トークン</translation>
    </message>
    <message>
        <source>%1 Slack tokens</source>
        <translation>%1 個の Slack トークン</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>Slack Webhook URL</translation>
    </message>
    <message>
        <source>a Slack webhook URL</source>
        <translation>Slack Webhook URL</translation>
    </message>
    <message>
        <source>%1 Slack webhook URLs</source>
        <translation>%1 個の Slack Webhook URL</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google API キー</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>Google API キー</translation>
    </message>
    <message>
        <source>%1 Google API keys</source>
        <translation>%1 個の Google API キー</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>a JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>%1 JSON Web Tokens</source>
        <translation>%1 個の JSON Web Token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>%1 passwords</source>
        <translation>%1 個のパスワード</translation>
    </message>
    <message>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 個のトークン</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>%1 API keys</source>
        <translation>%1 個の API キー</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>a secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 個のシークレット</translation>
    </message>
    <message>
        <source>[REDACTED %1]</source>
        <translation>[マスク済み: %1]</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>count × kind of secret</comment>
        <translation>%2 × %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>、…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kind of secret (where it was)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Redacted 1 secret: %1.</source>
        <translation>シークレットを 1 件マスクしました：%1。</translation>
    </message>
    <message>
        <source>Redacted %1 secrets: %2.</source>
        <translation>シークレットを %1 件マスクしました：%2。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SessionPresenter</name>
    <message>
        <source>Sent with: %1</source>
        <translation>送信したコンテキスト: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n secret(s) redacted)</source>
        <translation>
            <numerusform>（シークレット %n 件をマスク）</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>This answer was interrupted: CodeGuru ended before it was complete.</source>
        <translation>この回答は中断されました：完了する前に CodeGuru が終了しました。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit.</source>
        <translation>モデルが出力の上限に達したため、回答が途中で切れました。</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>上の回答は不完全です。%1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Please continue your previous answer from where it stopped.</source>
        <translation>前回の回答を、途切れたところから続けてください。</translation>
    </message>
    <message>
        <source>Only the last answer can be asked again.</source>
        <translation>もう一度生成できるのは最後の回答だけです。</translation>
    </message>
    <message>
        <source>The provider should accept requests again now.</source>
        <translation>プロバイダーは再びリクエストを受け付けるはずです。</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests; you can retry in %1 s.</source>
        <translation>プロバイダーがリクエストを制限しています。%1 秒後に再試行できます。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SettingsDialog</name>
    <message>
        <source>CodeGuru Settings</source>
        <translation>CodeGuru の設定</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>The settings were saved, but a key could not be stored; the profile shows why.</source>
        <translation>設定は保存しましたが、キーを保存できませんでした。理由はプロファイルに表示されています。</translation>
    </message>
    <message>
        <source>The other settings were saved, but the classifiers were not; the Routing page shows why.</source>
        <translation>その他の設定は保存しましたが、分類器は保存できませんでした。理由は「ルーティング」ページに表示されています。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <source>The other settings were saved, but starting CodeGuru when you log in could not be changed; the Quick Ask page shows why.</source>
        <translation>その他の設定は保存しましたが、ログイン時に CodeGuru を起動する設定は変更できませんでした。理由は「Quick Ask」ページに表示されています。</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>音声</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpeakableText</name>
    <message numerus="yes">
        <source>A code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block.</extracomment>
        <translation>
            <numerusform>%n 行のコードブロック。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (HTML, SQL, R), kept as is; English needs &quot;An&quot; before it, other languages translate this like the &quot;A %1&quot; string.</extracomment>
        <translation>
            <numerusform>%n 行の %1 コードブロック。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (Python, C++, shell), kept as is.</extracomment>
        <translation>
            <numerusform>%n 行の %1 コードブロック。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table with %n row(s).</source>
        <extracomment>Read aloud in place of a table; the rows below its header.</extracomment>
        <translation>
            <numerusform>%n 行の表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpokenQuestion</name>
    <message>
        <source>Nothing was heard: the recording is silent. Check that the microphone is connected and not muted, then record again — or press Retry to send it anyway.</source>
        <translation>何も聞こえませんでした。録音は無音です。マイクが接続され、ミュートになっていないことを確認してから録音し直してください。このまま送信するには「再試行」を押してください。</translation>
    </message>
    <message>
        <source>Transcription stopped. The recording is kept: press Retry to transcribe it, or Discard.</source>
        <translation>文字起こしを中止しました。録音は保持されています。「再試行」を押すと文字起こしし、「破棄」を押すと破棄します。</translation>
    </message>
    <message>
        <source>No provider is set up to turn speech into text. Add one in Settings → Providers (or choose one in Settings → Voice), then press Retry.</source>
        <translation>音声を文字に変換するプロバイダーが設定されていません。「設定 → プロバイダー」で追加するか「設定 → 音声」で選択してから、「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The recording could not be turned into text. %1 The recording is kept: press Retry, or Discard.</source>
        <translation>録音を文字に変換できませんでした。%1録音は保持されています。「再試行」または「破棄」を押してください。</translation>
    </message>
    <message>
        <source>%1 What was recorded until then is kept: press Retry to transcribe it, or Discard.</source>
        <translation>%1それまでの録音は保持されています。「再試行」を押すと文字起こしし、「破棄」を押すと破棄します。</translation>
    </message>
    <message>
        <source>That was too short to hear a question. Hold the microphone button (or %1) while you speak, and let go when you are done.</source>
        <translation>短すぎて質問を聞き取れませんでした。話している間はマイクボタン（または %1）を押し続け、話し終えたら離してください。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TextDecoder</name>
    <message>
        <source>[… 1 line omitted …]</source>
        <translation>[… 1 行省略 …]</translation>
    </message>
    <message>
        <source>[… %1 lines omitted …]</source>
        <translation>[… %1 行省略 …]</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TranscriptionResult</name>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>録音から音声を認識できませんでした。</translation>
    </message>
    <message>
        <source>%1 has no speech-to-text endpoint (%2 answered HTTP %3). Choose a transcription provider that offers one, such as OpenAI, Groq or a local Whisper server.</source>
        <translation>%1 には音声認識のエンドポイントがありません（%2 が HTTP %3 を返しました）。OpenAI、Groq、ローカルの Whisper サーバーなど、エンドポイントを提供する文字起こしプロバイダーを選んでください。</translation>
    </message>
    <message>
        <source>The provider does not know the transcription model “%1”; choose another one.</source>
        <translation>プロバイダーは文字起こしモデル「%1」を認識していません。別のモデルを選んでください。</translation>
    </message>
    <message>
        <source> The provider said: “%1”</source>
        <translation> プロバイダーからのメッセージ:「%1」</translation>
    </message>
    <message>
        <source>The provider’s reply from %1 is not a transcription.</source>
        <translation>%1 からのプロバイダーの応答は文字起こしではありません。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the transcription arrived.</source>
        <translation>文字起こしが届く前に、%1 との接続が切れました。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoicePage</name>
    <message>
        <source>&amp;Send spoken questions at once</source>
        <translation>話した質問をすぐに送信する(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Read answers aloud</source>
        <translation>回答を読み上げる(&amp;R)</translation>
    </message>
    <message>
        <source>The provider profile that turns what you say into text.</source>
        <translation>話した内容を文字に変換するプロバイダープロファイルです。</translation>
    </message>
    <message>
        <source>The speech-to-text model; empty uses the provider&apos;s usual one.</source>
        <translation>音声認識モデルです。空欄の場合はプロバイダーの標準モデルを使います。</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed. Install speech-dispatcher or Flite to hear answers.</source>
        <translation>音声合成エンジンがインストールされていません。回答を聞くには speech-dispatcher または Flite をインストールしてください。</translation>
    </message>
    <message>
        <source>Speaking a question</source>
        <translation>音声で質問</translation>
    </message>
    <message>
        <source>Transcription &amp;provider:</source>
        <translation>文字起こしプロバイダー(&amp;P):</translation>
    </message>
    <message>
        <source>Transcription &amp;model:</source>
        <translation>文字起こしモデル(&amp;M):</translation>
    </message>
    <message>
        <source>Otherwise the words land in the message box, so you can glance at them before sending.</source>
        <translation>オフの場合、文字はメッセージ欄に入るので、送信前に確認できます。</translation>
    </message>
    <message>
        <source>To speak a question, hold %1 in the CodeGuru window, or hold the microphone button, and let go when you are done.</source>
        <translation>音声で質問するには、CodeGuru のウィンドウで %1 またはマイクボタンを押し続け、話し終えたら離します。</translation>
    </message>
    <message>
        <source>Hearing the answer</source>
        <translation>回答を聞く</translation>
    </message>
    <message>
        <source>Speech &amp;engine:</source>
        <translation>音声合成エンジン(&amp;E):</translation>
    </message>
    <message>
        <source>Same as the chat provider</source>
        <translation>チャットのプロバイダーと同じ</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（見つかりません）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1（未インストール）</translation>
    </message>
    <message>
        <source>Provider default (e.g. %1)</source>
        <translation>プロバイダーの既定（例: %1）</translation>
    </message>
    <message>
        <source>Provider default: %1</source>
        <translation>プロバイダーの既定: %1</translation>
    </message>
    <message>
        <source>Push-to-&amp;talk shortcut:</source>
        <translation>押して話すショートカット(&amp;T):</translation>
    </message>
    <message>
        <source>Choose one key with Ctrl, Alt or Meta (or a function key such as F9): a key held without them would be taken from typing.</source>
        <translation>Ctrl、Alt、Meta のいずれかと組み合わせたキー（または F9 などのファンクションキー）を選んでください。組み合わせないと、そのキーで文字を入力できなくなります。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoiceStrip</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Send the kept recording to be transcribed again</source>
        <translation>保持している録音をもう一度文字起こしに送信します</translation>
    </message>
    <message>
        <source>Throw the kept recording away</source>
        <translation>保持している録音を破棄します</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>マイクを開いています…</translation>
    </message>
    <message>
        <source>Listening… let go to stop, Esc to cancel.</source>
        <translation>聞き取り中… 離すと停止、Esc でキャンセルします。</translation>
    </message>
    <message>
        <source>Turning speech into text…</source>
        <translation>音声を文字に変換しています…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
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
        <translation>使い方: codeguru-cli [COMMAND] [OPTIONS]

コマンド:
  ask QUESTION     質問を 1 つ送ります。回答は stdout にストリーミングされます
                   （-f のファイルと、パイプされた stdin はコンテキストとして添付）
  chat             端末での会話（端末上での既定）
  history ...      保存済みの会話の一覧、表示、検索、エクスポート、インポート、削除
  models           プロバイダーのモデルを一覧表示
  profile ...      保存済みプロバイダーの一覧、追加、削除、選択
  key set|delete   プロファイルの API キーをシステムのキーリングに保存または削除

コマンドのオプションは「codeguru-cli COMMAND --help」で確認できます。
プロバイダー: --profile、--base-url、または OPENAI_API_KEY / OPENAI_BASE_URL / GROQ_API_KEY /
OPENROUTER_API_KEY。いずれもなければローカルの Ollama（ポート 11434）か llama.cpp サーバー（ポート 8080）。
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>「%1」はコマンドではありません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CodeGuru, an assistant for programmers.</source>
        <translation>CodeGuru、プログラマーのためのアシスタント。</translation>
    </message>
    <message>
        <source>Open Quick Ask with the clipboard, in the running CodeGuru if there is one. Bind this to a key in your desktop&apos;s keyboard settings.</source>
        <translation>実行中の CodeGuru があればその中で、クリップボードの内容を使って Quick Ask を開きます。デスクトップのキーボード設定でこれをキーに割り当ててください。</translation>
    </message>
    <message>
        <source>CodeGuru is running but does not answer; starting another window.</source>
        <translation>CodeGuru は実行中ですが応答しません。別のウィンドウを起動します。</translation>
    </message>
    <message>
        <source>Start without a window, in the system tray if there is one, so the Quick Ask shortcut works. Used when CodeGuru starts at login.</source>
        <translation>ウィンドウを開かずに起動します（システムトレイがあればそこに常駐します）。Quick Ask のショートカットを使えるようにするためのもので、ログイン時に CodeGuru を起動するときに使われます。</translation>
    </message>
</context>
</TS>
