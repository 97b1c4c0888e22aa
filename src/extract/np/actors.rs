//! The actors a span of text names: its mentions, pronouns and descriptions, and the legislatures
//! it refers to.

use super::*;

/// Entities mentioned (or referred to by a pronoun or description) within `span`.
pub fn actors_in(doc: &Doc, ctx: &Ctx, span: Span, exclude: &[usize], speaker: Option<usize>) -> Vec<usize> {
    actors_in_with(doc, ctx, span, exclude, speaker, false)
}

/// As [`actors_in`] for what a speaker no name gives said, written `speaker_text`: when that
/// is one person by office or trade ("Israel's prime minister said his country …", "a senior
/// official said he …"), "he", "his", "she" and "her" are that speaker, no topic (they would
/// go to the last person named).
pub fn actors_in_unnamed(doc: &Doc, ctx: &Ctx, span: Span, speaker_text: Option<Span>) -> Vec<usize> {
    let lex = Lexicon::get();
    // (not "Pagliano's lawyer said he …", "Scott's wife pleads for his life": a person named in
    // the phrase is more likely meant)
    let person = speaker_text.is_some_and(|t| doc.mentions_in(t).iter().all(|m| doc.entities[m.entity].kind != EntityKind::Person))
        && speaker_text.and_then(|t| doc.tokens.get(doc.token_at(t.end).checked_sub(1)?)).is_some_and(|last| {
            let l = last.lower.as_str();
            !l.ends_with('s') && (lex.titles.contains_key(l) || lex.person_nouns.contains(l) || matches!(l, "official" | "source" | "diplomat" | "aide" | "adviser" | "advisor"))
        });
    actors_in_with(doc, ctx, span, &[], None, person)
}

