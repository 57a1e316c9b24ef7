// Every main screen in Chinese at 1440×900 on demo data (issue 8), in the
// light palette and in a dark one such as a dark desktop gives the
// application. Each area is checked for defects a user sees: a label or
// button whose text does not fit (cut off or elided to nothing), English
// left in the Chinese interface, a widget pushed past the window's right
// edge, text in the window's own colour on a background as dark as it.
//
// With CHANNELDESK_SCREENSHOT_DIR set, one PNG per area and palette is saved
// there as zh_CN-<light|dark>-<N>x-<area>.png. For the high-DPI pictures run
// the binary a second time with QT_SCALE_FACTOR=2 in the environment:
//   QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 CHANNELDESK_SCREENSHOT_DIR=/tmp/shots
//   ./tests/gui_tst_Screens
// (the checks are the same; the pictures are then 2880×1800, "2x" in their names).

#include "GuiTestSupport.h"

#include "dashboard/DashboardPage.h"
#include "demo/DemoGenerator.h"
#include "shell/Areas.h"
#include "shell/MainWindow.h"
#include "widgets/ElidingLabel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTabBar>
#include <QTextDocument>
#include <QtTest>

#include <cmath>

using namespace cd;

namespace {

// A dark desktop's palette, as Plasma's "Breeze Dark" or GNOME's dark style
// hand it to Qt applications.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabled(0x6e, 0x71, 0x75);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    p.setColor(QPalette::Mid, QColor(0x24, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// The text as the user reads it: without rich-text markup and mnemonics.
QString visibleText(QString text, bool rich)
{
    if (rich) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// Latin words that belong in the Chinese interface: the product, formats,
// codes, units, the demo's sign-in name.
bool allowedWord(const QString &word)
{
    static const QStringList allowed{
        QStringLiteral("ChannelDesk"),
        QStringLiteral("CSV"),
        QStringLiteral("PDF"),
        QStringLiteral("USCC"),
        QStringLiteral("SQLite"),
        QStringLiteral("admin"),
        QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),
        QStringLiteral("Alt"),
        QStringLiteral("Enter"),
        QStringLiteral("Esc"),
        QStringLiteral("Tab"),
        QStringLiteral("sqlite"),
        QStringLiteral("csv"),
        QStringLiteral("pdf"),
        QStringLiteral("MB"),
        QStringLiteral("KB"),
        QStringLiteral("GB"),
        QStringLiteral("Excel"),
        // The command-line program's command, quoted by name.
        QStringLiteral("export"),
    };
    if (allowed.contains(word))
        return true;
    // Codes and abbreviations in capitals (SIM, ICCID, Q1, 5G) are not prose.
    return word == word.toUpper();
}

// The English words left in a text shown in the Chinese interface.
QStringList englishWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_.@-]*[A-Za-z0-9]"));
    static const QRegularExpression path(QStringLiteral("\\S*[/\\\\]\\S*"));
    QStringList out;
    const QString prose = QString(text).remove(path); // file paths are the user's own
    for (auto it = word.globalMatch(prose); it.hasNext();) {
        const QString w = it.next().captured();
        // File names, addresses and identifiers carry dots, @ or digits.
        if (w.contains(QLatin1Char('.')) || w.contains(QLatin1Char('@')) ||
            w.contains(QRegularExpression(QStringLiteral("[0-9_]"))))
            continue;
        for (const QString &part : w.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
            if (part.size() > 1 && !allowedWord(part))
                out << part;
        }
    }
    return out;
}

QString describe(const QWidget *w)
{
    QString path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        const QString name = p->objectName().isEmpty()
                                 ? QString::fromLatin1(p->metaObject()->className())
                                 : p->objectName();
        path = path.isEmpty() ? name : name + QLatin1Char('/') + path;
        if (p->isWindow())
            break;
    }
    return path;
}

// Inside a scroll area's viewport a widget may reach past the window: the
// viewport clips it and the user scrolls to it.
bool scrolled(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget())) {
            if (area->viewport() == p)
                return true;
        }
    }
    return false;
}

