//! check/verdict, check/report, check/catalog_matrix, each beside the naive baseline on the same input.

mod naive;

use std::collections::HashSet;
use std::hint::black_box;

use bandcheck::Verdict;
use bandcheck::{Database, Date, Technology, Variant};
use criterion::{Criterion, criterion_group, criterion_main};

fn as_of() -> Date {
    "2026-11-26".parse().unwrap()
}

/// A Xiaomi global variant (its band list in bands/phones/xiaomi.toml).
fn phone() -> &'static Variant {
    &Database::bundled().phone("Xiaomi 12").unwrap().variants()[0]
}

/// The same phone as strings, for the naive baseline.
fn phone_strings(v: &Variant) -> HashSet<String> {
    v.bands()
        .iter()
        .filter(|b| b.technology() != Technology::Gsm)
        .map(|b| b.to_string())
        .collect()
}

/// Every catalog variant × every carrier and MVNO (MVNOs through their hosts), the networks resolved once.
fn matrix_inputs() -> (Vec<&'static Variant>, Vec<&'static bandcheck::Carrier>) {
    let db = Database::bundled();
    let variants = db.phones().flat_map(|p| p.variants()).collect();
    let networks = db
        .carriers()
        .iter()
        .chain(
            db.mvnos()
                .iter()
                .flat_map(|m| m.hosts().iter().filter_map(|h| db.carrier(&h.id))),
        )
        .collect();
    (variants, networks)
}

/// How many (variant, network) pairs are full: the verdict for every cell of the matrix.
fn count_full(variants: &[&Variant], networks: &[&bandcheck::Carrier], as_of: Date) -> usize {
    variants
        .iter()
        .flat_map(|v| networks.iter().map(move |n| bandcheck::verdict(v, n, as_of)))
        .filter(|&verdict| verdict == Verdict::Full)
        .count()
}

fn checks(c: &mut Criterion) {
    let db = Database::bundled();
    let tmobile = db.carrier("tmobile").unwrap();
    let variant = phone();
    let strings = phone_strings(variant);
    let as_of = as_of();
    let mut group = c.benchmark_group("check");
    group.bench_function("verdict", |b| {
        b.iter(|| {
            let v = bandcheck::verdict(black_box(variant), black_box(tmobile), as_of);
            assert_eq!(v, Verdict::Partial);
            v
        })
    });
    group.bench_function("verdict_naive", |b| {
        b.iter(|| {
            let v = naive::verdict(black_box(&strings), black_box(tmobile), as_of);
            assert_eq!(v, 1);
            v
        })
    });
    group.bench_function("report", |b| {
        b.iter(|| {
            let r = bandcheck::report(black_box(variant), black_box(tmobile), as_of);
            assert_eq!(r.verdict, Verdict::Partial);
            r
        })
    });
    let (variants, networks) = matrix_inputs();
    let all_strings: Vec<HashSet<String>> = variants.iter().map(|v| phone_strings(v)).collect();
    let cells = variants.len() * networks.len();
    group.bench_function("catalog_matrix", |b| {
        b.iter(|| {
            let full = count_full(&variants, &networks, as_of);
            assert!(full > 0 && full < cells);
            full
        })
    });
    group.bench_function("catalog_matrix_naive", |b| {
        b.iter(|| {
            let mut full = 0;
            for v in &all_strings {
                for n in &networks {
                    full += usize::from(naive::verdict(v, n, as_of) == 2);
                }
            }
            assert!(full > 0 && full < cells);
            full
        })
    });
    // How the cost grows with the catalog: the same matrix over ten copies of every variant.
    let tenfold: Vec<&Variant> = variants
        .iter()
        .cycle()
        .take(variants.len() * 10)
        .copied()
        .collect();
    group.bench_function("catalog_matrix_x10", |b| {
        b.iter(|| {
            let full = count_full(&tenfold, &networks, as_of);
            assert!(full > 0 && full < cells * 10);
            full
        })
    });
    group.finish();
}

criterion_group!(benches, checks);
criterion_main!(benches);
