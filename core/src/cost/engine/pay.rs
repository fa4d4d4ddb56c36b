//! The job ad's pay line, from the cost model for the level, engagement and location.

use crate::cost::engine::Engine;

use crate::cost::engine::input::{parse_quote, Scenario};
use crate::cost::words::{country_in_sentence, country_name};
use crate::market::{ids, market};
use crate::plan::{EngagementKind, QuoteRoute, RateBasis, Seniority};
use crate::text::money::{Usd, UsdRange};

/// The pay line of the job ad: a range from the cost model for the level, engagement and
/// location, per year for employees and per hour or month for contractors.
#[derive(Clone, Debug, PartialEq)]
pub struct AdPay {
    pub range: UsdRange,
    pub per: RateBasis,
    /// Where the range comes from, in words ("from Glassdoor's median ... to Indeed's average").
    pub basis: String,
    pub overridden: bool,
}

/// Where a range from a quote of the founder's own comes from, in words for candidates: never
/// the quote's label, which is the founder's internal name.
pub const FROM_QUOTE: &str = "in line with the rates we have been quoted for this role";

/// Why the ad has no pay range yet, in words the ad can show in brackets.
pub fn ad_pay(scenario: &Scenario) -> Result<AdPay, String> {
    let engine = Engine {
        m: market(),
        s: scenario,
    };
    let mut u = engine.uses();
    let level = Seniority::word(scenario.seniority);
    if scenario.employee() {
        let Some(country) = scenario.employee_country() else {
            return Err("Choose where the hire is based, or where your company employs people, on the Engagement step".into());
        };
        let range = engine
            .annual_pay(country, &mut u)
            .ok_or_else(|| format!("No pay figure for {}", country_name(country)))?;
        let c = market().country(country);
        let source = match c {
            Some(c) if c.pay_by_level.get(scenario.seniority).is_some() => format!(
                "around {} ({}) for a {level} backend developer in {}",
                market()
                    .figure(c.pay_by_level.get(scenario.seniority).unwrap_or_default())
                    .map(|f| Usd::from_f64(f.value).whole())
                    .unwrap_or_default(),
                market().short_citation(c.pay_by_level.get(scenario.seniority).unwrap_or_default()),
                country_in_sentence(country)
            ),
            Some(c) if c.pay_second_opinion.is_some() => format!(
                "from the median ({}) to the average ({}) for backend developers in {}, for a {level} role",
                market().short_citation(c.salary),
                market().short_citation(c.pay_second_opinion.unwrap_or_default()),
                country_in_sentence(country)
            ),
            Some(c) => format!(
                "around the median for backend developers in {} ({}), for a {level} role",
                country_in_sentence(country),
                market().short_citation(c.salary)
            ),
            None => String::new(),
        };
        return Ok(AdPay {
            range,
            per: RateBasis::Yearly,
            basis: source,
            overridden: u.used.iter().any(|x| x.overridden),
        });
    }
    let per = if scenario.kind == EngagementKind::Hourly {
        RateBasis::Hourly
    } else {
        RateBasis::Monthly
    };
    let hours = engine.hours_per_month(&mut u);
    let scale = if per == RateBasis::Hourly { 1.0 } else { hours };
    // A quote of the founder's own for a contractor hired directly comes first.
    if let Some((basis, p)) = scenario
        .quotes
        .iter()
        .filter(|q| q.route == QuoteRoute::DirectContractor)
        .find_map(|q| {
            parse_quote(q, &scenario.finances)
                .ok()
                .map(|p| (q.basis, p))
        })
    {
        let hourly = match basis {
            RateBasis::Hourly => 1.0,
            RateBasis::Weekly => 1.0 / u.get(ids::HOURS_PER_WEEK).max(1.0),
            RateBasis::Monthly => 1.0 / hours.max(1.0),
            RateBasis::Yearly => 1.0 / (hours.max(1.0) * 12.0),
        };
        return Ok(AdPay {
            range: UsdRange::new(
                Usd::from_f64(p.low * hourly * scale),
                Usd::from_f64(p.high * hourly * scale),
            ),
            per,
            basis: FROM_QUOTE.to_string(),
            overridden: true,
        });
    }
    let country = scenario.hire_country.as_deref();
    let rated = country
        .and_then(|id| market().country(id))
        .and_then(|c| Some((c, c.contractor_hourly.as_ref()?)));
    match rated {
        Some((c, [lo, hi])) => {
            let (l, h) = (u.get(lo), u.get(hi));
            Ok(AdPay {
                range: UsdRange::new(Usd::from_f64(l * scale), Usd::from_f64(h * scale)),
                per,
                basis: format!(
                    "in line with contractor rates for backend developers in {} ({})",
                    country_in_sentence(c.id),
                    market().short_citation(lo)
                ),
                overridden: u.used.iter().any(|x| x.overridden),
            })
        }
        None => Err(match country {
            Some(id) => format!(
                "Add the rate range: the sources give no contractor rate for {}. Add a quote for a contractor hired directly on the Costs step",
                country_in_sentence(id)
            ),
            None => "Add the rate range: the sources give contractor rates for India only. Choose where the hire is based, or add a quote on the Costs step".into(),
        }),
    }
}
