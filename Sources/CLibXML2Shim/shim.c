#include "CLibXML2Shim.h"
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/xmlversion.h>

// libxml2 reports some problems (encoding conversion, I/O) through its generic error
// function, which prints to stderr even with HTML_PARSE_NOERROR; Narrator reports in one line.
static void narrator_silent(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

typedef struct {
    const narrator_html_events *events;
    void *context;
} narrator_sax_target;

static void narrator_start(void *user, const xmlChar *name, const xmlChar **attributes) {
    narrator_sax_target *target = user;
    target->events->start_element(target->context, (const char *)name, (const char **)attributes);
}

static void narrator_end(void *user, const xmlChar *name) {
    narrator_sax_target *target = user;
    target->events->end_element(target->context, (const char *)name);
}

static void narrator_text(void *user, const xmlChar *bytes, int length) {
    narrator_sax_target *target = user;
    target->events->text(target->context, (const char *)bytes, length);
}

narrator_html_reader *narrator_html_reader_new(const char *bytes, size_t length, const char *encoding) {
    if (length == 0 || length > 0x7fffffff || bytes == NULL) return NULL;
    xmlSetGenericErrorFunc(NULL, narrator_silent);  // per thread in libxml2: set on each call
    // What htmlReadMemory does (an XML parser context given the HTML handlers, then
    // htmlDoRead), with Narrator's handlers. libxml2 copies the bytes (reading them in place
    // through a static buffer misparses pages in 2.9.14).
    xmlInitParser();
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(bytes, (int)length);
    if (ctxt == NULL) return NULL;
    // HUGE lifts the 256-level nesting and 10 MB text-node limits (the HTML parser expands no
    // custom entities, so this opens no entity-expansion risk; the tree builder bounds depth);
    // NONET: nothing the page names is fetched.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                  HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    // Bytes already UTF-8 (Narrator decoded or repaired them) are read as they are, the page's
    // own charset declarations ignored: a UTF-8 converter would feed libxml2 the page in chunks,
    // and its name parser loses the characters it has read when a chunk moves the buffer.
    int isUTF8 = encoding != NULL && (strcasecmp(encoding, "UTF-8") == 0 || strcasecmp(encoding, "UTF8") == 0);
    if (isUTF8) options |= HTML_PARSE_IGNORE_ENC;
    htmlCtxtUseOptions(ctxt, options);
    ctxt->html = 1;
    if (encoding != NULL && !isUTF8) {
        xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
        if (handler != NULL) {
            xmlSwitchToEncoding(ctxt, handler);
            if (ctxt->input->encoding != NULL) xmlFree((xmlChar *)ctxt->input->encoding);
            ctxt->input->encoding = xmlStrdup((const xmlChar *)encoding);
        }
    }
    return (narrator_html_reader *)ctxt;
}

// Only the events Narrator reads: no tree, comments or processing instructions. Blanks the
// parser calls ignorable (between <html> and <head>...) are dropped, as its tree builder does.
// The handlers are SAX1 ones (sax->initialized is not XML_SAX2_MAGIC): names arrive as written.
static void narrator_use_handlers(xmlParserCtxtPtr ctxt, narrator_sax_target *target) {
    memset(ctxt->sax, 0, sizeof(*ctxt->sax));
    ctxt->sax->startElement = narrator_start;
    ctxt->sax->endElement = narrator_end;
    ctxt->sax->characters = narrator_text;
    ctxt->sax->cdataBlock = narrator_text;
    ctxt->userData = target;
}

void narrator_html_reader_run(narrator_html_reader *reader, const narrator_html_events *events,
                              void *context) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)reader;
    if (ctxt == NULL || events == NULL) return;
    xmlSetGenericErrorFunc(NULL, narrator_silent);
    narrator_sax_target target = {events, context};
    narrator_use_handlers(ctxt, &target);
    htmlParseDocument(ctxt);
    ctxt->userData = NULL;
}

int narrator_html_parser_version(void) { return atoi(xmlParserVersion); }

void narrator_html_reader_free(narrator_html_reader *reader) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)reader;
    if (ctxt == NULL) return;
    if (ctxt->myDoc != NULL) xmlFreeDoc(ctxt->myDoc);  // only if a handler made one
    xmlFreeParserCtxt(ctxt);
}

int narrator_xml_parse(const char *bytes, size_t length, const narrator_html_events *events, void *context) {
    if (length == 0 || length > 0x7fffffff || bytes == NULL || events == NULL) return -1;
    xmlSetGenericErrorFunc(NULL, narrator_silent);
    xmlInitParser();
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(bytes, (int)length);
    if (ctxt == NULL) return -1;
    // RECOVER reads past small faults as feeds in the wild need; no NOENT (entities declared in
    // the document are not expanded), NONET (no DTD or entity is fetched), no DTD loading.
    xmlCtxtUseOptions(ctxt, XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET |
                                XML_PARSE_NOCDATA);
    // Names arrive qualified ("dc:creator").
    narrator_sax_target target = {events, context};
    narrator_use_handlers(ctxt, &target);
    xmlParseDocument(ctxt);
    int result = ctxt->wellFormed || ctxt->recovery ? 0 : -1;
    ctxt->userData = NULL;
    if (ctxt->myDoc != NULL) xmlFreeDoc(ctxt->myDoc);
    xmlFreeParserCtxt(ctxt);
    return result;
}
