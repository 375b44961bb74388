#include "CProcess.h"

static int saved_argc = 0;
static char *const *saved_argv = 0;

/* glibc calls .init_array functions with (argc, argv, envp) before main. */
static void narrator_keep_arguments(int argc, char **argv, char **envp) {
    (void)envp;
    saved_argc = argc;
    saved_argv = argv;
}

__attribute__((section(".init_array"), used))
static void (*const narrator_keep_arguments_entry)(int, char **, char **) = narrator_keep_arguments;

int narrator_launch_argc(void) { return saved_argc; }
char *const *narrator_launch_argv(void) { return saved_argv; }
