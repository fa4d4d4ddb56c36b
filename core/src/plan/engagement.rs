//! How the hire is engaged: employee, contractor full-time, part-time or by the hour, with
//! its words. Its own file so that the plan's parts (the route choice) can name it without
//! importing the plan's root.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EngagementKind {
    #[default]
    FullTimeEmployee,
    FullTimeContractor,
    PartTimeContractor,
    Hourly,
}

impl EngagementKind {
    pub const ALL: [EngagementKind; 4] = [
        EngagementKind::FullTimeEmployee,
        EngagementKind::FullTimeContractor,
        EngagementKind::PartTimeContractor,
        EngagementKind::Hourly,
    ];

    /// A select's value (the embed's engagement choice).
    pub fn slug(self) -> &'static str {
        match self {
            EngagementKind::FullTimeEmployee => "employee",
            EngagementKind::FullTimeContractor => "contractor",
            EngagementKind::PartTimeContractor => "part-time",
            EngagementKind::Hourly => "hourly",
        }
    }

    pub fn from_slug(s: &str) -> Option<EngagementKind> {
        EngagementKind::ALL.into_iter().find(|k| k.slug() == s)
    }

    /// The choice as offered: "Full-time employee".
    pub fn title(self) -> &'static str {
        match self {
            EngagementKind::FullTimeEmployee => "Full-time employee",
            EngagementKind::FullTimeContractor => "Full-time contractor",
            EngagementKind::PartTimeContractor => "Part-time contractor",
            EngagementKind::Hourly => "Hourly",
        }
    }

    /// What the choice means, under its title.
    pub fn help(self) -> &'static str {
        match self {
            EngagementKind::FullTimeEmployee => "On your payroll: salary plus employer costs",
            EngagementKind::FullTimeContractor => {
                "A full-time month (the Costs step states the hours), through a platform or directly"
            }
            EngagementKind::PartTimeContractor => {
                "Half a full-time month, like RocketDevs' part-time package"
            }
            EngagementKind::Hourly => "Billed by the hour, for a number of hours a week",
        }
    }

    /// Inside a sentence: "a full-time contractor".
    pub fn noun(self) -> &'static str {
        match self {
            EngagementKind::FullTimeEmployee => "full-time employee",
            EngagementKind::FullTimeContractor => "full-time contractor",
            EngagementKind::PartTimeContractor => "part-time contractor",
            EngagementKind::Hourly => "hourly contractor",
        }
    }

    /// The job ad's word for the contract (None for an employee: a permanent job).
    pub fn contract_word(self) -> Option<&'static str> {
        match self {
            EngagementKind::FullTimeEmployee => None,
            EngagementKind::FullTimeContractor => Some("Contract"),
            EngagementKind::PartTimeContractor => Some("Part-time contract"),
            EngagementKind::Hourly => Some("Hourly contract"),
        }
    }

    pub fn is_employee(self) -> bool {
        self == EngagementKind::FullTimeEmployee
    }
}
