//! Step 7, in three views with their own addresses: the loop and its questions (`#/interviews`),
//! the interview kit (`#/interviews/kit`), and the timeline and onboarding
//! (`#/interviews/timeline`).

use leptos::prelude::*;

use crate::ui::state::PlanStore;
use crate::ui::widgets::{view_index, view_nav};
use hireplan_core::hiring::{interview_loop, minutes_basis, onboarding, RECOMMENDATIONS};
use hireplan_core::kit;
use hireplan_core::plan::wizard::Step;
use hireplan_core::plan::{MAX_MINUTES, MAX_OWN_QUESTIONS, MAX_STAGES, MIN_MINUTES};
use hireplan_core::session::edit::{PlanEdit, StageChange};

use super::SourceTag;

mod timeline;

use timeline::Timeline;

/// What each view is there to decide, said first.
const LEADS: [&str; 3] = [
    "Decide the stages a candidate goes through, and the questions for your must-haves.",
    "What your interviewers need: the scorecard, the guide, the take-home brief and the reference call.",
    "When the hire can start on your route, and their first 90 days.",
];

#[component]
pub fn InterviewsStep() -> impl IntoView {
    let current = view_index(Step::Interviews);
    view! {
        <p class="lead" data-testid="view-lead">{move || LEADS.get(current.get()).copied().unwrap_or(LEADS[0])}</p>
        {view_nav(Step::Interviews, current)}
        <div class="view" hidden=move || current.get() != 0><LoopEditor/> <Questions/></div>
        // All three are drawn and the others hidden: switching views is instant, and a view
        // swapped in and out would cost code of its own in every phone's download.
        <div class="view" hidden=move || current.get() != 1>
                <Scorecard/>
                <KitDocument
                    id="interview-guide"
                    title="Interview guide"
                    help="For your interviewers: each stage with what it assesses and its questions, then what a 1, a 3 and a 5 mean on the scorecard."
                    file="interview-guide"
                    text=kit::guide
                />
                <KitDocument
                    id="take-home"
                    title="Take-home brief"
                    help="Ready to send: built from your stack and objective, scoped to the source's 2 to 4 hours, with how it is marked and how to submit."
                    file="take-home-brief"
                    text=kit::take_home
                />
                <KitDocument
                    id="reference-call"
                    title="Reference call"
                    help="The source's questions for a previous manager: deadlines, disagreements about technical direction, raising problems early."
                    file="reference-call"
                    text=kit::reference_script
                />
        </div>
        <div class="view" hidden=move || current.get() != 2><Timeline/> <Onboarding/></div>
    }
}

