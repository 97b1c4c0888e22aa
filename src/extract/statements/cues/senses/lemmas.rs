//! The senses of one cue verb at a time that are no speech: a quarrel ("argued over"), a rite
//! ("observed a minute's silence"), results ("posted a loss"), force ("attacked a convoy"), an
//! act of state ("declared martial law"), a game's score ("conceded a penalty"), …

use super::*;

impl Sense<'_> {
    /// The verb's own senses, by its lemma, in this order; a verb with none speaks. A case with
    /// `=>` answers whether the verb speaks; one with `if` answers true when it does not.
    #[inline(always)]
    pub(in super::super) fn by_lemma(&self) -> bool {
        let Sense { doc, t, lemma, .. } = *self;
        match lemma {
            "argue" => self.argue_claims(),
            "observe" => self.observe_remarks(),
            "believe" | "think" | "feel" if self.belief_in_condition() => false,
            "post" if self.posting_pictures() => false,
            "post" | "report" if self.company_results() => false,
            "report" if self.reported_event_in_relative() => false,
            "report" => self.report_not_from(),
            "publish" if self.document_finds() => false,
            "suspect" | "allege" => self.suspect_not_before_noun(),
            "rule" => self.rule_decides(),
            "publish" => self.publish_not_dating(),
            "deny" => self.deny_no_grant(),
            // ("attacked the government's record", "attacked Hale as a liar", "attacked him for …"
            // are words; "attacked Kyiv with drones", "attacked a convoy" are force)
            "attack" => in_words_not_force(doc, t),
            // ("troops defended the town against assaults" is force; "defended the decision",
            // "defended Hale as …" are words)
            "defend" => in_words_not_force(doc, t),
            "dismiss" => self.dismiss_words(),
            "welcome" => self.welcome_no_host(),
            "sing" => self.sing_words(),
            "maintain" => self.maintain_stance(),
            "advise" => self.advise_speaks(),
            "know" => self.know_states(),
            "claim" => self.claim_asserts(),
            "counter" => self.counter_answers(),
            "charge" => self.charge_accuses(),
            "plan" => self.plan_stated(),
            "call" => self.call_speaks(),
            // ("sees the plan as a threat", "sees no reason to …" is a view; "the city saw record
            // rain", "would see their incomes rise", "flock to see the lanterns" are not)
            "see" => sees_as_view(doc, t),
            "support" => self.support_endorses(),
            "concede" => self.concede_no_score(),
            "show" => self.show_finding(),
            "rate" => self.rated_judges(),
            "back" => self.back_supports(),
            "decline" => self.decline_no_fall(),
            "challenge" => self.challenge_words(),
            "vote" => self.vote_no_noun(),
            "compare" => self.compare_speaks(),
            "assume" => self.assume_belief(),
            "ask" => self.ask_speaks(),
            "want" => self.want_wish(),
            "plead" => self.plead_no_plea(),
            // ("invoked the Emergency Powers Act", "invoked Article 5", "invoked the state's
            // emergency powers": a law or a power put to use is an act, no words; "invoked the
            // memory of …", "invoked Churchill" still speak)
            "invoke" => !invoked_a_law(doc, t),
            "declare" => self.declare_no_act(),
            "add" => self.add_no_quantity() && !self.added_things_to(),
            "recall" => self.recall_memory(),
            _ => true,
        }
    }

    /// ("Dassault and Airbus arguing over the division of work", "ministers argued among
    /// themselves": a quarrel, no claim)
    #[inline(always)]
    fn argue_claims(&self) -> bool {
        let Sense { next, .. } = *self;
        !matches!(next, "over" | "among" | "amongst" | "between")
    }

    /// ("the army would observe the truce", "observed a minute's silence": keeping a rule or
    /// a rite, not a remark; a remark observes "that …", a quotation, or ends its clause)
    #[inline(always)]
    fn observe_remarks(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        matches!(next, "that" | ":" | "," | "." | ";" | "") || doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Quote)
    }

    /// ("allows any member to ask for talks when it believes its security is threatened": a
    /// belief in a clause of time or condition, with a pronoun for its subject, is no one's view)
    #[inline(always)]
    fn belief_in_condition(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        t >= 2 && matches!(doc.tokens[t - 1].lower.as_str(), "it" | "they" | "he" | "she" | "we" | "you") && matches!(doc.tokens[t - 2].lower.as_str(), "when" | "whenever" | "if" | "unless")
    }

    /// ("wrote on Facebook, posting photographs of the letters": a participle after a comma
    /// that puts up pictures adds no words; "posted a photograph of the pier and wrote
    /// that …" keeps its own cue, and "posting a video" may carry words)
    #[inline(always)]
    fn posting_pictures(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        doc.tokens[t].lower == "posting" && t > 0 && doc.tokens[t - 1].lower == "," && (t + 1..(t + 4).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| matches!(doc.tokens[j].lower.as_str(), "photo" | "photos" | "photograph" | "photographs" | "picture" | "pictures" | "image" | "images" | "selfie" | "selfies"))
    }

    /// ("posted a loss of …", "reported record profits": a company's results, not words)
    #[inline(always)]
    fn company_results(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        (t + 1..(t + 5).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| matches!(doc.tokens[j].lower.as_str(), "loss" | "losses" | "profit" | "profits" | "deficit" | "surplus" | "revenue" | "revenues" | "earnings" | "sales"))
    }

    /// ("paying port workers who report bribes", "those who reported approaches from
    /// criminals": in a relative clause, a bare plural noun right after it is what was
    /// reported to someone, an event, not words)
    #[inline(always)]
    fn reported_event_in_relative(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        t > 0 && doc.tokens[t - 1].lower == "who" && next.len() > 3 && next.ends_with('s') && !next.ends_with("ss") && doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap)
    }

    /// "report" speaks, but not in a byline's "reported from Paris".
    #[inline(always)]
    fn report_not_from(&self) -> bool {
        let Sense { next, .. } = *self;
        next != "from"
    }

    /// ("A study published in The Lancet found that …": a document's participle, the
    /// document its subject, is no cue; the finding's verb is)
    #[inline(always)]
    fn document_finds(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        doc.tokens[t].lower == "published" && t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "study" | "report" | "paper" | "survey" | "analysis" | "review" | "article" | "letter" | "research") && (t + 1..(t + 12).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";")).any(|j| cue_at(doc, j).is_some_and(|(l, ..)| matches!(l, "find" | "show" | "suggest" | "conclude" | "say")))
    }

    /// ("… two frigates and suspected militia boats": "suspected" or "alleged" before the
    /// noun it describes, after a determiner, a conjunction or a number)
    #[inline(always)]
    fn suspect_not_before_noun(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        !(t > 0
            && (matches!(doc.tokens[t - 1].lower.as_str(), "the" | "a" | "an" | "and" | "or" | "of" | "two" | "three" | "several" | "some") || doc.tokens[t - 1].kind == TokenKind::Number)
            && doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Word && !x.cap && !Lexicon::get().stopwords.contains(&x.lower)))
    }

    /// ("the court ruled that …", "ruled in favour of …", "ruled the ban unlawful" decide;
    /// "the junta ruled the country", "Taliban ruled Afghanistan" govern)
    /// ("ruled Friday against …": a time may stand between)
    /// ("the party, which ruled for 15 years," governed: "for" and a span of time)
    #[inline(always)]
    fn rule_decides(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        doc.tokens.get(time_phrase_end(doc, t + 1, doc.tokens.len()).unwrap_or(t + 1)).is_some_and(|x| matches!(x.lower.as_str(), "that" | "in" | "against" | "on" | "out" | "for")) && !(next == "for" && (t + 2..(t + 6).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind != TokenKind::Punct).any(|j| matches!(doc.tokens[j].lower.as_str(), "years" | "decades" | "months" | "decade" | "centuries" | "generations"))) || (t + 1..(t + 8).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| matches!(doc.tokens[j].lower.as_str(), "unconstitutional" | "illegal" | "unlawful" | "lawful" | "legal" | "invalid" | "valid" | "void" | "inadmissible" | "admissible" | "null"))
    }

    /// ("In a letter to lawmakers published Thursday, X said …", "a poll published on
    /// Wednesday, …": a participle that dates a document, closed by a comma after the time;
    /// what the document says is told by another cue)
    #[inline(always)]
    fn publish_not_dating(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        !(doc.tokens[t].lower == "published" && time_phrase_end(doc, t + 1, doc.tokens.len()).is_some_and(|e| doc.tokens.get(e).is_some_and(|x| x.lower == ",")))
    }

    /// ("would deny entry to …", "denied him bail": a grant refused, not a denial of a claim)
    #[inline(always)]
    fn deny_no_grant(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        let k = if matches!(next, "him" | "her" | "them" | "us" | "me" | "it") { t + 2 } else { t + 1 };
        !doc.tokens.get(k).is_some_and(|x| matches!(x.lower.as_str(), "entry" | "access" | "visa" | "visas" | "permission" | "bail" | "passage" | "permit" | "permits" | "asylum" | "treatment" | "landing" | "funding" | "parole" | "citizenship" | "residency"))
    }

    /// ("dismissed the defence minister" fires; "dismissed the claims", "dismissed Hale as
    /// …" are words)
    #[inline(always)]
    fn dismiss_words(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        let lex = Lexicon::get();
        // (the object up to a preposition: "dismissed an appeal from President X" is words)
        let object = (t + 1..(t + 5).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word && !matches!(doc.tokens[j].lower.as_str(), "from" | "of" | "by" | "to" | "for" | "on" | "in"));
        let words = (t + 1..(t + 12).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";")).any(|j| doc.tokens[j].lower == "as");
        words || !object.clone().any(|j| lex.titles.get(&doc.tokens[j].lower).is_some_and(|x| x.class != crate::lexicon::TitleClass::Honorific) || matches!(doc.tokens[j].lower.as_str(), "staff" | "employees" | "workers" | "officials" | "officers" | "players"))
    }

    /// ("welcomed the delegation at the airport", "welcomed Hale to the summit" host)
    #[inline(always)]
    fn welcome_no_host(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        !(t + 1..(t + 5).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| matches!(doc.tokens[j].lower.as_str(), "delegation" | "delegations" | "guests" | "visitors" | "delegates" | "crowd" | "crowds" | "fans" | "participants" | "tourists" | "pilgrims"))
            && !doc.mention_at_token(t + 1).is_some_and(|m| doc.entities[doc.mentions[m].entity].kind == EntityKind::Person && doc.tokens.get(doc.token_at(doc.mentions[m].span.end)).is_some_and(|x| matches!(x.lower.as_str(), "to" | "at" | "back" | "home" | "into")))
    }

    /// ("sang the national anthem" is no speech; a quote or a clause after it is, or
    /// singing to someone)
    #[inline(always)]
    fn sing_words(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        matches!(next, "that" | ":" | "," | "to") || doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Quote)
    }

    /// ("maintains that …", "maintained his innocence" speak; "maintains a programme" keeps)
    #[inline(always)]
    fn maintain_stance(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        let after = doc.tokens.get(t + 2).map_or("", |x| x.lower.as_str());
        matches!(next, "that" | ":" | "," | "." | ";" | "" | "he" | "she" | "it" | "they" | "we" | "i" | "there") || doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Quote) || matches!(after, "innocence" | "position" | "stance" | "view" | "claim" | "claims" | "denial" | "denials" | "opposition" | "support")
    }

    /// ("she advises the president" holds a post; "advised him to …", "advised against …",
    /// "advised that …" speak)
    #[inline(always)]
    fn advise_speaks(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        matches!(next, "that" | "against" | "caution" | "restraint") || (t + 1..(t + 7).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ",")).any(|j| matches!(doc.tokens[j].lower.as_str(), "to" | "against" | "not" | "that"))
    }

    /// ("every right to know", "the best plan I know of": no knowledge stated)
    /// (nor an explainer's "What we know about …", "Everything we know so far": what the
    /// writers know, a heading, no one's claim)
    #[inline(always)]
    fn know_states(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        next != "of"
            && !(t > 1 && doc.tokens[t - 1].lower == "to" && matches!(doc.tokens[t - 2].lower.as_str(), "right" | "need" | "needs" | "want" | "wants" | "wanted" | "deserve" | "deserves"))
            && !(t > 1 && matches!(doc.tokens[t - 1].lower.as_str(), "we" | "i" | "you") && matches!(doc.tokens[t - 2].lower.as_str(), "what" | "everything" | "all"))
    }

    /// ("the strike claimed the lives of 12 civilians", "claimed the seat", "claimed gold"
    /// take, they assert nothing; nor does a claim to land or sea, "Both countries claim the
    /// region in full", "Norway claims almost the entire Barents Sea")
    #[inline(always)]
    fn claim_asserts(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        !(t + 1..(t + 5).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind != TokenKind::Punct).any(|j| matches!(doc.tokens[j].lower.as_str(), "lives" | "life" | "victims" | "seat" | "seats" | "title" | "titles" | "gold" | "silver" | "bronze" | "medal" | "medals" | "trophy" | "crown" | "championship" | "prize" | "wickets")) && !territorial_claim(doc, t)
            // ("the right to claim asylum": a claim on a thing owed, no claim that something is so)
            && !matches!(next, "asylum" | "benefits" | "compensation" | "damages")
    }

    /// ("countered that …", "“…,” she countered" answer; "countered the offensive with
    /// artillery" fights)
    #[inline(always)]
    fn counter_answers(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        matches!(next, "that" | ":" | "," | "." | ";" | "" | "by") || doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Quote)
    }

    /// ("police charged the protesters with batons", "charged at the lines", "charged a fee"
    /// are force or a price, not an accusation)
    #[inline(always)]
    fn charge_accuses(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        // ("charges as little as 4 yuan", "charges up to $9 a ride", "charges about 30 euros":
        // a price after words of degree, no accusation)
        let price = (t + 1..(t + 5).min(doc.tokens.len()))
            .skip_while(|&j| matches!(doc.tokens[j].lower.as_str(), "as" | "little" | "much" | "up" | "to" | "more" | "less" | "than" | "about" | "around" | "nearly" | "only" | "just" | "roughly" | "almost"))
            .next()
            .is_some_and(|j| j > t + 1 && (doc.tokens[j].kind == TokenKind::Number || matches!(doc.tokens[j].lower.as_str(), "$" | "£" | "€" | "¥")));
        !price && !matches!(next, "at" | "into" | "toward" | "towards" | "through" | "forward" | "up" | "$" | "£" | "€") && !doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Number) && !(t + 1..(t + 8).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | ",")).any(|j| matches!(doc.tokens[j].lower.as_str(), "batons" | "bayonets" | "truncheons" | "horses" | "fee" | "fees" | "interest" | "rent" | "prices" | "customers" | "percent"))
    }

    /// ("have been planning for better pay" prepares, it states no plan)
    #[inline(always)]
    fn plan_stated(&self) -> bool {
        let Sense { next, .. } = *self;
        next != "for"
    }

    /// ("called off the strike", "called its members out on strike": a summons, no speech)
    #[inline(always)]
    fn call_speaks(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        !matches!(next, "in" | "into" | "off") && !(matches!(next, "its" | "their" | "his" | "her" | "the") && (t + 2..(t + 5).min(doc.tokens.len())).any(|j| doc.tokens[j].lower == "out")) && !call_or_name(doc, t) && !relative_naming(doc, t)
    }

    /// ("marched in support of the strikers" is no one's endorsement)
    #[inline(always)]
    fn support_endorses(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        !(t > 0 && doc.tokens[t - 1].lower == "in" && next == "of")
    }

    /// ("conceded a penalty", "conceded two goals": a game's score, no admission)
    #[inline(always)]
    fn concede_no_score(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        !(t + 1..(t + 4).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind != TokenKind::Punct).any(|j| matches!(doc.tokens[j].lower.as_str(), "penalty" | "penalties" | "goal" | "goals" | "corner" | "corners" | "try" | "tries" | "wicket" | "wickets" | "runs" | "equaliser" | "equalizer"))
    }

    /// ("polls have shown that …": "shown" only after "has", "have" or "had", an adverb
    /// between; "was shown on television", "shown below" show nothing of anyone's)
    /// ("showed no emotion", "showed little sign of …" show a manner, not a finding)
    #[inline(always)]
    fn show_finding(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        !matches!(next, "up" | "no" | "little") && (doc.tokens[t].lower != "shown" || {
            let adverb = |w: &str| w.ends_with("ly") && w.len() > 4 || matches!(w, "also" | "likewise" | "long" | "since" | "again");
            let k = if t > 1 && adverb(&doc.tokens[t - 1].lower) { t - 2 } else { t.saturating_sub(1) };
            t > 0 && matches!(doc.tokens[k].lower.as_str(), "has" | "have" | "had")
        })
    }

    /// ("rated the plan a failure" judges; "cut rates", "interest rates" are a price)
    #[inline(always)]
    fn rated_judges(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        doc.tokens[t].lower == "rated"
    }

    /// ("backed off", "backed down" is no support)
    #[inline(always)]
    fn back_supports(&self) -> bool {
        let Sense { next, .. } = *self;
        !matches!(next, "off" | "down" | "away" | "up" | "out" | "into")
    }

    /// "declined slightly", "declined from …": a figure that falls, no refusal.
    #[inline(always)]
    fn decline_no_fall(&self) -> bool {
        let Sense { next, .. } = *self;
        !matches!(next, "slightly" | "sharply" | "from" | "by")
    }

    /// ("a petition challenging the re-election", "a lawsuit challenging the law": what a
    /// filing contests, no one's words)
    /// ("challenged the tariffs at the World Trade Organization", "challenged the law in
    /// court": a case brought before a court or tribunal, no one's words)
    #[inline(always)]
    fn challenge_words(&self) -> bool {
        let Sense { doc, t, .. } = *self;
        !(doc.tokens[t].lower == "challenging" && t > 0 && matches!(doc.tokens[t - 1].lower.as_str(), "petition" | "petitions" | "lawsuit" | "lawsuits" | "suit" | "suits" | "appeal" | "appeals" | "case" | "cases" | "motion" | "complaint" | "complaints" | "filing" | "application"))
            && !challenged_before_a_court(doc, t)
    }

    /// ("votes will be counted on May 13", "votes were cast": the noun, before a verb of its own)
    #[inline(always)]
    fn vote_no_noun(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        !(doc.tokens[t].lower == "votes" && matches!(next, "will" | "would" | "were" | "are" | "had" | "have" | "cast" | "counted" | "being" | "could" | "must"))
    }

    /// ("rose 5 percent compared with last year" is no comparison by anyone)
    #[inline(always)]
    fn compare_speaks(&self) -> bool {
        let Sense { next, .. } = *self;
        !matches!(next, "with" | "to")
    }

    /// ("assumed office", "assumed control" is no belief)
    #[inline(always)]
    fn assume_belief(&self) -> bool {
        let Sense { next, .. } = *self;
        matches!(next, "that" | "he" | "she" | "they" | "it" | "we" | "i" | "you" | "there")
    }

    /// ("asked not to be named" is a source's condition, "pleaded guilty" a plea in court)
    /// ("was not asked to enter a plea", "were asked to leave": the one asked to do
    /// something in the passive says nothing)
    #[inline(always)]
    fn ask_speaks(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        next != "not" && !(next == "to" && doc.tokens[t].lower == "asked" && (t.saturating_sub(2)..t).any(|j| matches!(doc.tokens[j].lower.as_str(), "was" | "were" | "been" | "being" | "is" | "are" | "be")))
    }

    /// ("commanders wanted for attacks in …", "a man wanted in connection with …": sought by
    /// the police, no one's wish)
    /// ("those who wanted to come home should …", "anyone who wants to leave": a class of
    /// people named by what they wish, the subject of a reported clause, not a speaker)
    #[inline(always)]
    fn want_wish(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        !(doc.tokens[t].lower == "wanted"
            && (matches!(next, "for" | "over") || next == "in" && doc.tokens.get(t + 2).is_some_and(|x| x.lower == "connection"))
            && !(t + 2..(t + 6).min(doc.tokens.len())).any(|j| doc.tokens[j].lower == "to"))
            && !(t >= 2 && doc.tokens[t - 1].lower == "who" && matches!(doc.tokens[t - 2].lower.as_str(), "those" | "anyone" | "anybody" | "everyone" | "everybody" | "people" | "all" | "others" | "someone" | "somebody"))
    }

    /// "pleaded guilty", "pleaded not guilty": a plea in court, no speech.
    #[inline(always)]
    fn plead_no_plea(&self) -> bool {
        let Sense { next, .. } = *self;
        !matches!(next, "guilty" | "not" | "innocent" | "no")
    }

    /// ("declared independence", "declared martial law" is an act of state)
    /// ("declared a state of emergency", "declared a ceasefire": an act of state too)
    #[inline(always)]
    fn declare_no_act(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        !matches!(next, "independence" | "martial") && !(t + 1..(t + 5).min(doc.tokens.len())).take_while(|&j| doc.tokens[j].kind == TokenKind::Word).any(|j| matches!(doc.tokens[j].lower.as_str(), "emergency" | "ceasefire" | "truce" | "curfew" | "holiday" | "mourning" | "lockdown" | "bankruptcy" | "disaster" | "quarantine"))
    }

    /// ("added four species to the list", "added thousands of jobs": a quantity added)
    /// ("OFAC added Sahel Crest Maritime, a ship manager …, to its sanctions list": a name
    /// added to a list; not after a quote, "“…,” added Jane Roe")
    #[inline(always)]
    fn add_no_quantity(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        !(t > 0
            && (doc.tokens[t - 1].kind == TokenKind::Word || doc.tokens[t - 1].lower == ")")
            && doc.mention_at_token(t + 1).is_some()
            && (t + 2..(t + 18).min(doc.tokens.len())).take_while(|&j| !matches!(doc.tokens[j].lower.as_str(), "." | ";" | "that")).any(|j| doc.tokens[j].lower == "to" && (doc.tokens[j - 1].lower == "," || doc.mention_at_token(j - 1).is_some()) && doc.tokens.get(j + 1).is_some_and(|x| matches!(x.lower.as_str(), "its" | "the" | "a" | "their" | "his" | "her"))))
            && !doc.tokens.get(t + 1).is_some_and(|x| x.kind == TokenKind::Number) && !matches!(next, "another" | "several" | "extra" | "millions" | "thousands" | "hundreds" | "dozens" | "billions" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "up")
    }

    /// ("added both drugs to its shortage list", "added the two firms to the register": "both",
    /// "all" or a determiner, up to four plain words, then "to" and a determiner, is things put
    /// on a list or into a sum, no words added; "added the talks would resume" has no "to")
    #[inline(always)]
    fn added_things_to(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        let plain = |j: usize| doc.tokens[j].kind == TokenKind::Word && !doc.tokens[j].cap && doc.tokens[j].lower != "to" && !Lexicon::get().stopwords.contains(&doc.tokens[j].lower);
        let n = (t + 2..(t + 6).min(doc.tokens.len())).take_while(|&j| plain(j)).count();
        let word = |j: usize| doc.tokens.get(j).map_or("", |x| x.lower.as_str());
        matches!(next, "both" | "all" | "the" | "these" | "those") && n > 0 && word(t + 2 + n) == "to" && matches!(word(t + 3 + n), "its" | "the" | "a" | "an" | "their" | "his" | "her")
    }

    /// ("recalled that …", "recalled how …", "recalled Mr. Hale saying …", not a product
    /// recall, "is recalling thousands of kettles", nor "recalled its ambassador")
    #[inline(always)]
    fn recall_memory(&self) -> bool {
        let Sense { doc, t, next, .. } = *self;
        doc.tokens.get(t + 1).is_none_or(|x| x.cap || x.kind != TokenKind::Word && x.kind != TokenKind::Number) || matches!(next, "that" | "how" | "when" | "what" | "why" | "where" | "the" | "a" | "an" | "his" | "her" | "their" | "being" | "having" | "seeing" | "hearing" | "telling" | "of" | "in" | "on" | "once" | "last" | "later" | "he" | "she" | "they" | "it" | "we" | "i" | "you")
    }
}
