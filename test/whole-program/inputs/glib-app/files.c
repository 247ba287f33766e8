#include "app.h"

char *read_config(GFile *file) {
  char *contents = NULL;
  gsize length = 0;
  g_file_load_contents(file, NULL, &contents, &length, NULL, NULL);
  return contents;
}
