//! "Can we afford it": the company's cash, burn and runway floor, the founder's currency and
//! rates, and each route's runway with its cash-out month, a chart of cash over time and its
//! table. The core works it all out (`hiring::afford`); this reads memos and dispatches edits.

use leptos::prelude::*;

use crate::ui::state::{today, PlanStore};
use crate::ui::widgets::{legend_item, ChartFigure, SortableTable, TextField};
use hireplan_core::cost::runway::finance::{finance, hire_currency};
use hireplan_core::cost::runway::words;
use hireplan_core::cost::view::chart;
use hireplan_core::cost::{CostReport, InputError};
use hireplan_core::hiring::afford::{
    afford, afford_lines, afford_table, cash_series, cash_table, Afford,
};
use hireplan_core::plan::{FinanceField, Plan};
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::text::currency::Currency;
use hireplan_core::text::currency::Rate;

/// A field of the plan's finances: its label (with the currency its amount is in), the text
/// as typed, and the core's problems with it beside it. `field` may follow the display
/// currency (a rate field).
#[component]
fn FinanceInput(
    id: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(into)] field: Signal<FinanceField>,
    #[prop(optional)] help: &'static str,
    #[prop(default = "decimal")] inputmode: &'static str,
    #[prop(optional)] placeholder: &'static str,
) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let day = today();
    let value = Signal::derive(move || store.plan.with(|p| text_of(p, field.get())));
    let messages = Signal::derive(move || {
        let field = field.get();
        store.plan.with(|p| {
            let currency = amount_currency(p, field);
            finance(p, day)
                .problems_of(field)
                .map(|x| words::problem(x, currency))
                .collect::<Vec<_>>()
        })
    });
    let on_input = Callback::new(move |text| {
        store.set(PlanEdit::Finance {
            field: field.get_untracked(),
            text,
        })
    });
    view! {
        <TextField id=id label=label help=help inputmode=inputmode placeholder=placeholder
            value=value on_input=on_input messages=messages/>
    }
}

fn text_of(p: &Plan, field: FinanceField) -> String {
    p.finances.text(field).to_string()
}

/// The currency an amount field is in: its own once typed, else the display currency.
fn amount_currency(p: &Plan, field: FinanceField) -> Currency {
    p.finances.currency_of(field)
}

/// The currency picker, the display currency's rate, and the hire's currency's rate where it
/// differs (for the job ad). Two fixed pairs of fields whose currency follows the plan.
#[component]
fn CurrencyFields() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let display = move || store.plan.with(|p| p.finances.display());
    let hire = move || store.plan.with(hire_currency);
    let read_only = store.read_only();
    let pair = |id: &'static str, date_id: &'static str, currency: Signal<Currency>| {
        view! {
            <div class="field-pair">
                <FinanceInput id=id placeholder="0.92"
                    field=Signal::derive(move || FinanceField::Rate(currency.get()))
                    label=move || format!("{} for one US dollar", currency.get().code())/>
                <FinanceInput id=date_id inputmode="numeric" placeholder="YYYY-MM-DD"
                    field=Signal::derive(move || FinanceField::RateDate(currency.get()))
                    label=move || format!("Date of the {} rate", currency.get().code())/>
            </div>
        }
    };
    view! {
        <fieldset class="field currency" data-testid="currency">
            <legend>"Your currency"</legend>
            <p class="help" id="currency-help">"The sources give US dollars and Hireplan ships no exchange rates: pick a currency and enter the rate you use. Amounts then show in it, rounded once. The job ad shows pay in the hire's currency when it has a rate."</p>
            <label for="display-currency">"Show amounts in"</label>
            <select id="display-currency" aria-describedby="currency-help" disabled=move || read_only.get()
                prop:value=move || display().code()
                on:change=move |ev| {
                    if let Some(c) = Currency::from_code(&event_target_value(&ev)) {
                        store.set(PlanEdit::DisplayCurrency(c));
                    }
                }>
                {Currency::ALL.map(|c| view! { <option value=c.code()>{format!("{} ({})", c.code(), c.name())}</option> }).collect_view()}
            </select>
            <div hidden=move || display() == Currency::Usd>
                {pair("rate", "rate-date", Signal::derive(display))}
            </div>
            <div hidden=move || { let h = hire(); h == Currency::Usd || h == display() } data-testid="hire-rate">
                <p class="help">"The hire's currency, for the job ad's pay:"</p>
                {pair("hire-rate", "hire-rate-date", Signal::derive(hire))}
            </div>
        </fieldset>
    }
}

/// Works out the facts from the plan and the report, and hands them to `f`; `R::default()`
/// while the costs are blocked.
fn with_afford<R: Default>(
    store: PlanStore,
    report: Signal<Result<CostReport, Vec<InputError>>>,
    f: impl Fn(&Plan, &CostReport, &Afford) -> R,
) -> R {
    let day = today();
    report.with(|r| match r {
        Ok(r) => store.plan.with(|p| f(p, r, &afford(p, r, day))),
        Err(_) => R::default(),
    })
}

