// Shim for ncursesw: the wide-character API is only declared when
// _XOPEN_SOURCE_EXTENDED is defined before the include, and Swift 6 cannot
// read C globals or function-like macros, so small accessors wrap them.
#ifndef ALLIANZ_CNCURSES_SHIM_H
#define ALLIANZ_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <sys/ioctl.h>
#include <unistd.h>

/// The standard screen window (the global `stdscr`).
static inline WINDOW *allianz_stdscr(void) { return stdscr; }
/// Terminal width in columns (the global `COLS`).
static inline int allianz_cols(void) { return COLS; }
/// Terminal height in lines (the global `LINES`).
static inline int allianz_lines(void) { return LINES; }

/// Attribute values (function-like macros in curses.h).
static inline attr_t allianz_a_normal(void) { return A_NORMAL; }
static inline attr_t allianz_a_bold(void) { return A_BOLD; }
static inline attr_t allianz_a_reverse(void) { return A_REVERSE; }
static inline attr_t allianz_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }

/// The terminal's size from the kernel (after SIGWINCH); 0 when it cannot be asked.
static inline int allianz_window_size(int *rows, int *columns) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 1;
}

/// The C standard streams (globals Swift 6 cannot read), for `newterm`.
static inline FILE *allianz_stdin(void) { return stdin; }
static inline FILE *allianz_stdout(void) { return stdout; }

/// From <term.h>, which is not included: its capability macros (`lines`, `columns`, …)
/// would replace ordinary names.
struct term;
extern int setupterm(const char *, int, int *);
extern struct term *set_curterm(struct term *);
extern int del_curterm(struct term *);

/// Whether the terminal type in TERM can be driven full-screen, asked of terminfo without
/// taking over the screen (`initscr` would print an English message and exit instead):
/// 1 usable; 0 the type is unknown; -1 no terminfo database; -2 a hardcopy terminal or one
/// that cannot address the cursor (no `cup`, like `dumb`).
static inline int allianz_terminal_usability(void) {
    int status = 0;
    if (setupterm(NULL, STDOUT_FILENO, &status) != OK) return status == 1 ? -2 : (status == 0 ? 0 : -1);
    const char *cup = tigetstr("cup");
    int usable = cup != NULL && cup != (const char *)-1;
    del_curterm(set_curterm(NULL));
    return usable ? 1 : -2;
}

/// Columns of one code point as ncurses counts them (`wcwidth`, hidden from Swift's Glibc
/// module because it is an X/Open function).
static inline int allianz_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
