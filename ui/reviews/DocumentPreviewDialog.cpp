#include "DocumentPreviewDialog.h"

#include "common/Dates.h"
#include "compliance/ReviewService.h"
#include "widgets/Dialogs.h"
#include "widgets/Format.h"
#include "widgets/MessageBar.h"
#include "widgets/Theme.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace cd {

namespace {
constexpr int kMaxPreviewWidth = 760;
constexpr int kMaxPreviewHeight = 560;
// Text beyond this is cut in the preview; Save As gives the whole file.
constexpr int kMaxTextBytes = 512 * 1024;

bool isText(const QByteArray &content)
{
    if (content.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(content.left(kMaxTextBytes));
    return !decoder.hasError() || content.size() > kMaxTextBytes;
}
} // namespace

DocumentPreviewDialog::Kind DocumentPreviewDialog::kindOf(const QString &fileName,
                                                          const QByteArray &content)
{
    Q_UNUSED(fileName)
    if (!QImage::fromData(content).isNull())
        return Kind::Image;
    if (!content.isEmpty() && isText(content))
        return Kind::Text;
    return Kind::None;
}

DocumentPreviewDialog::DocumentPreviewDialog(Database &db, const CustomerDocument &document,
                                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_document(document)
    , m_messageBar(new MessageBar(this))
{
    setObjectName(QStringLiteral("documentPreviewDialog"));
    setWindowTitle(tr("%1 — %2").arg(documentKindDisplayName(document.kind), document.fileName));

    auto *heading = new QLabel(documentKindDisplayName(document.kind), this);
    heading->setObjectName(QStringLiteral("dialogHeading"));
    heading->setFont(Theme::sectionFont(font()));
    auto *facts =
        new QLabel(tr("%1 · %2 · added %3 by %4\nSHA-256 %5")
                       .arg(document.fileName, Format::fileSize(document.size),
                            Dates::format(document.addedOn), document.addedBy, document.sha256),
                   this);
    facts->setObjectName(QStringLiteral("documentFacts"));
    facts->setTextFormat(Qt::PlainText);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->setWordWrap(true);
    Theme::makeMuted(facts);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(facts);
    layout->addWidget(m_messageBar);

    Result<QByteArray> content = ReviewService(db).documentContent(document.id);
    if (!content) {
        m_messageBar->showError(content.error());
    } else {
        m_kind = kindOf(document.fileName, *content);
        if (m_kind == Kind::Image) {
            const QImage image = QImage::fromData(*content);
            auto *label = new QLabel(this);
            label->setObjectName(QStringLiteral("previewImage"));
            label->setAlignment(Qt::AlignCenter);
            label->setPixmap(QPixmap::fromImage(
                image.width() > kMaxPreviewWidth || image.height() > kMaxPreviewHeight
                    ? image.scaled(kMaxPreviewWidth, kMaxPreviewHeight, Qt::KeepAspectRatio,
                                   Qt::SmoothTransformation)
                    : image));
            label->setToolTip(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
            auto *scroll = new QScrollArea(this);
            scroll->setWidget(label);
            scroll->setWidgetResizable(true);
            scroll->setMinimumSize(qMin(kMaxPreviewWidth, label->pixmap().width()) + 24,
                                   qMin(kMaxPreviewHeight, label->pixmap().height()) + 24);
            layout->addWidget(scroll, 1);
        } else if (m_kind == Kind::Text) {
            auto *text = new QPlainTextEdit(this);
            text->setObjectName(QStringLiteral("previewText"));
            text->setReadOnly(true);
            text->setPlainText(QString::fromUtf8(content->left(kMaxTextBytes)));
            text->setMinimumSize(560, 360);
            layout->addWidget(text, 1);
        } else {
            auto *none = new QLabel(tr("This kind of file cannot be shown here. Save it and open "
                                       "it with its own program."),
                                    this);
            none->setObjectName(QStringLiteral("previewNone"));
            none->setWordWrap(true);
            none->setAlignment(Qt::AlignCenter);
            none->setMinimumSize(420, 120);
            Theme::makeMuted(none);
            layout->addWidget(none, 1);
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *save = buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveAsButton"));
    for (QAbstractButton *b : buttons->buttons())
        b->setIcon(QIcon());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this,
            [this] { saveAs(this, m_db, m_document, m_messageBar); });
    layout->addWidget(buttons);
}

bool DocumentPreviewDialog::saveAs(QWidget *parent, Database &db, const CustomerDocument &document,
                                   MessageBar *bar)
{
    const QString path =
        Dialogs::saveFileName(parent, tr("Save Document"), document.fileName, tr("All files (*)"));
    if (path.isEmpty())
        return false;
    Result<QByteArray> content = ReviewService(db).documentContent(document.id);
    if (!content) {
        if (bar)
            bar->showError(content.error());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() ||
        !file.commit()) {
        if (bar)
            bar->showError(tr("%1 could not be written: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (bar)
        bar->showSuccess(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace cd
