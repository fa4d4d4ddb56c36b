//! The routes the cost engine prices: job boards, placements, employees abroad, platforms and
//! marketplaces on their deals, contractors hired directly, and closed channels (listed, never
//! priced).

use super::{Draft, Engine, Uses};
use crate::cost::engine::option::{
    Catch, CostOption, Extra, Note, OneOff, OneOffKind, RouteKind, TrialTerms,
};
use crate::cost::words::{country_name, labels};
use crate::market::{ids, Channel, Package, Pricing, Serves, TrialBilling};
use crate::plan::{EngagementKind, RouteKey};
use crate::text::money::{Usd, UsdRange};

impl Engine<'_> {
    /// One route: an employee found on job boards, with each board's posting fee as an extra.
    pub(super) fn job_boards(&self) -> Option<CostOption> {
        let country = self.s.employee_country()?.to_string();
        let mut u = self.uses();
        let mut d = Draft::new(
            RouteKey::JobBoards,
            labels::job_boards(&country),
            RouteKind::EmployeeAtHome,
        );
        d.short_label = labels::JOB_BOARDS.into();
        self.employee_costs(&country, &mut d, &mut u)?;
        if self.s.company_country.as_deref() != Some(country.as_str()) {
            d.route = RouteKind::EmployeeAbroad;
            self.needs_eor(&country, &mut d, &mut u);
        }
        d.hire_days = self.job_board_days(&mut u);
        let mut without_price = Vec::new();
        for ch in self
            .m
            .channels
            .iter()
            .filter(|c| c.closed.is_none() && matches!(c.deal.rate, Pricing::Salary))
        {
            match &ch.deal.posting_fee {
                Some(fee) => {
                    let v = u.get(fee);
                    let bound = self.m.figure(fee).and_then(|f| f.bound);
                    d.extras.push(Extra {
                        label: ch.name.to_string(),
                        posting: Some((bound, Usd::from_f64(v))),
                    });
                }
                None => without_price.push(ch.name),
            }
        }
        if !without_price.is_empty() {
            d.extras.push(Extra {
                label: without_price.join(", "),
                posting: None,
            });
        }
        d.notes.extend(self.pay_basis_note(&country));
        // The extras above, as one catch: what each board's posting costs, where given.
        if !d.extras.is_empty() {
            d.catches.push(Catch::PostingFees(d.extras.clone()));
        }
        Some(self.finish(d, u))
    }

    pub(super) fn placement(&self) -> Vec<CostOption> {
        let Some(country) = self.s.employee_country().map(str::to_string) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for ch in self.m.channels.iter().filter(|c| c.closed.is_none()) {
            let Some(pct_id) = &ch.deal.placement_percent else {
                continue;
            };
            let mut u = self.uses();
            let mut d = Draft::new(
                RouteKey::Placement(ch.id.to_string()),
                labels::placement(ch.name, &country),
                RouteKind::Placement,
            );
            d.short_label = labels::placement_short(ch.name);
            d.channel = Some(ch.id.to_string());
            let Some(annual) = self.employee_costs(&country, &mut d, &mut u) else {
                continue;
            };
            if self.s.company_country.as_deref() != Some(country.as_str()) {
                self.needs_eor(&country, &mut d, &mut u);
            }
            let pct = u.get(pct_id);
            d.one_offs.push(OneOff {
                kind: OneOffKind::PlacementFee { percent: pct },
                amount: annual.scale(pct / 100.0),
                month: 0,
                figure: pct_id.to_string(),
            });
            if let Some(fee) = &ch.deal.upfront_fee {
                if u.get(fee) == 0.0 {
                    d.notes.push(Note::NoUpfrontFee);
                }
            }
            self.match_then_interviews(&ch.deal, &mut d, &mut u);
            d.notes.extend(self.pay_basis_note(&country));
            out.push(self.finish(d, u));
        }
        out
    }

    /// An employee in every other country of the data: an entity or an EOR is needed.
    pub(super) fn employees_abroad(&self) -> Vec<CostOption> {
        let home = self.s.employee_country();
        self.m
            .countries
            .iter()
            .filter(|c| Some(c.id) != home)
            .filter_map(|c| {
                let mut u = self.uses();
                let route = if self.s.company_country.as_deref() == Some(c.id) {
                    RouteKind::EmployeeAtHome
                } else {
                    RouteKind::EmployeeAbroad
                };
                let mut d = Draft::new(
                    RouteKey::Employee(c.id.to_string()),
                    labels::employee(c.name),
                    route,
                );
                d.short_label = c.name.to_string();
                self.employee_costs(c.id, &mut d, &mut u)?;
                self.needs_eor(c.id, &mut d, &mut u);
                d.hire_days = self.job_board_days(&mut u);
                d.notes.extend(self.pay_basis_note(c.id));
                Some(self.finish(d, u))
            })
            .collect()
    }

    /// Vetted platforms and marketplaces, each on its deal's terms.
    pub(super) fn platforms(&self) -> Vec<CostOption> {
        self.m
            .channels
            .iter()
            .filter(|c| c.closed.is_none() && c.deal.serves.contains(&Serves::Contractor))
            .map(|ch| {
                let mut u = self.uses();
                let mut d = channel_draft(ch);
                let deal = &ch.deal;
                match &deal.rate {
                    Pricing::Package { packages, tiers } => {
                        let tier = tiers
                            .get(self.s.seniority)
                            .unwrap_or(self.s.seniority.title());
                        self.package(ch.name, tier, packages, &mut d, &mut u)
                    }
                    Pricing::Weekly { low, high } => {
                        let (lo, hi) = (u.get(low), u.get(high));
                        let full_week = u.get(ids::HOURS_PER_WEEK).max(1.0);
                        let weeks_of_work = self.hours_per_month(&mut u) / full_week;
                        if self.s.kind != EngagementKind::FullTimeContractor {
                            d.notes.push(Note::ProRata { full_week });
                        }
                        d.monthly = Some(UsdRange::new(
                            Usd::from_f64(lo * weeks_of_work),
                            Usd::from_f64(hi * weeks_of_work),
                        ));
                    }
                    Pricing::Salary => {}
                    Pricing::NotGiven { what } => {
                        d.catches.push(Catch::NoPrice { what });
                    }
                }
                if let Some(dep) = &deal.deposit {
                    let v = u.get(dep.amount);
                    d.one_offs.push(OneOff {
                        kind: OneOffKind::Deposit,
                        amount: UsdRange::point(Usd::from_f64(v)),
                        month: 0,
                        figure: dep.amount.to_string(),
                    });
                    d.catches.push(Catch::Deposit {
                        amount: Usd::from_f64(v),
                        refund: dep.refund,
                    });
                }
                if let Some(t) = &deal.trial {
                    let length = t.days.as_ref().map(|id| u.get(id).round() as u32);
                    let up_to = t
                        .days
                        .as_ref()
                        .and_then(|id| self.m.figure(id))
                        .and_then(|f| f.bound)
                        .is_some_and(|b| b == crate::market::Bound::UpTo);
                    if t.billed == TrialBilling::Free {
                        if let Some(days) = length {
                            let weeks = self.weeks_per_month(&mut u).max(1.0);
                            d.free_months = days as f64 / 7.0 / weeks;
                        }
                    }
                    d.trial = Some(TrialTerms {
                        days: length,
                        up_to,
                        billed: t.billed,
                    });
                }
                if let Some(c) = &deal.commitment {
                    let months = u.get(c.months).round() as u32;
                    d.commitment = Some((months, c.kind));
                    d.committed_months = months as f64;
                    if let Some(m) = d.monthly {
                        d.catches.push(Catch::Commitment {
                            months,
                            kind: c.kind,
                            amount: m.scale(months as f64),
                        });
                    }
                }
                if let Some(id) = &deal.suggested_months {
                    let months = u.get(id).round() as u32;
                    d.notes.push(Note::Sprint { months });
                }
                self.match_then_interviews(deal, &mut d, &mut u);
                if d.hire_days.is_none() {
                    if let Some(note) = &ch.time_note {
                        d.notes.push(Note::TimeNote(note));
                    }
                }
                self.finish(d, u)
            })
            .collect()
    }

    /// The smallest package that covers the hours; the price for the level.
    fn package(
        &self,
        name: &'static str,
        level: &str,
        packages: &'static [Package],
        d: &mut Draft,
        u: &mut Uses,
    ) {
        let need = self.hours_per_month(u);
        let mut offers: Vec<(f64, &'static Package)> =
            packages.iter().map(|p| (u.get(p.hours), p)).collect();
        crate::text::order::sort_by(&mut offers, |a, b| a.0.total_cmp(&b.0));
        d.label = labels::channel_level(name, level);
        d.short_label = d.label.clone();
        match offers.iter().find(|(h, _)| *h + 1e-9 >= need) {
            Some((hours, p)) => {
                let price_id = p.price.get(self.s.seniority).unwrap_or_default();
                let price = u.get(price_id);
                d.monthly = Some(UsdRange::point(Usd::from_f64(price)));
                d.label = labels::package(name, level, p.name);
                if *hours > need + 1e-9 {
                    d.catches.push(Catch::LargerPackage {
                        package: p.name,
                        hours: *hours,
                        need,
                    });
                }
            }
            None => {
                let most = offers.last().map(|(h, _)| *h).unwrap_or_default();
                d.catches.push(Catch::PackageTooSmall {
                    channel: name,
                    most,
                });
            }
        }
    }

    /// A contractor hired directly, priced only where a source gives a rate there.
    pub(super) fn direct_contractors(&self) -> Vec<CostOption> {
        let mut out = Vec::new();
        for c in self.m.countries {
            let Some([lo_id, hi_id]) = &c.contractor_hourly else {
                continue;
            };
            let mut u = self.uses();
            let mut d = Draft::new(
                RouteKey::Contractor(c.id.to_string()),
                labels::direct(c.name),
                RouteKind::DirectContractor,
            );
            d.short_label = labels::direct_short(c.name);
            d.country = Some(c.id.to_string());
            let hours = self.hours_per_month(&mut u);
            let (lo, hi) = (u.get(lo_id), u.get(hi_id));
            d.monthly = Some(UsdRange::new(
                Usd::from_f64(lo * hours),
                Usd::from_f64(hi * hours),
            ));
            d.notes.push(Note::HourlyRate {
                low: lo,
                high: hi,
                hours,
            });
            d.catches.push(Catch::FindThemYourself);
            out.push(self.finish(d, u));
        }
        if let Some(id) = &self.s.hire_country {
            if !out
                .iter()
                .any(|o| o.country.as_deref() == Some(id.as_str()))
            {
                let mut d = Draft::new(
                    RouteKey::Contractor(id.to_string()),
                    labels::direct(&country_name(id)),
                    RouteKind::DirectContractor,
                );
                d.short_label = labels::direct_short(&country_name(id));
                d.country = Some(id.clone());
                d.catches.push(Catch::NoContractorRate {
                    country: id.clone(),
                });
                out.push(self.finish(d, self.uses()));
            }
        }
        out
    }

    /// Channels the sources list that are no longer open: shown, never priced.
    pub(super) fn closed_channels(&self) -> Vec<CostOption> {
        self.m
            .channels
            .iter()
            .filter_map(|ch| {
                let why = ch.closed?;
                // A closed job board is still a job board, whatever the engagement.
                let mut d = channel_draft(ch);
                d.closed = Some(why.to_string());
                Some(self.finish(d, self.uses()))
            })
            .collect()
    }
}

/// A channel's route, hired as its kind of channel is, before its deal is priced.
fn channel_draft(ch: &Channel) -> Draft {
    let mut d = Draft::new(
        RouteKey::Channel(ch.id.to_string()),
        ch.name.to_string(),
        RouteKind::of_channel(ch.kind),
    );
    d.channel = Some(ch.id.to_string());
    d
}
