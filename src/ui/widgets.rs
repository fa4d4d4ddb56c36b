//! Small reusable controls: labelled fields, radio groups, the prioritised list.

use hireplan_core::plan::{Priority, Requirement};
use hireplan_core::session::edit::RowChange;
use leptos::prelude::*;

mod charts;
mod route_line;

pub use charts::{ChartFigure, SortableTable};
pub use route_line::RouteLine;

/// Messages shown under a field; `id` is what `aria-describedby` points to.
#[component]
pub fn FieldMessages(id: String, messages: Signal<Vec<String>>) -> impl IntoView {
    view! {
        <div id=id class="field-messages" aria-live="polite">
            <For each=move || messages.get() key=|m| m.clone() let:m>
                <p class="field-error">{m}</p>
            </For>
        </div>
    }
}

/// A labelled text input whose value is kept as typed; messages appear under it.
#[component]
pub fn TextField(
    id: &'static str,
    /// Fixed words, or words that follow the plan (a currency code).
    #[prop(into)]
    label: TextProp,
    #[prop(optional)] help: &'static str,
    #[prop(optional)] placeholder: &'static str,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] inputmode: &'static str,
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional, into)] messages: Option<Signal<Vec<String>>>,
) -> impl IntoView {
    let messages = messages.unwrap_or_else(|| Signal::derive(Vec::new));
    let msg_id = format!("{id}-messages");
    let described = if help.is_empty() {
        msg_id.clone()
    } else {
        format!("{id}-help {msg_id}")
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            <input
                id=id
                type=input_type
                inputmode=(!inputmode.is_empty()).then_some(inputmode)
                autocomplete="off"
                placeholder=placeholder
                prop:value=move || value.get()
                aria-describedby=described
                aria-invalid=move || (!messages.get().is_empty()).then_some("true")
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            {(!help.is_empty()).then(|| view! { <p id=format!("{id}-help") class="help">{help}</p> })}
            <FieldMessages id=msg_id messages=messages/>
        </div>
    }
}

#[component]
pub fn TextArea(
    id: &'static str,
    label: &'static str,
    #[prop(optional)] help: &'static str,
    #[prop(optional)] placeholder: &'static str,
    value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <textarea
                id=id
                placeholder=placeholder
                aria-describedby=format!("{id}-help")
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
            <p id=format!("{id}-help") class="help">{help}</p>
        </div>
    }
}

/// The width a chart is drawn at in this window, less `padding` px of page around it.
pub fn viewport_chart_width(padding: f64) -> u32 {
    let viewport = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(f64::NAN);
    hireplan_core::cost::view::chart::fit_width(viewport, padding)
}

/// A chart's width in the planner's steps.
pub fn chart_width() -> u32 {
    viewport_chart_width(64.0)
}

/// One option of a radio group: value, label, one line of help.
pub type Choice<T> = (T, &'static str, &'static str);

