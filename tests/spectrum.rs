//! The spectrum catalog: completeness, and containment derived from frequencies, on the facts and the traps.

use bandcheck::{Band, BandSet, Duplex, Spectrum, Technology};

fn band(s: &str) -> Band {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

fn serves(phone: &str, carrier: &str) -> bool {
    Spectrum::bundled().serves(band(phone), band(carrier))
}

#[test]
fn catalog_holds_every_band_the_issue_names() {
    let spectrum = Spectrum::bundled();
    let count = |t: Technology| spectrum.bands().of(t).len();
    assert_eq!(
        count(Technology::Lte),
        74,
        "LTE bands 1-113 as in TS 36.104 Rel-19 (+ B47)"
    );
    assert_eq!(count(Technology::Nr), 77, "NR FR1 n1-n110 and FR2 n257-n263");
    assert_eq!(count(Technology::Umts), 21);
    assert_eq!(count(Technology::Gsm), 4);
    assert_eq!(count(Technology::Cdma), 5);
    for id in [
        "B1", "B71", "B85", "B103", "B113", "n1", "n110", "n257", "n263", "I", "XXXII", "BC0", "BC15", "900",
    ] {
        assert!(spectrum.info(band(id)).is_some(), "{id}");
    }
    for missing in ["B15", "B16", "B55", "n4", "n17", "n19", "XV", "BC2"] {
        assert!(missing.parse::<Band>().is_err(), "{missing} must not be a band");
    }
}

#[test]
fn duplex_matches_ranges() {
    let spectrum = Spectrum::bundled();
    for b in spectrum.bands().iter() {
        let info = spectrum.info(b).unwrap();
        let (up, down) = (info.uplink(), info.downlink());
        match info.duplex() {
            Duplex::Fdd | Duplex::Tdd => assert!(up.is_some() && down.is_some(), "{b}"),
            Duplex::Sdl => assert!(up.is_none() && down.is_some(), "{b}"),
            Duplex::Sul => assert!(up.is_some() && down.is_none(), "{b}"),
            _ => unreachable!(),
        }
        for r in [up, down].into_iter().flatten() {
            assert!(r.low_mhz() < r.high_mhz(), "{b}: {r}");
        }
        if info.duplex() == Duplex::Tdd {
            assert_eq!(up, down, "{b}: a TDD band has one range");
        }
    }
}

#[test]
fn spot_check_frequencies_against_the_3gpp_tables() {
    let spectrum = Spectrum::bundled();
    let ranges = |id: &str| {
        let info = spectrum.info(band(id)).unwrap();
        let r = |f: Option<bandcheck::FrequencyRange>| f.map(|f| (f.low_mhz(), f.high_mhz()));
        (r(info.uplink()), r(info.downlink()))
    };
    assert_eq!(ranges("B66"), (Some((1710.0, 1780.0)), Some((2110.0, 2200.0))));
    assert_eq!(ranges("B71"), (Some((663.0, 698.0)), Some((617.0, 652.0))));
    assert_eq!(ranges("B29"), (None, Some((717.0, 728.0))));
    assert_eq!(ranges("n77"), (Some((3300.0, 4200.0)), Some((3300.0, 4200.0))));
    assert_eq!(ranges("IX"), (Some((1749.9, 1784.9)), Some((1844.9, 1879.9))));
    assert_eq!(ranges("n80"), (Some((1710.0, 1785.0)), None));
}

#[test]
fn containment_facts() {
    for (phone, carrier) in [
        ("B66", "B4"),
        ("n66", "n66"),
        ("B25", "B2"),
        ("B26", "B5"),
        ("B12", "B17"),
        ("B85", "B12"),
        ("n25", "n2"),
        ("n77", "n78"),
        ("n41", "n38"),
        ("B10", "B4"),
        ("n105", "n71"),
        ("n257", "n261"),
        ("n77", "n48"),
        ("XXV", "II"),
        ("BC14", "BC1"),
    ] {
        assert!(serves(phone, carrier), "{phone} should serve {carrier}");
    }
}

#[test]
fn containment_traps() {
    for (phone, carrier) in [
        ("B28", "B12"),
        ("B28", "B13"),
        ("B28", "B14"),
        ("B28", "B17"),
        ("B7", "B41"),
        ("n78", "n77"),
        ("B4", "B66"),
        ("B17", "B12"),
        ("B40", "B30"),
        ("B20", "B12"),
        ("B12", "B13"),
        ("B12", "B14"),
        ("B12", "B29"),
        ("B66", "B70"),
        ("B25", "B70"),
    ] {
        assert!(!serves(phone, carrier), "{phone} must not serve {carrier}");
    }
}

#[test]
fn served_set_adds_contained_bands_only() {
    let phone: BandSet = "B66, B12, n77".parse().unwrap();
    let served = Spectrum::bundled().served(&phone);
    for b in ["B66", "B4", "B12", "B17", "n77", "n78", "n48"] {
        assert!(served.contains(band(b)), "{b}");
    }
    for b in ["B2", "B13", "B85", "n41"] {
        assert!(!served.contains(band(b)), "{b}");
    }
    assert!(phone.is_subset(&served));
}

#[test]
fn labels_name_the_spectrum() {
    assert_eq!(Spectrum::bundled().label(band("B71")), "B71, 600 MHz");
    assert_eq!(Spectrum::bundled().label(band("B33")), "B33");
}
