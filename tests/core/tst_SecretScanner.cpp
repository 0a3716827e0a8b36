// SPDX-License-Identifier: GPL-3.0-or-later
#include "context/SecretGuardPolicy.h"
#include "context/SecretScanner.h"

#include <QStringList>
#include <QUrl>

#include <gtest/gtest.h>

using namespace CodeGuru;

namespace {

// Every key below is assembled at run time from harmless pieces, so that the repository holds
// nothing that secret scanners (GitHub push protection and the like) would take for a real one.
QString fakeChars(int count)
{
    const QString alphabet = QStringLiteral("aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0z");
    QString result;
    for (int i = 0; i < count; ++i)
        result += alphabet.at((qsizetype(i) * 7) % alphabet.size());
    return result;
}

QString awsAccessKey()
{
    return QStringLiteral("AKIA") + QStringLiteral("IOSFODNN7EXAMPLE");
}
QString awsSecretKey()
{
    return QStringLiteral("wJalrXUtnFEMI/K7MDENG/") + QStringLiteral("bPxRfiCYEXAMPLEKEY");
}
QString openAiKey()
{
    return QStringLiteral("sk-") + QStringLiteral("proj-") + fakeChars(40);
}
QString anthropicKey()
{
    return QStringLiteral("sk-") + QStringLiteral("ant-api03-") + fakeChars(40);
}

/// The BEGIN or END line of a PEM private key of `type` ("RSA ", "OPENSSH ", or empty).
QString pemLine(const char *edge, const QString &type)
{
    return QStringLiteral("-----") + QLatin1StringView(edge) + QLatin1Char(' ') + type
        + QStringLiteral("PRIVATE") + QStringLiteral(" KEY-----");
}

QString privateKeyBlock(const QString &type = QStringLiteral("RSA "))
{
    return pemLine("BEGIN", type) + QLatin1Char('\n') + fakeChars(64) + QLatin1Char('\n') + fakeChars(64)
        + QLatin1Char('\n') + fakeChars(20) + QStringLiteral("==\n") + pemLine("END", type);
}

std::string describe(const QList<SecretScanner::Finding> &findings, const QString &text)
{
    QStringList lines;
    for (const auto &finding : findings)
        lines.append(finding.kind + QStringLiteral(" at line ") + QString::number(finding.line)
                     + QStringLiteral(": ") + text.mid(finding.start, finding.length));
    return lines.join(QLatin1Char('\n')).toStdString();
}

struct KindCase
{
    QString kind;
    QString label;
    QString before;
    QString secret;
    QString after;
};

QList<KindCase> kindCases()
{
    return {
        {QStringLiteral("private-key"), QStringLiteral("private key"), QStringLiteral("key = \"\"\"\n"),
         privateKeyBlock(), QStringLiteral("\n\"\"\"\n")},
        {QStringLiteral("private-key"), QStringLiteral("private key"), QString(),
         privateKeyBlock(QStringLiteral("OPENSSH ")), QStringLiteral("\n")},
        {QStringLiteral("private-key"), QStringLiteral("private key"), QStringLiteral("# backup\n"),
         privateKeyBlock(QString()), QString()},
        {QStringLiteral("aws-access-key"), QStringLiteral("AWS access key"),
         QStringLiteral("aws configure set aws_access_key_id "), awsAccessKey(), QStringLiteral("\n")},
        {QStringLiteral("aws-secret-key"), QStringLiteral("AWS secret key"),
         QStringLiteral("[default]\naws_secret_access_key = "), awsSecretKey(), QStringLiteral("\n")},
        {QStringLiteral("aws-secret-key"), QStringLiteral("AWS secret key"),
         QStringLiteral("{\"SecretAccessKey\": \""), awsSecretKey(), QStringLiteral("\"}")},
        {QStringLiteral("github-token"), QStringLiteral("GitHub token"), QStringLiteral("git clone https://"),
         QStringLiteral("ghp_") + fakeChars(36), QStringLiteral("@github.com/org/repo.git")},
        {QStringLiteral("github-token"), QStringLiteral("GitHub token"),
         QStringLiteral("gh auth login --with-token "),
         QStringLiteral("github_") + QStringLiteral("pat_") + fakeChars(22) + QLatin1Char('_')
             + fakeChars(59),
         QString()},
        {QStringLiteral("openai-key"), QStringLiteral("OpenAI-style API key"),
         QStringLiteral("client = OpenAI(api_key=\""), openAiKey(), QStringLiteral("\")")},
        {QStringLiteral("anthropic-key"), QStringLiteral("Anthropic API key"),
         QStringLiteral("curl -H 'x-api-key: "), anthropicKey(), QStringLiteral("' https://example.com")},
        {QStringLiteral("groq-key"), QStringLiteral("Groq API key"), QStringLiteral("Groq(api_key=\""),
         QStringLiteral("gsk_") + fakeChars(52), QStringLiteral("\")")},
        {QStringLiteral("slack-token"), QStringLiteral("Slack token"), QStringLiteral("SlackClient(\""),
         QStringLiteral("xoxb-") + QStringLiteral("123456789012-") + fakeChars(24), QStringLiteral("\")")},
        {QStringLiteral("slack-webhook"), QStringLiteral("Slack webhook URL"),
         QStringLiteral("requests.post(\""),
         QStringLiteral("https://hooks.slack.com/") + QStringLiteral("services/T00000000/B00000000/")
             + fakeChars(24),
         QStringLiteral("\", json=payload)")},
        {QStringLiteral("google-api-key"), QStringLiteral("Google API key"),
         QStringLiteral("const url = `https://maps.example.com/js?key="),
         QStringLiteral("AIza") + fakeChars(35), QStringLiteral("`;")},
        {QStringLiteral("jwt"), QStringLiteral("JSON Web Token"), QStringLiteral("Authorization: Bearer "),
         QStringLiteral("eyJ") + QStringLiteral("hbGciOiJIUzI1NiJ9.") + QStringLiteral("eyJzdWIiOiIxMjM0In0.")
             + fakeChars(43),
         QStringLiteral("\n")},
        {QStringLiteral("env-password"), QStringLiteral("password"), QStringLiteral("DB_PASSWORD="),
         QStringLiteral("hunter2"), QStringLiteral("\n")},
        {QStringLiteral("url-password"), QStringLiteral("password"),
         QStringLiteral("DATABASE_URL=postgres://app:"), QStringLiteral("pg-Pa55"),
         QStringLiteral("@db.internal:5432/app\n")},
    };
}

TEST(SecretScanner, DetectsEachKind)
{
    for (const KindCase &c : kindCases()) {
        const QString text = c.before + c.secret + c.after;
        const auto findings = SecretScanner::scan(text);
        SCOPED_TRACE(c.kind.toStdString() + ": " + text.toStdString());
        ASSERT_EQ(findings.size(), 1) << describe(findings, text);
        EXPECT_EQ(findings.first().kind, c.kind);
        EXPECT_EQ(findings.first().label, c.label);
        EXPECT_EQ(text.mid(findings.first().start, findings.first().length), c.secret);
    }
}

TEST(SecretScanner, RedactionKeepsSurroundingTextAndShowsTheMarker)
{
    for (const KindCase &c : kindCases()) {
        const auto redaction = SecretScanner::redact(c.before + c.secret + c.after);
        SCOPED_TRACE(c.kind.toStdString());
        EXPECT_EQ(redaction.text,
                  c.before + QStringLiteral("[REDACTED ") + c.label + QLatin1Char(']') + c.after);
        ASSERT_EQ(redaction.findings.size(), 1);
        EXPECT_EQ(SecretScanner::marker(redaction.findings.first()),
                  QStringLiteral("[REDACTED ") + c.label + QLatin1Char(']'));
    }
}

TEST(SecretScanner, TextWithoutSecretsIsUnchanged)
{
    const QString text = QStringLiteral("int main() { return 0; }\n");
    const auto redaction = SecretScanner::redact(text);
    EXPECT_EQ(redaction.text, text);
    EXPECT_TRUE(redaction.findings.isEmpty());
    EXPECT_TRUE(SecretScanner::scan(QString()).isEmpty());
}

TEST(SecretScanner, PrivateKeyBlockIsRedactedWholeWithItsLines)
{
    const QString text = QStringLiteral("first\nsecond\n") + privateKeyBlock() + QStringLiteral("\nlast\n");
    const auto redaction = SecretScanner::redact(text);
    ASSERT_EQ(redaction.findings.size(), 1);
    EXPECT_EQ(redaction.findings.first().line, 3);
    EXPECT_EQ(redaction.findings.first().lastLine, 7);
    EXPECT_EQ(redaction.text, QStringLiteral("first\nsecond\n[REDACTED private key]\nlast\n"));
}

TEST(SecretScanner, PrivateKeyInAJsonStringIsFound)
{
    const QString json = QStringLiteral("{\"type\": \"service_account\", \"private_key\": \"")
        + pemLine("BEGIN", QString()) + QStringLiteral("\\n") + fakeChars(64) + QStringLiteral("\\n")
        + pemLine("END", QString()) + QStringLiteral("\\n\"}");
    const auto redaction = SecretScanner::redact(json);
    EXPECT_EQ(redaction.text,
              QStringLiteral("{\"type\": \"service_account\", \"private_key\": \"[REDACTED private "
                             "key]\\n\"}"));
}

TEST(SecretScanner, CodeThatNamesThePemMarkerIsNotAKey)
{
    const QString code = QStringLiteral("_START = b\"") + pemLine("BEGIN", QStringLiteral("OPENSSH "))
        + QStringLiteral("\"\nif line.startswith(\"") + pemLine("BEGIN", QStringLiteral("RSA "))
        + QStringLiteral("\"):\n    pass\n");
    EXPECT_TRUE(SecretScanner::scan(code).isEmpty());
}

TEST(SecretScanner, TruncatedPrivateKeyIsRedactedToTheEnd)
{
    const QString text = QStringLiteral("pasted:\n") + pemLine("BEGIN", QStringLiteral("EC "))
        + QLatin1Char('\n') + fakeChars(64) + QLatin1Char('\n') + fakeChars(30);
    const auto redaction = SecretScanner::redact(text);
    EXPECT_EQ(redaction.text, QStringLiteral("pasted:\n[REDACTED private key]"));
}

TEST(SecretScanner, AssignmentKeepsTheNameAndHidesTheValue)
{
    const struct
    {
        QString line;
        QString redacted;
    } cases[] = {
        {QStringLiteral("DB_PASSWORD=hunter2"), QStringLiteral("DB_PASSWORD=[REDACTED password]")},
        {QStringLiteral("export API_TOKEN=\"abc123\""),
         QStringLiteral("export API_TOKEN=\"[REDACTED token]\"")},
        {QStringLiteral("database:\n  password: s3cr3t-Value"),
         QStringLiteral("database:\n  password: [REDACTED password]")},
        {QStringLiteral("client_secret = 'x9f2k' # production"),
         QStringLiteral("client_secret = '[REDACTED secret]' # production")},
        {QStringLiteral("spring.datasource.password=pa55word"),
         QStringLiteral("spring.datasource.password=[REDACTED password]")},
        {QStringLiteral("  \"apiKey\": \"abc123def\","),
         QStringLiteral("  \"apiKey\": \"[REDACTED API key]\",")},
        {QStringLiteral("+STRIPE_API_KEY=rk_test_51abc"),
         QStringLiteral("+STRIPE_API_KEY=[REDACTED API key]")},
        {QStringLiteral("ENV DEPLOY_PRIVATE_KEY=b64blob"),
         QStringLiteral("ENV DEPLOY_PRIVATE_KEY=[REDACTED private key]")},
        {QStringLiteral("    environment:\n      - POSTGRES_PASSWORD=pg-Pa55"),
         QStringLiteral("    environment:\n      - POSTGRES_PASSWORD=[REDACTED password]")},
        {QStringLiteral("data:\n  password: cGFzc3dvcmQxMjM="),
         QStringLiteral("data:\n  password: [REDACTED password]")},
        {QStringLiteral("SMTP_PASSWD=mail-Pass1\r\nNEXT=1\r\n"),
         QStringLiteral("SMTP_PASSWD=[REDACTED password]\r\nNEXT=1\r\n")},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.line.toStdString());
        const auto redaction = SecretScanner::redact(c.line);
        EXPECT_EQ(redaction.text, c.redacted);
        ASSERT_EQ(redaction.findings.size(), 1);
        EXPECT_EQ(redaction.findings.first().kind, QStringLiteral("env-password"));
    }
}

