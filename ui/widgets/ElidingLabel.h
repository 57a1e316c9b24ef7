#pragma once

#include <QFrame>

namespace cd {

// One line of plain text that shrinks with its space, eliding in the middle
// (file paths keep their folder start and their file name) and showing the
// whole text as its tool tip.
class ElidingLabel : public QFrame
{
    Q_OBJECT

public:
    explicit ElidingLabel(const QString &text = QString(), QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // What is drawn at the current width.
    QString displayedText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace cd
