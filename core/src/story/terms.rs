//! The trial and the offer on the chosen route's own terms: its trial from its deal (or an
//! employee's probation, an assumption), and the pay basis and range it is priced in, with the
//! range's source. Before a choice, the default is named as one. No vendor is named here: the
//! terms are the route's deal in the data.

use crate::cost::decision::chosen::chosen_option;
use crate::cost::{ad_pay, AdPay, CostOption, Note, PayBasis, Scenario};
use crate::cost::{route_name, route_title};
use crate::market::{ids, market, Bound, Pricing, TrialBilling};
use crate::plan::{Plan, QuoteRoute, RateBasis, RouteKey};
use crate::role::seniority;
use crate::text::format::parse_number;
use crate::text::money::{Usd, UsdRange};

/// The trial the plan's route offers, on its terms.
#[derive(Clone, Debug, PartialEq)]
pub enum RouteTrial {
    /// No route chosen and the plan is not for an employee: nothing to plan yet.
    NoRouteChosen,
    /// An employee: a probation period, its days the founder's assumption (None: not set).
    /// `route`: the chosen route's name, None while no route is chosen (the default).
    Probation {
        days: Option<u32>,
        route: Option<String>,
    },
    /// A channel's trial, from its deal: its days (None where the source gives none), "up
    /// to", whether it is billed, and the source's words.
    Platform {
        channel: String,
        days: Option<u32>,
        up_to: bool,
        billed: TrialBilling,
        source: String,
    },
    /// The chosen route has no trial in its deal.
    None { route: String },
}

/// The trial for the plan's route.
pub fn route_trial(plan: &Plan) -> RouteTrial {
    route_trial_for(plan, chosen_option(plan).as_ref())
}

/// The trial for the plan's route, with the chosen route as the Costs step prices it (the
/// story prices the plan once for all its parts).
pub fn route_trial_for(plan: &Plan, option: Option<&CostOption>) -> RouteTrial {
    let probation = |route: Option<String>| RouteTrial::Probation {
        days: market()
            .value(ids::PROBATION_DAYS, &plan.costs.overrides)
            .map(|u| u.value.round().max(0.0) as u32)
            .filter(|d| *d > 0),
        route,
    };
    let Some(key) = plan.route.chosen.clone() else {
        return if plan.engagement.kind.is_employee() {
            probation(None)
        } else {
            RouteTrial::NoRouteChosen
        };
    };
    let employee = option
        .map(|o| o.route.serves_employees())
        .unwrap_or(plan.engagement.kind.is_employee());
    if employee {
        return probation(Some(route_name(plan, &key)));
    }
    let m = market();
    let ch = key.channel().and_then(|id| m.channel(id));
    match (ch, ch.and_then(|c| c.deal.trial.as_ref())) {
        (Some(ch), Some(t)) => {
            let days = t.days.as_ref().and_then(|id| {
                m.value(id, &plan.costs.overrides)
                    .map(|u| u.value.round().max(0.0) as u32)
            });
            let up_to = t
                .days
                .as_ref()
                .and_then(|id| m.figure(id))
                .and_then(|f| f.bound)
                == Some(Bound::UpTo);
            let source = match &t.days {
                Some(id) => format!(
                    "\u{201c}{}\u{201d} ({})",
                    m.quote(id).unwrap_or_default(),
                    m.short_citation(id)
                ),
                None => ch
                    .sources
                    .first()
                    .and_then(|s| m.source(s))
                    .map(|s| format!("\u{201c}{}\u{201d} ({})", s.title, s.date))
                    .unwrap_or_default(),
            };
            RouteTrial::Platform {
                channel: ch.name.to_string(),
                days,
                up_to,
                billed: t.billed,
                source,
            }
        }
        _ => RouteTrial::None {
            route: route_title(plan, &key),
        },
    }
}