TEST(SecretScanner, UrlCredentialsLoseOnlyThePassword)
{
    EXPECT_EQ(SecretScanner::redact(QStringLiteral("REDIS_URL=redis://:s3cr3tpw@cache:6379/0")).text,
              QStringLiteral("REDIS_URL=redis://:[REDACTED password]@cache:6379/0"));
    EXPECT_EQ(
        SecretScanner::redact(QStringLiteral("git clone https://deploy:gh-Pa55@git.example.com/a.git")).text,
        QStringLiteral("git clone https://deploy:[REDACTED password]@git.example.com/a.git"));
    EXPECT_TRUE(SecretScanner::scan(QStringLiteral("see https://example.com:8443/path?a=b@c")).isEmpty());
    EXPECT_TRUE(
        SecretScanner::scan(QStringLiteral("new URL('https://user:pass@sub.example.com/')")).isEmpty());
}

TEST(SecretScanner, AssignmentSkipsEmptyValuesPlaceholdersAndCode)
{
    const QStringList lines = {
        QStringLiteral("DB_PASSWORD="),
        QStringLiteral("DB_PASSWORD=\"\""),
        QStringLiteral("DB_PASSWORD=${DB_PASS}"),
        QStringLiteral("export API_TOKEN=\"$GITHUB_TOKEN\""),
        QStringLiteral("API_TOKEN=<your token here>"),
        QStringLiteral("SECRET=xxx"),
        QStringLiteral("password: \"***\""),
        QStringLiteral("MAX_TOKENS=4096"),
        QStringLiteral("tokenizer: cl100k_base"),
        QStringLiteral("secret_name: db-credentials"),
        QStringLiteral("api_key_env: OPENAI_API_KEY"),
        QStringLiteral("password = getpass()"),
        QStringLiteral("password_field = form.get(\"password\")"),
        QStringLiteral("password = None"),
        QStringLiteral("    self.token = token"),
        QStringLiteral("    m_password = password;"),
        QStringLiteral("    token = settings.API_TOKEN"),
        QStringLiteral("    password: str"),
        QStringLiteral("  token?: string;"),
        QStringLiteral("use_token: true"),
        QStringLiteral("DB_PASSWORD=\"[REDACTED password]\""),
        QStringLiteral("url = \"postgres://user:password@localhost/db\""),
        QStringLiteral("url = f\"postgres://{user}:{password}@{host}/db\""),
        QStringLiteral("        previous_token = token"),
        QStringLiteral("        self.token = nextchar"),
        QStringLiteral("    refresh_token_key = 'refresh_token'"),
        QStringLiteral("    CHALLENGE_PASSWORD: \"challengePassword\","),
        QStringLiteral("    private_key: _SSH_PRIVATE_KEY_TYPES,"),
        QStringLiteral("    IMAGE_REL_AMD64_TOKEN = 0x000D,"),
        QStringLiteral("    Token.Keyword: \"bold\","),
        QStringLiteral("    Token: \"#cccccc\","),
        QStringLiteral("    \"secret\": \"\u3299\","),
        QStringLiteral("password:%s"),
    };
    for (const QString &line : lines) {
        const auto findings = SecretScanner::scan(line);
        EXPECT_TRUE(findings.isEmpty()) << line.toStdString() << "\n" << describe(findings, line);
    }
}

