#ifndef NARRATOR_PROCESS_H
#define NARRATOR_PROCESS_H

/// The process's argc and argv as glibc handed them to the program's initialisers, kept for
/// when the Swift runtime cannot read its arguments (it reads /proc/self/cmdline, which a
/// chroot or sandbox without /proc lacks). argv is NULL until the initialiser has run.
int narrator_launch_argc(void);
char *const *narrator_launch_argv(void);

#include <sys/types.h>

/// Asks the kernel to send SIGTERM to this process when the thread that started it ends (a
/// batch worker outliving a killed batch). prctl is variadic, so Swift cannot call it itself.
/// Returns 0, or -1 when `parent` has already gone (then the caller should end at once).
int narrator_end_with_parent(pid_t parent);

#endif
