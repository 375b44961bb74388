// A narrow window onto libxml2's HTML parser.
//
// Why this exists: libxml2's headers pull in the system ICU, which clashes with Foundation's own
// ICU when both are visible in one Swift module ("'UErrorCode' has different definitions").
// This public header therefore includes no libxml2 header; nodes and documents are opaque
// pointers. It also wraps `xmlFree`, a global function-pointer variable Swift 6 rejects.
#ifndef NARRATOR_CLIBXML2_SHIM_H
#define NARRATOR_CLIBXML2_SHIM_H

#include <stddef.h>

/// An opaque parsed HTML document; free it with narrator_html_free.
typedef struct narrator_html_doc narrator_html_doc;

/// Node kinds, with libxml2's numbering (element 1, text 3, CDATA 4, comment 8).
enum {
    NARRATOR_NODE_ELEMENT = 1,
    NARRATOR_NODE_TEXT = 3,
    NARRATOR_NODE_CDATA = 4,
    NARRATOR_NODE_COMMENT = 8
};

/// Parses HTML bytes with libxml2's forgiving HTML parser. `encoding` may be NULL: libxml2 then
/// reads the page's BOM and <meta charset>. Never touches the network. Returns NULL only when
/// nothing at all could be parsed.
narrator_html_doc *narrator_html_parse(const char *bytes, size_t length, const char *encoding);
void narrator_html_free(narrator_html_doc *doc);

/// The root element (<html>), or NULL.
const void *narrator_html_root(const narrator_html_doc *doc);
/// The encoding libxml2 used to decode the page (e.g. "windows-1252"), or NULL when unknown.
const char *narrator_html_encoding(const narrator_html_doc *doc);

int narrator_node_kind(const void *node);
/// The element name, as the parser lower-cased it; NULL for nameless nodes.
const char *narrator_node_name(const void *node);
/// The UTF-8 content of a text or CDATA node (not a copy); NULL for elements.
const char *narrator_node_content(const void *node);
const void *narrator_node_first_child(const void *node);
const void *narrator_node_next(const void *node);

/// Attribute iteration: the first attribute of an element, then the next one.
const void *narrator_attr_first(const void *node);
const void *narrator_attr_next(const void *attr);
const char *narrator_attr_name(const void *attr);
/// The attribute's value as a newly allocated UTF-8 string; free it with narrator_free.
char *narrator_attr_value(const void *attr);

/// Frees a string libxml2 allocated (wraps the xmlFree function pointer).
void narrator_free(void *pointer);

#endif