pub(super) fn actors_in_with(doc: &Doc, ctx: &Ctx, span: Span, exclude: &[usize], speaker: Option<usize>, own_pronouns: bool) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let (a, b) = (doc.token_at(span.start), doc.token_at(span.end));
    let mut k = a;
    while k < b {
        if let Some(m) = ctx.tok_mention[k] {
            // "Norway's leader": the holder of the office the possessive names, if known
            let possessive = doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|x| x.lower == "'s");
            if let Some((e, end)) = possessive.then(|| description_at(doc, ctx, k, b)).flatten() {
                if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker {
                    out.push(e);
                }
                k = end;
                continue;
            }
            let e = doc.mentions[m].entity;
            let mend = doc.token_at(doc.mentions[m].span.end);
            // (the adjective of a named person's title: "Chilean President Jane Roe" is about
            // Roe, not Chile)
            if doc.entities[e].kind == EntityKind::Country && mend < b && titles_a_name(doc, ctx, mend, b) || venue(doc, m, mend) {
                k = mend.max(k + 1);
                continue;
            }
            // (a surname naming a family, "the Okoro family", "to the Roe family's lawyer", is
            // the family, not the person of that name)
            let mstart = doc.token_at(doc.mentions[m].span.start);
            if doc.entities[e].kind == EntityKind::Person && mstart > 0 && doc.tokens[mstart - 1].lower == "the" && doc.tokens.get(mend).is_some_and(|x| matches!(x.lower.as_str(), "family" | "families" | "family's")) {
                k = mend.max(k + 1);
                continue;
            }
            // (a body of the speaker's own office, "by his office's Fraud Unit", "her
            // department's Audit Team", is part of who speaks, no topic: the pronoun is the
            // speaker's)
            if doc.entities[e].kind == EntityKind::Organization
                && speaker.is_some()
                && mstart >= 3
                && doc.tokens[mstart - 1].lower == "'s"
                && !doc.tokens[mstart - 2].cap
                && doc.tokens[mstart - 2].kind == TokenKind::Word
                && matches!(doc.tokens[mstart - 3].lower.as_str(), "his" | "her")
                && resolve_pronoun(doc, ctx, mstart - 3, None) == speaker
            {
                k = mend.max(k + 1);
                continue;
            }
            // (a leader's surname before the noun of his government, "accused the Marcos
            // administration of …", "The Modi government must …", "the rift between the Roe
            // and Poe camps", is that government, not the man: his state, when a role of his
            // names one)
            if doc.entities[e].kind == EntityKind::Person && governs_as_modifier(doc, ctx, mend, b) {
                let state = governed_state(doc, e);
                if let Some(c) = state.filter(|&c| !out.contains(&c) && !exclude.contains(&c) && Some(c) != speaker) {
                    out.push(c);
                }
                k = mend.max(k + 1);
                continue;
            }
            // (a region's name used as an adjective before the states or people of it,
            // "Pacific countries", "our Pacific family", "Gulf states", is about them, not the
            // region: only a place, not a country, whose adjective stays a mention)
            if doc.entities[e].kind == EntityKind::Place
                && doc.tokens.get(mend).is_some_and(|x| !x.cap && matches!(x.lower.as_str(), "countries" | "nations" | "states" | "leaders" | "family" | "governments" | "neighbours" | "neighbors" | "partners" | "economies"))
            {
                k = mend.max(k + 1);
                continue;
            }
            if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker && Some(doc.actor_of(e)) != speaker {
                out.push(e);
            }
            k = doc.token_at(doc.mentions[m].span.end).max(k + 1);
            continue;
        }
        let l = doc.tokens[k].lower.as_str();
        // "the Russian military", "Ukrainians": a country the article names (not the adjective
        // of a named person's title: "Chilean President Jane Roe" is about Roe)
        // (but a state's people named by a bare plural, "Singaporeans can handle the truth",
        // "about 1.8 million Canadians", "Sikh Canadians would trust …", are people, not the
        // state: only "the Russians", the state's side, or people a quote describes, "thousands
        // of Ukrainians whom he said were “…”", stand for it)
        if people_not_state(doc, k) || populace_not_state(doc, k) {
            k += 1;
            continue;
        }
        if let Some(c) = Lexicon::get().country_adjectives.get(l).or_else(|| Lexicon::get().demonyms.get(l)).filter(|_| !titles_a_name(doc, ctx, k + 1, b)) {
            if let Some(e) = doc.named_country(&Lexicon::get().countries[*c].iso2) {
                if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker {
                    out.push(e);
                }
            }
        }
        // ("confidence in his chancellor": the holder of the office, not the owner; but not
        // the speaker's own aide, "he said his envoy had held talks")
        let own = || speaker.is_some() && resolve_pronoun(doc, ctx, k, None) == speaker;
        if let Some((e, end)) = matches!(l, "his" | "her").then(|| description_after(doc, ctx, k, b, true)).flatten().filter(|_| !own()) {
            if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker {
                out.push(e);
            }
            k = end;
            continue;
        }
        if own_pronouns && matches!(l, "he" | "him" | "his" | "she" | "her") && ctx.tok_quote[k].is_none() {
            k += 1;
            continue;
        }
        if matches!(l, "he" | "him" | "his" | "she" | "her") {
            // inside a quote "he" is never the speaker; in reported speech it often is
            // ("Hale said he wants …"), and then it is left out rather than passed on
            let quoted = ctx.tok_quote[k].is_some();
            // ("a woman … in her lifetime": any woman, no topic)
            // ("X, whose sister died, said it came too late for her": the unnamed sister)
            if bound_to_indefinite(doc, ctx, k) || bound_to_kin(doc, ctx, k) {
                k += 1;
                continue;
            }
            if let Some(e) = resolve_pronoun(doc, ctx, k, if quoted { speaker } else { None }) {
                if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker {
                    out.push(e);
                }
            }
        } else if let Some((es, end)) = matches!(l, "the" | "both" | "two").then(|| plural_description_at(doc, k, b)).flatten() {
            for e in es {
                if !out.contains(&e) && !exclude.contains(&e) && Some(e) != speaker {
                    out.push(e);
                }
            }
            k = end;
            continue;
        } else if l == "the" {
            // ("A Harbor Pay official said the company would …", its chief executive saying so:
            // the speaker's own company, no topic)
            let executive = |r: &crate::model::Role| {
                let h = r.head.to_lowercase();
                !r.former && ["chief", "ceo", "chair", "president", "founder", "spokes", "director", "official"].iter().any(|w| h.contains(w))
            };
            // ("The ACCC alleges …. It says the company refused refunds", "ACCC chair X said the
            // regulator would seek orders that the company compensate …": a public body, which a
            // story never calls "the company", and its officers speak of the company, not for it)
            let public = |o: usize| crate::extract::statements::public_body(&doc.entities[o].name);
            let employed = || speaker.is_some_and(|s| doc.entities[s].kind == EntityKind::Organization && !public(s) || doc.roles.iter().any(|r| r.holder == s && executive(r) && r.of.is_some_and(|o| doc.entities[o].kind == EntityKind::Organization && !public(o))));
            let company = company_topic(doc, k, b);
            // ("Budget Director X told aldermen that the city would have to …", "Mayor X said
            // the city would ask …": a body or an office holder speaks for the city, no topic)
            // (a councillor facing the mayor, a watchdog, a lawyer speak of the city; a chamber of
            // commerce speaks for its businesses, as the city's own offices do)
            let city_voice = || speaker.is_some_and(|s| {
                let n = doc.entities[s].name.to_lowercase();
                doc.entities[s].kind == EntityKind::Organization && ["office", "department", "council", "authority", "administration", "government", "municipality", "chamber"].iter().any(|w| n.split(' ').any(|x| x == *w))
                    || doc.roles.iter().any(|r| {
                        let h = r.title.to_lowercase();
                        r.holder == s && !r.former && ["mayor", "governor", "director", "manager", "official", "spokes", "chief", "clerk", "administrat", "deputy", "secretary", "minister", "officer"].iter().any(|w| h.contains(w))
                    })
            });
            if let Some((_, end)) = company.filter(|_| employed()) {
                k = end;
                continue;
            }
            // ("would ask the President, Ann Quist, to …": a title the person's name follows in
            // apposition is that person, listed at the name, not an earlier holder of the title)
            let description = description_at(doc, ctx, k, b);
            if let Some((_, end)) = description.filter(|&(_, end)| name_in_apposition(doc, ctx, end, b)) {
                k = end;
                continue;
            }
            if let Some((e, end)) = description.or_else(|| org_by_head_in(doc, k, b, true)).or_else(|| ruling_body(doc, k, b)).or_else(|| opposition_at(doc, k, b)).or(company).or_else(|| board_owner(doc, k, b)).or_else(|| place_by_head(doc, k, b)).or_else(|| city_as_subject(doc, k, b).filter(|_| !city_voice())) {
                // ("told the court the pair had …": a body told is the audience, no topic, as
                // a named one is in `venue`)
                let told = k > 0 && told_form(&doc.tokens[k - 1].lower);
                // (a premier's or a minister's "the government would …" is his own government,
                // no topic, also when the story names a regional one the phrase was taken for
                // ("The NSW government says …", then "Premier X said the government would …");
                // another's "called on the government to …" keeps it)
                let own_government = || {
                    end == k + 2
                        && doc.tokens[k + 1].lower == "government"
                        && doc.entities[e].kind == EntityKind::Organization
                        && doc.entities[e].name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("government"))
                        && speaker.is_some_and(|s| crate::extract::statements::serving_government_office(doc, s))
                };
                if own_government() {
                    k = end;
                    continue;
                }
                if !told && !out.contains(&e) && Some(e) != speaker {
                    out.push(e);
                }
                k = end;
                continue;
            }
        }
        k += 1;
    }
    out
}

