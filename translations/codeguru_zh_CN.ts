<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CodeGuru::ApiKeyField</name>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Keep stored key</source>
        <translation>保留已存储的密钥</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Paste the new API key</source>
        <translation>粘贴新的 API 密钥</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>粘贴 API 密钥</translation>
    </message>
    <message>
        <source>Optional: this provider usually needs no key</source>
        <translation>可选：此提供商通常不需要密钥</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <source>The stored key will be removed when you apply.</source>
        <translation>应用后将移除已存储的密钥。</translation>
    </message>
    <message>
        <source>The new key replaces the stored one when you apply.</source>
        <translation>应用后新密钥将替换已存储的密钥。</translation>
    </message>
    <message>
        <source>The key will be stored in the system keyring when you apply.</source>
        <translation>应用后密钥将存储在系统密钥环中。</translation>
    </message>
    <message>
        <source>•••• stored in the system keyring</source>
        <translation>•••• 已存储在系统密钥环中</translation>
    </message>
    <message>
        <source>Keys are kept in the system keyring, never in the settings file.</source>
        <translation>密钥保存在系统密钥环中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Remove the stored key</source>
        <translation>移除已存储的密钥</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AppearancePage</name>
    <message>
        <source>&amp;Keep CodeGuru running in the system tray when the window is closed</source>
        <translation>关闭窗口后让 CodeGuru 继续在系统托盘中运行(&amp;K)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>System default (%1 pt)</source>
        <translation>系统默认（%1 pt）</translation>
    </message>
    <message>
        <source>How do I read a file line by line in Python?
Use a with block: for line in open(path): print(line)</source>
        <translation>在 Python 中如何逐行读取文件？
使用 with 代码块：for line in open(path): print(line)</translation>
    </message>
    <message>
        <source>Chat &amp;text size:</source>
        <translation>聊天文字大小(&amp;T)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits.</source>
        <translation>此桌面没有系统托盘，因此关闭窗口即退出。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>The new language is used the next time CodeGuru starts.</source>
        <translation>新语言将在下次启动 CodeGuru 时生效。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::AutostartEntry</name>
    <message>
        <source>Starting CodeGuru when you log in is only possible on desktops with XDG autostart (Linux and BSD).</source>
        <translation>只有在支持 XDG 自动启动的桌面（Linux 和 BSD）上，才能在登录时启动 CodeGuru。</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: there is no configuration folder.</source>
        <translation>无法在登录时启动 CodeGuru：没有配置文件夹。</translation>
    </message>
    <message>
        <source>CodeGuru will still start when you log in: %1 could not be deleted (%2).</source>
        <translation>登录时仍会启动 CodeGuru：无法删除 %1（%2）。</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 should be the autostart folder, but it is a file.</source>
        <translation>无法在登录时启动 CodeGuru：%1 应为自动启动文件夹，但它是一个文件。</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 could not be created.</source>
        <translation>无法在登录时启动 CodeGuru：无法创建自动启动文件夹 %1。</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: the autostart folder %1 is not writable (%2).</source>
        <translation>无法在登录时启动 CodeGuru：自动启动文件夹 %1 不可写（%2）。</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 could not be written (%2).</source>
        <translation>无法在登录时启动 CodeGuru：无法写入 %1（%2）。</translation>
    </message>
    <message>
        <source>Starts CodeGuru in the background, so its Quick Ask shortcut works</source>
        <translation>在后台启动 CodeGuru，以便其 Quick Ask 快捷键可用</translation>
    </message>
    <message>
        <source>CodeGuru cannot start when you log in: %1 is a folder where its autostart entry should be.</source>
        <translation>无法在登录时启动 CodeGuru：%1 应为自动启动条目，但它是一个文件夹。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatListView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Address</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>Copy C&amp;ode</source>
        <translation>复制代码(&amp;O)</translation>
    </message>
    <message>
        <source>Copy Message as &amp;Markdown</source>
        <translation>以 Markdown 格式复制消息(&amp;M)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ChatView</name>
    <message>
        <source>Jump to latest</source>
        <translation>跳到最新</translation>
    </message>
    <message>
        <source>Scroll to the newest message and follow the answer again</source>
        <translation>滚动到最新消息，并重新跟随回答</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Right and Left go from one Copy button, link or notice button to the next; Enter presses it.</source>
        <translation>按 Right 和 Left 键可在“复制”按钮、链接和通知按钮之间逐个移动；按 Enter 键可按下该按钮。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSet</name>
    <message>
        <source>The classifier file is not valid JSON (%1).</source>
        <translation>分类器文件不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The classifier file needs a &quot;classifiers&quot; array.</source>
        <translation>分类器文件需要一个 &quot;classifiers&quot; 数组。</translation>
    </message>
    <message>
        <source>The classifier file has %1 classifiers; at most %2 are supported.</source>
        <translation>分类器文件包含 %1 个分类器；最多支持 %2 个。</translation>
    </message>
    <message>
        <source>Classifier %1 needs an &quot;id&quot;, a &quot;question&quot; and a &quot;context&quot;.</source>
        <translation>分类器 %1 需要 &quot;id&quot;、&quot;question&quot; 和 &quot;context&quot;。</translation>
    </message>
    <message>
        <source>The classifier id “%1” is used twice.</source>
        <translation>分类器 ID“%1”被使用了两次。</translation>
    </message>
    <message>
        <source>The classifier file “%1” could not be read: %2.</source>
        <translation>无法读取分类器文件“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierSetWriter</name>
    <message>
        <source>The classifiers could not be saved to “%1”: %2.</source>
        <translation>无法将分类器保存到“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ClassifierTableModel</name>
    <message>
        <source>Asked before every question</source>
        <translation>每次提问前都会询问</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>不询问</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The decision when the classifier does not answer before the deadline</source>
        <translation>分类器未在截止时间前回答时采用的决定</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attaches</source>
        <translation>附加内容</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AnswerPrinter</name>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The provider is busy (%1); retrying in %2 s (attempt %3)…</source>
        <translation>提供商繁忙（%1）；%2 秒后重试（第 %3 次尝试）…</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit (finish_reason “length”).</source>
        <translation>模型已达到输出上限，回答被截断（finish_reason “length”）。</translation>
    </message>
    <message>
        <source>The model returned an empty answer.</source>
        <translation>模型返回了空回答。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>上面的回答不完整。%1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AskCommand</name>
    <message>
        <source>Ask one question and stream the answer to stdout. Text piped on stdin is attached as context.</source>
        <translation>提出一个问题，并将回答以流式输出到 stdout。通过 stdin 管道传入的文本会作为上下文附加。</translation>
    </message>
    <message>
        <source>The question.</source>
        <translation>问题。</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>使用此系统提示词代替编程人设。</translation>
    </message>
    <message>
        <source>Wait for the whole answer, then print it.</source>
        <translation>等待完整回答后再输出。</translation>
    </message>
    <message>
        <source>Attach a file as context (repeatable).</source>
        <translation>将文件作为上下文附加（可重复）。</translation>
    </message>
    <message>
        <source>Do not save the question and answer in the history (“codeguru-cli history”).</source>
        <translation>不将问题和回答保存到历史记录（“codeguru-cli history”）中。</translation>
    </message>
    <message>
        <source>Ask in saved conversation ID: its earlier questions and answers are sent too, and this exchange is added to it.</source>
        <translation>在已保存的对话 ID 中提问：会一并发送其之前的问题和回答，并将本次问答添加到该对话中。</translation>
    </message>
    <message>
        <source>Say on stderr which conversation the exchange was saved in.</source>
        <translation>在 stderr 上说明本次问答保存在哪个对话中。</translation>
    </message>
    <message>
        <source>ask needs a question, e.g. codeguru-cli ask &quot;why does this segfault?&quot;</source>
        <translation>ask 需要一个问题，例如 codeguru-cli ask &quot;为什么这里会段错误？&quot;</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>“%1”不是对话 ID；ID 是“codeguru-cli history list”显示的数字。</translation>
    </message>
    <message>
        <source>The piped input is long; only its beginning and end were attached.</source>
        <translation>管道输入较长；只附加了其开头和结尾。</translation>
    </message>
    <message>
        <source>Left out of %1: %2.</source>
        <translation>%1 中被略过的内容：%2。</translation>
    </message>
    <message>
        <source>%1 is large; only the first %2 files were attached.</source>
        <translation>%1 较大；只附加了前 %2 个文件。</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>“%1”较长；只附加了其开头和结尾。</translation>
    </message>
    <message>
        <source>Using %1 at %2 (%3).</source>
        <translation>正在使用 %2 上的 %1（%3）。</translation>
    </message>
    <message>
        <source>To send them unredacted for this question, repeat it with --redact-secrets never.</source>
        <translation>若要在此问题中发送未遮盖的机密信息，请使用 --redact-secrets never 重新提问。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>Saved in conversation %1; continue it with “codeguru-cli ask --continue %1 …”.</source>
        <translation>已保存到对话 %1；可用“codeguru-cli ask --continue %1 …”继续。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Give either a question or --audio, not both.</source>
        <translation>请给出问题或 --audio，不要同时给出。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::AudioQuestion</name>
    <message>
        <source>Transcribe this recording (WAV, MP3, M4A, OGG, FLAC or WebM; “-” reads stdin) and ask what it says.</source>
        <translation>转写此录音（WAV、MP3、M4A、OGG、FLAC 或 WebM；“-”表示读取标准输入），并就其内容提问。</translation>
    </message>
    <message>
        <source>Speech-to-text model (default: the settings, else the provider’s usual one, e.g. whisper-1).</source>
        <translation>语音转文字模型（默认：设置中的模型，否则为提供商的常用模型，例如 whisper-1）。</translation>
    </message>
    <message>
        <source>Provider profile that transcribes --audio (default: the settings, else the provider that answers).</source>
        <translation>转写 --audio 的提供商配置（默认：设置中的配置，否则为回答问题的提供商）。</translation>
    </message>
    <message>
        <source>--audio - found no recording on stdin.</source>
        <translation>--audio - 未在标准输入中找到录音。</translation>
    </message>
    <message>
        <source>The recording on stdin is larger than %1 MB, the most speech-to-text providers accept; record a shorter question or compress it (e.g. to MP3).</source>
        <translation>标准输入中的录音超过 %1 MB，这是语音转文字提供商接受的上限；请录制更短的问题或将其压缩（例如压缩为 MP3）。</translation>
    </message>
    <message>
        <source>The recording “%1” does not exist.</source>
        <translation>录音“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a recording.</source>
        <translation>“%1”是一个文件夹，而不是录音。</translation>
    </message>
    <message>
        <source>The recording “%1” is %2 MB; speech-to-text providers accept at most %3 MB. Record a shorter question or compress it (e.g. to MP3).</source>
        <translation>录音“%1”大小为 %2 MB；语音转文字提供商最多接受 %3 MB。请录制更短的问题或将其压缩（例如压缩为 MP3）。</translation>
    </message>
    <message>
        <source>The recording “%1” could not be read: %2.</source>
        <translation>无法读取录音“%1”：%2。</translation>
    </message>
    <message>
        <source>The recording “%1” is empty.</source>
        <translation>录音“%1”为空。</translation>
    </message>
    <message>
        <source>the provider that answers</source>
        <translation>回答问题的提供商</translation>
    </message>
    <message>
        <source>Transcribing with %1 at %2 (%3).</source>
        <translation>正在使用 %2 上的 %1 转写（%3）。</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>听到：%1</translation>
    </message>
    <message>
        <source>The recording could not be transcribed. %1</source>
        <translation>无法转写录音。%1</translation>
    </message>
    <message>
        <source>The recording is unchanged at %1.</source>
        <translation>录音未作改动，位于 %1。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ChatCommand</name>
    <message>
        <source>Chat with the assistant; it remembers the conversation. Type /help for commands, Ctrl+D to leave.</source>
        <translation>与助手聊天；它会记住对话内容。输入 /help 查看命令，按 Ctrl+D 退出。</translation>
    </message>
    <message>
        <source>Use this system prompt instead of the coding persona.</source>
        <translation>使用此系统提示词代替编程人设。</translation>
    </message>
    <message>
        <source>Do not save the conversation in the history (“codeguru-cli history”).</source>
        <translation>不将对话保存到历史记录（“codeguru-cli history”）中。</translation>
    </message>
    <message>
        <source>Continue saved conversation ID: its earlier questions and answers are sent too, and new ones are added to it.</source>
        <translation>继续已保存的对话 ID：会一并发送其之前的问题和回答，新的问答也会添加到该对话中。</translation>
    </message>
    <message>
        <source>chat takes no question; type it at the prompt.</source>
        <translation>chat 不接受问题参数；请在提示符处输入。</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>“%1”不是对话 ID；ID 是“codeguru-cli history list”显示的数字。</translation>
    </message>
    <message>
        <source>CodeGuru — %1 at %2. /help for commands, Ctrl+D to leave.</source>
        <translation>CodeGuru — %2 上的 %1。输入 /help 查看命令，按 Ctrl+D 退出。</translation>
    </message>
    <message numerus="yes">
        <source>Continuing conversation %1 (%n earlier answer(s)).</source>
        <translation>
            <numerusform>继续对话 %1（之前有 %n 个回答）。</numerusform>
        </translation>
    </message>
    <message>
        <source>/new   forget the conversation and start again
