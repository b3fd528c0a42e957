//! The organisers' summary of youth recommendations, as plain figures: counts per theme, level, country, age
//! band and gender (approved recommendations; a cell with fewer than 5 people behind it is suppressed, and in
//! the sections about people such values are counted together as "others", unnamed), and the most-endorsed
//! recommendations per theme.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

/// A cell of fewer people than this shows as "<5".
pub const SMALL_CELL: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Cell {
    Count(i64),
    /// Fewer than [`SMALL_CELL`] people: not shown.
    #[serde(serialize_with = "suppressed")]
    Suppressed,
}

fn suppressed<S: serde::Serializer>(s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str("<5")
}

impl std::fmt::Display for Cell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cell::Count(n) => write!(f, "{n}"),
            Cell::Suppressed => f.write_str("<5"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Theme,
    Level,
    Country,
    AgeBand,
    Gender,
}

impl Dimension {
    pub const ALL: [Dimension; 5] =
        [Dimension::Theme, Dimension::Level, Dimension::Country, Dimension::AgeBand, Dimension::Gender];

    /// Whether the values are facts about the authors (where they live, their age, their gender) rather than
    /// about the recommendations.
    pub fn describes_people(self) -> bool {
        matches!(self, Dimension::Country | Dimension::AgeBand | Dimension::Gender)
    }
}

/// Recommendations and their distinct authors for one value.
type Tally<'a> = BTreeMap<&'a str, (i64, BTreeSet<Option<i64>>)>;

/// A cell per value, a small one suppressed; themes in the order of `themes`, other values (levels) as they are.
fn cells(people: Tally<'_>, themes: &[String]) -> Vec<(String, Cell)> {
    let mut cells: Vec<(String, Cell)> = people
        .into_iter()
        .map(|(value, (n, authors))| {
            (value.to_owned(), if authors.len() < SMALL_CELL { Cell::Suppressed } else { Cell::Count(n) })
        })
        .collect();
    cells.sort_by_key(|(v, _)| themes.iter().position(|t| t == v).unwrap_or(usize::MAX));
    cells
}

/// A cell per value of at least [`SMALL_CELL`] people, and every smaller value together in one [`OTHERS`] row.
/// A row "Montenegro: <5" would still say that someone from Montenegro is among the authors, and when only
/// one or two recommendations are approved, every section would name their authors' country, age and gender
/// beside texts the summary quotes.
fn pooled(people: Tally<'_>) -> Vec<(String, Cell)> {
    let mut cells = Vec::new();
    let (mut others, mut other_authors) = (0, BTreeSet::new());
    for (value, (n, authors)) in people {
        if authors.len() < SMALL_CELL {
            others += n;
            other_authors.extend(authors);
        } else {
            cells.push((value.to_owned(), Cell::Count(n)));
        }
    }
    if others > 0 {
        let cell = if other_authors.len() < SMALL_CELL { Cell::Suppressed } else { Cell::Count(others) };
        cells.push((OTHERS.to_owned(), cell));
    }
    cells
}

/// One approved recommendation as counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counted {
    pub id: i64,
    /// `None` once the author erased their data: every such recommendation counts as a different person.
    pub author: Option<i64>,
    pub theme: String,
    pub level: String,
    pub text: String,
    pub country: Option<String>,
    pub age_band: Option<&'static str>,
    pub gender: Option<String>,
    pub endorsements: i64,
}

/// A most-endorsed recommendation: id, text, endorsements.
pub type TopItem = (i64, String, i64);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub approved: i64,
    pub pending: i64,
    pub rejected: i64,
    /// Per dimension: (value, cell), in a stable order; a missing value is "unknown".
    pub sections: Vec<(Dimension, Vec<(String, Cell)>)>,
    /// Per theme, its most-endorsed approved recommendations.
    pub top: Vec<(String, Vec<TopItem>)>,
}

pub const UNKNOWN: &str = "unknown";
/// The row of a section about people that counts together the values of fewer than [`SMALL_CELL`] people each.
pub const OTHERS: &str = "others";
pub const AGE_BANDS: [&str; 4] = ["15-19", "20-24", "25-29", "30+"];

/// The band of the age reached this year; the few 14-year-olds count in the youngest band.
pub fn age_band(birth_year: i64, current_year: i32) -> &'static str {
    match i64::from(current_year) - birth_year {
        ..=19 => AGE_BANDS[0],
        20..=24 => AGE_BANDS[1],
        25..=29 => AGE_BANDS[2],
        _ => AGE_BANDS[3],
    }
}

