#pragma once

#include "shell/Areas.h"

#include <QWidget>

namespace cd {

// The honest page of an area that a later version fills: what the area will
// hold and that it is not there yet. No buttons that do nothing.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(Area area, QWidget *parent = nullptr);
};

} // namespace cd
