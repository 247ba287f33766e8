// The annotations are declared here and used in the TUs.
#define LOOP_CALLBACK [[clang::annotate("eventloop::callback")]]
#define RUNS_LOOP [[clang::annotate("eventloop::runs_loop")]]
#define BLOCKING [[clang::annotate("eventloop::blocking")]]
#define OFFLOAD [[clang::annotate("eventloop::offload")]]

RUNS_LOOP void spin_nested_loop();
BLOCKING void read_config_file();
template <typename F> OFFLOAD void on_worker(F f) { f(); }

void reload();
