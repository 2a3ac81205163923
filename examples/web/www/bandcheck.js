// The JavaScript side of src/abi.rs: loads bandcheck_web.wasm and returns `ask(request) -> reply`, both
// plain objects that cross the boundary as JSON text.

/// Compiles the module at `url`, or takes the compilation index.html started early (`window.bandcheckWasm`).
async function compile(url) {
  if (window.bandcheckWasm) {
    try {
      return await window.bandcheckWasm;
    } catch {
      // A server that does not send application/wasm: compile from the bytes below.
    }
  }
  try {
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {
    return WebAssembly.compile(await (await fetch(url)).arrayBuffer());
  }
}

export async function loadBandcheck(url) {
  const instance = await WebAssembly.instantiate(await compile(url), {});
  const { memory, request_buffer, answer, reply_pointer } = instance.exports;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  return function ask(request) {
    const bytes = encoder.encode(JSON.stringify(request));
    const at = request_buffer(bytes.length);
    new Uint8Array(memory.buffer, at, bytes.length).set(bytes);
    const length = answer();
    // Views are made after the calls: memory may have grown (and its old buffer detached) during them.
    return JSON.parse(decoder.decode(new Uint8Array(memory.buffer, reply_pointer(), length)));
  };
}