TEST(SecretScanner, NoFalsePositivesInOrdinaryCode)
{
    const QString python = QStringLiteral(R"(import getpass
import os

from app.auth import hash_password, verify_token


class Settings:
    token: str
    password: str = ""
    max_tokens: int = 4096


def login(form, settings):
    username = form.get("username")
    password_field = form.get("password")
    password = getpass()
    token = os.environ.get("API_TOKEN", "")
    secret_name = "db-credentials"
    if not verify_token(token):
        raise PermissionError("invalid token for %s" % username)
    hashed = hash_password(password, rounds=12)
    tokens = [t for t in tokenizer.encode(password_field) if t]
    return {"user": username, "hash": hashed, "tokens": len(tokens)}
)");
    const QString cpp = QStringLiteral(R"(// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginDialog.h"

#include <QSettings>

namespace App {

void LoginDialog::accept()
{
    const QString password = m_passwordEdit->text();
    m_token = m_store->token(m_account);
    auto apiKey = m_settings.value(QStringLiteral("apiKey")).toString();
    Token::Kind kind = Token::Kind::Identifier;
    if (password.isEmpty() || apiKey.isEmpty())
        return;
    switch (kind) {
    case Token::Kind::Identifier:
        tokenCount += 1;
        break;
    default:
        break;
    }
    m_password = password;
    std::string skLearnName = "sk-learn-compatible-estimator";
    QDialog::accept();
}

} // namespace App
)");
    const QString json = QStringLiteral(R"({
  "name": "codeguru",
  "version": "1.4.0",
  "provider": {
    "baseUrl": "https://api.openai.com/v1",
    "model": "gpt-4o-mini",
    "apiKeyEnv": "OPENAI_API_KEY",
    "maxTokens": 4096,
    "temperature": 0.2
  },
  "auth": {
    "passwordMinLength": 12,
    "tokenTtlSeconds": 3600,
    "tokenUrl": "https://auth.example.com/oauth/token"
  },
  "secretStore": "keychain",
  "redactSecrets": "remote"
}
)");
    const QString diff = QStringLiteral(R"(diff --git a/app/auth.py b/app/auth.py
index 3b18e51..a9c2f4d 100644
--- a/app/auth.py
+++ b/app/auth.py
@@ -10,7 +10,8 @@ def login(form):
     username = form.get("username")
-    password = form.get("password")
+    password = getpass.getpass("Password: ")
+    token = os.environ["API_TOKEN"]
     if not verify_token(token):
         raise PermissionError("invalid token")
-    return create_session(username, password)
+    return create_session(username, password, token=token)
)");
    for (const QString &text : {python, cpp, json, diff}) {
        const auto findings = SecretScanner::scan(text);
        EXPECT_TRUE(findings.isEmpty()) << describe(findings, text);
    }
}

