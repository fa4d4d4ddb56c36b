//! Text: reading and printing numbers and dates, money in cents, names, a small sorted map.

pub mod currency;
pub mod format;
pub mod keymap;
pub mod money;
pub mod names;
pub mod order;
pub mod time;
