//! Stable sorting with one copy of sorting code for the whole planner.
//!
//! The standard library's `sort_by` is generic over the item and the comparison, so each call
//! site compiled a merge sort and a quick sort of its own: 13 of them made 38 KB of the
//! browser's module before compression (measured on the release build, 2026-12-02). Here the
//! work is a binary insertion sort of indices behind a `dyn` comparison, compiled once; each
//! call site adds only the small generic wrapper. The lists sorted here (routes, table rows,
//! findings, figures, saved plans) hold at most a few hundred items.

use std::cmp::Ordering;

/// The positions of `n` items in stable sorted order, by `cmp` of two positions.
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(n);
    for i in 0..n {
        // After every item that is not greater: equal items keep their order.
        let at = out.partition_point(|&j| cmp(j, i) != Ordering::Greater);
        out.insert(at, i);
    }
    out
}

/// Sorts `items` stably by `cmp`.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let positions = order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(positions.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` stably by a key.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_sorts_stably(v in proptest::collection::vec((0u8..6, 0u16..1000), 0..80)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }
    }
}
