#!/usr/bin/env python3
"""Runs an echo server and a load generator against it, for test/io.

run_pair.py [--idle IDLE] SERVER [SERVER ARGS...] -- LOADGEN [LOADGEN ARGS...]

Starts the server with --port 0, reads its "listening on PORT" line, runs
the load generator with --port PORT; then sends a line longer than the
server's 4 KiB limit (the server must close), opens IDLE (50) connections each
holding half a line, and sends the server SIGTERM while they are open (it
must destroy their waiting instances). Prints the load generator's line,
what the extra checks saw, the server's last line, and both exit statuses.
If the server's first line is not "listening on", prints it and exits with
the server's status (77: io_uring unavailable)."""
import signal
import socket
import subprocess
import sys

args = sys.argv[1:]
IDLE = 50
if args[0] == "--idle":
    IDLE = int(args[1])
    args = args[2:]

sep = args.index("--")
server_cmd = args[:sep] + ["--port", "0"]
loadgen_cmd = args[sep + 1:]

# close_fds (the default): the server's fds at exit are 0, 1 and 2 only.
server = subprocess.Popen(server_cmd, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, text=True)
first = server.stdout.readline().strip()
if not first.startswith("listening on "):
    print(first)
    sys.exit(server.wait(timeout=60))
port = first.split()[-1]
loadgen = subprocess.run(loadgen_cmd + ["--port", port], stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, text=True, timeout=300)

with socket.create_connection(("127.0.0.1", int(port)), timeout=10) as s:
    try:
        s.sendall(b"x" * 5000)
        closed = s.recv(1) == b""
    except ConnectionResetError:  # closed with our bytes unread
        closed = True
idle = [socket.create_connection(("127.0.0.1", int(port)), timeout=10)
        for _ in range(IDLE)]
for s in idle:
    s.sendall(b"half a line")
# An echo on a fresh connection: the server has seen all of the above.
with socket.create_connection(("127.0.0.1", int(port)), timeout=10) as s:
    s.sendall(b"ping\n")
    pong = s.recv(16)
server.send_signal(signal.SIGTERM)
try:
    rest, _ = server.communicate(timeout=60)
except subprocess.TimeoutExpired:
    server.kill()
    rest, _ = server.communicate()
for s in idle:
    s.close()
print(loadgen.stdout.strip())
print(f"long line closed: {closed}")
print(f"ping: {pong!r}, idle connections: {len(idle)}")
print(rest.strip())
print(f"loadgen exit {loadgen.returncode}")
print(f"server exit {server.returncode}")
