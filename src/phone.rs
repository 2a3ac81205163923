//! A phone as bandcheck sees it: named variants, each with its bands.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::band_set::BandSet;
use crate::carrier::Confidence;
use crate::spectrum::Spectrum;
use crate::technology::Technology;
use crate::warning::Warning;

/// A phone: a name and one or more variants (Global, China, India, a US model code, …).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phone {
    name: String,
    #[serde(skip)]
    brand: String,
    variants: Vec<Variant>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<String>,
}

impl Phone {
    /// A phone with the given variants.
    pub fn new(name: impl Into<String>, mut variants: Vec<Variant>) -> Phone {
        let name = name.into();
        let key = crate::activation::name_key(&name);
        for variant in &mut variants {
            variant.phone.clone_from(&name);
            variant.phone_key.clone_from(&key);
        }
        Phone {
            name,
            brand: String::new(),
            variants,
            sources: Vec::new(),
        }
    }

    pub(crate) fn with_catalog_facts(mut self, brand: String, sources: Vec<String>) -> Phone {
        self.brand = brand;
        self.sources = sources;
        self
    }

    /// The phone's name ("Xiaomi 14", or what the caller called it).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The brand, for catalog phones ("Xiaomi", "Redmi", "POCO"); empty otherwise.
    pub fn brand(&self) -> &str {
        &self.brand
    }

    /// The variants, in the order the source lists them.
    pub fn variants(&self) -> &[Variant] {
        &self.variants
    }

    /// Where the band lists come from (catalog phones).
    pub fn sources(&self) -> &[String] {
        &self.sources
    }
}

/// One variant of a phone: its bands, what could not be placed, and its voice support.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Variant {
    /// The phone's name, set when the variant is part of a [`Phone`]; empty for a variant on its own.
    #[serde(skip)]
    phone: String,
    /// The phone's name as carrier lists are searched by, computed once.
    #[serde(skip)]
    phone_key: String,
    name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    models: Vec<String>,
    bands: BandSet,
    #[serde(serialize_with = "unknown_bands_by_technology")]
    unknown_bands: Vec<UnknownBand>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    unknown_technologies: Vec<Technology>,
    #[serde(skip_serializing_if = "Option::is_none")]
    volte: Option<bool>,
    warnings: Vec<Warning>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<Confidence>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<String>,
    /// Every band the variant can use, its own and the ones they contain; computed once for fast checks.
    #[serde(skip)]
    served: BandSet,
}

impl Variant {
    /// A variant with these bands and nothing unknown.
    pub fn new(name: impl Into<String>, bands: BandSet) -> Variant {
        Variant {
            phone: String::new(),
            phone_key: String::new(),
            name: name.into(),
            models: Vec::new(),
            bands,
            unknown_bands: Vec::new(),
            unknown_technologies: Vec::new(),
            volte: None,
            warnings: Vec::new(),
            confidence: None,
            sources: Vec::new(),
            served: Spectrum::bundled().served(&bands),
        }
    }

    /// Sets whether the variant supports VoLTE (`None`: not known).
    pub fn with_volte(mut self, volte: Option<bool>) -> Variant {
        self.volte = volte;
        self
    }

    /// Sets the model codes (`SM-S921U`, `A2849`).
    pub fn with_models(mut self, models: Vec<String>) -> Variant {
        self.models = models;
        self
    }

    /// Records technologies the source names without listing any band (`4G bands: LTE`): their verdict is
    /// unknown, not none.
    pub fn with_unknown_technologies(mut self, technologies: Vec<Technology>) -> Variant {
        self.unknown_technologies = technologies;
        self
    }

    /// A variant from parsed text, built in one go (the builder methods would move it once per field).
    pub(crate) fn from_parts(parts: VariantParts) -> Variant {
        Variant {
            served: Spectrum::bundled().served(&parts.bands),
            phone: String::new(),
            phone_key: String::new(),
            name: parts.name,
            models: parts.models,
            bands: parts.bands,
            unknown_bands: parts.unknown_bands,
            unknown_technologies: parts.unknown_technologies,
            volte: parts.volte,
            warnings: parts.warnings,
            confidence: None,
            sources: Vec::new(),
        }
    }

    /// The name of the phone this variant belongs to; empty for a variant made on its own.
    pub fn phone(&self) -> &str {
        &self.phone
    }

    /// The phone's name as carrier lists are searched by.
    pub(crate) fn phone_key(&self) -> &str {
        &self.phone_key
    }

    /// Sets the catalog's confidence in the band lists and where they come from.
    pub(crate) fn with_catalog_facts(
        mut self,
        confidence: Option<Confidence>,
        sources: Vec<String>,
    ) -> Variant {
        self.confidence = confidence;
        self.sources = sources;
        self
    }

    /// The variant's name: a region ("International", "India"), a model code, or `default` when the source
    /// does not split variants.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Model codes named by the source.
    pub fn models(&self) -> &[String] {
        &self.models
    }

    /// The bands the source lists (known to the catalog).
    pub fn bands(&self) -> &BandSet {
        &self.bands
    }

    /// Every band the variant can use: its bands plus those they contain (`B66` gives `B4`).
    pub fn served(&self) -> &BandSet {
        &self.served
    }

    /// Numbers the source lists that are no band of their technology (GSMArena's `n4`).
    pub fn unknown_bands(&self) -> &[UnknownBand] {
        &self.unknown_bands
    }

    /// Technologies named without bands.
    pub fn unknown_technologies(&self) -> &[Technology] {
        &self.unknown_technologies
    }

    /// Whether the bands of `technology` are unknown: named without any band the catalog knows.
    pub fn is_unknown(&self, technology: Technology) -> bool {
        !self.bands.has_technology(technology)
            && (self.unknown_technologies.contains(&technology)
                || self.unknown_bands.iter().any(|u| u.technology == technology))
    }

    /// VoLTE support: `Some(true)`, `Some(false)`, or `None` when not known.
    pub fn volte(&self) -> Option<bool> {
        self.volte
    }

    /// What the parser could not fully understand in this variant's text.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// How sure the catalog is of this variant's band lists (`None` for pasted specs and flags).
    pub fn confidence(&self) -> Option<Confidence> {
        self.confidence
    }

    /// Where this variant's band lists come from (catalog variants: the variant's own sources, else its
    /// phone's); empty for pasted specs and flags.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }
}

/// Everything a parsed variant is made of, for [`Variant::from_parts`].
pub(crate) struct VariantParts {
    pub(crate) name: String,
    pub(crate) models: Vec<String>,
    pub(crate) bands: BandSet,
    pub(crate) unknown_bands: Vec<UnknownBand>,
    pub(crate) unknown_technologies: Vec<Technology>,
    pub(crate) volte: Option<bool>,
    pub(crate) warnings: Vec<Warning>,
}

/// A number a source lists as a band that the catalog does not have (`n4`, `B99`, LTE `700` MHz).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownBand {
    /// The technology it was listed under.
    pub technology: Technology,
    /// How it reads (`n4`, `B99`, `700 MHz`).
    pub text: String,
}

fn unknown_bands_by_technology<S: Serializer>(
    unknown: &[UnknownBand],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let present: Vec<Technology> = Technology::ALL
        .into_iter()
        .filter(|&t| unknown.iter().any(|u| u.technology == t))
        .collect();
    let mut map = serializer.serialize_map(Some(present.len()))?;
    for t in present {
        let texts: Vec<&str> = unknown
            .iter()
            .filter(|u| u.technology == t)
            .map(|u| u.text.as_str())
            .collect();
        map.serialize_entry(t.id(), &texts)?;
    }
    map.end()
}
