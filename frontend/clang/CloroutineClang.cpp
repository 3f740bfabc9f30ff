//===- CloroutineClang.cpp - Cloroutine's front-end part, a clang plugin --===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Clang decides things while it generates IR that the pass cannot undo: a
// call of a function it believes cannot throw gets no landing pad, a `try`
// around only such calls is dropped, a static function that only an
// annotation names is never emitted, and a mark on one declaration may not
// reach the IR. This plugin runs on the AST before code generation
// (docs/design.md, "The front-end part"):
//
//  * every direct call of a suspend function written in a coroutine's body
//    becomes a call of a declaration named
//    "cloroutine.break:<suspend>:<resume>" that clang knows nothing of, so it
//    may throw and gets the body's landing pads; the pass turns it back into
//    the suspend call and makes it a break (docs/ir.md);
//  * the suspend and resume functions of those breaks are referenced from
//    the body, so that clang emits them whatever their linkage;
//  * a `catch (...)` handler of a try block holding a break first rethrows
//    the destroy's unwinding, so destroying an instance runs no handler;
//  * the marks of every declaration of a function reach every other one,
//    also from a declaration after the function's definition (where clang
//    drops an annotation): with this plugin loaded, the macros of
//    cloroutine.h spell the marks as its own attributes, which it turns into
//    the same annotations;
//  * what cannot be made resumable gets an error in C and C++ terms.
//
//===----------------------------------------------------------------------===//

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Mangle.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Sema/Lookup.h"
#include "clang/Sema/ParsedAttr.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace {

constexpr llvm::StringLiteral MarkSuspend = "cloroutine.suspend";
constexpr llvm::StringLiteral MarkCoroutine = "cloroutine.coroutine";
constexpr llvm::StringLiteral MarkBreak = "cloroutine.break";
/// Added to each coroutine this plugin rewrote (docs/ir.md).
constexpr llvm::StringLiteral MarkExplicit = "cloroutine.explicit-breaks";
constexpr llvm::StringLiteral BreakPrefix = "cloroutine.break:";
constexpr llvm::StringLiteral DestroyingName = "cloroutine.destroying";
constexpr llvm::StringLiteral OpaqueName = "cloroutine.opaque";

bool isMark(const AnnotateAttr *A) {
  return A->getAnnotation().starts_with("cloroutine.");
}

