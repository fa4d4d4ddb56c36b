//! The timeline's words: what each phase, flag and route time is called on screen, in the
//! print view and in exports. The timeline itself (`timeline`) returns facts.

use super::timeline::{Phase, PhaseKind, RouteTime, TimelineFlag};
use crate::market::{market, Bound};
use crate::plan::RouteKey;
use crate::text::format::{self as dates, days_words, plain_number, DateStyle};
use std::fmt;

/// How `timeline` splits the job-board total across its steps, said where the timeline is
/// shown: the sources give the total only, so the split is an assumption (editable).
pub const JOB_BOARD_SPLIT: &str = "The sources give job boards' total only: its split across the steps below (a share to posting and sourcing, the rest evenly across the later steps) is an assumption you can change on the Costs step.";

/// "about 2 days", "within 1 day": days as the source bounds them.
fn bounded(days: f64, bound: Option<Bound>) -> String {
    let d = days_words(days);
    match bound {
        Some(Bound::UpTo) => format!("within {d}"),
        Some(b) => format!("{} {d}", b.word()),
        None => d,
    }
}

/// An assumption's label, as the figures panel shows it.
fn assumption_label(id: &str) -> &'static str {
    market().assumption(id).map(|a| a.label).unwrap_or_default()
}

/// "A, B and C".
fn and_list(names: &[&str]) -> String {
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

impl Phase {
    pub fn name(&self) -> String {
        match &self.kind {
            PhaseKind::Sourcing { .. } => "Post the job and source candidates".into(),
            PhaseKind::PhoneScreens => "Phone screens".into(),
            PhaseKind::Assignment => "Take-home or live coding".into(),
            PhaseKind::FinalInterviews => "Final interviews and references".into(),
            PhaseKind::Offer => "Offer".into(),
            PhaseKind::Notice { .. } => "Notice period".into(),
            PhaseKind::Match {
                channel,
                hire: true,
                ..
            } => format!("{channel} matches and you hire"),
            PhaseKind::Match { channel, .. } | PhaseKind::AssumedMatch { channel } => {
                format!("{channel} matches candidates")
            }
            PhaseKind::AssumedSearch { route } | PhaseKind::QuoteDays { route, .. } => {
                format!("{route}: find and hire")
            }
            PhaseKind::Interviews => "Your interviews".into(),
            PhaseKind::ReplyBy => "Offer: reply by".into(),
            PhaseKind::Trial { .. } => "No-risk trial".into(),
        }
    }

    pub fn note(&self) -> String {
        match &self.kind {
            PhaseKind::Sourcing { boards } => format!(
                "Post on the boards ({}) and search proactively.",
                and_list(boards)
            ),
            PhaseKind::PhoneScreens => "20 to 30 minutes each.".into(),
            PhaseKind::Assignment => "Give 2 to 4 hours for a take-home.".into(),
            PhaseKind::FinalInterviews => {
                "System design for senior roles; reference checks.".into()
            }
            PhaseKind::Offer => "Move quickly: strong candidates have several offers.".into(),
            PhaseKind::Notice { placed: false } => {
                "An assumption: change it under Figures and assumptions on the Costs step.".into()
            }
            PhaseKind::Notice { placed: true } => "For a full-time placement (assumption).".into(),
            PhaseKind::Match {
                days,
                bound,
                hire: true,
                ..
            } => format!("The source: {} to hire.", bounded(*days as f64, *bound)),
            PhaseKind::Match { days, bound, .. } => format!(
                "The source: a match {}; your interviews follow.",
                bounded(*days as f64, *bound)
            ),
            PhaseKind::AssumedMatch { channel } => {
                format!("An assumption you set: the sources give no time to match for {channel}.")
            }
            PhaseKind::AssumedSearch { .. } => format!(
                "An assumption you set (\u{201c}{}\u{201d}): no source gives a time for this route.",
                assumption_label(crate::market::ids::DIRECT_HIRE_DAYS)
            ),
            PhaseKind::QuoteDays { days, .. } => {
                format!("Your quote: {} to hire.", days_words(f64::from(*days)))
            }
            PhaseKind::Interviews => {
                "A phone screen and a live session: the platform has vetted them (assumption)."
                    .into()
            }
            PhaseKind::ReplyBy => "Your offer's reply-by date.".into(),
            PhaseKind::Trial {
                channel,
                days,
                up_to,
                billed,
            } => format!(
                "{channel}: {}.",
                crate::cost::words::trial(Some(*days), *up_to, *billed)
            ),
        }
    }
}

impl fmt::Display for TimelineFlag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let long = |d| dates::date(d, DateStyle::Long);
        match self {
            TimelineFlag::Past { target, earliest } => write!(
                f,
                "The target start date, {}, is in the past. Pick a new one: {} is the earliest this route allows.",
                long(*target),
                long(*earliest)
            ),
            TimelineFlag::TooSoon {
                target,
                days,
                earliest,
            } => write!(
                f,
                "{} is too soon for this route: it takes about {days} days, so the earliest start is {}. Move the date, or use a vetted platform that matches in days.",
                long(*target),
                long(*earliest)
            ),
            TimelineFlag::ReplyAfterOffer {
                reply,
                offer_end,
                start,
            } => write!(
                f,
                "The offer's reply-by date, {}, is after the offer phase ends ({}): the hire cannot start on {}. Ask for a reply sooner, or move the start date.",
                long(*reply),
                long(*offer_end),
                long(*start)
            ),
            TimelineFlag::NoTimeForRoute { route } => write!(
                f,
                "No source gives a time to find and hire for {route}, and the job boards' weeks are not theirs to borrow, so the timeline leaves that step out. Set \"{}\" under Figures and assumptions on the Costs step to draw it.",
                assumption_label(crate::market::ids::DIRECT_HIRE_DAYS)
            ),
            TimelineFlag::NoTimeInSources { channel } => {
                let label = assumption_label(crate::market::ids::PLATFORM_MATCH_DAYS);
                write!(
                    f,
                    "The sources give no time to match for {channel}, so the timeline leaves that step out. Set \"{label}\" under Figures and assumptions on the Costs step to draw it."
                )
            }
        }
    }
}

