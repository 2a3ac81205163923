//! parse/gsmarena_block: a full real GSMArena Network block (2G–5G rows, two variants), and the naive baseline;
//! parse/gsmarena_page: the same phone's whole page pasted (only its network rows count).

mod naive;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

/// POCO X5 Pro, as pasted from GSMArena (reference §6, example 11).
const BLOCK: &str = "Technology\tGSM / HSPA / LTE / 5G
2G bands\tGSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2
3G bands\tHSDPA 800 / 850 / 900 / 1700(AWS) / 1900 / 2100 - International
 \tHSDPA 850 / 900 / 1700(AWS) / 1900 / 2100 - India
4G bands\t1, 2, 3, 4, 5, 7, 8, 20, 28, 38, 40, 41, 66 - International
 \t1, 2, 3, 5, 8, 40, 41 - India
5G bands\t1, 3, 5, 7, 8, 20, 28, 38, 40, 41, 77, 78 SA/NSA/Sub6 - International
 \t1, 3, 5, 8, 28, 40, 78 SA/NSA - India
Speed\tHSPA, LTE-A, 5G";

/// The same phone's whole GSMArena page, Network … Tests, as a copy pastes it.
const PAGE: &str = concat!(
    include_str!("../tests/data/pages/poco-x5-pro-network.txt"),
    include_str!("../tests/data/pages/poco-x5-pro-rest.txt")
);

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    group.bench_function("gsmarena_page", |b| {
        b.iter(|| {
            let parsed = bandcheck::parse_spec(black_box(PAGE));
            assert_eq!(parsed.variants().len(), 2);
            parsed
        })
    });
    group.bench_function("gsmarena_block", |b| {
        b.iter(|| {
            let parsed = bandcheck::parse_spec(black_box(BLOCK));
            assert_eq!(parsed.variants().len(), 2);
            parsed
        })
    });
    group.bench_function("gsmarena_block_naive", |b| {
        b.iter(|| {
            let parsed = naive::parse(black_box(BLOCK));
            assert_eq!(parsed.len(), 2);
            parsed
        })
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