/// The function \p E names: `f`, `&f`, `*f`, `S::f`, a static member as
/// `obj.f` or `p->f`, in parentheses or not;
/// null for a pointer value. Serves annotation arguments and callees.
FunctionDecl *functionNamed(Expr *E) {
  while (E) {
    // Also skips the ConstantExpr around an annotation argument.
    E = E->IgnoreParenImpCasts();
    auto *U = dyn_cast<UnaryOperator>(E);
    if (!U || (U->getOpcode() != UO_Deref && U->getOpcode() != UO_AddrOf))
      break;
    E = U->getSubExpr();
  }
  if (auto *DRE = dyn_cast_or_null<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(DRE->getDecl());
  // A static member function named through an object: `obj.f`, `p->f`.
  if (auto *ME = dyn_cast_or_null<MemberExpr>(E))
    if (auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
        MD && MD->isStatic())
      return MD;
  return nullptr;
}

FunctionDecl *annotationArg(const AnnotateAttr *A, unsigned I) {
  return I < A->args_size() ? functionNamed(A->args_begin()[I]) : nullptr;
}

bool isCoroutine(const FunctionDecl *FD) {
  for (const FunctionDecl *D : FD->redecls())
    for (const auto *A : D->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == MarkCoroutine)
        return true;
  return false;
}

/// The resume function of suspend function \p S for coroutine \p Coro: its
/// own CR_BREAK first, then CR_SUSPEND on any declaration of \p S.
FunctionDecl *resumeOf(const FunctionDecl *Coro, const FunctionDecl *S) {
  const FunctionDecl *Canon = S->getCanonicalDecl();
  for (const FunctionDecl *D : Coro->redecls())
    for (const auto *A : D->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == MarkBreak)
        if (FunctionDecl *Suspend = annotationArg(A, 0))
          if (Suspend->getCanonicalDecl() == Canon)
            return annotationArg(A, 1);
  for (const FunctionDecl *D : S->redecls())
    for (const auto *A : D->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == MarkSuspend)
        return annotationArg(A, 0);
  return nullptr;
}

/// A mark spelled as this plugin's attribute (cloroutine.h uses them when
/// `__has_attribute` sees them): the same annotation as without the plugin,
/// also given to a definition written before the marked declaration, so
/// that clang keeps it instead of dropping it with a warning.
class MarkAttrInfo : public ParsedAttrInfo {
  llvm::StringLiteral Mark;

public:
  MarkAttrInfo(llvm::StringLiteral Mark, unsigned NumArgs,
               ArrayRef<Spelling> Names)
      : Mark(Mark) {
    this->NumArgs = NumArgs;
    Spellings = Names;
  }

  AttrHandling handleDeclAttribute(Sema &S, Decl *D,
                                   const ParsedAttr &A) const override {
    llvm::SmallVector<Expr *, 2> Args;
    for (unsigned I = 0; I < A.getNumArgs(); ++I)
      if (A.isArgExpr(I))
        Args.push_back(A.getArgAsExpr(I));
    if (Args.size() != A.getNumArgs() || !S.ConstantFoldAttrArgs(A, Args))
      return AttributeNotApplied;
    auto *Annotation = AnnotateAttr::Create(S.Context, Mark, Args.data(),
                                            Args.size(), A.getRange());
    D->addAttr(Annotation);
    if (auto *FD = dyn_cast<FunctionDecl>(D))
      if (FunctionDecl *Def = earlierDefinition(S, *FD))
        Def->addAttr(Annotation->clone(S.Context));
    return AttributeApplied;
  }

private:
  /// The definition of the function \p FD redeclares, if one was written
  /// before it.
  static FunctionDecl *earlierDefinition(Sema &S, FunctionDecl &FD) {
    if (!FD.getDeclName().isIdentifier() || FD.isDependentContext())
      return nullptr;
    LookupResult R(S, FD.getDeclName(), FD.getLocation(),
                   Sema::LookupOrdinaryName);
    S.LookupQualifiedName(R, FD.getDeclContext()->getRedeclContext());
    for (NamedDecl *ND : R) {
      auto *Prev = dyn_cast<FunctionDecl>(ND->getUnderlyingDecl());
      FunctionDecl *Def = Prev ? Prev->getDefinition() : nullptr;
      if (!Def)
        continue;
      bool Same =
          S.getLangOpts().CPlusPlus
              ? S.Context.hasSameType(Def->getType(), FD.getType())
              : S.Context.typesAreCompatible(Def->getType(), FD.getType());
      if (Same)
        return Def;
    }
    return nullptr;
  }
};

struct SuspendAttrInfo : MarkAttrInfo {
  static constexpr Spelling Names[] = {
      {ParsedAttr::AS_GNU, "cloroutine_suspend"}};
  SuspendAttrInfo() : MarkAttrInfo(MarkSuspend, 1, Names) {}
};
struct CoroutineAttrInfo : MarkAttrInfo {
  static constexpr Spelling Names[] = {
      {ParsedAttr::AS_GNU, "cloroutine_coroutine"}};
  CoroutineAttrInfo() : MarkAttrInfo(MarkCoroutine, 0, Names) {}
};
struct BreakAttrInfo : MarkAttrInfo {
  static constexpr Spelling Names[] = {
      {ParsedAttr::AS_GNU, "cloroutine_break"}};
  BreakAttrInfo() : MarkAttrInfo(MarkBreak, 2, Names) {}
};

/// Whether a value of type \p A is handed over as one of type \p B: the same
/// type, pointers, or integers of one size (as `int` and `unsigned`).
bool sameRepresentation(const ASTContext &Ctx, QualType A, QualType B) {
  if (Ctx.hasSameUnqualifiedType(A, B))
    return true;
  if (A->isAnyPointerType() && B->isAnyPointerType())
    return true;
  return A->isIntegralOrEnumerationType() && B->isIntegralOrEnumerationType() &&
         !A->isBooleanType() && !B->isBooleanType() &&
         Ctx.getTypeSize(A) == Ctx.getTypeSize(B);
}

/// A temporary that \p S creates and destroys at the end of its
/// full-expression, or null.
const CXXBindTemporaryExpr *destroyedTemporary(const Stmt *S) {
  if (!S)
    return nullptr;
  if (const auto *T = dyn_cast<CXXBindTemporaryExpr>(S))
    return T;
  if (isa<LambdaExpr>(S) || isa<BlockExpr>(S))
    return nullptr;
  for (const Stmt *Child : S->children())
    if (const CXXBindTemporaryExpr *T = destroyedTemporary(Child))
      return T;
  return nullptr;
}

/// The diagnostics, in one place so that their wording stays consistent.
struct Diagnostics {
  DiagnosticsEngine &D;
  unsigned ResumeArgs, ResumeType, CoroutineType, NotTrivial, ParamNotTrivial,
      ParamCallersCopy, ResultNotTrivial, NoExceptions, NoExceptionsCleanup,
      LateSuspend, LateCoroutine, NonStaticMember, DeclaredHere, ObjectHere;

  explicit Diagnostics(DiagnosticsEngine &D) : D(D) {
    using L = DiagnosticsEngine::Level;
    ResumeArgs = D.getCustomDiagID(
        L::Error,
        "cloroutine: resume function %0 of suspend function %1 must take no "
        "arguments");
    ResumeType = D.getCustomDiagID(
        L::Error,
        "cloroutine: resume function %0 returns %1, but suspend function %2 "
        "returns %3: the resume function's result becomes the "
        "suspend call's value");
    CoroutineType = D.getCustomDiagID(
        L::Error,
        "cloroutine: coroutine %0 returns %1, but it breaks on %2, which "
        "returns %3: a break hands its result to whoever runs the "
        "coroutine, as a return does");
    NotTrivial = D.getCustomDiagID(
        L::Error,
        "cloroutine: suspend function %0 returns %1, which is not trivially "
        "copyable: a break's result is handed over as bytes; "
        "return a pointer or a trivially copyable type");
    ParamNotTrivial = D.getCustomDiagID(
        L::Error,
        "cloroutine: parameter %0 of coroutine %1 has type %2, which is not "
        "trivially copyable: parameters are copied into the frame "
        "as bytes; take it by reference or pointer (its referent "
        "must outlive the instance), or as a trivially copyable "
        "type");
    ParamCallersCopy = D.getCustomDiagID(
        L::Error,
        "cloroutine: parameter %0 of coroutine %1 has type %2, which %3 "
        "passes as a pointer to a copy the caller frees when the call "
        "returns, before the instance runs: pass a pointer to memory that "
        "lives as long as the instance");
    ResultNotTrivial = D.getCustomDiagID(
        L::Error, "cloroutine: coroutine %0 returns %1, which is not trivially "
                  "copyable: results are handed over as bytes; return a "
                  "pointer or a trivially copyable type");
    NoExceptions = D.getCustomDiagID(
        L::Error,
        "cloroutine: %0 of type %1 is live across this break, and its "
        "destructor could not run if the instance is destroyed "
        "here: destroying runs destructors by unwinding, and "
        "exceptions are disabled; enable exceptions, or end its "
        "lifetime before the break");
    NoExceptionsCleanup = D.getCustomDiagID(
        L::Error,
        "cloroutine: %0 of type %1 is live across this break, and its "
        "cleanup function %2 could not run if the instance is destroyed "
        "here: destroying runs cleanups by unwinding, and exceptions are "
        "disabled; compile with -fexceptions, or end its lifetime before "
        "the break");
    LateSuspend = D.getCustomDiagID(
        L::Error,
        "cloroutine: %0 is marked as a suspend function only after coroutine "
        "%1 calls it here, so this call was compiled as an "
        "ordinary call; mark a declaration of %0 before the "
        "coroutine");
    LateCoroutine = D.getCustomDiagID(
        L::Error,
        "cloroutine: %0 is marked CR_COROUTINE only after its definition; "
        "mark the definition or a declaration before it");
    NonStaticMember = D.getCustomDiagID(
        L::Error,
        "cloroutine: %0 is a non-static member function: a suspend or resume "
        "function must be a free function or a static member");
    DeclaredHere = D.getCustomDiagID(L::Note, "%0 declared here");
    ObjectHere = D.getCustomDiagID(L::Note, "%0 constructed here");
  }
};

/// Rewrites one coroutine body; see the file comment.
/// Appends to \p N the floating-point leaves of \p T, all of type \p Base:
/// false once \p T is not a homogeneous floating-point aggregate of at most
/// four members (AAPCS64 passes those in registers, whatever their size).
static bool floatLeaves(ASTContext &Ctx, QualType T, QualType &Base,
                        unsigned &N) {
  if (const ConstantArrayType *AT = Ctx.getAsConstantArrayType(T)) {
    for (uint64_t I = 0, E = AT->getSize().getZExtValue(); I < E; ++I)
      if (!floatLeaves(Ctx, AT->getElementType(), Base, N))
        return false;
    return true;
  }
  if (const auto *RT = T->getAs<RecordType>()) {
    const RecordDecl *RD = RT->getDecl();
    if (RD->isUnion())
      return false;
    if (const auto *CXX = dyn_cast<CXXRecordDecl>(RD))
      for (const CXXBaseSpecifier &B : CXX->bases())
        if (!floatLeaves(Ctx, B.getType(), Base, N))
          return false;
    for (const FieldDecl *F : RD->fields())
      if (!floatLeaves(Ctx, F->getType(), Base, N))
        return false;
    return true;
  }
  if (!T->isRealFloatingType())
    return false;
  if (Base.isNull())
    Base = T;
  else if (!Ctx.hasSameUnqualifiedType(Base, T))
    return false;
  return ++N <= 4;
}

/// Whether the target's C ABI passes a \p T argument as a pointer to a copy
/// that the caller makes and frees when the call returns, rather than in
/// registers or as the callee's own copy (byval): AAPCS64 for aggregates
/// over 16 bytes that are not homogeneous floating-point aggregates, the
/// 64-bit RISC-V and LoongArch ABIs for aggregates over 16 bytes. The frame
/// would keep the pointer, and read freed memory after cr_spawn returns.
static bool passedAsCallersCopy(ASTContext &Ctx, QualType T) {
  if (!T->isRecordType())
    return false;
  const llvm::Triple &Target = Ctx.getTargetInfo().getTriple();
  if (Ctx.getTypeSize(T) <= 128)
    return false;
  if (Target.isAArch64()) {
    QualType Base;
    unsigned N = 0;
    return !floatLeaves(Ctx, T, Base, N) || N == 0;
  }
  return (Target.isRISCV() || Target.isLoongArch()) && Target.isArch64Bit();
}

class BodyRewriter : public RecursiveASTVisitor<BodyRewriter> {
  ASTContext &Ctx;
  Diagnostics &Diags;
  FunctionDecl &Coro;
  llvm::function_ref<FunctionDecl *(FunctionDecl *, FunctionDecl *)> Stub;
  llvm::function_ref<FunctionDecl *()> Destroying;
  llvm::function_ref<FunctionDecl *(QualType)> Opaque;
  bool Exceptions;
  /// Whether the body has landing pads for a destroy to unwind through.
  bool Unwinds;

  /// Locals with destructors in the scopes around the current statement.
  llvm::SmallVector<llvm::SmallVector<const VarDecl *, 4>, 8> Scopes;
  /// Per enclosing full-expression: whether it destroys a temporary.
  llvm::SmallVector<const CXXBindTemporaryExpr *, 4> Temporaries;
  /// Per enclosing try block: whether it holds a break.
  llvm::SmallVector<bool, 4> Tries;

public:
  /// Functions the breaks call, to be referenced from the body.
  llvm::SetVector<FunctionDecl *> Used;
  /// Direct calls of functions that are not suspend functions here.
  llvm::SmallVector<std::pair<FunctionDecl *, CallExpr *>, 8> Ordinary;

  BodyRewriter(
      ASTContext &Ctx, Diagnostics &Diags, FunctionDecl &Coro,
      llvm::function_ref<FunctionDecl *(FunctionDecl *, FunctionDecl *)> Stub,
      llvm::function_ref<FunctionDecl *()> Destroying,
      llvm::function_ref<FunctionDecl *(QualType)> Opaque)
      : Ctx(Ctx), Diags(Diags), Coro(Coro), Stub(Stub), Destroying(Destroying),
        Opaque(Opaque), Exceptions(Ctx.getLangOpts().CXXExceptions),
        Unwinds(Ctx.getLangOpts().CPlusPlus ? Exceptions
                                            : Ctx.getLangOpts().Exceptions) {
    Scopes.emplace_back();
  }

  // Not implicit code: a default argument is shared by every call site.
  bool shouldVisitImplicitCode() const { return false; }

  // Calls in other functions' bodies are ordinary calls.
  bool TraverseLambdaExpr(LambdaExpr *E) {
    for (Expr *Init : E->capture_inits())
      if (Init && !TraverseStmt(Init))
        return false;
    return true;
  }
  bool TraverseBlockExpr(BlockExpr *) { return true; }
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseRecordDecl(RecordDecl *) { return true; }

#define CLOROUTINE_SCOPE(CLASS)                                                \
  bool Traverse##CLASS(CLASS *S) {                                             \
    Scopes.emplace_back();                                                     \
    bool Result = RecursiveASTVisitor::Traverse##CLASS(S);                     \
    Scopes.pop_back();                                                         \
    return Result;                                                             \
  }
  CLOROUTINE_SCOPE(CompoundStmt)
  CLOROUTINE_SCOPE(ForStmt)
  CLOROUTINE_SCOPE(CXXForRangeStmt)
  CLOROUTINE_SCOPE(IfStmt)
  CLOROUTINE_SCOPE(WhileStmt)
  CLOROUTINE_SCOPE(SwitchStmt)
  CLOROUTINE_SCOPE(CXXCatchStmt)
#undef CLOROUTINE_SCOPE

  bool TraverseVarDecl(VarDecl *VD) {
    bool Result = RecursiveASTVisitor::TraverseVarDecl(VD);
    if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) &&
        (VD->needsDestruction(Ctx) || extendsDestroyedTemporary(VD) ||
         VD->hasAttr<CleanupAttr>()))
      Scopes.back().push_back(VD);
    return Result;
  }

  bool TraverseExprWithCleanups(ExprWithCleanups *E) {
    Temporaries.push_back(destroyedTemporary(E->getSubExpr()));
    bool Result = RecursiveASTVisitor::TraverseExprWithCleanups(E);
    Temporaries.pop_back();
    return Result;
  }

  bool TraverseCXXTryStmt(CXXTryStmt *S) {
    Tries.push_back(false);
    bool Result = TraverseStmt(S->getTryBlock());
    bool HoldsBreak = Tries.pop_back_val();
    for (unsigned I = 0; Result && I < S->getNumHandlers(); ++I) {
      CXXCatchStmt *H = S->getHandler(I);
      // Only `catch (...)` matches the destroy's forced unwinding.
      if (HoldsBreak && !H->getExceptionDecl() && Exceptions)
        guard(*H);
      Result = TraverseStmt(H);
    }
    return Result;
  }

  bool VisitCallExpr(CallExpr *CE) {
    FunctionDecl *S = functionNamed(CE->getCallee());
    if (!S) {
      // A marked member function called on an object: refused as when
      // named (clang would emit it as a direct call, but no landing pads
      // for its breaks, nor its resume function).
      if (auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
        if (CXXMethodDecl *MD = MC->getMethodDecl();
            MD && resumeOf(&Coro, MD)) {
          Diags.D.Report(CE->getExprLoc(), Diags.NonStaticMember) << MD;
          return true;
        }
      hidePointer(*CE);
      return true;
    }
    if (S == Destroying() || S->getBuiltinID())
      return true;
    FunctionDecl *R = resumeOf(&Coro, S);
    if (!R) {
      Ordinary.push_back({S, CE});
      return true;
    }
    makeBreak(*CE, *S, *R);
    return true;
  }

  /// Makes \p CE, a call of \p S, a break resumed by \p R, if it is right.
  void makeBreak(CallExpr &CE, FunctionDecl &S, FunctionDecl &R) {
    if (check(CE, S, R))
      rewrite(CE, S, R);
  }

private:
  bool extendsDestroyedTemporary(const VarDecl *VD) {
    if (!VD->getType()->isReferenceType() || !VD->getInit())
      return false;
    // IgnoreImplicit and IgnoreParenImpCasts look through the
    // MaterializeTemporaryExpr too.
    const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(
        VD->getInit()->IgnoreParens()->IgnoreImpCasts());
    return MTE && MTE->getExtendingDecl() == VD &&
           MTE->getType().isDestructedType();
  }

  /// Checks break \p CE of \p S resumed by \p R; false if it is wrong.
  bool check(CallExpr &CE, FunctionDecl &S, FunctionDecl &R) {
    SourceLocation Loc = CE.getExprLoc();
    bool Ok = true;
    for (FunctionDecl *F : {&S, &R})
      if (auto *MD = dyn_cast<CXXMethodDecl>(F); MD && !MD->isStatic()) {
        Diags.D.Report(Loc, Diags.NonStaticMember) << F;
        return false;
      }
    if (R.getNumParams() != 0 || R.isVariadic()) {
      Diags.D.Report(Loc, Diags.ResumeArgs) << &R << &S;
      Diags.D.Report(R.getLocation(), Diags.DeclaredHere) << &R;
      Ok = false;
    }
    QualType SR = S.getReturnType(), RR = R.getReturnType();
    if (!sameRepresentation(Ctx, SR, RR)) {
      Diags.D.Report(Loc, Diags.ResumeType) << &R << RR << &S << SR;
      auto Note = Diags.D.Report(R.getLocation(), Diags.DeclaredHere) << &R;
      if (SourceRange Range = R.getReturnTypeSourceRange(); Range.isValid())
        Note << FixItHint::CreateReplacement(
            Range, SR.getAsString(Ctx.getPrintingPolicy()));
      Ok = false;
    }
    QualType CR = Coro.getReturnType();
    if (!CR->isVoidType() && !sameRepresentation(Ctx, SR, CR)) {
      Diags.D.Report(Loc, Diags.CoroutineType) << &Coro << CR << &S << SR;
      Diags.D.Report(S.getLocation(), Diags.DeclaredHere) << &S;
      Ok = false;
    }
    if (!SR->isVoidType() && !SR->isDependentType() &&
        !SR.isTriviallyCopyableType(Ctx)) {
      Diags.D.Report(Loc, Diags.NotTrivial) << &S << SR;
      Ok = false;
    }
    if (!Unwinds) {
      auto Live = [&]() -> const VarDecl * {
        for (auto &Scope : Scopes)
          if (!Scope.empty())
            return Scope.front();
        return nullptr;
      };
      if (const VarDecl *VD = Live()) {
        std::string Name = ("'" + VD->getName() + "'").str();
        if (const auto *Cleanup = VD->getAttr<CleanupAttr>()) {
          Diags.D.Report(Loc, Diags.NoExceptionsCleanup)
              << Name << VD->getType() << Cleanup->getFunctionDecl();
          Diags.D.Report(VD->getLocation(), Diags.DeclaredHere) << VD;
        } else {
          Diags.D.Report(Loc, Diags.NoExceptions) << Name << VD->getType();
          Diags.D.Report(VD->getLocation(), Diags.ObjectHere) << VD;
        }
        Ok = false;
      } else if (!Temporaries.empty() && Temporaries.back()) {
        Diags.D.Report(Loc, Diags.NoExceptions)
            << "a temporary of this expression"
            << Temporaries.back()->getType();
        Ok = false;
      }
    }
    return Ok;
  }

  void rewrite(CallExpr &CE, FunctionDecl &S, FunctionDecl &R) {
    FunctionDecl *Callee = Stub(&S, &R);
    auto *Ref = DeclRefExpr::Create(
        Ctx, NestedNameSpecifierLoc(), SourceLocation(), Callee,
        /*RefersToEnclosingVariableOrCapture=*/false, CE.getExprLoc(),
        Callee->getType(),
        Ctx.getLangOpts().CPlusPlus ? VK_LValue : VK_PRValue);
    Expr *Fn = ImplicitCastExpr::Create(
        Ctx, Ctx.getPointerType(Callee->getType()), CK_FunctionToPointerDecay,
        Ref, nullptr, VK_PRValue, FPOptionsOverride());
    // The object a static member function is named through is still
    // evaluated: `next()->f(x)`.
    if (auto *ME = dyn_cast<MemberExpr>(CE.getCallee()->IgnoreParenImpCasts());
        ME && ME->getBase()->HasSideEffects(Ctx))
      Fn = BinaryOperator::Create(Ctx, ME->getBase(), Fn, BO_Comma,
                                  Fn->getType(), VK_PRValue, OK_Ordinary,
                                  CE.getExprLoc(), FPOptionsOverride());
    CE.setCallee(Fn);
    Used.insert(&S);
    Used.insert(&R);
    for (bool &HoldsBreak : Tries)
      HoldsBreak = true;
  }

  /// Makes a call through a pointer call `cloroutine.opaque(pointer)`'s
  /// result, which the pass marks as written through a pointer: clang folds
  /// a `const` pointer to a known function into a direct call.
  void hidePointer(CallExpr &CE) {
    QualType T = CE.getCallee()->getType();
    if (!T->isFunctionPointerType())
      return;
    CE.setCallee(callOf(*Opaque(T), CE.getCallee(), CE.getExprLoc()));
  }

  /// A call of \p FD, an implicit declaration, with \p Args.
  CallExpr *callOf(FunctionDecl &FD, llvm::ArrayRef<Expr *> Args,
                   SourceLocation Loc) {
    auto *Ref =
        DeclRefExpr::Create(Ctx, NestedNameSpecifierLoc(), SourceLocation(),
                            &FD, false, Loc, FD.getType(), VK_LValue);
    auto *Fn = ImplicitCastExpr::Create(Ctx, Ctx.getPointerType(FD.getType()),
                                        CK_FunctionToPointerDecay, Ref, nullptr,
                                        VK_PRValue, FPOptionsOverride());
    return CallExpr::Create(Ctx, Fn, Args, FD.getReturnType(), VK_PRValue, Loc,
                            FPOptionsOverride());
  }

  /// Makes handler \p H begin with `if (<destroying>) throw;`.
  void guard(CXXCatchStmt &H) {
    SourceLocation Loc = H.getCatchLoc();
    CallExpr *Call = callOf(*Destroying(), {}, Loc);
    auto *Rethrow = new (Ctx) CXXThrowExpr(nullptr, Ctx.VoidTy, Loc, false);
    auto *If = IfStmt::Create(Ctx, Loc, IfStatementKind::Ordinary, nullptr,
                              nullptr, Call, Loc, Loc, Rethrow);
    auto *Old = cast<CompoundStmt>(H.getHandlerBlock());
    llvm::SmallVector<Stmt *, 8> Body{If};
    Body.append(Old->body_begin(), Old->body_end());
    *H.child_begin() = CompoundStmt::Create(
        Ctx, Body,
        Old->hasStoredFPFeatures() ? Old->getStoredFPFeatures()
                                   : FPOptionsOverride(),
        Old->getLBracLoc(), Old->getRBracLoc());
  }
};

