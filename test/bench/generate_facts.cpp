//===--- generate_facts.cpp - Facts of a synthetic program ------*- C++ -*-===//
//
// For the link benchmark (test/bench/link.sh, docs/benchmarks.md): writes
// the facts files of a program of N functions, in TUs of F functions each,
// as extraction would have written them for C code. A TU's functions form
// modules of ten: each calls the next, and the tenth calls the first of the
// same module in the next TU (declared there, defined elsewhere: the link
// resolves it). In the TUs of odd number the tenth function of a module
// sleeps; in the others the first function of every tenth module is a
// callback registered with a loop. So each callback has a path of about
// twenty calls across a TU boundary to a sink, as helpers of real programs
// have, and there is a finding per hundred functions of half the TUs.
//
//   eventloop-generate-facts N F OUT-DIR
//
//===----------------------------------------------------------------------===//

#include "../../checker/extract/Extract.h"
#include "../../checker/facts/FactsFile.h"
#include "../../checker/models/Model.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>
#include <string>

using namespace clang::tidy::eventloop;

namespace {

/// The model and rule index of the blocking `::sleep` and of the first
/// registration of the model that has it (libuv's uv_timer_start, say).
struct Rules {
  facts::RuleRef Sleep, Register;
  llvm::StringRef RegisterApi;
};

Rules findRules() {
  Rules R;
  llvm::ArrayRef<const FrameworkModel *> Models = allModels();
  for (uint16_t M = 0; M < Models.size(); ++M) {
    for (uint16_t I = 0; I < Models[M]->Sinks.size(); ++I)
      if (Models[M]->Sinks[I].Callee == "::sleep")
        R.Sleep = {M, I};
    if (!R.Register.valid() && !Models[M]->Registrations.empty()) {
      R.Register = {M, 0};
      R.RegisterApi = Models[M]->Registrations[0].Callee;
    }
  }
  return R;
}

std::string functionKey(unsigned Unit, unsigned I) {
  return "c:@F@f_" + std::to_string(Unit) + "_" + std::to_string(I);
}

facts::TUFacts makeUnit(llvm::StringRef Dir, unsigned Unit, unsigned Units,
                        unsigned PerUnit, const Rules &R,
                        llvm::StringSaver &Strings) {
  facts::TUFacts TU;
  TU.MainFile = Strings.save(Dir + "/unit" + llvm::Twine(Unit) + ".c");
  TU.Files.push_back({TU.MainFile, Unit});
  auto At = [](uint32_t Line) {
    facts::Place P;
    P.File = 0;
    P.Offset = Line * 40;
    P.Line = Line;
    P.Column = 3;
    return P;
  };
  for (unsigned I = 0; I < PerUnit; ++I) {
    facts::Function F;
    F.Key = Strings.save(functionKey(Unit, I));
    F.Name = Strings.save("'f_" + std::to_string(Unit) + "_" +
                          std::to_string(I) + "'");
    F.Api = F.Name.drop_front().drop_back();
    F.Defined = true;
    TU.Functions.push_back(F);
  }
  // The first function of each module of the next TU, declared here.
  unsigned NextUnit = (Unit + 1) % Units;
  uint32_t FirstNext = TU.Functions.size();
  for (unsigned I = 0; I < PerUnit; I += 10) {
    facts::Function Next;
    Next.Key = Strings.save(functionKey(NextUnit, I));
    Next.Name = Strings.save("'f_" + std::to_string(NextUnit) + "_" +
                             std::to_string(I) + "'");
    Next.Api = Next.Name.drop_front().drop_back();
    TU.Functions.push_back(Next);
  }

  for (unsigned I = 0; I < PerUnit; ++I) {
    unsigned Module = I / 10, Position = I % 10;
    facts::Site Call;
    Call.Caller = I;
    Call.Loc = At(I * 4 + 2);
    uint32_t Callee = Position < 9 ? I + 1 : FirstNext + Module;
    Call.Callees.push_back(Callee);
    Call.Api = TU.Functions[Callee].Api;
    TU.Sites.push_back(Call);
    if (Position == 9 && Unit % 2 == 1) {
      facts::Site Sleep;
      Sleep.Caller = I;
      Sleep.Loc = At(I * 4 + 3);
      Sleep.Api = "sleep";
      Sleep.Sink = R.Sleep;
      Sleep.SinkKind = static_cast<uint8_t>(SinkKind::Blocking);
      TU.Sites.push_back(Sleep);
    }
    if (Position == 0 && Module % 10 == 0 && Unit % 2 == 0) {
      facts::Root Root;
      Root.Function = I;
      Root.Loc = At(I * 4 + 1);
      Root.Api = R.RegisterApi;
      Root.Model = R.Register;
      Root.Loop.K = facts::LoopValue::Object;
      Root.Loop.Key = "c:@loop";
      Root.Loop.Name = "loop";
      TU.Roots.push_back(Root);
    }
  }
  return TU;
}

} // namespace

int main(int Argc, char **Argv) {
  if (Argc != 4) {
    llvm::errs()
        << "usage: eventloop-generate-facts FUNCTIONS PER-TU OUT-DIR\n";
    return 2;
  }
  unsigned N = std::strtoul(Argv[1], nullptr, 10);
  unsigned PerUnit = std::strtoul(Argv[2], nullptr, 10);
  if (!N || !PerUnit || N % PerUnit || PerUnit % 100) {
    llvm::errs() << "FUNCTIONS must be a multiple of PER-TU, and PER-TU of "
                    "100\n";
    return 2;
  }
  unsigned Units = N / PerUnit;
  llvm::SmallString<256> Out(Argv[3]);
  llvm::sys::fs::create_directories(Out);
  llvm::sys::fs::make_absolute(Out);
  Rules R = findRules();
  facts::FactsStamp Stamp = factsStamp(AnalysisOptions());
  uint64_t Bytes = 0;
  for (unsigned Unit = 0; Unit < Units; ++Unit) {
    llvm::BumpPtrAllocator Arena;
    llvm::StringSaver Strings(Arena);
    std::string Written = facts::writeFacts(
        makeUnit(Out, Unit, Units, PerUnit, R, Strings), Stamp);
    llvm::SmallString<256> Path(Out);
    llvm::sys::path::append(Path, "unit" + std::to_string(Unit) + ".facts");
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    if (EC) {
      llvm::errs() << "cannot write " << Path << ": " << EC.message() << '\n';
      return 1;
    }
    OS << Written;
    Bytes += Written.size();
  }
  llvm::outs() << N << " functions in " << Units << " facts files, " << Bytes
               << " bytes\n";
  return 0;
}
