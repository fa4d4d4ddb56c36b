//! Step 9: your plans in this browser, export and import, share links and the embed code.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::ui::download::{copy_text, download, download_png};
use crate::ui::parts::Steps;
use crate::ui::session::Session;
use crate::ui::state::{now, Page, PlanStore};
use crate::ui::transfer::{self, Said};
use hireplan_core::codec::{self, EmbedKind};
use hireplan_core::cost::runway::finance::finance;
use hireplan_core::cost::view::{chart::captioned, chart_panel};
use hireplan_core::cost::{compute, parse_horizon, Scenario};
use hireplan_core::market::market;
use hireplan_core::plan::wizard::Step;
use hireplan_core::plan::Plan;
use hireplan_core::plan::{EngagementKind, Seniority};
use hireplan_core::role::seniority;
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::session::library::when;
use hireplan_core::session::preset::{ChartKind, Presets, Theme};
use hireplan_core::session::save::Persistence;
use hireplan_core::text::currency::Currency;

/// The page's address without query or hash: where links and embeds point.
fn app_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// An export or a link was made: the Share step is done (recorded once, as a plan edit).
fn shared(store: PlanStore) {
    let unshared = store
        .plan
        .with_untracked(hireplan_core::session::progress::unshared);
    if unshared && !store.read_only().get_untracked() {
        store.set(PlanEdit::Seen(Step::Share));
    }
}

#[component]
pub fn ShareStep() -> impl IntoView {
    // Everything here but the link reads stored plans.
    expect_context::<Session>().library.prefetch();
    view! {
        <p class="lead">"Your plans live in this browser only. Export a backup now and then; share a plan as a link; put the calculator in a blog post."</p>
        <PlanLibrary/>
        <PrintPlan/>
        <ExportImport/>
        <ShareLink/>
        <EmbedCode/>
    }
}

