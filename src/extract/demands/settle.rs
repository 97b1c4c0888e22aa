//! The passes that settle who asks whom once every demand is read: a party described or a
//! pronoun, a minister's and the home government, a condition's government, the speaker's own
//! body, a body named in the lede or in full later, no one asking themselves, and the statement
//! a demand is voiced in.

use super::*;

/// A party described by a noun is the body it describes; a pronoun addressee names no one.
/// ("… said the company must submit a plan", "urged the firm to …": the company named last
/// before it, as for a speaker; "The company urged the union to …": the demander too)
pub(super) fn described_and_pronouns(doc: &Doc, out: &mut [Demand]) {
    let described = |p: Party| match p {
        Party::Text(sp) => {
            let (s, e) = (doc.token_at(sp.start), doc.token_at(sp.end));
            // ("urged the Swedish side to …": a state named by its adjective and "side", the
            // diplomats' word for the other party, is that state)
            if e == s + 3 && doc.tokens[e - 1].lower == "side" && doc.tokens[s].lower == "the" && doc.tokens[s + 1].cap {
                return doc.country_of_adjective(&doc.tokens[s + 1].lower);
            }
            // ("the union was seeking a 30% raise": the one union named before, as a speaker)
            (e == s + 2).then(|| crate::extract::statements::body_description(doc, s, e).or_else(|| crate::extract::np::org_by_head(doc, s, e).filter(|&(_, end)| end == e).map(|(x, _)| x))).flatten()
        }
        Party::Entity(_) => None,
    };
    // ("urged them to …", "asking her to …": a pronoun alone names no one; which actor it
    // stands for is left unknown, as resolving object pronouns picked the wrong one as often
    // as the right one)
    let pronoun = |p: Party| match p {
        Party::Text(sp) => {
            let t = doc.token_at(sp.start);
            doc.token_at(sp.end) == t + 1 && matches!(doc.tokens[t].lower.as_str(), "him" | "her" | "them" | "it" | "you" | "us" | "me")
        }
        Party::Entity(_) => false,
    };
    for d in out.iter_mut() {
        if let Some(body) = described(d.by) {
            d.by = Party::Entity(body);
        }
        if let Some(body) = d.of.and_then(described) {
            d.of = Some(Party::Entity(body)).filter(|&p| p != d.by);
        }
        if d.of.is_some_and(pronoun) {
            d.of = None;
        }
        if let Some(one) = d.of.and_then(|p| one_person_described(doc, p)) {
            d.of = one.filter(|&p| p != d.by);
        }
    }
}

/// "Its president, X, said the group would ask Congress to …", "X said the union had asked the
/// department for …": a demander written as "the" and a plain noun for a body (`BODY_NOUNS`),
/// which took up no body named before (`described_and_pronouns`), inside what a person reports
/// who holds a role of one organisation, is that organisation, the speaker's own body, as
/// `obligations::own_body` reads the one who threatens; it stayed the phrase as written, no
/// actor.
pub(super) fn speakers_own_body_asks(doc: &Doc, out: &mut [Demand]) {
    for d in out.iter_mut() {
        let Party::Text(sp) = d.by else { continue };
        let s = doc.token_at(sp.start);
        if doc.token_at(sp.end) != s + 2 || doc.tokens[s].lower != "the" || doc.tokens[s + 1].cap || !crate::extract::np::BODY_NOUNS.contains(&doc.tokens[s + 1].lower.as_str()) {
            continue;
        }
        // (the statement that holds the phrase after its own start: the person reports it)
        let speaker = doc.statements.iter().filter(|st| st.text.start < sp.start && sp.end <= st.text.end).find_map(|st| st.speaker);
        let Some(p) = speaker.filter(|&p| doc.entities[p].kind == EntityKind::Person) else { continue };
        if let Some(o) = sole_body_of(doc, p, EntityKind::Organization) {
            d.by = Party::Entity(o);
        }
    }
}

