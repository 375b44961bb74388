// eSpeak NG's public APIs, imported as they are. speak_lib.h holds synthesis, voices and
// parameters; espeak_ng.h holds initialisation that reports a status instead of calling exit(1)
// and the status-to-message function. The engine keeps global state and is not thread-safe:
// NarratorESpeak owns it from a single actor.
#include <stdio.h>
#include <espeak-ng/speak_lib.h>
#include <espeak-ng/espeak_ng.h>
