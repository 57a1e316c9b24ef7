#include "PasswordHasher.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

#ifdef CHANNELDESK_HAVE_SODIUM
#include <sodium.h>
#endif

namespace cd {

namespace {
// OWASP's minimum for Argon2id: 19 MiB of memory, two passes.
constexpr unsigned long long kArgonOps = 2;
constexpr size_t kArgonMem = 19u * 1024u * 1024u;
constexpr int kPbkdf2Iterations = 600000;
const QLatin1String kPbkdf2Prefix("$pbkdf2-sha256$");

#ifdef CHANNELDESK_HAVE_SODIUM
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
#endif

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

bool PasswordHasher::usesArgon2()
{
#ifdef CHANNELDESK_HAVE_SODIUM
    return sodiumReady();
#else
    return false;
#endif
}

QString PasswordHasher::hash(const QString &password)
{
#ifdef CHANNELDESK_HAVE_SODIUM
    if (sodiumReady()) {
        const QByteArray utf8 = password.toUtf8();
        char out[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                  kArgonOps, kArgonMem, crypto_pwhash_ALG_ARGON2ID13)
            != 0)
            return {};
        return QString::fromLatin1(out);
    }
#endif
    return hashPbkdf2(password, kPbkdf2Iterations);
}

QString PasswordHasher::hashPbkdf2(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, iterations, 32);
    return kPbkdf2Prefix + QString::number(iterations) + QLatin1Char('$')
           + QString::fromLatin1(salt.toBase64()) + QLatin1Char('$')
           + QString::fromLatin1(key.toBase64());
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    if (encoded.startsWith(kPbkdf2Prefix)) {
        const QStringList parts = encoded.mid(kPbkdf2Prefix.size()).split(QLatin1Char('$'));
        if (parts.size() != 3)
            return false;
        bool ok = false;
        const int iterations = parts.at(0).toInt(&ok);
        if (!ok || iterations < 1)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(1).toLatin1());
        const QByteArray expected = QByteArray::fromBase64(parts.at(2).toLatin1());
        const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, iterations, int(expected.size()));
        return constantTimeEquals(key, expected);
    }
#ifdef CHANNELDESK_HAVE_SODIUM
    if (sodiumReady() && encoded.startsWith(QLatin1String("$argon2"))) {
        const QByteArray utf8 = password.toUtf8();
        const QByteArray stored = encoded.toLatin1();
        return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                        static_cast<unsigned long long>(utf8.size()))
               == 0;
    }
#endif
    return false;
}

bool PasswordHasher::needsRehash(const QString &encoded)
{
#ifdef CHANNELDESK_HAVE_SODIUM
    if (sodiumReady()) {
        if (!encoded.startsWith(QLatin1String("$argon2id$")))
            return true; // PBKDF2 from a build without libsodium: move to Argon2id
        const QByteArray stored = encoded.toLatin1();
        return crypto_pwhash_str_needs_rehash(stored.constData(), kArgonOps, kArgonMem) != 0;
    }
#endif
    if (!encoded.startsWith(kPbkdf2Prefix))
        return false; // an Argon2 hash we cannot recompute here stays as it is
    return encoded.mid(kPbkdf2Prefix.size()).section(QLatin1Char('$'), 0, 0).toInt()
           < kPbkdf2Iterations;
}

QByteArray PasswordHasher::pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                        int iterations, int length)
{
    QByteArray derived;
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    for (quint32 block = 1; derived.size() < length; ++block) {
        QByteArray blockIndex(4, 0);
        blockIndex[0] = char((block >> 24) & 0xff);
        blockIndex[1] = char((block >> 16) & 0xff);
        blockIndex[2] = char((block >> 8) & 0xff);
        blockIndex[3] = char(block & 0xff);
        mac.reset();
        mac.addData(salt);
        mac.addData(blockIndex);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (int j = 0; j < t.size(); ++j)
                t[j] = char(t.at(j) ^ u.at(j));
        }
        derived.append(t);
    }
    return derived.left(length);
}

} // namespace cd
