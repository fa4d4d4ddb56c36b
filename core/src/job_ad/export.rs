//! The ad as Markdown, plain text and HTML. All text is the founder's (drafts included), so
//! each format escapes what it must; the structure is the same as on screen: headings, and
//! lines starting "- " or "1. " as list items.

use super::draft::Section;
use super::AdSection;

/// A line of a section: a paragraph, a bullet or a numbered step.
enum Line<'a> {
    Para(&'a str),
    Bullet(&'a str),
    Step(&'a str),
}

fn lines(text: &str) -> Vec<Line<'_>> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            if let Some(rest) = l.strip_prefix("- ") {
                Line::Bullet(rest)
            } else if let Some((n, rest)) = l.split_once(". ") {
                if !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit()) {
                    Line::Step(rest)
                } else {
                    Line::Para(l)
                }
            } else {
                Line::Para(l)
            }
        })
        .collect()
}

/// Escapes Markdown control characters so text prints as typed.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            // A line may not start a list or a heading by accident.
            '-' | '+' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    // "1. " at the start would start a numbered list.
    if let Some((n, _)) = out.split_once(". ") {
        if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) {
            return out.replacen(". ", "\\. ", 1);
        }
    }
    out
}

/// The files a job ad exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Text,
    Html,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 3] = [
        ExportFormat::Markdown,
        ExportFormat::Text,
        ExportFormat::Html,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Text => "txt",
            ExportFormat::Html => "html",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "text/markdown",
            ExportFormat::Text => "text/plain",
            ExportFormat::Html => "text/html",
        }
    }

    /// The button that downloads it.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown file",
            ExportFormat::Text => "Text file",
            ExportFormat::Html => "HTML file",
        }
    }

    /// The whole ad in this format (HTML as a standalone page).
    pub fn render(self, sections: &[AdSection]) -> String {
        match self {
            ExportFormat::Markdown => markdown(sections),
            ExportFormat::Text => plain_text(sections),
            ExportFormat::Html => html(sections, false),
        }
    }
}

pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn title(sections: &[AdSection]) -> &str {
    sections
        .iter()
        .find(|s| s.section == Section::Title)
        .map(|s| s.text.trim())
        .unwrap_or("Backend Developer")
}

fn body(sections: &[AdSection]) -> impl Iterator<Item = &AdSection> {
    sections.iter().filter(|s| s.section != Section::Title)
}

pub fn markdown(sections: &[AdSection]) -> String {
    let mut out = format!("# {}\n", md_escape(title(sections)));
    for s in body(sections) {
        out.push_str(&format!("\n## {}\n\n", s.section.heading()));
        let mut n = 0;
        for line in lines(&s.text) {
            match line {
                Line::Para(t) => out.push_str(&format!("{}\n\n", md_escape(t))),
                Line::Bullet(t) => out.push_str(&format!("- {}\n", md_escape(t))),
                Line::Step(t) => {
                    n += 1;
                    out.push_str(&format!("{n}. {}\n", md_escape(t)));
                }
            }
        }
    }
    out.trim_end().to_string() + "\n"
}

pub fn plain_text(sections: &[AdSection]) -> String {
    let t = title(sections);
    let mut out = format!("{t}\n{}\n", "=".repeat(t.chars().count().min(80)));
    for s in body(sections) {
        out.push_str(&format!(
            "\n{}\n{}\n",
            s.section.heading(),
            "-".repeat(s.section.heading().len())
        ));
        out.push_str(s.text.trim());
        out.push('\n');
    }
    out
}

/// A complete HTML document; `fragment` gives just the article for pasting into a CMS.
pub fn html(sections: &[AdSection], fragment: bool) -> String {
    let mut article = format!("<article>\n<h1>{}</h1>\n", html_escape(title(sections)));
    for s in body(sections) {
        article.push_str(&format!("<h2>{}</h2>\n", s.section.heading()));
        let mut list: Option<&str> = None;
        for line in lines(&s.text) {
            let (tag, text) = match line {
                Line::Para(t) => (None, t),
                Line::Bullet(t) => (Some("ul"), t),
                Line::Step(t) => (Some("ol"), t),
            };
            if list != tag {
                if let Some(open) = list {
                    article.push_str(&format!("</{open}>\n"));
                }
                if let Some(t) = tag {
                    article.push_str(&format!("<{t}>\n"));
                }
                list = tag;
            }
            match tag {
                Some(_) => article.push_str(&format!("<li>{}</li>\n", html_escape(text))),
                None => article.push_str(&format!("<p>{}</p>\n", html_escape(text))),
            }
        }
        if let Some(open) = list {
            article.push_str(&format!("</{open}>\n"));
        }
    }
    article.push_str("</article>\n");
    if fragment {
        return article;
    }
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n{article}</body>\n</html>\n",
        html_escape(title(sections))
    )
}
