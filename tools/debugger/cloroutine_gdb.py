# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Cloroutine's gdb support: a pretty-printer for cr_coro * and
# cr::coroutine<R> (the coroutine's name, where it waits, the variables its
# frame holds there), the commands cr-info EXPR and cr-list, and the
# function $cr_state(EXPR).
#
# gdb loads it by itself from a program built with -g (the pass names it in
# the .debug_gdb_scripts section) once its directory is in gdb's
# auto-load safe-path; or by hand: source <prefix>/share/cloroutine/gdb/
# cloroutine_gdb.py. See docs/debugging.md.

import re

import gdb
import gdb.printing

DONE = 0xFFFFFFFF
DESTROYING = 1 << 31
NONE = 0xFFFFFFFF


def _instance(val):
    """The cr_coro * that val is or holds, or None."""
    t = val.type.strip_typedefs()
    if t.code == gdb.TYPE_CODE_REF:
        val = val.referenced_value()
        t = val.type.strip_typedefs()
    if t.code == gdb.TYPE_CODE_PTR:
        return val
    if t.code == gdb.TYPE_CODE_STRUCT:
        if t.tag == "cr_coro":
            return val.address
        if t.tag and t.tag.startswith("cr::coroutine<"):
            return val["c_"]
    return None


def _string(ptr):
    return ptr.string() if int(ptr) else None


def _table_string(desc, offset):
    """The string at offset in the descriptor's text, or None (CR__NONE)."""
    if int(offset) == NONE:
        return None
    return (desc["text"] + int(offset)).string()


def _header(c):
    """(desc, state): c's descriptor and its state: DONE, or its number,
    DESTROYING or'ed in while it is being destroyed (the header then points
    one past the record)."""
    at = c["at"]
    ptr = at.type.sizeof
    address = int(at)
    record = address & ~1
    desc = gdb.Value(record).cast(at.type).dereference()["desc"]
    if record & ptr:
        return desc, DONE
    # CR__RECORDS: the descriptor, the done record, a pointer of padding.
    first = int(desc) + desc.dereference().type.sizeof + 3 * ptr
    state = (record - first) // (2 * ptr)
    return desc, state | (DESTROYING if state >= 0 and address & 1 else 0)


def where(c):
    """(name, status, state): the coroutine's name, where it is in words,
    and its state number; c is a cr_coro *."""
    desc, state = _header(c)
    name = _string(desc["name"]) or "?"
    if state == DONE:
        return name, "done", state
    if state < 0:
        return name, "corrupt (state %d)" % state, state
    if state & DESTROYING:
        return name, "being destroyed", state
    if state >= int(desc["places"]):
        return name, "corrupt (state %d)" % state, state
    place = desc["where"][state]
    file = _table_string(desc, place["file"])
    at = "%s:%d" % (file, int(place["line"])) if file else "unknown line"
    if state == 0:
        return name, "not started (%s)" % at, state
    suspend = _table_string(desc, place["suspend"])
    return name, "waiting at %s in %s" % (at, suspend), state


def frame_values(c, state):
    """[(name, value)]: the source variables c's frame holds at state, from
    the frame's debug type, which the step function's __cr_frame has."""
    # The step function of the done record, right after struct cr__desc,
    # resumes every state.
    code = gdb.lookup_type("void").pointer().pointer()
    try:
        desc = _header(c)[0]
        step = int((desc + 1).cast(code).dereference())
        block = gdb.block_for_pc(step)
    except RuntimeError:
        return []
    while block is not None and block.function is None:
        block = block.superblock
    if block is None:
        return []
    for sym in block:
        if sym.name == "__cr_frame":
            frame = c.cast(sym.type).dereference()
            break
    else:
        return []
    member = "start" if state == 0 else "break_%d" % state
    states = frame["at"]
    if member not in [f.name for f in states.type.strip_typedefs().fields()]:
        return []
    held = states[member]
    return [(f.name, held[f.name]) for f in held.type.strip_typedefs().fields()]


