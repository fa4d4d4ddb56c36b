//! The ids of the assumptions and figures the engine reads by name (tests resolve each).
pub const HOURS_PER_MONTH: &str = "assume.hours_per_month_full_time";
pub const HOURS_PER_WEEK: &str = "assume.hours_per_week_full_time";
pub const OVERHEAD: &str = "assume.employer_overhead";
pub const PAY_SPREAD: &str = "assume.pay_spread";
pub const EOR_FEE: &str = "assume.eor_fee_monthly";
pub const NOTICE_WEEKS: &str = "assume.notice_period_weeks";
pub const PLATFORM_INTERVIEW_DAYS: &str = "assume.platform_interview_days";
pub const JOB_BOARD_SOURCING_SHARE: &str = "assume.job_board_sourcing_share";
pub const AD_MAX_MUST_HAVES: &str = "assume.ad.max_must_haves";
pub const AD_MIN_WORDS: &str = "assume.ad.min_words";
pub const AD_MAX_WORDS: &str = "assume.ad.max_words";
pub const FACTOR_JUNIOR: &str = "assume.factor.junior";
pub const FACTOR_MID: &str = "assume.factor.mid";
pub const FACTOR_SENIOR: &str = "assume.factor.senior";
pub const JOB_BOARD_WEEKS_HIGH: &str = "job_board.weeks_high";
pub const PLATFORM_MATCH_DAYS: &str = "assume.platform_match_days";
pub const OFFER_REPLY_DAYS: &str = "assume.offer_reply_days";
pub const DIRECT_HIRE_DAYS: &str = "assume.direct_hire_days";
pub const PROBATION_DAYS: &str = "assume.probation_days";
pub const JOB_BOARD_WEEKS_LOW: &str = "job_board.weeks_low";
pub const TEN_SKILLS_WEEKS_LOW: &str = "job_board.ten_skills_weeks_low";
pub const TEN_SKILLS_WEEKS_HIGH: &str = "job_board.ten_skills_weeks_high";
pub const ROCKETDEVS_FULL_TIME: [&str; 3] = [
    "rocketdevs.l1.full_time",
    "rocketdevs.l2.full_time",
    "rocketdevs.l3.full_time",
];
pub const ROCKETDEVS_PART_TIME: [&str; 3] = [
    "rocketdevs.l1.part_time",
    "rocketdevs.l2.part_time",
    "rocketdevs.l3.part_time",
];

/// RocketDevs' monthly package for a level, full-time or part-time.
pub fn rocketdevs_package(level: crate::plan::Seniority, full_time: bool) -> &'static str {
    let i = level as usize;
    if full_time {
        ROCKETDEVS_FULL_TIME[i]
    } else {
        ROCKETDEVS_PART_TIME[i]
    }
}

/// Every id the code names, each resolved against the data by a test.
pub const ALL: [&str; 28] = [
    HOURS_PER_MONTH,
    HOURS_PER_WEEK,
    OVERHEAD,
    PAY_SPREAD,
    EOR_FEE,
    NOTICE_WEEKS,
    PLATFORM_INTERVIEW_DAYS,
    JOB_BOARD_SOURCING_SHARE,
    AD_MAX_MUST_HAVES,
    AD_MIN_WORDS,
    AD_MAX_WORDS,
    FACTOR_JUNIOR,
    FACTOR_MID,
    FACTOR_SENIOR,
    JOB_BOARD_WEEKS_HIGH,
    PLATFORM_MATCH_DAYS,
    OFFER_REPLY_DAYS,
    DIRECT_HIRE_DAYS,
    PROBATION_DAYS,
    JOB_BOARD_WEEKS_LOW,
    TEN_SKILLS_WEEKS_LOW,
    TEN_SKILLS_WEEKS_HIGH,
    ROCKETDEVS_FULL_TIME[0],
    ROCKETDEVS_FULL_TIME[1],
    ROCKETDEVS_FULL_TIME[2],
    ROCKETDEVS_PART_TIME[0],
    ROCKETDEVS_PART_TIME[1],
    ROCKETDEVS_PART_TIME[2],
];
