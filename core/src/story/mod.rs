//! The plan's story: what the later steps, the exports and the embeds say about the hire,
//! worked out once from the plan and the data. The route the plan follows (the founder's
//! choice, or the stated default), when the hire starts and what makes that date, the
//! currency its money shows in, the trial or probation window on the route's terms, and the
//! offer's basis, range and start. Views read it; none works out a date, a conversion or the
//! route by itself. Facts only: the words are the views'.

pub mod shortlist;
pub mod shortlist_words;
pub mod terms;
pub mod words;

use crate::cost::decision::chosen::{choosable, report};
use crate::cost::runway::finance::finance;
use crate::cost::{route_name, CostOption, CostReport};
use crate::hiring::{plan_route, timeline, PhaseKind, TimelineFlag};
use crate::market::ids;
use crate::plan::{Plan, RouteKey};
use crate::text::currency::Rate;
use chrono::NaiveDate;
pub use terms::{
    offer_terms, offer_terms_for, route_trial, route_trial_for, OfferTerms, RouteTrial,
};

/// When the hire starts work on a route, and what makes up that date.
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    /// The hire starts on `date`. From today, `hire_days` to find and hire (the route's source,
    /// the founder's quote, or the named assumption `assumed`), then `notice_days` of an
    /// employee's notice. `target`: the date is the founder's target start date, which those
    /// days reach.
    On {
        date: NaiveDate,
        hire_days: u64,
        notice_days: u64,
        assumed: Option<&'static str>,
        target: bool,
    },
    /// No start date: a step of the route has no time in the sources and the founder has set
    /// none (the flag says which, and which assumption to set).
    Unknown { why: TimelineFlag },
}

impl Start {
    /// The start date, where there is one.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Start::On { date, .. } => Some(*date),
            Start::Unknown { .. } => None,
        }
    }
}

/// When the hire would start on a route: the timeline's start for that route, with its parts.
pub fn start_on(plan: &Plan, route: &RouteKey, today: NaiveDate) -> Start {
    let t = timeline(plan, route, today);
    let Some(date) = t.start() else {
        let why = t
            .flags
            .iter()
            .find(|f| {
                matches!(
                    f,
                    TimelineFlag::NoTimeInSources { .. } | TimelineFlag::NoTimeForRoute { .. }
                )
            })
            .cloned()
            .unwrap_or(TimelineFlag::NoTimeForRoute {
                route: route_name(plan, route),
            });
        return Start::Unknown { why };
    };
    let mut hire_days = 0;
    let mut notice_days = 0;
    let mut assumed = None;
    for p in &t.phases {
        let days = (p.end - p.start).num_days().max(0) as u64;
        match &p.kind {
            PhaseKind::Notice { .. } => notice_days += days,
            PhaseKind::ReplyBy | PhaseKind::Trial { .. } => {}
            PhaseKind::AssumedSearch { .. } => {
                assumed = Some(ids::DIRECT_HIRE_DAYS);
                hire_days += days;
            }
            PhaseKind::AssumedMatch { .. } => {
                assumed = Some(ids::PLATFORM_MATCH_DAYS);
                hire_days += days;
            }
            PhaseKind::Sourcing { .. }
            | PhaseKind::PhoneScreens
            | PhaseKind::Assignment
            | PhaseKind::FinalInterviews
            | PhaseKind::Offer
            | PhaseKind::Match { .. }
            | PhaseKind::QuoteDays { .. }
            | PhaseKind::Interviews => hire_days += days,
        }
    }
    Start::On {
        date,
        hire_days,
        notice_days,
        assumed,
        target: plan.engagement.start_date == Some(date),
    }
}

/// The trial or probation on the route's terms, and the day it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct TrialWindow {
    pub terms: RouteTrial,
    /// The founder's own start for it, else the hire's start; None while neither is known.
    pub start: Option<NaiveDate>,
}

/// The plan's story (see the module's head).
#[derive(Clone, Debug, PartialEq)]
pub struct Story {
    /// The route the plan follows.
    pub route: RouteKey,
    /// Whether the founder chose it; else it is the default (the job boards).
    pub chosen: bool,
    /// The route's name in a sentence.
    pub name: String,
    /// The chosen route as the Costs step prices it; None without a choice, or while the plan
    /// cannot be priced.
    pub option: Option<CostOption>,
    /// When the hire starts, and what makes the date.
    pub start: Start,
    /// The currency and rate every amount shows in: the founder's, else US dollars.
    pub money: Rate,
    /// The trial or probation window.
    pub trial: TrialWindow,
    /// The offer's basis and range on the route's terms.
    pub offer: OfferTerms,
    /// The offer's start: the founder's date, else the hire's start.
    pub offer_start: Option<NaiveDate>,
}

/// The plan's story as of `today`.
pub fn story(plan: &Plan, today: NaiveDate) -> Story {
    story_priced(plan, report(plan).as_ref(), today)
}

/// The plan's story, from the plan as the Costs step prices it (`report`, None while the plan
/// cannot be priced): priced once for the route, its trial and its offer.
pub fn story_priced(plan: &Plan, report: Option<&CostReport>, today: NaiveDate) -> Story {
    let (route, chosen) = plan_route(plan);
    let start = start_on(plan, &route, today);
    let option = plan.route.chosen.as_ref().and_then(|key| {
        report?
            .options
            .iter()
            .find(|o| o.key == *key && choosable(o))
            .cloned()
    });
    let trial = TrialWindow {
        terms: route_trial_for(plan, option.as_ref()),
        start: plan.offer.trial_start.or(start.date()),
    };
    Story {
        name: route_name(plan, &route),
        money: finance(plan, today).display,
        offer: offer_terms_for(plan, option.as_ref()),
        option,
        offer_start: plan.offer.start_date.or(start.date()),
        trial,
        start,
        route,
        chosen,
    }
}

#[cfg(test)]
mod tests;
