#pragma once

#include <QBarSet>
#include <QObject>
#include <QPointer>

class QAbstractBarSeries;
class QChartView;

namespace cd {

// Makes the bars of a chart reachable from the keyboard: Tab gives the chart
// focus and selects its first bar with a value, the arrow keys (and Home,
// End) move from bar to bar, Enter or Space opens the bar as a click does
// (the series' clicked signal). The selected bar is drawn in the highlight
// colour and named in the view's tooltip and accessible description.
class ChartKeyboard : public QObject
{
    Q_OBJECT

public:
    ChartKeyboard(QChartView *view, QAbstractBarSeries *series);

    // The selected bar, or -1 / nullptr when none.
    int currentIndex() const { return m_index; }
    QBarSet *currentSet() const { return m_set; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Bar {
        QBarSet *set;
        int index;
    };
    QList<Bar> bars() const;
    void select(int position); // into bars(); -1 clears
    int position() const;      // of the selected bar in bars(), or -1

    QChartView *m_view;
    QAbstractBarSeries *m_series;
    QPointer<QBarSet> m_set;
    int m_index = -1;
};

} // namespace cd
