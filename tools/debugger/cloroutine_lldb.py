# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Cloroutine's lldb support, the twin of cloroutine_gdb.py: a summary and
# synthetic children for cr_coro *, struct cr_coro and cr::coroutine<R> (the
# coroutine's name, where it waits, the variables its frame holds there),
# and the commands cr-info EXPR and cr-list.
#
# lldb does not load it by itself: command script import <prefix>/share/
# cloroutine/lldb/cloroutine_lldb.py (or put that line in ~/.lldbinit).
# See docs/debugging.md.

import lldb

DONE = 0xFFFFFFFF
DESTROYING = 1 << 31
NONE = 0xFFFFFFFF
CATEGORY = "cloroutine"


def _instance(val):
    """The cr_coro * that val is or holds, or None; raw, since the
    synthetic children would hide the members read here."""
    val = val.GetNonSyntheticValue()
    if val.GetType().GetCanonicalType().IsReferenceType():
        val = val.Dereference().GetNonSyntheticValue()
    t = val.GetType().GetCanonicalType().GetUnqualifiedType()
    if t.IsPointerType():
        return val
    name = t.GetName()
    if name == "cr_coro":
        return val.AddressOf().GetNonSyntheticValue()
    if name.startswith("cr::coroutine<"):
        return val.GetChildMemberWithName("c_").GetNonSyntheticValue()
    return None


def _string(ptr):
    """The C string ptr points to, or None for NULL."""
    addr = ptr.GetValueAsUnsigned()
    if not addr:
        return None
    error = lldb.SBError()
    s = ptr.GetProcess().ReadCStringFromMemory(addr, 4096, error)
    return s if error.Success() else "?"


def _table_string(desc, offset):
    """The string at offset in the descriptor's text, or None (CR__NONE)."""
    offset = offset.GetValueAsUnsigned()
    if offset == NONE:
        return None
    text = desc.GetChildMemberWithName("text").GetValueAsUnsigned()
    error = lldb.SBError()
    s = desc.GetProcess().ReadCStringFromMemory(text + offset, 4096, error)
    return s if error.Success() else "?"


def _header(c):
    """(desc, state): the descriptor (a value) of c, a cr_coro *, and its
    state: DONE, or its number, DESTROYING or'ed in while it is being
    destroyed (the header then points one past the record)."""
    c = c.Dereference().GetNonSyntheticValue()
    at = c.GetChildMemberWithName("at")
    ptr = at.GetByteSize()
    address = at.GetValueAsUnsigned()
    record = address & ~1
    rec_type = at.GetType().GetPointeeType()
    desc_ptr = c.CreateValueFromAddress(
        "record", record, rec_type).GetChildMemberWithName("desc")
    desc = desc_ptr.Dereference()
    if record & ptr:
        return desc, DONE
    # CR__RECORDS: the descriptor, the done record, a pointer of padding.
    first = (desc_ptr.GetValueAsUnsigned() +
             desc_ptr.GetType().GetPointeeType().GetByteSize() + 3 * ptr)
    state = (record - first) // (2 * ptr)
    return desc, state | (DESTROYING if state >= 0 and address & 1 else 0)


def where(c):
    """(name, status, state): the coroutine's name, where it is in words,
    and its state number; c is a cr_coro *."""
    desc, state = _header(c)
    name = _string(desc.GetChildMemberWithName("name")) or "?"
    if state == DONE:
        return name, "done", state
    if state < 0:
        return name, "corrupt (state %d)" % state, state
    if state & DESTROYING:
        return name, "being destroyed", state
    if state >= desc.GetChildMemberWithName("places").GetValueAsUnsigned():
        return name, "corrupt (state %d)" % state, state
    table = desc.GetChildMemberWithName("where")
    entry = table.GetType().GetPointeeType()
    place = table.CreateValueFromAddress(
        "where", table.GetValueAsUnsigned() + state * entry.GetByteSize(),
        entry)
    file = _table_string(desc, place.GetChildMemberWithName("file"))
    line = place.GetChildMemberWithName("line").GetValueAsUnsigned()
    at = "%s:%d" % (file, line) if file else "unknown line"
    if state == 0:
        return name, "not started (%s)" % at, state
    suspend = _table_string(desc, place.GetChildMemberWithName("suspend"))
    return name, "waiting at %s in %s" % (at, suspend), state


def frame_values(c, state):
    """[SBValue]: the source variables c's frame holds at state, from the
    frame's debug type, which the step function's __cr_frame has (its type
    is there even where optimisation left it no location)."""
    target = c.GetTarget()
    # The step function of the done record, right after struct cr__desc,
    # resumes every state.
    desc = _header(c)[0]
    error = lldb.SBError()
    step = c.GetProcess().ReadPointerFromMemory(
        desc.GetLoadAddress() + desc.GetByteSize(), error)
    if not error.Success():
        return []
    function = target.ResolveLoadAddress(step).GetFunction()
    if not function.IsValid():
        return []
    frame = function.GetBlock().GetVariables(
        target, True, True, True).GetFirstValueByName("__cr_frame")
    if not frame.IsValid():
        return []
    layout = c.CreateValueFromAddress(
        "frame", c.GetValueAsUnsigned(), frame.GetType().GetPointeeType())
    member = "start" if state == 0 else "break_%d" % state
    held = layout.GetChildMemberWithName("at").GetChildMemberWithName(member)
    if not held.IsValid():
        return []
    return [held.GetChildAtIndex(i) for i in range(held.GetNumChildren())]


def _live_values(c):
    """frame_values where the instance is suspended, else []."""
    if not c.GetValueAsUnsigned():
        return []
    _, _, state = where(c)
    if state == DONE or state & DESTROYING:
        return []
    return frame_values(c, state)


