#!/usr/bin/env bash
# Builds bandcheck's web page into examples/web/dist/: the crate compiled to WebAssembly (no glue generator:
# src/abi.rs and www/bandcheck.js are the whole interface) beside the static files. Needs only a Rust
# toolchain; adds the wasm32-unknown-unknown target through rustup when it is missing. Idempotent.
#
#   examples/web/build.sh && python3 -m http.server -d examples/web/dist 8000   # then open http://127.0.0.1:8000
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target=wasm32-unknown-unknown

if command -v rustup > /dev/null && ! rustup target list --installed | grep -qx "$target"; then
  rustup target add "$target"
fi
# The root's target directory: one place to clean, and the root's .gitignore already covers it.
cargo build --manifest-path "$here/Cargo.toml" --target "$target" --release --target-dir "$root/target"

staging="$here/dist.new"
rm -rf "$staging"
mkdir -p "$staging"
cp "$here"/www/*.html "$here"/www/*.css "$here"/www/*.js "$staging/"
cp "$root/target/$target/release/bandcheck_web.wasm" "$staging/"
rm -rf "$here/dist"
mv "$staging" "$here/dist"

total=0
gzipped=0
for file in "$here"/dist/*; do
  total=$((total + $(wc -c < "$file")))
  gzipped=$((gzipped + $(gzip -9c "$file" | wc -c)))
done
echo "built $here/dist: $total bytes, $gzipped gzipped (wasm $(wc -c < "$here/dist/bandcheck_web.wasm"))"
