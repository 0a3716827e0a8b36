// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretScanner.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>

namespace CodeGuru {

namespace {
/// How a kind of secret is named in a marker and in the summary.
struct Phrase
{
    const char *label;
    const char *one; ///< with its article: "an AWS access key"
    const char *many; ///< "%1 AWS access keys"
};

// Spelled out in full so that lupdate sees every string with its context.
const std::array kPhrases = {
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "private key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "a private key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 private keys")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "AWS access key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "an AWS access key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 AWS access keys")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "AWS secret key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "an AWS secret key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 AWS secret keys")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "GitHub token"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "a GitHub token"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 GitHub tokens")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "OpenAI-style API key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "an OpenAI-style API key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 OpenAI-style API keys")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "Anthropic API key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "an Anthropic API key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 Anthropic API keys")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "Groq API key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "a Groq API key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 Groq API keys")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "Slack token"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "a Slack token"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 Slack tokens")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "Slack webhook URL"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "a Slack webhook URL"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 Slack webhook URLs")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "Google API key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "a Google API key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 Google API keys")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "JSON Web Token"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "a JSON Web Token"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 JSON Web Tokens")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "password"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "a password"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 passwords")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "token"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "a token"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 tokens")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "API key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "an API key"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 API keys")},
    Phrase {QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "secret"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "a secret"),
            QT_TRANSLATE_NOOP("CodeGuru::SecretScanner", "%1 secrets")},
};

enum PhraseId {
    PrivateKey,
    AwsAccessKey,
    AwsSecretKey,
    GitHubToken,
    OpenAiKey,
    AnthropicKey,
    GroqKey,
    SlackToken,
    SlackWebhook,
    GoogleApiKey,
    Jwt,
    Password,
    Token,
    ApiKey,
    Secret,
};
static_assert(kPhrases.size() == Secret + 1, "one phrase per PhraseId, in the same order");

struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    int priority = 0; ///< lower wins when two rules claim the same text
    const char *kind = nullptr;
    PhraseId phrase = Secret;
};

/// A token with a recognisable shape; `group` is the capture that holds the secret itself.
struct PatternRule
{
    const char *kind;
    PhraseId phrase;
    QRegularExpression regex;
    int group;
};

// Ordered from the most specific shape to the most generic: the order is the tie-break when
// two rules cover the same characters ("sk-ant-…" is Anthropic, not merely OpenAI-shaped).
const std::array<PatternRule, 10> &patternRules()
{
    // Left and right guards keep a shape from matching in the middle of a longer identifier.
    static const std::array<PatternRule, 10> rules = {
        PatternRule {"aws-secret-key", AwsSecretKey,
                     QRegularExpression(QStringLiteral(
                         R"((?i:aws[_\-]?secret[_\-]?(?:access[_\-]?)?key|secret[_\-]?access[_\-]?key))"
                         R"(["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=]))")),
                     1},
        PatternRule {"anthropic-key", AnthropicKey,
                     QRegularExpression(QStringLiteral(R"((?<![A-Za-z0-9_\-])sk-ant-[A-Za-z0-9_\-]{20,})")),
                     0},
        PatternRule {"groq-key", GroqKey,
                     QRegularExpression(
                         QStringLiteral(R"((?<![A-Za-z0-9_\-])gsk_[A-Za-z0-9]{20,}(?![A-Za-z0-9_\-]))")),
                     0},
        PatternRule {"github-token", GitHubToken,
                     QRegularExpression(QStringLiteral(
                         R"((?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,}))"
                         R"((?![A-Za-z0-9_]))")),
                     0},
        PatternRule {
            "slack-webhook", SlackWebhook,
            QRegularExpression(QStringLiteral(
                R"((?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/\-]{10,})")),
            0},
        PatternRule {
            "slack-token", SlackToken,
            QRegularExpression(QStringLiteral(R"((?<![A-Za-z0-9_\-])xox[abprs]-[A-Za-z0-9\-]{10,})")), 0},
        PatternRule {"google-api-key", GoogleApiKey,
                     QRegularExpression(
                         QStringLiteral(R"((?<![A-Za-z0-9_\-])AIza[A-Za-z0-9_\-]{35}(?![A-Za-z0-9_\-]))")),
                     0},
        PatternRule {
            "aws-access-key", AwsAccessKey,
            QRegularExpression(QStringLiteral(R"((?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9]))")),
            0},
        // Many providers (DeepSeek, OpenRouter, …) copied OpenAI's "sk-" shape. Requiring a digit
        // keeps kebab-case words such as "sk-learn-compatible-estimator" out.
        PatternRule {"openai-key", OpenAiKey,
                     QRegularExpression(QStringLiteral(
                         R"((?<![A-Za-z0-9_\-])sk-(?!ant-)(?=[A-Za-z0-9_\-]*[0-9])[A-Za-z0-9_\-]{20,})")),
                     0},
        PatternRule {"jwt", Jwt,
                     QRegularExpression(QStringLiteral(
                         R"((?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]*)")),
                     0},
    };
    return rules;
}

