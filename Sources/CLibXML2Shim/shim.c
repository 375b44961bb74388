#include "CLibXML2Shim.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

// libxml2 reports some problems (encoding conversion, I/O) through its generic error
// function, which prints to stderr even with HTML_PARSE_NOERROR; Narrator reports in one line.
static void narrator_silent(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

narrator_html_doc *narrator_html_parse(const char *bytes, size_t length, const char *encoding) {
    if (length > 0x7fffffff) return NULL;
    xmlSetGenericErrorFunc(NULL, narrator_silent);  // per thread in libxml2: set on each call
    // HUGE lifts the 256-level nesting and 10 MB text-node limits (the HTML parser expands no
    // custom entities, so this opens no entity-expansion risk; deep trees are flattened when
    // converted); NONET: nothing the page names is fetched.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                  HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    htmlDocPtr doc = htmlReadMemory(bytes, (int)length, NULL, encoding, options);
    return (narrator_html_doc *)doc;
}

void narrator_html_free(narrator_html_doc *doc) {
    if (doc != NULL) xmlFreeDoc((xmlDocPtr)doc);
}

const void *narrator_html_root(const narrator_html_doc *doc) {
    return doc == NULL ? NULL : xmlDocGetRootElement((xmlDocPtr)doc);
}

const char *narrator_html_encoding(const narrator_html_doc *doc) {
    return doc == NULL ? NULL : (const char *)((xmlDocPtr)doc)->encoding;
}

int narrator_node_kind(const void *node) { return (int)((const xmlNode *)node)->type; }

const char *narrator_node_name(const void *node) {
    return (const char *)((const xmlNode *)node)->name;
}

const char *narrator_node_content(const void *node) {
    const xmlNode *n = (const xmlNode *)node;
    if (n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE) return NULL;
    return (const char *)n->content;
}

const void *narrator_node_first_child(const void *node) {
    return ((const xmlNode *)node)->children;
}

const void *narrator_node_next(const void *node) { return ((const xmlNode *)node)->next; }

const void *narrator_attr_first(const void *node) {
    const xmlNode *n = (const xmlNode *)node;
    return n->type == XML_ELEMENT_NODE ? n->properties : NULL;
}

const void *narrator_attr_next(const void *attr) { return ((const xmlAttr *)attr)->next; }

const char *narrator_attr_name(const void *attr) {
    return (const char *)((const xmlAttr *)attr)->name;
}

char *narrator_attr_value(const void *attr) {
    const xmlAttr *a = (const xmlAttr *)attr;
    return (char *)xmlNodeListGetString(a->doc, a->children, 1);
}

void narrator_free(void *pointer) {
    if (pointer != NULL) xmlFree(pointer);
}
