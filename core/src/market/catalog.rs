//! The catalogue of skills and technologies the founder picks from, drawn from the sources,
//! with the sources' guidance where they give some.

/// A group of catalogue items, shown together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Category {
    pub id: &'static str,
    pub title: &'static str,
    /// The sources' advice for this decision, shown beside the choices.
    pub guidance: &'static str,
    /// One of the three first decisions (language, database, cloud).
    pub first_decision: bool,
    /// Added as a must-have: the first decisions, and what the ten-skills article calls the
    /// core and "not nice-to-haves" (APIs with versioning, auth and rate limiting; security).
    pub must_by_default: bool,
    pub items: &'static [Item],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    pub id: &'static str,
    pub label: &'static str,
    /// What the sources say it is known for; empty when they say nothing specific.
    pub note: &'static str,
}

const fn item(id: &'static str, label: &'static str, note: &'static str) -> Item {
    Item { id, label, note }
}

pub const TECHNICAL: &[Category] = &[
    Category {
        id: "language",
        title: "Programming language",
        guidance: "If you already have a codebase, hire for the language it is written in. Starting fresh, choose by the kind of application.",
        first_decision: true,
        must_by_default: true,
        items: &[
            item("python", "Python", "Popular for data-heavy products and APIs; clean syntax, powerful libraries."),
            item("nodejs", "Node.js (JavaScript)", "Works well for real-time applications and fast APIs."),
            item("java", "Java", "High-throughput systems; trusted for enterprise applications."),
            item("go", "Go", "High-throughput, high-performance systems; gaining ground fast."),
            item("ruby", "Ruby", "Popular in startups for rapid development."),
            item("php", "PHP", "Still relevant for CMS-driven and web-based platforms."),
            item("csharp", "C# / .NET", "Listed among strong backend languages by RocketDevs."),
        ],
    },
    Category {
        id: "database",
        title: "Database",
        guidance: "Relational databases are standard for structured data, transactions and strong integrity; NoSQL fits large volumes of unstructured or rapidly changing data.",
        first_decision: true,
        must_by_default: true,
        items: &[
            item("postgresql", "PostgreSQL", "Particularly versatile: JSON data types alongside traditional SQL."),
            item("mysql", "MySQL", "Relational: structured data and transactions."),
            item("sqlserver", "Microsoft SQL Server", "Relational."),
            item("mongodb", "MongoDB", "NoSQL for large volumes of unstructured or changing data."),
            item("dynamodb", "DynamoDB", "NoSQL for large volumes of unstructured or changing data."),
            item("redis", "Redis", "In-memory store, also used for caching."),
            item("cassandra", "Cassandra", "Non-relational."),
            item("firebase", "Firebase", "Non-relational."),
        ],
    },
    Category {
        id: "cloud",
        title: "Cloud platform",
        guidance: "If your infrastructure already lives on one platform, prioritise hands-on experience there.",
        first_decision: true,
        must_by_default: true,
        items: &[
            item("aws", "AWS", "The most widely adopted: EC2 for compute, S3 for storage, RDS for managed databases."),
            item("gcp", "Google Cloud Platform", ""),
            item("azure", "Microsoft Azure", ""),
        ],
    },
    Category {
        id: "framework",
        title: "Frameworks",
        guidance: "Knowing a framework is one thing; understanding its internals, limits and best practices is another.",
        first_decision: false,
        must_by_default: false,
        items: &[
            item("django", "Django (Python)", ""),
            item("flask", "Flask (Python)", ""),
            item("fastapi", "FastAPI (Python)", "Rapidly growing."),
            item("express", "Express (Node.js)", ""),
            item("nestjs", "NestJS (Node.js)", ""),
            item("spring", "Spring Boot (Java)", ""),
            item("rails", "Ruby on Rails", ""),
            item("laravel", "Laravel (PHP)", ""),
            item("dotnet", ".NET", ""),
        ],
    },
    Category {
        id: "api",
        title: "API styles",
        guidance: "Versioning, authentication (OAuth 2.0, JWT) and rate limiting are expected in professional backend work.",
        first_decision: false,
        must_by_default: true,
        items: &[
            item("rest", "REST APIs", "The industry standard for web services."),
            item("graphql", "GraphQL", "A flexible alternative, growing in popularity."),
            item("grpc", "gRPC", "High-performance microservice communication."),
            item("webhooks", "Webhooks", "Event-driven communication between systems."),
        ],
    },
    Category {
        id: "messaging",
        title: "Caching and messaging",
        guidance: "Message queues decouple processing in asynchronous, scalable systems.",
        first_decision: false,
        must_by_default: false,
        items: &[
            item("redis_cache", "Redis caching", ""),
            item("memcached", "Memcached", ""),
            item("kafka", "Kafka", ""),
            item("rabbitmq", "RabbitMQ", ""),
            item("background_jobs", "Background job processing", ""),
        ],
    },
    Category {
        id: "devops",
        title: "Containers, CI/CD and infrastructure",
        guidance: "They need not do everything a DevOps engineer does, but should understand the deployment lifecycle.",
        first_decision: false,
        must_by_default: false,
        items: &[
            item("docker", "Docker", ""),
            item("kubernetes", "Kubernetes", ""),
            item("github_actions", "GitHub Actions", ""),
            item("jenkins", "Jenkins", ""),
            item("gitlab_ci", "GitLab CI", ""),
            item("circleci", "CircleCI", ""),
            item("terraform", "Terraform", ""),
            item("ansible", "Ansible", ""),
            item("serverless", "Serverless (AWS Lambda, Azure Functions)", ""),
            item("microservices", "Microservices architecture", ""),
        ],
    },
    Category {
        id: "security",
        title: "Security",
        guidance: "Security is a core responsibility of every backend developer and often overlooked until something goes wrong.",
        first_decision: false,
        must_by_default: true,
        items: &[
            item("auth", "Authentication and authorization (JWT, OAuth, RBAC)", ""),
            item("owasp", "OWASP Top 10 (SQL injection, XSS)", ""),
            item("encryption", "Encryption and secret management", ""),
            item("rate_limiting", "Rate limiting and input validation", ""),
        ],
    },
    Category {
        id: "testing",
        title: "Testing and version control",
        guidance: "Unit and integration tests for business logic and endpoints, run in CI; a clean Git workflow.",
        first_decision: false,
        must_by_default: false,
        items: &[
            item("unit_tests", "Unit tests", ""),
            item("integration_tests", "Integration tests", ""),
            item("git", "Git workflow and code review", ""),
        ],
    },
    Category {
        id: "observability",
        title: "Monitoring and performance",
        guidance: "Logging, metrics and production debugging; indexing, query tuning and caching layers.",
        first_decision: false,
        must_by_default: false,
        items: &[
            item("logging_metrics", "Logging, metrics and APM", ""),
            item("query_tuning", "Indexing and query tuning", ""),
            item("scaling", "Load balancing and horizontal scaling", ""),
            item("sharding", "Sharding and replication", ""),
        ],
    },
];

