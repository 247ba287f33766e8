//===--- FactsFile.cpp - Facts on disk ------------------------------------===//

#include "FactsFile.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/LEB128.h"

namespace clang::tidy::eventloop::facts {

namespace {

constexpr llvm::StringLiteral Magic = "ELTF";
/// Bumped whenever the layout below changes.
constexpr uint8_t Version = 20;

/// Appends \p V to \p Out as LEB128.
void appendLeb(std::string &Out, uint64_t V) {
  uint8_t Bytes[10];
  unsigned N = llvm::encodeULEB128(V, Bytes);
  Out.append(reinterpret_cast<const char *>(Bytes), N);
}

/// Writes the fields it is shown.
class Writer {
public:
  void num(uint64_t V) {
    // Most fields are flags, indices and counts below 128: one byte.
    if (V < 0x80)
      Body.push_back(static_cast<char>(V));
    else
      appendLeb(Body, V);
  }
  void num(uint32_t V) { num(static_cast<uint64_t>(V)); }
  void num(uint16_t V) { num(static_cast<uint64_t>(V)); }
  void num(uint8_t V) { num(static_cast<uint64_t>(V)); }
  void num(int V) { num(static_cast<uint64_t>(static_cast<int64_t>(V) + 1)); }
  void flag(bool V) { num(static_cast<uint64_t>(V)); }
  void hash(uint64_t V) {
    char Bytes[8];
    llvm::support::endian::write64le(Bytes, V);
    Body.append(Bytes, 8);
  }
  void str(llvm::StringRef S) {
    // Most of the optional names are absent: no need to hash them.
    if (S.empty() && Empty != None)
      return num(Empty);
    auto [It, New] = Index.try_emplace(S, Strings.size());
    if (S.empty())
      Empty = It->second;
    if (New)
      Strings.push_back(It->getKey());
    num(static_cast<uint64_t>(It->second));
  }
  template <typename T, typename F> void list(std::vector<T> &V, F Each) {
    num(static_cast<uint64_t>(V.size()));
    for (T &E : V)
      Each(E);
  }
  template <typename T, unsigned N, typename F>
  void list(llvm::SmallVector<T, N> &V, F Each) {
    num(static_cast<uint64_t>(V.size()));
    for (T &E : V)
      Each(E);
  }
  bool ok() const { return true; }

  std::string finish(const FactsStamp &Stamp) {
    size_t Size = Magic.size() + 1 + 16 + 10 + Body.size();
    for (llvm::StringRef S : Strings)
      Size += 10 + S.size();
    std::string Out;
    Out.reserve(Size);
    Out += Magic;
    Out += static_cast<char>(Version);
    char Bytes[8];
    llvm::support::endian::write64le(Bytes, Stamp.Models);
    Out.append(Bytes, 8);
    llvm::support::endian::write64le(Bytes, Stamp.Options);
    Out.append(Bytes, 8);
    appendLeb(Out, Strings.size());
    for (llvm::StringRef S : Strings) {
      appendLeb(Out, S.size());
      Out += S;
    }
    Out += Body;
    return Out;
  }

  /// The fields, appended byte by byte: a string, not an unbuffered
  /// stream, which would be a call per byte.
  std::string Body;

private:
  /// The strings' entries live as long as the writer: one allocator for all
  /// of them, freed at once.
  llvm::StringMap<uint64_t, llvm::BumpPtrAllocator> Index;
  std::vector<llvm::StringRef> Strings;
  uint64_t Empty = None;
};

/// Reads the fields it is shown, in the order the writer wrote them.
class Reader {
public:
  Reader(llvm::StringRef Data) : Data(Data) {}

  uint64_t leb() {
    if (Failed)
      return 0;
    unsigned N = 0;
    const char *Error = nullptr;
    uint64_t V = llvm::decodeULEB128(
        reinterpret_cast<const uint8_t *>(Data.data() + At), &N,
        reinterpret_cast<const uint8_t *>(Data.end()), &Error);
    if (Error) {
      Failed = true;
      return 0;
    }
    At += N;
    return V;
  }
  void num(uint64_t &V) { V = leb(); }
  void num(uint32_t &V) { V = static_cast<uint32_t>(leb()); }
  void num(uint16_t &V) { V = static_cast<uint16_t>(leb()); }
  void num(uint8_t &V) { V = static_cast<uint8_t>(leb()); }
  void num(int &V) { V = static_cast<int>(static_cast<int64_t>(leb()) - 1); }
  void flag(bool &V) { V = leb() != 0; }
  void hash(uint64_t &V) {
    if (Failed || At + 8 > Data.size()) {
      Failed = true;
      return;
    }
    V = llvm::support::endian::read64le(Data.data() + At);
    At += 8;
  }
  void str(llvm::StringRef &S) {
    uint64_t I = leb();
    if (I >= Strings.size()) {
      Failed = true;
      return;
    }
    S = Strings[I];
  }
  template <typename Vec, typename F> void list(Vec &V, F Each) {
    uint64_t N = leb();
    // Every element takes a byte at least: a count past the end is bad.
    if (N > Data.size() - At) {
      Failed = true;
      return;
    }
    V.resize(N);
    for (auto &E : V)
      if (!Failed)
        Each(E);
  }
  bool ok() const { return !Failed; }

