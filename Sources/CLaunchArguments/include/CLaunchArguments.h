#ifndef NARRATOR_LAUNCH_ARGUMENTS_H
#define NARRATOR_LAUNCH_ARGUMENTS_H

/// The process's argc and argv as glibc handed them to the program's initialisers, kept for
/// when the Swift runtime cannot read its arguments (it reads /proc/self/cmdline, which a
/// chroot or sandbox without /proc lacks). argv is NULL until the initialiser has run.
int narrator_launch_argc(void);
char *const *narrator_launch_argv(void);

#endif
