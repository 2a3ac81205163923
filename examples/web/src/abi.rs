//! The WebAssembly interface, three exported functions and no glue generator:
//!
//! 1. `request_buffer(len)` lends JavaScript a buffer of `len` bytes in the module's memory (its address);
//! 2. JavaScript writes the UTF-8 JSON request there and calls `answer()`, which returns the reply's length;
//! 3. `reply_pointer()` is where the UTF-8 JSON reply is, valid until the next call.
//!
//! The buffers are Rust vectors, so no pointer is ever dereferenced here (`www/bandcheck.js` is the other
//! side). The exports need `#[unsafe(no_mangle)]`, this file's only unsafe attribute.

use std::cell::RefCell;

thread_local! {
    static REQUEST: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    static REPLY: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// A buffer of `len` bytes for the next request; returns its address in linear memory.
#[unsafe(no_mangle)]
pub extern "C" fn request_buffer(len: usize) -> *mut u8 {
    REQUEST.with_borrow_mut(|buffer| {
        buffer.clear();
        buffer.resize(len, 0);
        buffer.as_mut_ptr()
    })
}

/// Answers the request in the buffer; returns the reply's length in bytes.
#[unsafe(no_mangle)]
pub extern "C" fn answer() -> usize {
    let request = REQUEST.with_borrow(|buffer| String::from_utf8_lossy(buffer).into_owned());
    let reply = crate::answer(&request);
    REPLY.with_borrow_mut(|buffer| {
        *buffer = reply.into_bytes();
        buffer.len()
    })
}

/// Where the last reply is.
#[unsafe(no_mangle)]
pub extern "C" fn reply_pointer() -> *const u8 {
    REPLY.with_borrow(|buffer| buffer.as_ptr())
}