  bool header(FactsStamp &Stamp) {
    if (!Data.starts_with(Magic) || Data.size() < Magic.size() + 17 ||
        static_cast<uint8_t>(Data[Magic.size()]) != Version)
      return false;
    At = Magic.size() + 1;
    hash(Stamp.Models);
    hash(Stamp.Options);
    uint64_t N = leb();
    if (N > Data.size())
      return false;
    Strings.reserve(N);
    for (uint64_t I = 0; I < N && !Failed; ++I) {
      uint64_t Size = leb();
      if (Size > Data.size() - At) {
        Failed = true;
        break;
      }
      Strings.push_back(Data.substr(At, Size));
      At += Size;
    }
    return !Failed;
  }

  bool atEnd() const { return At == Data.size(); }

private:
  llvm::StringRef Data;
  size_t At = 0;
  bool Failed = false;
  std::vector<llvm::StringRef> Strings;
};

// One list of the fields, for both directions.

/// An index that may be None.
template <typename IO> void optionalIndex(IO &S, uint32_t &I) {
  uint32_t V = I + 1;
  S.num(V);
  I = V - 1;
}

template <typename IO> void io(IO &S, Place &P) {
  uint32_t File = P.File + 1; // None becomes 0
  S.num(File);
  P.File = File - 1;
  S.num(P.Offset);
  S.num(P.Line);
  S.num(P.Column);
  optionalIndex(S, P.Expansion);
}

template <typename IO> void io(IO &S, Span &P) {
  uint32_t File = P.File + 1;
  S.num(File);
  P.File = File - 1;
  S.num(P.Begin);
  S.num(P.End);
}

template <typename IO> void io(IO &S, RuleRef &R) {
  S.num(R.Model);
  S.num(R.Rule);
}

template <typename IO> void io(IO &S, LoopValue &V) {
  uint8_t Kind = V.K;
  S.num(Kind);
  V.K = static_cast<LoopValue::Kind>(Kind);
  S.str(V.Key);
  S.str(V.Name);
  S.str(V.Function);
  S.num(V.Index);
  S.str(V.ParamName);
  S.flag(V.Made);
  S.flag(V.Local);
}

template <typename IO> void io(IO &S, Function &F) {
  S.str(F.Key);
  S.str(F.Name);
  S.str(F.Class);
  S.str(F.Api);
  S.flag(F.Defined);
  S.flag(F.Mergeable);
  S.flag(F.Constructor);
  S.num(F.Params);
  S.list(F.Overrides, [&](llvm::StringRef &K) { S.str(K); });
  S.str(F.MemberOf);
}

/// A signed number, zigzag-encoded: small magnitudes stay small.
template <typename IO> void signedNum(IO &S, int64_t &V) {
  uint64_t Z = (static_cast<uint64_t>(V) << 1) ^ static_cast<uint64_t>(V >> 63);
  S.num(Z);
  V = static_cast<int64_t>(Z >> 1) ^ -static_cast<int64_t>(Z & 1);
}

template <typename IO> void io(IO &S, Argument &A) {
  S.num(A.Index);
  uint32_t From = A.FromParam + 1;
  S.num(From);
  A.FromParam = From - 1;
  S.list(A.Callables, [&](uint32_t &C) { S.num(C); });
  S.flag(A.Offloaded);
  io(S, A.Loop);
  bool Constant = A.Constant.has_value();
  S.flag(Constant);
  if (Constant) {
    int64_t Value = A.Constant.value_or(0);
    signedNum(S, Value);
    A.Constant = Value;
  }
  S.flag(A.OwnWindow);
}

template <typename IO> void io(IO &S, Rewrite &R) {
  uint8_t Reason = R.Reason;
  S.num(Reason);
  R.Reason = static_cast<Rewrite::Why>(Reason);
  S.flag(R.IsCall);
  io(S, R.Call);
  io(S, R.Arg0);
  optionalIndex(S, R.Declaration);
}

template <typename IO> void io(IO &S, Site &Site) {
  S.num(Site.Caller);
  uint8_t Kind = static_cast<uint8_t>(Site.Kind);
  S.num(Kind);
  Site.Kind = static_cast<SiteKind>(Kind);
  io(S, Site.Loc);
  S.list(Site.Callees, [&](uint32_t &C) { S.num(C); });
  optionalIndex(S, Site.More);
  optionalIndex(S, Site.AssumedFor);
  S.str(Site.PassedTo);
  S.str(Site.Api);
  io(S, Site.Sink);
  S.num(Site.SinkKind);
  optionalIndex(S, Site.Detail);
  S.flag(Site.WaitsOnOffload);
  S.flag(Site.FutureReady);
  S.list(Site.Args, [&](Argument &A) { io(S, A); });
  io(S, Site.Fix);
  S.str(Site.Receiver);
  S.flag(Site.OnThis);
  S.flag(Site.UnlessConstructing);
  S.flag(Site.OncePerObject);
  S.flag(Site.ReentryGuarded);
  S.flag(Site.UserInput);
  S.list(Site.OnlyIf, [&](ParamCondition &If) {
    S.num(If.Param);
    S.flag(If.Value);
    S.flag(If.Equality);
    if (If.Equality)
      signedNum(S, If.Equals);
  });
}

template <typename IO> void io(IO &S, Root &R) {
  S.num(R.Function);
  io(S, R.Loc);
  S.str(R.Api);
  S.str(R.Why);
  S.str(R.Trigger);
  S.flag(R.UserInput);
  S.flag(R.UserWindow);
  S.flag(R.FromOtherThread);
  S.flag(R.BeforeLoop);
  S.flag(R.Once);
  uint8_t Runs = static_cast<uint8_t>(R.Runs);
  S.num(Runs);
  R.Runs = static_cast<ConnectionType>(Runs);
  S.str(R.TriggerKey);
  io(S, R.Model);
  io(S, R.Loop);
  S.flag(R.OnDefaultLoop);
  optionalIndex(S, R.RegisteredIn);
  S.num(R.LoopParameter);
  S.num(R.PassedParameter);
  io(S, R.Passed);
  S.str(R.Sender);
  S.str(R.Receiver);
}

template <typename IO> void io(IO &S, ParameterUse &U) {
  S.num(U.Function);
  S.num(U.Index);
  S.flag(U.Registers);
  io(S, U.Model);
  optionalIndex(S, U.LoopFromParam);
  io(S, U.Loop);
  optionalIndex(S, U.PassedFromParam);
  io(S, U.Passed);
  S.num(U.PassedParameter);
  S.flag(U.HasPassed);
  S.flag(U.UserInput);
}

template <typename IO> void io(IO &S, FieldStore &F) {
  S.str(F.Field);
  S.str(F.Name);
  optionalIndex(S, F.In);
  io(S, F.Loc);
  S.list(F.Callables, [&](uint32_t &C) { S.num(C); });
  optionalIndex(S, F.FromParam);
}

template <typename IO> void io(IO &S, TUFacts &T) {
  S.str(T.MainFile);
  S.list(T.Files, [&](File &F) {
    S.str(F.Path);
    S.hash(F.Hash);
  });
  S.list(T.Functions, [&](Function &F) { io(S, F); });
  S.list(T.Sites, [&](Site &Site) { io(S, Site); });
  S.list(T.Roots, [&](Root &R) { io(S, R); });
  S.list(T.ParameterUses, [&](ParameterUse &U) { io(S, U); });
  S.list(T.FieldStores, [&](FieldStore &F) { io(S, F); });
  S.list(T.Bindings, [&](Binding &B) {
    S.str(B.Handle);
    io(S, B.Loop);
    io(S, B.Model);
  });
  S.list(T.Completers, [&](Completer &C) {
    S.str(C.Promise);
    S.num(C.Function);
  });
  S.list(T.SinkDetails, [&](SinkDetail &D) {
    io(S, D.Loop);
    uint8_t Future = D.Future.K;
    S.num(Future);
    D.Future.K = static_cast<FutureSource::Kind>(Future);
    S.str(D.Future.PromiseKey);
    io(S, D.Future.Loop);
    io(S, D.Future.Model);
    io(S, D.Future.At);
  });
  S.list(T.SiteDetails, [&](SiteDetail &D) {
    S.str(D.VirtualOf);
    S.str(D.ThroughField);
    S.str(D.ThroughName);
    S.str(D.Constructed);
    S.str(D.ConstructedQualified);
    io(S, D.Client);
    S.flag(D.ThreadAffine);
  });
  S.list(T.Declarations, [&](DeclarationRewrite &D) {
    io(S, D.Whole);
    S.str(D.Type);
    S.str(D.Variable);
    S.str(D.Arguments);
  });
  S.list(T.Expansions, [&](Expansion &E) {
    S.list(E.Notes, [&](MacroNote &N) {
      io(S, N.At);
      S.str(N.Text);
    });
  });
  S.list(T.Classes, [&](Class &C) {
    S.str(C.Key);
    S.list(C.Bases, [&](llvm::StringRef &K) { S.str(K); });
    S.flag(C.Moved);
  });
}

/// Do the indices of \p T stay inside its tables? A file that reads well
/// may still be damaged, or written by a tool with a bug.
bool indicesValid(const TUFacts &T) {
  size_t Fns = T.Functions.size(), Files = T.Files.size();
  auto Fn = [&](uint32_t I) { return I < Fns; };
  auto OptFn = [&](uint32_t I) { return I == None || I < Fns; };
  auto At = [&](const Place &P) {
    return (P.File == None || P.File < Files) &&
           (P.Expansion == None || P.Expansion < T.Expansions.size());
  };
  auto In = [&](const Span &S) { return S.File == None || S.File < Files; };
  for (const Site &S : T.Sites) {
    if (!Fn(S.Caller) || !At(S.Loc) || !OptFn(S.AssumedFor) ||
        (S.Detail != None && S.Detail >= T.SinkDetails.size()) ||
        (S.More != None && S.More >= T.SiteDetails.size()) || !In(S.Fix.Call) ||
        !In(S.Fix.Arg0) ||
        (S.Fix.Declaration != None &&
         S.Fix.Declaration >= T.Declarations.size()) ||
        !llvm::all_of(S.Callees, Fn))
      return false;
    for (const Argument &A : S.Args)
      if (!llvm::all_of(A.Callables, Fn))
        return false;
  }
  for (const SinkDetail &D : T.SinkDetails)
    if (!At(D.Future.At))
      return false;
  for (const DeclarationRewrite &D : T.Declarations)
    if (!In(D.Whole))
      return false;
  // A note's place is in a macro's definition, never in an expansion.
  for (const Expansion &E : T.Expansions)
    for (const MacroNote &N : E.Notes)
      if (!At(N.At) || N.At.Expansion != None)
        return false;
  for (const Root &R : T.Roots)
    if (!Fn(R.Function) || !At(R.Loc) || !OptFn(R.RegisteredIn) ||
        R.Runs > ConnectionType::Automatic)
      return false;
  for (const ParameterUse &U : T.ParameterUses)
    if (!Fn(U.Function))
      return false;
  for (const FieldStore &F : T.FieldStores)
    if (!OptFn(F.In) || !At(F.Loc) || !llvm::all_of(F.Callables, Fn))
      return false;
  return llvm::all_of(T.Completers,
                      [&](const Completer &C) { return Fn(C.Function); });
}

} // namespace

uint64_t factsVersion(llvm::StringRef Bytes) {
  if (!Bytes.starts_with(Magic) || Bytes.size() < Magic.size() + 9 ||
      static_cast<uint8_t>(Bytes[Magic.size()]) != Version)
    return 0;
  return llvm::support::endian::read64le(Bytes.data() + Magic.size() + 1);
}

std::string writeFacts(const TUFacts &Facts, const FactsStamp &Stamp) {
  Writer W;
  // Each site and function takes a few dozen bytes.
  W.Body.reserve(64 * (Facts.Sites.size() + Facts.Functions.size()) + 256);
  // The writer only reads through the references it is given.
  io(W, const_cast<TUFacts &>(Facts));
  return W.finish(Stamp);
}

llvm::Expected<std::unique_ptr<LoadedFacts>>
readFacts(std::unique_ptr<llvm::MemoryBuffer> Buffer,
          const FactsStamp *Expected) {
  auto Out = std::make_unique<LoadedFacts>();
  Out->Buffer = std::move(Buffer);
  Reader R(Out->Buffer->getBuffer());
  FactsStamp Stamp;
  if (!R.header(Stamp))
    return llvm::createStringError(
        "%s: not a facts file of this version of eventloop-tidy",
        Out->Buffer->getBufferIdentifier().str().c_str());
  if (Expected && !(Stamp == *Expected))
    return llvm::createStringError(
        "%s: facts of other models or options",
        Out->Buffer->getBufferIdentifier().str().c_str());
  io(R, Out->Facts);
  if (!R.ok() || !R.atEnd() || !indicesValid(Out->Facts))
    return llvm::createStringError(
        "%s: the facts file is damaged",
        Out->Buffer->getBufferIdentifier().str().c_str());
  return std::move(Out);
}

} // namespace clang::tidy::eventloop::facts
