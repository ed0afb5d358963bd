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
#endif
