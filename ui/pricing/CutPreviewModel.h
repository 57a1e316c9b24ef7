#pragma once

#include "pricing/PriceService.h"

#include <QAbstractTableModel>
#include <QSet>

namespace cd {

// The preview of a global cut (§2.4): every price it would change, before and
// after; the lines of plans whose chain would break are marked red.
class CutPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PlanCode, TierColumn, Level, Before, After, Change, ColumnCount };
    Q_ENUM(Column)

    explicit CutPreviewModel(QObject *parent = nullptr);

    void setPreview(const CutPreview &preview);
    void clear();
    const CutPreview &preview() const { return m_preview; }
    bool isBroken(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CutPreview m_preview;
    QSet<QString> m_broken;
};

} // namespace cd