def _text(value, limit=200):
    """value as gdb prints it on one line: `0x... "text"`, `{a = 1}`, or a
    container's summary and elements (`size=2 {11, 12}`)."""
    plain, summary = value.GetValue(), value.GetSummary()
    head = " ".join(s for s in (plain, summary) if s)
    t = value.GetType().GetCanonicalType()
    count = value.GetNumChildren()
    # A pointer's or a string's children are not what it shows.
    if plain or (summary and (t.IsPointerType() or summary.startswith('"'))) \
            or (head and not count):
        return head
    indexed = t.IsArrayType() or value.GetChildAtIndex(0).GetName() == "[0]"
    parts = []
    for i in range(min(count, limit)):
        child = value.GetChildAtIndex(i)
        text = _text(child, limit)
        parts.append(text if indexed else "%s = %s" % (child.GetName(), text))
    if count > limit:
        parts.append("...")
    return (head + " " if head else "") + "{%s}" % ", ".join(parts)


def describe(c):
    """Lines for cr-info and cr-list."""
    if not c.GetValueAsUnsigned():
        return ["null coroutine"]
    name, status, _ = where(c)
    lines = ["%s (0x%x): %s" % (name, c.GetValueAsUnsigned(), status)]
    for value in _live_values(c):
        lines.append("  %s = %s" % (value.GetName(), _text(value)))
    return lines


def summary(valobj, internal_dict):
    """`fib: waiting at sched.c:11 in yield`; a value that is not itself the
    pointer (struct cr_coro, cr::coroutine<R>) also shows the instance's
    address, which lldb would not."""
    c = _instance(valobj)
    if c is None:
        return None
    pointer = valobj.GetNonSyntheticValue().GetType().GetCanonicalType(
    ).IsPointerType()
    addr = c.GetValueAsUnsigned()
    if not addr:
        return None if pointer else "0x0"
    name, status, _ = where(c)
    text = "%s: %s" % (name, status)
    return text if pointer else "0x%x %s" % (addr, text)


class InstanceChildren:
    """The variables the instance's frame holds where it waits, by name."""

    def __init__(self, valobj, internal_dict):
        self.valobj = valobj
        self.values = []

    def update(self):
        c = _instance(self.valobj)
        self.values = _live_values(c) if c is not None else []
        return False

    def num_children(self):
        return len(self.values)

    def has_children(self):
        return bool(self.values)

    def get_child_index(self, name):
        names = [v.GetName() for v in self.values]
        return names.index(name) if name in names else -1

    def get_child_at_index(self, index):
        if 0 <= index < len(self.values):
            return self.values[index]
        return None


def _evaluate(debugger, expr):
    """expr in the selected frame: a variable path first, which needs no
    JIT and works where expressions cannot run, then an expression."""
    target = debugger.GetSelectedTarget()
    frame = target.GetProcess().GetSelectedThread().GetSelectedFrame()
    if frame.IsValid():
        value = frame.GetValueForVariablePath(expr)
        if value.IsValid() and value.GetError().Success():
            return value
        return frame.EvaluateExpression(expr)
    return target.EvaluateExpression(expr)


def cr_info(debugger, command, result, internal_dict):
    """cr-info EXPR: where the instance EXPR (a cr_coro * or a
    cr::coroutine<R>) is, and the variables its frame holds there."""
    if not command.strip():
        result.SetError("usage: cr-info EXPR")
        return
    value = _evaluate(debugger, command)
    if not value.GetError().Success():
        result.SetError(value.GetError())
        return
    c = _instance(value)
    if c is None:
        result.SetError("cr-info: %s is not a coroutine instance" % command)
        return
    coro = debugger.GetSelectedTarget().FindFirstType("cr_coro")
    if coro.IsValid():
        c = c.Cast(coro.GetPointerType()).GetNonSyntheticValue()
    for line in describe(c):
        result.AppendMessage(line)


def cr_list(debugger, command, result, internal_dict):
    """cr-list: every live instance of a program built with -DCR_REGISTRY."""
    registry = debugger.GetSelectedTarget().FindFirstGlobalVariable(
        "cr__registry")
    if not registry.IsValid():
        result.SetError(
            "cr-list: no registry: build every file with -DCR_REGISTRY")
        return
    node = registry.GetChildMemberWithName("head")
    count = 0
    while node.GetValueAsUnsigned():
        for line in describe(node.GetChildMemberWithName("c")):
            result.AppendMessage(line)
        count += 1
        node = node.GetChildMemberWithName("next")
    result.AppendMessage(
        "%d live instance%s" % (count, "" if count == 1 else "s"))


def __lldb_init_module(debugger, internal_dict):
    """Registers the formatters in their own category, and the commands.
    lldb reads `struct cr_coro` as cr_coro; the struct and the wrapper skip
    pointers (-p), so a cr::coroutine<R> * is not read as a cr_coro *."""
    for kind, how in (("summary", "-e -F %s.summary" % __name__),
                      ("synthetic", "-l %s.InstanceChildren" % __name__)):
        for names in ('"cr_coro *"', "-p cr_coro",
                      "-p -x '^cr::coroutine<.+>$'"):
            debugger.HandleCommand("type %s add -w %s %s %s" %
                                   (kind, CATEGORY, how, names))
    debugger.HandleCommand("type category enable %s" % CATEGORY)
    for command, function in (("cr-info", "cr_info"), ("cr-list", "cr_list")):
        debugger.HandleCommand("command script add -o -f %s.%s %s" %
                               (__name__, function, command))
