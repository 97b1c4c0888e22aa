//! `settled_by_shape`'s cases that find a place: one "administered" by a state, a French or
//! royal street, an air base, a lake, mountain, port, fort or camp, a site before its noun.

use super::*;

impl Shape {
    /// ("Indian-administered Jammu and Kashmir", "Russian-occupied Crimea": a place a list
    /// knows after a compound of who rules it is a place of that whole name, as written, not a
    /// person)
    /// (a country's name before the participle is that country's mention already, see
    /// `based_place`: "Pakistan-administered Kashmir" is left to it)
    #[inline(always)]
    pub(super) fn administered_place(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        if j > i + 1 && doc.tokens[i].lower.rsplit_once('-').is_some_and(|(h, p)| !h.is_empty() && !lex.country_names.contains_key(h) && matches!(p, "administered" | "occupied" | "controlled" | "held")) && longest(doc, i + 1, j, &lex.place_names).is_some_and(|(e, _)| e == j) {
            self.add_unlisted_place(doc);
            return true;
        }
        false
    }

    /// ("shop windows on the Boulevard Emile Jacqmain", "along Avenue Louise": the word for a
    /// street opens a French or Belgian street's name; the run is that street, not a person
    /// named after the word; and "Queen Street", `royal_street`)
    #[inline(always)]
    pub(super) fn street(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        if j > i + 1 && i > 0 && matches!(doc.slice(doc.tokens[i].span), "Boulevard" | "Avenue" | "Rue" | "Chaussée" | "Quai") && matches!(doc.tokens[i - 1].lower.as_str(), "the" | "on" | "in" | "along" | "at" | "near" | "down" | "up" | "from" | "to" | "into")
            || royal_street(doc, lex, i, j)
        {
            self.add_unlisted_place(doc);
            return true;
        }
        false
    }

    /// ("troops at Ramstein air base", "the Mihail Kogălniceanu air base": a run after "the" or
    /// a preposition and before "air base", "naval base", "airbase" or "military base" names the
    /// base's place, not a person; not a country, a people or a listed body or place ("the
    /// Russian naval base", "a Marine air base"), nor a run holding a title)
    #[inline(always)]
    pub(super) fn air_base(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        if doc.tokens.get(j).is_some_and(|t| t.lower == "airbase" || matches!(t.lower.as_str(), "air" | "naval" | "military" | "army") && doc.tokens.get(j + 1).is_some_and(|b| b.lower == "base"))
            && i > 0 && matches!(doc.tokens[i - 1].lower.as_str(), "the" | "at" | "in" | "near" | "from" | "to" | "into" | "on")
            && (i..j).all(|k| doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].cap && !lex.org_words.contains(doc.slice(doc.tokens[k].span)) && !lex.titles.contains_key(&doc.tokens[k].lower) && !lex.demonyms.contains_key(&doc.tokens[k].lower) && !lex.country_adjectives.contains_key(&doc.tokens[k].lower))
            && longest(doc, i, j, &lex.place_names).is_none_or(|(e, _)| e < j)
            && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < j)
            && longest(doc, i, j, &lex.country_names).is_none_or(|(e, _)| e < j)
        {
            self.add_unlisted_place(doc);
            return true;
        }
        false
    }

    /// ("levels in Lake Varnell", "the slopes of Mount Orlen": the word for a lake or mountain
    /// opening a run of one or two more capitalised words names that lake or mountain, as
    /// "Reservoir" ending one does; so do "Port", "Fort" and "Camp" for a town, fort or camp
    /// ("Port Varnell wants …", "troops at Camp Brenlow", never a person); not when a list
    /// knows the whole run as a place or a body, nor when a word for a body, a title or a
    /// given name alone follows ("Lake County Council", "Lake Tom"), nor, after "Port",
    /// "Fort" or "Camp", a common word ("the Camp Fire", a wildfire's name))
    #[inline(always)]
    pub(super) fn lake_mount_or_port(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        if (j == i + 2 || j == i + 3) && matches!(doc.slice(doc.tokens[i].span), "Lake" | "Mount" | "Port" | "Fort" | "Camp")
            && (matches!(doc.slice(doc.tokens[i].span), "Lake" | "Mount") || (i + 1..j).all(|k| !lex.common_words.contains(doc.tokens[k].lower.as_str())))
            && (i + 1..j).all(|k| doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].cap && !lex.org_words.contains(doc.slice(doc.tokens[k].span)) && !lex.titles.contains_key(&doc.tokens[k].lower) && lex.place_heads.get(doc.slice(doc.tokens[k].span)).is_none())
            && !(j == i + 2 && lex.first_names.get(&doc.tokens[i + 1].lower).is_some_and(|g| *g != 'u') && lex.surnames.get(&doc.tokens[i + 1].lower).is_none())
            && longest(doc, i, j, &lex.place_names).is_none_or(|(e, _)| e < j)
            && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < j)
        {
            self.add_unlisted_place(doc);
            return true;
        }
        false
    }

    /// ("the Kerem Shalom crossing", "the Tarkan Hill dam": a name between "the" and a
    /// lower-case noun for a site names that site, a place, though it reads as a person's
    /// name; no list knows it as a place, a body or a country)
    #[inline(always)]
    pub(super) fn site_before_noun(self, doc: &mut Doc, lex: &Lexicon) -> bool {
        let Shape { i, j, .. } = self;
        if j > i + 1 && i > 0 && doc.tokens[i - 1].lower == "the" && doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word && !t.cap && SITE_NOUNS.contains(&t.lower.as_str()))
            && longest(doc, i, j, &lex.place_names).is_none_or(|(e, _)| e < j) && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < j) && (i..j).all(|k| lex.country_any(&doc.tokens[k].lower).is_none())
        {
            self.add_unlisted_place(doc);
            return true;
        }
        false
    }
}

/// Lower-case nouns for a site that a name before them can name: "the X crossing".
const SITE_NOUNS: &[&str] = &["crossing", "checkpoint", "bridge", "dam", "airport", "airfield", "airbase", "port", "refinery", "camp", "mine", "terminal", "pipeline", "corridor", "reactor", "barracks"];

/// ("levels on Queen Street", "King Street was closed", "shops on Queen Victoria Street"): a
/// royal title opening a run that ends in a word for a street or building names that street
/// (British and Commonwealth towns have one in every centre), not the title of a person
/// named "Street"; no list knows the run as a body.
#[inline(always)]
fn royal_street(doc: &Doc, lex: &Lexicon, i: usize, j: usize) -> bool {
    j > i + 1
        && matches!(doc.slice(doc.tokens[i].span), "Queen" | "King" | "Prince" | "Princes" | "Princess" | "Duke")
        && lex.place_heads.get(doc.slice(doc.tokens[j - 1].span)).is_some()
        && (i + 1..j).all(|k| doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].cap)
        && longest(doc, i, j, &lex.organisations).is_none_or(|(e, _)| e < j)
}
