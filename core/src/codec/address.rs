//! The pages an address opens, and the code chunks each needs before its first screen: one
//! table for the shell's split points, the build's preload script (xtask) and the tests.

use super::{parse_address, EmbedKind};
use crate::plan::wizard::Step;

/// The split modules (code chunks) the shell declares, by the name its `wasm_split` points
/// give them. The build refuses a split module not named here, and one named here it does not
/// find.
pub mod chunk {
    /// The planner's page: its shell, the first step and the save runner.
    pub const PLANNER: &str = "planner";
    /// Every later step: no page starts on one, so they load together.
    pub const STEPS: &str = "steps";
    /// The plan's serializer, fetched once the planner's first screen is drawn.
    pub const PLAN_WRITER: &str = "plan_writer";
    /// The JSON parser, the plan's deserializer and share links.
    pub const PLAN_READER: &str = "plan_reader";
    /// The cost calculator embed, and the one-chart embed: one module, so a page of the
    /// address table adds no chunk of its own (each split module set costs every page bytes).
    pub const EMBED_COSTS: &str = "embed_costs";
    /// The shared-plan embed.
    pub const EMBED_PLAN: &str = "embed_plan";
    /// Every split module.
    pub const ALL: [&str; 6] = [
        PLANNER,
        STEPS,
        PLAN_WRITER,
        PLAN_READER,
        EMBED_COSTS,
        EMBED_PLAN,
    ];
}

/// The query parameter that opens an embed (`?embed=costs`).
pub const EMBED_PARAM: &str = "embed";
/// The start of a hash that carries a shared plan (`#share=…`).
pub const SHARE_PREFIX: &str = "share=";

/// A page the address can open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Step(Step),
    Embed(EmbedKind),
}

impl Entry {
    /// Every page, steps first.
    pub fn all() -> Vec<Entry> {
        Step::ALL
            .into_iter()
            .map(Entry::Step)
            .chain(EmbedKind::ALL.map(Entry::Embed))
            .collect()
    }

    /// Every address a person can open, with its page: each step, each focused view of a step
    /// (`#/interviews/kit`, the same page and chunks as its step), and each embed.
    pub fn addresses() -> Vec<(String, Entry)> {
        let mut out = Vec::new();
        for step in Step::ALL {
            out.push((step.view_address(0), Entry::Step(step)));
            for i in 1..step.views().len() {
                out.push((step.view_address(i), Entry::Step(step)));
            }
        }
        for kind in EmbedKind::ALL {
            out.push((
                format!("?{EMBED_PARAM}={}", kind.slug()),
                Entry::Embed(kind),
            ));
        }
        out
    }

    /// The page an address opens (`search` with its `?`, `hash` with its `#`).
    pub fn from_address(search: &str, hash: &str) -> Entry {
        match parse_address(search, hash).embed {
            Some(kind) => Entry::Embed(kind),
            None => Entry::Step(Step::from_hash(hash)),
        }
    }

    /// A name for the page: `step:costs`, `embed:plan`.
    pub fn key(self) -> String {
        match self {
            Entry::Step(s) => format!("step:{}", s.slug()),
            Entry::Embed(k) => format!("embed:{}", k.slug()),
        }
    }

    /// The split modules this page needs before its first screen, in load order. A planner
    /// page also needs `chunk::PLAN_READER` first when there is something to read
    /// (`reads_first`).
    pub fn first_chunks(self) -> &'static [&'static str] {
        match self {
            Entry::Step(Step::Role) => &[chunk::PLANNER],
            // The Share step lists the plans stored here: it reads them.
            Entry::Step(Step::Share) => &[chunk::PLANNER, chunk::STEPS, chunk::PLAN_READER],
            Entry::Step(_) => &[chunk::PLANNER, chunk::STEPS],
            Entry::Embed(EmbedKind::Costs | EmbedKind::Chart) => &[chunk::EMBED_COSTS],
            Entry::Embed(EmbedKind::Plan) => &[chunk::EMBED_PLAN],
        }
    }

    /// Whether this page reads a plan before it draws, given whether the address carries a
    /// share link and whether this browser holds stored plans. An embed reads its link in its
    /// own chunk and stores nothing.
    pub fn reads_first(self, has_share: bool, has_stored: bool) -> bool {
        matches!(self, Entry::Step(_)) && (has_share || has_stored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_open_their_pages() {
        assert_eq!(Entry::from_address("", ""), Entry::Step(Step::Role));
        assert_eq!(
            Entry::from_address("", "#/costs?x=1"),
            Entry::Step(Step::Costs)
        );
        assert_eq!(
            Entry::from_address("", "#/interviews/kit"),
            Entry::Step(Step::Interviews)
        );
        assert_eq!(
            Entry::from_address("?embed=plan", "#share=h1.x"),
            Entry::Embed(EmbedKind::Plan)
        );
        // An unknown embed is the cost calculator, as the shell draws it.
        assert_eq!(
            Entry::from_address("?a=1&embed=nope", ""),
            Entry::Embed(EmbedKind::Costs)
        );
    }

    #[test]
    fn every_address_in_the_table_opens_its_page() {
        let all = Entry::addresses();
        assert!(all.iter().any(|(a, _)| a == "#/interviews/kit"));
        for (address, page) in all {
            let (search, hash) = match address.strip_prefix('?') {
                Some(_) => (address.as_str(), ""),
                None => ("", address.as_str()),
            };
            assert_eq!(Entry::from_address(search, hash), page, "{address}");
        }
    }

    #[test]
    fn every_chunk_a_page_needs_is_declared_and_every_declared_chunk_is_used() {
        let mut used: Vec<&str> = Entry::all()
            .into_iter()
            .flat_map(|p| p.first_chunks().iter().copied())
            .collect();
        used.extend([chunk::PLAN_READER, chunk::PLAN_WRITER]);
        for c in &used {
            assert!(chunk::ALL.contains(c), "{c} is not declared");
        }
        for c in chunk::ALL {
            assert!(used.contains(&c), "{c} is declared but no page loads it");
        }
    }

    #[test]
    fn only_a_planner_page_with_something_to_read_reads_first() {
        let costs = Entry::Step(Step::Costs);
        assert!(!costs.reads_first(false, false));
        assert!(costs.reads_first(true, false));
        assert!(costs.reads_first(false, true));
        assert!(!Entry::Embed(EmbedKind::Plan).reads_first(true, true));
    }
}
