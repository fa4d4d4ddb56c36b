//! Step 6: the job description. Drafted from the plan, every section editable in place;
//! edits are kept when the plan changes (the section says so and offers the new draft);
//! checked for wording problems; exported as Markdown, text or HTML.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::download::{copy_text, download};
use crate::ui::state::{today, PlanStore};
use hireplan_core::job_ad::checks::check_ad;
use hireplan_core::job_ad::draft::Section;
use hireplan_core::job_ad::export::{self, ExportFormat};
use hireplan_core::job_ad::lint::{apply_replacement, Hit, Severity};
use hireplan_core::job_ad::{assemble, AdSection};
use hireplan_core::session::edit::PlanEdit;

mod brief;

use brief::RouteDocument;

fn textarea_id(section: Section) -> String {
    format!("ad-{}", section.key())
}

/// Focuses a section's text and selects the words a check found.
fn show_hit(hit: &Hit, text: &str) {
    let (Some(section), Some((a, b))) = (hit.section, hit.range) else {
        return;
    };
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(el) = doc.get_element_by_id(&textarea_id(section)) else {
        return;
    };
    let Ok(area) = el.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return;
    };
    // The browser counts UTF-16 units; the check counts bytes.
    let units = |i: usize| text.get(..i).map(|t| t.encode_utf16().count()).unwrap_or(0) as u32;
    let _ = area.focus();
    let _ = area.set_selection_range(units(a), units(b));
}

#[component]
pub fn JobAdStep() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let ad = Memo::new(move |_| store.plan.with(assemble));
    let year = chrono::Datelike::year(&today());
    let report = Memo::new(move |_| store.plan.with(|p| ad.with(|a| check_ad(p, a, year))));
    view! {
        <p class="lead">
            "Drafted from your plan, following the sources' advice: a title with level, focus and arrangement; the objective; "
            "the must-haves apart from the nice-to-haves; and the pay, always. Edit any section in place: your words are kept "
            "when the plan changes, and the section tells you when its draft has moved on."
        </p>
        <RouteDocument/>
        <div class="ad-layout">
            <div class="ad-sections">
                {Section::ALL.into_iter().map(|s| view! { <SectionEditor section=s ad=ad/> }).collect_view()}
            </div>
            <aside class="ad-checks" aria-labelledby="checks-heading">
                <Checks report=report ad=ad/>
                <Export ad=ad/>
            </aside>
        </div>
    }
}

#[component]
fn SectionEditor(section: Section, ad: Memo<Vec<AdSection>>) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let current = move || {
        ad.with(|a| {
            a.iter()
                .find(|s| s.section == section)
                .cloned()
                .unwrap_or_else(|| AdSection {
                    section,
                    text: String::new(),
                    edited: false,
                    stale: false,
                    draft: String::new(),
                })
        })
    };
    let id = textarea_id(section);
    let rows =
        move || current().text.lines().count().max(1) + usize::from(section != Section::Title);
    let key = section.key();
    view! {
        <div class="ad-section" class:edited=move || current().edited data-section=key>
            <div class="ad-section-head">
                <label for=id.clone()>{section.heading()}</label>
                {move || current().edited.then(|| view! {
                    <span class="badge">"Your edit"</span>
                    <button type="button" class="link" on:click=move |_| store.set(PlanEdit::RevertSection(section))>
                        "Back to the draft"
                    </button>
                })}
            </div>
            <textarea
                id=id
                class="ad-text"
                class:title=section == Section::Title
                rows=rows
                prop:value=move || current().text
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let draft = current().draft;
                    store.set(PlanEdit::WriteSection { section, text, draft });
                }
            ></textarea>
            {move || current().stale.then(|| {
                let draft = current().draft;
                view! {
                    <div class="notice warn stale" role="status" data-testid=format!("stale-{key}")>
                        <p>"Your plan has changed since you edited this section. Your text is kept; the new draft would read:"</p>
                        <blockquote class="new-draft">{draft.clone()}</blockquote>
                        <div class="notice-actions">
                            <button type="button" class="secondary small" on:click=move |_| store.set(PlanEdit::RevertSection(section))>
                                "Use the new draft"
                            </button>
                            <button type="button" class="secondary small" on:click=move |_| {
                                let draft = draft.clone();
                                store.set(PlanEdit::KeepSectionText { section, draft });
                            }>"Keep my text"</button>
                        </div>
                    </div>
                }
            })}
        </div>
    }
}

