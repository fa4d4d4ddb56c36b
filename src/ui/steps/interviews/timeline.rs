//! The Interviews step's timeline: laid out for the route the founder chose on Costs, with that
//! route's own times from the data, or an assumption named where no source gives one.

use hireplan_core::text::format::{self as dates, DateStyle};
use leptos::prelude::*;

use crate::ui::state::{today, PlanStore};
use crate::ui::widgets::{ChartFigure, RouteLine};
use hireplan_core::cost::route_name;
use hireplan_core::cost::view::chart;
use hireplan_core::hiring::{plan_route, plan_timeline, route_time, route_times, JOB_BOARD_SPLIT};
use hireplan_core::plan::RouteKey;
use hireplan_core::story::start_on;
use hireplan_core::story::words::start_sentence;
use hireplan_core::text::format::days_words;

use crate::ui::steps::SourceTag;

#[component]
pub fn Timeline() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let today = today();
    let plan_timeline = Memo::new(move |_| store.plan.with(|p| plan_timeline(p, today)));
    // The hire's start is the plan's story's, the same on every step.
    let start = Memo::new(move |_| store.plan.with(|p| start_on(p, &plan_route(p).0, today)));
    // The runner-up kept on Costs, as a what-if: when its hire would start instead.
    let what_if = Memo::new(move |_| {
        store.plan.with(|p| {
            let key = p.route.runner_up.clone()?;
            let name = route_name(p, &key);
            let tail = "This differs from your route; the timeline above is your route's.";
            let (Some(other), Some(mine)) = (start_on(p, &key, today).date(), start.with(|s| s.date())) else {
                // A step no source times has no date: nothing to compare, and none is made up.
                return Some(format!(
                    "What if you went with your runner-up, {name}: no start date to compare, since no source gives a time for one of the steps (set the assumption under Figures and assumptions on Costs). {tail}"
                ));
            };
            let when = match (other - mine).num_days() {
                0 => "the same day".to_string(),
                d if d < 0 => format!("{} earlier", days_words(-d as f64)),
                d => format!("{} later", days_words(d as f64)),
            };
            Some(format!(
                "What if you went with your runner-up, {name}: the hire would start on {}, {when}. {tail}",
                dates::date(other, DateStyle::LongWithDay),
            ))
        })
    });
    let on_boards = move || store.plan.with(|p| plan_route(p).0 == RouteKey::JobBoards);
    let svg = Signal::derive(move || {
        plan_timeline.with(|t| chart::day_bars(&t.chart_rows(), crate::ui::widgets::chart_width()))
    });
    view! {
        <section aria-labelledby="timeline-heading" data-testid="timeline">
            <h2 id="timeline-heading">"Timeline"</h2>
            <RouteLine step="timeline" default="The timeline below is laid out for the job boards, the default, with their weeks from the sources."/>
            <p data-testid="start-work">{move || start.with(start_sentence)}
                " " <a href="#/engagement">"Change the target start date"</a></p>
            {move || plan_timeline.with(|t| t.flags.iter().map(|f| f.to_string()).collect::<Vec<_>>()).into_iter().map(|f| view! {
                <p class="notice warn" role="alert" data-testid="timeline-flag">{f}</p>
            }).collect_view()}
            <ChartFigure
                id="chart-timeline"
                title="Days from the first step (ranges are the phases)".to_string()
                description=Signal::derive(move || plan_timeline.with(|t| t.phases.iter().map(|p| format!("{}: {} to {}", p.name(), p.start, p.end)).collect::<Vec<_>>().join("; ")))
                svg=svg
                filename="hireplan-timeline.svg"
            />
            {move || what_if.get().map(|w| view! { <p class="help what-if" data-testid="timeline-what-if">{w}</p> })}
            <ol class="dated" data-testid="timeline-list">
                {move || plan_timeline.with(|t| t.phases.clone()).into_iter().map(|p| view! {
                    <li><strong>{p.name()}</strong> ": " {dates::date(p.start, DateStyle::ShortWithDay)} " → " {dates::date(p.end, DateStyle::ShortWithDay)}
                        <span class="help">" · " {p.note()}</span></li>
                }).collect_view()}
            </ol>
            <p class="help" data-testid="route-times">
                {move || store.plan.with(route_times).into_iter().enumerate().map(|(i, (time, source))| view! {
                    {if i == 0 { "" } else if i == 1 { ", " } else { "; " }} {route_time(&time)} " " <SourceTag id=source/>
                }).collect_view()}
                ". Every other route's time is an assumption you set: those days, the notice period, the days for your own interviews and the job-board split are assumptions you can edit on the Costs step, under " <a href="#/costs/figures">"Figures and assumptions"</a> ". "
                {move || on_boards().then_some(JOB_BOARD_SPLIT)}</p>
        </section>
    }
}
