//! The Costs step's decision block and its route groups, in words: the shortlist's cards, one
//! line for each route left out, and routes that share their terms said once with a table of
//! their differences. The same words serve the step, the embed and the tests.

use crate::cost::decision::{shortlist, Candidate, LeftOut, Pick, Shortlist};
use crate::cost::engine::option::{Catch, Cheapest, CostOption, CostReport, RouteKind};
use crate::cost::view::{in_page_order, route_note, RouteNote};
use crate::cost::words::months;
use crate::cost::words::{before_eor_words, country_in_sentence, none_words};
use crate::plan::{Plan, RouteKey};
use crate::text::currency::Rate;
use crate::text::format::days_range;

/// One route as the decision block shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub key: String,
    pub label: String,
    /// Why it is on the shortlist ("Cheapest with every cost known"), empty for a route shown
    /// because it was chosen.
    pub picks: Vec<&'static str>,
    /// "$2,200 – $2,400 a month all-in", or that the sources give no price.
    pub month: String,
    /// "$25,300 over 12 months", where there is a total.
    pub total: Option<String>,
    /// "2 days to hire", or that it is not given.
    pub hire: String,
    /// Its first catch in a few words (the sentence is in the route's notes).
    pub catch: Option<String>,
    pub choosable: bool,
}

/// A route left out of the shortlist, and why, in one line.
#[derive(Clone, Debug, PartialEq)]
pub struct LeftOutLine {
    pub key: String,
    pub label: String,
    pub why: String,
}

/// The decision block: the shortlist's cards and the rest, each with its reason.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Decision {
    pub cards: Vec<Card>,
    /// Why the shortlist is empty, where it is.
    pub none: Option<String>,
    /// An employee abroad that looks cheaper than the cheapest card only because its EOR fee
    /// is not set.
    pub before_eor: Option<String>,
    /// A cheaper route in another country than the hire's, said as a side note with where.
    pub elsewhere: Option<String>,
    pub left_out: Vec<LeftOutLine>,
}

fn pick_words(p: Pick, budgeted: bool) -> &'static str {
    match (p, budgeted) {
        (Pick::Cheapest, false) => "Cheapest, every cost known",
        (Pick::Cheapest, true) => "Cheapest within your budget",
        (Pick::Fastest, _) => "Fastest to hire",
        (Pick::LeastBound, _) => "Least commitment",
        (Pick::NextCheapest, _) => "Next cheapest",
    }
}

/// A route's card, with the reasons it was picked (none for the chosen route shown alone).
pub fn card(report: &CostReport, o: &CostOption, picks: &[Pick], rate: &Rate) -> Card {
    let budgeted = report.scenario.budget_monthly.is_some();
    let over = months(report.scenario.horizon_months);
    let month = match o.monthly_all_in() {
        Some(m) if o.eor_missing => format!("{} a month, before the EOR fee", rate.range(m)),
        Some(m) => format!("{} a month all-in", rate.range(m)),
        None => "No price in the sources".to_string(),
    };
    let hire = match o.hire_days {
        Some((lo, hi)) => format!(
            "{} to hire{}",
            days_range(lo, hi),
            if o.hire_days_estimated {
                " (an estimate)"
            } else {
                ""
            }
        ),
        None => "Time to hire not given".to_string(),
    };
    Card {
        key: o.key.to_string(),
        label: o.label.clone(),
        picks: picks.iter().map(|p| pick_words(*p, budgeted)).collect(),
        month,
        total: o.total.map(|t| format!("{} over {over}", rate.range(t))),
        hire,
        catch: o
            .closed
            .as_ref()
            .map(|why| format!("Closed: {why}"))
            .or_else(|| o.catches.first().map(|c| c.short(rate))),
        choosable: crate::cost::decision::chosen::choosable(o),
    }
}

