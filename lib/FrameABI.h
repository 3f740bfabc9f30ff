//===- FrameABI.h - The instance layout the pass emits and the API reads -===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Everything here has a twin in include/cloroutine/cloroutine.h, which the
// cr_* functions compiled into user programs read: the instance header, the
// descriptor, the states and the relocate function's answers. The two must
// agree on every target; test/ABI checks them against each other, from the
// public header as clang compiles it.
//
//===----------------------------------------------------------------------===//

#ifndef CLOROUTINE_FRAMEABI_H
#define CLOROUTINE_FRAMEABI_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Alignment.h"
#include <cstdint>

namespace llvm {
class Constant;
class IRBuilderBase;
class LoadInst;
class Value;
class DataLayout;
class Function;
class GlobalVariable;
class LLVMContext;
class StructType;
class raw_ostream;
} // namespace llvm

namespace cloroutine {

/// struct cr_coro, in front of the slots: { const struct cr__rec *at; },
/// the record of the instance's state in its descriptor.
struct FrameHeader {
  uint64_t AtOffset, Size;
  /// The least any header could be: one pointer (the lower bound's).
  uint64_t LeastSize;
  llvm::Align Alignment;

  explicit FrameHeader(const llvm::DataLayout &DL);
};

/// Where a descriptor as the pass emits it keeps its records (struct
/// cr__rec: { step function, descriptor }): struct cr__desc, the done
/// state's record, a pointer's padding, then one record per state. The
/// descriptor is aligned to two pointers and the done record lies an odd
/// number of pointers from every state's, so that cr_done is a test of one
/// bit of the header.
struct DescriptorLayout {
  uint64_t DoneOffset, RecordsOffset, RecordSize;
  /// The record's fields.
  uint64_t StepOffset, DescOffset;
  /// The bit of a record's address that is set for the done state's only.
  uint64_t DoneBit;
  /// log2(RecordSize): a state from its record's offset.
  unsigned RecordShift;
  llvm::Align Alignment;

