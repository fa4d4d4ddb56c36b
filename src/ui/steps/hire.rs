//! Step 8: candidates compared on evidence, the trial and the offer. Candidates are personal
//! data: kept in this browser, never in a share link or an embed.

use leptos::prelude::*;

use crate::ui::state::{today, PlanStore};
use hireplan_core::hiring::interview_loop;
use hireplan_core::kit;
use hireplan_core::market::market;
use hireplan_core::plan::{Candidate, Decision, DecisionRecord, Stage};
use hireplan_core::session::edit::{CandidateField, PlanEdit};
use hireplan_core::text::format::{self as dates, DateStyle};

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
    // Read once for every card.
    let stages = Memo::new(move |_| store.plan.with(interview_loop));
    let kit_stages = Memo::new(move |_| store.plan.with(kit::stages));
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
                    <CandidateCard id=id remove=remove stages=stages kit_stages=kit_stages/>
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

/// How a recorded decision reads in the candidate's history.
fn record_words(r: &DecisionRecord, stages: &[Stage]) -> String {
    let at = stages
        .get(r.stage)
        .map(|s| s.numbered(r.stage))
        .unwrap_or_else(|| format!("stage {}", r.stage + 1));
    let what = match r.decision {
        Decision::Advance => "moved to the next stage",
        Decision::Offer => "to the offer",
        Decision::Reject => "did not continue",
        Decision::Undecided => "not decided",
    };
    let on =
        r.on.map(|d| format!("{} · ", dates::date(d, DateStyle::Long)))
            .unwrap_or_default();
    format!("{on}After {at}: {what}. {}", r.reason)
}