/// "the President, Ann Quist,": a comma at `end` (where a description of an office ends) and a
/// person's name right after it (an honorific may stand first), closed by a comma or the
/// span's end at `b`: the name says who holds the office.
fn name_in_apposition(doc: &Doc, ctx: &Ctx, end: usize, b: usize) -> bool {
    if end + 1 >= b || doc.tokens[end].lower != "," {
        return false;
    }
    let person = |j: usize| ctx.tok_mention[j].map(|m| &doc.mentions[m]).filter(|m| doc.entities[m.entity].kind == EntityKind::Person);
    let m = person(end + 1).or_else(|| (end + 2 < b && doc.tokens[end + 1].cap).then(|| person(end + 2)).flatten());
    m.is_some_and(|m| {
        let after = doc.token_at(m.span.end);
        after >= b || matches!(doc.tokens[after].lower.as_str(), "," | "." | ";" | ")")
    })
}

/// A state's adjective at token `k` before a plural noun for the people living or working in
/// it ("Portuguese households", "Norwegian voters", "American workers"), not followed by "to":
/// they are the ones spoken of, no topic standing for the state (the golds of sets 80–102 leave such a state out; its officials, forces and government,
/// "Thai soldiers", "Chilean officials", stay the state's).
/// Also a minister's "his Lebanese counterpart", the one person he met (5 of 5 golds leave
/// the state out). (Not "the Greek people": the golds leave the state out 18 times and list it
/// 4 times, "the interests of the Haitian people" listed where "the interests of the Sudanese
/// people" is not; NOTES, mendFF.)
pub(crate) fn populace_not_state(doc: &Doc, k: usize) -> bool {
    // (not its companies or industry: "Taiwanese companies would comply", said by its economy
    // minister, stays the state in set32's gold)
    const POPULACE: &[&str] = &["households", "voters", "citizens", "taxpayers", "consumers", "families", "workers", "lives", "jobs", "women", "children", "public", "shareholders", "savers", "pensioners", "patients", "students", "counterpart"];
    // (nor its ground and its institutions as places where something happens or is judged:
    // "on British streets", "in Venezuelan waters", "entered Polish airspace", "on Irish roads",
    // "before a Kazakh court", "in the history of Polish courts", "in British history", "Canadian
    // politics"; 24 of 24 golds leave the state out. Not "law" (6 out, 2 in: "above Brazilian
    // law") nor "soil" (5 out, 1 in))
    const GROUND: &[&str] = &["streets", "waters", "airspace", "roads", "court", "courts", "history", "politics"];
    doc.tokens[k].cap
        && Lexicon::get().country_adjectives.contains_key(doc.tokens[k].lower.as_str())
        && doc.tokens.get(k + 1).is_some_and(|x| !x.cap && (POPULACE.contains(&x.lower.as_str()) || GROUND.contains(&x.lower.as_str())))
        // (not those an action is allowed or asked of, "rules that allowed Chinese families to
        // buy …", kept as an addressee is)
        && doc.tokens.get(k + 2).is_none_or(|x| x.lower != "to")
}