/// Can we afford it: the figures, each route's runway, and the cash over time. Each memo
/// below is of a type the page already has (a `Memo` of a new type costs kilobytes).
#[component]
pub fn AffordSection(
    report: Signal<Result<CostReport, Vec<InputError>>>,
    rate: Memo<Rate>,
    width: RwSignal<u32>,
) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let table = Memo::new(move |_| {
        let rate = rate.get();
        with_afford(store, report, |_, _, a| afford_table(a, &rate))
    });
    let svg = Memo::new(move |_| {
        let (w, rate) = (width.get(), rate.get());
        with_afford(store, report, |p, r, a| {
            let s = cash_series(p, r, a);
            if s.is_empty() {
                String::new()
            } else {
                chart::cash(&s, w, &rate)
            }
        })
    });
    let cash_numbers = Memo::new(move |_| {
        let rate = rate.get();
        with_afford(store, report, |p, r, a| {
            cash_table(&cash_series(p, r, a), &rate)
        })
    });
    // The lines' names, one a line, for the legend and the chart's description.
    let names = Memo::new(move |_| {
        with_afford(store, report, |p, r, a| {
            let names: Vec<String> = cash_series(p, r, a).into_iter().map(|x| x.label).collect();
            names.join("\n")
        })
    });
    let described = Signal::derive(move || {
        names.with(|n| {
            format!(
                "Line chart of cash over time for {}; the table below has the numbers.",
                n.replace('\n', ", ")
            )
        })
    });
    // One line a route, the chosen route first: a name and its answer, tab-separated.
    let lines = Memo::new(move |_| {
        let rate = rate.get();
        with_afford(store, report, |p, _, a| {
            afford_lines(p, a, &rate)
                .into_iter()
                .map(|(_, name, said)| format!("{name}\t{said}"))
                .collect::<Vec<_>>()
                .join("\n")
        })
    });
    let notes = Memo::new(move |_| {
        with_afford(store, report, |_, _, a| {
            hireplan_core::hiring::afford::table_notes(a).join("\n")
        })
    });
    let without = Memo::new(move |_| {
        with_afford(store, report, |_, _, a| match &a.without {
            Ok(r) => format!("Without this hire: {}", words::runway(r)),
            Err(_) => String::new(),
        })
    });
    // What is still missing, as the form asks for it (nothing invented meanwhile), a line each.
    let missing = Memo::new(move |_| {
        let day = today();
        store.plan.with(|p| {
            let mut inputs = finance(p, day).inputs;
            inputs.start = Some(day);
            inputs
                .missing()
                .into_iter()
                .map(words::error)
                .collect::<Vec<_>>()
                .join("\n")
        })
    });
    let currency_of = move |field: FinanceField| {
        Signal::derive(move || store.plan.with(|p| amount_currency(p, field)).code())
    };
    let cash_cur = currency_of(FinanceField::Cash);
    let burn_cur = currency_of(FinanceField::Burn);
    view! {
        <section class="afford" data-testid="afford">
            <p class="help">"Optional. Your company's cash and burn stay in this browser and in its exports. A share link or an embed carries them only when you tick for it on the Share step."</p>
            <div class="afford-fields">
                <FinanceInput id="cash" field=FinanceField::Cash placeholder="400000"
                    label=move || format!("Cash in the bank ({})", cash_cur.get())/>
                <FinanceInput id="cash-date" field=FinanceField::CashDate inputmode="numeric" placeholder="YYYY-MM-DD"
                    label="Date of that figure" help="Today or earlier."/>
                <FinanceInput id="burn" field=FinanceField::Burn placeholder="25000"
                    label=move || format!("Monthly net burn without this hire ({})", burn_cur.get())
                    help="Other hires included; 0 if nothing goes out."/>
                <FinanceInput id="keep-months" field=FinanceField::KeepMonths inputmode="numeric" placeholder="18"
                    label="Months of runway to keep (optional)"
                    help="The routes that keep it come first. Without it, your monthly budget (Engagement step) is the target."/>
            </div>
            <CurrencyFields/>
            <ul class="afford-missing" data-testid="afford-missing">
                {move || missing.with(|m| m.lines().map(|l| view! { <li>{l.to_string()}</li> }).collect_view())}
            </ul>
            <p data-testid="afford-without">{move || without.get()}</p>
            <ul class="afford-lines" data-testid="afford-lines" hidden=move || lines.with(String::is_empty)>
                {move || lines.with(|m| m.lines().map(|l| {
                    let (name, said) = l.split_once('\t').unwrap_or((l, ""));
                    view! { <li><strong>{name.to_string()}</strong>": " {said.to_string()}</li> }
                }).collect_view())}
            </ul>
            <div hidden=move || table.with(|t| t.rows.is_empty())>
                <SortableTable caption="Each route against your cash: the hire's costs start when the timeline says the hire starts on that route".to_string()
                    table=table testid="table-afford"/>
            </div>
            <ul class="afford-missing" data-testid="afford-notes">
                {move || notes.with(|m| m.lines().map(|l| view! { <li>{l.to_string()}</li> }).collect_view())}
            </ul>
            <div hidden=move || svg.with(String::is_empty)>
                <ChartFigure
                    id="chart-cash"
                    title="Cash in the bank, month by month (below the dark line, it has run out)".to_string()
                    description=described
                    svg=svg
                    filename="hireplan-cash.svg"
                />
                <ul class="legend" aria-hidden="true">
                    {move || names.with(|n| n.lines().enumerate().map(|(i, l)| legend_item(i, l.to_string())).collect_view())}
                </ul>
                <SortableTable caption="Cash at the start of each month shown".to_string() table=cash_numbers testid="table-cash"/>
            </div>
        </section>
    }
}
