// A header-only "channel" of ints: the context, and inline suspend and
// resume functions, as C++ header-only libraries define them.
#pragma once
#include <cloroutine/cloroutine.hpp>

inline int ChannelValue;

inline int channel_receive() { return ChannelValue; }
CR_SUSPEND(channel_receive) inline int channel_send(int v) { return ChannelValue = v; }

CR_COROUTINE void squares(int n);
CR_COROUTINE void cubes(int n);
