// FAILS: a compile error that no CHECK line expects.
void k() { undeclared(); }
