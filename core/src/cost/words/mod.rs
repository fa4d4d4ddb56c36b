//! The cost engine's words: the summary, the catches, the notes and the terms, said once for
//! the Costs step, the embed, the exports and the print view. The engine returns facts
//! (`option`); only this file and `view` turn them into sentences.

pub mod route;

use crate::cost::engine::input::Scenario;
use crate::cost::engine::option::{
    Catch, Cheapest, CostOption, CostReport, Extra, InShort, Note, OneOff, OneOffKind, PayBasis,
    TrialTerms,
};
use crate::market::{ids, market, CommitmentKind, Refund, TrialBilling};
use crate::plan::{EngagementKind, Plan, Seniority};
use crate::text::currency::Rate;
use crate::text::format::{days_range, plain_number};
use crate::text::keymap::KeyMap;
use crate::text::money::{Usd, UsdRange};
use std::fmt::{self, Write as _};

pub(super) fn months(n: u32) -> String {
    if n == 1 {
        "1 month".to_string()
    } else {
        format!("{n} months")
    }
}

/// "the United States", "India": a country's name as it reads inside a sentence.
pub fn country_in_sentence(id: &str) -> String {
    let name = country_name(id);
    match name.as_str() {
        "United States" | "United Kingdom" => format!("the {name}"),
        _ => name,
    }
}

pub fn country_name(id: &str) -> String {
    market()
        .country(id)
        .map(|c| c.name.to_string())
        .unwrap_or_else(|| id.to_string())
}

/// "Hire based anywhere (remote); your company employs people in the United States."
pub fn where_line(plan: &Plan) -> String {
    let e = &plan.engagement;
    let hire = match &e.hire_country {
        Some(id) => format!("Hire based in {}", country_in_sentence(id)),
        None => "Hire based anywhere (remote)".into(),
    };
    let company = match &e.company_country {
        Some(id) => format!("your company employs people in {}", country_in_sentence(id)),
        None => "your company employs people in none of the listed countries".into(),
    };
    format!("{hire}; {company}.")
}

/// The hours model every option is priced with, in one sentence, from the values in force.
pub fn hours_model(overrides: &KeyMap<f64>) -> String {
    let m = market();
    let v = |id: &str| m.value(id, overrides).map(|u| u.value).unwrap_or_default();
    let (month, week) = (v(ids::HOURS_PER_MONTH), v(ids::HOURS_PER_WEEK));
    let n = plain_number;
    format!(
        "One hours model for every option: a full-time month is {} hours, which is {} weeks of {} hours; part-time is half. Hourly and weekly rates are turned into months with it. Both figures are assumptions you can change below.",
        n(month),
        n(month / week.max(1.0)),
        n(week)
    )
}

impl Scenario {
    /// "Priced for a mid-level full-time employee based anywhere, over 12 months."
    pub fn describe(&self) -> String {
        let kind = self.kind.noun();
        let hours = if self.kind == EngagementKind::Hourly {
            format!(" at {} hours a week", plain_number(self.hours_per_week))
        } else {
            String::new()
        };
        let place = match &self.hire_country {
            Some(c) => format!("based in {}", country_name(c)),
            None => "based anywhere (remote)".into(),
        };
        format!(
            "Priced for a {} {kind}{hours}, {place}, over {}.",
            Seniority::word(self.seniority),
            months(self.horizon_months)
        )
    }
}

/// "14 days, free", "up to 14 days, billed only if you continue": a trial as its source words
/// it (the Costs step's terms and the timeline's trial).
pub fn trial(days: Option<u32>, up_to: bool, billed: TrialBilling) -> String {
    let length = match days {
        Some(d) if up_to => format!("up to {d} days"),
        Some(d) => format!("{d} days"),
        None => "length not given".into(),
    };
    let billing = match billed {
        TrialBilling::Free => "free",
        TrialBilling::IfYouContinue => "billed only if you continue",
        TrialBilling::NotSaid => "terms not given",
    };
    format!("{length}, {billing}")
}

impl TrialTerms {
    /// "14 days, free", "up to 14 days, billed only if you continue".
    pub fn describe(&self) -> String {
        trial(self.days, self.up_to, self.billed)
    }
}

/// "required", "recommended".
pub fn commitment_word(kind: CommitmentKind) -> &'static str {
    match kind {
        CommitmentKind::Required => "required",
        CommitmentKind::Recommended => "recommended",
    }
}

