//! Step 8: candidates compared on evidence, the trial and the offer. Candidates are personal
//! data: kept in this browser, never in a share link or an embed.

use leptos::prelude::*;

use crate::ui::state::PlanStore;
use hireplan_core::hiring::interview_loop;
use hireplan_core::kit;
use hireplan_core::market::market;
use hireplan_core::plan::{Candidate, Decision, Stage};
use hireplan_core::session::edit::{CandidateField, PlanEdit};

mod offer;

use offer::{OfferForm, Trial};

/// How long a removed candidate can be brought back.
const UNDO_WINDOW: std::time::Duration = std::time::Duration::from_secs(10);

#[component]
pub fn HireStep() -> impl IntoView {
    view! {
        <p class="lead">
            "Keep your shortlist here, score each candidate against the same anchors at every stage, compare them on evidence, "
            "then plan the trial and draft the offer. Candidates stay in this browser: they never go into a share link or an embed, "
            "and into an exported plan only when you tick it."
        </p>
        <Candidates/>
        <Compare/>
        <Trial/>
        <OfferForm/>
    }
}

fn channel_options() -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = market()
        .channels
        .iter()
        .filter(|c| c.closed.is_none())
        .map(|c| (c.id.to_string(), c.name.to_string()))
        .collect();
    v.push((
        String::new(),
        "Elsewhere (referral, network, your site)".into(),
    ));
    v
}