#[component]
pub fn Radios<T>(
    name: &'static str,
    legend: &'static str,
    choices: Vec<Choice<T>>,
    value: Signal<T>,
    on_change: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <fieldset class="field radios">
            <legend>{legend}</legend>
            {choices
                .into_iter()
                .enumerate()
                .map(|(i, (v, label, help))| {
                    let id = format!("{name}-{i}");
                    view! {
                        <div class="radio">
                            <input
                                type="radio"
                                id=id.clone()
                                name=name
                                prop:checked=move || value.get() == v
                                on:change=move |_| on_change.run(v)
                            />
                            <label for=id>
                                <span class="choice-label">{label}</span>
                                {(!help.is_empty()).then(|| view! { <span class="choice-help">{help}</span> })}
                            </label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
pub fn Checkbox(
    id: String,
    label: String,
    #[prop(optional)] help: String,
    checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="check">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id>
                <span class="choice-label">{label}</span>
                {(!help.is_empty()).then(|| view! { <span class="choice-help">{help}</span> })}
            </label>
        </div>
    }
}

/// The chosen items in priority order, reorderable with buttons (keyboard and mouse alike).
#[component]
pub fn PriorityList(
    /// Used to build unique ids.
    name: &'static str,
    caption: &'static str,
    items: Signal<Vec<Requirement>>,
    on_action: Callback<(String, RowChange)>,
) -> impl IntoView {
    let count = move || items.with(Vec::len);
    view! {
        <div class="priority-list" data-testid=format!("{name}-list")>
            <h2 id=format!("{name}-list-heading")>{caption}</h2>
            {move || (count() == 0).then(|| view! {
                <p class="hint">"Nothing chosen yet: tick items above or add your own."</p>
            })}
            <ol aria-labelledby=format!("{name}-list-heading")>
                <For
                    each=move || items.get()
                    key=|r| r.id.clone()
                    let:req
                >
                    {
                        let id = req.id.clone();
                        let (id_up, id_down, id_rm, id_pr, id_ix, id_val) =
                            (id.clone(), id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
                        // The row is kept when the list is reordered, so its place is derived.
                        let index = Memo::new(move |_| {
                            items.with(|l| l.iter().position(|r| r.id == id_ix).unwrap_or(0))
                        });
                        let priority = move || {
                            items.with(|l| {
                                l.iter().find(|r| r.id == id_val).map(|r| r.priority).unwrap_or_default()
                            })
                        };
                        let at_end = move || index.get() + 1 >= count();
                        let select_id = format!("{name}-priority-{}", req.id.replace(|c: char| !c.is_ascii_alphanumeric(), "-"));
                        view! {
                            <li class="priority-row" data-id=id.clone()>
                                <span class="rank" aria-hidden="true">{move || index.get() + 1}</span>
                                <span class="req-label">{req.label.clone()}</span>
                                <label class="visually-hidden" for=select_id.clone()>
                                    {format!("Priority of {}", req.label)}
                                </label>
                                <select
                                    id=select_id
                                    class="priority-select"
                                    prop:value=move || if priority() == Priority::NiceToHave { "nice" } else { "must" }
                                    on:change=move |ev| {
                                        let p = if event_target_value(&ev) == "nice" {
                                            Priority::NiceToHave
                                        } else {
                                            Priority::MustHave
                                        };
                                        on_action.run((id_pr.clone(), RowChange::Priority(p)));
                                    }
                                >
                                    <option value="must">"Must-have"</option>
                                    <option value="nice">"Nice-to-have"</option>
                                </select>
                                <span class="row-buttons">
                                    <button
                                        type="button"
                                        class="icon"
                                        disabled=move || index.get() == 0
                                        aria-label=format!("Move {} up", req.label)
                                        on:click=move |_| on_action.run((id_up.clone(), RowChange::Up))
                                    >"↑"</button>
                                    <button
                                        type="button"
                                        class="icon"
                                        disabled=at_end
                                        aria-label=format!("Move {} down", req.label)
                                        on:click=move |_| on_action.run((id_down.clone(), RowChange::Down))
                                    >"↓"</button>
                                    <button
                                        type="button"
                                        class="icon danger"
                                        aria-label=format!("Remove {}", req.label)
                                        on:click=move |_| on_action.run((id_rm.clone(), RowChange::Remove))
                                    >"✕"</button>
                                </span>
                            </li>
                        }
                    }
                </For>
            </ol>
        </div>
    }
}

/// `source`, one task later, and whether it is behind. Parts of a page that are not where
/// the change was made follow it after the frame that shows the change has painted, so one
/// change is not one long task. Readers mark themselves `aria-busy` while behind.
pub fn later<S, T>(source: S) -> (Signal<T>, Signal<bool>)
where
    S: Track + GetUntracked<Value = T> + Copy + Send + Sync + 'static,
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let value = RwSignal::new(source.get_untracked());
    let busy = RwSignal::new(false);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        source.track();
        if first.is_none() {
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        busy.set(true);
        let h = set_timeout_with_handle(
            move || {
                value.set(source.get_untracked());
                busy.set(false);
            },
            std::time::Duration::ZERO,
        );
        pending.set_value(h.ok());
    });
    on_cleanup(move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
    });
    (value.into(), busy.into())
}

/// A section that opens on demand: its heading is the `<summary>`, so the page reads as a
/// list of what there is, and each opens with a click, Enter or Space. `open`: open to begin
/// with (it holds something the founder gave); an address opens it too (`#/costs/figures`
/// opens `more-figures`). Once the founder opens or closes it, it stays so when they come back
/// to the step, within the tab (not in the plan: it is how they read, not what they plan).
/// (A function, not a component, with the body boxed: one copy of its code.)
pub fn more(
    title: &'static str,
    hint: &'static str,
    testid: &'static str,
    open: bool,
    body: AnyView,
) -> impl IntoView {
    thread_local!(static TOGGLED: std::cell::RefCell<Vec<(&'static str, bool)>> = const { std::cell::RefCell::new(Vec::new()) });
    // An address can open it: `#/costs/figures` opens the section `more-figures`.
    let asked = crate::ui::state::current_hash()
        .rsplit('/')
        .next()
        .is_some_and(|last| testid.strip_prefix("more-") == Some(last));
    let kept = TOGGLED.with(|t| {
        t.borrow()
            .iter()
            .find(|(id, _)| *id == testid)
            .map(|(_, o)| *o)
    });
    let open = asked || kept.unwrap_or(open);
    // Printing opens every section: that is not the founder's doing.
    let printing = use_context::<crate::ui::state::Page>().map(|p| p.print_all);
    let toggled = move |ev: leptos::ev::Event| {
        if printing.is_some_and(|p| p.get_untracked()) {
            return;
        }
        let now_open = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| e.has_attribute("open"));
        TOGGLED.with(|t| {
            let mut t = t.borrow_mut();
            t.retain(|(id, _)| *id != testid);
            t.push((testid, now_open));
        });
    };
    view! {
        <details class="more" data-testid=testid open=open on:toggle=toggled>
            <summary><h2>{title}</h2><span class="help">{hint}</span></summary>
            <div class="more-body">{body}</div>
        </details>
    }
}

/// Which of a step's focused views the address opens, following the address.
pub fn view_index(step: hireplan_core::plan::wizard::Step) -> Signal<usize> {
    let hash = || crate::ui::state::current_hash();
    let index = RwSignal::new(step.view_index(&hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        index.set(step.view_index(&hash()))
    });
    on_cleanup(move || handle.remove());
    index.into()
}

/// The links to a step's focused views, each its own address; the current one is marked.
pub fn view_nav(step: hireplan_core::plan::wizard::Step, current: Signal<usize>) -> impl IntoView {
    view! {
        <nav class="views" aria-label=format!("Parts of {}", step.title())>
            <ul>
                {step.views().iter().enumerate().map(|(i, (_, title))| view! {
                    <li><a href=step.view_address(i) aria-current=move || (current.get() == i).then_some("page")>{*title}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// One line of a chart's legend: the swatch of the chart's `i`-th colour, and its name.
pub fn legend_item(i: usize, label: String) -> impl IntoView {
    view! {
        <li><span class="swatch" style=format!("background:{}", hireplan_core::cost::view::chart::palette_hex(i))></span>{label}</li>
    }
}