class Consumer : public ASTConsumer {
  std::unique_ptr<Diagnostics> Diags;
  std::unique_ptr<ASTNameGenerator> Names;
  /// Canonical declarations of the functions that carry a mark.
  llvm::SetVector<FunctionDecl *> Marked;
  llvm::SmallPtrSet<const FunctionDecl *, 8> Rewritten;
  struct Call {
    FunctionDecl *Coro, *Callee;
    CallExpr *CE;
  };
  llvm::SmallVector<Call, 16> OrdinaryCalls;
  llvm::DenseMap<std::pair<const Decl *, const Decl *>, FunctionDecl *> Stubs;
  FunctionDecl *DestroyingDecl = nullptr;
  llvm::DenseMap<void *, FunctionDecl *> Opaques;

public:
  void Initialize(ASTContext &Ctx) override {
    Diags = std::make_unique<Diagnostics>(Ctx.getDiagnostics());
    Names = std::make_unique<ASTNameGenerator>(Ctx);
  }

  bool HandleTopLevelDecl(DeclGroupRef DG) override {
    for (Decl *D : DG)
      handleDecl(D);
    return true;
  }

  void HandleInlineFunctionDefinition(FunctionDecl *FD) override {
    handleFunction(FD);
  }

  void HandleTranslationUnit(ASTContext &Ctx) override {
    auto Stub = [&](FunctionDecl *S, FunctionDecl *R) {
      return stub(Ctx, *S, *R);
    };
    auto Destroying = [&] { return destroying(Ctx); };
    auto Opaque = [&](QualType T) { return opaque(Ctx, T); };
    // A call of a function marked as a suspend function only later: in C,
    // a break, made here if clang has not yet emitted the coroutine (it
    // emits internal and inline functions at the end), else by the pass;
    // in C++ clang may have emitted it without the landing pads it needs.
    for (const Call &C : OrdinaryCalls) {
      FunctionDecl *R = resumeOf(C.Coro, C.Callee);
      if (!R)
        continue;
      if (Ctx.getLangOpts().CPlusPlus) {
        Diags->D.Report(C.CE->getExprLoc(), Diags->LateSuspend)
            << C.Callee << C.Coro;
      } else if (!C.Coro->isExternallyVisible() || C.Coro->isInlined()) {
        BodyRewriter Late(Ctx, *Diags, *C.Coro, Stub, Destroying, Opaque);
        Late.makeBreak(*C.CE, *C.Callee, *R);
        if (!Late.Used.empty())
          referenceFromBody(Ctx, *C.Coro, Late.Used.getArrayRef());
      }
    }
    for (FunctionDecl *FD : Marked) {
      const FunctionDecl *Def = FD->getDefinition();
      if (Def && isCoroutine(FD) && !Rewritten.contains(Def) &&
          !Def->isDependentContext())
        Diags->D.Report(Def->getLocation(), Diags->LateCoroutine) << Def;
      spreadMarks(Ctx, *FD);
    }
  }

private:
  void handleDecl(Decl *D) {
    if (auto *FD = dyn_cast<FunctionDecl>(D))
      return handleFunction(FD);
    if (isa<NamespaceDecl>(D) || isa<LinkageSpecDecl>(D) ||
        isa<ExportDecl>(D) || isa<CXXRecordDecl>(D))
      for (Decl *Inner : cast<DeclContext>(D)->decls())
        handleDecl(Inner);
  }

