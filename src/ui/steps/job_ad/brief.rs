//! The right document for the route: a brief for the matcher of a vetted platform, an agency
//! or a placement, exportable like the ad; the public posting otherwise (the default).

use leptos::prelude::*;

use crate::ui::download::{copy_text, download};
use crate::ui::state::PlanStore;
use crate::ui::widgets::RouteLine;
use hireplan_core::job_ad::brief::{brief, document_for, AdDocument};
use hireplan_core::kit::plain_text;

#[component]
pub fn RouteDocument() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let doc = Memo::new(move |_| store.plan.with(document_for));
    view! {
        <RouteLine step="job-ad" default="Below is the public posting, the default: it is the document for job boards and direct hiring."/>
        {move || match doc.get() {
            AdDocument::Brief { route } => view! { <Brief route=route/> }.into_any(),
            AdDocument::Posting { chosen: true } => view! {
                <p class="help" data-testid="ad-document">"Your route finds the hire through a public posting: the job description below is the document to publish."</p>
            }.into_any(),
            AdDocument::Posting { chosen: false } => ().into_any(),
        }}
    }
}

#[component]
fn Brief(route: String) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let name = route.clone();
    let text = Memo::new(move |_| store.plan.with(|p| brief(p, &name)));
    let status = RwSignal::new(String::new());
    let save = move |markdown: bool| {
        let (file, mime, body) = if markdown {
            ("matcher-brief.md", "text/markdown", text.get_untracked())
        } else {
            (
                "matcher-brief.txt",
                "text/plain",
                plain_text(&text.get_untracked()),
            )
        };
        status.set(match download(file, mime, &body) {
            Ok(()) => format!("Downloaded {file}."),
            Err(e) => format!("Could not download: {e}"),
        });
    };
    view! {
        <section class="matcher-brief" aria-labelledby="brief-heading" data-testid="ad-document">
            <h2 id="brief-heading">{format!("Brief for {route}'s matcher")}</h2>
            <p class="help">{format!("Through {route} you do not publish a job post: their matcher picks candidates from a brief. Send this one; it is built from your plan, and what is missing says so.")}</p>
            <pre class="kit-text" data-testid="matcher-brief">{move || text.get()}</pre>
            <div class="button-row">
                <button type="button" class="primary" data-testid="copy-brief" on:click=move |_| {
                    let body = text.get_untracked();
                    leptos::task::spawn_local(async move {
                        status.set(copy_text(body).await.words("the brief"));
                    });
                }>"Copy the brief"</button>
                <button type="button" class="secondary" data-testid="brief-md" on:click=move |_| save(true)>"Markdown file"</button>
                <button type="button" class="secondary" data-testid="brief-txt" on:click=move |_| save(false)>"Text file"</button>
            </div>
            <p role="status" class="copy-status">{move || status.get()}</p>
            <p class="help">"The public posting below stays here, for a job board or your own site if you also post."</p>
        </section>
    }
}
