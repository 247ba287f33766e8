// GTK (matched by name: the two functions are declared here, no GTK headers
// are needed): a signal handler that runs a modal dialog or a nested
// gtk_main blocks the GUI loop, and GUI calls may not move to a thread.
// RUN: %check_eventloop %s --checks eventloop-reentrant-run --compile-fixed clang --tmp %t/t -- -std=c11 %glib_flags
// (--compile-fixed clang: the runner's default clang++ rejects -std=c11.)

#include <glib-object.h>

typedef struct _GtkDialog GtkDialog;
gint gtk_dialog_run(GtkDialog *dialog);
void gtk_main(void);

static GtkDialog *confirm;

static void ask(void) { gtk_dialog_run(confirm); }
static void on_clicked(GObject *button, gpointer data) {
  ask();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its GLib loop in the modal loop of 'gtk_dialog_run'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
}

static gboolean on_idle(gpointer data) {
  gtk_main();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: callback blocks its GLib loop in the modal loop of 'gtk_main'; GUI objects must stay on the GUI thread [eventloop-reentrant-run]
  return G_SOURCE_REMOVE;
}

int main(void) {
  GObject *button = g_object_new(G_TYPE_OBJECT, NULL);
  g_signal_connect_object(button, "notify", G_CALLBACK(on_clicked), NULL, 0);
  g_idle_add(on_idle, NULL);
  gtk_main();
  return 0;
}
