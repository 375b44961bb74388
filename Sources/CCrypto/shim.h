// OpenSSL's libcrypto, for SHA-256 (batch item keys and the sentence audio cache).
#include <openssl/evp.h>
