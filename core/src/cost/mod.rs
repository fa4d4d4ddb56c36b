//! Costs: every route the founder can take to fill the role, priced on its own source's terms
//! (`engine`, with the routes in `routes`), as facts (`option`); the words for them (`words`),
//! and the tables and charts beside them (`view`, `chart`).

pub mod chart;
pub mod chosen;
pub mod decision;
pub mod decision_view;
mod engine;
pub mod finance;
mod input;
mod option;
mod pay;
pub mod route_words;
pub mod runway;
pub mod view;
pub mod words;

pub use crate::plan::{RouteKey, MAX_QUOTES};
pub use chosen::chosen_option;
pub use engine::compute;
pub use input::{
    hire_time_zones, parse_budget, parse_horizon, parse_hours_per_week, parse_quote, InputError,
    ParsedQuote, QuoteError, Scenario, HORIZON_HELP, HOURS_PER_WEEK_HELP, MAX_HORIZON_MONTHS,
    MAX_HOURS_PER_WEEK, MAX_MONTHLY_BUDGET, MAX_QUOTE_DAYS,
};
pub use option::{
    crossover, BudgetFit, Catch, Cheapest, CostOption, CostReport, Crossover, Extra, InShort, Note,
    OneOff, OneOffKind, PayBasis, RouteKind, TrialTerms,
};
pub use pay::{ad_pay, AdPay};
pub use route_words::{chosen_route_label, dropped_notice, route_name, route_title};
pub use words::{country_in_sentence, country_name, hours_model, where_line};
