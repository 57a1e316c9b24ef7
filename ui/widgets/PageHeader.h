#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace cd {

// The top of every page: a large bold title, one line saying what the page
// is for, and the page's main actions on the right.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(const QString &title, const QString &subtitle = QString(),
                        QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    QString title() const;
    // Adds a widget (usually a button) to the action area at the right.
    void addAction(QWidget *widget);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_actions;
};

} // namespace cd