/// "Ministers" and "the government" asking: the state a minister's report or the story speaks for.
/// ("Brazil's environment minister, X, … said the government had asked Petrobras to …": in
/// what a minister of a state reports, "the government" is that state's)
pub(super) fn ministers_government(doc: &Doc, out: &mut [Demand]) {
    for d in out.iter_mut() {
        let Party::Text(sp) = d.by else { continue };
        // ("Ministers have asked the regulator to …": British papers' bare plural for the
        // government, asking, is the state whose own bodies the story writes, when the story
        // takes it for its state, as "urged ministers to …" asks it)
        if doc.slice(sp) == "Ministers" || doc.slice(sp) == "ministers" {
            let own = ministers_state(doc);
            if let Some(state) = own.and_then(|c| doc.named_country(&c)) {
                d.by = Party::Entity(state);
            }
            continue;
        }
        if !doc.slice(sp).eq_ignore_ascii_case("the government") {
            continue;
        }
        let speaker = doc.statements.iter().find(|st| st.kind == StatementKind::Reported && st.text.start < sp.start && sp.end <= st.text.end).and_then(|st| st.speaker);
        // (a speaker who holds no role of a state: the state the story is mostly about, as
        // "urged the government to …" asks it; "He said the government had asked the agency to
        // delay the cut" in a story about one state, named by its name)
        // (named by its name twice at least: not a state only a city in the story stands for)
        let home = || crate::resolve::dominant_country(doc).and_then(|c| doc.named_country(&c)).filter(|&e| doc.mentions.iter().filter(|m| m.entity == e).count() >= 2);
        if let Some(state) = speaker.and_then(|p| sole_body_of(doc, p, EntityKind::Country)).or_else(home) {
            d.by = Party::Entity(state);
        }
    }
}