/exit  leave (Ctrl+D works too)
Ctrl+C stops an answer that is being written.
</source>
        <translation>/new   忘记当前对话并重新开始
/exit  退出（Ctrl+D 也可以）
Ctrl+C 可停止正在生成的回答。
</translation>
    </message>
    <message>
        <source>Started a new conversation.</source>
        <translation>已开始新对话。</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::Command</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Try “codeguru-cli %1 --help”.</source>
        <translation>请尝试“codeguru-cli %1 --help”。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ContextOptions</name>
    <message>
        <source>Decide which context to attach with the classifiers in this JSON file.</source>
        <translation>使用此 JSON 文件中的分类器决定附加哪些上下文。</translation>
    </message>
    <message>
        <source>Use this text as the clipboard instead of the system clipboard.</source>
        <translation>使用此文本作为剪贴板内容，而不是系统剪贴板。</translation>
    </message>
    <message>
        <source>Folder where a file named in the question is looked for (default: here).</source>
        <translation>在此文件夹中查找问题里提到的文件（默认：当前文件夹）。</translation>
    </message>
    <message>
        <source>Write the routing decisions as JSON to this file.</source>
        <translation>将路由决定以 JSON 格式写入此文件。</translation>
    </message>
    <message>
        <source>Where attached text is scanned for secrets: always, remote (default: providers not on this machine) or never.</source>
        <translation>何时扫描附加文本中的机密信息：always（始终）、remote（默认：不在本机上的提供商）或 never（从不）。</translation>
    </message>
    <message>
        <source>Model for the routing questions (default: the answer model).</source>
        <translation>用于路由问题的模型（默认：回答所用的模型）。</translation>
    </message>
    <message>
        <source>Milliseconds to wait for routing answers (default 2000).</source>
        <translation>等待路由回答的毫秒数（默认 2000）。</translation>
    </message>
    <message>
        <source>Attach only what was given explicitly; ask no routing questions.</source>
        <translation>只附加明确给出的内容；不询问路由问题。</translation>
    </message>
    <message>
        <source>--redact-secrets takes always, remote or never.</source>
        <translation>--redact-secrets 的值应为 always、remote 或 never。</translation>
    </message>
    <message>
        <source>--routing-deadline needs a positive number of milliseconds.</source>
        <translation>--routing-deadline 需要一个正的毫秒数。</translation>
    </message>
    <message>
        <source>The workspace “%1” is not a folder.</source>
        <translation>工作区“%1”不是文件夹。</translation>
    </message>
    <message>
        <source>The routing report could not be written to “%1”.</source>
        <translation>无法将路由报告写入“%1”。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ExchangeRecorder</name>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>历史记录中没有对话 %1（请参阅“codeguru-cli history list”）。</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written (%2); this exchange was not saved.</source>
        <translation>无法写入 %1 中的历史记录（%2）；本次问答未保存。</translation>
    </message>
    <message>
        <source>The disk is full; this exchange was not saved in the history.</source>
        <translation>磁盘已满；本次问答未保存到历史记录中。</translation>
    </message>
    <message>
        <source>The history is busy (another CodeGuru is writing to it); this exchange was not saved.</source>
        <translation>历史记录正忙（另一个 CodeGuru 正在写入）；本次问答未保存。</translation>
    </message>
    <message>
        <source>This exchange was not saved in the history: %1</source>
        <translation>本次问答未保存到历史记录中：%1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::HistoryCommand</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
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
        <translation>用法：codeguru-cli history list [--limit N]
      codeguru-cli history show ID
      codeguru-cli history search TEXT [--limit N]
      codeguru-cli history export ID [--format md|json] [-o FILE]
      codeguru-cli history import FILE
      codeguru-cli history delete ID [--yes]

由“ask”、“chat”和窗口保存的对话，位于
%1。
list    每个对话一行，最近更新的在前：ID、最后更新时间（本地时间）、
        消息数、标题。在终端中对齐并带表头；输出到管道时以制表符分隔、
        不带表头。
show    以 Markdown 格式显示对话。
search  包含所有词语的每条消息（最后一个词按前缀匹配）：对话 ID、
        标题和匹配处前后的词语，在终端中高亮显示；输出到管道时以制表符
        分隔、不高亮。