/// One finding: where, why, the fix, and a one-click swap where the fix is a word.
#[component]
fn HitItem(hit: Hit, ad: Memo<Vec<AdSection>>) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let sev = hit.severity.slug();
    let where_ = hit.section.map(|s| s.heading()).unwrap_or("Whole plan");
    let text = hit
        .section
        .and_then(|s| {
            ad.with_untracked(|a| a.iter().find(|x| x.section == s).map(|x| x.text.clone()))
        })
        .unwrap_or_default();
    let swap = match (hit.section, hit.range, hit.replacement.clone()) {
        (Some(section), Some(range), Some(replacement)) => Some((section, range, replacement)),
        _ => None,
    };
    let shown = hit.clone();
    view! {
        <li class=format!("hit {sev}") data-rule=hit.rule.to_string()>
            <p class="hit-title">{hit.title.clone()} " · " {where_}</p>
            {(!hit.excerpt.is_empty()).then(|| view! { <p><mark>{hit.excerpt.clone()}</mark></p> })}
            <p class="help">{hit.reason.clone()}</p>
            <p class="fix"><strong>"Fix: "</strong>{hit.fix.clone()}</p>
            {hit.law.clone().map(|law| view! { <p class="help law" data-testid="hit-law"><strong>"The law: "</strong>{law}</p> })}
            <div class="button-row">
                {swap.map(|(section, range, replacement)| {
                    let label = if replacement.is_empty() {
                        "Delete the word".to_string()
                    } else {
                        format!("Use \u{201c}{replacement}\u{201d}")
                    };
                    let text = text.clone();
                    view! {
                        <button type="button" class="secondary small" data-testid="use-wording" on:click=move |_| {
                            let Some(new_text) = apply_replacement(&text, range, &replacement) else { return };
                            let draft = ad.with_untracked(|a| a.iter().find(|x| x.section == section).map(|x| x.draft.clone()).unwrap_or_default());
                            store.set(PlanEdit::WriteSection { section, text: new_text, draft });
                        }>{label}</button>
                    }
                })}
                {hit.range.is_some().then(|| view! {
                    <button type="button" class="link" on:click=move |_| show_hit(&shown, &text)>"Show in the text"</button>
                })}
                {hit.link.map(|href| view! { <a href=href>"Fix it there"</a> })}
            </div>
        </li>
    }
}

#[component]
fn Checks(
    report: Memo<hireplan_core::job_ad::lint::LintReport>,
    ad: Memo<Vec<AdSection>>,
) -> impl IntoView {
    let count =
        move |sev: Severity| report.with(|r| r.hits.iter().filter(|h| h.severity == sev).count());
    let group = move |sev: Severity| {
        view! {
            {move || (count(sev) > 0).then(|| view! {
                <h3 class="hit-group">{sev.heading()} " (" {count(sev)} ")"</h3>
                <ul class="hits" data-testid=format!("hits-{}", sev.slug())>
                    {report.with(|r| r.hits.iter().filter(|h| h.severity == sev && h.listed).cloned().collect::<Vec<_>>())
                        .into_iter().map(|h| view! { <HitItem hit=h ad=ad/> }).collect_view()}
                </ul>
            })}
        }
    };
    view! {
        <h2 id="checks-heading">"Checks"</h2>
        <p class="check-summary" data-testid="check-summary">
            {move || format!("{} to fix, {} to consider, {} notes · {} words", count(Severity::Error), count(Severity::Warning), count(Severity::Info), report.with(|r| r.words))}
        </p>
        <p class="balance" data-testid="balance">
            {move || report.with(|r| format!(
                "Gendered wording: {} masculine-coded, {} feminine-coded: {}.", r.masculine, r.feminine, r.balance()
            ))}
        </p>
        <div data-testid="hits">
            {[Severity::Error, Severity::Warning, Severity::Info].map(group).collect_view()}
        </div>
        {move || report.with(|r| (!r.not_counted.is_empty()).then(|| {
            let items = r.not_counted.clone();
            view! {
                <details class="not-counted" data-testid="not-counted">
                    <summary>{format!("Not counted: technical sense or your requirements ({})", items.len())}</summary>
                    <p class="help">"These words are on the gendered or other lists, but here they name technology or one of your requirements, so they are not counted. Disagree? Reword them."</p>
                    <ul>{items.into_iter().map(|n| view! {
                        <li><mark>{n.excerpt}</mark> " · " {n.section.heading()} " · " {n.because}</li>
                    }).collect_view()}</ul>
                </details>
            }
        }))}
    }
}

#[component]
fn Export(ad: Memo<Vec<AdSection>>) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let stem = move || {
        ad.with(|a| {
            let title = a.first().map(|s| s.text.as_str()).unwrap_or_default();
            hireplan_core::text::names::file_stem(title, 6, "job-description")
        })
    };
    let save = move |format: ExportFormat| {
        let text = ad.with(|a| format.render(a));
        let name = format!("{}.{}", stem(), format.extension());
        status.set(match download(&name, format.mime(), &text) {
            Ok(()) => format!("Downloaded {name}."),
            Err(e) => format!("Could not download: {e}"),
        });
    };
    view! {
        <h2>"Export"</h2>
        <div class="button-row">
            <button type="button" class="primary" data-testid="copy-markdown" on:click=move |_| {
                let text = ad.with(|a| export::markdown(a));
                leptos::task::spawn_local(async move {
                    status.set(copy_text(text).await.words("the Markdown"));
                });
            }>"Copy as Markdown"</button>
            {ExportFormat::ALL.map(|f| view! {
                <button type="button" class="secondary" data-testid=format!("download-{}", f.extension()) on:click=move |_| save(f)>{f.label()}</button>
            }).collect_view()}
        </div>
        <p role="status" class="copy-status" data-testid="export-status">{move || status.get()}</p>
    }
}
