//! Costs: every route the founder can take to fill the role, priced on its own source's terms
//! (`engine`: the scenario read from the plan, the routes, the report of facts); the route the
//! plan follows and the decision block (`decision`); can we afford it (`runway`); the words
//! (`words`), and the tables and charts beside them (`view`).

pub mod decision;
pub mod engine;
pub mod runway;
pub mod view;
pub mod words;

pub use crate::plan::{RouteKey, MAX_QUOTES};
pub use decision::chosen::chosen_option;
pub use engine::compute;
pub use engine::input::{
    budget, hire_time_zones, parse_budget, parse_horizon, parse_hours_per_week, parse_quote,
    InputError, ParsedQuote, QuoteError, Scenario, HORIZON_HELP, HOURS_PER_WEEK_HELP,
    MAX_HORIZON_MONTHS, MAX_HOURS_PER_WEEK, MAX_MONTHLY_BUDGET, MAX_QUOTE_DAYS,
};
pub use engine::option::{
    crossover, BudgetFit, Catch, Cheapest, CostOption, CostReport, Crossover, Extra, InShort, Note,
    OneOff, OneOffKind, PayBasis, RouteKind, TrialTerms,
};
pub use engine::pay::{ad_pay, AdPay};
pub use words::route::{chosen_route_label, dropped_notice, route_name, route_title};
pub use words::{country_in_sentence, country_name, hours_model, where_line};
