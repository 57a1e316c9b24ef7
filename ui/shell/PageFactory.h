#pragma once

#include "shell/Areas.h"
#include "widgets/PageContext.h"

class QWidget;

namespace cd {

// Builds the page of an area: the one place where each area names its page.
class PageFactory
{
public:
    static QWidget *create(Area area, const PageContext &context, QWidget *parent);
};

} // namespace cd
