#pragma once

#include <QComboBox>

namespace cd {

// The languages ChannelDesk speaks, each named in its own script, so that a
// user who cannot read the current one still finds theirs.
class LanguageCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguageCombo(QWidget *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &language);

signals:
    // The user picked another language ("zh_CN" or "en").
    void languageChosen(const QString &language);
};

} // namespace cd