constexpr int kPrivateKeyPriority = -1;
constexpr int kUrlPasswordPriority = 50;
constexpr int kAssignmentPriority = 100;

void findPrivateKeys(QStringView text, QList<Candidate> &out)
{
    // The BEGIN line must be followed by key material (or PEM headers), so that code which merely
    // names the marker in a string constant is not a key. The line break may be real or a
    // JSON/string escape, as in a service account file.
    static const QRegularExpression begin(QStringLiteral(
        R"(-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----)"
        R"((?=(?:\r|\n|\\r|\\n|[ \t])+(?:[A-Za-z0-9+/=]{16}|Proc-Type:|Version:|Comment:)))"));
    qsizetype offset = 0;
    while (offset < text.size()) {
        const QRegularExpressionMatch match = begin.match(text, offset);
        if (!match.hasMatch())
            return;
        const QString endLine = QStringLiteral("-----END ") + match.capturedView(1) + QStringLiteral("-----");
        const qsizetype endAt = text.indexOf(endLine, match.capturedEnd());
        // A block cut short (a truncated paste, a head-and-tail trim) is hidden to the end rather
        // than leaking its remaining lines.
        const qsizetype end = endAt < 0 ? text.size() : endAt + endLine.size();
        out.append({match.capturedStart(), end, kPrivateKeyPriority, "private-key", PrivateKey});
        offset = end;
    }
}

/// The word that follows `at` in an identifier: after a separator, or a camelCase hump.
QStringView nextWord(QStringView name, qsizetype at)
{
    if (at < name.size()
        && (name.at(at) == QLatin1Char('_') || name.at(at) == QLatin1Char('-')
            || name.at(at) == QLatin1Char('.')))
        ++at;
    if (at >= name.size())
        return {};
    qsizetype end = at + 1;
    const bool capitals = end < name.size() && name.at(at).isUpper() && name.at(end).isUpper();
    while (end < name.size() && name.at(end).isLetter() && name.at(end).isUpper() == capitals)
        ++end;
    return name.sliced(at, end - at);
}

/// Which kind of secret an assignment's name announces, if any.
std::optional<PhraseId> phraseForName(QStringView name)
{
    static const std::array<std::pair<QLatin1StringView, PhraseId>, 10> keywords = {{
        {QLatin1StringView("password"), Password},
        {QLatin1StringView("passwd"), Password},
        {QLatin1StringView("api_key"), ApiKey},
        {QLatin1StringView("api-key"), ApiKey},
        {QLatin1StringView("apikey"), ApiKey},
        {QLatin1StringView("private_key"), PrivateKey},
        {QLatin1StringView("private-key"), PrivateKey},
        {QLatin1StringView("privatekey"), PrivateKey},
        {QLatin1StringView("token"), Token},
        {QLatin1StringView("secret"), Secret},
    }};
    // Names about a secret rather than holding one: secret_name, token_url, apiKeyEnv, …
    static const QRegularExpression describes(
        QStringLiteral("^(?:names?|url|uri|endpoint|type|file|path|dir|length|len|size|count|min|max|expiry|"
                       "expires|ttl|timeout|env|var|field|label|header|prompt|policy|ref|template|format|"
                       "pattern|regex|hint|provider|manager|store|source|map|kind|index|pos|start|end)$"),
        QRegularExpression::CaseInsensitiveOption);
    for (const auto &[keyword, phrase] : keywords) {
        for (qsizetype at = name.indexOf(keyword, 0, Qt::CaseInsensitive); at >= 0;
             at = name.indexOf(keyword, at + 1, Qt::CaseInsensitive)) {
            // The keyword must end a word: MAX_TOKENS and tokenizer are not secrets, while
            // passwordHash and apiKeyValue (camelCase) may be.
            const qsizetype after = at + keyword.size();
            if (after == name.size())
                return phrase;
            const QChar next = name.at(after);
            const bool wordEnds = !next.isLetter() || (name.at(after - 1).isLower() && next.isUpper());
            if (wordEnds && !describes.match(nextWord(name, after)).hasMatch())
                return phrase;
        }
    }
    return std::nullopt;
}

