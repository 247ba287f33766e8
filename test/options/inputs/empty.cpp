// Input for the option tests: any valid C++ file.
int main() { return 0; }
