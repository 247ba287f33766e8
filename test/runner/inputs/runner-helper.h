// Header copied next to the temp file with --copy; diagnostics here are
// reported as runner-helper.h:LINE:COL.
#pragma once
namespace std {
template <class T> struct remove_reference { typedef T type; };
template <class T> struct remove_reference<T &> { typedef T type; };
template <class T> typename remove_reference<T>::type &&move(T &&t) {
  return static_cast<typename remove_reference<T>::type &&>(t);
}
} // namespace std

struct S { int v; };
void use(S);

inline void helper() {
  S s;
  S t = std::move(s);
  use(s);
}
