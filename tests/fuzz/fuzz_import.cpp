// libFuzzer entry point (clang -fsanitize=fuzzer); see FuzzImport.h and the
// README section "Fuzzing" for how to build and run it.
#include "FuzzImport.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_import";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // for the SQL driver plugin
    static cdfuzz::Harness harness;
    harness.run(data, size);
    return 0;
}
