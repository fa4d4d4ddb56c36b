//! The Hire step's trial plan and offer: dated from the plan, with a summary to download or
//! print.

use hireplan_core::text::format::{self as dates, DateStyle};
use leptos::prelude::*;

use crate::ui::download::download;
use crate::ui::state::{today, PlanStore};
use crate::ui::widgets::RouteLine;
use hireplan_core::kit::{self, PayCheck, RouteTrial, TrialGap};
use hireplan_core::market::ids;
use hireplan_core::plan::RateBasis;
use hireplan_core::session::edit::{OfferDate, OfferField, PlanEdit};
use hireplan_core::story::story;
use hireplan_core::story::words::start_sentence;
use hireplan_core::text::format::plain_number;

#[component]
pub fn Trial() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    // The trial starts with the hire, the plan's story's start, unless the founder sets its day.
    let window = Memo::new(move |_| store.plan.with(|p| story(p, today()).trial));
    let start = move || window.with(|w| w.start);
    let terms = Memo::new(move |_| window.with(|w| w.terms.clone()));
    let result = Memo::new(move |_| {
        let s = start()?;
        Some(store.plan.with(|p| kit::route_trial_plan(p, s)))
    });
    let date = |d: chrono::NaiveDate| dates::date(d, DateStyle::ShortWithDay);
    let probation = move || matches!(terms.get(), RouteTrial::Probation { .. });
    let probation_days = move || {
        store.plan.with(|p| {
            p.costs
                .overrides
                .get(ids::PROBATION_DAYS)
                .map(|v| plain_number(*v))
                .unwrap_or_default()
        })
    };
    let error = RwSignal::new(None::<String>);
    view! {
        <section aria-labelledby="trial-heading" data-testid="trial">
            <h2 id="trial-heading">"The trial"</h2>
            <RouteLine step="trial" default="Until you choose, an employee has a probation period (set its length below), not a platform's trial; a contractor has no trial to plan."/>
            <p class="help" data-testid="trial-terms">{move || terms_words(&terms.get())}</p>
            <div class="two-col">
                <div class="field">
                    <label for="trial-start">{move || if probation() { "Probation starts" } else { "Trial starts" }}</label>
                    <input id="trial-start" type="date" prop:value=move || start().map(|d| dates::date(d, DateStyle::Iso)).unwrap_or_default()
                        on:change=move |ev| store.set(PlanEdit::OfferDate { field: OfferDate::TrialStart, date: hireplan_core::text::format::parse_iso_date(&event_target_value(&ev)) })/>
                </div>
                {move || if probation() {
                    view! {
                        <div class="field">
                            <label for="probation-days">"Probation in days (an assumption you set: the sources give none)"</label>
                            <input id="probation-days" type="text" inputmode="numeric" prop:value=probation_days
                                on:change=move |ev| {
                                    let text = event_target_value(&ev);
                                    let edit = if text.trim().is_empty() { PlanEdit::ResetOverride(ids::PROBATION_DAYS.into()) } else { PlanEdit::Override { id: ids::PROBATION_DAYS.into(), text } };
                                    error.set(store.edit(edit).err().map(|e| e.to_string()));
                                }/>
                            <p class="field-error" role="alert">{move || error.get()}</p>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <div class="field">
                            <label for="trial-days">"Trial length in days (optional: yours, where the source gives none)"</label>
                            <input id="trial-days" type="text" inputmode="numeric" prop:value=move || store.plan.with(|p| p.offer.trial_days.clone())
                                on:change=move |ev| store.set(PlanEdit::OfferText { field: OfferField::TrialDays, text: event_target_value(&ev) })/>
                        </div>
                    }.into_any()
                }}
            </div>
            {move || match result.get() {
                None => view! {
                    <p class="hint" data-testid="trial-plan">{move || store.plan.with(|p| start_sentence(&story(p, today()).start))} " Set the day above to plan the trial."</p>
                }.into_any(),
                Some(Ok(t)) => view! {
                    <div data-testid="trial-plan">
                        <p><strong>{format!("{}: {} to {}.", t.channel, date(t.start), date(t.end))}</strong>
                            {format!(" Decide by {}. Length: {}.", date(t.decide_by), t.length_basis)}</p>
                        <h3>"Hand over on day one"</h3>
                        <ul>{t.day_one.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                        <h3>"Judge by the end"</h3>
                        <ul>{t.judge.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                        <h3>"Go or no go"</h3>
                        <ul>{t.go_no_go.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
                Some(Err(TrialGap::LengthNotGiven(name))) => view! {
                    <p class="notice warn" data-testid="trial-plan">{format!("{name} does not say how long its trial lasts: enter the length you agree above.")}</p>
                }.into_any(),
                Some(Err(TrialGap::ProbationNotSet)) => view! {
                    <p class="notice warn" data-testid="trial-plan">"Set the probation's length above to plan it: the sources give no figure."</p>
                }.into_any(),
                Some(Err(TrialGap::NoRouteChosen)) => view! { <p class="hint" data-testid="trial-plan">"Choose a route on Costs to plan its trial."</p> }.into_any(),
                Some(Err(TrialGap::NoTrial)) => view! { <p class="hint" data-testid="trial-plan">"This route offers no trial."</p> }.into_any(),
            }}
        </section>
    }
}

/// The route's trial terms in a sentence, with their source.
fn terms_words(t: &RouteTrial) -> String {
    match t {
        RouteTrial::NoRouteChosen => "No route chosen, so no platform's trial: a trial comes from the route's own terms.".into(),
        RouteTrial::Probation { days, route } => format!(
            "{}: an employee has a probation period, not a platform's trial. Its length is an assumption you set (the sources give none): {}.",
            match route {
                Some(r) => format!("Through {r}, you employ the hire"),
                None => "Your plan is for an employee (the default while no route is chosen)".into(),
            },
            match days {
                Some(d) => format!("{d} days"),
                None => "not set yet".into(),
            }
        ),
        RouteTrial::Platform { channel, days, up_to, billed, source } => format!(
            "Trial through {channel}: {}. The source: {source}.",
            hireplan_core::cost::words::trial(*days, *up_to, *billed)
        ),
        RouteTrial::None { route } => format!(
            "{route}: no trial in the sources. Plan the first weeks with the onboarding goals instead."
        ),
    }
}

#[component]
pub fn OfferForm() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let employee = move || store.plan.with(|p| p.engagement.kind.is_employee());
    let status = RwSignal::new(String::new());
    // The founder's currency: the pay is typed in it, and the range shows in it.
    let money = Memo::new(move |_| store.plan.with(|p| story(p, today()).money));
    let pay_label = Memo::new(move |_| money.with(|m| format!("Pay, in {}", m.currency().code())));
    let text = move |field: OfferField, id: &'static str, label: String| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="text" prop:value=move || store.plan.with(|p| field.get(&p.offer).clone())
                    on:input=move |ev| store.set(PlanEdit::OfferText { field, text: event_target_value(&ev) })/>
            </div>
        }
    };
    let date = move |field: OfferDate, id: &'static str, label: &'static str| {
        let value = move || {
            store
                .plan
                .with(|p| match field {
                    // The hire's start, until the founder sets the offer's own.
                    OfferDate::Start => story(p, today()).offer_start,
                    OfferDate::ReplyBy => kit::reply_by(p, today()),
                    OfferDate::TrialStart => p.offer.trial_start,
                })
                .map(|d| dates::date(d, DateStyle::Iso))
                .unwrap_or_default()
        };
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="date" prop:value=value
                    on:change=move |ev| store.set(PlanEdit::OfferDate { field, date: hireplan_core::text::format::parse_iso_date(&event_target_value(&ev)) })/>
            </div>
        }
    };
    let check = Memo::new(move |_| store.plan.with(kit::check_pay));
    let terms = Memo::new(move |_| store.plan.with(kit::offer_terms));
    let summary = Memo::new(move |_| store.plan.with(|p| kit::offer_summary(p, today())));
    view! {
        <section aria-labelledby="offer-heading" data-testid="offer" class="offer">
            <h2 id="offer-heading">"The offer"</h2>
            <p class="help" data-testid="reply-days">
                "Strong candidates have several offers: make it clear and give a reply-by date a few days out "
                {move || store.plan.with(|p| match kit::reply_days(p) {
                    Some(d) => format!("({d} by default: an assumption you can change on the Costs step)."),
                    None => "(set the date yourself).".to_string(),
                })}
            </p>
            <div class="two-col">
                {move || text(OfferField::Pay, "offer-pay", pay_label.get())}
                <div class="field">
                    <label for="offer-basis">"Per"</label>
                    <select id="offer-basis" prop:value=move || terms.with(|t| t.basis.slug().to_string())
                        on:change=move |ev| if let Some(b) = RateBasis::from_slug(&event_target_value(&ev)) { store.set(PlanEdit::OfferBasis(b)) }>
                        {move || terms.with(|t| t.bases.clone()).into_iter().map(|b| {
                            let on = terms.with(|t| t.basis == b);
                            view! { <option value=b.slug() selected=on>{b.label()}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <p class="help" data-testid="offer-basis-why">{move || terms.with(|t| {
                let bases = t.bases.iter().map(|b| per_word(*b)).collect::<Vec<_>>().join(" or ");
                match &t.route {
                    Some(r) => format!("Through {r}, pay is {bases}: the offer follows."),
                    None => format!("No route chosen: pay {}, the default for your engagement.", per_word(t.basis)),
                }
            })}</p>
            <p data-testid="offer-pay-check" class=move || match check.get() { PayCheck::Within(_) => "help", PayCheck::NoRange(_) | PayCheck::NotANumber | PayCheck::Below(_) | PayCheck::Above(_) => "notice warn" }>
                {move || match check.get() {
                    PayCheck::Within(r) => format!("Within the range: {} {}, from {}.", money.with(|m| m.range(r.range)), r.per.label(), r.basis),
                    PayCheck::Below(r) => format!("Below the range ({} {}, from {}): expect candidates to turn it down.", money.with(|m| m.range(r.range)), r.per.label(), r.basis),
                    PayCheck::Above(r) => format!("Above the range ({} {}, from {}): check the number, or say why.", money.with(|m| m.range(r.range)), r.per.label(), r.basis),
                    PayCheck::NotANumber => terms.with(|t| match &t.range {
                        Ok(r) => format!("Enter the pay as a number to check it against {} {}, from {}.", money.with(|m| m.range(r.range)), r.per.label(), r.basis),
                        Err(_) => "Enter the pay as a number.".to_string(),
                    }),
                    PayCheck::NoRange(why) => format!("No range to check against: {why}."),
                }}
            </p>
            // The range is the sources' dollars, converted: the rate and its date, once.
            {move || money.with(hireplan_core::cost::runway::words::rate_line).map(|n| view! { <p class="help" data-testid="rate-note">{n}</p> })}
            {move || if employee() {
                view! {
                    <div class="two-col">
                        {text(OfferField::Equity, "offer-equity", "Equity (optional)".into())}
                        {text(OfferField::Benefits, "offer-benefits", "Benefits".into())}
                    </div>
                }.into_any()
            } else {
                view! {
                    <div class="two-col">
                        {text(OfferField::HoursPerWeek, "offer-hours", "Expected hours a week".into())}
                        {text(OfferField::LengthMonths, "offer-length", "Contract length (months)".into())}
                        {text(OfferField::NoticeWeeks, "offer-notice", "Notice (weeks)".into())}
                    </div>
                    <div class="check">
                        <input type="checkbox" id="offer-ip" prop:checked=move || store.plan.with(|p| p.offer.ip_assignment)
                            on:change=move |ev| store.set(PlanEdit::IpAssignment(event_target_checked(&ev)))/>
                        <label for="offer-ip"><span class="choice-label">"The work and its IP belong to the company"</span></label>
                    </div>
                }.into_any()
            }}
            <div class="two-col">
                {date(OfferDate::Start, "offer-start", "Start date")}
                {date(OfferDate::ReplyBy, "offer-reply-by", "Reply by")}
            </div>
            <h3>"One-page summary"</h3>
            <pre class="offer-summary" data-testid="offer-summary">{move || summary.get()}</pre>
            <p class="notice warn">"This summary is not a contract. Have a lawyer check the contract before anyone signs it."</p>
            <div class="button-row">
                <button type="button" class="secondary" data-testid="offer-download" on:click=move |_| {
                    status.set(match download("offer-summary.md", "text/markdown", &summary.get_untracked()) {
                        Ok(()) => "Downloaded offer-summary.md.".into(),
                        Err(e) => format!("Could not download: {e}"),
                    });
                }>"Download the summary"</button>
                <button type="button" class="secondary" on:click=move |_| {
                    if let Some(w) = web_sys::window() {
                        if let Some(b) = w.document().and_then(|d| d.body()) {
                            let _ = b.class_list().add_1("print-offer");
                            let _ = w.print();
                            let _ = b.class_list().remove_1("print-offer");
                        }
                    }
                }>"Print the summary"</button>
            </div>
            <p role="status" class="copy-status">{move || status.get()}</p>
        </section>
    }
}

/// How pay is counted on a basis, in a sentence: "by the week", "as a yearly salary".
fn per_word(b: RateBasis) -> &'static str {
    match b {
        RateBasis::Hourly => "by the hour",
        RateBasis::Weekly => "by the week",
        RateBasis::Monthly => "by the month",
        RateBasis::Yearly => "as a yearly salary",
    }
}
