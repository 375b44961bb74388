// libsamplerate: the resampler used where a codec needs another rate (Opus).
#include <samplerate.h>