#[component]
fn LoopEditor() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let stages = Memo::new(move |_| store.plan.with(interview_loop));
    let edited = move || store.plan.with(|p| p.interviews.stages.is_some());
    // The first change copies the recommended loop into the plan.
    let edit = move |change: StageChange| store.set(PlanEdit::Stage(change));
    let total = move || stages.with(|s| s.iter().map(|x| x.minutes).sum::<u32>());
    // (A comparison inside `view!` would end the tag early.)
    let at_limit = move || stages.with(Vec::len) >= MAX_STAGES;
    view! {
        <section aria-labelledby="loop-heading" data-testid="loop">
            <h2 id="loop-heading">"Interview loop"</h2>
            <p class="help">
                "From the sources: a short technical screen, a take-home or live session, system design for senior roles, and reference checks "
                <SourceTag id="fits-your-team-2026"/> ". "
                {move || format!("{} stages, about {} hours of the candidate's time.", stages.with(Vec::len), (total() as f64 / 60.0 * 10.0).round() / 10.0)}
            </p>
            <ol class="stages">
                {move || stages.get().into_iter().enumerate().map(|(i, s)| {
                    let count = stages.with(Vec::len);
                    let (title_id, min_id) = (format!("stage-title-{i}"), format!("stage-minutes-{i}"));
                    view! {
                        <li class="stage" data-kind=format!("{:?}", s.kind)>
                            <div class="stage-fields">
                                <div class="field grow">
                                    <label for=title_id.clone()>{format!("Stage {}", i + 1)}</label>
                                    <input id=title_id type="text" prop:value=s.title.clone() on:change=move |ev| {
                                        let v = event_target_value(&ev);
                                        edit(StageChange::Title(i, v));
                                    }/>
                                </div>
                                <div class="field minutes">
                                    <label for=min_id.clone()>"Minutes"</label>
                                    <input id=min_id type="number" min=MIN_MINUTES max=MAX_MINUTES step="5" prop:value=s.minutes.to_string() on:change=move |ev| {
                                        if let Ok(v) = event_target_value(&ev).trim().parse::<u32>() {
                                            edit(StageChange::Minutes(i, v));
                                        }
                                    }/>
                                </div>
                            </div>
                            <p class="help">{s.what.clone()}</p>
                            {minutes_basis(s.kind).map(|(basis, source)| view! {
                                <p class="help minutes-basis">
                                    {source.is_none().then(|| view! { <span class="badge">"Assumption"</span> " " })}
                                    "Length: " {basis}
                                    {source.map(|id| view! { " " <SourceTag id=id/> })}
                                </p>
                            })}
                            <span class="row-buttons">
                                <button type="button" class="icon" disabled=i == 0 aria-label=format!("Move {} up", s.title)
                                    on:click=move |_| edit(StageChange::Up(i))>"↑"</button>
                                <button type="button" class="icon" disabled=i + 1 == count aria-label=format!("Move {} down", s.title)
                                    on:click=move |_| edit(StageChange::Down(i))>"↓"</button>
                                <button type="button" class="icon danger" aria-label=format!("Remove {}", s.title)
                                    on:click=move |_| edit(StageChange::Remove(i))>"✕"</button>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="button-row">
                <button type="button" class="secondary" aria-describedby="stage-limit" disabled=at_limit
                    on:click=move |_| edit(StageChange::Add)>"Add a stage"</button>
                <span id="stage-limit" class="help">{format!("Up to {MAX_STAGES} stages.")}</span>
                {move || edited().then(|| view! {
                    <button type="button" class="link" on:click=move |_| store.set(PlanEdit::ResetLoop)>"Back to the recommended loop"</button>
                })}
            </div>
        </section>
    }
}

#[component]
fn Questions() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let kit = Memo::new(move |_| store.plan.with(kit::stages));
    let unassessed = move || store.plan.with(kit::unassessed);
    let titles = Memo::new(move |_| {
        kit.with(|k| {
            k.iter()
                .enumerate()
                .map(|(i, s)| s.stage.numbered(i))
                .collect::<Vec<_>>()
        })
    });
    let draft = RwSignal::new(String::new());
    let (moving, move_to) = (RwSignal::new(0usize), RwSignal::new(0usize));
    // A question of one's own is asked at a stage from the start: the first by default.
    let add_to = RwSignal::new(0usize);
    let gaps = move || store.plan.with(kit::runtime_gaps);
    // At the limit, the field says so (and Add does nothing) until a question is removed.
    let full = move || {
        store
            .plan
            .with(|p| p.interviews.own_questions.len() >= MAX_OWN_QUESTIONS)
    };
    view! {
        <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">"Questions for your must-haves"</h2>
            {move || requirements_notice("unassessed", "Not assessed by any stage: ", unassessed(),
                ". You would hire without evidence of it: add a take-home or live session, or a stage of your own that names it.")}
            {move || requirements_notice("runtime-gaps", "No runtime question for: ", gaps(),
                ". The sources' questions on memory and concurrency are about other languages, so none is asked: add a question of your own on how it manages memory, runs work at once and handles errors.")}
            // Each stage with what it assesses and its questions; one control moves a question.
            <ol class="stage-assesses" data-testid="stage-assesses">
                {move || kit.get().into_iter().map(|s| {
                    // A stage with a question of one's own opens: the founder sees it where it went.
                    let mine = s.questions.iter().any(|q| q.origin == hireplan_core::hiring::Origin::Own);
                    view! {
                    <li><details open=mine>
                        <summary><h3>{s.stage.title.clone()}</h3>
                        <span class="help">"Assesses: "
                            {if s.assesses.is_empty() { "nothing on your scorecard".to_string() } else { s.assesses.iter().map(|r| r.label.clone()).collect::<Vec<_>>().join(", ") }}
                            {format!(" · {} question{}", s.questions.len(), if s.questions.len() == 1 { "" } else { "s" })}
                        </span></summary>
                        <ul class="questions">
                            {s.questions.into_iter().map(|q| view! { <QuestionItem q=q/> }).collect_view()}
                        </ul>
                    </details></li>
                }}).collect_view()}
            </ol>
            <form class="move-question button-row" data-testid="move-question" on:submit=move |ev| {
                ev.prevent_default();
                let q = kit.with_untracked(|k| k.iter().flat_map(|s| s.questions.iter()).nth(moving.get_untracked()).map(|q| q.question.clone()));
                if let Some(question) = q {
                    store.set(PlanEdit::MoveQuestion { question, stage: move_to.get_untracked() });
                }
            }>
                <div class="field grow">
                    <label for="move-which">"Move a question"</label>
                    <select id="move-which" on:change=move |ev| moving.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {move || kit.get().into_iter().flat_map(|s| s.questions).enumerate().map(|(n, q)| view! {
                            <option value=n.to_string() selected=move || moving.get() == n>{format!("{}: {}", q.topic, q.question)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="move-to">"to the stage"</label>
                    <select id="move-to" on:change=move |ev| move_to.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {move || titles.get().into_iter().enumerate().map(|(i, t)| view! { <option value=i.to_string() selected=move || move_to.get() == i>{t}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="secondary">"Move it"</button>
            </form>
            <form class="add-own" data-testid="add-question" on:submit=move |ev| {
                ev.prevent_default();
                if store.edit(PlanEdit::AddQuestion { question: draft.get_untracked(), stage: add_to.get_untracked() }).is_ok() {
                    draft.set(String::new());
                }
            }>
                <div class="field grow">
                    <label for="own-question">"Add a question of your own"</label>
                    <input id="own-question" type="text" aria-describedby="own-question-messages" prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))/>
                    <p id="own-question-messages" class="field-error" role="alert">
                        {move || full().then(|| format!("You have {MAX_OWN_QUESTIONS} questions of your own, the most a plan holds: remove one to add another."))}
                    </p>
                </div>
                <div class="field">
                    <label for="own-question-stage">"asked at the stage"</label>
                    <select id="own-question-stage" on:change=move |ev| add_to.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {move || titles.get().into_iter().enumerate().map(|(i, t)| view! { <option value=i.to_string() selected=move || add_to.get() == i>{t}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="secondary">"Add"</button>
            </form>
        </section>
    }
}

/// A warning naming requirements, shown only when there are some.
fn requirements_notice(
    id: &'static str,
    lead: &'static str,
    list: Vec<hireplan_core::plan::Requirement>,
    tail: &'static str,
) -> Option<impl IntoView> {
    (!list.is_empty()).then(|| {
        view! {
            <p class="notice warn" data-testid=id>
                <strong>{lead}</strong>
                {list.into_iter().map(|r| r.label).collect::<Vec<_>>().join(", ")}
                {tail}
            </p>
        }
    })
}

/// One question of the kit: the source's (cited), adapted to the plan (cited, and saying so),
/// or the founder's own (checked for protected topics, and removable).
#[component]
fn QuestionItem(q: hireplan_core::hiring::Question) -> impl IntoView {
    use hireplan_core::hiring::Origin;
    let store = expect_context::<PlanStore>();
    let own = q.origin == Origin::Own;
    let adapted = matches!(q.origin, Origin::Adapted(_));
    // One view for every kind (a view swapped with `into_any` costs code of its own).
    let warning = own
        .then(|| {
            hireplan_core::job_ad::checks::question_hits(std::slice::from_ref(&q.question))
                .into_iter()
                .next()
        })
        .flatten();
    let text = q.question.clone();
    let remove = move |_| {
        let at = store
            .plan
            .with_untracked(|p| p.interviews.own_questions.iter().position(|x| *x == text));
        if let Some(i) = at {
            store.set(PlanEdit::RemoveQuestion(i));
        }
    };
    view! {
        <li class:own=own data-testid=if own { "own-question" } else { "question" }>
            <p><strong>{if own { "Your question" } else { q.topic }}": "</strong>{q.question.clone()}</p>
            {(!own).then(|| view! {
                <p class="help">"A good answer shows: " {q.good_answer.clone()} " "
                    {adapted.then(|| view! { <span class="badge" data-testid="adapted">"Adapted to your plan"</span> " from " })}
                    <SourceTag id=q.source/></p>
            })}
            {warning.map(|h| view! {
                <p class="notice warn" data-testid="question-topic"><strong>{h.title}</strong>" " {h.reason} " " {h.fix}</p>
            })}
            {own.then(|| view! {
                <button type="button" class="link" aria-label=format!("Remove your question: {}", q.question) on:click=remove>"Remove"</button>
            })}
        </li>
    }
}

#[component]
fn Scorecard() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let rows = Memo::new(move |_| store.plan.with(kit::rows));
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            if let Some(body) = w.document().and_then(|d| d.body()) {
                let _ = body.class_list().add_1("print-scorecard");
                let _ = w.print();
                let _ = body.class_list().remove_1("print-scorecard");
            }
        }
    };
    view! {
        <section aria-labelledby="scorecard-heading" class="scorecard" data-testid="scorecard">
            <h2 id="scorecard-heading">"Scorecard"</h2>
            <p class="help no-print">"One per candidate and interviewer, filled in right after the interview. Score what you saw, not your impression."</p>
            <p class="scorecard-fields">"Candidate: ____________________   Interviewer: ____________________   Date: ____________"</p>
            <div class="table-wrap">
                <table class="data score">
                    <caption class="visually-hidden">"Scorecard"</caption>
                    <thead><tr>
                        <th scope="col">"Skill"</th><th scope="col">"What a 1, a 3 and a 5 mean"</th>
                        {(1..=5).map(|n| view! { <th scope="col" class="num">{n}</th> }).collect_view()}
                        <th scope="col">"Notes"</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let r = rows.get();
                            if r.is_empty() {
                                view! { <tr><td colspan="8">"Choose must-haves and soft skills in the Requirements step to fill the scorecard."</td></tr> }.into_any()
                            } else {
                                r.into_iter().map(|row| {
                                    let a = kit::anchors(&row);
                                    view! {
                                    <tr>
                                        <th scope="row">{row.label}</th>
                                        <td class="anchors"><strong>"1: "</strong>{a.one}<br/><strong>"3: "</strong>{a.three}<br/><strong>"5: "</strong>{a.five}</td>
                                        {(1..=5).map(|_| view! { <td class="box" aria-hidden="true">"☐"</td> }).collect_view()}
                                        <td class="notes"></td>
                                    </tr>
                                }}).collect_view().into_any()
                            }
                        }}
                    </tbody>
                </table>
            </div>
            <p class="overall">"Overall: " {RECOMMENDATIONS.iter().map(|r| view! { <span class="rec">"☐ " {*r}</span> }).collect_view()}</p>
            <button type="button" class="secondary no-print" data-testid="print-scorecard" on:click=print>"Print the scorecard"</button>
        </section>
    }
}

#[component]
fn Onboarding() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let plan = move || store.plan.with(onboarding);
    view! {
        <section aria-labelledby="onboarding-heading" data-testid="onboarding">
            <h2 id="onboarding-heading">"Onboarding"</h2>
            <h3>"The first two weeks"</h3>
            <ul>{move || plan().0.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            <div class="goals">
                {move || plan().1.into_iter().map(|(days, goals)| view! {
                    <div class="goal">
                        <h3>{format!("By day {days}")}</h3>
                        <ul>{goals.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
                    </div>
                }).collect_view()}
            </div>
            <p class="help">"Plan these before the start date and agree on them together: a shared way to judge fit in the first months " <SourceTag id="fits-your-team-2026"/> "."</p>
        </section>
    }
}

/// A piece of the kit to read, download as Markdown or text, and print on its own.
#[component]
fn KitDocument(
    id: &'static str,
    title: &'static str,
    help: &'static str,
    file: &'static str,
    text: fn(&hireplan_core::plan::Plan) -> String,
) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let body = Memo::new(move |_| store.plan.with(text));
    let status = RwSignal::new(String::new());
    let save = move |markdown: bool| {
        let (name, mime, content) = if markdown {
            (format!("{file}.md"), "text/markdown", body.get_untracked())
        } else {
            (
                format!("{file}.txt"),
                "text/plain",
                kit::plain_text(&body.get_untracked()),
            )
        };
        status.set(match crate::ui::download::download(&name, mime, &content) {
            Ok(()) => format!("Downloaded {name}."),
            Err(e) => format!("Could not download: {e}"),
        });
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            if let Some(b) = w.document().and_then(|d| d.body()) {
                // A closed section prints nothing: open it first.
                if let Ok(Some(d)) = b.query_selector(&format!("[data-testid={id}] details")) {
                    let _ = d.set_attribute("open", "");
                }
                let class = format!("print-{id}");
                let _ = b.class_list().add_1(&class);
                let _ = w.print();
                let _ = b.class_list().remove_1(&class);
            }
        }
    };
    view! {
        <section aria-labelledby=format!("{id}-heading") class=format!("kit-doc {id}") data-testid=id>
            <h2 id=format!("{id}-heading")>{title}</h2>
            <p class="help no-print">{help}</p>
            <details class="kit-body">
                <summary>"Read it here"</summary>
                <pre class="kit-text">{move || body.get()}</pre>
            </details>
            <div class="button-row no-print">
                <button type="button" class="secondary" data-testid=format!("{id}-md") on:click=move |_| save(true)>"Markdown file"</button>
                <button type="button" class="secondary" data-testid=format!("{id}-txt") on:click=move |_| save(false)>"Text file"</button>
                <button type="button" class="secondary" on:click=print>"Print it"</button>
            </div>
            <p role="status" class="copy-status no-print">{move || status.get()}</p>
        </section>
    }
}