impl OneOff {
    /// "Placement fee (15% of annual salary)", "Deposit, upfront".
    pub fn label(&self) -> String {
        match &self.kind {
            OneOffKind::PlacementFee { percent } => {
                format!(
                    "Placement fee ({}% of annual salary)",
                    plain_number(*percent)
                )
            }
            OneOffKind::Deposit => "Deposit, upfront".into(),
            OneOffKind::YourQuote => "One-off fees (your quote)".into(),
        }
    }
}

impl Extra {
    /// "posting from $299", "posting price not given in the sources".
    pub fn text(&self, money: &Rate) -> String {
        match self.posting {
            Some((bound, amount)) => {
                let bound = bound.map(|b| format!("{} ", b.word())).unwrap_or_default();
                format!("posting {bound}{}", money.whole(amount))
            }
            None => "posting price not given in the sources".into(),
        }
    }
}

impl Catch {
    /// The catch in a sentence, amounts in the founder's currency.
    pub fn words(&self, money: &Rate) -> String {
        let mut out = String::new();
        let _ = self.write(&mut out, money);
        out
    }

    fn write(&self, f: &mut String, money: &Rate) -> fmt::Result {
        let n = plain_number;
        match self {
            Catch::PostingFees(extras) => {
                let fees: Vec<String> = extras
                    .iter()
                    .map(|e| format!("{}: {}", e.label, e.text(money)))
                    .collect();
                write!(
                    f,
                    "Posting fees are extra and not in the total ({}).",
                    fees.join("; ")
                )
            }
            Catch::Eor { country, fee_set } => {
                // A group of employees abroad says it once, for "its country".
                let place = if country.is_empty() {
                    "its country".to_string()
                } else {
                    country_in_sentence(country)
                };
                write!(f, "Needs your own entity in {place} or an employer of record (EOR)")?;
                f.write_str(if *fee_set {
                    ": your EOR fee is counted."
                } else {
                    ". The sources give no EOR price and you have not set one, so the total leaves it out."
                })
            }
            Catch::Deposit { amount, refund } => {
                let refund = match refund {
                    Refund::Refunded => "refunded later",
                    Refund::Credited => "credited against invoices",
                    Refund::NotSaid => {
                        "the source does not say whether it comes back, so it is counted as paid"
                    }
                };
                write!(f, "A {} deposit upfront; {refund}.", money.whole(*amount))
            }
            Catch::Commitment {
                months,
                kind,
                amount,
            } => write!(
                f,
                "A {months}-month initial commitment is {}: {} once you go on after the trial, whatever your horizon.",
                commitment_word(*kind),
                money.range(*amount)
            ),
            Catch::NoPrice { what } => write!(
                f,
                "No price in the sources ({what}). Ask for a quote: the planner's Costs step prices it as your own (under \u{201c}Your own quotes\u{201d})."
            ),
            Catch::LargerPackage {
                package,
                hours,
                need,
            } => write!(
                f,
                "Sold in monthly packages: you buy the {package} package of {} hours for the {} you need.",
                n(*hours),
                n((need * 10.0).round() / 10.0)
            ),
            Catch::PackageTooSmall { channel, most } => write!(
                f,
                "{channel}'s largest package is {} hours a month; it sells no more than that to one developer.",
                n(*most)
            ),
            Catch::FindThemYourself => f.write_str(
                "You find, vet and contract them yourself: no platform screening or trial.",
            ),
            Catch::NoContractorRate { country } => write!(
                f,
                "The sources give no contractor rate for {}: an employee's salary is not a contractor's rate. Add a quote you have.",
                country_in_sentence(country)
            ),
            Catch::OtherEngagement { kind } => write!(
                f,
                "A different engagement from yours ({}): not compared in the summary.",
                kind.noun()
            ),
        }
    }

