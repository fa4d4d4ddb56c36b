//! The Hire step's trial plan and offer: dated from the plan, with a summary to download or
//! print.

use hireplan_core::text::format::{self as dates, DateStyle};
use leptos::prelude::*;

use crate::ui::download::download;
use crate::ui::state::{today, PlanStore};
use hireplan_core::kit::{self, PayCheck, TrialGap};
use hireplan_core::market::market;
use hireplan_core::plan::RateBasis;
use hireplan_core::session::edit::{OfferDate, OfferField, PlanEdit};

#[component]
pub fn Trial() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let with_trial: Vec<(String, String)> = market()
        .channels
        .iter()
        .filter(|c| c.deal.trial.is_some() && c.closed.is_none())
        .map(|c| (c.id.to_string(), c.name.to_string()))
        .collect();
    let first = with_trial.first().map(|c| c.0.clone()).unwrap_or_default();
    let channel = RwSignal::new(first);
    let start = move || {
        store
            .plan
            .with(|p| p.offer.trial_start)
            .unwrap_or_else(today)
    };
    let result = Memo::new(move |_| {
        let s = start();
        store.plan.with(|p| kit::trial_plan(p, &channel.get(), s))
    });
    let date = |d: chrono::NaiveDate| dates::date(d, DateStyle::ShortWithDay);
    view! {
        <section aria-labelledby="trial-heading" data-testid="trial">
            <h2 id="trial-heading">"The trial"</h2>
            <p class="help">{trial_channels()} " offer a trial period. Plan it before it starts, so the decision at its end is made on what you agreed to judge."</p>
            <div class="two-col">
                <div class="field">
                    <label for="trial-channel">"Route with a trial"</label>
                    <select id="trial-channel" on:change=move |ev| channel.set(event_target_value(&ev))>
                        {with_trial.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="trial-start">"Trial starts"</label>
                    <input id="trial-start" type="date" prop:value=move || dates::date(start(), DateStyle::Iso)
                        on:change=move |ev| store.set(PlanEdit::OfferDate { field: OfferDate::TrialStart, date: hireplan_core::text::format::parse_iso_date(&event_target_value(&ev)) })/>
                </div>
            </div>
            <div class="field">
                <label for="trial-days">"Trial length in days (optional: yours, where the source gives none)"</label>
                <input id="trial-days" type="text" inputmode="numeric" prop:value=move || store.plan.with(|p| p.offer.trial_days.clone())
                    on:change=move |ev| store.set(PlanEdit::OfferText { field: OfferField::TrialDays, text: event_target_value(&ev) })/>
            </div>
            {move || match result.get() {
                Ok(t) => view! {
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
                Err(TrialGap::LengthNotGiven(name)) => view! {
                    <p class="notice warn" data-testid="trial-plan">{format!("{name} does not say how long its trial lasts: enter the length you agree above.")}</p>
                }.into_any(),
                Err(TrialGap::NoTrial) => view! { <p class="hint">"This route offers no trial."</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
pub fn OfferForm() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let employee = move || store.plan.with(|p| p.engagement.kind.is_employee());
    let status = RwSignal::new(String::new());
    let text = move |field: OfferField, id: &'static str, label: &'static str| {
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
                    OfferDate::Start => p.offer.start_date,
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
                {text(OfferField::Pay, "offer-pay", "Pay (US dollars)")}
                <div class="field">
                    <label for="offer-basis">"Per"</label>
                    <select id="offer-basis" prop:value=move || store.plan.with(|p| p.offer.basis.slug().to_string())
                        on:change=move |ev| if let Some(b) = RateBasis::from_slug(&event_target_value(&ev)) { store.set(PlanEdit::OfferBasis(b)) }>
                        {RateBasis::ALL.map(|b| view! { <option value=b.slug()>{b.label()}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <p data-testid="offer-pay-check" class=move || match check.get() { PayCheck::Within(_) => "help", _ => "notice warn" }>
                {move || match check.get() {
                    PayCheck::Within(r) => format!("Within the Costs step's range: {} {}.", r.range.whole(), r.per.label()),
                    PayCheck::Below(r) => format!("Below the Costs step's range ({} {}): expect candidates to turn it down.", r.range.whole(), r.per.label()),
                    PayCheck::Above(r) => format!("Above the Costs step's range ({} {}): check the number, or say why.", r.range.whole(), r.per.label()),
                    PayCheck::NotANumber => "Enter the pay as a number to check it against the Costs step's range.".to_string(),
                    PayCheck::NoRange(why) => format!("No range to check against: {why}"),
                }}
            </p>
            {move || if employee() {
                view! {
                    <div class="two-col">
                        {text(OfferField::Equity, "offer-equity", "Equity (optional)")}
                        {text(OfferField::Benefits, "offer-benefits", "Benefits")}
                    </div>
                }.into_any()
            } else {
                view! {
                    <div class="two-col">
                        {text(OfferField::HoursPerWeek, "offer-hours", "Expected hours a week")}
                        {text(OfferField::LengthMonths, "offer-length", "Contract length (months)")}
                        {text(OfferField::NoticeWeeks, "offer-notice", "Notice (weeks)")}
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

/// The open channels whose deal has a trial, by name ("RocketDevs, Toptal and Turing"): the
/// data's, not a list kept here.
fn trial_channels() -> String {
    let names: Vec<&str> = market()
        .channels
        .iter()
        .filter(|c| c.closed.is_none() && c.deal.trial.is_some())
        .map(|c| c.name)
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.concat(),
    }
}