/// What the offer is per and what it is checked against, on the plan's route.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferTerms {
    /// The bases the route is priced in, its own first: the offer's "per" offers these.
    pub bases: Vec<RateBasis>,
    /// The basis in force: the founder's where the route allows it, else the route's own.
    pub basis: RateBasis,
    /// The range to check against, with its source in `basis`; or why there is none.
    pub range: Result<AdPay, String>,
    /// The chosen route's name; None while no route is chosen (the range is the default's).
    pub route: Option<String>,
}

fn range(low: f64, high: f64, per: RateBasis, basis: String, overridden: bool) -> AdPay {
    AdPay {
        range: UsdRange::new(Usd::from_f64(low), Usd::from_f64(high)),
        per,
        basis,
        overridden,
    }
}

/// An employee route's yearly pay range and where it comes from.
fn employee_range(o: &CostOption) -> Result<AdPay, String> {
    let m = market();
    let monthly = o
        .monthly
        .ok_or_else(|| format!("the sources give no pay for {}", o.label))?;
    let cite = o.notes.iter().find_map(|n| match n {
        Note::Pay { basis, .. } => Some(match basis {
            PayBasis::ForTheLevel { figure } => m.short_citation(figure),
            PayBasis::MedianToAverage { median, average } => format!(
                "{} to {}",
                m.short_citation(median),
                m.short_citation(average)
            ),
            PayBasis::Median { median } => m.short_citation(median),
        }),
        Note::PayContext { .. }
        | Note::NoUpfrontFee
        | Note::ProRata { .. }
        | Note::Sprint { .. }
        | Note::TimeNote { .. }
        | Note::HourlyRate { .. } => None,
    });
    let words = match cite {
        Some(c) => format!("the Costs step's yearly pay for {} ({c})", o.label),
        None => format!("the Costs step's yearly pay for {}", o.label),
    };
    let yearly = monthly.scale(12.0);
    Ok(AdPay {
        range: yearly,
        per: RateBasis::Yearly,
        basis: words,
        overridden: o.overridden(),
    })
}

/// The offer's terms for the chosen route, or the default's when none is chosen.
pub fn offer_terms(plan: &Plan) -> OfferTerms {
    offer_terms_for(plan, chosen_option(plan).as_ref())
}

/// The offer's terms, with the chosen route as the Costs step prices it (see
/// `route_trial_for`).
pub fn offer_terms_for(plan: &Plan, option: Option<&CostOption>) -> OfferTerms {
    let (bases, range, route) = match (plan.route.chosen.as_ref(), option) {
        (Some(key), Some(o)) => {
            let (bases, range) = route_terms(plan, key, o);
            (bases, range, Some(route_name(plan, key)))
        }
        _ => default_terms(plan),
    };
    let basis = plan
        .offer
        .basis
        .filter(|b| bases.contains(b))
        .or(bases.first().copied())
        .unwrap_or(RateBasis::Yearly);
    OfferTerms {
        bases,
        basis,
        range,
        route,
    }
}

/// No route chosen: an employee is offered a yearly salary and a contractor the job ad's
/// basis, checked against the job ad's range: a default, named as one.
fn default_terms(plan: &Plan) -> (Vec<RateBasis>, Result<AdPay, String>, Option<String>) {
    let level = seniority::effective(plan);
    let range = match Scenario::from_plan(plan, level) {
        Ok(s) => ad_pay(&s).map(|mut p| {
            p.basis = format!(
                "the job ad's range, the default while no route is chosen: {}",
                p.basis
            );
            p
        }),
        Err(e) => Err(e
            .first()
            .map(|x| x.message().to_string())
            .unwrap_or_default()),
    };
    let bases = if plan.engagement.kind.is_employee() {
        vec![RateBasis::Yearly]
    } else {
        let first = range.as_ref().map(|r| r.per).unwrap_or(RateBasis::Hourly);
        let mut v = vec![first];
        v.extend(
            [RateBasis::Hourly, RateBasis::Weekly, RateBasis::Monthly]
                .into_iter()
                .filter(|b| *b != first),
        );
        v
    };
    (bases, range, None)
}

