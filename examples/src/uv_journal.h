/* The journal of uv_recorder.c: its writer is in another file. */
#ifndef UV_JOURNAL_H
#define UV_JOURNAL_H
void journal_append(const char *line);
#endif