// A rough contrast ratio of two colours (WCAG relative luminance).
double contrast(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// The colour most of a widget's area shows in the window's picture: the
// background its text is read on.
QColor backgroundOf(QWidget &window, const QWidget *w)
{
    const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
    const QImage img = window.grab(r.intersected(window.rect())).toImage();
    if (img.isNull())
        return QColor();
    QHash<QRgb, int> counts;
    for (int y = 0; y < img.height(); y += 2) {
        for (int x = 0; x < img.width(); x += 2)
            ++counts[img.pixel(x, y)];
    }
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyArea_data();
    void everyArea();

private:
    void checkArea(MainWindow &window, Area area, QStringList *problems);
    bool waitLoaded(MainWindow &window, Area area);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
    QString m_shots;
    QPalette m_lightPalette;
};

void TestScreens::initTestCase()
{
    QVERIFY(m_settingsDir.isValid() && m_dir.isValid());
    cdtest::isolateSettings(m_settingsDir.path());
    Localization::install(QStringLiteral("zh_CN"));
    m_lightPalette = QApplication::palette();
    m_shots = qEnvironmentVariable("CHANNELDESK_SCREENSHOT_DIR");
    if (!m_shots.isEmpty())
        QVERIFY(QDir().mkpath(m_shots));

    m_db = cdtest::openDatabase(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(m_db);
    m_admin = cdtest::createAdmin(*m_db);
    DemoOptions options;
    options.agents = 40;
    options.customers = 800;
    options.numbers = 4000;
    options.seed = 8;
    options.today = QDate::currentDate();
    Result<DemoCounts> counts = DemoGenerator(*m_db).generate(m_admin, options);
    QVERIFY2(counts.ok(), qPrintable(counts.error().text()));
    QCOMPARE(counts->numbers, 4000);
}

void TestScreens::cleanupTestCase()
{
    QApplication::setPalette(m_lightPalette);
    m_db.reset();
    Localization::install(QStringLiteral("en"));
}

void TestScreens::everyArea_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

bool TestScreens::waitLoaded(MainWindow &window, Area area)
{
    QWidget *page = window.page(area);
    if (!page || !page->isVisible())
        return false;
    // The dashboard reads its figures after its first paint.
    if (auto *dashboard = qobject_cast<DashboardPage *>(page)) {
        if (!QTest::qWaitFor([&] { return dashboard->figures().numbersTotal > 0; }, 10000))
            return false;
    }
    // Layouts settle, models fill their views.
    QTest::qWait(60);
    return true;
}

void TestScreens::checkArea(MainWindow &window, Area area, QStringList *problems)
{
    const QString where = Areas::key(area) + QStringLiteral(": ");
    const int right = window.width();

    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(&window) || w->isWindow())
            continue;
        // Past the window's right edge, unless a scroll area holds it.
        const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
        if (r.right() >= right + 1 && !scrolled(w, &window))
            *problems << where + QStringLiteral("%1 reaches x=%2, past the window's %3")
                                     .arg(describe(w))
                                     .arg(r.right())
                                     .arg(right);

        QString text;
        int room = -1;  // width available to the text, -1: not checked
        int needed = 0; // width the text needs
        if (auto *label = qobject_cast<QLabel *>(w)) {
            const bool rich =
                label->textFormat() == Qt::RichText ||
                (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            text = visibleText(label->text(), rich);
            if (!rich && !label->wordWrap() && !text.contains(QLatin1Char('\n')) &&
                !text.isEmpty()) {
                room = label->contentsRect().width() - 2 * label->margin() - 2 * label->indent();
                needed = label->fontMetrics().horizontalAdvance(text);
            }
        } else if (auto *eliding = qobject_cast<ElidingLabel *>(w)) {
            text = eliding->text();
            const QString shown = eliding->displayedText().remove(QChar(0x2026)).trimmed();
            if (!text.isEmpty() && shown.isEmpty())
                *problems
                    << where + QStringLiteral("%1 elides \"%2\" to nothing").arg(describe(w), text);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = visibleText(button->text(), false);
            if (!text.isEmpty() && !qobject_cast<QTabBar *>(w->parentWidget())) {
                room = button->width();
                needed = qMin(button->sizeHint().width(),
                              button->fontMetrics().horizontalAdvance(text) + 8);
            }
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            text = visibleText(box->title(), false);
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                const QString tab = visibleText(tabs->tabText(i), false);
                text += tab + QLatin1Char(' ');
                if (tabs->tabRect(i).width() < tabs->fontMetrics().horizontalAdvance(tab))
                    *problems << where + QStringLiteral("tab \"%1\" of %2 is cut off")
                                             .arg(tab, describe(w));
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() == Qt::Horizontal && header->model()) {
                for (int i = 0; i < header->count(); ++i) {
                    if (header->isSectionHidden(i))
                        continue;
                    const QString title = header->model()->headerData(i, Qt::Horizontal).toString();
                    text += title + QLatin1Char(' ');
                }
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            text = edit->placeholderText();
        }

        if (room >= 0 && needed > room + 1)
            *problems << where + QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                                     .arg(describe(w), text)
                                     .arg(needed)
                                     .arg(room);
        const QStringList english = englishWords(text);
        if (!english.isEmpty())
            *problems << where + QStringLiteral("%1 \"%2\" is not in Chinese (%3)")
                                     .arg(describe(w), text.simplified(),
                                          english.join(QLatin1Char(' ')));

        // Text drawn in the palette's colour on a background filled with
        // a colour that style sheets or fixed colours chose.
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (!text.trimmed().isEmpty()) {
                const QColor fg = label->palette().color(QPalette::WindowText);
                const QColor bg = backgroundOf(window, label);
                if (bg.isValid() && contrast(fg, bg) < 3.0)
                    *problems << where +
                                     QStringLiteral("%1 \"%2\": text %3 on background %4")
                                         .arg(describe(w), text.simplified(), fg.name(), bg.name());
            }
        }
    }
}

void TestScreens::everyArea()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
    QSettings().clear();

    MainWindow window(*m_db, m_admin);
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1440, 900));

    const int scale = qRound(window.devicePixelRatioF());
    const QString prefix = QStringLiteral("zh_CN-%1-%2x-")
                               .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
                               .arg(scale);
    QStringList problems;
    for (Area area : Areas::visibleTo(m_admin)) {
        window.showArea(area);
        QCOMPARE(window.currentArea(), area);
        QVERIFY2(waitLoaded(window, area), qPrintable(Areas::key(area)));
        checkArea(window, area, &problems);
        if (!m_shots.isEmpty()) {
            const QImage image = window.grab().toImage();
            QCOMPARE(image.width(), 1440 * scale);
            QVERIFY(image.save(
                QDir(m_shots).filePath(prefix + Areas::key(area) + QStringLiteral(".png"))));
        }
    }
    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problems, see the warnings").arg(problems.size())));
}

QTEST_MAIN(TestScreens)
#include "tst_Screens.moc"