    /// The catch in a few words, for a card; the sentence (`words`) is in the route's notes.
    pub fn short(&self, money: &Rate) -> String {
        match self {
            Catch::PostingFees(_) => "posting fees are extra".into(),
            Catch::Eor { country, .. } => format!(
                "needs an entity or an EOR in {}",
                country_in_sentence(country)
            ),
            Catch::Deposit { amount, refund } => format!(
                "a {} deposit upfront{}",
                money.whole(*amount),
                match refund {
                    Refund::Refunded => ", refunded later",
                    Refund::Credited => ", credited against invoices",
                    Refund::NotSaid => ", not said to come back",
                }
            ),
            Catch::Commitment { months, kind, .. } => {
                format!("a {months}-month commitment, {}", commitment_word(*kind))
            }
            Catch::NoPrice { .. } => "no price in the sources".into(),
            Catch::LargerPackage { package, .. } => {
                format!("you buy the larger {package} package")
            }
            Catch::PackageTooSmall { most, .. } => {
                format!("at most {} hours a month", plain_number(*most))
            }
            Catch::FindThemYourself => "you find and vet them yourself".into(),
            Catch::NoContractorRate { .. } => "no contractor rate in the sources".into(),
            Catch::OtherEngagement { kind } => format!("quoted for a {}", kind.noun()),
        }
    }
}

/// The data provider a figure cites ("Glassdoor"), else its source's short citation.
fn cited(id: &str) -> String {
    let m = market();
    match m.figure(id).and_then(|f| f.cites) {
        Some(c) => c.to_string(),
        None => m.short_citation(id),
    }
}

impl Note {
    /// The note in a sentence, amounts in the founder's currency.
    pub fn words(&self, money: &Rate) -> String {
        let mut out = String::new();
        let _ = self.write(&mut out, money);
        out
    }

    fn write(&self, f: &mut String, money: &Rate) -> fmt::Result {
        let n = plain_number;
        let m = market();
        match self {
            Note::PayContext(figures) => {
                let context: Vec<String> = figures
                    .iter()
                    .filter_map(|(id, v)| {
                        let fig = m.figure(id)?;
                        let bound = fig
                            .bound
                            .map(|b| format!("{} ", b.word()))
                            .unwrap_or_default();
                        Some(format!(
                            "{}: {bound}{} ({})",
                            fig.label,
                            money.whole(Usd::from_f64(*v)),
                            m.short_citation(id)
                        ))
                    })
                    .collect();
                write!(f, "For context: {}.", context.join("; "))
            }
            Note::Pay {
                country,
                level,
                basis,
                floor,
            } => {
                let level = Seniority::word(*level);
                match basis {
                    PayBasis::ForTheLevel { figure } => write!(
                        f,
                        "Pay: {} for a {level} developer, widened into a range by the pay-spread assumption.",
                        m.figure(figure).map(|x| x.label).unwrap_or_default()
                    )?,
                    PayBasis::MedianToAverage { median, average } => write!(
                        f,
                        "Pay: from {}'s median to {}'s average, times the {level} pay factor (an assumption).",
                        cited(median),
                        cited(average)
                    )?,
                    PayBasis::Median { median } => write!(
                        f,
                        "Pay: the {} median in {}, times the {level} pay factor, widened by the pay-spread assumption (both assumptions).",
                        cited(median),
                        country_name(country)
                    )?,
                }
                if *floor {
                    f.write_str(" Never below the lower end the source gives.")?;
                }
                Ok(())
            }
            Note::NoUpfrontFee => f.write_str("No upfront fee."),
            Note::ProRata { full_week } => write!(
                f,
                "The source prices full-time only; this is pro rata to a {}-hour week (an assumption).",
                n(*full_week)
            ),
            Note::Sprint { months } => write!(
                f,
                "The source suggests it for a focused {months}-month sprint."
            ),
            Note::TimeNote(note) => write!(f, "Time to hire: {note}."),
            Note::HourlyRate { low, high, hours } => write!(
                f,
                "{} an hour × {} hours a month. The range spans experience and city; the source gives no split by level.",
                money.range_or_cents(UsdRange::new(Usd::from_f64(*low), Usd::from_f64(*high))),
                n(*hours)
            ),
        }
    }
}

fn match_words(lo: u32, hi: u32) -> String {
    if lo == 0 {
        format!("under {}", days_range(hi, hi))
    } else {
        days_range(lo, hi)
    }
}

fn catch_sentence(o: &CostOption, money: &Rate) -> String {
    match o.catches.first() {
        Some(c) => format!("Catch: {}", c.words(money)),
        None => String::new(),
    }
}

