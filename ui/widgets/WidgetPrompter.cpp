#include "WidgetPrompter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace cd {

namespace {
const QString kLastDirectory = QStringLiteral("ui/lastDirectory");

QString lastDirectory()
{
    const QString dir = QSettings().value(kLastDirectory).toString();
    return dir.isEmpty() || !QFileInfo(dir).isDir() ? QDir::homePath() : dir;
}

void rememberDirectory(const QString &file)
{
    if (!file.isEmpty())
        QSettings().setValue(kLastDirectory, QFileInfo(file).absolutePath());
}
} // namespace

void WidgetPrompter::message(QWidget *parent, Severity severity, const QString &title,
                             const QString &text)
{
    switch (severity) {
    case Severity::Information:
        QMessageBox::information(parent, title, text);
        break;
    case Severity::Warning:
        QMessageBox::warning(parent, title, text);
        break;
    case Severity::Critical:
        QMessageBox::critical(parent, title, text);
        break;
    }
}

bool WidgetPrompter::confirm(QWidget *parent, const QString &title, const QString &text,
                             const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString WidgetPrompter::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    const QString file = QFileDialog::getOpenFileName(parent, caption, lastDirectory(), filter);
    rememberDirectory(file);
    return file;
}

QString WidgetPrompter::saveFileName(QWidget *parent, const QString &caption,
                                     const QString &suggestedName, const QString &filter)
{
    const QString start = QDir(lastDirectory()).filePath(suggestedName);
    const QString file = QFileDialog::getSaveFileName(parent, caption, start, filter);
    rememberDirectory(file);
    return file;
}

void WidgetPrompter::about(QWidget *parent, const QString &title, const QString &richText)
{
    QMessageBox::about(parent, title, richText);
}

} // namespace cd
