fn main() {
    let db = bandcheck::Database::bundled();
    let as_of: bandcheck::Date = "2026-11-26".parse().unwrap();
    for name in std::env::args().skip(1) {
        let phone = db.phone(&name).expect("phone");
        for v in phone.variants() {
            for r in bandcheck::check::check_all_with(db, v, as_of) {
                println!("{r}");
            }
        }
    }
}
