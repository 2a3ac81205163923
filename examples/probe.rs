fn main() {
    match bandcheck::Database::load_bundled() {
        Ok(db) => {
            println!(
                "carriers {} mvnos {} phones {}",
                db.carriers().len(),
                db.mvnos().len(),
                db.phones().count()
            );
            for p in db.phones() {
                for v in p.variants() {
                    println!(
                        "{} [{}] {} unk={:?}",
                        p.name(),
                        v.name(),
                        v.bands(),
                        v.unknown_bands()
                    );
                }
            }
        }
        Err(e) => println!("ERR {e}"),
    }
}
