//! The passes over all statements once found and sorted: speakers settled from a transcript
//! line, the report around a quote, the story's government, a body named in full; and what a
//! statement is not about (its speaker's own side, a capital beside its state, a source cited).

use super::*;

/// A report whose speaker is "I" or "we" inside a transcript line is the line's speaker's.
/// ("MINISTER: … I said this directly to …": "I" and "we" in a transcript line are the
/// line's speaker, as in a quote)
pub(super) fn transcript_first_person(doc: &Doc, out: &mut [Statement]) {
    let lines: Vec<(Span, usize)> = out.iter().filter(|s| s.kind == StatementKind::Direct && s.cue == ":").filter_map(|s| Some((s.text, s.speaker?))).collect();
    if !lines.is_empty() {
        for st in out.iter_mut().filter(|s| s.kind == StatementKind::Reported && s.speaker.is_none()) {
            let (Some(sp), Some(cs)) = (st.speaker_text, st.cue_span) else { continue };
            if !matches!(doc.slice(sp).to_lowercase().as_str(), "i" | "we") {
                continue;
            }
            if let Some(&(_, e)) = lines.iter().find(|(l, _)| l.start <= cs.start && cs.end <= l.end) {
                st.speaker = Some(e);
                st.speaker_text = None;
            }
        }
    }
}

/// A quote whose unnamed speaker opens the report around it takes that report's speaker.
/// ("A Norwegian foreign ministry spokesperson said Oslo … and urged Chile to accept it “…”": a
/// quote whose unnamed speaker opens the reported clause that holds it speaks as that
/// clause's speaker, which the same words named)
pub(super) fn speaker_of_report_around(out: &mut [Statement]) {
    let named: Vec<(Span, usize)> = out.iter().filter(|s| s.kind == StatementKind::Reported).filter_map(|s| Some((s.text, s.speaker?))).collect();
    if !named.is_empty() {
        for st in out.iter_mut().filter(|s| s.kind == StatementKind::Direct && s.speaker.is_none()) {
            let Some(sp) = st.speaker_text else { continue };
            if let Some(&(_, e)) = named.iter().find(|(r, _)| r.start == sp.start && st.text.end <= r.end + 1) {
                st.speaker = Some(e);
                st.speaker_text = None;
            }
        }
    }
}

