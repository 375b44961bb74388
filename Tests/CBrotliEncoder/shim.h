// libbrotli's encoder: the test server serves pages with "Content-Encoding: br".
#include <brotli/encode.h>
