use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(0);
        view! {
            <main>
                <h1>"Counter"</h1>
                <button id="inc" on:click=move |_| count.update(|c| *c += 1)>"Add one"</button>
                <p id="value">{move || count.get()}</p>
            </main>
        }
    });
}