/// The home government asked: "government", "ministers", "the Centre", a modal's "the government",
/// "the city", "the province".
/// ("The farmers' union called on government to open depots": southern African and Indian
/// papers write their own government with no article; "urged the Centre to …": Indian
/// papers' word for the central government) the state asked, as "urged the government to"
/// is (`names::home_government`): the bare word in a story about one state, "the Centre" in
/// one about India (the addressee only: not a mention, so what the statement is about and
/// which actors are one stay as they were)
/// (the state named most, where another is named near as often, when the story's dateline
/// is that state or its capital: "SINGAPORE - …" with Uganda named in most paragraphs)
pub(super) fn home_government_asked(doc: &Doc, out: &mut [Demand]) {
    let home = || crate::resolve::dominant_country(doc).or_else(|| crate::extract::statements::dateline_state(doc).filter(|c| crate::resolve::main_country(doc).as_deref() == Some(c.as_str())));
    for d in out.iter_mut() {
        let Some(Party::Text(sp)) = d.of else { continue };
        if let Some(r) = region_of_seat(doc, sp) {
            d.of = Some(Party::Entity(r));
            continue;
        }
        let words = doc.tokens[doc.token_at(sp.start)..doc.token_at(sp.end)].iter().map(|t| (t.lower.as_str(), t.cap)).collect::<Vec<_>>();
        // (a modal's addressee inside a quote or a reported clause)
        let modal_in_statement = || matches!(d.cue.as_str(), "should" | "must") && doc.statements.iter().any(|st| st.text.start <= sp.start && sp.end <= st.text.end);
        let state = match words.as_slice() {
            [("government", false)] => crate::resolve::dominant_country(doc),
            // ("called on ministers to introduce …", "unless ministers agreed to …", "said
            // ministers must …": British papers' bare plural for the government, asked, is the
            // state the story is about, as "the government" is; the addressee only (as a
            // mention it made the state what such statements are about, which the golds of
            // sets 53, 58 and 102 leave out); "EU ministers", "finance ministers" are no bare word)
            // (a modal's bare subject, `bare_ministers`: "said ministers should …" where no state
            // of the story is named as a country (a home code with no named state, set149's
            // "ministers must decide on …") is asked of no one named, as before, not of the word)
            [("ministers", false)] => {
                if let Some(g) = devolved_government(doc) {
                    d.of = Some(Party::Entity(g));
                    continue;
                }
                let state = home().or_else(|| ministers_state(doc));
                if state.as_deref().and_then(|c| doc.named_country(c)).is_none() && modal_after(doc, sp, &d.cue) {
                    d.of = None;
                }
                state
            }
            // ("urged the cabinet to cut …": Dutch, Israeli and Japanese papers' word for the
            // government, asked, is the state the story is about, as "the government" is; the
            // addressee only)
            [("the", _), ("cabinet", _)] => home(),
            [("the", _), ("centre" | "center", true)] => crate::resolve::main_country(doc).filter(|c| c == "IN"),
            // ("X said the Government should invest in …": the state a reported clause's or a
            // quote's modal asks, as "urged the government to …" is; the addressee only, so
            // earlier sets' "about" stays)
            // ("“The national government must give us what we need,” the governor said": the
            // state's government by the level it governs at, as "the government")
            // (in a story that deals with several states, the one it names most: "Its chief
            // executive said the Government should focus on …" in a Dublin story that names the
            // United States and the EU beside Ireland)
            // (asked to act toward the state taken for it, in a story of two states: the other
            // one, `statements::state_acted_toward`: "said the government should also expel any
            // Indian officials" in a story that names India most)
            [("the", _), ("government", _)] if modal_in_statement() => home().or_else(|| crate::extract::statements::asked_state(doc)).map(|c| {
                let h = doc.token_at(sp.end);
                crate::extract::statements::state_acted_toward(doc, &c, h, crate::extract::statements::sentence_end(doc, h)).unwrap_or(c)
            }),
            [("the", _), (level, false), ("government", _)] if crate::extract::np::government_level(level) && modal_in_statement() => home(),
            // ("X said the caretaker government must not take decisions that would bind its
            // successor": a government by the time it holds office, as "the government")
            [("the", _), ("caretaker" | "outgoing" | "incoming" | "current", false), ("government", _)] if modal_in_statement() => home(),
            // ("X said the city should adopt a plan …" in a story about one city: that city,
            // as "the state"/"the province" asked is the region the story names most)
            [("the", _), ("city", false)] if modal_in_statement() => {
                if let Some(c) = main_city(doc) {
                    d.of = Some(Party::Entity(c));
                }
                None
            }
            // ("X said the province should fund overdose sites …" in a story about one province:
            // that province, as "calling on the province to …" asks it)
            [("the", _), ("province" | "state", false)] if modal_in_statement() => {
                if let Some(r) = main_region(doc) {
                    d.of = Some(Party::Entity(r));
                }
                None
            }
            _ => None,
        };
        if let Some(state) = state.and_then(|c| doc.named_country(&c)) {
            d.of = Some(Party::Entity(state));
        }
    }
}

/// "He urged Queen's Park to pay for …", "urged Holyrood to …": the seat of a region's own
/// government (`region_seats.tsv`), asked, is that region, when the story names it as a place
/// (as "calling on the province to …" asks the province); before, the addressee was the seat's
/// name as written, no actor.
fn region_of_seat(doc: &Doc, sp: Span) -> Option<usize> {
    let name = doc.slice(sp);
    let name = name.strip_prefix("the ").unwrap_or(name).replace('\u{2019}', "'");
    let (_, iso, region) = Lexicon::get().region_seats.iter().find(|(seat, ..)| *seat == name)?;
    doc.entities.iter().position(|e| e.kind == EntityKind::Place && e.name == *region && e.country.as_deref() == Some(iso.as_str()))
}

/// "He urged ministers to pay for …" in a story of Wales that names the Welsh Government
/// twice or more: British papers' bare "ministers" in a story of a devolved nation are its own
/// government's (the addressee only); a devolved government named once, in passing, leaves
/// them the state's.
fn devolved_government(doc: &Doc) -> Option<usize> {
    const DEVOLVED: &[&str] = &["Welsh Government", "Scottish Government", "Northern Ireland Executive"];
    let mut found = doc.entities.iter().enumerate().filter(|(_, e)| e.kind == EntityKind::Organization && DEVOLVED.contains(&e.name.as_str())).map(|(i, _)| i);
    let g = found.next()?;
    (found.next().is_none() && doc.mentions.iter().filter(|m| m.entity == g).count() >= 2).then_some(g)
}

