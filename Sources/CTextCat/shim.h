// libexttextcat (N-gram language identification, LibreOffice's), used as it is: no helper is
// needed, this header only names it for Swift. The include path comes from its pkg-config file.
#include <textcat.h>
