// The pass's view of the instance layout (lib/FrameABI.h) agrees with the
// public header's, as clang compiles it for each target: field offsets of
// cr_coro, struct cr__rec, struct cr__desc (and the records by state the
// pass puts after it: cr_done tests the done record's bit) and struct
// cr__place, and the relocate answers.
//
// DEFINE: %{target} =
// DEFINE: %{check} = %clang --target=%{target} -nostdlibinc \
// DEFINE:   -isystem %S/Inputs/libc -I%S/../../include -S -emit-llvm -O1 %s \
// DEFINE:   -o %t.ll && \
// DEFINE: %opt -passes='print<cloroutine-abi>' -disable-output %t.ll \
// DEFINE:   > %t.abi 2>&1 && \
// DEFINE: cat %t.ll %t.abi | FileCheck %s
// REDEFINE: %{target} = x86_64-linux-gnu
// RUN: %{check}
// REDEFINE: %{target} = i686-linux-gnu
// RUN: %{check}
// REDEFINE: %{target} = aarch64-linux-gnu
// RUN: %{check}
// REDEFINE: %{target} = armv7a-linux-gnueabihf
// RUN: %{check}
// REDEFINE: %{target} = thumbv7m-none-eabi
// RUN: %{check}
// REDEFINE: %{target} = riscv64-linux-gnu
// RUN: %{check}
// REDEFINE: %{target} = riscv32-unknown-elf
// RUN: %{check}
// REDEFINE: %{target} = wasm32-wasi
// RUN: %{check}
// REDEFINE: %{target} = avr -mmcu=atmega328p
// RUN: %{check}
// REDEFINE: %{target} = msp430
// RUN: %{check}

#include <cloroutine/cloroutine.h>

#define ALIGNOF(T) __alignof__(T)

const size_t abi_at = offsetof(cr_coro, at);
const size_t abi_end = sizeof(cr_coro);
const size_t abi_align = ALIGNOF(cr_coro);
const size_t abi_rec_step = offsetof(struct cr__rec, step);
const size_t abi_rec_desc = offsetof(struct cr__rec, desc);
const size_t abi_rec_size = sizeof(struct cr__rec);
/* The done state's record, a pointer of padding, then state 0's. */
struct desc_with_records {
  struct cr__desc desc;
  struct cr__rec done;
  void *padding;
  struct cr__rec start;
};
const size_t abi_done_record = offsetof(struct desc_with_records, done);
const size_t abi_records = CR__RECORDS;
const size_t abi_records_at = offsetof(struct desc_with_records, start);
const size_t abi_done_bit = sizeof(void *);
const size_t abi_frame_size = offsetof(struct cr__desc, frame_size);
const size_t abi_frame_align = offsetof(struct cr__desc, frame_align);
const size_t abi_destroy = offsetof(struct cr__desc, destroy);
const size_t abi_relocate = offsetof(struct cr__desc, relocate);
const size_t abi_name = offsetof(struct cr__desc, name);
const size_t abi_alloc = offsetof(struct cr__desc, alloc);
const size_t abi_release = offsetof(struct cr__desc, release);
const size_t abi_other = offsetof(struct cr__desc, other);
const size_t abi_text = offsetof(struct cr__desc, text);
const size_t abi_where = offsetof(struct cr__desc, where);
const size_t abi_places = offsetof(struct cr__desc, places);
const size_t abi_desc_size = sizeof(struct cr__desc);
const size_t abi_where_file = offsetof(struct cr__where, file);
const size_t abi_where_suspend = offsetof(struct cr__where, suspend);
const size_t abi_where_line = offsetof(struct cr__where, line);
const size_t abi_where_column = offsetof(struct cr__where, column);
const size_t abi_where_size = sizeof(struct cr__where);
const cr__state abi_none = CR__NONE;
const size_t abi_place_alloc = offsetof(struct cr__place, alloc);
const size_t abi_place_mem = offsetof(struct cr__place, mem);
const size_t abi_place_cap = offsetof(struct cr__place, cap);
const size_t abi_place_prev = offsetof(struct cr__place, prev);
const size_t abi_place_size = sizeof(struct cr__place);
const size_t abi_malloc_align = CR__MALLOC_ALIGN;
const cr__int32 abi_destructors = CR__REFUSED_DESTRUCTORS;
const cr__int32 abi_unfollowed = CR__REFUSED_UNFOLLOWED;
const size_t abi_relocate_bits =
    8 * sizeof(((struct cr__desc *)0)->relocate(0, 0));