TEST(SecretScanner, OverlappingPatternsMergeIntoOneFinding)
{
    // An OpenAI key assigned to an API_KEY: one finding, named by the more specific rule.
    const QString assigned = QStringLiteral("OPENAI_API_KEY=") + openAiKey();
    auto findings = SecretScanner::scan(assigned);
    ASSERT_EQ(findings.size(), 1) << describe(findings, assigned);
    EXPECT_EQ(findings.first().kind, QStringLiteral("openai-key"));

    // "sk-ant-…" also has the OpenAI shape.
    findings = SecretScanner::scan(anthropicKey());
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().kind, QStringLiteral("anthropic-key"));

    // aws_secret_access_key is also a SECRET assignment.
    findings = SecretScanner::scan(QString(QStringLiteral("AWS_SECRET_ACCESS_KEY=") + awsSecretKey()));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().kind, QStringLiteral("aws-secret-key"));

    // A key-shaped string inside a private key block belongs to the block.
    const QString block = pemLine("BEGIN", QString()) + QLatin1Char('\n') + awsAccessKey() + QLatin1Char('\n')
        + pemLine("END", QString()) + QLatin1Char('\n');
    findings = SecretScanner::scan(block);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().kind, QStringLiteral("private-key"));
    EXPECT_EQ(findings.first().length, block.size() - 1);

    // Two findings from the same place: the longer one wins, so nothing of the value is left.
    const QString longer = QStringLiteral("API_KEY=\"") + openAiKey() + QStringLiteral(" backup\"");
    findings = SecretScanner::scan(longer);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().kind, QStringLiteral("env-password"));
    EXPECT_EQ(findings.first().length, openAiKey().size() + 7);

    // A token that is also a JWT, quoted in an assignment.
    const QString jwt =
        QStringLiteral("eyJ") + QStringLiteral("hbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.") + fakeChars(20);
    findings = SecretScanner::scan(QString(QStringLiteral("SESSION_TOKEN=\"") + jwt + QLatin1Char('"')));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().kind, QStringLiteral("jwt"));
}