export  以 Markdown（默认）或 JSON（“import”可读回）格式输出到 stdout 或 FILE。
import  从 CodeGuru 的 JSON 导出文件（“-”：stdin）添加对话，并输出其新 ID。
delete  删除对话及其搜索条目。在终端中，除非给出 --yes，否则会先询问；
        在脚本中则直接删除、不询问。
退出状态：0 完成，1 没有该对话或历史记录无法使用，2 用法错误。
</translation>
    </message>
    <message>
        <source>history needs one of: list, show ID, search TEXT, export ID, import FILE, delete ID.</source>
        <translation>history 需要以下之一：list、show ID、search TEXT、export ID、import FILE、delete ID。</translation>
    </message>
    <message>
        <source>“%1” is not a history command; use list, show, search, export, import or delete.</source>
        <translation>“%1”不是 history 命令；请使用 list、show、search、export、import 或 delete。</translation>
    </message>
    <message>
        <source>The history in %1 cannot be written or opened (%2).</source>
        <translation>无法写入或打开 %1 中的历史记录（%2）。</translation>
    </message>
    <message>
        <source>%1 needs exactly one conversation ID (see “codeguru-cli history list”).</source>
        <translation>%1 需要且只需要一个对话 ID（请参阅“codeguru-cli history list”）。</translation>
    </message>
    <message>
        <source>“%1” is not a conversation ID; IDs are the numbers “codeguru-cli history list” shows.</source>
        <translation>“%1”不是对话 ID；ID 是“codeguru-cli history list”显示的数字。</translation>
    </message>
    <message>
        <source>There is no conversation %1 in the history (see “codeguru-cli history list”).</source>
        <translation>历史记录中没有对话 %1（请参阅“codeguru-cli history list”）。</translation>
    </message>
    <message>
        <source>List the saved conversations, most recently updated first: id, last update (local time), number of messages, title. Aligned on a terminal, tab-separated into a pipe.</source>
        <translation>列出已保存的对话，最近更新的在前：ID、最后更新时间（本地时间）、消息数、标题。在终端中对齐显示，输出到管道时以制表符分隔。</translation>
    </message>
    <message>
        <source>Show at most N conversations.</source>
        <translation>最多显示 N 个对话。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正数。</translation>
    </message>
    <message>
        <source>history list takes no arguments.</source>
        <translation>history list 不接受参数。</translation>
    </message>
    <message>
        <source>No conversations saved yet.</source>
        <translation>尚未保存任何对话。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Print a saved conversation as Markdown.</source>
        <translation>以 Markdown 格式输出已保存的对话。</translation>
    </message>
    <message>
        <source>The conversation&apos;s ID (see “history list”).</source>
        <translation>对话的 ID（请参阅“history list”）。</translation>
    </message>
    <message>
        <source>Find saved messages containing all the words (the last one as a prefix), best matches first. On a terminal the matches are highlighted; into a pipe each line is “ID&lt;tab&gt;title&lt;tab&gt;text”.</source>
        <translation>查找包含所有词语的已保存消息（最后一个词按前缀匹配），最佳匹配在前。在终端中会高亮显示匹配；输出到管道时每行为“ID&lt;tab&gt;标题&lt;tab&gt;文本”。</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>要查找的词语。</translation>
    </message>
    <message>
        <source>Show at most N messages (default 50).</source>
        <translation>最多显示 N 条消息（默认 50）。</translation>
    </message>
    <message>
        <source>history search needs words to look for, e.g. codeguru-cli history search iterator invalidation</source>
        <translation>history search 需要要查找的词语，例如 codeguru-cli history search iterator invalidation</translation>
    </message>
    <message>
        <source>Nothing in the history matches “%1”.</source>
        <translation>历史记录中没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>Write a saved conversation as Markdown or as JSON (which “history import” reads back).</source>
        <translation>将已保存的对话输出为 Markdown 或 JSON（“history import”可读回）。</translation>
    </message>
    <message>
        <source>md (the default) or json.</source>
        <translation>md（默认）或 json。</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>写入 FILE 而不是 stdout。</translation>
    </message>
    <message>
        <source>--format must be md or json, not “%1”.</source>
        <translation>--format 必须是 md 或 json，而不是“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Add a conversation from a JSON file written by “codeguru-cli history export --format json” or the window, and print its new ID. Importing the same file twice adds two copies.</source>
        <translation>从由“codeguru-cli history export --format json”或窗口导出的 JSON 文件添加对话，并输出其新 ID。将同一文件导入两次会添加两个副本。</translation>
    </message>
    <message>
        <source>The JSON file; “-” reads stdin.</source>
        <translation>JSON 文件；“-”表示读取 stdin。</translation>
    </message>
    <message>
        <source>history import needs exactly one FILE.</source>
        <translation>history import 需要且只需要一个 FILE。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a conversation exported by CodeGuru: %2</source>
        <translation>%1 不是由 CodeGuru 导出的对话：%2</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>输入内容</translation>
    </message>
    <message>
        <source>Delete a saved conversation, its messages and their search entries. On a terminal it asks first; in a script it does not.</source>
        <translation>删除已保存的对话、其消息及搜索条目。在终端中会先询问；在脚本中不会询问。</translation>
    </message>
    <message>
        <source>Do not ask.</source>
        <translation>不询问。</translation>
    </message>
    <message numerus="yes">
        <source>Delete conversation %1 “%2” (%n message(s))? [y/N] </source>
        <translation>
            <numerusform>删除对话 %1“%2”（%n 条消息）？[y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>Deleted conversation %1.</source>
        <translation>已删除对话 %1。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::KeyCommand</name>
    <message>
        <source>Usage: codeguru-cli key set PROFILE     (reads the key from stdin)
       codeguru-cli key delete PROFILE
</source>
        <translation>用法：codeguru-cli key set PROFILE     （从 stdin 读取密钥）
      codeguru-cli key delete PROFILE
</translation>
    </message>
    <message>
        <source>key needs “set PROFILE” or “delete PROFILE”.</source>
        <translation>key 需要“set PROFILE”或“delete PROFILE”。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; add it first with “codeguru-cli profile add”.</source>
        <translation>没有名为“%1”的配置；请先用“codeguru-cli profile add”添加。</translation>
    </message>
    <message>
        <source>No key is stored for profile “%1”.</source>
        <translation>配置“%1”没有存储密钥。</translation>
    </message>
    <message>
        <source>The system keyring could not be used (%1). CodeGuru never stores keys in a file; use --api-key-env with an environment variable instead.</source>
        <translation>无法使用系统密钥环（%1）。CodeGuru 从不将密钥存储在文件中；请改用 --api-key-env 指定环境变量。</translation>
    </message>
    <message>
        <source>Deleted the key of profile “%1”.</source>
        <translation>已删除配置“%1”的密钥。</translation>
    </message>
    <message>
        <source>API key for profile “%1”: </source>
        <translation>配置“%1”的 API 密钥： </translation>
    </message>
    <message>
        <source>No key was given on stdin.</source>
        <translation>stdin 中没有提供密钥。</translation>
    </message>
    <message>
        <source>Stored the key of profile “%1” in the system keyring.</source>
        <translation>已将配置“%1”的密钥存储到系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ModelsCommand</name>
    <message>
        <source>List the models the provider offers.</source>
        <translation>列出提供商提供的模型。</translation>
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
        <translation>用法：codeguru-cli profile list
      codeguru-cli profile add NAME --preset ID [--base-url URL] [--model NAME] [--default]
      codeguru-cli profile remove NAME
      codeguru-cli profile use NAME
预设：%1。用以下命令存储密钥：codeguru-cli key set NAME
</translation>
    </message>
    <message>
        <source>profile needs one of: list, add NAME, remove NAME, use NAME.</source>
        <translation>profile 需要以下之一：list、add NAME、remove NAME、use NAME。</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with “codeguru-cli profile add NAME --preset openai”.</source>
        <translation>尚无配置。请用“codeguru-cli profile add NAME --preset openai”添加一个。</translation>
    </message>
    <message>
        <source>(server default)</source>
        <translation>（服务器默认）</translation>
    </message>
    <message>
        <source>Provider preset.</source>
        <translation>提供商预设。</translation>
    </message>
    <message>
        <source>API base URL.</source>
        <translation>API 基础 URL。</translation>
    </message>
    <message>
        <source>Model.</source>
        <translation>模型。</translation>
    </message>
    <message>
        <source>Make it the default profile.</source>
        <translation>设为默认配置。</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>配置名称。</translation>
    </message>
    <message>
        <source>profile add needs exactly one NAME.</source>
        <translation>profile add 需要且只需要一个 NAME。</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>“%1”不是有效的配置名称（可用字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;）。</translation>
    </message>
    <message>
        <source>Unknown or missing --preset; run “codeguru-cli profile --help” for the list.</source>
        <translation>--preset 未知或缺失；运行“codeguru-cli profile --help”查看列表。</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1”不是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>A custom profile needs --base-url.</source>
        <translation>custom 配置需要 --base-url。</translation>
    </message>
    <message>
        <source>Saved profile “%1”.</source>
        <translation>已保存配置“%1”。</translation>
    </message>
    <message>
        <source>Store its key with “codeguru-cli key set %1”.</source>
        <translation>请用“codeguru-cli key set %1”存储其密钥。</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>The profile was removed, but its key could not be deleted from the keyring (%1).</source>
        <translation>配置已移除，但无法从密钥环中删除其密钥（%1）。</translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation>已移除配置“%1”。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::Cli::ProviderOptions</name>
    <message>
        <source>OpenAI-compatible API base, e.g. http://localhost:11434/v1.</source>
        <translation>兼容 OpenAI 的 API 基础地址，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>Model to use.</source>
        <translation>要使用的模型。</translation>
    </message>
    <message>
        <source>Read the API key from this environment variable.</source>
        <translation>从此环境变量读取 API 密钥。</translation>
    </message>
    <message>
        <source>Use a saved provider profile.</source>
        <translation>使用已保存的提供商配置。</translation>
    </message>
    <message>
        <source>Give up after this many seconds without data (default 90).</source>
        <translation>超过此秒数仍无数据时放弃（默认 90）。</translation>
    </message>
    <message>
        <source>Say on stderr which provider and model answer.</source>
        <translation>在 stderr 上说明由哪个提供商和模型回答。</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL.</source>
        <translation>“%1”不是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>--profile and --base-url cannot be used together.</source>
        <translation>--profile 和 --base-url 不能同时使用。</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout 需要一个正的秒数。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ComposerEdit</name>
    <message>
        <source>Ask about code, paste an error, or drop files here…  (Enter sends, Shift+Enter for a new line)</source>
        <translation>询问代码问题、粘贴错误信息，或将文件拖放到此处…  （Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line, Esc stops the answer.</source>
        <translation>Enter 发送，Shift+Enter 换行，Esc 停止回答。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextChip</name>
    <message>
        <source>Include with the next question</source>
        <translation>随下一个问题一起发送</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1（正在加载…）</translation>
    </message>
    <message>
        <source>%1 (loading… %2)</source>
        <comment>file name, progress</comment>
        <translation>%1（正在加载… %2）</translation>
    </message>
    <message>
        <source>%1 (deciding…)</source>
        <translation>%1（正在决定…）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · ~%2 tokens</source>
        <translation>%1 · 约 %2 个 token</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>包含 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ContextInspector</name>
    <message>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>不附加</translation>
    </message>
    <message>
        <source>What was sent — CodeGuru</source>
        <translation>已发送的内容 — CodeGuru</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>已发送的内容</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ConversationSidebar</name>
    <message>
        <source>New chat</source>
        <translation>新建聊天</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜索对话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>找到的消息</translation>
    </message>
    <message>
        <source>Search all conversations (%1)</source>
        <translation>搜索所有对话 (%1)</translation>
    </message>
    <message>
        <source>Start a new conversation (%1)</source>
        <translation>开始新对话 (%1)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FileContextLoader</name>
    <message>
        <source>The input is binary data, not text, so it was not attached.</source>
        <translation>输入是二进制数据而非文本，因此未附加。</translation>
    </message>
    <message>
        <source>“%1” is a binary file, not text, so it was not attached.</source>
        <translation>“%1”是二进制文件而非文本，因此未附加。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder; attach the files in it instead.</source>
        <translation>“%1”是文件夹；请改为附加其中的文件。</translation>
    </message>
    <message>
        <source>“%1” is too large to attach (%2; the limit is %3).</source>
        <translation>“%1”太大，无法附加（%2；上限为 %3）。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>已取消加载“%1”。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>在此对话中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>match number, number of matches</comment>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>CodeGuru::FolderContextLoader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>“%1”不是文件夹。</translation>
    </message>
    <message>
        <source>“%1” could not be read: permission denied.</source>
        <translation>无法读取“%1”：权限被拒绝。</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>已取消加载“%1”。</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>version control</source>
        <translation>版本控制</translation>
    </message>
    <message>
        <source>dependencies</source>
        <translation>依赖项</translation>
    </message>
    <message>
        <source>build folder</source>
        <translation>构建文件夹</translation>
    </message>
    <message>
        <source>virtual environment</source>
        <translation>虚拟环境</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>editor settings</source>
        <translation>编辑器设置</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>skipped files beyond the listed ones</comment>
        <translation>
            <numerusform>…以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>符号链接</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
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
        <translation>关闭</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>%1 is taken by another program</source>
        <translation>%1 已被其他程序占用</translation>
    </message>
    <message>
        <source>Global shortcuts are not supported on this desktop; bind `codeguru --quick-ask` in your desktop&apos;s keyboard settings</source>
        <translation>此桌面不支持全局快捷键；请在桌面的键盘设置中为 `codeguru --quick-ask` 绑定按键</translation>
    </message>
    <message>
        <source>“%1” is not a key combination that can be used as a global shortcut</source>
        <translation>“%1”不是可用作全局快捷键的按键组合</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryError</name>
    <message>
        <source>The conversation history at %1 is damaged or not a CodeGuru history.</source>
        <translation>%1 处的对话历史记录已损坏，或不是 CodeGuru 的历史记录。</translation>
    </message>
    <message>
        <source>The conversation history is busy: another CodeGuru is writing to it. Try again in a moment.</source>
        <translation>对话历史记录正忙：另一个 CodeGuru 正在写入。请稍后再试。</translation>
    </message>
    <message>
        <source>The conversation history at %1 cannot be written (read-only file or folder). Conversations are kept only until CodeGuru closes.</source>
        <translation>无法写入 %1 处的对话历史记录（文件或文件夹为只读）。对话只会保留到 CodeGuru 关闭为止。</translation>
    </message>
    <message>
        <source>The disk is full: the conversation could not be saved. It stays open and will be saved when space is freed.</source>
        <translation>磁盘已满：无法保存对话。对话会保持打开，并在释放空间后保存。</translation>
    </message>
    <message>
        <source>The conversation history could not be read or written (%1).</source>
        <translation>无法读取或写入对话历史记录（%1）。</translation>
    </message>
    <message>
        <source>The conversation history is not open.</source>
        <translation>对话历史记录未打开。</translation>
    </message>
    <message>
        <source>That conversation or message does not exist (any more).</source>
        <translation>该对话或消息不存在（或已不存在）。</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>输入无效。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryExporter</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Started %1, last updated %2 (UTC)</source>
        <translation>开始于 %1，最后更新于 %2（UTC）</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>助手（%1）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n characters)</source>
        <translation>
            <numerusform>%1（%n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1.</source>
        <translation>附件：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted.</source>
        <translation>
            <numerusform>已遮盖 %n 个机密信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>This answer was still being written.</source>
        <translation>此回答当时仍在生成中。</translation>
    </message>
    <message>
        <source>This answer was interrupted.</source>
        <translation>此回答已中断。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryImporter</name>
    <message>
        <source>This is not a CodeGuru conversation: it is not valid JSON (%1 at byte %2).</source>
        <translation>这不是 CodeGuru 对话：它不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>This JSON is not a CodeGuru conversation (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>此 JSON 不是 CodeGuru 对话（没有 &quot;format&quot;: &quot;%1&quot;）。</translation>
    </message>
    <message>
        <source>This conversation was exported in format version %1, which this CodeGuru cannot read.</source>
        <translation>此对话以格式版本 %1 导出，当前 CodeGuru 无法读取。</translation>
    </message>
    <message>
        <source>The conversation&apos;s time stamps are not valid.</source>
        <translation>对话的时间戳无效。</translation>
    </message>
    <message>
        <source>The conversation has no &quot;messages&quot; list.</source>
        <translation>对话没有 &quot;messages&quot; 列表。</translation>
    </message>
    <message>
        <source>Message %1 of the conversation is not valid: %2.</source>
        <translation>对话的第 %1 条消息无效：%2。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>unknown role</source>
        <translation>未知角色</translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <source>no content</source>
        <translation>没有内容</translation>
    </message>
    <message>
        <source>bad time stamp</source>
        <translation>时间戳错误</translation>
    </message>
    <message>
        <source>bad token count</source>
        <translation>token 数错误</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryOpenReport</name>
    <message>
        <source>Your conversation history could not be read; it was moved to %1 and a new one was started.</source>
        <translation>无法读取你的对话历史记录；已将其移至 %1，并新建了历史记录。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::HistoryStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (truncated)</source>
        <translation>文件比其头部声明的要短（已截断）</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this CodeGuru knows (%2)</source>
        <translation>架构版本 %1 比此 CodeGuru 所知的版本（%2）更新</translation>
    </message>
    <message>
        <source>The conversation history at %1 was written by a newer CodeGuru.</source>
        <translation>%1 处的对话历史记录由更新版本的 CodeGuru 写入。</translation>
    </message>
    <message>
        <source>the file holds tables that are not a CodeGuru history</source>
        <translation>该文件包含的表不属于 CodeGuru 历史记录</translation>
    </message>
    <message>
        <source>table %1 lacks column %2</source>
        <translation>表 %1 缺少列 %2</translation>
    </message>
    <message>
        <source>could not move the damaged history aside</source>
        <translation>无法将损坏的历史记录移到一旁</translation>
    </message>
</context>
<context>
    <name>CodeGuru::LevelMeter</name>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
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
        <translation>附加…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>附加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach a &amp;folder…</source>
        <translation>附加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Attach a folder</source>
        <translation>附加文件夹</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>导出对话(&amp;E)…</translation>
    </message>
    <message>
        <source>There is nothing to export yet: ask something first.</source>
        <translation>还没有可导出的内容：请先提问。</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CodeGuru conversation (*.json)</source>
        <translation>CodeGuru 对话 (*.json)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>导出对话</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>导入对话</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Stop answer</source>
        <translation>停止回答(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>重新生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit last question</source>
        <translation>编辑上一个问题(&amp;E)</translation>
    </message>
    <message>
        <source>Edit last question</source>
        <translation>编辑上一个问题</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>&amp;Copy last answer as Markdown</source>
        <translation>以 Markdown 格式复制上一个回答(&amp;C)</translation>
    </message>
    <message>
        <source>The last answer was copied as Markdown.</source>
        <translation>已以 Markdown 格式复制上一个回答。</translation>
    </message>
    <message>
        <source>&amp;Find in conversation…</source>
        <translation>在对话中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search c&amp;onversations</source>
        <translation>搜索对话(&amp;O)</translation>
    </message>
    <message>
        <source>Show CodeGuru</source>
        <translation>显示 CodeGuru</translation>
    </message>
    <message>
        <source>Ask about the clipboard</source>
        <translation>询问剪贴板内容</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>无提供商</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>新对话</translation>
    </message>
    <message>
        <source>This conversation could not be saved: %1 It stays open here and is saved as soon as possible.</source>
        <translation>无法保存此对话：%1此对话会在这里保持打开，并尽快保存。</translation>
    </message>
    <message>
        <source>This conversation could not be read: %1</source>
        <translation>无法读取此对话：%1</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>a concealed item from a password manager; it is never read</source>
        <translation>来自密码管理器的隐藏项目；绝不会读取</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>重命名对话</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>删除对话</translation>
    </message>
    <message>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>删除“%1”及其所有消息？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Conversations cannot be saved: %1 They are kept while CodeGuru runs.</source>
        <translation>无法保存对话：%1对话会在 CodeGuru 运行期间保留。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), last on %1</source>
        <translation>
            <numerusform>%n 条消息，最后一条于 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a CodeGuru conversation.</source>
        <translation>“%1”太大，不可能是 CodeGuru 对话。</translation>
    </message>
    <message>
        <source>The conversation was imported.</source>
        <translation>已导入对话。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>拖放的文本</translation>
    </message>
    <message>
        <source>only local files can be attached</source>
        <translation>只能附加本地文件</translation>
    </message>
    <message>
        <source>CodeGuru is still running</source>
        <translation>CodeGuru 仍在运行</translation>
    </message>
    <message>
        <source>It stays in the system tray. Choose Quit in its menu to end it.</source>
        <translation>它会留在系统托盘中。在其菜单中选择“退出”即可结束。</translation>
    </message>
    <message>
        <source>Attach files to the next question (File → Attach files…)</source>
        <translation>为下一个问题附加文件（文件 → 附加文件…）</translation>
    </message>
    <message>
        <source>Stop reading a&amp;loud</source>
        <translation>停止朗读(&amp;L)</translation>
    </message>
</context>
<context>
    <name>CodeGuru::MessageLayout</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理过程</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
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
        <translation>重置为内置人设</translation>
    </message>
    <message>
        <source>The system prompt is sent before every conversation and sets how the assistant answers.</source>
        <translation>系统提示词会在每次对话前发送，决定助手如何回答。</translation>
    </message>
    <message>
        <source>An empty prompt means the built-in coding-expert persona.</source>
        <translation>提示词为空表示使用内置的编程专家人设。</translation>
    </message>
    <message>
        <source>The built-in coding-expert persona.</source>
        <translation>内置的编程专家人设。</translation>
    </message>
    <message>
        <source>Your own prompt.</source>
        <translation>你自己的提示词。</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PortalGlobalShortcut</name>
    <message>
        <source>Ask CodeGuru about the clipboard</source>
        <translation>向 CodeGuru 询问剪贴板内容</translation>
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
        <translation> 提供商返回：“%1”</translation>
    </message>
    <message>
        <source>The provider rejected the API key%1; check the key stored for this provider.</source>
        <translation>提供商拒绝了 API 密钥%1；请检查为此提供商存储的密钥。</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in %2 s.</source>
        <translation>提供商正在限制请求频率%1；请在 %2 秒后重试。</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests%1; try again in a moment.</source>
        <translation>提供商正在限制请求频率%1；请稍后重试。</translation>
    </message>
    <message>
        <source>The question and its context are too long for this model; attach less or start a new conversation.</source>
        <translation>问题及其上下文对此模型来说太长；请减少附加内容或开始新对话。</translation>
    </message>
    <message>
        <source>The provider refused the request%1.</source>
        <translation>提供商拒绝了请求%1。</translation>
    </message>
    <message>
        <source>The provider does not know this address or model%1; check the base URL and model name.</source>
        <translation>提供商不认识此地址或模型%1；请检查基础 URL 和模型名称。</translation>
    </message>
    <message>
        <source>The provider is overloaded or unavailable%1; try again shortly.</source>
        <translation>提供商过载或不可用%1；请稍后重试。</translation>
    </message>
    <message>
        <source>The network is unreachable, so the provider could not be contacted.</source>
        <translation>网络不可达，因此无法联系提供商。</translation>
    </message>
    <message>
        <source>The provider’s host name “%1” could not be found; check the base URL and your network.</source>
        <translation>找不到提供商的主机名“%1”；请检查基础 URL 和你的网络。</translation>
    </message>
    <message>
        <source>Nothing is answering at %1; is the server running?</source>
        <translation>%1 没有任何响应；服务器是否正在运行？</translation>
    </message>
    <message>
        <source>The provider sent nothing for %1 s, so the request was stopped.</source>
        <translation>提供商在 %1 秒内没有发送任何内容，因此已停止请求。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent.</source>
        <translation>无法验证与 %1 的安全连接，因此未发送任何内容。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2), so nothing was sent.</source>
        <translation>无法验证与 %1 的安全连接（%2），因此未发送任何内容。</translation>
    </message>
    <message>
        <source>The connection to the provider dropped before the answer was complete.</source>
        <translation>回答完成前与提供商的连接已断开。</translation>
    </message>
    <message>
        <source>The provider sent a reply that is not a valid chat completion.</source>
        <translation>提供商发送的回复不是有效的聊天补全。</translation>
    </message>
    <message>
        <source>The provider stopped the answer with an error.</source>
        <translation>提供商因错误停止了回答。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>“%1” is not a valid http:// or https:// address.</source>
        <translation>“%1”不是有效的 http:// 或 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderPreset</name>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp 服务器</translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation>自定义（兼容 OpenAI）</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProviderResolver</name>
    <message>
        <source>No AI provider is configured, and no local Ollama (port 11434) or llama.cpp server (port 8080) answered. Set OPENAI_API_KEY or GROQ_API_KEY, start a local server, or save a provider with “codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]” followed by “codeguru-cli key set NAME”.</source>
        <translation>未配置 AI 提供商，且本地 Ollama（端口 11434）和 llama.cpp 服务器（端口 8080）均无响应。请设置 OPENAI_API_KEY 或 GROQ_API_KEY，启动本地服务器，或者运行“codeguru-cli profile add NAME --preset openai|groq|openrouter|ollama|llamacpp|custom [--base-url URL] [--model NAME]”再运行“codeguru-cli key set NAME”来保存提供商。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty, so there is no API key to use.</source>
        <translation>环境变量 %1 未设置或为空，因此没有可用的 API 密钥。</translation>
    </message>
    <message>
        <source>--base-url</source>
        <translation>--base-url</translation>
    </message>
    <message>
        <source>There is no provider profile named “%1”; “codeguru-cli profile list” shows the saved ones.</source>
        <translation>没有名为“%1”的提供商配置；“codeguru-cli profile list”会显示已保存的配置。</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>No API key is stored for profile “%1”; store one with “codeguru-cli key set %1”.</source>
        <translation>配置“%1”没有存储 API 密钥；请用“codeguru-cli key set %1”存储。</translation>
    </message>
    <message>
        <source>The API key for profile “%1” could not be read from the system keyring (%2). Unlock the keyring, or pass the key in an environment variable with --api-key-env.</source>
        <translation>无法从系统密钥环读取配置“%1”的 API 密钥（%2）。请解锁密钥环，或通过 --api-key-env 用环境变量传入密钥。</translation>
    </message>
    <message>
        <source>local server at %1</source>
        <translation>%1 上的本地服务器</translation>
    </message>
    <message>
        <source>The server at %1 lists no models; load or pull a model first, or pass --model.</source>
        <translation>%1 上的服务器没有列出任何模型；请先加载或拉取模型，或传入 --model。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::ProvidersPage</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <source>The default profile answers unless you pick another one.</source>
        <translation>除非你选择其他配置，否则由默认配置回答。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask the provider which models it offers.</source>
        <translation>询问提供商提供哪些模型。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Send a tiny message to the model and report how long the answer took.</source>
        <translation>向模型发送一条简短消息，并报告回答用时。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>No provider profile yet. Without one, CodeGuru uses OPENAI_API_KEY or GROQ_API_KEY from the environment, or a local Ollama or llama.cpp server. Add a profile to choose the provider yourself.</source>
        <translation>尚无提供商配置。没有配置时，CodeGuru 会使用环境变量中的 OPENAI_API_KEY 或 GROQ_API_KEY，或本地的 Ollama 或 llama.cpp 服务器。添加配置即可自行选择提供商。</translation>
    </message>
    <message>
        <source>A saved profile keeps its name; add a new one to use another.</source>
        <translation>已保存的配置不能改名；若要使用其他名称，请添加新配置。</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>The first model the server lists</source>
        <translation>服务器列出的第一个模型</translation>
    </message>
    <message>
        <source>Every profile needs a name.</source>
        <translation>每个配置都需要名称。</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>“%1”不是有效的配置名称：请使用字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>Two profiles are named “%1”.</source>
        <translation>有两个配置都名为“%1”。</translation>
    </message>
    <message>
        <source>The base URL of “%1” must be an http:// or https:// address.</source>
        <translation>“%1”的基础 URL 必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its key could not be deleted from the system keyring: %2</source>
        <translation>配置“%1”已移除，但无法从系统密钥环中删除其密钥：%2</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// base URL first.</source>
        <translation>请先输入 http:// 或 https:// 基础 URL。</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>正在向 %1 查询其模型…</translation>
    </message>
    <message>
        <source>The server lists no models; type the model name.</source>
        <translation>服务器没有列出任何模型；请输入模型名称。</translation>
    </message>
    <message>
        <source>Models listed by the server: %1.</source>
        <translation>服务器列出的模型：%1。</translation>
    </message>
    <message>
        <source>Choose a model first; Refresh lists the ones the server offers.</source>
        <translation>请先选择模型；点击“刷新”可列出服务器提供的模型。</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>正在向 %1 发送测试消息…</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 在 %2 毫秒内作出了回答。</translation>
    </message>
    <message>
        <source>No system keyring is available, so API keys cannot be stored. Start a Secret Service such as GNOME Keyring or KWallet, then open Settings again.</source>
        <translation>没有可用的系统密钥环，因此无法存储 API 密钥。请启动 GNOME Keyring 或 KWallet 等 Secret Service，然后重新打开设置。</translation>
    </message>
    <message>
        <source>Access to the system keyring was refused, or it stayed locked. Unlock it and try again.</source>
        <translation>访问系统密钥环被拒绝，或密钥环仍处于锁定状态。请解锁后重试。</translation>
    </message>
    <message>
        <source>The system keyring reported an error.</source>
        <translation>系统密钥环报告了错误。</translation>
    </message>
    <message>
        <source>The system keyring reported an error: %1</source>
        <translation>系统密钥环报告了错误：%1</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>移除配置</translation>
    </message>
