// libbrotli's decoder, for pages served with "Content-Encoding: br".
#include <brotli/decode.h>
