//! Step 9: your plans in this browser, export and import, share links and the embed code.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::ui::download::copy_text;
use crate::ui::parts::Steps;
use crate::ui::session::Session;
use crate::ui::state::{now, Page, PlanStore};
use crate::ui::transfer::{self, Said};
use hireplan_core::codec::{self, EmbedKind};
use hireplan_core::plan::wizard::Step;
use hireplan_core::plan::Plan;
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::session::library::when;
use hireplan_core::session::save::Persistence;

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

#[component]
fn EmbedCode() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let what = RwSignal::new(EmbedKind::Costs);
    let status = RwSignal::new(String::new());
    let code = Memo::new(move |_| {
        let kind = what.get();
        let share = (kind == EmbedKind::Plan).then(|| store.plan.with(codec::encode_share));
        let query = format!("embed={}", kind.slug());
        codec::embed_code(
            &app_url(),
            &query,
            "",
            share.as_deref(),
            codec::default_embed_title(kind),
        )
    });
    view! {
        <section aria-labelledby="embed-heading">
            <h2 id="embed-heading">"Embed in a blog post"</h2>
            <fieldset class="field radios">
                <legend>"What to embed"</legend>
                <div class="radio">
                    <input type="radio" id="embed-what-costs" name="embed-what" prop:checked=move || what.get() == EmbedKind::Costs on:change=move |_| what.set(EmbedKind::Costs)/>
                    <label for="embed-what-costs"><span class="choice-label">"The cost calculator"</span><span class="choice-help">"Readers pick a level, engagement and country."</span></label>
                </div>
                <div class="radio">
                    <input type="radio" id="embed-what-plan" name="embed-what" prop:checked=move || what.get() == EmbedKind::Plan on:change=move |_| what.set(EmbedKind::Plan)/>
                    <label for="embed-what-plan"><span class="choice-label">"This plan, read-only"</span><span class="choice-help">"Requirements, level and costs as they are now."</span></label>
                </div>
            </fieldset>
            <div class="field">
                <label for="embed-code">"Embed code: paste it into your post's HTML"</label>
                <textarea id="embed-code" readonly=true rows="6" class="code" prop:value=move || code.get()></textarea>
                <p class="help">"The script lets the frame size itself to its content. Several embeds on one page work side by side; none of them can read or change your saved plans."</p>
            </div>
            <button type="button" class="secondary" on:click=move |_| {
                shared(store);
                let text = code.get_untracked();
                leptos::task::spawn_local(async move { status.set(copy_text(text).await.words("the embed code")); });
            }>"Copy embed code"</button>
            <span role="status" class="copy-status">{move || status.get()}</span>
        </section>
    }
}