/// Each statement's about list loses its speaker, and the state or body the speaker speaks for.
/// a statement is not "about" the state or body its speaker speaks for ("Russian Foreign
/// Minister Lavrov said Moscow would …")
/// (nor about the speaker itself, the state an institution stands for — "the Elysee said
/// Paris would …" — or the state whose adjective names a body: "the Chilean Defence
/// Ministry said Santiago had …")
pub(super) fn not_about_own_side(doc: &Doc, ctx: &Ctx, out: &mut [Statement]) {
    for st in out.iter_mut() {
        let Some(sp) = st.speaker else { continue };
        // (a lawyer's client is no body she speaks for but the one her words are about: "Ruiz's
        // attorney, Naomi Feld, … said Ruiz would plead not guilty", as set 77's gold has it)
        let counsel = |r: &crate::model::Role| {
            r.of.is_some_and(|o| doc.entities[o].kind == EntityKind::Person)
                && r.title.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "lawyer" | "lawyers" | "attorney" | "attorneys" | "solicitor" | "barrister" | "counsel"))
        };
        let mut own: Vec<usize> = doc.roles.iter().filter(|r| r.holder == sp && !counsel(r)).filter_map(|r| r.of).flat_map(|o| [Some(o), doc.entities[o].stands_for, parent_body(doc, o), body_country(doc, o)]).flatten().collect();
        own.extend([Some(sp), doc.entities[sp].stands_for, body_country(doc, sp), named_parent(doc, sp)].into_iter().flatten());
        // (a court's own chambers: "the judges said the Pre-Trial Chamber had not erred" is the
        // court speaking of a part of itself)
        if is_court(&doc.entities[sp]) {
            own.extend(doc.entities.iter().enumerate().filter(|(_, x)| x.kind == EntityKind::Organization && !x.name.contains(" of ") && x.name.split(' ').rev().take(2).any(|w| w == "Chamber")).map(|(i, _)| i));
        }
        // (and the one body of the article a title with no "of" names by its office: "Governor
        // Jane Roe" and the article's central bank, "Defense Minister Jane Roe" and its
        // Ministry of Defense)
        // (a civil servant's one department: "Deputy secretary Jane Roe told the committee the
        // department would …", the department, not its state)
        own.extend(department_of_secretary(doc, sp));
        // (a ministry named with its state's adjective, "the Japanese transport ministry", is
        // his own, but not its state: what he says of his state stays as the golds have it)
        for b in bodies_of_titles(doc, sp) {
            let adjective = opens_with_state_adjective(&doc.entities[b].name);
            own.extend([Some(b), doc.entities[b].stands_for, body_country(doc, b).filter(|_| !adjective)].into_iter().flatten());
        }
        // (a person whose office names no body speaks for the body his clause opens with by a
        // word of its name, when the office heads or sits on it: "At Harwick College,
        // president Jane Roe said the college would sell …", "Coun. Jane Roe said the council
        // would ask …"; see `title_of_body`)
        if doc.entities[sp].kind == EntityKind::Person && doc.roles.iter().all(|r| r.holder != sp || r.of.is_none()) {
            if let Some((e, _)) = head_word_subject(doc, st).filter(|&(e, h)| doc.roles.iter().any(|r| r.holder == sp && title_of_body(doc, r, e, h))) {
                own.push(e);
            }
        }
        // (a county board's chair and "the county" her clause opens with: `own_region_by_head`)
        own.extend(own_region_by_head(doc, st, sp));
        // (but his state as a possessor or after "of" is a topic: "must reflect Norway's
        // terms", "the future of Norway")
        let possessed = |e: usize| {
            // (in what is said, after the cue: not "Norway's foreign minister said …")
            let from = match (st.kind, st.cue_span) {
                (StatementKind::Reported, Some(c)) if c.end <= st.text.end => c.end.max(st.text.start),
                _ => st.text.start,
            };
            let (a, b) = (doc.token_at(from), doc.token_at(st.text.end));
            let b = coordinated_appeal(doc, a, b).unwrap_or(b);
            // (and, as the object of a preposition, his own body: "Serbia's place is in the
            // European Union" said by an EU commissioner)
            // (not his state or its capital: the example gold leaves a state's own laws, and its
            // capital as where something headed, out of its speaker's list)
            let object = |k: usize| {
                let k = if k > 0 && doc.tokens[k - 1].lower == "the" { k - 1 } else { k };
                k > 0 && matches!(doc.tokens[k - 1].lower.as_str(), "of" | "in" | "into" | "to" | "from" | "against" | "with" | "toward" | "towards" | "at" | "for" | "about" | "on")
            };
            let kind = doc.entities[e].kind;
            e != sp && (kind == EntityKind::Country || kind == EntityKind::Organization) && (a..b).any(|k| {
                ctx.tok_mention.at(k).is_some_and(|m| doc.mentions[m].entity == e && doc.token_at(doc.mentions[m].span.start) == k && {
                    let after = doc.token_at(doc.mentions[m].span.end);
                    // (not a name's modifier: "ships along the Taiwan Strait")
                    let modifier = doc.tokens.get(after).is_some_and(|t| t.cap && t.kind == TokenKind::Word);
                    kind == EntityKind::Country && (doc.tokens.get(after).is_some_and(|t| matches!(t.lower.as_str(), "'s" | "’s")) || k > 0 && doc.tokens[k - 1].lower == "of") || kind == EntityKind::Organization && object(k) && !modifier
                })
            })
        };
        // (a capital beside towns of its own state is a town there: `capital_in_list_of_towns`)
        let text = st.text;
        let town = |e: usize| !own.contains(&e) && capital_in_list_of_towns(doc, ctx, text, e);
        st.about.retain(|&e| !own.contains(&e) && !own.contains(&doc.actor_of(e)) || possessed(e) || town(e));
    }
}

/// A capital named in a list with other towns is the city, not its state's government.
/// ("said rents were out of reach in Dublin, Cork and Galway" by a speaker for Ireland:
/// `not_about_own_side` drops a capital as its state, "Moscow would …" said by a Russian
/// minister, but beside towns of its own state that stand for no state it is a town where
/// something happens; not "between Moscow and Kyiv", two capitals, nor "Taipei and
/// Hargeisa", a town of another state)
fn capital_in_list_of_towns(doc: &Doc, ctx: &Ctx, text: Span, e: usize) -> bool {
    if doc.entities[e].kind != EntityKind::Place {
        return false;
    }
    let (a, b) = (doc.token_at(text.start), doc.token_at(text.end));
    let entity_at = |k: usize| ctx.tok_mention.get(k).map(|m| doc.mentions[m].entity);
    // (a town of the capital's own country that stands for no state, "Cork", not "Hargeisa")
    let same_country_town = |x: usize| {
        let (t, c) = (&doc.entities[x], &doc.entities[e]);
        x != e && t.kind == EntityKind::Place && t.stands_for.is_none() && t.country.is_some() && t.country == c.country
    };
    let town_at = |k: usize| k >= a && k < b && entity_at(k).is_some_and(same_country_town);
    let joins = |k: usize| doc.tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "," | "and" | "or"));
    doc.mentions.iter().filter(|m| m.entity == e && m.span.start >= text.start && m.span.end <= text.end).any(|m| {
        let (k, end) = (doc.token_at(m.span.start), doc.token_at(m.span.end));
        joins(end) && town_at(end + 1) || k >= 2 && joins(k - 1) && town_at(k - 2)
    })
}

