/* ncursesw for Swift: the defines a module map cannot pass, and static inline wrappers for the macros,
   attribute bits and globals that Swift cannot import (or rejects as unsafe globals in Swift 6 mode). */
#ifndef DSRBOARD_CCURSES_SHIM_H
#define DSRBOARD_CCURSES_SHIM_H
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <signal.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>

int wcwidth(wchar_t c);

static inline WINDOW *nc_stdscr(void) { return stdscr; }
static inline int nc_lines(void) { return LINES; }
static inline int nc_cols(void) { return COLS; }
static inline int nc_colors(void) { return COLORS; }
static inline int nc_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t nc_a_normal(void) { return A_NORMAL; }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_italic(void) { return A_ITALIC; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }

static inline int nc_key_f(int n) { return KEY_F(n); }

/* The codeset the current locale selected ("UTF-8" when wide text will render). */
static inline const char *nc_codeset(void) { return nl_langinfo(CODESET); }

/* One wide cell: a grapheme's code points (up to CCHARW_MAX) with attributes and an extended pair. */
static inline int nc_set_cell(cchar_t *cell, const wchar_t *text, attr_t attrs, int pair) {
    return setcchar(cell, text, attrs, 0, &pair);
}
/* Streams and terminal set-up: Swift 6 rejects the C globals stdout/stdin as unsafe shared state. */
static inline SCREEN *nc_newterm(const char *term) { return newterm(term, stdout, stdin); }
static inline int nc_stdin_is_tty(void) { return isatty(STDIN_FILENO); }
static inline int nc_stdout_is_tty(void) { return isatty(STDOUT_FILENO); }

/* State shared by the signal handler, the exit hook and the backend. Static in a header means one copy
   per object file that uses it, so only CursesTerminal.swift may call the functions below. Statics are
   initialised explicitly: Swift's clang importer emits no tentative definitions. */

/* Whether curses is set up and owns the terminal; read by the atexit and signal escape hatches. */
static volatile sig_atomic_t nc_curses_active = 0;
static inline void nc_set_active(int active) { nc_curses_active = active; }

/* endwin() if curses still owns the terminal; safe to call more than once (atexit, errors, signals). */
static inline void nc_restore_if_active(void) {
    if (nc_curses_active) {
        nc_curses_active = 0;
        if (!isendwin()) endwin();
    }
}

/* Termination signals become a flag the input loop reports; a second one while the first is still
   unread means the app is stuck, so restore the terminal and die of the signal as usual. */
static volatile sig_atomic_t nc_pending_signal = 0;
/* The handlers we replaced, behind a void * accessor: a `struct sigaction` global in this header was not
   emitted for Swift (link error), while function-local storage reached through void * is. */
static inline void *nc_saved_actions_storage(void) {
    static struct sigaction saved[3];
    return saved;
}
static const int nc_signals[3] = { SIGINT, SIGTERM, SIGHUP };

static inline void nc_signal_handler(int sig) {
    if (nc_pending_signal != 0) {
        nc_restore_if_active();
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    nc_pending_signal = sig;
}

static inline int nc_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = nc_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocking read returns so the flag is seen at once */
    /* A parent may have started us with these blocked (a blocked mask survives exec); the board must still
       hear Ctrl-C, kill, hang-up and window resizes. */
    sigset_t wanted;
    sigemptyset(&wanted);
    for (int i = 0; i < 3; i++) sigaddset(&wanted, nc_signals[i]);
    sigaddset(&wanted, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
    for (int i = 0; i < 3; i++) {
        if (sigaction(nc_signals[i], &action, &((struct sigaction *)nc_saved_actions_storage())[i]) != 0) return -1;
    }
    return 0;
}

static inline void nc_restore_signal_handlers(void) {
    for (int i = 0; i < 3; i++) sigaction(nc_signals[i], &((struct sigaction *)nc_saved_actions_storage())[i], NULL);
}

/* The signal waiting to be reported (0 for none), cleared by reading it. */
static inline int nc_take_pending_signal(void) {
    int sig = nc_pending_signal;
    nc_pending_signal = 0;
    return sig;
}

static inline void nc_atexit_handler(void) { nc_restore_if_active(); }
static inline int nc_register_atexit(void) { return atexit(nc_atexit_handler); }
#endif
