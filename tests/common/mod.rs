//! What the tests that run the example binaries share: building them once and running one as a user does.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::Once;

fn examples_dir() -> PathBuf {
    // target/<profile>/deps/<test>-<hash> → target/<profile>/examples
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("examples")
}

/// Runs an example with `args` (and `stdin`, if given), colour off, after building the examples once.
pub fn run(example: &str, args: &[&str], stdin: Option<&[u8]>) -> Output {
    static BUILD: Once = Once::new();
    BUILD.call_once(|| {
        let status = Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "--example",
                "check",
                "--example",
                "matrix",
                "--example",
                "rank",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .unwrap();
        assert!(status.success());
    });
    let mut child = Command::new(examples_dir().join(example))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        use std::io::Write;
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}
