#pragma once

#include "widgets/Icons.h"

#include <QFrame>

class QLabel;

namespace cd {

// A white panel with a caption, one large figure and a line of detail.
class StatCard : public QFrame
{
    Q_OBJECT

public:
    StatCard(Icons::Glyph glyph, const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    QString value() const;

private:
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace cd