/// Adds up approved recommendations; `themes` gives the theme order, `top_n` how many to list per theme.
pub fn summarize(counted: &[Counted], themes: &[String], statuses: (i64, i64, i64), top_n: usize) -> Summary {
    let sections = Dimension::ALL
        .iter()
        .map(|d| {
            let mut people: Tally<'_> = BTreeMap::new();
            for (i, c) in counted.iter().enumerate() {
                let value = match d {
                    Dimension::Theme => Some(c.theme.as_str()),
                    Dimension::Level => Some(c.level.as_str()),
                    Dimension::Country => c.country.as_deref(),
                    Dimension::AgeBand => c.age_band,
                    Dimension::Gender => c.gender.as_deref(),
                }
                .unwrap_or(UNKNOWN);
                let entry = people.entry(value).or_default();
                entry.0 += 1;
                // Erased authors are distinct people: key them by the recommendation.
                entry.1.insert(if c.author.is_some() { c.author } else { Some(-(i as i64) - 1) });
            }
            let cells = if d.describes_people() { pooled(people) } else { cells(people, themes) };
            (*d, cells)
        })
        .collect();
    let top = themes
        .iter()
        .map(|theme| {
            let mut items: Vec<&Counted> = counted.iter().filter(|c| &c.theme == theme).collect();
            items.sort_by(|a, b| b.endorsements.cmp(&a.endorsements).then(a.id.cmp(&b.id)));
            let items = items.into_iter().take(top_n).map(|c| (c.id, c.text.clone(), c.endorsements)).collect();
            (theme.clone(), items)
        })
        .collect();
    Summary { approved: statuses.0, pending: statuses.1, rejected: statuses.2, sections, top }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: i64, author: Option<i64>, theme: &str, endorsements: i64) -> Counted {
        Counted {
            id,
            author,
            theme: theme.into(),
            level: "local".into(),
            text: format!("text {id}"),
            country: Some("RS".into()),
            age_band: Some(age_band(2004, 2026)),
            gender: None,
            endorsements,
        }
    }

    #[test]
    fn cells_with_fewer_than_five_people_are_suppressed() {
        let mut counted: Vec<Counted> = (1..=5).map(|i| rec(i, Some(i), "a", i)).collect();
        // Four more on theme b, all by one person: 4 recommendations, 1 person.
        counted.extend((6..=9).map(|i| rec(i, Some(99), "b", 0)));
        let s = summarize(&counted, &["a".into(), "b".into()], (9, 0, 0), 3);
        let themes = &s.sections[0].1;
        assert_eq!(themes, &vec![("a".to_owned(), Cell::Count(5)), ("b".to_owned(), Cell::Suppressed)]);
        let countries = &s.sections[2].1;
        assert_eq!(countries, &vec![("RS".to_owned(), Cell::Count(9))], "six people in Serbia");
        assert_eq!(s.sections[4].1, vec![(UNKNOWN.to_owned(), Cell::Count(9))]);
        assert_eq!(s.top[0].1.iter().map(|t| t.0).collect::<Vec<_>>(), vec![5, 4, 3]);
    }

    #[test]
    fn erased_authors_count_as_separate_people() {
        let counted: Vec<Counted> = (1..=5).map(|i| rec(i, None, "a", 0)).collect();
        let s = summarize(&counted, &["a".into()], (5, 0, 0), 3);
        assert_eq!(s.sections[0].1, vec![("a".to_owned(), Cell::Count(5))]);
    }

    #[test]
    fn values_of_fewer_than_five_people_are_counted_together_unnamed_in_sections_about_people() {
        let country = |id: i64, code: &str| Counted { country: Some(code.into()), ..rec(id, Some(id), "a", 0) };
        // One approved recommendation: no section may name where its author lives.
        let one = summarize(&[country(1, "ME")], &["a".into()], (1, 0, 0), 3);
        assert_eq!(one.sections[2].1, vec![(OTHERS.to_owned(), Cell::Suppressed)]);
        assert_eq!(one.sections[0].1, vec![("a".to_owned(), Cell::Suppressed)], "themes keep their names");
        // Five in Kosovo, three in Montenegro and two in Serbia: the five stand alone, the rest count together.
        let mut counted: Vec<Counted> = (1..=5).map(|i| country(i, "XK")).collect();
        counted.extend((6..=8).map(|i| country(i, "ME")));
        counted.extend((9..=10).map(|i| country(i, "RS")));
        let s = summarize(&counted, &["a".into()], (10, 0, 0), 3);
        assert_eq!(s.sections[2].1, vec![("XK".to_owned(), Cell::Count(5)), (OTHERS.to_owned(), Cell::Count(5))]);
        // Three in Montenegro and one in Serbia: "others" are fewer than 5 people, so suppressed too.
        let s = summarize(&counted[..9], &["a".into()], (9, 0, 0), 3);
        assert_eq!(s.sections[2].1, vec![("XK".to_owned(), Cell::Count(5)), (OTHERS.to_owned(), Cell::Suppressed)]);
    }

    #[test]
    fn age_bands() {
        assert_eq!(age_band(2012, 2026), "15-19");
        assert_eq!(age_band(2006, 2026), "20-24");
        assert_eq!(age_band(1997, 2026), "25-29");
        assert_eq!(age_band(1990, 2026), "30+");
    }
}
