#pragma once

#include <QWidget>

class QLabel;

namespace cd {

// The app icon, the product name and a line under it: the head of the sign-in
// dialogs.
class BrandBanner : public QWidget
{
    Q_OBJECT

public:
    explicit BrandBanner(QWidget *parent = nullptr);

    void setTagline(const QString &text);

private:
    QLabel *m_logo;
    QLabel *m_name;
    QLabel *m_tagline;
};

} // namespace cd
