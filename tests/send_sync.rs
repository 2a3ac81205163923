//! Every public type can cross threads: a checker embedded in a server shares one database between requests.

use bandcheck::*;
use bandcheck::{Activation, Calls, NetworkStatus, Ranked, Report, TechnologyReport};

fn send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    send_sync::<Technology>();
    send_sync::<UnknownTechnology>();
    send_sync::<Band>();
    send_sync::<BandError>();
    send_sync::<BandSet>();
    send_sync::<BandInfo>();
    send_sync::<Duplex>();
    send_sync::<FrequencyRange>();
    send_sync::<Spectrum>();
    send_sync::<Date>();
    send_sync::<DateError>();
    send_sync::<DataError>();
    send_sync::<Database>();
    send_sync::<Target<'static>>();
    send_sync::<Carrier>();
    send_sync::<CarrierBand>();
    send_sync::<Network>();
    send_sync::<LiveBands>();
    send_sync::<Role>();
    send_sync::<Confidence>();
    send_sync::<Policy>();
    send_sync::<PolicyStatus>();
    send_sync::<VoiceRules>();
    send_sync::<Mvno>();
    send_sync::<Phone>();
    send_sync::<Variant>();
    send_sync::<UnknownBand>();
    send_sync::<ParsedSpec>();
    send_sync::<BandList>();
    send_sync::<Warning>();
    send_sync::<WarningKind>();
    send_sync::<ParseError>();
    send_sync::<Report>();
    send_sync::<TechnologyReport>();
    send_sync::<NetworkStatus>();
    send_sync::<Calls>();
    send_sync::<Activation>();
    send_sync::<Answer>();
    send_sync::<Host>();
    send_sync::<SharedSpectrum>();
    send_sync::<ActivationPolicy>();
    send_sync::<DeviceList>();
    send_sync::<Verdict>();
    send_sync::<Ranked>();
    send_sync::<CheckError>();
}

#[test]
fn the_bundled_database_is_shared_across_threads() {
    let handles: Vec<_> = (0..4)
        .map(|_| std::thread::spawn(|| Database::bundled().phones().count()))
        .collect();
    let counts: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] == w[1]) && counts[0] >= 40);
}
