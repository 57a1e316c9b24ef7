#pragma once

#include <QString>

namespace cd {

// Salted slow password hashes (§2.6): Argon2id through libsodium's
// crypto_pwhash_str at no less than the OWASP minimum (m = 19 MiB, t = 2).
// Where libsodium is missing, PBKDF2-HMAC-SHA256 at 600,000 iterations.
class PasswordHasher
{
public:
    // The encoded hash ("$argon2id$…" or "$pbkdf2-sha256$…"); empty on failure.
    static QString hash(const QString &password);
    static bool verify(const QString &password, const QString &encoded);
    // True when the hash was made with weaker parameters than today's.
    static bool needsRehash(const QString &encoded);

    // PBKDF2-HMAC-SHA256 (RFC 8018), exposed for the fallback and its tests.
    static QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt,
                                   int iterations, int length);
    static QString hashPbkdf2(const QString &password, int iterations);

    static bool usesArgon2();
};

} // namespace cd
