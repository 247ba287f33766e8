// Found before the compiler's own header in a sanitized build
// (cmake/Sanitizers.cmake). Our objects are linked with Debian's
// uninstrumented LLVM and clang code into one program, and the linker keeps
// one copy of each inline function they share (BumpPtrAllocator, StringMap).
// Under ASan, LLVM's headers poison an allocator's unused memory and unpoison
// what they hand out; a slab poisoned by our copy and filled by Debian's,
// which unpoisons nothing, is valid memory that ASan reports as
// use-after-poison. So LLVM's annotations are no-ops in our objects, as they
// are in Debian's; ASan itself checks our code as usual.
#ifndef EVENTLOOP_TIDY_SANITIZER_ASAN_INTERFACE_H
#define EVENTLOOP_TIDY_SANITIZER_ASAN_INTERFACE_H
#define __asan_poison_memory_region(addr, size) ((void)(addr), (void)(size))
#define __asan_unpoison_memory_region(addr, size) ((void)(addr), (void)(size))
#endif