/// "Job boards: 3 to 6 weeks for a full-time hire", "Toptal about 2 days to hire".
pub fn route_time(t: &RouteTime) -> String {
    let n = plain_number;
    match t {
        RouteTime::BoardWeeks {
            low,
            high,
            first: true,
        } => format!(
            "Job boards: {} to {} weeks for a full-time hire",
            n(*low),
            n(*high)
        ),
        RouteTime::BoardWeeks { low, high, .. } => format!(
            "or {} to {} weeks (the timeline takes the slowest)",
            n(*low),
            n(*high)
        ),
        RouteTime::Days {
            channel,
            days,
            bound,
            hire: true,
        } => format!("{channel} {} to hire", bounded(*days, *bound)),
        RouteTime::Days {
            channel,
            days,
            bound,
            ..
        } => format!("{channel} a match {}", bounded(*days, *bound)),
    }
}

/// A timeline route as the founder chooses it: "Job boards (We Work Remotely, LinkedIn,
/// Indeed...)", "Toptal (vetted platform)".
pub fn route_label(route: &RouteKey) -> String {
    let m = market();
    match route.channel().and_then(|id| m.channel(id)) {
        Some(ch) => format!(
            "{} ({})",
            ch.name,
            crate::text::names::lower(ch.kind.label())
        ),
        None => {
            let boards: Vec<&str> = m
                .channels
                .iter()
                .filter(|c| c.closed.is_none() && !c.deal.hire_weeks.is_empty())
                .map(|c| c.name)
                .take(3)
                .collect();
            format!("Job boards ({}...)", boards.join(", "))
        }
    }
}
