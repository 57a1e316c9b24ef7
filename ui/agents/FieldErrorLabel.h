#pragma once

#include <QLabel>

namespace cd {

// The problem of one form field, in small red text under the field; hidden
// while there is none.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);

    void setError(const QString &message);
    QString error() const { return text(); }
};

} // namespace cd
