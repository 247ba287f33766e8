#include "app.h"

void ask(void) { gtk_dialog_run(confirm); }