pub const SOFT_SKILLS: &[Item] = &[
    item("communication", "Communication", "Translates business requirements into technical architecture; explains trade-offs to non-technical teammates."),
    item("problem_solving", "Problem solving", "Debugs complex distributed systems; stays calm and methodical under pressure."),
    item("system_thinking", "System thinking", "Designs for scale, reliability and maintainability."),
    item("collaboration", "Collaboration", "Works effectively with frontend, DevOps and product teams."),
    item("attention_to_detail", "Attention to detail", "Meticulous about data integrity, security and edge cases."),
    item("continuous_learning", "Continuous learning", "Stays current with backend technologies and practice."),
    item("time_management", "Time management", "Meets deadlines and flags issues early: among the hardest traits to assess in an interview."),
    item("analytical_thinking", "Analytical thinking", "Interprets test results, diagnoses bottlenecks, weighs one approach against another."),
];

/// The sources' signals that a project needs a backend specialist rather than a full-stack developer.
pub const BACKEND_NEEDS: &[Item] = &[
    item("complex_logic", "Complex business logic", ""),
    item(
        "high_traffic",
        "High traffic and scalability requirements",
        "",
    ),
    item(
        "data_modeling",
        "Advanced data modelling, or large or real-time datasets",
        "",
    ),
    item(
        "security_critical",
        "Security-critical systems (authentication, authorization, compliance)",
        "",
    ),
    item("distributed", "Distributed architecture", ""),
    item("performance", "Performance optimisation", ""),
    item(
        "db_restructuring",
        "Database restructuring or optimisation",
        "",
    ),
    item(
        "integrations",
        "Integration with multiple external services",
        "",
    ),
];

pub fn find(id: &str) -> Option<(&'static Category, &'static Item)> {
    TECHNICAL
        .iter()
        .find_map(|c| c.items.iter().find(|i| i.id == id).map(|i| (c, i)))
}

pub fn category(id: &str) -> Option<&'static Category> {
    TECHNICAL.iter().find(|c| c.id == id)
}

pub fn soft_skill(id: &str) -> Option<&'static Item> {
    SOFT_SKILLS.iter().find(|i| i.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique_across_the_catalogue() {
        let mut seen = BTreeSet::new();
        for c in TECHNICAL {
            assert!(seen.insert(c.id), "category {}", c.id);
        }
        for i in TECHNICAL
            .iter()
            .flat_map(|c| c.items)
            .chain(SOFT_SKILLS)
            .chain(BACKEND_NEEDS)
        {
            assert!(seen.insert(i.id), "item {}", i.id);
        }
    }

    #[test]
    fn the_three_first_decisions_come_first() {
        let firsts: Vec<_> = TECHNICAL.iter().take(3).map(|c| c.id).collect();
        assert_eq!(firsts, ["language", "database", "cloud"]);
        assert!(TECHNICAL.iter().skip(3).all(|c| !c.first_decision));
    }

    #[test]
    fn find_returns_the_category() {
        let (c, i) = find("postgresql").unwrap();
        assert_eq!((c.id, i.label), ("database", "PostgreSQL"));
        assert!(find("cobol").is_none());
    }
}
