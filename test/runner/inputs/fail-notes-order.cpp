// FAILS: the note is expected before its warning (CHECK-NOTES is a sequence).
namespace std {
template <class T> struct remove_reference { typedef T type; };
template <class T> struct remove_reference<T &> { typedef T type; };
template <class T> typename remove_reference<T>::type &&move(T &&t) {
  return static_cast<typename remove_reference<T>::type &&>(t);
}
} // namespace std

struct S { int v; };
void use(S);

void f() {
  S s;
  S t = std::move(s);
  use(s);
  // CHECK-NOTES: :[[@LINE-2]]:9: note: move occurred here
  // CHECK-NOTES: :[[@LINE-2]]:7: warning: 's' used after it was moved [bugprone-use-after-move]
}