/// A plural demonym at token `k` that is no adjective too ("Singaporeans", "Canadians", not
/// "Chinese"), with no "the" or preposition before it and no relative pronoun after it: a
/// state's people, no topic standing for the state.
pub(crate) fn people_not_state(doc: &Doc, k: usize) -> bool {
    let lex = Lexicon::get();
    let l = doc.tokens[k].lower.as_str();
    lex.demonyms.contains_key(l)
        && !lex.country_adjectives.contains_key(l)
        && !(k > 0 && doc.tokens[k - 1].lower == "the")
        // (nor after a preposition: "decide for Ukrainians", "pointed at Americans", "used by
        // tens of millions of Indonesians" are about the state in the golds)
        && !(k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "of" | "for" | "at" | "to" | "against" | "on" | "with" | "from" | "among" | "toward" | "towards" | "by" | "about"))
        && doc.tokens.get(k + 1).is_none_or(|x| !matches!(x.lower.as_str(), "who" | "whom" | "which" | "that"))
}

/// After a person's name ending at token `k` (before `limit`): the lower-case noun of a
/// government or camp it modifies ("Marcos administration", "Modi government"), or "and" with
/// another person's name before that noun ("the Roe and Poe camps").
/// The state a person's present role in the article is of, if any ("the Roe government" is
/// that state's).
pub(crate) fn governed_state(doc: &Doc, p: usize) -> Option<usize> {
    doc.roles.iter().filter(|r| r.holder == p && !r.former).filter_map(|r| r.of).map(|o| doc.actor_of(o)).find(|&o| doc.entities[o].kind == EntityKind::Country)
}

