#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
// Debian puts the wide-character header under ncursesw/; other systems install it as curses.h.
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

// Swift 6 rejects mutable C globals, so the ones we need are read through functions.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }
static inline void cn_set_escdelay(int ms) { set_escdelay(ms); }
// Attribute and colour macros expand to expressions Swift cannot import.
static inline attr_t cn_attr_bold(void) { return A_BOLD; }
static inline attr_t cn_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cn_attr_dim(void) { return A_DIM; }
static inline attr_t cn_attr_normal(void) { return A_NORMAL; }
static inline attr_t cn_color_pair(short n) { return COLOR_PAIR(n); }
// initscr() prints "Error opening terminal" and exits 1 on an unknown TERM. This asks
// first and prints nothing: 1 usable, 0 unknown type, -1 no terminfo database or a
// description too limited. The lookup is freed again (initscr makes its own).
#if __has_include(<ncursesw/term.h>)
#include <ncursesw/term.h>
#else
#include <term.h>
#endif
static inline int cn_terminal_usable(const char *term) {
    int error = 0;
    if (setupterm(term, 1, &error) != OK) return error == 0 ? 0 : -1;
    del_curterm(cur_term);
    return 1;
}

#endif