  void handleFunction(FunctionDecl *FD) {
    if (llvm::any_of(FD->specific_attrs<AnnotateAttr>(), isMark))
      Marked.insert(FD->getCanonicalDecl());
    if (FD->doesThisDeclarationHaveABody() && !FD->isDependentContext() &&
        !Rewritten.contains(FD) && isCoroutine(FD))
      rewriteCoroutine(*FD);
  }

  void rewriteCoroutine(FunctionDecl &FD) {
    ASTContext &Ctx = FD.getASTContext();
    Rewritten.insert(&FD);
    checkSignature(FD);
    auto Stub = [&](FunctionDecl *S, FunctionDecl *R) {
      return stub(Ctx, *S, *R);
    };
    auto Destroying = [&] { return destroying(Ctx); };
    auto Opaque = [&](QualType T) { return opaque(Ctx, T); };
    BodyRewriter Rewriter(Ctx, *Diags, FD, Stub, Destroying, Opaque);
    Rewriter.TraverseStmt(FD.getBody());
    for (auto [Callee, CE] : Rewriter.Ordinary)
      OrdinaryCalls.push_back({&FD, Callee, CE});
    FD.addAttr(AnnotateAttr::CreateImplicit(Ctx, MarkExplicit, nullptr, 0,
                                            FD.getLocation()));
    if (Rewriter.Used.empty())
      return;
    const auto *FPT = FD.getType()->getAs<FunctionProtoType>();
    if (Ctx.getLangOpts().CXXExceptions && FPT && FPT->isNothrow())
      rethrowAround(Ctx, FD);
    referenceFromBody(Ctx, FD, Rewriter.Used.getArrayRef());
  }

