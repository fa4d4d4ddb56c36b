//! The hiring timeline: a route's phases, dated back from the target start date. A route is
//! the job boards or a channel of the market data, the keys the Costs step prices; its times
//! come from that channel's deal, and where the deal gives none the timeline says so rather
//! than borrow another route's. Facts only: `words` names the phases and the flags.

use crate::market::{ids, market, Bound, Channel, Serves, TrialBilling};
use crate::plan::{EngagementKind, Plan, RouteKey};
use chrono::{Days, NaiveDate};

/// What one phase of the timeline is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhaseKind {
    /// Job boards: posting and sourcing, on the open boards of the data.
    Sourcing {
        boards: Vec<&'static str>,
    },
    PhoneScreens,
    Assignment,
    FinalInterviews,
    Offer,
    /// The notice an employee gives before starting: after job boards, or after a placement.
    Notice {
        placed: bool,
    },
    /// A channel matches (and, where its source says so, you hire), in its source's days.
    Match {
        channel: &'static str,
        days: u32,
        bound: Option<Bound>,
        hire: bool,
    },
    /// A channel whose source gives no time: the days the founder set as an assumption.
    AssumedMatch {
        channel: &'static str,
    },
    /// A route no source gives a time for (an employee abroad, a contractor hired directly,
    /// a quote without days): the days the founder set as an assumption.
    AssumedSearch {
        route: String,
    },
    /// The founder's quote gives its own days to hire.
    QuoteDays {
        route: String,
        days: u32,
    },
    /// The founder's own interviews of a platform's matches (an assumption).
    Interviews,
    /// The offer's reply-by date.
    ReplyBy,
    /// A channel's trial, from the first day of work.
    Trial {
        channel: &'static str,
        days: u32,
        up_to: bool,
        billed: TrialBilling,
    },
}

/// One phase of the timeline, with its dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phase {
    pub kind: PhaseKind,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// A problem with the timeline, each worded with a suggested fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimelineFlag {
    /// The target start date is in the past.
    Past {
        target: NaiveDate,
        earliest: NaiveDate,
    },
    /// The route takes `days`: the target is sooner than that.
    TooSoon {
        target: NaiveDate,
        days: u64,
        earliest: NaiveDate,
    },
    /// The offer's reply-by date is after the offer phase ends.
    ReplyAfterOffer {
        reply: NaiveDate,
        offer_end: NaiveDate,
        start: NaiveDate,
    },
    /// The channel's source gives no time to match, and the founder has set none.
    NoTimeInSources { channel: &'static str },
    /// The route has no time in any source (an employee abroad, a contractor hired directly,
    /// a quote without days), and the founder has set none.
    NoTimeForRoute { route: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub phases: Vec<Phase>,
    pub start_work: NaiveDate,
    pub flags: Vec<TimelineFlag>,
}

impl Timeline {
    /// The day the hire starts work, if the route's every step has a time (from its source,
    /// the founder's quote or a named assumption); None where one has none. The phases are
    /// still laid out (from today) for the chart, but that day is no start date.
    pub fn start(&self) -> Option<NaiveDate> {
        let untimed = self.flags.iter().any(|f| {
            matches!(
                f,
                TimelineFlag::NoTimeInSources { .. } | TimelineFlag::NoTimeForRoute { .. }
            )
        });
        (!untimed).then_some(self.start_work)
    }

    /// Each phase as days from the first step (start, end): the rows of the timeline chart.
    pub fn chart_rows(&self) -> Vec<(String, (u32, u32))> {
        let first = self
            .phases
            .first()
            .map(|p| p.start)
            .unwrap_or(self.start_work);
        let days = |d: NaiveDate| (d - first).num_days().max(0) as u32;
        self.phases
            .iter()
            .map(|p| (p.name(), (days(p.start), days(p.end))))
            .collect()
    }
}

fn add(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_add_days(Days::new(days)).unwrap_or(d)
}

fn sub(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(days)).unwrap_or(d)
}

/// The channel whose deal gives the job boards' weeks: the first open one with any.
fn job_boards() -> Option<&'static Channel> {
    market()
        .channels
        .iter()
        .find(|c| c.closed.is_none() && !c.deal.hire_weeks.is_empty())
}

/// The channel a route goes through, if it is open; any other route is found on job boards.
fn channel_of(route: &RouteKey) -> Option<&'static Channel> {
    let ch = market().channel(route.channel()?)?;
    ch.closed.is_none().then_some(ch)
}

fn bound_of(id: &str) -> Option<Bound> {
    market().figure(id).and_then(|f| f.bound)
}

/// The routes a timeline can be laid out for: the job boards, then every open channel that is
/// not a job board, those whose source gives a time first (in the data's order).
pub fn timeline_routes() -> Vec<RouteKey> {
    let others: Vec<&Channel> = market()
        .channels
        .iter()
        .filter(|c| c.closed.is_none() && c.deal.hire_weeks.is_empty())
        .collect();
    let timed = |c: &&&Channel| c.deal.hire_days.is_some() || c.deal.match_days.is_some();
    std::iter::once(RouteKey::JobBoards)
        .chain(
            others
                .iter()
                .filter(timed)
                .chain(others.iter().filter(|c| !timed(c)))
                .map(|c| RouteKey::Channel(c.id.to_string())),
        )
        .collect()
}

