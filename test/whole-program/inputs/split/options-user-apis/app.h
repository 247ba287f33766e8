namespace app {
void pump_messages();
void wait_for_disk();
template <typename F> void schedule(F f) { (void)f; }
template <typename F> void in_background(F f) { (void)f; }

struct Server {
  void on_request();
  void on_timer();
  void flush();
  // Not a callback: only called from main.
  void start();
};
} // namespace app
