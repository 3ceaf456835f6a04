#include "stop_signal.h"
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t pending = 0;
static const int watched[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
enum { WATCHED = sizeof watched / sizeof watched[0] };
static struct sigaction previous[WATCHED];
static int installed = 0;

static void on_signal(int signal) { pending = signal; }

void stop_signal_install(void) {
    if (installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < WATCHED; i++) sigaction(watched[i], &action, &previous[i]);
    installed = 1;
}

void stop_signal_restore(void) {
    if (!installed) return;
    for (int i = 0; i < WATCHED; i++) sigaction(watched[i], &previous[i], 0);
    installed = 0;
}

int stop_signal_take(void) {
    int s = pending;
    pending = 0;
    return s;
}