  /// Puts the body of \p FD, a noexcept coroutine, in
  /// `try { ... } catch (...) { throw; }`: clang gives a noexcept body no
  /// cleanups on its way to std::terminate, and destroying an instance
  /// unwinds through them. An exception leaving the body still ends in
  /// std::terminate (after the cleanups, which the standard allows); the
  /// pass lets a destroy's unwinding through (docs/design.md).
  void rethrowAround(ASTContext &Ctx, FunctionDecl &FD) {
    Stmt *Old = FD.getBody();
    SourceLocation Begin = Old->getBeginLoc(), End = Old->getEndLoc();
    auto *Block = dyn_cast<CompoundStmt>(Old);
    if (!Block) // a function-try-block
      Block = CompoundStmt::Create(Ctx, {Old}, FPOptionsOverride(), Begin, End);
    Stmt *Rethrow = new (Ctx) CXXThrowExpr(nullptr, Ctx.VoidTy, End, false);
    Stmt *Handler = new (Ctx) CXXCatchStmt(
        End, nullptr,
        CompoundStmt::Create(Ctx, {Rethrow}, FPOptionsOverride(), End, End));
    Stmt *Try = CXXTryStmt::Create(Ctx, Begin, Block, {Handler});
    FD.setBody(
        CompoundStmt::Create(Ctx, {Try}, FPOptionsOverride(), Begin, End));
  }