/// How long a route's times are, from the figures in force, each with the id of its source
/// article: what the Interviews step says above the timeline.
#[derive(Clone, Debug, PartialEq)]
pub enum RouteTime {
    /// Job boards' weeks to hire as one source gives them; the first source is the main one.
    BoardWeeks { low: f64, high: f64, first: bool },
    /// A channel's days to match, or to hire where the source gives the hire itself.
    Days {
        channel: &'static str,
        days: f64,
        bound: Option<Bound>,
        hire: bool,
    },
}

/// Every route's time, with its source article. A figure missing from the data leaves its
/// line out, never shown as zero.
pub fn route_times(plan: &Plan) -> Vec<(RouteTime, &'static str)> {
    let m = market();
    let o = &plan.costs.overrides;
    let val = |id: &str| m.value(id, o).map(|u| u.value);
    let source = |id: &str| m.figure(id).map(|f| f.source).unwrap_or_default();
    let mut out = Vec::new();
    if let Some(boards) = job_boards() {
        for (i, [lo, hi]) in boards.deal.hire_weeks.iter().enumerate() {
            if let (Some(low), Some(high)) = (val(lo), val(hi)) {
                let first = i == 0;
                out.push((RouteTime::BoardWeeks { low, high, first }, source(lo)));
            }
        }
    }
    for ch in m
        .channels
        .iter()
        .filter(|c| c.closed.is_none() && c.deal.hire_weeks.is_empty())
    {
        let figure = match (&ch.deal.hire_days, &ch.deal.match_days) {
            (Some(id), _) => Some((id, true)),
            (None, Some(id)) => Some((id, false)),
            (None, None) => None,
        };
        let Some((id, hire)) = figure else { continue };
        if let Some(days) = val(id) {
            let bound = bound_of(id);
            let channel = ch.name;
            out.push((
                RouteTime::Days {
                    channel,
                    days,
                    bound,
                    hire,
                },
                source(id),
            ));
        }
    }
    out
}

/// Phases with their days, in order, for a route, and what the data could not give.
pub(crate) fn phases_for(
    route: &RouteKey,
    plan: &Plan,
) -> (Vec<(PhaseKind, u64)>, Vec<TimelineFlag>) {
    let m = market();
    let o = &plan.costs.overrides;
    let val = |id: &str| m.value(id, o).map(|u| u.value).unwrap_or(0.0).max(0.0);
    let notice = if plan.engagement.kind == EngagementKind::FullTimeEmployee {
        (val(ids::NOTICE_WEEKS) * 7.0).round() as u64
    } else {
        0
    };
    let days = |x: f64| x.round().max(1.0) as u64;
    // Routes no source times: the quote's own days, else the founder's assumption; never
    // the job boards' weeks. (An employee in another country is found on the job boards, as
    // the Costs step times them, then gives notice.)
    if matches!(route, RouteKey::Contractor(_) | RouteKey::Quote(_)) {
        let name = crate::cost::route_title(plan, route);
        let quoted = match route {
            RouteKey::Quote(id) => plan
                .costs
                .quotes
                .iter()
                .find(|q| q.id == *id)
                .and_then(|q| crate::text::format::parse_number(&q.days_to_hire))
                .filter(|d| *d >= 1.0),
            RouteKey::JobBoards
            | RouteKey::Placement(_)
            | RouteKey::Employee(_)
            | RouteKey::Channel(_)
            | RouteKey::Contractor(_) => None,
        };
        let mut flags = Vec::new();
        let mut v = Vec::new();
        match (quoted, m.value(ids::DIRECT_HIRE_DAYS, o)) {
            (Some(d), _) => v.push((
                PhaseKind::QuoteDays {
                    route: name,
                    days: d.round() as u32,
                },
                days(d),
            )),
            (None, Some(u)) => v.push((PhaseKind::AssumedSearch { route: name }, days(u.value))),
            (None, None) => flags.push(TimelineFlag::NoTimeForRoute { route: name }),
        }
        let employee_route = match route {
            RouteKey::Quote(id) => plan
                .costs
                .quotes
                .iter()
                .any(|q| q.id == *id && q.route == crate::plan::QuoteRoute::Employee),
            RouteKey::JobBoards
            | RouteKey::Placement(_)
            | RouteKey::Employee(_)
            | RouteKey::Channel(_)
            | RouteKey::Contractor(_) => false,
        };
        if employee_route && notice > 0 {
            v.push((PhaseKind::Notice { placed: false }, notice));
        }
        return (v, flags);
    }
    let Some(ch) = channel_of(route).or_else(job_boards) else {
        return (Vec::new(), Vec::new());
    };
    let deal = &ch.deal;
    let mut flags = Vec::new();
    let mut v = Vec::new();
    if !deal.hire_weeks.is_empty() {
        // The sources' slowest case, split across the steps of the process as
        // `words::JOB_BOARD_SPLIT` says.
        let weeks = deal
            .hire_weeks
            .iter()
            .map(|[_, hi]| val(hi))
            .fold(0.0, f64::max);
        let total = (weeks * 7.0).round() as u64;
        let share = (val(ids::JOB_BOARD_SOURCING_SHARE) / 100.0).clamp(0.0, 0.9);
        let sourcing = ((total as f64 * share).round() as u64).max(1);
        let part = (total.saturating_sub(sourcing) / 4).max(1);
        let boards = m
            .channels
            .iter()
            .filter(|c| c.closed.is_none() && !c.deal.hire_weeks.is_empty())
            .map(|c| c.name)
            .collect();
        v.extend([
            (PhaseKind::Sourcing { boards }, sourcing),
            (PhaseKind::PhoneScreens, part),
            (PhaseKind::Assignment, part),
            (PhaseKind::FinalInterviews, part),
            (
                PhaseKind::Offer,
                total.saturating_sub(sourcing + part * 3).max(1),
            ),
        ]);
        if notice > 0 {
            v.push((PhaseKind::Notice { placed: false }, notice));
        }
        return (v, flags);
    }
    match (&deal.hire_days, &deal.match_days) {
        (Some(id), _) | (None, Some(id)) => {
            let d = val(id);
            v.push((
                PhaseKind::Match {
                    channel: ch.name,
                    days: d.round() as u32,
                    bound: bound_of(id),
                    hire: deal.hire_days.is_some(),
                },
                days(d),
            ));
        }
        (None, None) => match m.value(ids::PLATFORM_MATCH_DAYS, o) {
            Some(u) => v.push((PhaseKind::AssumedMatch { channel: ch.name }, days(u.value))),
            None => flags.push(TimelineFlag::NoTimeInSources { channel: ch.name }),
        },
    }
    v.push((
        PhaseKind::Interviews,
        days(val(ids::PLATFORM_INTERVIEW_DAYS)),
    ));
    // A channel that places employees hands over after their notice; a contractor starts.
    if notice > 0 && deal.serves.contains(&Serves::Employee) {
        v.push((PhaseKind::Notice { placed: true }, notice));
    }
    (v, flags)
}