/// Values that hold no secret: references to one, template and format placeholders, masks,
/// colours, and our own markers (so redacting twice changes nothing).
bool isPlaceholder(QStringView value)
{
    static const QRegularExpression placeholder(QStringLiteral(
        R"(^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*(?:[:?\-=][^}]*)?\}?|<[^<>]*>|\{\{.*\}\}|\{[A-Za-z0-9_]*\}|\[.*\])"
        R"(|%[-0-9.]*[sdrx]|%\([A-Za-z_]+\)[sdr]|:?[xX*.•…\-]+|_?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)"
        R"(|#[0-9A-Fa-f]{3,8})$)"));
    const bool hasLetterOrNumber =
        std::any_of(value.begin(), value.end(), [](QChar c) { return c.isLetterOrNumber(); });
    return !hasLetterOrNumber || placeholder.match(value).hasMatch();
}

/// Letters only, CamelCase or snake_case, naming a secret itself: `current_token`,
/// `refresh_token`, `RSAPrivateKey`. Such a value is a variable or a field name.
bool namesASecret(QStringView value)
{
    static const QRegularExpression word(QStringLiteral(R"(^[A-Za-z_\-]+$)"));
    return word.match(value).hasMatch() && phraseForName(value).has_value();
}

/// Whether the part after the last `.` and the value are the same words:
/// `CHALLENGE_PASSWORD: "challengePassword"` is an enum spelled out, not a password.
bool sameWords(QStringView name, QStringView value)
{
    const auto normalized = [](QStringView text) {
        QString result;
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                result += c.toLower();
        }
        return result;
    };
    return normalized(name.sliced(name.lastIndexOf(QLatin1Char('.')) + 1)) == normalized(value);
}

/// For unquoted values only: what reads as code or as a plain setting rather than a secret.
bool isCodeOrPlainValue(QStringView value, bool statement, bool spacedAndIndented)
{
    // Numbers and enum values, booleans, type annotations (`password: str`), class names
    // (`token = Error`, `Key = RSAPrivateKey`), attribute paths (`token = settings.API_TOKEN`).
    static const QRegularExpression plain(QStringLiteral(
        R"(^(?:-?(?:0[xX][0-9A-Fa-f]+|[0-9][0-9_.]*)[uUlL]*(?:<<[0-9]+)?)"
        R"(|(?i:none|null|nil|true|false|yes|no|on|off|undefined)"
        R"(|str|int|bool|float|bytes|string|number|any|object|dict|list))"
        R"(|_?[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+)$)"));
    static const QRegularExpression identifier(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*$)"));
    if (plain.match(value).hasMatch())
        return true;
    // `m_token = token;` is a statement, and `    self.token = nextchar` inside a function is
    // code; neither a .env file nor a shell allows spaces around its `=`.
    return (statement || spacedAndIndented) && identifier.match(value).hasMatch();
}