  void checkSignature(FunctionDecl &FD) {
    ASTContext &Ctx = FD.getASTContext();
    for (ParmVarDecl *P : FD.parameters()) {
      QualType T = P->getType();
      if (T->isDependentType() || T->isReferenceType())
        continue;
      if (!T.isTriviallyCopyableType(Ctx))
        Diags->D.Report(P->getLocation(), Diags->ParamNotTrivial)
            << P << &FD << T;
      else if (passedAsCallersCopy(Ctx, T))
        Diags->D.Report(P->getLocation(), Diags->ParamCallersCopy)
            << P << &FD << T << Ctx.getTargetInfo().getTriple().getArchName();
    }
    QualType R = FD.getReturnType();
    if (!R->isVoidType() && !R->isDependentType() &&
        !R.isTriviallyCopyableType(Ctx))
      Diags->D.Report(FD.getLocation(), Diags->ResultNotTrivial) << &FD << R;
  }

  /// `(void)&f;` for each of \p Fns at the top of \p FD's body: clang then
  /// emits them, static, inline or template members alike.
  void referenceFromBody(ASTContext &Ctx, FunctionDecl &FD,
                         llvm::ArrayRef<FunctionDecl *> Fns) {
    Stmt *Old = FD.getBody();
    SourceLocation Loc = Old->getBeginLoc();
    llvm::SmallVector<Stmt *, 8> Body;
    for (FunctionDecl *F : Fns) {
      ExprValueKind VK = Ctx.getLangOpts().CPlusPlus ? VK_LValue : VK_PRValue;
      auto *Ref =
          DeclRefExpr::Create(Ctx, NestedNameSpecifierLoc(), SourceLocation(),
                              F, false, Loc, F->getType(), VK);
      F->setReferenced();
      F->markUsed(Ctx);
      auto *Addr = UnaryOperator::Create(
          Ctx, Ref, UO_AddrOf, Ctx.getPointerType(F->getType()), VK_PRValue,
          OK_Ordinary, Loc, false, FPOptionsOverride());
      Body.push_back(ImplicitCastExpr::Create(Ctx, Ctx.VoidTy, CK_ToVoid, Addr,
                                              nullptr, VK_PRValue,
                                              FPOptionsOverride()));
    }
    auto *Compound = dyn_cast<CompoundStmt>(Old);
    if (Compound)
      Body.append(Compound->body_begin(), Compound->body_end());
    else
      Body.push_back(Old); // a function-try-block
    FD.setBody(CompoundStmt::Create(Ctx, Body,
                                    Compound && Compound->hasStoredFPFeatures()
                                        ? Compound->getStoredFPFeatures()
                                        : FPOptionsOverride(),
                                    Loc, Old->getEndLoc()));
  }