  DescriptorLayout(llvm::LLVMContext &Ctx, const llvm::DataLayout &DL);
  /// The offset of state \p State's record (StateDone: the done record's).
  uint64_t recordOffset(uint32_t State) const;
};

/// Bits of the state and of the relocate function's answer (cr__state and
/// cr__int32: 32 bits also where C's int has 16).
inline constexpr unsigned ABIIntBits = 32;

/// cr_coro::state: not started, at break k (1, 2, ...), or done.
inline constexpr uint32_t StateStart = 0;
/// CR__DONE: returned or thrown, or running.
inline constexpr uint32_t StateDone = ~0u;
/// Or'ed into the state of a suspended instance to destroy it (the destroy
/// function's own protocol with the step function; cr_done never sees it).
/// In the header, the record's address plus one.
inline constexpr uint32_t StateDestroying = 1u << 31;

/// The fields of struct cr__desc, in order.
enum DescriptorField : unsigned {
  DescFrameSize,  ///< size_t frame_size
  DescFrameAlign, ///< size_t frame_align
  DescDestroy,    ///< void (*destroy)(cr_coro *), or NULL
  DescRelocate,   ///< int (*relocate)(cr_coro *, const cr_coro *), or NULL
  DescName,       ///< const char *name
  DescAlloc,      ///< void *(*alloc)(size_t size, size_t align), or NULL
  DescRelease,    ///< void (*release)(void *), or NULL: caller's storage
  DescOther,      ///< const struct cr__desc *other
  DescText,       ///< const char *text: the strings where's entries name
  DescWhere,      ///< const struct cr__where *where: by state
  DescPlaces,     ///< size_t places: entries of where (breaks + 1)
  DescNumFields
};

/// The fields of struct cr__where, one entry of a coroutine's table of the
/// places an instance can wait at: its start (entry 0) and each break.
/// All 32 bits; the strings are offsets into the descriptor's text, so that
/// the table is constant data with no relocation.
enum WhereField : unsigned {
  WhereFile,    ///< the file's offset in text, or WhereNone
  WhereSuspend, ///< the suspend function's name's; WhereNone at the start
  WhereLine,
  WhereColumn,
  WhereNumFields
};

/// CR__NONE: no string (no source location; no suspend call).
inline constexpr uint32_t WhereNone = ~0u;

/// The fields of struct cr__place, a spawn's request for storage, which
/// cr_spawn pushes on a per-thread stack while it calls the coroutine.
enum PlaceField : unsigned {
  /// void *(*alloc)(void *mem, size_t cap, size_t size, size_t align), or
  /// NULL for the heap.
  PlaceAlloc,
  PlaceMem,  ///< void *mem: alloc's first argument
  PlaceCap,  ///< size_t cap: its second
  PlacePrev, ///< struct cr__place *prev: the enclosing spawn's request
  PlaceNumFields
};

/// A spawn function's first parameters: the request's alloc, mem and cap
/// (alloc null: the heap).
inline constexpr unsigned SpawnRequestParams = PlacePrev;

/// struct cr__place as an IR type.
llvm::StructType *placeType(llvm::LLVMContext &Ctx, const llvm::DataLayout &DL);

/// struct cr__where as an IR type.
llvm::StructType *whereType(llvm::LLVMContext &Ctx);

/// struct cr__desc as an IR type, for \p DL's size_t and pointers.
llvm::StructType *descriptorType(llvm::LLVMContext &Ctx,
                                 const llvm::DataLayout &DL);

/// struct cr__rec as an IR type.
llvm::StructType *recordType(llvm::LLVMContext &Ctx,
                             const llvm::DataLayout &DL);

/// A descriptor as the pass emits it: struct cr__desc, the done state's
/// record, padding, and the records of \p NumStates states.
llvm::StructType *descriptorWithSteps(llvm::LLVMContext &Ctx,
                                      const llvm::DataLayout &DL,
                                      unsigned NumStates);

/// The initializer of a descriptor as the pass emits it.
llvm::Constant *descriptorValue(llvm::StructType *Ty, llvm::Constant *Desc,
                                llvm::Constant *Done,
                                llvm::ArrayRef<llvm::Constant *> States);

/// The records of \p GV, a descriptor as the pass emits it
/// (descriptorWithSteps), the done state's first; empty for another global.
llvm::SmallVector<llvm::Constant *, 0>
descriptorRecords(const llvm::GlobalVariable &GV);

/// The step function a record names.
llvm::Function *recordStep(llvm::Constant *Record);

/// The step function that \p GV's done record names, if \p GV is a
/// descriptor as the pass emits it.
llvm::Function *doneRecordStep(const llvm::GlobalVariable &GV);

/// A record naming step function \p Step, of descriptor \p GV.
llvm::Constant *makeRecord(llvm::StructType *RecordTy, llvm::Constant *Step,
                           llvm::GlobalVariable *GV);

/// Replaces the step functions that \p GV's records name: state k's by
/// \p States[k] (where not null).
void setDescriptorSteps(llvm::GlobalVariable &GV,
                        llvm::ArrayRef<llvm::Function *> States);

/// Makes \p GV's done record name \p Step.
void setDoneStep(llvm::GlobalVariable &GV, llvm::Function &Step);

/// The descriptors whose done state's record names \p Step: those of the
/// instances of its coroutine.
llvm::SmallVector<llvm::GlobalVariable *, 2>
descriptorsOf(llvm::Function &Step);

/// The descriptor that \p V, the address of one of its records, is in, if
/// it is a constant.
llvm::GlobalVariable *descriptorOfRecord(llvm::Value *V);

/// The step function's reading of its header, in its entry block: the
/// record, the descriptor, and the state.
struct HeaderRead {
  llvm::LoadInst *At = nullptr;
  llvm::LoadInst *Desc = nullptr;
  /// The descriptor's records: where the state stores point.
  llvm::Value *Records = nullptr;
  /// The state number, StateDestroying or'ed in where the record's address
  /// is one past it; not a state where the record is the done state's.
  llvm::Value *State = nullptr;
};

/// Emits, at \p B, the reading of the header of instance \p Frame; with
/// \p Destroying, the state says whether it is being destroyed.
HeaderRead readHeader(llvm::IRBuilderBase &B, llvm::Value *Frame,
                      bool Destroying);

/// The reading of the header of a function that readHeader emitted in its
/// entry block, reading the instance that is its last argument; the state
/// is the entry's switch's condition, if it ends in one.
HeaderRead findHeaderRead(llvm::Function &F);

/// The address of state \p State's record (StateDone: the done one's) in
/// descriptor \p Desc.
llvm::Value *recordAddress(llvm::IRBuilderBase &B, llvm::Value *Desc,
                           uint32_t State);

/// The alignment malloc gives at least (CR__MALLOC_ALIGN): twice a
/// pointer's size, as glibc, musl and wasi-libc give. Frames aligned beyond
/// it are made by aligned_alloc.
uint64_t mallocAlignment(const llvm::DataLayout &DL);

/// What the relocate function returns, and cr__clone stores in *refused.
enum RelocateResult : int {
  RelocateGood = 0,
  RelocateDestructors = -1, ///< objects with destructors are live
  RelocateUnfollowed = -2,  ///< pointers the pass cannot follow are held
};

/// Symbols that every module compiled with the pass shares. The public
/// header declares take, step, place and the frame_* functions, which the
/// pass defines or replaces; it defines the others in each module as
/// linkonce_odr, so that modules compiled apart must agree on them too.
inline constexpr char SymTake[] = "__cloroutine_take";
inline constexpr char SymStep[] = "__cloroutine_step";
inline constexpr char SymDone[] = "__cloroutine_done";
inline constexpr char SymDesc[] = "__cloroutine_desc";
inline constexpr char SymTakeFrom[] = "__cloroutine_take_from";
inline constexpr char SymSpawned[] = "__cloroutine_spawned";
inline constexpr char SymPlace[] = "__cloroutine_place";
inline constexpr char SymPlacing[] = "__cloroutine_placing";
inline constexpr char SymHeapAlloc[] = "__cloroutine_heap_alloc";
inline constexpr char SymHeapAlignedAlloc[] = "__cloroutine_heap_aligned_alloc";
inline constexpr char SymFrameSize[] = "__cloroutine_frame_size";
inline constexpr char SymFrameAlign[] = "__cloroutine_frame_align";
inline constexpr char SymFrameAt[] = "__cloroutine_frame_at";
inline constexpr char SymFrameRoom[] = "__cloroutine_frame_room";
inline constexpr char SymFail[] = "__cloroutine_fail";
inline constexpr char SymUnwind[] = "__cloroutine_unwind";
inline constexpr char SymExceptionFree[] = "__cloroutine_exception_free";
inline constexpr char SymStop[] = "__cloroutine_stop";

/// Function attributes on what the pass makes (docs/ir.md), read again by
/// the late passes and by later compilations of the same IR (LTO).
/// On a lowered coroutine: its symbol now only spawns instances.
inline constexpr llvm::StringLiteral AttrRamp = "cloroutine.ramp";
/// On a lowered coroutine: "<size> <align>" of its frame, for
/// cr_frame_size_of and CR_FRAMES.
inline constexpr llvm::StringLiteral AttrFrame = "cloroutine.frame";
/// On a spawn function: the name of its instances' step function.
inline constexpr llvm::StringLiteral AttrSpawnOf = "cloroutine.spawn";
/// On a step function.
inline constexpr llvm::StringLiteral AttrStep = "cloroutine.step";
/// On a state step (one state's entry): the name of its step function.
inline constexpr llvm::StringLiteral AttrStepOf = "cloroutine.step-of";
/// On a kind step (a step function for one descriptor): the name of the
/// step function it is a copy of.
inline constexpr llvm::StringLiteral AttrKindOf = "cloroutine.kind-of";
/// Metadata on a resume that cloroutine-resolve-steps made a direct call of
/// the step function.
inline constexpr llvm::StringLiteral MDResolved = "cloroutine.resolved";
/// Metadata on the descriptor of a coroutine's instances in storage of the
/// caller's (the other is for instances on the heap).
inline constexpr llvm::StringLiteral MDInPlace = "cloroutine.in-place";

/// Prints the layout for \p DL, in the form test/ABI compares with
/// clang's view of the public header.
void printFrameABI(llvm::raw_ostream &OS, const llvm::DataLayout &DL);

} // namespace cloroutine

#endif // CLOROUTINE_FRAMEABI_H