fn describe_total(o: &CostOption, over: &str, money: &Rate) -> String {
    format!(
        "{}, {} a month ({} over {over})",
        o.label,
        o.monthly_all_in()
            .map(|m| money.range(m))
            .unwrap_or_default(),
        o.total.map(|t| money.range(t)).unwrap_or_default()
    )
}

/// Why no route of the engagement has every cost known (within the budget); None when one has.
pub fn none_words(s: &InShort, money: &Rate) -> Option<String> {
    let kind = s.kind.noun();
    match &s.cheapest {
        Cheapest::Known(_) => None,
        Cheapest::OverBudget { budget, cheapest } => Some(format!(
            "No {kind} route with every cost known fits a budget of {} a month; the cheapest is {}.",
            money.whole(*budget),
            describe_total(cheapest, &months(s.horizon_months), money)
        )),
        Cheapest::NonePriced => Some(format!(
            "No {kind} route has a price in the sources for this plan. Add a quote of your own below."
        )),
    }
}

/// An employee abroad that looks cheaper only because its EOR fee is not set, in words.
pub fn before_eor_words(s: &InShort, money: &Rate) -> Option<String> {
    s.before_eor.map(|o| {
        format!(
            "{} looks cheaper, {} over {}, but that leaves out the EOR fee, which you have not set: it needs an entity or an employer of record there.",
            o.label,
            o.total.map(|t| money.range(t)).unwrap_or_default(),
            months(s.horizon_months)
        )
    })
}

/// "In short", in words: the cheapest route with its catch, any route that only looks cheaper
/// for want of an EOR fee, and the fastest with its catch.
pub fn in_short(s: &InShort, money: &Rate) -> String {
    let over = months(s.horizon_months);
    let kind = s.kind.noun();
    let within = if s.budget.is_some() {
        " within your budget"
    } else {
        ""
    };
    let mut out = match &s.cheapest {
        Cheapest::Known(first) => format!(
            "Cheapest {kind} route{within} with every cost known: {}. {}",
            describe_total(first, &over, money),
            catch_sentence(first, money)
        ),
        Cheapest::OverBudget { .. } | Cheapest::NonePriced => {
            none_words(s, money).unwrap_or_default()
        }
    };
    if let Some(line) = before_eor_words(s, money) {
        out.push(' ');
        out.push_str(&line);
    }
    if let Some(f) = s.fastest {
        let (lo, hi) = f.hire_days.unwrap_or_default();
        let how = if f.hire_days_estimated {
            format!(
                "about {} to hire (a match in {}, then your interviews: an assumption)",
                days_range(lo, hi),
                f.match_days
                    .map(|(a, b)| match_words(a, b))
                    .unwrap_or_default()
            )
        } else {
            format!("about {} to hire", days_range(lo, hi))
        };
        out.push_str(&format!(" Fastest: {}, {how}.", f.label));
        if let Some(c) = f.catches.first() {
            out.push_str(&format!(" Catch: {}", c.words(money)));
        }
    }
    out
}

impl CostReport {
    /// "In short", in words (`in_short` for the facts).
    pub fn summary(&self, money: &Rate) -> String {
        in_short(&self.in_short(), money)
    }
}

/// Routes' names, as the tables, notes and chart rows print them: the engine names a route only
/// through these (and the data's own names for channels and countries).
pub mod labels {
    use crate::cost::words::country_in_sentence;

    /// The job boards' chart row.
    pub const JOB_BOARDS: &str = "Job boards";

    pub fn job_boards(country: &str) -> String {
        format!("{JOB_BOARDS}: employee in {}", country_in_sentence(country))
    }

    pub fn placement(channel: &str, country: &str) -> String {
        format!(
            "{channel} placement: employee in {}",
            country_in_sentence(country)
        )
    }

    pub fn placement_short(channel: &str) -> String {
        format!("{channel} placement")
    }

    pub fn employee(country_name: &str) -> String {
        format!("Employee in {country_name}")
    }

    /// A channel at a level ("Toptal mid-level"), before its package is known.
    pub fn channel_level(channel: &str, level: &str) -> String {
        format!("{channel} {level}")
    }

    pub fn package(channel: &str, level: &str, package: &str) -> String {
        format!("{channel} {level}, {package} package")
    }

    pub fn direct(country_name: &str) -> String {
        format!("Contractor hired directly in {country_name}")
    }

    pub fn direct_short(country_name: &str) -> String {
        format!("Direct, {country_name}")
    }
}