  /// The declaration a break of \p S resumed by \p R calls instead of \p S:
  /// the same type, but one that may throw, so that clang gives the call the
  /// landing pads of the cleanups around it.
  FunctionDecl *stub(ASTContext &Ctx, FunctionDecl &S, FunctionDecl &R) {
    FunctionDecl *&Stub = Stubs[{S.getCanonicalDecl(), R.getCanonicalDecl()}];
    if (Stub)
      return Stub;
    QualType T = S.getType();
    if (const auto *FPT = T->getAs<FunctionProtoType>()) {
      FunctionProtoType::ExtProtoInfo EPI = FPT->getExtProtoInfo();
      // Even where neither can throw, destroy unwinds from the break.
      EPI.ExceptionSpec = FunctionProtoType::ExceptionSpecInfo();
      T = Ctx.getFunctionType(FPT->getReturnType(), FPT->getParamTypes(), EPI);
    }
    SourceLocation Loc = S.getLocation();
    Stub =
        FunctionDecl::Create(Ctx, Ctx.getTranslationUnitDecl(), Loc, Loc,
                             &Ctx.Idents.get("__cloroutine_break"), T,
                             Ctx.getTrivialTypeSourceInfo(T, Loc), SC_Extern);
    Stub->setImplicit();
    llvm::SmallVector<ParmVarDecl *, 4> Params;
    if (const auto *FPT = T->getAs<FunctionProtoType>())
      for (QualType P : FPT->getParamTypes()) {
        Params.push_back(ParmVarDecl::Create(
            Ctx, Stub, Loc, Loc, nullptr, P,
            Ctx.getTrivialTypeSourceInfo(P, Loc), SC_None, nullptr));
        Params.back()->setScopeInfo(0, Params.size() - 1);
      }
    Stub->setParams(Params);
    std::string Label =
        (BreakPrefix + Names->getName(&S) + ":" + Names->getName(&R)).str();
    Stub->addAttr(AsmLabelAttr::CreateImplicit(Ctx, Label));
    return Stub;
  }