fn left_out_words(report: &CostReport, s: &Shortlist, o: &CostOption, why: LeftOut) -> String {
    let named = |pick: Pick| {
        s.candidates
            .iter()
            .find(|c: &&Candidate| c.picks.contains(&pick))
            .map(|c| c.option.label.clone())
    };
    match why {
        LeftOut::Closed => "closed to new clients.".to_string(),
        LeftOut::OtherEngagement => {
            let hires = if o.route.serves_employees() {
                "hires an employee"
            } else {
                "hires a contractor"
            };
            format!("{hires}; your plan is a {}.", report.scenario.kind.noun())
        }
        LeftOut::NoPrice => "the sources give no price: add a quote of your own.".to_string(),
        LeftOut::EorNotSet => {
            "needs an employer of record (EOR) you have not priced: set its fee in the assumptions."
                .to_string()
        }
        LeftOut::OverBudget => "over your monthly budget.".to_string(),
        LeftOut::Elsewhere => format!(
            "hires in {}; your hire is based in {}.",
            o.country
                .as_deref()
                .map(country_in_sentence)
                .unwrap_or_default(),
            based_in(report)
        ),
        LeftOut::Beaten => match (named(Pick::Cheapest), named(Pick::Fastest)) {
            (Some(c), Some(f)) if c != f => {
                format!("costs more than {c} and hires no faster than {f}.")
            }
            (Some(c), _) => format!("costs more than {c}, and hires no faster."),
            _ => "costs more than the routes above.".to_string(),
        },
    }
}

/// Where the plan's hire is based, in a sentence ("Germany").
fn based_in(report: &CostReport) -> String {
    report
        .scenario
        .hire_country
        .as_deref()
        .map(country_in_sentence)
        .unwrap_or_default()
}

/// The decision block for the plan; `chosen`: the founder's route, shown on its own card and
/// so never said to be left out.
pub fn decision(report: &CostReport, rate: &Rate, chosen: Option<&RouteKey>) -> Decision {
    let s = shortlist(report, chosen);
    let short = report.in_short();
    // The cheapest may exist and still not be on the shortlist (its time or commitment): the
    // words say why only when no route of the engagement has every cost known.
    let none = if s.candidates.is_empty() {
        none_words(&short, rate)
    } else {
        None
    };
    let before_eor = before_eor_words(&short, rate);
    let elsewhere = s.elsewhere.map(|o| {
        format!(
            "{}: {}, {} over {}, if the hire were based in {} rather than {}.",
            if s.candidates.is_empty() {
                "Elsewhere, with every cost known"
            } else {
                "Cheaper elsewhere"
            },
            o.label,
            o.total.map(|t| rate.range(t)).unwrap_or_default(),
            months(report.scenario.horizon_months),
            o.country
                .as_deref()
                .map(country_in_sentence)
                .unwrap_or_default(),
            based_in(report)
        )
    });
    Decision {
        none,
        before_eor,
        elsewhere,
        cards: s
            .candidates
            .iter()
            .map(|c| card(report, c.option, &c.picks, rate))
            .collect(),
        left_out: s
            .left_out
            .iter()
            .map(|(o, why)| LeftOutLine {
                key: o.key.to_string(),
                label: o.label.clone(),
                why: left_out_words(report, &s, o, *why),
            })
            .collect(),
    }
}

/// Routes that share their terms, said once: employees abroad (an entity or an EOR each),
/// contractors hired directly. A route of its own (a channel, a quote) is a group of one.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteGroup {
    /// The route kind's name for a group, the route's name for a group of one.
    pub title: String,
    pub how: &'static str,
    /// Catches and terms every member has, each said once.
    pub shared_catches: Vec<String>,
    pub shared_terms: Vec<String>,
    /// The sources the members' prices rest on, each once.
    pub sources: Vec<String>,
    pub members: Vec<GroupMember>,
}

/// One route of a group, with what sets it apart.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupMember {
    pub key: String,
    pub label: String,
    pub month: String,
    pub hire: String,
    /// Its own catches and terms (none for a group of one: they are the group's).
    pub own: Vec<String>,
    pub choosable: bool,
}

/// The same catch for any country: what members of a group compare.
fn generic(c: &Catch) -> Catch {
    match c {
        Catch::Eor { fee_set, .. } => Catch::Eor {
            country: String::new(),
            fee_set: *fee_set,
        },
        Catch::PostingFees { .. }
        | Catch::Deposit { .. }
        | Catch::Commitment { .. }
        | Catch::NoPrice { .. }
        | Catch::LargerPackage { .. }
        | Catch::PackageTooSmall { .. }
        | Catch::FindThemYourself
        | Catch::NoContractorRate { .. }
        | Catch::OtherEngagement { .. } => c.clone(),
    }
}

fn groups_key(o: &CostOption) -> Option<RouteKind> {
    let grouped = matches!(
        o.route,
        RouteKind::EmployeeAbroad | RouteKind::DirectContractor
    );
    (grouped && !o.your_quote && o.closed.is_none()).then_some(o.route)
}

