#ifndef STOP_SIGNAL_H
#define STOP_SIGNAL_H

// The stop signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) as a flag a handler may set: C, so
// the flag is a `volatile sig_atomic_t`, the one type a handler may write (C11 7.14.1.1).

/// Installs the handlers, remembering the ones they replace.
void stop_signal_install(void);
/// Puts back the handlers `stop_signal_install` replaced.
void stop_signal_restore(void);
/// The signal that arrived since the last call, or 0; clears it.
int stop_signal_take(void);

#endif