void findUrlPasswords(QStringView text, QList<Candidate> &out)
{
    // `scheme://user:password@host`; only the password goes, the rest says where it connects.
    static const QRegularExpression credentials(
        QStringLiteral(R"(://[^\s/:@'"`]*:(?<password>[^\s/@'"`]+)@(?=[A-Za-z0-9\[]))"));
    QRegularExpressionMatchIterator it = credentials.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView password = match.capturedView(u"password");
        // Documentation spells its examples `user:pass@` and `a:b@`.
        if (password.size() < 4 || password.compare(QLatin1StringView("pass"), Qt::CaseInsensitive) == 0
            || isPlaceholder(password) || namesASecret(password))
            continue;
        out.append({match.capturedStart(u"password"), match.capturedEnd(u"password"), kUrlPasswordPriority,
                    "url-password", Password});
    }
}

void findAssignments(QStringView text, QList<Candidate> &out)
{
    // One line, `NAME=value`, `NAME: value` or `export NAME=value`, optionally indented, as a
    // YAML list item or as a diff line. The value must be a literal: a quoted string or a bare
    // token without spaces or brackets, so calls such as `form.get("password")` never match.
    static const QRegularExpression assignment(
        QStringLiteral(
            R"re(^(?<indent>[ \t+\-]*)(?:(?:export|set|ENV|ARG)[ \t]+)?(?<quote>["']?))re"
            R"re((?<name>[A-Za-z_][A-Za-z0-9_.\-]*)\k<quote>(?<separator>[ \t]*(?:[:?]?=|:(?![:=]))[ \t]*))re"
            R"re((?:"(?<double>(?:[^"\\\n]|\\.)*)"|'(?<single>[^'\n]*)'|(?<bare>(?!=)[^\s'"`()\[\]{}]+)))re"
            R"re([ \t]*[;,]?(?:[ \t]+#[^\n]*)?[ \t]*\r?$)re"),
        QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it = assignment.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QStringView name = match.capturedView(u"name");
        // Of `spring.datasource.password` or `Token.Keyword` only the last part is being set.
        const std::optional<PhraseId> phrase =
            phraseForName(name.sliced(name.lastIndexOf(QLatin1Char('.')) + 1));
        if (!phrase)
            continue;
        const bool bare = match.capturedStart(u"bare") >= 0;
        const QStringView group = bare            ? QStringView(u"bare")
            : match.capturedStart(u"double") >= 0 ? QStringView(u"double")
                                                  : QStringView(u"single");
        QStringView value = match.capturedView(group);
        bool statement = false;
        if (bare && (value.endsWith(QLatin1Char(';')) || value.endsWith(QLatin1Char(',')))) {
            statement = value.endsWith(QLatin1Char(';'));
            value.chop(1);
        }
        const QStringView indent = match.capturedView(u"indent");
        const QStringView separator = match.capturedView(u"separator");
        const bool spacedAndIndented =
            (indent.contains(QLatin1Char(' ')) || indent.contains(QLatin1Char('\t'))) && separator.size() >= 3
            && separator.first().isSpace() && separator.last().isSpace()
            && separator.trimmed() == QLatin1StringView("=");
        if (isPlaceholder(value) || namesASecret(value) || sameWords(name, value)
            || (bare && isCodeOrPlainValue(value, statement, spacedAndIndented)))
            continue;
        const qsizetype start = match.capturedStart(group);
        out.append({start, start + value.size(), kAssignmentPriority, "env-password", *phrase});
    }
}

QString lineRef(const SecretScanner::Finding &finding)
{
    if (finding.lastLine > finding.line)
        return QString::number(finding.line) + QChar(0x2013) + QString::number(finding.lastLine);
    return QString::number(finding.line);
}

QString joinList(const QStringList &items)
{
    if (items.size() < 2)
        return items.value(0);
    return SecretScanner::tr("%1 and %2", "the last item of a list")
        .arg(items.first(items.size() - 1).join(SecretScanner::tr(", ")), items.last());
}

const Phrase *phraseForLabel(const QString &label)
{
    for (const Phrase &phrase : kPhrases) {
        if (SecretScanner::tr(phrase.label) == label)
            return &phrase;
    }
    return nullptr;
}
} // namespace

