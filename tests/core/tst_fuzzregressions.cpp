// Replays every input in tests/fixtures/fuzz/ through the fuzzing harness
// (tests/fuzz/FuzzImport.h): the inputs the fuzzer found crashing once, kept
// so the fixes stay fixed, plus hand-made awkward files. Each must be taken
// without a crash, a hang or (in a sanitizer build) a report.
#include "../fuzz/FuzzImport.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(CHANNELDESK_FIXTURES "/fuzz"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 10, "the regression corpus is missing");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        static cdfuzz::Harness harness;
        harness.run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
