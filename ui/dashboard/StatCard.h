#pragma once

#include "widgets/Icons.h"

#include <QFrame>

class QLabel;

namespace cd {

// A white panel with a caption, one large figure and a line of detail. A
// clickable card (setClickable) links to the list behind its figure: it
// takes focus, shows a hand cursor and emits clicked() on a click, Enter or
// Space. Its property link=true lets a style sheet mark hover and focus.
class StatCard : public QFrame
{
    Q_OBJECT

public:
    StatCard(Icons::Glyph glyph, const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    QString value() const;
    QString detail() const;
    // The figure's colour; invalid for the default text colour.
    void setValueColor(const QColor &color);
    void setClickable(bool clickable);
    bool isClickable() const { return m_clickable; }

signals:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_value;
    QLabel *m_detail;
    bool m_clickable = false;
};

} // namespace cd