/// A chosen route's own basis and range: its deal in the data, or the founder's quote.
fn route_terms(
    plan: &Plan,
    key: &RouteKey,
    o: &CostOption,
) -> (Vec<RateBasis>, Result<AdPay, String>) {
    let m = market();
    let val = |id: &str| {
        m.value(id, &plan.costs.overrides)
            .map(|u| u.value)
            .unwrap_or_default()
    };
    let overridden = o.overridden();
    if let RouteKey::Quote(id) = key {
        let Some(q) = plan.costs.quotes.iter().find(|q| q.id == *id) else {
            return (vec![RateBasis::Yearly], Err("the quote is gone".into()));
        };
        let p = crate::cost::parse_quote(q, &plan.finances).map_err(|_| {
            "the quote's figures are not valid yet: fix them on the Costs step".to_string()
        });
        let basis = if q.route == QuoteRoute::Employee {
            RateBasis::Yearly
        } else {
            q.basis
        };
        let words = format!("your quote \u{201c}{}\u{201d}", q.name.trim());
        let r = p.map(|p| {
            // An employee quote in another basis is read as a yearly salary.
            let to_year = match (q.route == QuoteRoute::Employee, q.basis) {
                (true, RateBasis::Monthly) => 12.0,
                _ => 1.0,
            };
            range(p.low * to_year, p.high * to_year, basis, words, true)
        });
        return (vec![basis], r);
    }
    if o.route.serves_employees() {
        return (vec![RateBasis::Yearly], employee_range(o));
    }
    let ch = key.channel().and_then(|id| m.channel(id));
    match ch.map(|c| &c.deal.rate) {
        Some(Pricing::Package { .. }) => {
            let price = o.used.iter().find(|u| {
                m.unit(&u.id) == Some(crate::market::Unit::UsdPerMonth) && m.figure(&u.id).is_some()
            });
            let r = match (o.monthly, price) {
                (Some(mo), Some(u)) => Ok(AdPay {
                    range: mo,
                    per: RateBasis::Monthly,
                    basis: format!("{}'s package ({})", o.label, m.short_citation(&u.id)),
                    overridden,
                }),
                _ => Err(format!(
                    "no package of {} covers the hours: see the Costs step",
                    o.label
                )),
            };
            (vec![RateBasis::Monthly], r)
        }
        Some(Pricing::Weekly { low, high }) => (
            vec![RateBasis::Weekly, RateBasis::Hourly],
            Ok(range(
                val(low),
                val(high),
                RateBasis::Weekly,
                format!(
                    "{}'s rate for a full-time week ({})",
                    ch.map(|c| c.name).unwrap_or_default(),
                    m.short_citation(low)
                ),
                overridden,
            )),
        ),
        Some(Pricing::NotGiven { what }) => (
            vec![RateBasis::Hourly, RateBasis::Weekly, RateBasis::Monthly],
            Err(format!(
                "the sources do not give {what}: agree the rate with {} and add it as a quote on the Costs step to compare it",
                ch.map(|c| c.name).unwrap_or_default()
            )),
        ),
        // A contractor hired directly (no channel), or a channel that pays a salary.
        Some(Pricing::Salary) | None => {
            // A contractor hired directly: the hourly rates the sources give there.
            let rates = o
                .country
                .as_deref()
                .and_then(|c| m.country(c))
                .and_then(|c| c.contractor_hourly.as_ref());
            let r = match rates {
                Some([lo, hi]) => Ok(range(
                    val(lo),
                    val(hi),
                    RateBasis::Hourly,
                    format!("contractor rates for {} ({})", o.label, m.short_citation(lo)),
                    overridden,
                )),
                None => Err(format!("the sources give no contractor rate for {}", o.label)),
            };
            (vec![RateBasis::Hourly, RateBasis::Monthly], r)
        }
    }
}

/// The trial's length typed by the founder where the route's source gives none.
pub(crate) fn own_days(plan: &Plan) -> Option<f64> {
    parse_number(&plan.offer.trial_days).filter(|d| *d >= 1.0 && *d <= 90.0)
}
