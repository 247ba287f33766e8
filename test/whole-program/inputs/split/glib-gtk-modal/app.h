#include <glib-object.h>

typedef struct _GtkDialog GtkDialog;
gint gtk_dialog_run(GtkDialog *dialog);
void gtk_main(void);

extern GtkDialog *confirm;
void ask(void);
