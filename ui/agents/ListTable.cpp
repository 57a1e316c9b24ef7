#include "ListTable.h"

#include "widgets/Theme.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

void ListTable::setUp(QTableView *table, const QVector<int> &widths, const QString &settingsKey)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < widths.size(); ++c)
        table->setColumnWidth(c, widths.at(c));
    if (!settingsKey.isEmpty())
        table->horizontalHeader()->restoreState(QSettings().value(settingsKey).toByteArray());
}

void ListTable::saveState(QTableView *table, const QString &settingsKey)
{
    if (!settingsKey.isEmpty())
        QSettings().setValue(settingsKey, table->horizontalHeader()->saveState());
}

QLabel *ListTable::addEmptyState(QTableView *table, const QString &text)
{
    auto *label = new QLabel(text, table->viewport());
    label->setObjectName(table->objectName() + QStringLiteral("Empty"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    Theme::makeMuted(label);
    auto *layout = new QVBoxLayout(table->viewport());
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(label);

    QAbstractItemModel *model = table->model();
    auto update = [label, model] { label->setVisible(model->rowCount() == 0); };
    QObject::connect(model, &QAbstractItemModel::modelReset, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, label, update);
    update();
    return label;
}

} // namespace cd