/// "The government", unresolved, is the story's own state.
/// ("JUBA, South Sudan — … The government has denied the charge": "the government" that no
/// rule resolved, under a dateline in a capital, is that capital's state; with no dateline,
/// the state the article is mostly about, as "a government spokesman" is)
/// (`home` the dateline's state; else, in a story of one state or province of a federation,
/// that region, `home_region`)
pub(super) fn home_government(doc: &Doc, out: &mut [Statement], home: Option<usize>) {
    if let Some(h) = home.or_else(|| home_region(doc)).or_else(|| home_country(doc)) {
        for st in out.iter_mut().filter(|st| st.speaker.is_none()) {
            let Some(t) = st.speaker_text else { continue };
            let a = doc.token_at(t.start);
            // (and "the federal government", "the central government", "the national
            // government": the state's government by the level it governs at)
            let level = |k: usize| crate::extract::np::government_level(&doc.tokens[k].lower);
            let government = |k: usize| doc.token_at(t.end) == k + 1 && doc.tokens[k].lower == "government";
            if doc.tokens[a].lower == "the" && (government(a + 1) || level(a + 1) && government(a + 2)) {
                st.attribute_to(h);
            }
        }
    }
}

/// An official's statement is not about the state he speaks for, named as its subject.
/// (an official of a state whose state is not named in his title speaks for the state he
/// names as the subject of what he says: "Foreign Minister Jane Roe said Norway would …",
/// "a government spokesman said Oslo had …", "“Norway will not bow,” the minister said")
/// (`subjects`: each statement's content subject, read before `home_government`)
/// (a bare "President X" speaks for the state his first clause opens with only when it is the
/// story's own, by its dateline or else the state it names most: "President X said Norway
/// would …" in a story from Oslo; not "said Russia had timed the attack …", nor a second
/// clause, "and that France should ban …")
pub(super) fn state_spoken_for(doc: &Doc, ctx: &Ctx, out: &mut [Statement], subjects: &[Option<usize>], home: Option<usize>) {
    let story_state = home.or_else(|| home_country(doc));
    for i in 0..out.len() {
        let Some(sp) = out[i].speaker else { continue };
        // (a chancellor or a secretary with no state named, `cabinet_office_without_state`, as a
        // bare president: the story's own state as his first clause's subject, only in what he
        // is reported to say and the quotes inside it; a quote of his own that opens with a
        // state, "“Iran was given every chance …”", is about it)
        let official = state_official_without_state(doc, sp);
        let office = !official && cabinet_office_without_state(doc, sp);
        if !official {
            if bare_president(doc, sp) || office {
                let outer = out.iter().enumerate().find(|(_, r)| r.kind == StatementKind::Reported && r.speaker == Some(sp) && out[i].kind == StatementKind::Direct && r.text.start < out[i].text.start && out[i].text.end <= r.text.end).map(|(j, _)| j);
                let me = (!office || out[i].kind == StatementKind::Reported).then_some(i);
                // (not a state told what it must do: "has said that Taiwan must spend more")
                let told = |j: usize| office && said_clause_start(doc, &out[j]).is_some_and(|k| (k..(k + 4).min(doc.tokens.len())).any(|x| matches!(doc.tokens[x].lower.as_str(), "must" | "should")));
                let subj: Vec<usize> = [me, outer].into_iter().flatten().filter(|&j| !told(j)).filter_map(|j| first_content_subject(doc, ctx, &out[j]).filter(|&s| Some(s) == story_state)).collect();
                out[i].about.retain(|&e| !subj.contains(&e) && !subj.contains(&doc.actor_of(e)));
            }
            continue;
        }
        // (under a dateline in another country's capital, a ministry's spokesperson is most
        // often that country's: "BEIJING — … “Japan should reflect on its history,” Mao said")
        if home.is_some_and(|h| subjects[i].is_some_and(|s| s != h)) {
            continue;
        }
        // (a quoted fragment inside a report has the report's subject)
        let outer = out.iter().enumerate().find(|(_, r)| r.kind == StatementKind::Reported && r.speaker == Some(sp) && out[i].kind == StatementKind::Direct && r.text.start < out[i].text.start && out[i].text.end <= r.text.end).map(|(j, _)| j);
        let subj: Vec<usize> = [subjects[i], outer.and_then(|j| subjects[j])].into_iter().flatten().collect();
        out[i].about.retain(|&e| !subj.contains(&e) && !subj.contains(&doc.actor_of(e)));
    }
}