#[component]
fn Candidates() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let name = RwSignal::new(String::new());
    let source = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let removed = RwSignal::new(None::<Candidate>);
    let undo_timer = StoredValue::new(None::<TimeoutHandle>);
    let ids = Memo::new(move |_| {
        store.plan.with(|p| {
            p.candidates
                .iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add = move || match store.edit(PlanEdit::AddCandidate {
        name: name.get_untracked(),
        source: source.get_untracked(),
    }) {
        Ok(()) => {
            name.set(String::new());
            error.set(None);
        }
        Err(e) => error.set(Some(e.to_string())),
    };
    let remove = Callback::new(move |id: String| {
        let Some(c) = store
            .plan
            .with_untracked(|p| p.candidates.iter().find(|c| c.id == id).cloned())
        else {
            return;
        };
        if store.edit(PlanEdit::RemoveCandidate(id)).is_ok() {
            removed.set(Some(c));
            if let Some(h) = undo_timer.get_value() {
                h.clear();
            }
            // After the window the copy held for undo is dropped: the candidate is gone.
            let h = set_timeout_with_handle(move || removed.set(None), UNDO_WINDOW).ok();
            undo_timer.set_value(h);
        }
    });
    view! {
        <section aria-labelledby="candidates-heading" data-testid="candidates">
            <h2 id="candidates-heading">"Candidates"</h2>
            <form class="add-own" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <div class="field grow">
                    <label for="candidate-name">"Name"</label>
                    <input id="candidate-name" type="text" autocomplete="off" aria-describedby="candidate-error"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="candidate-source">"Found through"</label>
                    <select id="candidate-source" on:change=move |ev| source.set(event_target_value(&ev))>
                        {channel_options().into_iter().map(|(id, label)| {
                            let selected = id.is_empty();
                            view! { <option value=id selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="secondary">"Add candidate"</button>
            </form>
            <p id="candidate-error" class="field-error" role="alert">{move || error.get()}</p>
            {move || removed.get().map(|c| view! {
                <div class="notice warn" role="status" data-testid="candidate-removed">
                    <p>{format!("Removed \u{201c}{}\u{201d}. It is gone from this browser once this message goes.", c.name)}</p>
                    <div class="notice-actions">
                        <button type="button" class="secondary small" on:click=move |_| {
                            if let Some(c) = removed.get_untracked() {
                                store.set(PlanEdit::RestoreCandidate(Box::new(c)));
                            }
                            removed.set(None);
                        }>"Undo"</button>
                    </div>
                </div>
            })}
            {move || ids.with(Vec::is_empty).then(|| view! { <p class="hint">"No candidates yet."</p> })}
            <ol class="candidate-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <CandidateCard id=id remove=remove/>
                </For>
            </ol>
        </section>
    }
}

/// The loop's stages as a select's options, `selected` marked.
fn stage_options(stages: Memo<Vec<Stage>>, selected: Option<usize>) -> impl IntoView {
    stages
        .get()
        .into_iter()
        .enumerate()
        .map(|(i, s)| view! { <option value=i.to_string() selected=Some(i) == selected>{s.numbered(i)}</option> })
        .collect_view()
}

#[component]
fn CandidateCard(id: String, remove: Callback<String>) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let cid = id.clone();
    let cand = Memo::new(move |_| {
        store.plan.with(|p| {
            p.candidates
                .iter()
                .find(|c| c.id == cid)
                .cloned()
                .unwrap_or_default()
        })
    });
    let stages = Memo::new(move |_| store.plan.with(interview_loop));
    let rows = Memo::new(move |_| store.plan.with(kit::rows));
    let card_stage = RwSignal::new(0usize);
    let interviewer = RwSignal::new(String::from("Me"));
    let error = RwSignal::new(None::<String>);
    let decision = RwSignal::new(cand.get_untracked().decision);
    let reason = RwSignal::new(cand.get_untracked().reason);
    let p = format!("cand-{id}");
    let run = move |e: PlanEdit| match store.edit(e) {
        Ok(()) => error.set(None),
        Err(e) => error.set(Some(e.to_string())),
    };
    let current_card = move || {
        let (s, who) = (card_stage.get(), interviewer.get());
        cand.with(|c| c.scorecard(s, &who).cloned().unwrap_or_default())
    };
    let (id_name, id_links, id_src, id_stage, id_rm) =
        (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
    let (id_rate, id_notes, id_dec) = (id.clone(), id.clone(), id.clone());
    view! {
        <li class="candidate" data-candidate=id.clone()>
            <h3>{move || cand.with(|c| c.name.clone())}</h3>
            <div class="two-col">
                <div class="field">
                    <label for=format!("{p}-name")>"Name"</label>
                    <input id=format!("{p}-name") type="text" prop:value=move || cand.with(|c| c.name.clone())
                        on:change=move |ev| run(PlanEdit::CandidateText { id: id_name.clone(), field: CandidateField::Name, text: event_target_value(&ev) })/>
                </div>
                <div class="field">
                    <label for=format!("{p}-links")>"Links (profile, code)"</label>
                    <input id=format!("{p}-links") type="text" prop:value=move || cand.with(|c| c.links.clone())
                        on:change=move |ev| run(PlanEdit::CandidateText { id: id_links.clone(), field: CandidateField::Links, text: event_target_value(&ev) })/>
                </div>
            </div>
            <div class="two-col">
                <div class="field">
                    <label for=format!("{p}-source")>"Found through"</label>
                    <select id=format!("{p}-source") prop:value=move || cand.with(|c| c.source.clone())
                        on:change=move |ev| run(PlanEdit::CandidateSource { id: id_src.clone(), source: event_target_value(&ev) })>
                        {channel_options().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=format!("{p}-stage")>"At stage"</label>
                    <select id=format!("{p}-stage") prop:value=move || cand.with(|c| c.stage.to_string())
                        on:change=move |ev| if let Ok(s) = event_target_value(&ev).parse() { run(PlanEdit::CandidateStage { id: id_stage.clone(), stage: s }) }>
                        {move || stage_options(stages, None)}
                    </select>
                </div>
            </div>
            <fieldset class="scorecard-entry">
                <legend>"Scorecard"</legend>
                <div class="two-col">
                    <div class="field">
                        <label for=format!("{p}-card-stage")>"Stage"</label>
                        <select id=format!("{p}-card-stage") on:change=move |ev| if let Ok(s) = event_target_value(&ev).parse() { card_stage.set(s) }>
                            {move || stage_options(stages, Some(card_stage.get_untracked()))}
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("{p}-interviewer")>"Interviewer"</label>
                        <input id=format!("{p}-interviewer") type="text" prop:value=move || interviewer.get() on:change=move |ev| interviewer.set(event_target_value(&ev))/>
                    </div>
                </div>
                <table class="data anchors">
                    <caption class="visually-hidden">"Ratings against the anchors"</caption>
                    <thead><tr><th scope="col">"Requirement"</th><th scope="col">"Rating"</th><th scope="col">"1 · 3 · 5 means"</th></tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|r| {
                            let a = kit::anchors(&r);
                            let sel_id = format!("cand-{}-rate-{}", id_rate, r.id.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
                            let row = r.id.clone();
                            let row2 = r.id.clone();
                            let cid = id_rate.clone();
                            view! {
                                <tr>
                                    <th scope="row"><label for=sel_id.clone()>{r.label.clone()}</label></th>
                                    <td>
                                        <select id=sel_id prop:value=move || current_card().ratings.get(&row2).map(|v| v.to_string()).unwrap_or_default()
                                            on:change=move |ev| {
                                                let v = event_target_value(&ev).parse::<u8>().ok();
                                                run(PlanEdit::Rate { id: cid.clone(), stage: card_stage.get_untracked(), interviewer: interviewer.get_untracked(), row: row.clone(), value: v });
                                            }>
                                            <option value="">"Not rated"</option>
                                            {(1..=5).map(|v| view! { <option value=v.to_string()>{v.to_string()}</option> }).collect_view()}
                                        </select>
                                    </td>
                                    <td class="help"><strong>"1: "</strong>{a.one}<br/><strong>"3: "</strong>{a.three}<br/><strong>"5: "</strong>{a.five}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                <div class="field">
                    <label for=format!("{p}-notes")>"Notes for this stage"</label>
                    <textarea id=format!("{p}-notes") rows="3" prop:value=move || current_card().notes
                        on:change=move |ev| run(PlanEdit::ScoreNotes { id: id_notes.clone(), stage: card_stage.get_untracked(), interviewer: interviewer.get_untracked(), notes: event_target_value(&ev) })></textarea>
                </div>
            </fieldset>
            <div class="two-col">
                <div class="field">
                    <label for=format!("{p}-decision")>"Decision"</label>
                    <select id=format!("{p}-decision") prop:value=move || decision.get().slug() on:change=move |ev| if let Some(d) = Decision::from_slug(&event_target_value(&ev)) { decision.set(d) }>
                        {Decision::ALL.map(|d| view! { <option value=d.slug()>{d.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field grow">
                    <label for=format!("{p}-reason")>"Reason"</label>
                    <input id=format!("{p}-reason") type="text" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))/>
                </div>
            </div>
            <p class="button-row">
                <button type="button" class="secondary" on:click=move |_| run(PlanEdit::Decide { id: id_dec.clone(), decision: decision.get_untracked(), reason: reason.get_untracked() })>"Record the decision"</button>
                <span data-testid="decision" class="help">{move || cand.with(|c| if c.decision == Decision::Undecided { String::new() } else { format!("Recorded: {}. {}", c.decision.label(), c.reason) })}</span>
            </p>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <button type="button" class="link danger" aria-label=move || format!("Remove {}", cand.with(|c| c.name.clone()))
                on:click=move |_| remove.run(id_rm.clone())>"Remove this candidate"</button>
        </li>
    }
}

#[component]
fn Compare() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let table = Memo::new(move |_| store.plan.with(kit::compare));
    view! {
        <section aria-labelledby="compare-heading" data-testid="compare">
            <h2 id="compare-heading">"Side by side"</h2>
            <p class="help">"Each candidate's average rating per requirement, over every scorecard. A requirement not yet assessed is shown as a gap, not as a zero."</p>
            {move || table.with(|t| t.candidates.is_empty()).then(|| view! { <p class="hint">"Add candidates and fill their scorecards to compare them."</p> })}
            {move || {
                let t = table.get();
                (!t.candidates.is_empty()).then(|| view! {
                    <div class="table-wrap">
                        <table class="data">
                            <caption class="visually-hidden">"Candidates' ratings by requirement"</caption>
                            <thead><tr><th scope="col">"Requirement"</th>{t.candidates.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view()}</tr></thead>
                            <tbody>
                                {t.rows.iter().zip(t.cells.iter()).map(|(r, cells)| view! {
                                    <tr>
                                        <th scope="row">{r.label.clone()}</th>
                                        {cells.iter().map(|c| match c {
                                            Some(v) => view! { <td>{hireplan_core::text::format::fixed(*v, 1)}</td> }.into_any(),
                                            None => view! { <td class="gap">"not assessed"</td> }.into_any(),
                                        }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                })
            }}
        </section>
    }
}
