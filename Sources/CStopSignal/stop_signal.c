#include "stop_signal.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// Signals that ask the program to stop: the loop notices the flag, restores the terminal
// through curses and then dies of the signal. USR1, USR2 and ALRM would otherwise end the
// process at once with the terminal still raw.
static volatile sig_atomic_t pending = 0;
static const int watched[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM};
enum { WATCHED = sizeof watched / sizeof watched[0] };
static struct sigaction previous[WATCHED];

// Faults cannot wait for the loop: their handler puts the terminal back itself, with
// async-signal-safe calls only (tcsetattr, write), then lets the fault take its course.
static const int faults[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
enum { FAULTS = sizeof faults / sizeof faults[0] };
static struct sigaction previousFault[FAULTS];
static struct termios cooked;
static int haveCooked = 0;
static int installed = 0;

static void on_signal(int signal) { pending = signal; }

static void on_fault(int signal) {
    if (haveCooked) tcsetattr(STDIN_FILENO, TCSANOW, &cooked);
    // Leave the alternate screen, show the cursor, reset attributes.
    static const char reset[] = "\033[?1049l\033[?25h\033[0m\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signal, &fallback, 0);
    raise(signal);
}

void stop_signal_remember_terminal(void) {
    haveCooked = tcgetattr(STDIN_FILENO, &cooked) == 0;
}

void stop_signal_install(void) {
    if (installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < WATCHED; i++) sigaction(watched[i], &action, &previous[i]);
    struct sigaction fault;
    memset(&fault, 0, sizeof fault);
    fault.sa_handler = on_fault;
    sigemptyset(&fault.sa_mask);
    fault.sa_flags = SA_RESETHAND;
    for (int i = 0; i < FAULTS; i++) sigaction(faults[i], &fault, &previousFault[i]);
    installed = 1;
}

void stop_signal_restore(void) {
    if (!installed) return;
    for (int i = 0; i < WATCHED; i++) sigaction(watched[i], &previous[i], 0);
    for (int i = 0; i < FAULTS; i++) sigaction(faults[i], &previousFault[i], 0);
    installed = 0;
}

int stop_signal_take(void) {
    int s = pending;
    pending = 0;
    return s;
}
