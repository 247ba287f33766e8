inline int shared() { return 1; }
