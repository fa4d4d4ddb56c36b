//! Tables that sort and charts that download: the views beside the planner's numbers.

use leptos::prelude::*;

/// A table whose columns sort when their header button is pressed (keyboard or mouse).
#[component]
pub fn SortableTable(
    caption: String,
    #[prop(into)] table: Signal<hireplan_core::cost::view::Table>,
    #[prop(optional)] testid: &'static str,
    /// True while the table is behind the figures (see `later`).
    #[prop(optional, into)]
    busy: Signal<bool>,
) -> impl IntoView {
    let sort = RwSignal::new(None::<(usize, bool)>);
    // The headers stay put while the figures change.
    let headers = Memo::new(move |_| table.with(|t| t.headers.clone()));
    let rows = Memo::new(move |_| {
        table.with(|t| match sort.get() {
            Some((col, asc)) if col < t.headers.len() => t.sorted(col, asc),
            _ => t.rows.clone(),
        })
    });
    // Rows are keyed by what they stand for and their cells follow the figures: a new figure
    // rewrites the text that changed and nothing else.
    let keys = move || {
        rows.with(|r| {
            r.iter()
                .map(|x| (x.key.clone(), x.cells.len()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="table-wrap" data-testid=testid aria-busy=move || busy.get().then_some("true")>
            <table class="data">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        {move || headers.get().into_iter().enumerate().map(|(i, h)| {
                            let state = move || match sort.get() {
                                Some((c, true)) if c == i => "ascending",
                                Some((c, false)) if c == i => "descending",
                                _ => "none",
                            };
                            view! {
                                <th scope="col" aria-sort=state>
                                    <button
                                        type="button"
                                        class="sort"
                                        on:click=move |_| sort.update(|s| {
                                            *s = match *s {
                                                Some((c, asc)) if c == i => Some((i, !asc)),
                                                _ => Some((i, true)),
                                            }
                                        })
                                    >
                                        {h}
                                        <span aria-hidden="true" class="sort-mark">
                                            {move || match state() { "ascending" => " ▲", "descending" => " ▼", _ => " ↕" }}
                                        </span>
                                    </button>
                                </th>
                            }
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <For each=keys key=|k| k.clone() let:((key, columns))>
                        {
                            let k = key.clone();
                            let row = Memo::new(move |_| rows.with(|r| r.iter().find(|x| x.key == k).cloned()));
                            view! {
                                <tr data-key=key>
                                    {(0..columns).map(|i| {
                                        // Re-run when the row changes; the DOM is written only where text or class differ.
                                        let cell = move || row.with(|r| r.as_ref().and_then(|r| r.cells.get(i)).map(|c| (c.text.clone(), c.overridden)).unwrap_or_default());
                                        let text = move || { let (t, o) = cell(); if o { format!("{t} *") } else { t } };
                                        let overridden = move || row.with(|r| r.as_ref().and_then(|r| r.cells.get(i)).is_some_and(|c| c.overridden));
                                        if i == 0 {
                                            view! { <th scope="row" class:overridden=overridden>{text}</th> }.into_any()
                                        } else {
                                            // The header again, for the card each row becomes on a phone.
                                            let label = headers.with_untracked(|h| h.get(i).cloned());
                                            view! { <td class:overridden=overridden data-label=label>{text}</td> }.into_any()
                                        }
                                    }).collect_view()}
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// A chart (an SVG string drawn by the core) with its caption and a download button.
#[component]
pub fn ChartFigure(
    id: &'static str,
    title: String,
    /// What the chart shows, read by screen readers; the table beside it has the numbers.
    #[prop(into)]
    description: Signal<String>,
    #[prop(into)] svg: Signal<String>,
    filename: &'static str,
    /// True while the chart is behind the figures (see `later`).
    #[prop(optional, into)]
    busy: Signal<bool>,
) -> impl IntoView {
    let failed = RwSignal::new(None::<String>);
    let ratio = Memo::new(move |_| {
        svg.with(|s| hireplan_core::cost::view::chart::svg_size(s))
            .map(|(w, h)| format!("aspect-ratio: {w} / {h}"))
            .unwrap_or_default()
    });
    view! {
        <figure class="chart-figure" aria-labelledby=format!("{id}-caption")>
            <figcaption id=format!("{id}-caption")>
                <span>{title}</span>
                <button
                    type="button"
                    class="secondary small"
                    data-testid=format!("{id}-download")
                    on:click=move |_| {
                        failed.set(crate::ui::download::download(filename, "image/svg+xml", &svg.get_untracked()).err());
                    }
                >"Download SVG"</button>
            </figcaption>
            <div class="chart" role="img" aria-label=move || description.get() data-testid=id aria-busy=move || busy.get().then_some("true")>
                // A box of the chart's own proportions that contains its layout: a redrawn
                // chart is laid out alone, not with the long page around it.
                <div class="chart-canvas" style=ratio inner_html=move || svg.get()></div>
            </div>
            {move || failed.get().map(|e| view! { <p class="field-error">"Could not download: " {e}</p> })}
        </figure>
    }
}
