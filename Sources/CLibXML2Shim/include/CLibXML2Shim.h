// A narrow window onto libxml2's HTML parser.
//
// Why this exists: libxml2's headers pull in the system ICU, which clashes with Foundation's own
// ICU when both are visible in one Swift module ("'UErrorCode' has different definitions").
// This public header therefore includes no libxml2 header. The parser is driven through SAX
// events (no libxml2 tree is built: the page's DOM would cost several times the page in memory),
// so only plain C strings and three callbacks cross this edge.
#ifndef NARRATOR_CLIBXML2_SHIM_H
#define NARRATOR_CLIBXML2_SHIM_H

#include <stddef.h>

/// What the parser reports, in document order. Names are lower-case UTF-8, and a name's
/// pointer is the same for every use of that name within one parse (libxml2 interns them).
/// `attributes` is NULL or a NULL-terminated list of name, value pairs (a value may be NULL
/// for an attribute written without one); values have their entities decoded. Every start is
/// matched by an end, including the elements the parser implies or closes on its own.
typedef struct {
    void (*start_element)(void *context, const char *name, const char **attributes);
    void (*end_element)(void *context, const char *name);
    /// Text and CDATA (including the content of <script> and <style>), decoded to UTF-8, in
    /// pieces: consecutive calls continue the same text.
    void (*text)(void *context, const char *bytes, int length);
} narrator_html_events;

/// A page ready to parse: libxml2's HTML parser with its own copy of the bytes.
typedef struct narrator_html_reader narrator_html_reader;

/// Copies `length` bytes into a new HTML parser (the caller may free them at once).
/// `encoding` may be NULL: libxml2 then reads the page's BOM and <meta charset>. Returns NULL
/// for no bytes or when the parser could not be set up.
narrator_html_reader *narrator_html_reader_new(const char *bytes, size_t length, const char *encoding);
/// Parses the page with libxml2's forgiving HTML parser, reporting events to `events`.
/// Nothing the page names is fetched.
void narrator_html_reader_run(narrator_html_reader *reader, const narrator_html_events *events,
                              void *context);
void narrator_html_reader_free(narrator_html_reader *reader);

/// Parses an XML document (a feed or sitemap) with libxml2's XML parser, reporting the same
/// events; names arrive as written ("dc:creator"). Entities the document declares are not
/// expanded and nothing is fetched. Returns 0 when a document was read, -1 otherwise.
int narrator_xml_parse(const char *bytes, size_t length, const narrator_html_events *events, void *context);

/// The version of the libxml2 the process runs with, as a number (20914 for 2.9.14).
int narrator_html_parser_version(void);

#endif