#[component]
fn CandidateCard(
    id: String,
    remove: Callback<String>,
    stages: Memo<Vec<Stage>>,
    kit_stages: Memo<Vec<kit::StageKit>>,
) -> impl IntoView {
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
    let rows = Memo::new(move |_| store.plan.with(kit::rows));
    // The card in progress: one interviewer's card for one stage. It opens on the card last
    // filled, so the ratings already given are on screen.
    let (start_stage, start_name) = cand.with_untracked(|c| {
        c.scorecards
            .last()
            .map(|s| (s.stage, s.interviewer.clone()))
            .unwrap_or((c.stage, String::new()))
    });
    let card_stage = RwSignal::new(start_stage);
    // The name the card has in the plan, and the name as typed (they differ while a typed
    // name is refused because that interviewer already has a card at this stage).
    let interviewer = RwSignal::new(start_name.clone());
    let typed = RwSignal::new(start_name);
    let error = RwSignal::new(None::<String>);
    let decision = RwSignal::new(cand.get_untracked().decision);
    let reason = RwSignal::new(cand.get_untracked().reason);
    let p = format!("cand-{id}");
    let run = move |e: PlanEdit| match store.edit(e) {
        Ok(()) => {
            error.set(None);
            true
        }
        Err(e) => {
            error.set(Some(e.to_string()));
            false
        }
    };
    let current_card = move || {
        let (s, who) = (card_stage.get(), interviewer.get());
        cand.with(|c| c.scorecard(s, &who).cloned().unwrap_or_default())
    };
    let open = move |stage: usize, who: String| {
        card_stage.set(stage);
        interviewer.set(who.clone());
        typed.set(who);
        error.set(None);
    };
    // A blank name at this stage would be the card in progress again while it is unnamed.
    let unnamed_in_use = move || interviewer.with(String::is_empty) && !current_card().is_empty();
    let (id_name, id_links, id_src, id_stage, id_rm) =
        (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
    let (id_rate, id_notes, id_dec, id_who) = (id.clone(), id.clone(), id.clone(), id.clone());
    view! {
        <li class="candidate" class:closed=move || cand.with(|c| c.closed()) data-candidate=id.clone()>
            <h3>{move || cand.with(|c| c.name.clone())}</h3>
            <div class="two-col">
                <div class="field">
                    <label for=format!("{p}-name")>"Name"</label>
                    <input id=format!("{p}-name") type="text" prop:value=move || cand.with(|c| c.name.clone())
                        on:change=move |ev| { run(PlanEdit::CandidateText { id: id_name.clone(), field: CandidateField::Name, text: event_target_value(&ev) }); }/>
                </div>
                <div class="field">
                    <label for=format!("{p}-links")>"Links (profile, code)"</label>
                    <input id=format!("{p}-links") type="text" prop:value=move || cand.with(|c| c.links.clone())
                        on:change=move |ev| { run(PlanEdit::CandidateText { id: id_links.clone(), field: CandidateField::Links, text: event_target_value(&ev) }); }/>
                </div>
            </div>
            <div class="two-col">
                <div class="field">
                    <label for=format!("{p}-source")>"Found through"</label>
                    <select id=format!("{p}-source") prop:value=move || cand.with(|c| c.source.clone())
                        on:change=move |ev| { run(PlanEdit::CandidateSource { id: id_src.clone(), source: event_target_value(&ev) }); }>
                        {channel_options().into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=format!("{p}-stage")>"At stage"</label>
                    <select id=format!("{p}-stage") prop:value=move || cand.with(|c| c.stage.to_string())
                        on:change=move |ev| if let Ok(s) = event_target_value(&ev).parse() { run(PlanEdit::CandidateStage { id: id_stage.clone(), stage: s }); }>
                        {move || stage_options(stages, Some(cand.with_untracked(|c| c.stage)))}
                    </select>
                </div>
            </div>
            <fieldset class="scorecard-entry">
                <legend>"Scorecard: one interviewer's card for one stage"</legend>
                <p class="help">"Each interviewer fills their own card for a stage. Typing a name names this card: its ratings stay with it."</p>
                <div class="two-col">
                    <div class="field">
                        <label for=format!("{p}-card-stage")>"Stage of this card"</label>
                        <select id=format!("{p}-card-stage") prop:value=move || card_stage.get().to_string()
                            on:change=move |ev| if let Ok(s) = event_target_value(&ev).parse() { card_stage.set(s); error.set(None); }>
                            {move || stage_options(stages, Some(card_stage.get_untracked()))}
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("{p}-interviewer")>"Interviewer on this card"</label>
                        <input id=format!("{p}-interviewer") type="text" autocomplete="off" placeholder="Your name, or the interviewer's"
                            prop:value=move || typed.get()
                            on:input=move |ev| {
                                let to = event_target_value(&ev);
                                typed.set(to.clone());
                                let e = PlanEdit::NameScorecard { id: id_who.clone(), stage: card_stage.get_untracked(), from: interviewer.get_untracked(), to: to.clone() };
                                if run(e) {
                                    interviewer.set(to.trim().to_string());
                                }
                            }/>
                    </div>
                </div>
                {move || kit_stages.with(|k| k.get(card_stage.get()).map(|k| k.questions.clone())).filter(|q| !q.is_empty()).map(|qs| view! {
                    <details class="card-questions" data-testid="card-questions">
                        <summary>{format!("Questions for this stage ({})", qs.len())}</summary>
                        <ul>{qs.into_iter().map(|q| view! { <li>{q.question}</li> }).collect_view()}</ul>
                    </details>
                })}
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
                    <label for=format!("{p}-notes")>"Notes on this card"</label>
                    <textarea id=format!("{p}-notes") rows="3" prop:value=move || current_card().notes
                        on:change=move |ev| { run(PlanEdit::ScoreNotes { id: id_notes.clone(), stage: card_stage.get_untracked(), interviewer: interviewer.get_untracked(), notes: event_target_value(&ev) }); }></textarea>
                </div>
                <div class="button-row">
                    <button type="button" class="secondary small" data-testid="new-card" disabled=unnamed_in_use
                        on:click=move |_| open(card_stage.get_untracked(), String::new())>"Start another interviewer's card"</button>
                    {move || unnamed_in_use().then(|| view! { <span class="help">"Name this card first."</span> })}
                </div>
                <ul class="scorecard-list" data-testid="cards" aria-label="Cards for this candidate">
                    {move || cand.with(|c| c.scorecards.clone()).into_iter().map(|s| {
                        let title = stages.with(|st| st.get(s.stage).map(|x| x.numbered(s.stage))).unwrap_or_default();
                        let who = if s.interviewer.is_empty() { "not named yet".to_string() } else { s.interviewer.clone() };
                        let n = s.ratings.len();
                        let (stage, name) = (s.stage, s.interviewer.clone());
                        let me = StoredValue::new(s.interviewer);
                        let current = move || card_stage.get() == stage && me.with_value(|m| interviewer.with(|i| i == m));
                        view! {
                            <li aria-current=move || current().then_some("true")>
                                {format!("{title} · {who} · {n} rating{}", if n == 1 { "" } else { "s" })} " "
                                {move || (!current()).then(|| {
                                    let name = name.clone();
                                    view! { <button type="button" class="link" aria-label=format!("Open the card of {who} at {title}") on:click=move |_| open(stage, name.clone())>"Open"</button> }
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
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
                <button type="button" class="secondary" on:click=move |_| { run(PlanEdit::Decide { id: id_dec.clone(), decision: decision.get_untracked(), reason: reason.get_untracked(), on: Some(today()) }); }>"Record the decision"</button>
                <span data-testid="decision" class="help">{move || cand.with(|c| match c.history.last() {
                    _ if c.closed() => format!("Closed: {}. {}", c.decision.label(), c.reason),
                    Some(r) if c.decision == Decision::Offer => format!("Recorded: {}. {}", Decision::Offer.label(), r.reason),
                    Some(r) => format!("Recorded: {}, now at {}. {}", Decision::Advance.label(), stages.with(|s| s.get(c.stage).map(|x| x.numbered(c.stage))).unwrap_or_default(), r.reason),
                    None => String::new(),
                })}</span>
            </p>
            {move || cand.with(|c| (!c.history.is_empty()).then(|| {
                let lines: Vec<String> = stages.with(|s| c.history.iter().rev().map(|r| record_words(r, s)).collect());
                view! {
                    <details class="history" data-testid="decision-history">
                        <summary>{format!("History of decisions ({})", lines.len())}</summary>
                        <ol>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ol>
                    </details>
                }
            }))}
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