def describe(c):
    """Lines for cr-info and cr-list."""
    if not int(c):
        return ["null coroutine"]
    name, status, state = where(c)
    lines = ["%s (%s): %s" % (name, c.format_string(raw=True), status)]
    if state != DONE and not state & DESTROYING:
        for var, value in frame_values(c, state):
            lines.append("  %s = %s" % (var, value.format_string()))
    return lines


class InstancePrinter:
    """cr_coro *, struct cr_coro and cr::coroutine<R>."""

    def __init__(self, c):
        self.c = c

    def to_string(self):
        if not int(self.c):
            return "0x0"
        name, status, _ = where(self.c)
        return "%s %s: %s" % (self.c.format_string(raw=True), name, status)

    def children(self):
        if not int(self.c):
            return []
        _, _, state = where(self.c)
        if state == DONE or state & DESTROYING:
            return []
        return frame_values(self.c, state)


def _lookup(val):
    t = val.type.strip_typedefs()
    if t.code == gdb.TYPE_CODE_PTR:
        target = t.target().strip_typedefs()
        if target.code == gdb.TYPE_CODE_STRUCT and target.tag == "cr_coro":
            return InstancePrinter(val)
        return None
    if t.code == gdb.TYPE_CODE_STRUCT and t.tag:
        if t.tag == "cr_coro" or re.match(r"^cr::coroutine<.*>$", t.tag):
            return InstancePrinter(_instance(val))
    return None


class InfoCommand(gdb.Command):
    """cr-info EXPR: where the instance EXPR (a cr_coro * or a
    cr::coroutine<R>) is, and the variables its frame holds there."""

    def __init__(self):
        super().__init__("cr-info", gdb.COMMAND_DATA, gdb.COMPLETE_EXPRESSION)

    def invoke(self, arg, from_tty):
        try:
            c = _instance(gdb.parse_and_eval(arg))
            if c is None:
                raise gdb.GdbError(
                    "cr-info: %s is not a coroutine instance" % arg)
            lines = describe(c.cast(gdb.lookup_type("cr_coro").pointer()))
        except gdb.GdbError:
            raise
        except gdb.error as e:
            # An optimised-out or unreadable value: gdb's own words.
            raise gdb.GdbError("cr-info: %s: %s" % (arg, e))
        for line in lines:
            gdb.write(line + "\n")


class ListCommand(gdb.Command):
    """cr-list: every live instance of a program built with -DCR_REGISTRY."""

    def __init__(self):
        super().__init__("cr-list", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        sym = gdb.lookup_global_symbol("cr__registry") or gdb.lookup_symbol(
            "cr__registry")[0]
        if sym is None:
            raise gdb.GdbError(
                "cr-list: no registry: build every file with -DCR_REGISTRY")
        node = sym.value()["head"]
        count = 0
        while int(node):
            for line in describe(node["c"]):
                gdb.write(line + "\n")
            count += 1
            node = node["next"]
        gdb.write("%d live instance%s\n" % (count, "" if count == 1 else "s"))


class StateFunction(gdb.Function):
    """$cr_state(EXPR): the state number of instance EXPR (a cr_coro *, a
    frame's address or a cr::coroutine<R>): 0 not started, k waiting at
    break k, -1 done (or running); k with bit 31 set while the instance is
    being destroyed from break k."""

    def __init__(self):
        super().__init__("cr_state")

    def invoke(self, val):
        c = _instance(val)
        if c is None:
            raise gdb.GdbError("$cr_state: not a coroutine instance")
        state = _header(c.cast(gdb.lookup_type("cr_coro").pointer()))[1]
        return -1 if state == DONE else state


class _Printer:
    """The collection gdb's `info pretty-printer` lists."""

    name = "cloroutine"
    enabled = True
    subprinters = None

    def __call__(self, val):
        return _lookup(val)


# Once per gdb, however many programs name the script.
if not getattr(gdb, "_cloroutine_loaded", False):
    gdb._cloroutine_loaded = True
    InfoCommand()
    ListCommand()
    StateFunction()
    gdb.printing.register_pretty_printer(None, _Printer(), replace=True)