#[component]
fn PlanLibrary() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let session = expect_context::<Session>();
    let library = session.library;
    let current = move || store.plan.with(|p| p.id.clone());
    let local = session.persistence() == Persistence::Local;
    view! {
        <section aria-labelledby="plans-heading" data-testid="plans">
            <h2 id="plans-heading">"Your plans in this browser"</h2>
            {(!local).then(|| view! {
                <p class="notice warn" data-testid="plans-in-memory">"This browser does not let Hireplan save: these plans live in this tab only. Export them to keep them."</p>
            })}
            <div class="button-row">
                <button type="button" class="secondary" on:click=move |_| library.new_plan()>"New plan"</button>
                <button type="button" class="secondary" on:click=move |_| library.duplicate()>"Duplicate this plan"</button>
            </div>
            <ul class="plan-list">
                <For each=move || library.list.get() key=|s| (s.id.clone(), s.name.clone(), s.updated_at) let:summary>
                    {
                        let id = summary.id.clone();
                        let (id_open, id_del, id_ren) = (id.clone(), id.clone(), id.clone());
                        let is_current = { let id = id.clone(); Signal::derive(move || current() == id) };
                        let rename_id = format!("rename-{}", id.0);
                        view! {
                            <li class="plan-item" class:current=is_current data-plan=id.0.clone()>
                                <div class="plan-main">
                                    <label class="visually-hidden" for=rename_id.clone()>{format!("Name of {}", summary.name)}</label>
                                    <input
                                        id=rename_id
                                        type="text"
                                        class="plan-name"
                                        value=summary.name.clone()
                                        on:change=move |ev| library.rename(store, &id_ren, event_target_value(&ev))
                                    />
                                    <span class="help">
                                        {format!("Edited {} · {} requirements", when(summary.updated_at, now()), summary.requirements)}
                                        {move || is_current.get().then_some(" · open now")}
                                    </span>
                                </div>
                                <div class="row-buttons">
                                    <button type="button" class="secondary small" disabled=is_current
                                        on:click=move |_| library.open(&id_open)>"Open"</button>
                                    <button type="button" class="secondary small danger"
                                        aria-label=format!("Delete {}", summary.name)
                                        on:click=move |_| library.delete(&id_del)>"Delete"</button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}

#[component]
fn PrintPlan() -> impl IntoView {
    let page = expect_context::<Page>();
    let steps = expect_context::<Steps>();
    view! {
        <section aria-labelledby="print-heading">
            <h2 id="print-heading">"Print or save as PDF"</h2>
            <p class="help">"The whole plan as one document: role, requirements, level, costs with charts, job description, interviews and timeline."</p>
            <button type="button" class="secondary" data-testid="print-plan" on:click=move |_| page.print_plan(steps)>"Print the whole plan"</button>
        </section>
    }
}

/// A pending import that would replace plans already here: the founder decides.
#[derive(Clone)]
struct PendingImport {
    plans: Vec<Plan>,
    from: String,
    clashes: usize,
}

#[component]
fn ExportImport() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let library = expect_context::<Session>().library;
    let message = RwSignal::new(None::<Said>);
    let pending = RwSignal::new(None::<PendingImport>);
    let with_candidates = RwSignal::new(false);
    let export_one = move |_| {
        shared(store);
        let plan = store.plan.get_untracked();
        message.set(Some(transfer::export_plan(
            &plan,
            with_candidates.get_untracked(),
        )));
    };
    let export_all = move |_| {
        shared(store);
        let with = with_candidates.get_untracked();
        spawn_local(async move {
            message.set(Some(transfer::export_backup(library, with).await));
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let from = file.name();
        spawn_local(async move {
            let plans = match transfer::read_file(file).await {
                Ok(plans) => plans,
                Err(said) => return message.set(Some(said)),
            };
            match transfer::clashes(library, &plans) {
                0 => {
                    message.set(None);
                    message.set(Some(transfer::import(library, plans, &from, None).await));
                }
                clashes => {
                    message.set(None);
                    pending.set(Some(PendingImport {
                        plans,
                        from,
                        clashes,
                    }));
                }
            }
        });
    };
    let resolve = move |as_copies: bool| {
        if let Some(p) = pending.get_untracked() {
            message.set(None);
            spawn_local(async move {
                message.set(Some(
                    transfer::import(library, p.plans, &p.from, Some(as_copies)).await,
                ));
            });
        }
        pending.set(None);
    };
    view! {
        <section aria-labelledby="export-heading">
            <h2 id="export-heading">"Export and import"</h2>
            <p class="help">"A plan file holds everything you entered and opens in any browser with Hireplan. A backup holds all your plans."</p>
            <div class="check">
                <input type="checkbox" id="export-candidates" prop:checked=move || with_candidates.get()
                    on:change=move |ev| with_candidates.set(event_target_checked(&ev))/>
                <label for="export-candidates">
                    <span class="choice-label">"Include candidates"</span>
                    <span class="choice-help">"Their names, links, scores and notes are personal data: the file will say so. Left out unless you tick this."</span>
                </label>
            </div>
            <div class="button-row">
                <button type="button" class="secondary" data-testid="export-plan" on:click=export_one>"Export this plan"</button>
                <button type="button" class="secondary" data-testid="export-backup" on:click=export_all>"Export a backup of all plans"</button>
            </div>
            <div class="field">
                <label for="import-file">"Import a plan or backup file (.json)"</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            {move || pending.get().map(|p| view! {
                <div class="notice warn" role="alert" data-testid="import-clash">
                    <p>{format!(
                        "{} of the {} plan{} in this file {} already in this browser. Replace {} with the file's version, or import as copies?",
                        p.clashes, p.plans.len(), if p.plans.len() == 1 { "" } else { "s" },
                        if p.clashes == 1 { "is" } else { "are" }, if p.clashes == 1 { "it" } else { "them" }
                    )}</p>
                    <div class="button-row">
                        <button type="button" class="secondary small" on:click=move |_| resolve(true)>"Import as copies"</button>
                        <button type="button" class="secondary small danger" on:click=move |_| resolve(false)>"Replace"</button>
                        <button type="button" class="link" on:click=move |_| pending.set(None)>"Cancel"</button>
                    </div>
                </div>
            })}
            <p role="status" data-testid="import-message" class:field-error=move || message.get().is_some_and(|m| m.error)>
                {move || message.get().map(|m| m.text)}
            </p>
        </section>
    }
}

#[component]
fn ShareLink() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let link = Memo::new(move |_| {
        store
            .plan
            .with(|p| format!("{}#share={}", app_url(), codec::encode_share(p)))
    });
    let status = RwSignal::new(String::new());
    view! {
        <section aria-labelledby="share-heading">
            <h2 id="share-heading">"Share as a link"</h2>
            <p class="help">"The link carries the plan itself (compressed), not a copy on a server: anyone with it sees the plan read-only and can save their own copy. Your later edits are not in it."</p>
            <div class="check">
                <input type="checkbox" id="share-cash" aria-describedby="share-cash-help"
                    prop:checked=move || store.plan.with(|p| p.finances.share_cash())
                    on:change=move |ev| store.set(PlanEdit::ShareCash(event_target_checked(&ev)))/>
                <label for="share-cash"><span class="choice-label">"Include the company's cash and burn"</span></label>
                <p class="help" id="share-cash-help">"Off: the link and the plan's embed leave out the cash in the bank, its date and the monthly burn, so readers see no runway. On: they carry all three. Your currency and rates travel either way; candidates never do."</p>
            </div>
            <div class="check">
                <input type="checkbox" id="share-names" aria-describedby="share-names-help" data-testid="share-names"
                    prop:checked=move || store.plan.with(|p| p.finances.share_names())
                    on:change=move |ev| store.set(PlanEdit::ShareNames(event_target_checked(&ev)))/>
                <label for="share-names"><span class="choice-label">"Include the plan's name and your quotes' labels"</span></label>
                <p class="help" id="share-names-help">"Off: the link and the plan's embed show no plan name, and your quotes as \"Quote 1\", \"Quote 2\". On: they carry the names you typed."</p>
            </div>
            <div class="field">
                <label for="share-link">"Link to this plan"</label>
                <input id="share-link" type="text" readonly=true prop:value=move || link.get() on:focus=move |ev| {
                    if let Some(t) = ev.target() { if let Ok(i) = t.dyn_into::<web_sys::HtmlInputElement>() { i.select(); } }
                    shared(store);
                }/>
                <p class="help">{move || format!("{} characters.", link.with(String::len))}</p>
            </div>
            <button type="button" class="secondary" data-testid="copy-link" on:click=move |_| {
                shared(store);
                let text = link.get_untracked();
                leptos::task::spawn_local(async move { status.set(copy_text(text).await.words("the link")); });
            }>"Copy link"</button>
            <span role="status" class="copy-status" data-testid="copy-status">{move || status.get()}</span>
        </section>
    }
}

/// A select of `(value, words)` options whose chosen value follows `current`.
fn pick(
    id: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    current: Signal<String>,
    set: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| set(event_target_value(&ev))>
                {options.into_iter().map(|(v, w)| {
                    let mine = v.clone();
                    view! { <option value=v prop:selected=move || current.with(|c| *c == mine)>{w}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A tick box over a flag of the presets.
fn tick(
    id: &'static str,
    label: &'static str,
    on: Signal<bool>,
    set: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <div class="checkbox">
            <input type="checkbox" id=id prop:checked=on on:change=move |ev| set(event_target_checked(&ev))/>
            <label for=id>{label}</label>
        </div>
    }
}

/// The embed builder: what to embed, its starting values and its look, the code to paste and a
/// live preview (on a phone, behind "Show the preview"). The presets are the core's
/// (`session::preset`); the preview is the embed itself, from this origin.
#[component]
fn EmbedCode() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let day = crate::ui::state::today();
    let presets = RwSignal::new(Presets::default());
    let horizon_error = RwSignal::new(None::<String>);
    let title = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let kind = Memo::new(move |_| presets.with(|p| p.kind));
    // A plan embed carries the plan in its link, as the ticks above let it (name, quotes, cash).
    let share = Memo::new(move |_| {
        (kind.get() == EmbedKind::Plan).then(|| store.plan.with(codec::encode_share))
    });
    let query = Memo::new(move |_| presets.with(|p| p.query(true)));
    let frame_title = Memo::new(move |_| {
        let t = title.get();
        match t.trim() {
            "" => codec::default_embed_title(kind.get()).to_string(),
            t => t.to_string(),
        }
    });
    let code = Memo::new(move |_| {
        codec::embed_code(
            &app_url(),
            &query.get(),
            &presets.with(|p| p.query(false)),
            share.get().as_deref(),
            &frame_title.get(),
        )
    });
    let hash = move || {
        share
            .get()
            .map(|s| format!("#share={s}"))
            .unwrap_or_default()
    };
    let preview = move || format!("./?{}{}", query.get(), hash());
    let edit = move |f: &dyn Fn(&mut Presets)| presets.update(|p| f(p));
    // The currency and its rate as typed; the presets hold them only while the rate is usable.
    let cur = RwSignal::new("USD".to_string());
    let rate = RwSignal::new(String::new());
    let money = move || {
        let read = Presets::parse(
            &format!("cur={}&rate={}", cur.get_untracked(), rate.get_untracked()),
            day,
        )
        .currency;
        edit(&|p| p.currency = read.clone())
    };
    let plan_values = move |_| {
        let from = store
            .plan
            .with_untracked(|plan| presets.with_untracked(|p| p.with_plan(plan, day)));
        if let Some((c, r, _)) = &from.currency {
            cur.set(c.code().to_string());
            rate.set(r.clone());
        }
        // The cash stays out until "Show the company's cash" is ticked.
        let show_cash = presets.with_untracked(|p| p.cash.is_some());
        presets.set(Presets {
            cash: from.cash.filter(|_| show_cash),
            ..from
        });
    };
    let plan_cash = move || {
        store
            .plan
            .with(|plan| Presets::default().with_plan(plan, day).cash)
    };
    let slug_of = |v: Option<&'static str>| v.unwrap_or_default().to_string();
    let whats = [
        (
            EmbedKind::Costs,
            "The cost calculator",
            "Readers pick a level, engagement and country.",
        ),
        (
            EmbedKind::Plan,
            "This plan, read-only",
            "Requirements, the chosen route, its price and start, as they are now.",
        ),
        (
            EmbedKind::Chart,
            "One chart",
            "A chart with its table and a caption naming the scenario and the sources.",
        ),
    ];
    // A phone shows the preview on demand: the step stays short.
    let wide = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 720.0);
    let shown = RwSignal::new(wide);
    // The snapshot: the chosen chart of this plan with the starting values set here, captioned.
    let snapshot_error = RwSignal::new(None::<String>);
    let snapshot = move |png: bool| {
        let file = store.plan.with_untracked(|plan| {
            let mut plan = plan.clone();
            let p = presets.get_untracked();
            p.apply_to(&mut plan);
            let rate = finance(&plan, day).display;
            let scenario = Scenario::from_plan(&plan, seniority::effective(&plan)).ok()?;
            let c = chart_panel(&compute(&scenario), p.chart, &[], 640, &rate);
            captioned(&c.svg, c.title, &c.caption)
        });
        let done = match (file, png) {
            (None, _) => Err("the plan cannot be priced yet".to_string()),
            (Some(svg), true) => download_png("hireplan-chart.png", &svg),
            (Some(svg), false) => download("hireplan-chart.svg", "image/svg+xml", &svg),
        };
        snapshot_error.set(done.err());
    };
    view! {
        <section aria-labelledby="embed-heading" class="embed-builder">
            <h2 id="embed-heading">"Embed in a blog post"</h2>
            <fieldset class="field radios">
                <legend>"What to embed"</legend>
                {whats.map(|(k, label, help)| {
                    let id = format!("embed-what-{}", k.slug());
                    view! {
                        <div class="radio">
                            <input type="radio" id=id.clone() name="embed-what" prop:checked=move || kind.get() == k on:change=move |_| edit(&|p| p.kind = k)/>
                            <label for=id><span class="choice-label">{label}</span><span class="choice-help">{help}</span></label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <Show when=move || kind.get() == EmbedKind::Chart>
                {pick("embed-chart", "The chart", ChartKind::ALL.map(|c| (c.slug().to_string(), c.title().to_string())).to_vec(),
                    Signal::derive(move || presets.with(|p| p.chart.slug().to_string())),
                    move |v| edit(&|p| p.chart = ChartKind::ALL.into_iter().find(|c| c.slug() == v).unwrap_or_default()))}
                <p class="snapshot">
                    "For a post that cannot hold a frame, the chart as a picture with its caption: "
                    <button type="button" class="secondary small" data-testid="snapshot-svg" on:click=move |_| snapshot(false)>"SVG"</button>
                    " "
                    <button type="button" class="secondary small" data-testid="snapshot-png" on:click=move |_| snapshot(true)>"PNG"</button>
                </p>
                {move || snapshot_error.get().map(|e| view! { <p class="field-error">"Could not download: " {e}</p> })}
            </Show>
            <details class="embed-options" data-testid="embed-options">
                <summary>"Starting values and look"</summary>
                <Show when=move || kind.get() != EmbedKind::Plan fallback=|| view! { <p class="help">"A plan embed shows the plan as it is; only its look is set here."</p> }>
                    <button type="button" class="secondary" data-testid="embed-plan-values" on:click=plan_values>"Use this plan's values"</button>
                    <div class="embed-fields">
                        {pick("embed-level", "Level",
                            std::iter::once((String::new(), "The plan's recommendation".to_string())).chain(Seniority::ALL.map(|l| (l.slug().to_string(), l.title().to_string()))).collect(),
                            Signal::derive(move || presets.with(|p| slug_of(p.level.map(Seniority::slug)))),
                            move |v| edit(&|p| p.level = Seniority::from_slug(&v)))}
                        {pick("embed-eng", "Engagement",
                            std::iter::once((String::new(), "Full-time employee (the default)".to_string())).chain(EngagementKind::ALL.map(|k| (k.slug().to_string(), k.title().to_string()))).collect(),
                            Signal::derive(move || presets.with(|p| slug_of(p.engagement.map(EngagementKind::slug)))),
                            move |v| edit(&|p| p.engagement = EngagementKind::from_slug(&v)))}
                        {pick("embed-country", "The company and the hire are in",
                            std::iter::once((String::new(), "The United States (the default)".to_string())).chain(market().countries.iter().map(|c| (c.id.to_string(), c.name.to_string()))).collect(),
                            Signal::derive(move || presets.with(|p| slug_of(p.hire))),
                            move |v| {
                                let id = market().country(&v).map(|c| c.id);
                                edit(&|p| { p.hire = id; p.company = id; })
                            })}
                        <div class="field">
                            <label for="embed-horizon">"Months to total the costs over"</label>
                            // Empty: the default. A value the embed cannot use says why and is kept
                            // as typed; the preset keeps its last good value.
                            <input id="embed-horizon" type="number" min="1" max="120" inputmode="numeric" placeholder="the default"
                                aria-describedby="embed-horizon-error"
                                aria-invalid=move || horizon_error.get().is_some().then_some("true")
                                prop:value=move || presets.with(|p| p.months.map(|m| m.to_string()).unwrap_or_default())
                                on:change=move |ev| {
                                    let text = event_target_value(&ev);
                                    match (text.trim().is_empty(), parse_horizon(&text)) {
                                        (true, _) => { horizon_error.set(None); edit(&|p| p.months = None) }
                                        (false, Ok(m)) => { horizon_error.set(None); edit(&|p| p.months = Some(m)) }
                                        (false, Err(e)) => horizon_error.set(Some(e.to_string())),
                                    }
                                }/>
                            <p id="embed-horizon-error" class="field-error" aria-live="polite">{move || horizon_error.get()}</p>
                        </div>
                        {pick("embed-cur", "Currency",
                            Currency::ALL.map(|c| (c.code().to_string(), c.name().to_string())).to_vec(),
                            cur.into(),
                            move |v| { cur.set(v); money() })}
                        <div class="field">
                            <label for="embed-rate">"Units of it to a US dollar"</label>
                            <input id="embed-rate" type="text" inputmode="decimal"
                                prop:value=move || rate.get()
                                on:change=move |ev| { rate.set(event_target_value(&ev)); money() }/>
                            <p class="help">"Dated today. Another currency shows only with a rate it can use."</p>
                        </div>
                    </div>
                    {tick("embed-cash", "Show the company's cash and runway (from this plan's finances)",
                        Signal::derive(move || presets.with(|p| p.cash.is_some())),
                        move |on| { let c = if on { plan_cash() } else { None }; edit(&|p| p.cash = c) })}
                    {tick("embed-lock", "Lock the starting values: readers cannot change them",
                        Signal::derive(move || presets.with(|p| p.lock)),
                        move |on| edit(&|p| p.lock = on))}
                </Show>
                <fieldset class="field radios inline">
                    <legend>"Theme"</legend>
                    {Theme::ALL.map(|t| {
                        let id = format!("embed-theme-{}", t.slug());
                        let words = match t { Theme::Auto => "The reader's system", Theme::Light => "Light", Theme::Dark => "Dark" };
                        view! {
                            <div class="radio">
                                <input type="radio" id=id.clone() name="embed-theme" prop:checked=move || presets.with(|p| p.theme == t) on:change=move |_| edit(&|p| p.theme = t)/>
                                <label for=id>{words}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                {tick("embed-compact", "Compact: the table behind \u{201c}The numbers\u{201d}",
                    Signal::derive(move || presets.with(|p| p.compact)),
                    move |on| edit(&|p| p.compact = on))}
                <div class="field">
                    <label for="embed-title">"The frame's title (screen readers announce it)"</label>
                    <input id="embed-title" type="text" maxlength="120" placeholder=move || codec::default_embed_title(kind.get()) prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
                </div>
            </details>
            <div class="field">
                <label for="embed-code">"Embed code: paste it into your post's HTML"</label>
                <textarea id="embed-code" readonly=true rows="6" class="code" prop:value=move || code.get()></textarea>
                <p class="help">"The script lets the frame size itself to its content; the link beside it opens the planner with the same starting values. Several embeds on one page work side by side; none of them can read or change your saved plans."</p>
            </div>
            <button type="button" class="secondary" on:click=move |_| {
                shared(store);
                let text = code.get_untracked();
                leptos::task::spawn_local(async move { status.set(copy_text(text).await.words("the embed code")); });
            }>"Copy embed code"</button>
            <span role="status" class="copy-status">{move || status.get()}</span>
            // The frame is made once the preview is open: a phone fetches no embed it does not show.
            <details class="embed-preview" open=wide data-testid="embed-preview" on:toggle=move |ev| {
                let open = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|e| e.has_attribute("open"));
                shown.set(open);
            }>
                <summary>"Show the preview"</summary>
                <Show when=move || shown.get()>
                    <iframe src=preview title=move || frame_title.get() sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads" data-testid="embed-preview-frame"></iframe>
                </Show>
            </details>
        </section>
    }
}