// CHECK: @abi_at = {{.*}}constant i{{16|32|64}} [[AT:[0-9]+]]
// CHECK: @abi_end = {{.*}}constant i{{16|32|64}} [[END:[0-9]+]]
// CHECK: @abi_align = {{.*}}constant i{{16|32|64}} [[ALIGN:[0-9]+]]
// CHECK: @abi_rec_step = {{.*}}constant i{{16|32|64}} [[RSTEP:[0-9]+]]
// CHECK: @abi_rec_desc = {{.*}}constant i{{16|32|64}} [[RDESC:[0-9]+]]
// CHECK: @abi_rec_size = {{.*}}constant i{{16|32|64}} [[RSIZE:[0-9]+]]
// CHECK: @abi_done_record = {{.*}}constant i{{16|32|64}} [[DONEREC:[0-9]+]]
// CHECK: @abi_records = {{.*}}constant i{{16|32|64}} [[RECORDS:[0-9]+]]
// CHECK: @abi_records_at = {{.*}}constant i{{16|32|64}} [[RECORDS]]
// CHECK: @abi_done_bit = {{.*}}constant i{{16|32|64}} [[DONEBIT:[0-9]+]]
// CHECK: @abi_frame_size = {{.*}}constant i{{16|32|64}} [[FSIZE:[0-9]+]]
// CHECK: @abi_frame_align = {{.*}}constant i{{16|32|64}} [[FALIGN:[0-9]+]]
// CHECK: @abi_destroy = {{.*}}constant i{{16|32|64}} [[DESTROY:[0-9]+]]
// CHECK: @abi_relocate = {{.*}}constant i{{16|32|64}} [[RELOCATE:[0-9]+]]
// CHECK: @abi_name = {{.*}}constant i{{16|32|64}} [[NAME:[0-9]+]]
// CHECK: @abi_alloc = {{.*}}constant i{{16|32|64}} [[ALLOC:[0-9]+]]
// CHECK: @abi_release = {{.*}}constant i{{16|32|64}} [[RELEASE:[0-9]+]]
// CHECK: @abi_other = {{.*}}constant i{{16|32|64}} [[OTHER:[0-9]+]]
// CHECK: @abi_text = {{.*}}constant i{{16|32|64}} [[TEXT:[0-9]+]]
// CHECK: @abi_where = {{.*}}constant i{{16|32|64}} [[WHERE:[0-9]+]]
// CHECK: @abi_places = {{.*}}constant i{{16|32|64}} [[PLACES:[0-9]+]]
// CHECK: @abi_desc_size = {{.*}}constant i{{16|32|64}} [[DSIZE:[0-9]+]]
// CHECK: @abi_where_file = {{.*}}constant i{{16|32|64}} [[WFILE:[0-9]+]]
// CHECK: @abi_where_suspend = {{.*}}constant i{{16|32|64}} [[WSUSPEND:[0-9]+]]
// CHECK: @abi_where_line = {{.*}}constant i{{16|32|64}} [[WLINE:[0-9]+]]
// CHECK: @abi_where_column = {{.*}}constant i{{16|32|64}} [[WCOLUMN:[0-9]+]]
// CHECK: @abi_where_size = {{.*}}constant i{{16|32|64}} [[WSIZE:[0-9]+]]
// CHECK: @abi_none = {{.*}}constant i32 [[NONE:-?[0-9]+]]
// CHECK: @abi_place_alloc = {{.*}}constant i{{16|32|64}} [[PALLOC:[0-9]+]]
// CHECK: @abi_place_mem = {{.*}}constant i{{16|32|64}} [[PMEM:[0-9]+]]
// CHECK: @abi_place_cap = {{.*}}constant i{{16|32|64}} [[PCAP:[0-9]+]]
// CHECK: @abi_place_prev = {{.*}}constant i{{16|32|64}} [[PPREV:[0-9]+]]
// CHECK: @abi_place_size = {{.*}}constant i{{16|32|64}} [[PSIZE:[0-9]+]]
// CHECK: @abi_malloc_align = {{.*}}constant i{{16|32|64}} [[MALLOC:[0-9]+]]
// CHECK: @abi_destructors = {{.*}}constant i32 [[DESTRUCTORS:-?[0-9]+]]
// CHECK: @abi_unfollowed = {{.*}}constant i32 [[UNFOLLOWED:-?[0-9]+]]
// CHECK: @abi_relocate_bits = {{.*}}constant i{{16|32|64}} [[RBITS:[0-9]+]]
// CHECK: cr_coro: at [[AT]], end [[END]], align [[ALIGN]]{{$}}
// CHECK-NEXT: cr__rec: step [[RSTEP]], desc [[RDESC]], size [[RSIZE]]; done record [[DONEREC]], records [[RECORDS]], done bit [[DONEBIT]]{{$}}
// CHECK-NEXT: cr__desc: frame_size [[FSIZE]], frame_align [[FALIGN]], destroy [[DESTROY]], relocate [[RELOCATE]], name [[NAME]], alloc [[ALLOC]], release [[RELEASE]], other [[OTHER]], text [[TEXT]], where [[WHERE]], places [[PLACES]], size [[DSIZE]]{{$}}
// CHECK-NEXT: cr__where: file [[WFILE]], suspend [[WSUSPEND]], line [[WLINE]], column [[WCOLUMN]], size [[WSIZE]], none [[NONE]]{{$}}
// CHECK-NEXT: cr__place: alloc [[PALLOC]], mem [[PMEM]], cap [[PCAP]], prev [[PPREV]], size [[PSIZE]]{{$}}
// CHECK-NEXT: malloc align [[MALLOC]]{{$}}
// CHECK-NEXT: relocate: returns i[[RBITS]], destructors [[DESTRUCTORS]], unfollowed [[UNFOLLOWED]]{{$}}