/// An unnamed body speaking is the body the story names in full further down.
/// ("the electoral commission announced …", the body named in full further down)
pub(super) fn body_named_later(doc: &Doc, out: &mut [Statement]) {
    for st in out.iter_mut() {
        if let Some(e) = st.speaker_text.filter(|_| st.speaker.is_none()).and_then(|sp| crate::extract::np::body_named_in_full(doc, sp)) {
            st.speaker = Some(e);
            st.speaker_text = None;
        }
    }
}

/// A capital listed beside the state it stands for is dropped from the about list.
/// (a capital beside the state it stands for, "criticised Budapest's veto" about Hungary
/// and Budapest, is that state once)
pub(super) fn capital_beside_its_state(doc: &Doc, out: &mut [Statement]) {
    for st in out.iter_mut() {
        let listed = st.about.clone();
        st.about.retain(|&e| !(doc.entities[e].kind == EntityKind::Place && doc.entities[e].stands_for.is_some_and(|s| listed.contains(&s))));
    }
}

/// An actor named only as the source cited ("according to X") in a statement is no part of what it
/// is about.
/// ("…, she told a briefing, according to the RIA news agency": the source cited after
/// "according to" tells where the words come from, not what they are about; an actor only
/// so named in the statement's text is left out of its list)
pub(super) fn source_cited_in_text(doc: &Doc, out: &mut [Statement]) {
    for st in out.iter_mut() {
        let (a, b) = (doc.token_at(st.text.start), doc.token_at(st.text.end));
        // (most statements cite no one: the mentions are read only where "according" stands)
        if !(a..b).any(|k| doc.tokens[k].lower == "according") {
            continue;
        }
        let cited = |k: usize| {
            let k = if k > 0 && doc.tokens[k - 1].lower == "the" { k - 1 } else { k };
            k >= 2 && doc.tokens[k - 1].lower == "to" && doc.tokens[k - 2].lower == "according"
        };
        st.about.retain(|&e| {
            let mut inside = doc.mentions.iter().filter(|m| (m.entity == e || doc.actor_of(m.entity) == e) && m.span.start >= st.text.start && m.span.end <= st.text.end).peekable();
            inside.peek().is_none() || !inside.all(|m| { let k = doc.token_at(m.span.start); k >= a && k < b && cited(k) })
        });
    }
}

/// A quote is not about the source its sentence cites after "according to".
/// ("…, the prime minister directed X to complete the review “at the earliest.”" after
/// "According to a statement from the PM Office,": a quote's words are about no source the
/// sentence cites, named only in the phrase after "according to")
pub(super) fn source_cited_in_sentence(doc: &Doc, ctx: &Ctx, out: &mut [Statement]) {
    for st in out.iter_mut().filter(|s| s.kind == StatementKind::Direct && !s.about.is_empty()) {
        let (a, b) = crate::extract::np::sentence_tokens(doc, doc.token_at(st.text.start));
        let Some(k) = (a..b).find(|&k| doc.tokens[k].lower == "according" && doc.tokens.get(k + 1).is_some_and(|x| x.lower == "to")) else { continue };
        let src_end = (k + 2..b).find(|&j| matches!(doc.tokens[j].lower.as_str(), "," | "." | ";") || ctx.tok_quote.at(j).is_some()).unwrap_or(b).min(k + 10);
        let (from, to) = (doc.tokens[k].span.start, doc.tokens[src_end - 1].span.end);
        let (sa, sb) = (doc.tokens[a].span.start, doc.tokens[b - 1].span.end);
        st.about.retain(|&e| {
            let mut here = doc.mentions.iter().filter(|m| (m.entity == e || doc.actor_of(m.entity) == e) && m.span.start >= sa && m.span.end <= sb).peekable();
            here.peek().is_none() || !here.all(|m| m.span.start >= from && m.span.end <= to)
        });
    }
}