/// The word right after the addressee `sp` is the first word of the demand's cue: a modal whose
/// subject the addressee is ("ministers should …"), not a verb that asked it ("urged ministers to").
fn modal_after(doc: &Doc, sp: Span, cue: &str) -> bool {
    doc.tokens.get(doc.token_at(sp.end)).is_some_and(|t| cue.split(' ').next() == Some(t.lower.as_str()))
}

/// The government a condition asks is that of the one state its main clause names.
/// ("X said exiles would return to Cambodia only if the government restored …" in a story
/// datelined in another state: the government a condition asks is that of the one state its
/// main clause names by name, not the story's (the addressee only; where the main clause
/// names the demander's own state, or two, it stays as it was)
pub(super) fn condition_government(doc: &Doc, out: &mut [Demand]) {
    for d in out.iter_mut() {
        if !matches!(d.cue.as_str(), "if" | "unless") {
            continue;
        }
        let Some(Party::Entity(of)) = d.of else { continue };
        if doc.entities[of].kind != EntityKind::Country {
            continue;
        }
        let (first, what) = (doc.token_at(d.evidence.start), doc.token_at(d.what.start));
        let Some(cue) = (first..what).rev().find(|&i| matches!(doc.tokens[i].lower.as_str(), "if" | "unless")) else { continue };
        let asked = doc.tokens[cue + 1..what].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>();
        if cue == first || asked != ["the", "government"] {
            continue;
        }
        let cue_start = doc.tokens[cue].span.start;
        let mut named = doc.mentions.iter().filter(|m| d.evidence.start <= m.span.start && m.span.end <= cue_start && m.kind == crate::model::MentionKind::Name && doc.entities[m.entity].kind == EntityKind::Country).map(|m| m.entity);
        let Some(state) = named.next() else { continue };
        if named.all(|e| e == state) && state != of && d.by != Party::Entity(state) {
            d.of = Some(Party::Entity(state));
        }
    }
}

/// The government a body's condition asks is that of the state the body is named for.
/// ("The Kenya Union of Nurses said its members would strike unless the government paid …",
/// "The Nigerian Association of Pharmacists has threatened to … unless the Federal Government
/// …": a union or association named for its state asks that state's government, not another
/// state the story names as often, nor a government the story mentioned last; the addressee
/// only; a body whose name holds no state, or two, stays as it was)
pub(super) fn condition_government_of_body(doc: &Doc, out: &mut [Demand]) {
    for d in out.iter_mut() {
        // (a threat's cue may be its verb: "has threatened to … unless …")
        if !matches!(d.cue.as_str(), "if" | "unless") && d.kind != DemandKind::Threat {
            continue;
        }
        let Party::Entity(by) = d.by else { continue };
        if doc.entities[by].kind != EntityKind::Organization {
            continue;
        }
        let (first, what) = (doc.token_at(d.evidence.start), doc.token_at(d.what.start));
        let Some(cue) = (first..what).rev().find(|&i| matches!(doc.tokens[i].lower.as_str(), "if" | "unless")) else { continue };
        let asked = doc.tokens[cue + 1..what].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>();
        if !matches!(asked.as_slice(), ["the", "government"] | ["the", "federal", "government"]) {
            continue;
        }
        if let Some(state) = state_in_name(doc, &doc.entities[by].name) {
            d.of = Some(Party::Entity(state));
        }
    }
}

