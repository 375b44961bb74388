// libxml2's HTML parser, found through pkg-config (libxml-2.0) so that no unsafe include flag is
// needed. Only the C shim (CLibXML2Shim) depends on this module: libxml2's headers bring the
// system ICU, which clashes with Foundation's ICU in any Swift module that sees both.
#include <libxml/HTMLparser.h>
