#ifndef STOP_SIGNAL_H
#define STOP_SIGNAL_H

// The stop signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) as a flag a handler may set: C, so
// the flag is a `volatile sig_atomic_t`, the one type a handler may write (C11 7.14.1.1).

/// Remembers the terminal's settings as they are now (before curses changes them), for the
/// fault handler to put back.
void stop_signal_remember_terminal(void);
/// Installs the handlers, remembering the ones they replace: stop signals set a flag; faults
/// (SEGV, BUS, ILL, FPE, ABRT) restore the remembered terminal and then die as they would.
void stop_signal_install(void);
/// Puts back the handlers `stop_signal_install` replaced.
void stop_signal_restore(void);
/// The signal that arrived since the last call, or 0; clears it.
int stop_signal_take(void);

#endif