/// The route the plan's timeline follows: the founder's choice, else the job boards as the
/// default (`true` when chosen).
pub fn plan_route(plan: &Plan) -> (RouteKey, bool) {
    match &plan.route.chosen {
        Some(k) => (k.clone(), true),
        None => (RouteKey::JobBoards, false),
    }
}

/// The timeline for the plan's route (`plan_route`).
pub fn plan_timeline(plan: &Plan, today: NaiveDate) -> Timeline {
    timeline(plan, &plan_route(plan).0, today)
}

/// The timeline for a route, ending at the target start date (or starting today).
pub fn timeline(plan: &Plan, route: &RouteKey, today: NaiveDate) -> Timeline {
    let (parts, mut flags) = phases_for(route, plan);
    let total: u64 = parts.iter().map(|p| p.1).sum();
    let earliest = add(today, total);
    let start_work = match plan.engagement.start_date {
        Some(target) if target < today => {
            flags.push(TimelineFlag::Past { target, earliest });
            earliest
        }
        Some(target) if target < earliest => {
            flags.push(TimelineFlag::TooSoon {
                target,
                days: total,
                earliest,
            });
            earliest
        }
        Some(target) => target,
        None => earliest,
    };
    let mut cursor = sub(start_work, total);
    let mut phases = Vec::new();
    for (kind, days) in parts {
        let end = add(cursor, days);
        phases.push(Phase {
            kind,
            start: cursor,
            end,
        });
        cursor = end;
    }
    // The offer's reply-by date, once the founder sets it, sits on the same timeline; a date
    // after the offer phase ends pushes the start back, and is flagged.
    if let Some(reply) = plan.offer.reply_by {
        if let Some(offer) = phases.iter().find(|p| p.kind == PhaseKind::Offer) {
            if reply > offer.end {
                flags.push(TimelineFlag::ReplyAfterOffer {
                    reply,
                    offer_end: offer.end,
                    start: start_work,
                });
            }
        }
        phases.push(Phase {
            kind: PhaseKind::ReplyBy,
            start: reply,
            end: reply,
        });
    }
    // The channel's trial, where its deal gives one with a length, runs from the first day.
    let m = market();
    let trial = channel_of(route).and_then(|ch| {
        let t = ch.deal.trial.as_ref()?;
        let id = t.days.as_ref()?;
        let days = m.value(id, &plan.costs.overrides)?.value.round().max(0.0) as u32;
        let kind = PhaseKind::Trial {
            channel: ch.name,
            days,
            up_to: bound_of(id) == Some(Bound::UpTo),
            billed: t.billed,
        };
        Some((kind, days))
    });
    if let Some((kind, days)) = trial {
        phases.push(Phase {
            kind,
            start: start_work,
            end: add(start_work, days as u64),
        });
    }
    Timeline {
        phases,
        start_work,
        flags,
    }
}
