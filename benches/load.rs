//! load/bundled: parse and validate every embedded data file.

use bandcheck::Database;
use criterion::{Criterion, criterion_group, criterion_main};

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.bench_function("bundled", |b| {
        b.iter(|| {
            let db = Database::load_bundled().unwrap();
            assert!(db.phones().count() >= 40);
            db
        })
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