pub fn route_groups(report: &CostReport, rate: &Rate) -> Vec<RouteGroup> {
    let mut out: Vec<(Option<RouteKind>, Vec<&CostOption>)> = Vec::new();
    for o in in_page_order(report) {
        let key = groups_key(o);
        match out.iter_mut().find(|(k, _)| key.is_some() && *k == key) {
            Some((_, list)) => list.push(o),
            None => out.push((key, vec![o])),
        }
    }
    out.into_iter()
        .map(|(_, members)| group(report, &members, rate))
        .collect()
}

fn group(report: &CostReport, members: &[&CostOption], rate: &Rate) -> RouteGroup {
    let notes: Vec<RouteNote> = members.iter().map(|o| route_note(o, rate)).collect();
    let month = |o: &CostOption| {
        let c = card(report, o, &[], rate);
        (c.month, c.hire)
    };
    if let ([o], [n]) = (members, notes.as_slice()) {
        let (m, hire) = month(o);
        return RouteGroup {
            title: n.label.clone(),
            how: n.how,
            shared_catches: n.catches.clone(),
            shared_terms: n.terms.clone(),
            sources: vec![n.source.clone()],
            members: vec![GroupMember {
                key: n.key.clone(),
                label: n.label.clone(),
                month: m,
                hire,
                own: Vec::new(),
                choosable: n.choosable,
            }],
        };
    }
    let in_all_catches: Vec<Catch> = members[0]
        .catches
        .iter()
        .map(generic)
        .filter(|c| {
            members
                .iter()
                .all(|o| o.catches.iter().any(|x| generic(x) == *c))
        })
        .collect();
    let in_all_terms: Vec<String> = notes[0]
        .terms
        .iter()
        .filter(|t| notes.iter().all(|n| n.terms.contains(t)))
        .cloned()
        .collect();
    let mut sources: Vec<String> = Vec::new();
    for n in &notes {
        if !sources.contains(&n.source) {
            sources.push(n.source.clone());
        }
    }
    RouteGroup {
        title: members[0].route.label().to_string(),
        how: members[0].route.label(),
        shared_catches: in_all_catches.iter().map(|c| c.words(rate)).collect(),
        shared_terms: in_all_terms.clone(),
        sources,
        members: members
            .iter()
            .zip(&notes)
            .map(|(o, n)| {
                let (m, hire) = month(o);
                let own = o
                    .catches
                    .iter()
                    .filter(|c| !in_all_catches.contains(&generic(c)))
                    .map(|c| c.words(rate))
                    .chain(
                        n.terms
                            .iter()
                            .filter(|t| !in_all_terms.contains(t))
                            .cloned(),
                    )
                    .collect();
                GroupMember {
                    key: n.key.clone(),
                    label: n.label.clone(),
                    month: m,
                    hire,
                    own,
                    choosable: n.choosable,
                }
            })
            .collect(),
    }
}

/// What the plan embed says about the route, line by line: the chosen route with its price and
/// time to hire (or that none is chosen, and the cheapest pick where the hire is based), then
/// each quote of the plan's as the link carries it (its label only if the founder ticked for
/// it). Readers of an embed have no controls: nothing here asks them to do anything.
pub fn embed_route_lines(plan: &Plan, report: &CostReport, rate: &Rate) -> Vec<String> {
    let said = |c: &Card| {
        let total = c
            .total
            .as_ref()
            .map(|t| format!(", {t}"))
            .unwrap_or_default();
        format!("{}{total}. {}.", c.month, c.hire)
    };
    let mut out = Vec::new();
    let chosen = plan.route.chosen.as_ref();
    match chosen.and_then(|k| report.option(k)) {
        Some(o) => {
            let c = card(report, o, &[], rate);
            out.push(format!("Route chosen: {}. {}", c.label, said(&c)));
        }
        None => {
            // "In short"'s cheapest (where the hire is based, within the budget), not the whole
            // decision block: the embed's first screen has no room for its words.
            let first = match report.in_short().cheapest {
                Cheapest::Known(o) => {
                    let c = card(report, o, &[], rate);
                    format!(" The cheapest route that fits: {}. {}", c.label, said(&c))
                }
                Cheapest::OverBudget { .. } | Cheapest::NonePriced => String::new(),
            };
            out.push(format!("No route chosen yet.{first}"));
        }
    }
    for o in report.options.iter().filter(|o| o.your_quote) {
        let c = card(report, o, &[], rate);
        out.push(format!("Quote: {}. {}", c.label, said(&c)));
    }
    out
}
