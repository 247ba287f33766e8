#include "app.h"

GtkDialog *confirm;

static void on_clicked(GObject *button, gpointer data) {
  ask();
}

static gboolean on_idle(gpointer data) {
  gtk_main();
  return G_SOURCE_REMOVE;
}

int main(void) {
  GObject *button = g_object_new(G_TYPE_OBJECT, NULL);
  g_signal_connect_object(button, "notify", G_CALLBACK(on_clicked), NULL, 0);
  g_idle_add(on_idle, NULL);
  gtk_main();
  return 0;
}
