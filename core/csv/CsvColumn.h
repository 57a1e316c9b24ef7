#pragma once

#include <QString>

namespace cd {

// One column a CSV file kind knows (SPEC §5): its header key and whether the
// header must name it.
struct CsvColumn {
    QString key;
    bool required = false;
};

} // namespace cd