  /// `bool cloroutine.destroying() noexcept`: true in a catch handler
  /// entered by the destroy's unwinding (the pass decides it).
  FunctionDecl *destroying(ASTContext &Ctx) {
    if (DestroyingDecl)
      return DestroyingDecl;
    FunctionProtoType::ExtProtoInfo EPI;
    EPI.ExceptionSpec.Type = EST_BasicNoexcept;
    QualType T = Ctx.getFunctionType(Ctx.BoolTy, {}, EPI);
    DestroyingDecl = FunctionDecl::Create(
        Ctx, Ctx.getTranslationUnitDecl(), SourceLocation(), SourceLocation(),
        &Ctx.Idents.get("__cloroutine_destroying"), T,
        Ctx.getTrivialTypeSourceInfo(T), SC_Extern);
    DestroyingDecl->setImplicit();
    DestroyingDecl->addAttr(AsmLabelAttr::CreateImplicit(Ctx, DestroyingName));
    return DestroyingDecl;
  }

  /// `T cloroutine.opaque(T)` for a function pointer type \p T: one IR
  /// function, `ptr (ptr)`, for all of them.
  FunctionDecl *opaque(ASTContext &Ctx, QualType T) {
    FunctionDecl *&FD = Opaques[T.getCanonicalType().getAsOpaquePtr()];
    if (FD)
      return FD;
    FunctionProtoType::ExtProtoInfo EPI;
    EPI.ExceptionSpec.Type = EST_BasicNoexcept;
    QualType FT = Ctx.getFunctionType(T, {T}, EPI);
    FD = FunctionDecl::Create(Ctx, Ctx.getTranslationUnitDecl(),
                              SourceLocation(), SourceLocation(),
                              &Ctx.Idents.get("__cloroutine_opaque"), FT,
                              Ctx.getTrivialTypeSourceInfo(FT), SC_Extern);
    FD->setImplicit();
    auto *P = ParmVarDecl::Create(Ctx, FD, SourceLocation(), SourceLocation(),
                                  nullptr, T, Ctx.getTrivialTypeSourceInfo(T),
                                  SC_None, nullptr);
    P->setScopeInfo(0, 0);
    FD->setParams({P});
    FD->addAttr(AsmLabelAttr::CreateImplicit(Ctx, OpaqueName));
    return FD;
  }

  /// Gives every declaration of \p FD the marks of all: clang emits those
  /// of the declaration it happens to use.
  void spreadMarks(ASTContext &Ctx, FunctionDecl &FD) {
    auto Key = [&](const AnnotateAttr *A) {
      std::string K = A->getAnnotation().str();
      for (unsigned I = 0; I < A->args_size(); ++I)
        if (FunctionDecl *F = annotationArg(A, I))
          K += "|" + Names->getName(F);
      return K;
    };
    llvm::StringSet<> Seen;
    llvm::SmallVector<std::pair<std::string, const AnnotateAttr *>, 4> All;
    for (FunctionDecl *D : FD.redecls())
      for (const auto *A : D->specific_attrs<AnnotateAttr>())
        if (isMark(A) && Seen.insert(Key(A)).second)
          All.push_back({Key(A), A});
    for (FunctionDecl *D : FD.redecls()) {
      llvm::StringSet<> Has;
      for (const auto *A : D->specific_attrs<AnnotateAttr>())
        if (isMark(A))
          Has.insert(Key(A));
      for (auto &[K, A] : All)
        if (!Has.contains(K))
          D->addAttr(A->clone(Ctx));
    }
  }
};

class Action : public PluginASTAction {
protected:
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    // Source locations without -g, so that the pass's errors name line and
    // column; the main action's code generator reads this option only once
    // parsing starts.
    CodeGenOptions &Opts = CI.getCodeGenOpts();
    if (Opts.getDebugInfo() == llvm::codegenoptions::NoDebugInfo)
      Opts.setDebugInfo(llvm::codegenoptions::LocTrackingOnly);
    return std::make_unique<Consumer>();
  }
  bool ParseArgs(const CompilerInstance &,
                 const std::vector<std::string> &) override {
    return true;
  }
  ActionType getActionType() override { return AddBeforeMainAction; }
};

} // namespace

static FrontendPluginRegistry::Add<Action>
    X("cloroutine", "Cloroutine's front-end part: breaks, marks, checks");
static ParsedAttrInfoRegistry::Add<SuspendAttrInfo>
    SuspendAttr("cloroutine_suspend", "CR_SUSPEND");
static ParsedAttrInfoRegistry::Add<CoroutineAttrInfo>
    CoroutineAttr("cloroutine_coroutine", "CR_COROUTINE");
static ParsedAttrInfoRegistry::Add<BreakAttrInfo> BreakAttr("cloroutine_break",
                                                            "CR_BREAK");
