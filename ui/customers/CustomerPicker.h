#pragma once

#include "common/Result.h"
#include "customers/Customer.h"

#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace cd {

class Database;

// Picks a customer: a search by name or credit code (in SQL, after a short
// pause), a list of the matches as "Name — code", and by default only the
// customers whose qualification is approved (§3.9).
class CustomerPicker : public QWidget
{
    Q_OBJECT

public:
    // How many matches the list offers; the search narrows the rest.
    static constexpr int kLimit = 300;

    explicit CustomerPicker(Database &db, QWidget *parent = nullptr);

    void setApprovedOnly(bool approvedOnly);
    bool approvedOnly() const;
    // Chooses a customer by code, whether or not the search finds it.
    bool setCustomer(const QString &uscc);
    const Customer *currentCustomer() const;
    QString currentUscc() const;

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *combo() const { return m_combo; }
    // Runs the pending search now.
    cd::Status reload();

signals:
    void customerChanged();
    void loadFailed(const cd::Error &error);

private:
    void reloadOrReport();

    Database &m_db;
    QLineEdit *m_search;
    QComboBox *m_combo;
    QCheckBox *m_approvedOnly;
    QTimer *m_timer;
    QVector<Customer> m_customers;
};

} // namespace cd
