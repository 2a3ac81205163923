//! The human answer: the verdict first, then why.

use std::fmt;

use super::report::{NetworkStatus, Report};
use super::verdict::Verdict;

impl Report {
    /// The one-line answer: `T-Mobile: PARTIAL (score 0.71)`, naming the host for an MVNO.
    pub fn headline(&self) -> String {
        let network = if self.host == self.carrier {
            self.carrier_name.clone()
        } else {
            format!("{} (on {})", self.carrier_name, self.host_name)
        };
        format!(
            "{network}: {} (score {:.2})",
            verdict_word(self.verdict),
            self.score
        )
    }
}

/// Upper-case verdict words so the answer stands out without colour.
pub(crate) fn verdict_word(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Full => "FULL",
        Verdict::Partial => "PARTIAL",
        Verdict::None => "NONE",
        Verdict::Unknown => "UNKNOWN",
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let who = if self.phone.is_empty() {
            self.variant.clone()
        } else {
            format!("{} [{}]", self.phone, self.variant)
        };
        writeln!(f, "{}  —  {who}, as of {}", self.headline(), self.as_of)?;
        writeln!(f, "  {}", self.summary)?;
        for t in &self.technologies {
            let state = match (t.status, t.verdict) {
                (NetworkStatus::Retired, _) => "retired".to_string(),
                (NetworkStatus::Live, Some(v)) => v.id().to_string(),
                (NetworkStatus::Live, None) => "no live bands".to_string(),
            };
            let served = join(&t.served);
            let detail = match t.status {
                NetworkStatus::Retired => match t.retired_on {
                    Some(date) => format!("  switched off on {date}"),
                    None => String::new(),
                },
                NetworkStatus::Live if served.is_empty() => "  serves none".to_string(),
                NetworkStatus::Live => format!("  serves {served}"),
            };
            let extras = if t.extras.is_empty() {
                String::new()
            } else {
                format!("  (+ extras {})", join(&t.extras))
            };
            writeln!(f, "  {:<6} {:<8}{detail}{extras}", t.technology.label(), state)?;
            for reason in &t.reasons {
                writeln!(f, "           - {reason}")?;
            }
        }
        writeln!(f, "  calls  {:<8}  {}", self.calls.status.id(), self.calls.reason)?;
        if let Some(source) = &self.calls.source {
            writeln!(f, "                   source: {source}")?;
        }
        let activation = match self.activation.status {
            super::Answer::Yes => "yes",
            super::Answer::No => "refused",
            super::Answer::Unknown => "unknown",
        };
        writeln!(f, "  SIM    {activation:<8}  {}", self.activation.reason)?;
        for caveat in &self.caveats {
            writeln!(f, "  note   {caveat}")?;
        }
        Ok(())
    }
}

fn join<T: fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