QList<SecretScanner::Finding> SecretScanner::scan(QStringView text)
{
    QList<Candidate> candidates;
    findPrivateKeys(text, candidates);
    const auto &rules = patternRules();
    for (int i = 0; i < int(rules.size()); ++i) {
        const PatternRule &rule = rules[i];
        QRegularExpressionMatchIterator it = rule.regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            candidates.append(
                {match.capturedStart(rule.group), match.capturedEnd(rule.group), i, rule.kind, rule.phrase});
        }
    }
    findUrlPasswords(text, candidates);
    findAssignments(text, candidates);

    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end > b.end;
        return a.priority < b.priority;
    });
    QList<Candidate> merged;
    for (const Candidate &candidate : std::as_const(candidates)) {
        // The first of overlapping candidates names the finding; the later ones only widen it,
        // so that no part of either secret survives redaction.
        if (!merged.isEmpty() && candidate.start < merged.last().end) {
            merged.last().end = std::max(merged.last().end, candidate.end);
            continue;
        }
        merged.append(candidate);
    }

    QList<Finding> findings;
    findings.reserve(merged.size());
    int line = 1;
    qsizetype counted = 0;
    for (const Candidate &candidate : std::as_const(merged)) {
        line += int(text.sliced(counted, candidate.start - counted).count(QLatin1Char('\n')));
        counted = candidate.start;
        const qsizetype length = candidate.end - candidate.start;
        const QStringView secret = text.sliced(candidate.start, length);
        const int lastLine = line + int(secret.count(QLatin1Char('\n')));
        const Phrase &phrase = kPhrases[candidate.phrase];
        findings.append(
            {QString::fromLatin1(candidate.kind), tr(phrase.label), candidate.start, length, line, lastLine});
    }
    return findings;
}

SecretScanner::Redaction SecretScanner::redact(const QString &text)
{
    Redaction redaction;
    redaction.findings = scan(text);
    if (redaction.findings.isEmpty()) {
        redaction.text = text;
        return redaction;
    }
    const QStringView view(text);
    qsizetype copied = 0;
    for (const Finding &finding : std::as_const(redaction.findings)) {
        redaction.text += view.sliced(copied, finding.start - copied);
        redaction.text += marker(finding);
        copied = finding.start + finding.length;
    }
    redaction.text += view.sliced(copied);
    return redaction;
}

QString SecretScanner::marker(const Finding &finding)
{
    return tr("[REDACTED %1]").arg(finding.label);
}

QString SecretScanner::summary(const QList<Finding> &findings)
{
    if (findings.isEmpty())
        return QString();

    // Grouped by label in order of first appearance: "3 passwords (lines 2, 5 and 9)".
    QStringList labels;
    QList<QList<const Finding *>> groups;
    for (const Finding &finding : findings) {
        const qsizetype at = labels.indexOf(finding.label);
        if (at >= 0) {
            groups[at].append(&finding);
        } else {
            labels.append(finding.label);
            groups.append(QList<const Finding *> {&finding});
        }
    }

    constexpr qsizetype kMaxLineRefs = 5;
    QStringList parts;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QList<const Finding *> &group = groups.at(i);
        const Phrase *phrase = phraseForLabel(labels.at(i));
        QString what;
        if (group.size() == 1)
            what = phrase ? tr(phrase->one) : labels.at(i);
        else if (phrase)
            what = tr(phrase->many).arg(group.size());
        else
            what = tr("%1 × %2", "count × kind of secret").arg(QString::number(group.size()), labels.at(i));

        QStringList refs;
        for (const Finding *finding : group) {
            if (finding->line > 0)
                refs.append(lineRef(*finding));
        }
        if (refs.isEmpty()) {
            parts.append(what);
            continue;
        }
        QString where;
        if (refs.size() == 1 && group.first()->lastLine <= group.first()->line)
            where = tr("line %1").arg(refs.first());
        else if (refs.size() > kMaxLineRefs)
            where = tr("lines %1").arg(refs.first(kMaxLineRefs).join(tr(", ")) + tr(", …"));
        else
            where = tr("lines %1").arg(joinList(refs));
        parts.append(tr("%1 (%2)", "kind of secret (where it was)").arg(what, where));
    }

    if (findings.size() == 1)
        return tr("Redacted 1 secret: %1.").arg(parts.first());
    return tr("Redacted %1 secrets: %2.").arg(QString::number(findings.size()), joinList(parts));
}

} // namespace CodeGuru
