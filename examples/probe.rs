fn main() {
    for f in std::fs::read_dir("tests/data/bad").unwrap() {
        let p = f.unwrap().path();
        let text = std::fs::read_to_string(&p).unwrap();
        let stem = p.file_stem().unwrap().to_str().unwrap().to_string();
        let name = if stem.starts_with("mvno") {
            "mvnos.toml".to_string()
        } else if stem.starts_with("phone") {
            "phones/bad.toml".to_string()
        } else {
            "carriers/att.toml".to_string()
        };
        match bandcheck::Database::from_toml_str(&name, &text) {
            Ok(_) => println!("{stem}: OK?!"),
            Err(e) => println!("(\"{stem}\", \"{}\"),", e.to_string().replace('"', "\\\"")),
        }
    }
}