TEST(SecretScanner, FindingsAreSortedWithLineNumbers)
{
    const QString text = QStringLiteral("# deploy\nAWS_KEY=") + awsAccessKey() + QStringLiteral("\nnote\n")
        + privateKeyBlock() + QStringLiteral("\nDB_PASSWORD=hunter2\n");
    const auto findings = SecretScanner::scan(text);
    ASSERT_EQ(findings.size(), 3) << describe(findings, text);
    EXPECT_EQ(findings.at(0).kind, QStringLiteral("aws-access-key"));
    EXPECT_EQ(findings.at(0).line, 2);
    EXPECT_EQ(findings.at(1).kind, QStringLiteral("private-key"));
    EXPECT_EQ(findings.at(1).line, 4);
    EXPECT_EQ(findings.at(1).lastLine, 8);
    EXPECT_EQ(findings.at(2).kind, QStringLiteral("env-password"));
    EXPECT_EQ(findings.at(2).line, 9);
    EXPECT_LT(findings.at(0).start, findings.at(1).start);
    EXPECT_LT(findings.at(1).start, findings.at(2).start);
}

TEST(SecretScanner, SummaryNamesTheKindsAndLines)
{
    EXPECT_TRUE(SecretScanner::summary({}).isEmpty());

    const QString two = QStringLiteral("id=") + awsAccessKey() + QStringLiteral("\n\n") + privateKeyBlock();
    EXPECT_EQ(
        SecretScanner::summary(SecretScanner::scan(two)),
        QStringLiteral("Redacted 2 secrets: an AWS access key (line 1) and a private key (lines 3–7)."));

    EXPECT_EQ(SecretScanner::summary(SecretScanner::scan(QStringLiteral("x\nDB_PASSWORD=hunter2\n"))),
              QStringLiteral("Redacted 1 secret: a password (line 2)."));

    const QString many = QStringLiteral("A_PASSWORD=a1\nB_PASSWORD=b2\nAPI_TOKEN=c3\nC_PASSWORD=d4\n");
    EXPECT_EQ(SecretScanner::summary(SecretScanner::scan(many)),
              QStringLiteral("Redacted 4 secrets: 3 passwords (lines 1, 2 and 4) and a token (line 3)."));
}