</context>
<context>
    <name>CodeGuru::PushToTalkButton</name>
    <message>
        <source>Speak a question</source>
        <translation>语音提问</translation>
    </message>
    <message>
        <source>Listening… let go to stop</source>
        <translation>正在聆听… 松开即停止</translation>
    </message>
    <message>
        <source>Hold to speak a question, let go to stop (%1)</source>
        <translation>按住即可语音提问，松开即停止（%1）</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtAudioRecorder</name>
    <message>
        <source>No microphone was found. Connect one (or turn it on in the system&apos;s sound settings) and try again.</source>
        <translation>未找到麦克风。请连接麦克风（或在系统声音设置中将其打开），然后重试。</translation>
    </message>
    <message>
        <source>The microphone could not be opened. Another program may be using it, or access to it was refused; check the system&apos;s privacy and sound settings.</source>
        <translation>无法打开麦克风。可能有其他程序正在使用它，或访问被拒绝；请检查系统的隐私和声音设置。</translation>
    </message>
    <message>
        <source>The microphone stopped delivering sound (was it unplugged?).</source>
        <translation>麦克风不再传来声音（是否已被拔出？）。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QtSpeechEngine</name>
    <message>
        <source>Answers cannot be read aloud: no text-to-speech engine is installed. Install speech-dispatcher or Flite.</source>
        <translation>无法朗读回答：未安装文字转语音引擎。请安装 speech-dispatcher 或 Flite。</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” is not available.</source>
        <translation>文字转语音引擎“%1”不可用。</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine stopped working.</source>
        <translation>无法朗读回答：文字转语音引擎已停止工作。</translation>
    </message>
    <message>
        <source>Answers cannot be read aloud: the text-to-speech engine reported “%1”.</source>
        <translation>无法朗读回答：文字转语音引擎报告“%1”。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuestionContextBuilder</name>
    <message>
        <source>No file in %1 clearly matches “%2”, so none was attached.</source>
        <translation>%1 中没有明确匹配“%2”的文件，因此未附加任何文件。</translation>
    </message>
    <message>
        <source>“%1” is long; only its beginning and end were attached.</source>
        <translation>“%1”较长；只附加了其开头和结尾。</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>%1 中：%2</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskPage</name>
    <message>
        <source>Use the &amp;primary selection (the last highlighted text) instead of the clipboard</source>
        <translation>使用主选区（最后高亮选中的文本）代替剪贴板(&amp;P)</translation>
    </message>
    <message>
        <source>Quick Ask shortcut</source>
        <translation>Quick Ask 快捷键</translation>
    </message>
    <message>
        <source>&amp;Shortcut:</source>
        <translation>快捷键(&amp;S)：</translation>
    </message>
    <message>
        <source>Where the desktop offers no global shortcuts, bind the command &lt;code&gt;codeguru --quick-ask&lt;/code&gt; to a key in its keyboard settings.</source>
        <translation>如果桌面不提供全局快捷键，请在其键盘设置中将命令 &lt;code&gt;codeguru --quick-ask&lt;/code&gt; 绑定到一个按键。</translation>
    </message>
    <message>
        <source>This desktop has no primary selection.</source>
        <translation>此桌面没有主选区。</translation>
    </message>
    <message>
        <source>Open &amp;Quick Ask with a global shortcut</source>
        <translation>使用全局快捷键打开 Quick Ask(&amp;Q)</translation>
    </message>
    <message>
        <source>Start CodeGuru when I &amp;log in (in the background, so the shortcut works)</source>
        <translation>登录时启动 CodeGuru（在后台运行，以便快捷键可用）(&amp;L)</translation>
    </message>
    <message>
        <source>Adds %1 to the programs your desktop starts when you log in.</source>
        <translation>将 %1 添加到登录时桌面自动启动的程序中。</translation>
    </message>
    <message>
        <source>This system has no XDG autostart folder.</source>
        <translation>此系统没有 XDG 自动启动文件夹。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::QuickAskWindow</name>
    <message>
        <source>Open in CodeGuru</source>
        <translation>在 CodeGuru 中打开</translation>
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
        <translation>询问你复制的内容…（Enter 提问，Esc 隐藏）</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Continue this exchange in the main window</source>
        <translation>在主窗口中继续此问答</translation>
    </message>
    <message>
        <source>The clipboard is empty. Copy an error or some code, then ask.</source>
        <translation>剪贴板为空。请复制错误信息或一些代码，然后提问。</translation>
    </message>
    <message>
        <source>The clipboard holds a concealed item from a password manager; it is not read, shown or sent.</source>
        <translation>剪贴板中是来自密码管理器的隐藏项目；不会读取、显示或发送它。</translation>
    </message>
    <message>
        <source>An image, %1 × %2 pixels. The model cannot see images; only your question is sent.</source>
        <translation>一张 %1 × %2 像素的图片。模型无法查看图片；只会发送你的问题。</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s), %1, about %2 tokens</source>
        <translation>
            <numerusform>%n 行，%1，约 %2 个 token</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::RoutingPage</name>
    <message>
        <source>Same as the answer model</source>
        <translation>与回答模型相同</translation>
    </message>
    <message>
        <source>A small, fast model answers the routing questions best; the answer model is used when empty.</source>
        <translation>小而快的模型最适合回答路由问题；留空则使用回答模型。</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Classifiers that have not answered by then take their default.</source>
        <translation>届时仍未回答的分类器将采用其默认值。</translation>
    </message>
    <message>
        <source>For providers on other machines (recommended)</source>
        <translation>用于其他机器上的提供商（推荐）</translation>
    </message>
    <message>
        <source>Always, even for a model on this machine</source>
        <translation>始终，即使是本机上的模型</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Classifier &amp;model:</source>
        <translation>分类器模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Routing &amp;deadline:</source>
        <translation>路由截止时间(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Hide secrets in attachments:</source>
        <translation>隐藏附件中的机密信息(&amp;H)：</translation>
    </message>
    <message>
        <source>Classifiers</source>
        <translation>分类器</translation>
    </message>
    <message>
        <source>Before each question is answered, the classifier model is asked these questions to decide what to attach. {query} stands for the question.</source>
        <translation>在回答每个问题之前，会向分类器模型询问这些问题，以决定附加哪些内容。{query} 代表用户的问题。</translation>
    </message>
    <message>
        <source>Select a classifier to edit its question.</source>
        <translation>选择一个分类器以编辑其问题。</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>重置为默认值</translation>
    </message>
    <message>
        <source>&amp;Question asked by “%1”:</source>
        <translation>“%1”提出的问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Apply saves your classifiers to %1.</source>
        <translation>点击“应用”会将你的分类器保存到 %1。</translation>
    </message>
    <message>
        <source>Apply deletes %1 and goes back to the built-in classifiers.</source>
        <translation>点击“应用”会删除 %1 并恢复为内置分类器。</translation>
    </message>
    <message>
        <source>%1 The built-in classifiers are shown; a change you apply replaces the file.</source>
        <translation>%1当前显示的是内置分类器；应用更改会替换该文件。</translation>
    </message>
    <message>
        <source>Your classifiers, from %1.</source>
        <translation>你的分类器，来自 %1。</translation>
    </message>
    <message>
        <source>The built-in classifiers.</source>
        <translation>内置分类器。</translation>
    </message>
    <message>
        <source>The classifier “%1” needs a question.</source>
        <translation>分类器“%1”需要一个问题。</translation>
    </message>
    <message>
        <source>%1 could not be deleted; remove it by hand to use the built-in classifiers.</source>
        <translation>无法删除 %1；若要使用内置分类器，请手动删除它。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SecretScanner</name>
    <message>
        <source>private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>%1 private keys</source>
        <translation>%1 个私钥</translation>
    </message>
    <message>
        <source>AWS access key</source>
        <translation>AWS 访问密钥</translation>
    </message>
    <message>
        <source>an AWS access key</source>
        <translation>AWS 访问密钥</translation>
    </message>
    <message>
        <source>%1 AWS access keys</source>
        <translation>%1 个 AWS 访问密钥</translation>
    </message>
    <message>
        <source>AWS secret key</source>
        <translation>AWS 秘密密钥</translation>
    </message>
    <message>
        <source>an AWS secret key</source>
        <translation>AWS 秘密密钥</translation>
    </message>
    <message>
        <source>%1 AWS secret keys</source>
        <translation>%1 个 AWS 秘密密钥</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub 令牌</translation>
    </message>
    <message>
        <source>a GitHub token</source>
        <translation>GitHub 令牌</translation>
    </message>
    <message>
        <source>%1 GitHub tokens</source>
        <translation>%1 个 GitHub 令牌</translation>
    </message>
    <message>
        <source>OpenAI-style API key</source>
        <translation>OpenAI 风格的 API 密钥</translation>
    </message>
    <message>
        <source>an OpenAI-style API key</source>
        <translation>OpenAI 风格的 API 密钥</translation>
    </message>
    <message>
        <source>%1 OpenAI-style API keys</source>
        <translation>%1 个 OpenAI 风格的 API 密钥</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API 密钥</translation>
    </message>
    <message>
        <source>an Anthropic API key</source>
        <translation>Anthropic API 密钥</translation>
    </message>
    <message>
        <source>%1 Anthropic API keys</source>
        <translation>%1 个 Anthropic API 密钥</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Groq API 密钥</translation>
    </message>
    <message>
        <source>a Groq API key</source>
        <translation>Groq API 密钥</translation>
    </message>
    <message>
        <source>%1 Groq API keys</source>
        <translation>%1 个 Groq API 密钥</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack 令牌</translation>
    </message>
    <message>
        <source>a Slack token</source>
        <translation>Slack 令牌</translation>
    </message>
    <message>
        <source>%1 Slack tokens</source>
        <translation>%1 个 Slack 令牌</translation>
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
        <translation>%1 个 Slack Webhook URL</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google API 密钥</translation>
    </message>
    <message>
        <source>a Google API key</source>
        <translation>Google API 密钥</translation>
    </message>
    <message>
        <source>%1 Google API keys</source>
        <translation>%1 个 Google API 密钥</translation>
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
        <translation>%1 个 JSON Web Token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>a password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 passwords</source>
        <translation>%1 个密码</translation>
    </message>
    <message>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>a token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个令牌</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>%1 API keys</source>
        <translation>%1 个 API 密钥</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>机密信息</translation>
    </message>
    <message>
        <source>a secret</source>
        <translation>机密信息</translation>
    </message>
    <message>
        <source>%1 secrets</source>
        <translation>%1 项机密信息</translation>
    </message>
    <message>
        <source>[REDACTED %1]</source>
        <translation>[已遮盖：%1]</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>count × kind of secret</comment>
        <translation>%2 × %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>第 %1 行</translation>
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
        <translation>已遮盖 1 项机密信息：%1。</translation>
    </message>
    <message>
        <source>Redacted %1 secrets: %2.</source>
        <translation>已遮盖 %1 项机密信息：%2。</translation>
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
        <translation>随问题发送：%1</translation>
    </message>
    <message numerus="yes">
        <source>(%n secret(s) redacted)</source>
        <translation>
            <numerusform>（已遮盖 %n 项机密信息）</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>This answer was interrupted: CodeGuru ended before it was complete.</source>
        <translation>此回答已中断：CodeGuru 在回答完成前退出了。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>The answer was cut off because the model reached its output limit.</source>
        <translation>模型已达到输出上限，回答被截断。</translation>
    </message>
    <message>
        <source>The answer above is incomplete. %1</source>
        <translation>上面的回答不完整。%1</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Please continue your previous answer from where it stopped.</source>
        <translation>请从中断的地方继续你之前的回答。</translation>
    </message>
    <message>
        <source>Only the last answer can be asked again.</source>
        <translation>只能重新生成最后一个回答。</translation>
    </message>
    <message>
        <source>The provider should accept requests again now.</source>
        <translation>提供商现在应该会再次接受请求。</translation>
    </message>
    <message>
        <source>The provider is rate-limiting requests; you can retry in %1 s.</source>
        <translation>提供商正在限制请求频率；你可以在 %1 秒后重试。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SettingsDialog</name>
    <message>
        <source>CodeGuru Settings</source>
        <translation>CodeGuru 设置</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>人设</translation>
    </message>
    <message>
        <source>Quick Ask</source>
        <translation>Quick Ask</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The settings were saved, but a key could not be stored; the profile shows why.</source>
        <translation>设置已保存，但有一个密钥无法存储；原因见该配置。</translation>
    </message>
    <message>
        <source>The other settings were saved, but the classifiers were not; the Routing page shows why.</source>
        <translation>其他设置已保存，但分类器未保存；原因见“路由”页面。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <source>The other settings were saved, but starting CodeGuru when you log in could not be changed; the Quick Ask page shows why.</source>
        <translation>其他设置已保存，但无法更改登录时启动 CodeGuru 的设置；原因见“Quick Ask”页面。</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpeakableText</name>
    <message numerus="yes">
        <source>A code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block.</extracomment>
        <translation>
            <numerusform>一个 %n 行的代码块。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (HTML, SQL, R), kept as is; English needs &quot;An&quot; before it, other languages translate this like the &quot;A %1&quot; string.</extracomment>
        <translation>
            <numerusform>一个 %n 行的 %1 代码块。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A %1 code block of %n line(s).</source>
        <extracomment>Read aloud in place of a code block. %1 is a programming language (Python, C++, shell), kept as is.</extracomment>
        <translation>
            <numerusform>一个 %n 行的 %1 代码块。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A table with %n row(s).</source>
        <extracomment>Read aloud in place of a table; the rows below its header.</extracomment>
        <translation>
            <numerusform>一个 %n 行的表格。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeGuru::SpokenQuestion</name>
    <message>
        <source>Nothing was heard: the recording is silent. Check that the microphone is connected and not muted, then record again — or press Retry to send it anyway.</source>
        <translation>什么也没听到：录音是静音的。请检查麦克风是否已连接且未静音，然后重新录音；或者点击“重试”仍然发送。</translation>
    </message>
    <message>
        <source>Transcription stopped. The recording is kept: press Retry to transcribe it, or Discard.</source>
        <translation>转写已停止。录音已保留：点击“重试”进行转写，或点击“丢弃”。</translation>
    </message>
    <message>
        <source>No provider is set up to turn speech into text. Add one in Settings → Providers (or choose one in Settings → Voice), then press Retry.</source>
        <translation>尚未设置用于将语音转为文字的提供商。请在“设置 → 提供商”中添加一个（或在“设置 → 语音”中选择一个），然后点击“重试”。</translation>
    </message>
    <message>
        <source>The recording could not be turned into text. %1 The recording is kept: press Retry, or Discard.</source>
        <translation>无法将录音转为文字。%1录音已保留：请点击“重试”或“丢弃”。</translation>
    </message>
    <message>
        <source>%1 What was recorded until then is kept: press Retry to transcribe it, or Discard.</source>
        <translation>%1此前录制的内容已保留：点击“重试”进行转写，或点击“丢弃”。</translation>
    </message>
    <message>
        <source>That was too short to hear a question. Hold the microphone button (or %1) while you speak, and let go when you are done.</source>
        <translation>时间太短，未能听到问题。说话时请按住麦克风按钮（或 %1），说完后松开。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TextDecoder</name>
    <message>
        <source>[… 1 line omitted …]</source>
        <translation>[… 省略 1 行 …]</translation>
    </message>
    <message>
        <source>[… %1 lines omitted …]</source>
        <translation>[… 省略 %1 行 …]</translation>
    </message>
</context>
<context>
    <name>CodeGuru::TranscriptionResult</name>
    <message>
        <source>No speech was recognised in the recording.</source>
        <translation>录音中未识别到语音。</translation>
    </message>
    <message>
        <source>%1 has no speech-to-text endpoint (%2 answered HTTP %3). Choose a transcription provider that offers one, such as OpenAI, Groq or a local Whisper server.</source>
        <translation>%1 没有语音转文字端点（%2 返回 HTTP %3）。请选择提供该端点的转写提供商，例如 OpenAI、Groq 或本地 Whisper 服务器。</translation>
    </message>
    <message>
        <source>The provider does not know the transcription model “%1”; choose another one.</source>
        <translation>提供商不认识转写模型“%1”；请选择其他模型。</translation>
    </message>
    <message>
        <source> The provider said: “%1”</source>
        <translation> 提供商返回：“%1”</translation>
    </message>
    <message>
        <source>The provider’s reply from %1 is not a transcription.</source>
        <translation>提供商从 %1 返回的回复不是转写结果。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped before the transcription arrived.</source>
        <translation>转写结果到达之前，与 %1 的连接已断开。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoicePage</name>
    <message>
        <source>&amp;Send spoken questions at once</source>
        <translation>立即发送语音提问(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Read answers aloud</source>
        <translation>朗读回答(&amp;R)</translation>
    </message>
    <message>
        <source>The provider profile that turns what you say into text.</source>
        <translation>将你说的话转为文字的提供商配置。</translation>
    </message>
    <message>
        <source>The speech-to-text model; empty uses the provider&apos;s usual one.</source>
        <translation>语音转文字模型；留空则使用提供商的常用模型。</translation>
    </message>
    <message>
        <source>No text-to-speech engine is installed. Install speech-dispatcher or Flite to hear answers.</source>
        <translation>未安装文字转语音引擎。请安装 speech-dispatcher 或 Flite 以收听回答。</translation>
    </message>
    <message>
        <source>Speaking a question</source>
        <translation>语音提问</translation>
    </message>
    <message>
        <source>Transcription &amp;provider:</source>
        <translation>转写提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>Transcription &amp;model:</source>
        <translation>转写模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Otherwise the words land in the message box, so you can glance at them before sending.</source>
        <translation>否则文字会先放入消息框，方便你在发送前查看。</translation>
    </message>
    <message>
        <source>To speak a question, hold %1 in the CodeGuru window, or hold the microphone button, and let go when you are done.</source>
        <translation>要语音提问，请在 CodeGuru 窗口中按住 %1 或按住麦克风按钮，说完后松开。</translation>
    </message>
    <message>
        <source>Hearing the answer</source>
        <translation>收听回答</translation>
    </message>
    <message>
        <source>Speech &amp;engine:</source>
        <translation>语音引擎(&amp;E)：</translation>
    </message>
    <message>
        <source>Same as the chat provider</source>
        <translation>与聊天提供商相同</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1（未安装）</translation>
    </message>
    <message>
        <source>Provider default (e.g. %1)</source>
        <translation>提供商默认（例如 %1）</translation>
    </message>
    <message>
        <source>Provider default: %1</source>
        <translation>提供商默认：%1</translation>
    </message>
    <message>
        <source>Push-to-&amp;talk shortcut:</source>
        <translation>按住说话快捷键(&amp;T)：</translation>
    </message>
    <message>
        <source>Choose one key with Ctrl, Alt or Meta (or a function key such as F9): a key held without them would be taken from typing.</source>
        <translation>请选择带 Ctrl、Alt 或 Meta 的按键（或 F9 等功能键）：不带这些修饰键的按键会影响正常打字。</translation>
    </message>
</context>
<context>
    <name>CodeGuru::VoiceStrip</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Send the kept recording to be transcribed again</source>
        <translation>将保留的录音重新发送进行转写</translation>
    </message>
    <message>
        <source>Throw the kept recording away</source>
        <translation>丢弃保留的录音</translation>
    </message>
    <message>
        <source>Opening the microphone…</source>
        <translation>正在打开麦克风…</translation>
    </message>
    <message>
        <source>Listening… let go to stop, Esc to cancel.</source>
        <translation>正在聆听… 松开即停止，按 Esc 取消。</translation>
    </message>
    <message>
        <source>Turning speech into text…</source>
        <translation>正在将语音转为文字…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
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
        <translation>用法：codeguru-cli [COMMAND] [OPTIONS]

命令：
  ask QUESTION     提出一个问题；回答以流式输出到 stdout
                   （-f 指定的文件和通过管道传入的 stdin 会作为上下文附加）
  chat             在终端中进行对话（在终端中时的默认命令）
  history ...      列出、显示、搜索、导出、导入或删除已保存的对话
  models           列出提供商的模型
  profile ...      列出、添加、移除或选择已保存的提供商
  key set|delete   在系统密钥环中存储或删除配置的 API 密钥

运行“codeguru-cli COMMAND --help”查看命令的选项。
提供商：--profile、--base-url，或 OPENAI_API_KEY / OPENAI_BASE_URL / GROQ_API_KEY /
OPENROUTER_API_KEY，否则使用本地的 Ollama（端口 11434）或 llama.cpp 服务器（端口 8080）。
</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>“%1”不是命令。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CodeGuru, an assistant for programmers.</source>
        <translation>CodeGuru，面向程序员的助手。</translation>
    </message>
    <message>
        <source>Open Quick Ask with the clipboard, in the running CodeGuru if there is one. Bind this to a key in your desktop&apos;s keyboard settings.</source>
        <translation>使用剪贴板内容打开 Quick Ask；如果已有正在运行的 CodeGuru，则在其中打开。请在桌面的键盘设置中将此命令绑定到一个按键。</translation>
    </message>
    <message>
        <source>CodeGuru is running but does not answer; starting another window.</source>
        <translation>CodeGuru 正在运行但没有响应；正在启动另一个窗口。</translation>
    </message>
    <message>
        <source>Start without a window, in the system tray if there is one, so the Quick Ask shortcut works. Used when CodeGuru starts at login.</source>
        <translation>不打开窗口启动（如有系统托盘则驻留在托盘中），以便 Quick Ask 快捷键可用。在登录时启动 CodeGuru 时使用。</translation>
    </message>
</context>
</TS>