pub(super) fn governs_as_modifier(doc: &Doc, ctx: &Ctx, k: usize, limit: usize) -> bool {
    let noun = |j: usize| j < limit && doc.tokens.get(j).is_some_and(|t| !t.cap && matches!(t.lower.as_str(), "administration" | "government" | "regime" | "camp" | "camps"));
    if noun(k) {
        return true;
    }
    if k + 1 >= limit || doc.tokens[k].lower != "and" {
        return false;
    }
    let Some(m) = ctx.tok_mention[k + 1] else { return false };
    let m = &doc.mentions[m];
    doc.token_at(m.span.start) == k + 1 && doc.entities[m.entity].kind == EntityKind::Person && noun(doc.token_at(m.span.end))
}

/// "called on parliament to withdraw it", "the legislature", "the upper house would not
/// vote" (`t` at the phrase): the one legislature (or upper or lower chamber) the story named
/// before by its name ("House of Representatives (DPR)", "Senate", "Chamber of Deputies").
/// Asked only at these words.
pub(super) fn legislature_at(doc: &Doc, t: usize, limit: usize) -> Option<(usize, usize)> {
    const LOWER: &[&str] = &["house of representatives", "chamber of deputies", "national assembly", "house of commons", "lok sabha", "state duma", "bundestag", "house of the people"];
    const UPPER: &[&str] = &["senate", "house of lords", "rajya sabha", "house of councillors", "federation council", "bundesrat", "national council of provinces"];
    const OTHER: &[&str] = &["parliament", "congress", "knesset", "national congress", "legislative assembly", "majlis", "riksdag", "sejm", "verkhovna rada", "grand national assembly", "storting", "stortinget", "folketing", "folketinget", "eduskunta", "althing", "saeima", "seimas", "riigikogu", "oireachtas", "dail", "dail eireann"];
    let tok = |i: usize| if i < limit { doc.tokens.get(i).map_or("", |x| x.lower.as_str()) } else { "" };
    let the = usize::from(tok(t) == "the");
    let (kinds, end): (&[&[&str]], usize) = match (tok(t + the), tok(t + the + 1)) {
        ("parliament" | "legislature", _) if !doc.tokens[t + the].cap => (&[LOWER, UPPER, OTHER], t + the + 1),
        ("upper", "house" | "chamber") if the == 1 => (&[UPPER], t + 3),
        ("lower", "house" | "chamber") if the == 1 => (&[LOWER], t + 3),
        _ => return None,
    };
    // (what the word heads is another thing: "parliament's speaker", "the parliament building")
    if doc.tokens.get(end).is_some_and(|x| x.kind == TokenKind::Word && (x.lower == "'s" || x.lower == "\u{2019}s" || !x.cap && !Lexicon::get().stopwords.contains(&x.lower) && !Lexicon::get().cues.contains_key(&x.lower))) {
        return None;
    }
    let before = doc.tokens[t].span.start;
    let fits = |e: usize| {
        let ent = &doc.entities[e];
        if ent.kind != EntityKind::Organization {
            return false;
        }
        let name = crate::lexicon::fold(&ent.name);
        kinds.iter().any(|k| k.iter().any(|n| name == *n || name.strip_suffix(n).is_some_and(|p| p.ends_with(' ')) && !name.contains(" of ")))
    };
    let named = || doc.mentions.iter().take_while(|m| m.span.end <= before).map(|m| m.entity).filter(|&e| fits(e));
    // (a state's parliament and a union's both named — "spoke in the Sejm", "a member of the
    // European Parliament" — the lower-case word is the state's: the union's is written by its
    // name, or with a capital)
    let union = |e: usize| {
        let name = crate::lexicon::fold(&doc.entities[e].name);
        ["european ", "pan-african ", "arab ", "andean ", "central american ", "latin american ", "east african "].iter().any(|p| name.starts_with(p))
    };
    the_one(named()).or_else(|| the_one(named().filter(|&e| !union(e)))).map(|e| (e, end))
}
