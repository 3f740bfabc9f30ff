//===- Dot.cpp - Pictures of a coroutine: its breaks and its frame --------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The counterpart of LLVM's dot-cfg for the pass's own view of a coroutine:
// the blocks after Stage 2 with the breaks, and the frame after Stage 4.
// Each coroutine is copied, the copy split as the pass splits it, analysed,
// drawn and deleted, so that the pictures show what -passes=cloroutine does
// to the function whatever the input, and the module stays as it was.
//
//===----------------------------------------------------------------------===//

#include "Dot.h"
#include "Analyse.h"
#include "Markers.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/CFG.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DebugProgramInstruction.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/ModuleSlotTracker.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/ValueMapper.h"
#include <map>

using namespace llvm;

static cl::opt<std::string>
    DotDir("cloroutine-dot-dir", cl::init("."), cl::value_desc("directory"),
           cl::desc("Where dot-cloroutine writes its .dot files"));
static cl::opt<bool> DotInstructions(
    "cloroutine-dot-instructions", cl::init(false),
    cl::desc("dot-cloroutine: list every instruction in each block"));

namespace cloroutine {

namespace {

// Colours of the pictures, in one place.
constexpr const char *BreakColour = "#c62828";
constexpr const char *SuspendFill = "#fde0dc";
constexpr const char *ResumeFill = "#dcedc8";
constexpr const char *PadFill = "#eeeeee";
constexpr const char *HeaderFill = "#e0e0e0";
constexpr const char *ValueFill = "#fff3c4";
constexpr const char *LocalFill = "#d7e9f7";

/// Escapes \p S for a quoted DOT string; its lines are left-justified
/// unless \p Centred.
std::string dotEscape(StringRef S, bool Centred = false) {
  std::string Out;
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    if (C == '\n') {
      Out += Centred ? "\\n" : "\\l";
      continue;
    }
    Out += C;
  }
  return Out;
}

/// "1 break", "2 breaks".
std::string plural(size_t N, StringRef Noun) {
  return std::to_string(N) + " " + Noun.str() + (N == 1 ? "" : "s");
}

/// Escapes \p S for a Graphviz HTML-like label.
std::string htmlEscape(StringRef S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '&':
      Out += "&amp;";
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '"':
      Out += "&quot;";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

/// Names values as the IR printer does (%name, or %N for unnamed ones),
/// followed by the source variables that debug information gives them.
class Namer {
  ModuleSlotTracker MST;
  DenseMap<const Value *, SmallVector<StringRef, 1>> Variables;

public:
  explicit Namer(const Function &F) : MST(F.getParent()) {
    MST.incorporateFunction(F);
    // A value is a variable where a record says so with no expression
    // (a declare's address; a value itself).
    for (const BasicBlock &BB : F)
      for (const Instruction &I : BB)
        for (const DbgVariableRecord &CR :
             filterDbgVars(I.getDbgRecordRange())) {
          auto &R = const_cast<DbgVariableRecord &>(CR); // getters not const
          if (R.getExpression()->getNumElements() || R.hasArgList())
            continue;
          const Value *V =
              R.isDbgValue() ? R.getVariableLocationOp(0) : R.getAddress();
          StringRef Var = R.getVariable()->getName();
          auto &Vars = Variables[V];
          if (V && !Var.empty() && Var != V->getName() &&
              !is_contained(Vars, Var))
            Vars.push_back(Var);
        }
  }
  std::string operator()(const Value *V) {
    std::string S;
    raw_string_ostream OS(S);
    V->printAsOperand(OS, /*PrintType=*/false, MST);
    auto It = Variables.find(V);
    if (It != Variables.end() && !It->second.empty()) {
      OS << " (";
      ListSeparator LS;
      for (StringRef Var : It->second)
        OS << LS << Var;
      OS << ")";
    }
    return S;
  }
  std::string instruction(const Instruction &I) {
    std::string S;
    raw_string_ostream OS(S);
    I.print(OS, MST);
    StringRef T = StringRef(S).trim();
    if (T.size() > 100)
      return (T.take_front(97) + "...").str();
    return T.str();
  }
};

/// Appends "Title: a, b, c" to \p Out, three names a line.
void appendList(std::string &Out, StringRef Title,
                ArrayRef<std::string> Names) {
  if (Names.empty())
    return;
  Out += "\n";
  Out += Title;
  Out += ":";
  for (unsigned I = 0; I < Names.size(); ++I) {
    if (I && I % 3 == 0)
      Out += "\n   ";
    Out += " ";
    Out += Names[I];
    if (I + 1 < Names.size())
      Out += ",";
  }
}

/// "%name @offset" for item \p I.
std::string itemName(Namer &Name, const SlotsInfo &Slots, unsigned I) {
  return Name(Slots.Items[I].V) + " @" + std::to_string(Slots.Items[I].Offset);
}

/// The live set of break \p K, as lines of text.
std::string liveSet(Namer &Name, const SlotsInfo &Slots, unsigned K,
                    StringRef HeldTitle) {
  std::string Out;
  SmallVector<std::string, 8> Held, Remat, Locals;
  for (unsigned I : Slots.Plans[K].Spills)
    Held.push_back(itemName(Name, Slots, I));
  for (Instruction *I : Slots.Plans[K].Remats)
    Remat.push_back(Name(I));
  for (unsigned I = 0; I < Slots.Items.size(); ++I)
    if (Slots.Items[I].IsLocal && is_contained(Slots.Items[I].Breaks, K))
      Locals.push_back(itemName(Name, Slots, I));
  appendList(Out, HeldTitle, Held);
  appendList(Out, "recomputed", Remat);
  appendList(Out, "frame locals", Locals);
  return Out;
}

} // namespace

void writeBlockGraph(raw_ostream &OS, const Function &F, StringRef Name,
                     const BlocksInfo &Blocks, const SlotsInfo *Slots,
                     StringRef Why) {
  Namer Names(F);
  DenseMap<const BasicBlock *, unsigned> Id;
  for (const BasicBlock &BB : F)
    Id[&BB] = Id.size();

  std::string Title = "coroutine '" + Name.str() +
                      "': " + plural(Blocks.Breaks.size(), "break");
  if (Slots)
    Title += ", frame " + std::to_string(Slots->FrameSize) +
             " bytes (lower bound " + std::to_string(Slots->LowerBound) + ")";
  if (!Why.empty())
    Title += "\nnot lowered: " + Why.str();
  OS << "digraph \"cloroutine of '" << dotEscape(Name) << "'\" {\n"
     << "  graph [label=\"" << dotEscape(Title, /*Centred=*/true)
     << "\", labelloc=t, fontname=Helvetica];\n"
     << "  node [shape=box, fontname=Helvetica, fontsize=10];\n"
     << "  edge [fontname=Helvetica, fontsize=9];\n";

  // The instance's making: the parameters stored at spawn.
  std::string Spawn = "spawn";
  if (Slots)
    Spawn += liveSet(Names, *Slots, 0, "held from the start");
  OS << "  spawn [shape=oval, label=\"" << dotEscape(Spawn) << "\\l\"];\n"
     << "  spawn -> b0 [label=\"start\"];\n";

  for (const BasicBlock &BB : F) {
    std::string Label = Names(&BB);
    auto Cont = Blocks.BreakOfCont.find(&BB);
    if (Cont != Blocks.BreakOfCont.end()) {
      const Break &B = Blocks.Breaks[Cont->second - 1];
      Label += "\nresumed at break " + std::to_string(B.Index) + ": @" +
               (B.Resume ? B.Resume->getName().str() : "?") + "()";
    }
    if (DotInstructions)
      for (const Instruction &I : BB)
        Label += "\n  " + Names.instruction(I);
    unsigned End = Blocks.breakEnding(BB);
    if (End)
      Label +=
          "\nsuspends at break " + std::to_string(End) + ": @" +
          Blocks.Breaks[End - 1].Suspend->getCalledFunction()->getName().str() +
          "()";
    const Instruction *T = BB.getTerminator();
    if (T && isa<ReturnInst>(T))
      Label += "\nreturn";
    else if (T && isa<ResumeInst>(T))
      Label += "\nresume unwinding";
    OS << "  b" << Id[&BB] << " [label=\"" << dotEscape(Label) << "\\l\"";
    if (End)
      OS << ", style=filled, fillcolor=\"" << SuspendFill << "\"";
    else if (Cont != Blocks.BreakOfCont.end())
      OS << ", style=filled, fillcolor=\"" << ResumeFill << "\"";
    else if (BB.isEHPad())
      OS << ", style=filled, fillcolor=\"" << PadFill << "\"";
    if (&BB == &F.getEntryBlock())
      OS << ", penwidth=2";
    OS << "];\n";
  }

  for (const BasicBlock &BB : F) {
    const Instruction *T = BB.getTerminator();
    if (!T)
      continue;
    unsigned End = Blocks.breakEnding(BB);
    const Break *B = End ? &Blocks.Breaks[End - 1] : nullptr;
    SmallPtrSet<const BasicBlock *, 4> Seen;
    for (const BasicBlock *S : successors(&BB)) {
      if (!Seen.insert(S).second)
        continue;
      OS << "  b" << Id[&BB] << " -> b" << Id[S];
      if (B && S == B->Cont) {
        std::string Label = "break " + std::to_string(B->Index) + ": @" +
                            B->Suspend->getCalledFunction()->getName().str() +
                            " / @" +
                            (B->Resume ? B->Resume->getName().str() : "?");
        if (const DebugLoc &DL = B->Suspend->getDebugLoc())
          Label += ", line " + std::to_string(DL.getLine());
        if (Slots)
          Label += liveSet(Names, *Slots, B->Index, "held");
        OS << " [color=\"" << BreakColour << "\", fontcolor=\"" << BreakColour
           << "\", penwidth=2.5, label=\"" << dotEscape(Label) << "\\l\"]";
      } else if (auto *II = dyn_cast<InvokeInst>(T);
                 II && S == II->getUnwindDest()) {
        OS << " [style=dashed, label=\"unwind\"]";
      }
      OS << ";\n";
    }
  }
  OS << "}\n";
}

void writeFrameGraph(raw_ostream &OS, const Function &F, StringRef Name,
                     const BlocksInfo &Blocks, const SlotsInfo &Slots) {
  Namer Names(F);
  FrameHeader Header(F.getDataLayout());
  unsigned States = Slots.Plans.size(); // start, then one per break
  uint64_t PtrSize = F.getDataLayout().getPointerSize();

  // Rows: byte ranges, the items that use each.
  std::map<std::pair<uint64_t, uint64_t>, SmallVector<unsigned, 2>> Ranges;
  for (unsigned I = 0; I < Slots.Items.size(); ++I)
    Ranges[{Slots.Items[I].Offset, Slots.Items[I].Offset + Slots.Items[I].Size}]
        .push_back(I);

  std::string Title =
      "frame of '" + Name.str() + "': " + std::to_string(Slots.FrameSize) +
      " bytes (lower bound " + std::to_string(Slots.LowerBound) +
      "), aligned to " + std::to_string(Slots.FrameAlign.value()) + "; " +
      plural(Slots.Items.size(), "item") + ", " +
      std::to_string(Slots.NumShared) + " sharing bytes";
  OS << "digraph \"frame of '" << dotEscape(Name) << "'\" {\n"
     << "  graph [label=\"" << dotEscape(Title, /*Centred=*/true)
     << "\", labelloc=t, fontname=Helvetica];\n"
     << "  node [shape=plaintext, fontname=Helvetica, fontsize=10];\n"
     << "  frame [label=<\n"
     << "<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" "
        "cellpadding=\"4\">\n";

  auto Range = [](uint64_t Begin, uint64_t End) {
    return "[" + std::to_string(Begin) + ", " + std::to_string(End) + ")";
  };
  // Column heads: the resume points, with their suspend functions.
  OS << "<tr><td><b>bytes</b></td><td><b>start</b></td>";
  for (const Break &B : Blocks.Breaks)
    OS << "<td><b>break " << B.Index << "</b><br/>@"
       << htmlEscape(B.Suspend->getCalledFunction()->getName()) << "</td>";
  OS << "</tr>\n";
  auto Spanning = [&](uint64_t Begin, uint64_t End, StringRef What,
                      const char *Fill) {
    OS << "<tr><td>" << Range(Begin, End) << "</td><td colspan=\"" << States
       << "\"";
    if (Fill)
      OS << " bgcolor=\"" << Fill << "\"";
    OS << ">" << htmlEscape(What) << "</td></tr>\n";
  };
  Spanning(Header.AtOffset, Header.AtOffset + PtrSize, "header: record",
           HeaderFill);

  uint64_t Covered = Header.Size;
  for (const auto &[R, Members] : Ranges) {
    if (R.first > Covered)
      Spanning(Covered, R.first, "(padding)", nullptr);
    Covered = std::max(Covered, R.second);
    OS << "<tr><td>" << Range(R.first, R.second) << "</td>";
    for (unsigned K = 0; K < States; ++K) {
      // At most one member holds the range at a resume point: two items
      // held at a common break never share bytes.
      const SlotItem *Held = nullptr;
      for (unsigned I : Members)
        if (is_contained(Slots.Items[I].Breaks, K))
          Held = &Slots.Items[I];
      if (!Held) {
        OS << "<td></td>";
        continue;
      }
      OS << "<td bgcolor=\"" << (Held->IsLocal ? LocalFill : ValueFill) << "\">"
         << htmlEscape(Names(Held->V)) << "</td>";
    }
    OS << "</tr>\n";
  }
  if (Slots.FrameSize > Covered)
    Spanning(Covered, Slots.FrameSize, "(padding)", nullptr);

  // What each break recomputes instead of storing.
  bool AnyRemat =
      any_of(Slots.Plans, [](const BreakPlan &P) { return !P.Remats.empty(); });
  if (AnyRemat) {
    OS << "<tr><td>recomputed</td>";
    for (unsigned K = 0; K < States; ++K) {
      OS << "<td>";
      for (unsigned J = 0; J < Slots.Plans[K].Remats.size(); ++J)
        OS << (J ? "<br/>" : "") << htmlEscape(Names(Slots.Plans[K].Remats[J]));
      OS << "</td>";
    }
    OS << "</tr>\n";
  }
  OS << "<tr><td>legend</td><td colspan=\"" << States
     << "\"><table border=\"0\" cellspacing=\"2\"><tr>"
     << "<td bgcolor=\"" << ValueFill << "\">value held</td>"
     << "<td bgcolor=\"" << LocalFill << "\">frame local</td>"
     << "<td bgcolor=\"" << HeaderFill << "\">header</td>"
     << "</tr></table></td></tr>\n";
  OS << "</table>>];\n}\n";
}

namespace {

/// A file name for \p Symbol: characters other than letters, digits, '.',
/// '_', '-' and '$' become '_'.
std::string fileName(StringRef Symbol, StringRef Suffix) {
  std::string S = "cloroutine.";
  for (char C : Symbol)
    S += isAlnum(C) || StringRef("._-$").contains(C) ? C : '_';
  S += Suffix;
  SmallString<128> Path(DotDir);
  sys::path::append(Path, S);
  return std::string(Path);
}

template <typename WriterT>
void writeFile(const std::string &Path, WriterT Write) {
  errs() << "Writing '" << Path << "'...";
  std::error_code EC;
  raw_fd_ostream File(Path, EC, sys::fs::OF_Text);
  if (EC) {
    errs() << "  error opening file for writing: " << EC.message() << "\n";
    return;
  }
  Write(File);
  errs() << "\n";
}

} // namespace

PreservedAnalyses DotPass::run(Function &F, FunctionAnalysisManager &FAM) {
  if (!isCoroutine(F) || F.isDeclaration())
    return PreservedAnalyses::all();
  // A copy split as the pass would split it; the original stays as it is.
  ValueToValueMapTy VMap;
  Function *Copy = CloneFunction(&F, VMap);
  Copy->setName(F.getName() + ".cr.dot");
  {
    AnalysedCoroutine A = analyseCoroutine(*Copy, FAM);
    const BlocksInfo &Blocks = A.Blocks;
    const SlotsInfo *Slots = A.Slots;
    std::string Why;
    for (const Problem &P : A.Problems)
      Why += (Why.empty() ? "" : "; ") + P.Message;
    std::string Name = sourceName(F);
    writeFile(fileName(F.getName(), ".dot"), [&](raw_ostream &OS) {
      writeBlockGraph(OS, *Copy, Name, Blocks, Slots, Why);
    });
    if (Slots)
      writeFile(fileName(F.getName(), ".frame.dot"), [&](raw_ostream &OS) {
        writeFrameGraph(OS, *Copy, Name, Blocks, *Slots);
      });
  }
  FAM.clear(*Copy, Copy->getName());
  Copy->eraseFromParent();
  return PreservedAnalyses::all();
}

} // namespace cloroutine
