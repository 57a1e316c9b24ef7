#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

namespace cd {

// A tinted box that explains, before OK, what a dialog's action would do or
// what stops it: red with one line per problem (each naming its clause), or
// green with the outcome. Dialogs keep OK disabled while it lists problems.
class CheckPanel : public QFrame
{
    Q_OBJECT

public:
    explicit CheckPanel(QWidget *parent = nullptr);

    void setProblems(const QString &title, const QStringList &problems);
    void setReady(const QString &text, const QStringList &notes = {});
    bool hasProblems() const { return !m_problems.isEmpty(); }
    const QStringList &problems() const { return m_problems; }
    // Everything the panel says, as plain text (for tests and accessibility).
    QString text() const;

private:
    void setTone(bool problem);

    QLabel *m_title;
    QLabel *m_body;
    QStringList m_problems;
    QStringList m_notes;
};

} // namespace cd