TEST(SecretScanner, RedactingTwiceChangesNothing)
{
    QString text;
    for (const KindCase &c : kindCases())
        text += c.before + c.secret + c.after + QLatin1Char('\n');
    const auto once = SecretScanner::redact(text);
    EXPECT_EQ(once.findings.size(), kindCases().size());
    const auto twice = SecretScanner::redact(once.text);
    EXPECT_TRUE(twice.findings.isEmpty()) << describe(twice.findings, once.text);
    EXPECT_EQ(twice.text, once.text);
}

TEST(SecretGuardPolicy, ParsesAndNamesModes)
{
    EXPECT_EQ(parseRedactionMode(u"always"), RedactionMode::Always);
    EXPECT_EQ(parseRedactionMode(u" Remote "), RedactionMode::Remote);
    EXPECT_EQ(parseRedactionMode(u"NEVER"), RedactionMode::Never);
    EXPECT_FALSE(parseRedactionMode(u"sometimes"));
    EXPECT_FALSE(parseRedactionMode(u""));
    for (const RedactionMode mode : {RedactionMode::Always, RedactionMode::Remote, RedactionMode::Never})
        EXPECT_EQ(parseRedactionMode(redactionModeName(mode)), mode);
}

TEST(SecretGuardPolicy, RemoteRedactsForEveryHostButLoopback)
{
    const struct
    {
        const char *url;
        bool redact;
    } cases[] = {
        {"http://localhost:11434/v1", false},
        {"http://LOCALHOST:8080/v1", false},
        {"http://127.0.0.1:8080/v1", false},
        {"http://127.0.0.53/v1", false},
        {"http://[::1]:11434/v1", false},
        {"http://192.168.1.10:11434/v1", true},
        {"http://10.0.0.2/v1", true},
        {"https://api.openai.com/v1", true},
        {"https://localhost.example.com/v1", true},
        {"", true},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.url);
        const QUrl url(QString::fromLatin1(c.url));
        EXPECT_EQ(shouldRedact(RedactionMode::Remote, url), c.redact);
        EXPECT_TRUE(shouldRedact(RedactionMode::Always, url));
        EXPECT_FALSE(shouldRedact(RedactionMode::Never, url));
    }
}

} // namespace