/// The one state a body's name holds, by its name or its adjective ("Kenya Union of Nurses",
/// "Nigerian Medical Association", "New Zealand Nurses Organisation"), when the story names it.
fn state_in_name(doc: &Doc, name: &str) -> Option<usize> {
    let lex = crate::lexicon::Lexicon::get();
    let words = name.split(' ').map(str::to_lowercase).collect::<Vec<_>>();
    let mut found: Option<usize> = None;
    for i in 0..words.len() {
        for n in 1..=3.min(words.len() - i) {
            let phrase = words[i..i + n].join(" ");
            let by_name = lex.country_names.get(&phrase).map(|&c| doc.named_country(&lex.countries[c].iso2));
            let Some(state) = by_name.unwrap_or_else(|| (n == 1).then(|| doc.country_of_adjective(&phrase)).flatten()) else { continue };
            if found.is_some_and(|f| f != state) {
                return None;
            }
            found = Some(state);
        }
    }
    found
}

/// A person does not ask the body she speaks for: the addressee is not known.
/// ("AJI chairwoman X … 'We are asking them to …'": a person does not ask the body she
/// speaks for; the pronoun's body is the speaker's own, so the addressee is not known)
pub(super) fn not_own_body(doc: &Doc, out: &mut [Demand]) {
    for d in out.iter_mut() {
        if let (Party::Entity(p), Some(Party::Entity(o))) = (d.by, d.of) {
            // (a body, not a state: a president may call on the nation)
            if doc.entities[p].kind == crate::model::EntityKind::Person && doc.entities[o].kind == crate::model::EntityKind::Organization && doc.roles.iter().any(|r| r.holder == p && r.of == Some(o) && !r.former) {
                d.of = None;
            }
        }
    }
}

/// A body described in the lede demands as the body the next paragraph names.
/// ("…, the global players' union has warned" then "Fifpro, which …, said": a body
/// described in the lede demands as the body the next paragraph names, as it speaks)
pub(super) fn lede_body_demands(doc: &Doc, ctx: &Ctx, out: &mut [Demand]) {
    for d in out.iter_mut() {
        if let Party::Text(t) = d.by {
            let (s, e) = (doc.token_at(t.start), doc.token_at(t.end));
            if let Some(org) = crate::extract::statements::lede_body_named_next(doc, ctx, s, e) {
                d.by = Party::Entity(org);
            }
        }
    }
}

/// A body named in full further down stands for the phrase as written, demander and addressee.
/// ("the electoral commission urged …", the body named in full further down)
pub(super) fn named_in_full_later(doc: &Doc, out: &mut [Demand]) {
    let named = |p: Party| match p {
        Party::Text(sp) => crate::extract::np::body_named_in_full(doc, sp).map_or(p, Party::Entity),
        _ => p,
    };
    for d in out.iter_mut() {
        d.by = named(d.by);
        d.of = d.of.map(named);
    }
}

/// A demand whose demander asks itself is dropped.
/// (no one asks themselves: "“I urged X to …,” he said" with "he" read as X is a wrong
/// reading of one of the two)
pub(super) fn no_one_asks_themselves(doc: &Doc, out: &mut Vec<Demand>) {
    let same = |a: usize, b: Party| match b {
        Party::Entity(b) => doc.actor_of(a) == doc.actor_of(b),
        Party::Text(sp) => doc.slice(sp).eq_ignore_ascii_case(&doc.entities[a].name),
    };
    out.retain(|d| !matches!((d.by, d.of), (Party::Entity(a), Some(b)) if same(a, b)));
}

/// Each demand's statement: the shortest one by the same party that holds what is asked.
/// a demand voiced in a statement by the same party is linked to it
pub(super) fn voiced_in(doc: &Doc, out: &mut [Demand]) {
    for d in out.iter_mut() {
        d.statement = doc
            .statements
            .iter()
            .filter(|s| s.text.contains(d.what) && (s.speaker.map(Party::Entity) == Some(d.by) || s.speaker_text.map(Party::Text) == Some(d.by) || s.speaker.is_some_and(|e| Party::Entity(doc.actor_of(e)) == d.by)))
            .min_by_key(|s| s.text.len())
            .map(|s| s.text);
    }
}
