// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Runs a wasm32-wasi program with Node's node:wasi, as scripts/test-targets
// does: node --no-warnings --stack-size=4096 scripts/run-wasi.mjs prog.wasm
// args...
// The program sees the whole file system (preopened at /), the environment
// and its arguments; its exit status is Node's. A trap (abort() compiles to
// one) ends Node with SIGABRT, as a native program that aborts ends, so that
// "not --crash" tells a crash from a failing exit status.
import { WASI } from 'node:wasi';
import { readFileSync } from 'node:fs';

const [file, ...args] = process.argv.slice(2);
const wasi = new WASI({
  version: 'preview1',
  args: [file, ...args],
  env: process.env,
  preopens: { '/': '/' },
  returnOnExit: true,
});
try {
  const module = await WebAssembly.compile(readFileSync(file));
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  process.exitCode = wasi.start(instance);
} catch (e) {
  process.stderr.write(`run-wasi: ${file}: ${e}\n`);
  if (e instanceof WebAssembly.RuntimeError)
    process.kill(process.pid, 'SIGABRT');
  process.exitCode = 1;
}
