#pragma once

#include "shell/Areas.h"
#include "widgets/PageContext.h"

class QWidget;

namespace cd {

// Builds the page of an area. The one place a later area plugs in its page:
// until then an area shows its PlaceholderPage.
class PageFactory
{
public:
    static QWidget *create(Area area, const PageContext &context, QWidget *parent);
};

} // namespace cd
