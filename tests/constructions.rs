//! One test per construction the extractor has to handle (issues 3 and 5): quotes,
//! reported speech, statements that must not be made up, demands and roles. Every sentence
//! here is invented for the test; the people are made up, the countries are real.
//!
//! Conventions asserted:
//! - a direct quote's text is the words inside the marks (a trailing comma included);
//! - a reported statement's text is its clause, from the speaker (with titles) to the
//!   clause end without the final full stop; when the content comes first ("…, X said.")
//!   it is the whole sentence;
//! - offsets are byte spans in `Doc`; the graph records character offsets made with
//!   `CharMap`, and every assertion checks that those pick the same words out of the text.

use newsgraph::extract::analyze;
use newsgraph::model::{Article, Demand, DemandKind, Doc, EntityKind, Party, Role, Span, Statement, StatementKind};
use newsgraph::text::CharMap;

// ---------------------------------------------------------------- helpers

fn doc(t: &str) -> Doc {
    analyze(Article::new("construction.txt", "construction.txt", t.to_string()))
}

fn party(d: &Doc, p: Party) -> String {
    match p {
        Party::Entity(e) => name(d, e),
        Party::Text(t) => d.slice(t).to_string(),
    }
}

fn name(d: &Doc, e: usize) -> String {
    d.entities[e].name.clone()
}

/// The speaker of a statement: the entity's name, else the unnamed speaker as written.
fn who(d: &Doc, s: &Statement) -> Option<String> {
    s.speaker.map(|e| name(d, e)).or_else(|| s.speaker_text.map(|sp| d.slice(sp).to_string()))
}

/// Everything extracted, for failure messages.
fn dump(d: &Doc) -> String {
    let mut o = String::new();
    let ents: Vec<String> = d.entities.iter().map(|e| format!("{} ({:?})", e.name, e.kind)).collect();
    o += &format!("entities: {}\n", ents.join(", "));
    for s in &d.statements {
        let about: Vec<String> = s.about.iter().map(|&e| name(d, e)).collect();
        o += &format!("statement {:?} speaker={:?} cue={:?} text={:?} about={:?} unattributed={:?}\n", s.kind, who(d, s), s.cue, d.slice(s.text), about, s.unattributed);
    }
    for m in &d.demands {
        o += &format!("demand {:?} by={} of={:?} what={:?} cue={:?} evidence={:?}\n", m.kind, party(d, m.by), m.of.map(|p| party(d, p)), d.slice(m.what), m.cue, d.slice(m.evidence));
    }
    for r in &d.roles {
        o += &format!("role holder={} title={:?} head={:?} of={:?} former={}\n", name(d, r.holder), r.title, r.head, r.of.map(|e| name(d, e)), r.former);
    }
    o
}

/// Character offsets of a byte span, as the graph records them.
fn chars(d: &Doc, sp: Span) -> (usize, usize) {
    let m = CharMap::new(d.text());
    (m.char_offset(sp.start), m.char_offset(sp.end))
}

/// The span's character offsets pick `expected` out of the article text, and the span sits
/// at the (first) place where `expected` occurs.
fn check_offsets(d: &Doc, sp: Span, expected: &str) {
    let (s, e) = chars(d, sp);
    let picked: String = d.text().chars().skip(s).take(e - s).collect();
    assert_eq!(picked, expected, "character offsets {s}..{e}\n{}", dump(d));
    assert_eq!(Some(sp.start), d.text().find(expected), "byte start of {expected:?}\n{}", dump(d));
}

/// The statement whose text is exactly `text`.
fn statement<'a>(d: &'a Doc, text: &str) -> &'a Statement {
    d.statements.iter().find(|s| d.slice(s.text) == text).unwrap_or_else(|| panic!("no statement with text {text:?}\n{}", dump(d)))
}

/// The speaker of the statement whose text is exactly `text`.
fn speaker_of(d: &Doc, text: &str) -> Option<String> {
    who(d, statement(d, text))
}

/// A statement of `kind` with exactly `text`, said by `speaker`, at the right offsets.
fn said(d: &Doc, kind: StatementKind, text: &str, speaker: Option<&str>) -> Statement {
    let s = statement(d, text).clone();
    assert_eq!(s.kind, kind, "kind of {text:?}\n{}", dump(d));
    assert_eq!(who(d, &s).as_deref(), speaker, "speaker of {text:?}\n{}", dump(d));
    check_offsets(d, s.text, text);
    s
}

fn quote(d: &Doc, text: &str, speaker: &str) -> Statement {
    said(d, StatementKind::Direct, text, Some(speaker))
}

fn reported(d: &Doc, text: &str, speaker: &str) -> Statement {
    said(d, StatementKind::Reported, text, Some(speaker))
}

/// Nobody is credited with the quoted words `text` (if a statement exists for them at all).
fn nobody_said(d: &Doc, text: &str) {
    for s in d.statements.iter().filter(|s| d.slice(s.text).contains(text)) {
        assert_eq!(who(d, s), None, "{text:?} must have no speaker\n{}", dump(d));
    }
}

fn about(d: &Doc, s: &Statement) -> Vec<String> {
    s.about.iter().map(|&e| name(d, e)).collect()
}

/// The demand whose `what` is exactly `what`, by `by`, of `of`, of `kind`.
fn demand(d: &Doc, by: &str, of: Option<&str>, what: &str, kind: DemandKind) -> Demand {
    let m = d.demands.iter().find(|m| d.slice(m.what) == what).unwrap_or_else(|| panic!("no demand of {what:?}\n{}", dump(d))).clone();
    assert_eq!(party(d, m.by), by, "demander of {what:?}\n{}", dump(d));
    assert_eq!(m.of.map(|p| party(d, p)).as_deref(), of, "addressee of {what:?}\n{}", dump(d));
    assert_eq!(m.kind, kind, "kind of {what:?}\n{}", dump(d));
    check_offsets(d, m.what, what);
    m
}

fn role<'a>(d: &'a Doc, holder: &str, head: &str) -> &'a Role {
    d.roles
        .iter()
        .find(|r| name(d, r.holder) == holder && r.head.eq_ignore_ascii_case(head))
        .unwrap_or_else(|| panic!("no role {head:?} of {holder:?}\n{}", dump(d)))
}

fn role_of(d: &Doc, r: &Role) -> Option<String> {
    r.of.map(|e| name(d, e))
}

use StatementKind::{Direct, Reported};

// ---------------------------------------------------------------- quotes

#[test]
fn straight_double_quotes() {
    let d = doc("Senator John Hale spoke to students in Denver on Tuesday. \"The budget is balanced and the deficit is falling,\" Hale said.");
    quote(&d, "The budget is balanced and the deficit is falling,", "John Hale");
}

#[test]
fn curly_double_quotes_with_character_offsets() {
    let t = "Maria Kovacs spoke in Vienna. “Our ports are open to every ship that respects the law,” Kovacs said. “Nobody will be turned away,” she added.";
    let d = doc(t);
    let s = quote(&d, "Our ports are open to every ship that respects the law,", "Maria Kovacs");
    assert_eq!(chars(&d, s.text), (31, 86));
    assert_ne!(s.text.start, 31, "byte and character offsets differ after a curly quote");
    let s = quote(&d, "Nobody will be turned away,", "Maria Kovacs");
    let (a, b) = chars(&d, s.text);
    assert_eq!(t.chars().skip(a).take(b - a).collect::<String>(), "Nobody will be turned away,");
    assert_eq!((a, b), (102, 129));
}

#[test]
fn single_curly_quotes() {
    let d = doc("‘We will rebuild every school in the region,’ Anna Berg said on Sunday.");
    quote(&d, "We will rebuild every school in the region,", "Anna Berg");
}

#[test]
fn quote_split_around_cue() {
    let d = doc("Foreign Minister Maria Kovacs met her Austrian counterpart in Vienna on Friday.\n“The talks were difficult,” she said, “but we made real progress on the border question.”");
    quote(&d, "The talks were difficult,", "Maria Kovacs");
    quote(&d, "but we made real progress on the border question.", "Maria Kovacs");
}

#[test]
fn quote_running_over_two_paragraphs() {
    let d = doc("Foreign Minister Maria Kovacs defended the agreement on Thursday.\n“We have waited too long for this agreement,” Kovacs said. “Our farmers need the new markets, and our factories need the energy.\n“Nobody in this government will stand in the way of the deal.”");
    quote(&d, "Our farmers need the new markets, and our factories need the energy.", "Maria Kovacs");
    quote(&d, "Nobody in this government will stand in the way of the deal.", "Maria Kovacs");
}

#[test]
fn missing_opening_mark() {
    let d = doc("Senator John Hale spoke after the vote. The bill will help every family in the state,” Hale said.");
    quote(&d, "The bill will help every family in the state,", "John Hale");
}

#[test]
fn quoted_fragment_with_cue() {
    let d = doc("Foreign Minister Maria Kovacs described the talks as “productive” and promised to return next month.");
    quote(&d, "productive", "Maria Kovacs");
}

#[test]
fn nested_quotes() {
    let d = doc("“When the minister says ‘the border stays open’, we expect it to stay open,” Senator John Hale said.");
    quote(&d, "When the minister says ‘the border stays open’, we expect it to stay open,", "John Hale");
    assert_eq!(d.statements.iter().filter(|s| s.kind == Direct).count(), 1, "{}", dump(&d));
}

#[test]
fn ellipsis_inside_quote() {
    let d = doc("“We will sign the deal... but only when the guarantees are written down,” Maria Kovacs said.");
    quote(&d, "We will sign the deal... but only when the guarantees are written down,", "Maria Kovacs");
    let d = doc("“We will sign the deal … but only when the guarantees are written down,” Maria Kovacs said.");
    quote(&d, "We will sign the deal … but only when the guarantees are written down,", "Maria Kovacs");
}

#[test]
fn quote_introduced_by_colon() {
    let d = doc("Foreign Minister Maria Kovacs told the parliament: “The embassy in Kyiv will reopen in March.”");
    quote(&d, "The embassy in Kyiv will reopen in March.", "Maria Kovacs");
}

#[test]
fn x_said_quote() {
    let d = doc("Senator John Hale said “the vote was never about money.”");
    quote(&d, "the vote was never about money.", "John Hale");
}

#[test]
fn quote_comma_x_said() {
    let d = doc("“The vote was never about money,” John Hale said.");
    quote(&d, "The vote was never about money,", "John Hale");
}

#[test]
fn quote_comma_said_x() {
    let d = doc("“We expect a decision by Friday,” said Maria Kovacs.");
    quote(&d, "We expect a decision by Friday,", "Maria Kovacs");
}

#[test]
fn appositive_speaker_before_quote() {
    let d = doc("Maria Kovacs, the foreign minister of Hungary, said “the pipeline is a matter of national security.”");
    quote(&d, "the pipeline is a matter of national security.", "Maria Kovacs");
}

#[test]
fn appositive_speaker_after_quote() {
    let d = doc("“The pipeline is a matter of national security,” Maria Kovacs, the foreign minister of Hungary, said.");
    quote(&d, "The pipeline is a matter of national security,", "Maria Kovacs");
}

#[test]
fn according_to_quote() {
    let d = doc("“The ceasefire will hold through the winter,” according to Maria Kovacs.");
    quote(&d, "The ceasefire will hold through the winter,", "Maria Kovacs");
}

#[test]
fn cue_added_after_earlier_sentence_naming_her() {
    let d = doc("Foreign Minister Maria Kovacs said the talks had been useful. “We will meet again in June,” she added.");
    quote(&d, "We will meet again in June,", "Maria Kovacs");
}

#[test]
fn pronoun_speaker_named_in_earlier_sentence() {
    let d = doc("Senator John Hale arrived late to the hearing. “I have read every page of this report,” he said.");
    quote(&d, "I have read every page of this report,", "John Hale");
}

#[test]
fn pronoun_picks_the_person_of_matching_gender() {
    let d = doc("Senator John Hale met Governor Anna Berg in Denver on Monday. “The state cannot wait for another flood,” she said.");
    quote(&d, "The state cannot wait for another flood,", "Anna Berg");
}

// ---------------------------------------------------------------- reported speech

#[test]
fn said_that() {
    let d = doc("Senator John Hale said that the bill would pass before the summer recess.");
    reported(&d, "Senator John Hale said that the bill would pass before the summer recess", "John Hale");
}

#[test]
fn accused_of() {
    let d = doc("Foreign Minister Maria Kovacs accused Russia of blocking grain exports.");
    let s = reported(&d, "Foreign Minister Maria Kovacs accused Russia of blocking grain exports", "Maria Kovacs");
    assert!(about(&d, &s).contains(&"Russia".to_string()), "{}", dump(&d));
}

#[test]
fn warned_that() {
    let d = doc("Senator John Hale warned that the state could run out of money by October.");
    reported(&d, "Senator John Hale warned that the state could run out of money by October", "John Hale");
}

#[test]
fn denied() {
    let d = doc("Senator John Hale denied any wrongdoing in the land deal.");
    reported(&d, "Senator John Hale denied any wrongdoing in the land deal", "John Hale");
}

#[test]
fn insisted() {
    let d = doc("Maria Kovacs insisted the pipeline would be finished on time.");
    reported(&d, "Maria Kovacs insisted the pipeline would be finished on time", "Maria Kovacs");
}

#[test]
fn expressed_optimism_about() {
    let d = doc("Senator John Hale expressed optimism about the new trade agreement.");
    reported(&d, "Senator John Hale expressed optimism about the new trade agreement", "John Hale");
}

#[test]
fn announced() {
    let d = doc("Maria Kovacs announced a new fund for rebuilding schools in the east.");
    reported(&d, "Maria Kovacs announced a new fund for rebuilding schools in the east", "Maria Kovacs");
}

#[test]
fn told_reporters_that() {
    let d = doc("Senator John Hale told reporters that the committee would vote on the bill next week.");
    reported(&d, "Senator John Hale told reporters that the committee would vote on the bill next week", "John Hale");
}

#[test]
fn according_to_reported() {
    let d = doc("The ceasefire will hold through the winter, according to Foreign Minister Maria Kovacs.");
    reported(&d, "The ceasefire will hold through the winter", "Maria Kovacs");
}

#[test]
fn kremlin_said() {
    let d = doc("The Kremlin said the talks would continue in Istanbul next week.");
    let s = statement(&d, "The Kremlin said the talks would continue in Istanbul next week");
    assert_eq!(s.kind, Reported);
    let sp = who(&d, s);
    assert!(matches!(sp.as_deref(), Some("Kremlin") | Some("Russia")), "speaker {sp:?}\n{}", dump(&d));
}

#[test]
fn state_denied() {
    let d = doc("Ukraine denied that its troops had been surrounded near the border.");
    reported(&d, "Ukraine denied that its troops had been surrounded near the border", "Ukraine");
}

#[test]
fn organisation_said() {
    let d = doc("The Northland Ministry of Energy said that fuel prices would fall next month.");
    reported(&d, "The Northland Ministry of Energy said that fuel prices would fall next month", "Northland Ministry of Energy");
}

#[test]
fn unnamed_officials_said() {
    let d = doc("Officials said the airport would reopen on Sunday after the storm.");
    let s = statement(&d, "Officials said the airport would reopen on Sunday after the storm");
    assert_eq!(s.speaker, None, "{}", dump(&d));
    assert_eq!(who(&d, s).as_deref(), Some("Officials"), "{}", dump(&d));
}

#[test]
fn parenthetical_x_said() {
    let d = doc("Foreign Minister Maria Kovacs visited the border on Sunday. The crossing will reopen on Monday, Kovacs said.");
    reported(&d, "The crossing will reopen on Monday, Kovacs said", "Maria Kovacs");
}

#[test]
fn told_reporters_on_monday_that() {
    let d = doc("Maria Kovacs told reporters on Monday that the embassy would stay closed.");
    reported(&d, "Maria Kovacs told reporters on Monday that the embassy would stay closed", "Maria Kovacs");
}

// ---------------------------------------------------------------- no made-up statements

#[test]
fn headline_in_quotes_has_no_speaker() {
    let d = doc("“A Winter Without Gas” Europe Prepares for the Worst\nEnergy ministers met in Brussels on Monday to discuss storage levels.");
    nobody_said(&d, "A Winter Without Gas");
}

#[test]
fn scare_quote_has_no_speaker() {
    let d = doc("The so-called “peace plan” was published on Monday.");
    nobody_said(&d, "peace plan");
}

#[test]
fn quote_without_attributable_speaker() {
    let d = doc("Energy prices rose sharply in March. “Nobody expected the winter to be this cold and this long.” Shops closed early across the capital.");
    nobody_said(&d, "Nobody expected the winter to be this cold and this long.");
}

// ---------------------------------------------------------------- demands

#[test]
fn urged_y_to_z() {
    let d = doc("Foreign Minister Maria Kovacs urged Russia to withdraw its troops from the border.");
    demand(&d, "Maria Kovacs", Some("Russia"), "withdraw its troops from the border", DemandKind::Appeal);
}

#[test]
fn called_on_y_to_z() {
    let d = doc("Senator John Hale called on the Northland Ministry of Energy to cut fuel taxes.");
    demand(&d, "John Hale", Some("Northland Ministry of Energy"), "cut fuel taxes", DemandKind::Appeal);
}

#[test]
fn asked_y_to_z() {
    let d = doc("Maria Kovacs asked Germany to send more air defence systems.");
    demand(&d, "Maria Kovacs", Some("Germany"), "send more air defence systems", DemandKind::Appeal);
}

#[test]
fn pressed_y_to_z() {
    let d = doc("Senator John Hale pressed Governor Anna Berg to release the emergency funds.");
    demand(&d, "John Hale", Some("Anna Berg"), "release the emergency funds", DemandKind::Appeal);
}

#[test]
fn demanded_that_y_z() {
    let d = doc("Poland demanded that Russia return the seized ships.");
    let m = d.demands.iter().find(|m| d.slice(m.what).ends_with("return the seized ships")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Poland");
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("Russia"));
    assert_eq!(m.kind, DemandKind::Demand);
}

#[test]
fn called_for_z() {
    let d = doc("Maria Kovacs called for an immediate ceasefire.");
    demand(&d, "Maria Kovacs", None, "an immediate ceasefire", DemandKind::Appeal);
}

#[test]
fn said_y_must_z() {
    let d = doc("Maria Kovacs said Russia must pay for the damage to the pipeline.");
    demand(&d, "Maria Kovacs", Some("Russia"), "pay for the damage to the pipeline", DemandKind::Demand);
}

#[test]
fn warned_y_of_w_unless_z() {
    let d = doc("Senator John Hale warned Canada of new tariffs unless Canada lowered its dairy duties.");
    demand(&d, "John Hale", Some("Canada"), "lowered its dairy duties", DemandKind::Threat);
}

#[test]
fn will_not_accept_refusal() {
    let d = doc("“We will not accept any deal that divides our country,” Maria Kovacs said.");
    demand(&d, "Maria Kovacs", None, "any deal that divides our country", DemandKind::Refusal);
}

#[test]
fn passive_urged_by() {
    let d = doc("Germany was urged by Maria Kovacs to send more tanks.");
    demand(&d, "Maria Kovacs", Some("Germany"), "send more tanks", DemandKind::Appeal);
}

#[test]
fn listed_demands_include() {
    let d = doc("The Northland Farmers Union’s demands include lower fuel taxes and a ban on grain imports.");
    demand(&d, "Northland Farmers Union", None, "lower fuel taxes", DemandKind::Demand);
    demand(&d, "Northland Farmers Union", None, "a ban on grain imports", DemandKind::Demand);
}

// ---------------------------------------------------------------- roles

#[test]
fn role_appositive_former_ambassador() {
    let d = doc("Laura Mills, the former ambassador to France, criticised the decision.");
    let r = role(&d, "Laura Mills", "ambassador");
    assert!(r.former, "{}", dump(&d));
    assert!(r.title.to_lowercase().contains("ambassador"), "{}", dump(&d));
}

#[test]
fn a_title_with_its_posting_or_owner_before_a_comma_and_the_name() {
    let d = doc("Norway's ambassador to the United Nations, Lena Varga, said Oslo was alarmed.");
    let r = role(&d, "Lena Varga", "ambassador");
    assert_eq!(role_of(&d, r).as_deref(), Some("Norway"), "{}", dump(&d));
    let d = doc("The former U.S. envoy for Iran, Tomas Brandt, said diplomacy had failed.");
    let r = role(&d, "Tomas Brandt", "envoy");
    assert!(r.former, "{}", dump(&d));
    assert_eq!(role_of(&d, r).as_deref(), Some("United States"), "{}", dump(&d));
    let d = doc("The director of the World Bank, John Hale, said the loan was approved.");
    let r = role(&d, "John Hale", "director");
    assert_eq!(role_of(&d, r).as_deref(), Some("World Bank"), "{}", dump(&d));
}

#[test]
fn abbreviated_senator_and_representative_are_roles_and_their_descriptions_resolve() {
    let d = doc("Sen. Jane Roe of Ohio met voters on Monday. The senator said the bill would fail.");
    role(&d, "Jane Roe", "senator");
    said(&d, Reported, "The senator said the bill would fail", Some("Jane Roe"));
    let d = doc("Rep. Tomas Brandt said the bill would pass.");
    role(&d, "Tomas Brandt", "representative");
    // other honorifics are no roles
    let d = doc("Mr. Tomas Brandt said the bill would pass.");
    assert!(d.roles.is_empty(), "{}", dump(&d));
}

#[test]
fn role_president_x_of_y() {
    let d = doc("President Anna Berg of Finland met the prime minister in Helsinki.");
    let r = role(&d, "Anna Berg", "President");
    assert_eq!(role_of(&d, r).as_deref(), Some("Finland"), "{}", dump(&d));
}

#[test]
fn speaker_of_helper_names_speaker() {
    let d = doc("“We expect a decision by Friday,” said Maria Kovacs.");
    assert_eq!(speaker_of(&d, "We expect a decision by Friday,").as_deref(), Some("Maria Kovacs"));
}

// Constructions that failed when these tests were first written, fixed since.
#[test]
fn colon_at_end_of_previous_sentence() {
    let d = doc("Senator John Hale was blunt when he spoke to reporters:\n“This budget is a disgrace and I will vote against it.”");
    quote(&d, "This budget is a disgrace and I will vote against it.", "John Hale");
}

#[test]
fn description_speaker_named_in_earlier_sentence() {
    let d = doc("Foreign Minister Maria Kovacs arrived in Kyiv on Monday. “We stand with Ukraine,” the minister said.");
    quote(&d, "We stand with Ukraine,", "Maria Kovacs");
}

#[test]
fn posted_on_x_that() {
    let d = doc("Maria Kovacs posted on X that the border crossing would reopen on Monday.");
    reported(&d, "Maria Kovacs posted on X that the border crossing would reopen on Monday", "Maria Kovacs");
}

#[test]
fn wrote_on_social_media_that() {
    let d = doc("Senator John Hale wrote on social media that the strike had cost the state millions.");
    reported(&d, "Senator John Hale wrote on social media that the strike had cost the state millions", "John Hale");
}

#[test]
fn said_in_a_statement_that() {
    let d = doc("Senator John Hale said in a statement that the strike had to end before the harvest.");
    reported(&d, "Senator John Hale said in a statement that the strike had to end before the harvest", "John Hale");
}

#[test]
fn said_on_weekday_that() {
    let d = doc("Senator John Hale said on Monday that the strike had to end.");
    reported(&d, "Senator John Hale said on Monday that the strike had to end", "John Hale");
}

#[test]
fn quote_after_appositive_speaker_is_not_also_reported() {
    let d = doc("Maria Kovacs, the foreign minister of Hungary, said “the pipeline is a matter of national security.”");
    let rep: Vec<&str> = d.statements.iter().filter(|s| s.kind == Reported).map(|s| d.slice(s.text)).collect();
    assert!(rep.is_empty(), "the quote says it all, no reported statement: {rep:?}\n{}", dump(&d));
}

#[test]
fn quote_y_must_z() {
    let d = doc("“Russia must pay for every ship it has sunk,” Maria Kovacs said.");
    demand(&d, "Maria Kovacs", Some("Russia"), "pay for every ship it has sunk", DemandKind::Demand);
}

#[test]
fn role_title_before_name() {
    let d = doc("US Secretary of State Laura Mills arrived in Cairo on Monday.");
    let r = role(&d, "Laura Mills", "Secretary of State");
    assert_eq!(r.title, "Secretary of State");
    assert_eq!(role_of(&d, r).as_deref(), Some("United States"), "{}", dump(&d));
    assert!(!r.former);
}

#[test]
fn sentence_initial_nobody_is_not_an_actor() {
    let d = doc("Energy prices rose sharply in March. “Nobody expected the winter to be this cold and this long.” Shops closed early across the capital.");
    assert!(d.entities.iter().all(|e| e.name != "Nobody"), "{}", dump(&d));
}

#[test]
fn threatened_y_with_w_if_y_did_not_z() {
    let d = doc("Senator John Hale threatened Canada with new tariffs if it did not lower its dairy duties.");
    demand(&d, "John Hale", Some("Canada"), "lower its dairy duties", DemandKind::Threat);
}

// More demand constructions (issue 5).
#[test]
fn demanded_z_from_y() {
    let d = doc("Poland demanded compensation from Germany on Monday.");
    demand(&d, "Poland", Some("Germany"), "compensation from Germany on Monday", DemandKind::Demand);
}

#[test]
fn insisted_on_z() {
    let d = doc("Senator John Hale insisted on a full investigation of the contract.");
    demand(&d, "John Hale", None, "a full investigation of the contract", DemandKind::Demand);
}

#[test]
fn set_conditions_list() {
    let d = doc("Foreign Minister Maria Kovacs set conditions for the talks, which include Russia withdrawing its troops and releasing all prisoners.");
    demand(&d, "Maria Kovacs", Some("Russia"), "withdrawing its troops", DemandKind::Demand);
    demand(&d, "Maria Kovacs", Some("Russia"), "releasing all prisoners", DemandKind::Demand);
}

#[test]
fn will_not_do_a_while_y_does_b() {
    let d = doc("Foreign Minister Maria Kovacs said there will be no talks while Russia occupies the port.");
    demand(&d, "Maria Kovacs", None, "no talks while Russia occupies the port", DemandKind::Condition);
}

#[test]
fn possessive_call_for_z() {
    let d = doc("Senator John Hale renewed his call for a ban on arms sales.");
    demand(&d, "John Hale", None, "a ban on arms sales", DemandKind::Appeal);
}

#[test]
fn appeal_by_x_to_y_to_z() {
    let d = doc("The talks followed an appeal by Poland to Germany to send more tanks.");
    demand(&d, "Poland", Some("Germany"), "send more tanks", DemandKind::Appeal);
}

#[test]
fn pronoun_demander_and_role_description() {
    let d = doc("Foreign Minister Maria Kovacs arrived in Kyiv on Monday. She urged Germany to send more tanks. Later the foreign minister asked Poland to open its border.");
    demand(&d, "Maria Kovacs", Some("Germany"), "send more tanks", DemandKind::Appeal);
    demand(&d, "Maria Kovacs", Some("Poland"), "open its border", DemandKind::Appeal);
}

#[test]
fn agreements_and_fighting_are_not_demands() {
    for t in [
        "Poland and Germany agreed on Monday to expand trade.",
        "Russian forces shelled the port of Odesa overnight, officials said.",
        "Germany sent 40 tanks to Poland last week.",
    ] {
        let d = doc(t);
        assert!(d.demands.is_empty(), "{t}: {}", dump(&d));
    }
}

#[test]
fn a_demand_voiced_in_a_quote_links_to_it() {
    let d = doc("“Russia must pay for every ship it has sunk,” Maria Kovacs said.");
    let m = demand(&d, "Maria Kovacs", Some("Russia"), "pay for every ship it has sunk", DemandKind::Demand);
    let q = quote(&d, "Russia must pay for every ship it has sunk,", "Maria Kovacs");
    assert_eq!(m.statement, Some(q.text));
    let plain = doc("Senator John Hale urged Poland to open its border.");
    let m = demand(&plain, "John Hale", Some("Poland"), "open its border", DemandKind::Appeal);
    assert_eq!(m.statement, None, "an appeal is not a statement");
}

// ---------------------------------------------------------------- attribution, second pass

#[test]
fn appositive_party_affiliation_between_speaker_and_cue() {
    let d = doc("The vote was delayed. Senator Ruth Calder, Democrat of Oregon, said the program had failed its own test.");
    reported(&d, "Senator Ruth Calder, Democrat of Oregon, said the program had failed its own test", "Ruth Calder");
}

#[test]
fn appositive_with_relative_clause_and_inner_commas() {
    let d = doc("The hearing ended late. Tomas Brandt, a developer and spokesman for the Harbor Builders Alliance, which is made up of contractors, said most of the critics were wrong.");
    let s = reported(&d, "Tomas Brandt, a developer and spokesman for the Harbor Builders Alliance, which is made up of contractors, said most of the critics were wrong", "Tomas Brandt");
    assert_eq!(s.cue, "said");
}

#[test]
fn beliefs_and_intentions_are_attributions() {
    let d = doc("Governor Elena Marsh spoke in Ohio. Marsh wants to double the size of the national service program. The union plans to challenge the rule in court.");
    reported(&d, "Marsh wants to double the size of the national service program", "Elena Marsh");
    let s = said(&d, Reported, "The union plans to challenge the rule in court", Some("The union"));
    assert_eq!(s.cue, "plans");
}

#[test]
fn found_is_a_cue_only_before_its_clause() {
    let d = doc("A Federal Audit Office report found that the agency could not trace the money. Mayor Ida Kron finds the proposal encouraging.");
    let s = statement(&d, "A Federal Audit Office report found that the agency could not trace the money");
    assert_eq!(s.cue, "found");
    assert!(!d.statements.iter().any(|s| s.cue == "finds"), "{}", dump(&d));
}

#[test]
fn urging_attributes_a_quote_but_is_a_demand_not_a_report() {
    let d = doc("President Aldo Ferri urged the rebels to avoid a \"senseless bloodbath\" in the capital.");
    quote(&d, "senseless bloodbath", "Aldo Ferri");
    assert!(!d.statements.iter().any(|s| s.kind == Reported), "{}", dump(&d));
    demand(&d, "Aldo Ferri", Some("the rebels"), "avoid a \"senseless bloodbath\" in the capital", DemandKind::Appeal);
}

#[test]
fn transcript_lines_credit_the_labelled_speaker() {
    let d = doc("Governor Paul Varga spoke to the host on Sunday.\n\nHOST: Will the senator be at the debate tomorrow night?\n\nVARGA: She will not be attending, and the campaign has said so twice.\n\n\"VARGA: We are focused on the issues that voters care about.");
    let s = quote(&d, "She will not be attending, and the campaign has said so twice.", "Paul Varga");
    assert_eq!(s.cue, ":");
    said(&d, Direct, "Will the senator be at the debate tomorrow night?", Some("HOST"));
    quote(&d, "We are focused on the issues that voters care about.", "Paul Varga");
}

#[test]
fn a_name_and_colon_headline_is_the_named_actor_speaking() {
    let d = doc("Marsh: The Budget Deal Is Dead\n\nGovernor Elena Marsh said on Monday that the talks had collapsed.");
    quote(&d, "The Budget Deal Is Dead", "Elena Marsh");
    // a headline label that names no actor of the article credits nobody
    let d = doc("Exclusive: The Budget Deal Is Dead\n\nThe talks collapsed on Monday.");
    nobody_said(&d, "The Budget Deal Is Dead");
}

#[test]
fn a_dash_sign_off_names_the_speaker_of_the_quote_before_it() {
    let d = doc("Readers sent us their views after the debate.\n\n“The most unqualified candidate ever to run for the office.” ― Tomasz Wielgus\n\n“I just hope this gives people the anger to go out and vote.” —Lena Okafor.");
    let s = quote(&d, "The most unqualified candidate ever to run for the office.", "Tomasz Wielgus");
    assert_eq!(s.cue, "―");
    quote(&d, "I just hope this gives people the anger to go out and vote.", "Lena Okafor");
    // a dash that goes on with the sentence is no sign-off
    let d = doc("The slogan was “take back control” — Britain's most famous campaign line of the decade.");
    nobody_said(&d, "take back control");
}

#[test]
fn a_second_cue_of_the_same_speaker_is_a_statement_of_its_own() {
    let d = doc("Councillor Ana Ruiz says the mayor promised to fund the clinic and said she would hold him to it.");
    reported(&d, "Councillor Ana Ruiz says the mayor promised to fund the clinic", "Ana Ruiz");
    reported(&d, "said she would hold him to it", "Ana Ruiz");
    // after a quote, a participle goes on with the same speaker
    let d = doc("\"We see no link to the strike,\" Police Chief Omar Haddad said, adding that the inquiry would take weeks.");
    reported(&d, "adding that the inquiry would take weeks", "Omar Haddad");
    // "X said …, and Y agreed but said …": the nearer subject speaks
    let d = doc("Minister Ivo Petrak said the offer was fair, and Senator Lia Moreau welcomed it but said the terms needed work.");
    reported(&d, "said the terms needed work", "Lia Moreau");
    // a participle inside a reported clause stays part of it
    let d = doc("Minister Ivo Petrak stated that the border would stay closed, stressing the country's right to decide.");
    reported(&d, "Minister Ivo Petrak stated that the border would stay closed, stressing the country's right to decide", "Ivo Petrak");
}

#[test]
fn a_participle_after_a_comma_belongs_to_the_clause_subject() {
    let d = doc("Senator Rosa Nkemelu spoke out on Tuesday about the shooting in Dayton, arguing that such killings must be called intolerable.");
    let s = reported(&d, "Senator Rosa Nkemelu spoke out on Tuesday about the shooting in Dayton, arguing that such killings must be called intolerable", "Rosa Nkemelu");
    assert_eq!(s.cue, "arguing");
    // the name right before the comma is an object, not the speaker
    let d = doc("Governor Ken Abara visited Senator Rosa Nkemelu on Monday, saying she had misled the voters.");
    let s = d.statements.iter().find(|s| s.cue == "saying").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ken Abara"), "{}", dump(&d));
}

#[test]
fn who_said_speaks_for_its_antecedent() {
    let d = doc("Lawmakers met Tom Ecker, the majority leader, who in March said the bill would pass.");
    let s = d.statements.iter().find(|s| s.cue == "said").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Tom Ecker"), "{}", dump(&d));
    assert!(d.slice(s.text).ends_with("the bill would pass"), "{}", dump(&d));
}

#[test]
fn poll_shares_and_unnamed_clause_subjects_speak() {
    let d = doc("Only 52 percent of voters agreed, while 73 percent said the same of the governor.");
    said(&d, Reported, "73 percent said the same of the governor", Some("73 percent"));
    let d = doc("Authorities announced the arrest of a man on Friday and said a curfew would continue through the weekend.");
    let s = d.statements.iter().find(|s| s.cue == "said").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Authorities"), "{}", dump(&d));
}

#[test]
fn open_class_verbs_before_a_that_clause_attribute() {
    let d = doc("The appeals court ruled that the new voting law was unconstitutional.");
    let s = said(&d, Reported, "The appeals court ruled that the new voting law was unconstitutional", Some("The appeals court"));
    assert_eq!(s.cue, "ruled");
    // "that" as a determiner or after "so" is no clause
    let d = doc("Officials visited the plant that year. The mayor worked late so that the report was ready.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_country_adjective_in_the_content_makes_the_statement_about_that_country() {
    let d = doc("Russia and Ukraine traded strikes overnight. Ukraine said it was attacked by 27 Russian drones near the border.");
    let s = reported(&d, "Ukraine said it was attacked by 27 Russian drones near the border", "Ukraine");
    assert_eq!(about(&d, &s), ["Russia"]);
}

// ---------------------------------------------------------------- roles, second pass

#[test]
fn who_heads_y_is_a_role_of_y() {
    let d = doc("Ilona Farkas, who heads the Hungarian central bank, said rates would rise.");
    let r = role(&d, "Ilona Farkas", "head");
    assert_eq!(role_of(&d, r).as_deref(), Some("Hungarian central bank"));
    let d = doc("Jane Roe, who leads the opposition Labour Party, said no.");
    let r = role(&d, "Jane Roe", "leader");
    assert_eq!(role_of(&d, r).as_deref(), Some("Labour Party"));
}

#[test]
fn the_head_of_the_organisation_after_a_name() {
    let d = doc("Jane Roe, the head of the International Monetary Fund, spoke in Paris.");
    let r = role(&d, "Jane Roe", "head");
    assert_eq!(role_of(&d, r).as_deref(), Some("International Monetary Fund"));
}

#[test]
fn a_possessive_owner_before_a_title_across_a_comma() {
    let d = doc("Governor Paul Varga spoke on Monday. Varga's chief of staff, Lena Okafor, said the budget was final.");
    let r = role(&d, "Lena Okafor", "chief of staff");
    assert_eq!(role_of(&d, r).as_deref(), Some("Paul Varga"));
    // an ambassador "to" a country is not that country's
    let d = doc("Tony Hale, former British ambassador to Japan, said the talks failed.");
    let r = role(&d, "Tony Hale", "ambassador");
    assert_eq!(role_of(&d, r).as_deref(), Some("United Kingdom"));
    assert!(r.former);
}

#[test]
fn party_members_are_not_the_party() {
    // "Republicans said" reports what members of a party said; "the GOP said", the party
    let d = doc("The hearing ran late. Republicans said the findings raised more questions. The GOP said it would appeal.");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("Republicans said")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Republicans"), "{}", dump(&d));
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("The GOP said")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Republican Party"), "{}", dump(&d));
}

#[test]
fn a_quoted_question_with_its_cue_in_the_next_sentence() {
    let d = doc("Senator Ada Quist spoke in Reno on Monday. “Does anybody know what the party stands for on energy?” Quist asked.");
    let s = quote(&d, "Does anybody know what the party stands for on energy?", "Ada Quist");
    assert_eq!(s.cue, "asked");
}

#[test]
fn he_after_a_speech_verb_is_its_subject() {
    let d = doc("Governor Paul Varga criticised Senator Ana Ruiz on Monday. Citing a report on the state budget, Senator Tom Hale on Tuesday said he wants to cut four tax breaks.");
    let s = reported(&d, "Senator Tom Hale on Tuesday said he wants to cut four tax breaks", "Tom Hale");
    assert!(about(&d, &s).is_empty(), "'he' is Hale himself, not whom he talks about\n{}", dump(&d));
    let d = doc("Governor Paul Varga met Senator Tom Hale. Hale said the plan would fail, and he wants to cut four tax breaks.");
    let s = d.statements.iter().find(|s| s.cue == "wants").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_sentence_opened_by_a_document_is_attributed_to_it() {
    let d = doc("In the latest Harbor Institute poll, Governor Varga leads his rival by five points among likely voters.");
    let s = said(&d, Reported, "Governor Varga leads his rival by five points among likely voters", Some("the latest Harbor Institute poll"));
    assert_eq!(s.cue, "In");
    // an ordinary opening phrase is no source
    let d = doc("In the latest developments from the capital, a missile attack killed two people.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn coordinated_obligations_are_two_demands_of_one_addressee() {
    let d = doc("President Ivan Koval spoke on Friday. He said Moldova must withdraw its troops and should hold elections.");
    demand(&d, "Ivan Koval", Some("Moldova"), "withdraw its troops", DemandKind::Demand);
    demand(&d, "Ivan Koval", Some("Moldova"), "hold elections", DemandKind::Demand);
}

#[test]
fn the_head_noun_of_the_one_organisation_named_before_is_that_organisation() {
    let d = doc("The Norland Water Agency met on Monday. The agency said the reservoir was full.");
    said(&d, Reported, "The agency said the reservoir was full", Some("Norland Water Agency"));
    // two organisations with that head: nobody is guessed
    let d = doc("The Norland Water Agency and the Vexmoor Energy Agency met. The agency said the reservoir was full.");
    let s = said(&d, Reported, "The agency said the reservoir was full", Some("The agency"));
    assert!(s.speaker.is_none(), "{}", dump(&d));
}

#[test]
fn a_bare_surname_with_an_appositive_speaks_and_a_pronoun_after_it_is_content() {
    let d = doc("Governor Tomas Brandt said the vote would fail. Varga, a Harbor County Republican, said she would bring the bill back on Monday.");
    said(&d, Reported, "Varga, a Harbor County Republican, said she would bring the bill back on Monday", Some("Varga"));
    // without a name the pronoun after the cue is no inverted speaker
    let d = doc("Governor Tomas Brandt said the vote would fail. The plan, a Republican idea, said he would bring it back.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Tomas Brandt") || d.slice(s.text).contains("vote")), "{}", dump(&d));
    // an appositive that is no person's leaves a company's name alone
    let d = doc("Quillmart, the technology giant, said profits rose.");
    assert!(!d.entities.iter().any(|e| e.kind == newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn a_participle_inside_an_appositive_leaves_the_subject_to_the_cue() {
    let d = doc("Governor Lena Varga spoke on Saturday. Varga, a Democrat seeking a second term, told supporters that the plan would close schools.");
    said(&d, Reported, "Varga, a Democrat seeking a second term, told supporters that the plan would close schools", Some("Lena Varga"));
    let d = doc("Governor Lena Varga spoke on Saturday. Varga, who is seeking a second term, told supporters that the plan would close schools.");
    said(&d, Reported, "Varga, who is seeking a second term, told supporters that the plan would close schools", Some("Lena Varga"));
    // a cue inside the relative clause is the clause's own
    let d = doc("A senior city official, who spoke on condition of anonymity, said the dam would close.");
    said(&d, Reported, "A senior city official, who spoke on condition of anonymity, said the dam would close", Some("A senior city official"));
}

#[test]
fn a_states_armed_service_speaks_for_the_state() {
    let d = doc("Norway's air force said it had shot down 45 drones.");
    said(&d, Reported, "Norway's air force said it had shot down 45 drones", Some("Norway"));
    let d = doc("Norway's navy said it had sunk a boat.");
    said(&d, Reported, "Norway's navy said it had sunk a boat", Some("Norway"));
}

#[test]
fn a_persons_office_speaks_for_the_person_and_a_gerund_after_of_is_no_cue() {
    let d = doc("Senator John Hale spoke on Monday. His office accused the council of rejecting the plan put forward by the mayor.");
    let s = said(&d, Reported, "His office accused the council of rejecting the plan put forward by the mayor", Some("John Hale"));
    assert_eq!(s.cue, "accused");
    assert_eq!(d.statements.iter().filter(|s| s.kind == Reported).count(), 1, "no statement cued by \"rejecting\"\n{}", dump(&d));
}

#[test]
fn a_coordinated_cue_after_an_opening_phrase_is_the_subjects() {
    let d = doc("Senator John Hale spoke on Monday. In a statement, Hale urged the council to act and warned that prices would double.");
    let s = d.statements.iter().find(|s| d.slice(s.text).ends_with("prices would double")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("John Hale"), "{}", dump(&d));
}

#[test]
fn an_agreement_inside_the_content_leaves_the_attribution_to_said() {
    let d = doc("Harbor Bank has agreed to pay $20 million to settle the lawsuits, the company said on Wednesday.");
    // ("the company" speaks for the organisation named before it)
    let s = said(&d, Reported, "Harbor Bank has agreed to pay $20 million to settle the lawsuits, the company said on Wednesday", Some("Harbor Bank"));
    assert_eq!(s.cue, "said");
    // the condition of a threat ends before the attribution
    let d = doc("Denmark will close its ports unless Norway agrees to cut its quotas, Minister Jane Roe said on Tuesday.");
    demand(&d, "Denmark", Some("Norway"), "agrees to cut its quotas", DemandKind::Threat);
}

#[test]
fn said_at_least_opens_the_reported_content() {
    let d = doc("The Norland health ministry said at least 40 people had been killed.");
    said(&d, Reported, "The Norland health ministry said at least 40 people had been killed", Some("The Norland health ministry"));
    // "at" opening a place or an occasion still needs its clause
    let d = doc("Jane Roe spoke at length at the summit.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_country_adjective_and_a_portfolio_before_an_office() {
    let d = doc("Jane Roe met Chinese Commerce Minister Tomas Brandt in Geneva.");
    let r = role(&d, "Tomas Brandt", "Minister");
    assert_eq!(r.title, "Commerce Minister");
    assert_eq!(role_of(&d, r).as_deref(), Some("China"));
    assert!(!d.entities.iter().any(|e| e.name.contains("Commerce") && e.kind != newsgraph::model::EntityKind::Person), "no organisation \"Chinese Commerce\"\n{}", dump(&d));
}

#[test]
fn an_obligation_of_a_subject_that_is_no_actor_names_it_as_written() {
    let d = doc("Jane Roe told reporters that Norway had to “stop playing games.”");
    demand(&d, "Jane Roe", Some("Norway"), "stop playing games", DemandKind::Demand);
    let d = doc("Jane Roe said the smaller towns should share the cost of the new dam.");
    demand(&d, "Jane Roe", Some("the smaller towns"), "share the cost of the new dam", DemandKind::Demand);
    let d = doc("Jane Roe said the council and the other boards must publish their accounts.");
    demand(&d, "Jane Roe", Some("the council and the other boards"), "publish their accounts", DemandKind::Demand);
    // a passive obligation names nobody, nor does a phrase inside the subject
    let d = doc("Jane Roe said the questions about the dam's cost must be answered first.");
    assert!(d.demands.iter().all(|m| m.of.is_none()), "{}", dump(&d));
    let d = doc("Jane Roe said an order from the regional council is required before work starts.");
    assert!(d.demands.iter().all(|m| m.of.is_none()), "{}", dump(&d));
}

#[test]
fn a_demanded_thing_with_to_after_it_is_no_addressee() {
    let d = doc("Norway still demanded a return to the old quotas.");
    demand(&d, "Norway", None, "a return to the old quotas", DemandKind::Demand);
    let d = doc("Jane Roe demanded the council to reconsider.");
    demand(&d, "Jane Roe", Some("the council"), "reconsider", DemandKind::Demand);
}

#[test]
fn called_for_a_return_to_and_demanded_are_two_demands() {
    let d = doc("Secretary-General Jane Roe called for an immediate return to the truce and demanded unimpeded access for aid convoys.");
    demand(&d, "Jane Roe", None, "an immediate return to the truce", DemandKind::Appeal);
    demand(&d, "Jane Roe", None, "unimpeded access for aid convoys", DemandKind::Demand);
    // an infinitive after the object still names the addressee
    let d = doc("Jane Roe called for the government to resign.");
    demand(&d, "Jane Roe", Some("the government"), "resign", DemandKind::Appeal);
}

#[test]
fn a_threat_with_a_condition_demands_the_condition_of_its_subject() {
    let d = doc("Minister Jane Roe said Denmark would close its ports to the ships unless Norway cut its fishing quotas.");
    demand(&d, "Denmark", Some("Norway"), "cut its fishing quotas", DemandKind::Threat);
    let d = doc("“We will act unless Norway moves by June,” Jane Roe said.");
    demand(&d, "Jane Roe", Some("Norway"), "moves by June", DemandKind::Threat);
    let d = doc("Denmark threatened to close its ports unless Norway cut its quotas.");
    demand(&d, "Denmark", Some("Norway"), "cut its quotas", DemandKind::Threat);
    // a forecast with a condition is no threat: the speaker's condition (since the
    // thirty-third session, as the golds of sets 17–92 have it)
    let d = doc("Jane Roe said the talks would fail unless both sides compromised.");
    assert!(d.demands.iter().all(|m| m.kind == DemandKind::Condition), "{}", dump(&d));
    demand(&d, "Jane Roe", None, "both sides compromised", DemandKind::Condition);
}

#[test]
fn a_coordinated_demand_after_an_opening_phrase_is_the_subjects() {
    let d = doc("Speaking at a mill in Dunkirk, Governor Lena Varga said the state had waited too long and demanded that Denmark end its fuel subsidies.");
    demand(&d, "Lena Varga", Some("Denmark"), "Denmark end its fuel subsidies", DemandKind::Demand);
    // a name inside the opening phrase is not the subject
    let d = doc("After talks with Mayor Tomas Brandt, Governor Lena Varga said the plan was late and urged Denmark to cut its tariffs.");
    demand(&d, "Lena Varga", Some("Denmark"), "cut its tariffs", DemandKind::Appeal);
    // the subject after a phrase that is no actor, and a person before another actor
    let d = doc("Its director, Lena Varga, said the tariffs were overdue and urged Denmark to back the plan.");
    demand(&d, "Lena Varga", Some("Denmark"), "back the plan", DemandKind::Appeal);
    let d = doc("Norway's ambassador to the United Nations, Lena Varga, said Oslo was alarmed and demanded an emergency meeting.");
    demand(&d, "Lena Varga", None, "an emergency meeting", DemandKind::Demand);
}

#[test]
fn a_sentence_opened_by_the_speakers_own_document_is_attributed_to_the_subject() {
    let d = doc("Senator John Hale visited the port on Monday. In his speech on Monday, Senator John Hale laid out his plan for the border.");
    let s = said(&d, Reported, "Senator John Hale laid out his plan for the border", Some("John Hale"));
    assert_eq!(s.cue, "In");
    assert!(!about(&d, &s).contains(&"John Hale".to_string()), "{}", dump(&d));
}

#[test]
fn subject_after_a_phrase_that_ends_in_another_name() {
    let d = doc("Senator John Hale spoke on Monday. In a meeting with the staff of the World Bank Hale said that the border would stay open.");
    let s = d.statements.iter().find(|s| d.slice(s.text).ends_with("the border would stay open")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("John Hale"), "{}", dump(&d));
}

#[test]
fn title_case_headline_with_a_speech_verb() {
    let d = doc("Hale Vows To Block The Border Treaty.\n\nSenator John Hale spoke in the capital on Monday.");
    reported(&d, "Hale Vows To Block The Border Treaty", "John Hale");
    let d = doc("The Border Treaty Will Fail, Maria Kovacs Says.\n\nForeign Minister Maria Kovacs spoke in Vienna on Monday.");
    reported(&d, "The Border Treaty Will Fail, Maria Kovacs Says", "Maria Kovacs");
}

#[test]
fn unnamed_source_with_a_modifier_after_its_head() {
    let d = doc("Video of the incident shows the officer with his hands in the air.");
    said(&d, Reported, "Video of the incident shows the officer with his hands in the air", Some("Video of the incident"));
    let d = doc("A poll released by the Harbor Institute found that most voters oppose the new tax.");
    said(&d, Reported, "A poll released by the Harbor Institute found that most voters oppose the new tax", Some("A poll released by the Harbor Institute"));
    // a finite verb after the head is no modifier
    let d = doc("The campaign released an ad on Monday showing the governor at a rally.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("The campaign released an ad")), "{}", dump(&d));
}

// ---------------------------------------------------------------- attribution, fourth pass

#[test]
fn negated_cues_attribute_what_was_not_said() {
    let d = doc("Governor Paul Varga met the mayors on Monday. Varga hasn't said whether he will sign the measure.");
    let s = reported(&d, "Varga hasn't said whether he will sign the measure", "Paul Varga");
    assert_eq!(s.cue, "said");
    let d = doc("Senator Ada Quist spoke in Reno. Quist isn't saying if the company broke any laws.");
    reported(&d, "Quist isn't saying if the company broke any laws", "Ada Quist");
    // "said when …" is content unless it is "when asked"
    let d = doc("The budget is late. Lawmakers have not said when they would vote on the bill.");
    said(&d, Reported, "Lawmakers have not said when they would vote on the bill", Some("Lawmakers"));
}

#[test]
fn an_adverb_between_the_subject_and_its_cue() {
    let d = doc("Senator Ada Quist spoke in Reno. Quist now says she opposes the trade deal.");
    reported(&d, "Quist now says she opposes the trade deal", "Ada Quist");
    let d = doc("Governor Paul Varga spoke in Reno. Varga has long said that he qualifies for the ballot.");
    reported(&d, "Varga has long said that he qualifies for the ballot", "Paul Varga");
}

#[test]
fn a_time_phrase_between_the_cue_and_its_object() {
    let d = doc("The ministry announced on Friday the arrest of three officials.");
    let s = said(&d, Reported, "The ministry announced on Friday the arrest of three officials", Some("The ministry"));
    assert_eq!(s.cue, "announced");
}

#[test]
fn a_study_finds_its_clause_without_that() {
    let d = doc("One study found the new tax would raise costs for most families.");
    let s = said(&d, Reported, "One study found the new tax would raise costs for most families", Some("One study"));
    assert_eq!(s.cue, "found");
    let d = doc("A 2014 study by a law professor found 31 cases of fraud among a billion votes.");
    said(&d, Reported, "A 2014 study by a law professor found 31 cases of fraud among a billion votes", Some("A 2014 study by a law professor"));
    // anyone else "found" something: no speech
    let d = doc("Police found the car near the river on Sunday.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn unnamed_sources_close_to_someone_or_in_a_place() {
    let d = doc("Governor Paul Varga left early. Those close to him say the governor will veto the bill.");
    said(&d, Reported, "Those close to him say the governor will veto the bill", Some("Those close to him"));
    let d = doc("Political analysts in the region say the governor deserves a second term.");
    said(&d, Reported, "Political analysts in the region say the governor deserves a second term", Some("Political analysts in the region"));
}

#[test]
fn a_quoted_title_is_not_a_quote() {
    let d = doc("In an interview on “Harbor Morning Report,” Senator Ada Quist said the bill would pass. The ad, titled “Broken Promises,” ran on Monday.");
    nobody_said(&d, "Harbor Morning Report,");
    nobody_said(&d, "Broken Promises,");
    assert!(d.statements.iter().any(|s| s.unattributed == Some("title")), "{}", dump(&d));
    // quoted speech in title case is still speech when it opens the sentence or asks
    let d = doc("Senator Ada Quist spoke on Monday. “Vote For Change!” Quist told the crowd.");
    quote(&d, "Vote For Change!", "Ada Quist");
}

#[test]
fn that_before_a_plural_noun_opens_a_clause() {
    let d = doc("Governor Paul Varga spoke on Monday. Varga charges that countries that gain from the deal paid his rival.");
    let s = reported(&d, "Varga charges that countries that gain from the deal paid his rival", "Paul Varga");
    assert_eq!(s.cue, "charges");
}

#[test]
fn a_cue_word_used_as_a_noun_is_no_cue() {
    let d = doc("Republican support was more solid in the north. The governor has 85 percent support among rural voters.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn railing_against_and_branding_attack_their_object() {
    let d = doc("Governor Paul Varga railed against the new tariffs on Monday.");
    let s = reported(&d, "Governor Paul Varga railed against the new tariffs on Monday", "Paul Varga");
    assert_eq!(s.cue, "railed against");
    let d = doc("Poland branded Belarus an “outlaw regime” after the border incident.");
    quote(&d, "outlaw regime", "Poland");
}

#[test]
fn continued_with_a_colon_introduces_a_quote() {
    let d = doc("Senator Ada Quist spoke in Reno on Monday.\n\nQuist continued:\n\n“The health plan is a partisan issue, but the numbers tell another story.”");
    quote(&d, "The health plan is a partisan issue, but the numbers tell another story.", "Ada Quist");
    // "continued to" is no cue
    let d = doc("Governor Paul Varga continued to campaign across the state on Monday.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_new_subject_after_and_opens_a_second_attribution() {
    let d = doc("Senator Ada Quist and Governor Paul Varga met on Friday. Quist said the inquiry was mishandled and Varga accused the panel of stoking the dispute.");
    reported(&d, "Quist said the inquiry was mishandled", "Ada Quist");
    let s = reported(&d, "Varga accused the panel of stoking the dispute", "Paul Varga");
    assert_eq!(s.cue, "accused");
}

#[test]
fn a_relative_clause_after_an_attribution_is_its_own_statement() {
    let d = doc("“The plan is too complex,” said Ada Quist, who stressed that small firms would pay more.");
    let s = d.statements.iter().find(|s| s.cue == "stressed").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ada Quist"), "{}", dump(&d));
    assert!(d.slice(s.text).ends_with("small firms would pay more"), "{}", dump(&d));
    // "which" speaks for a body
    let d = doc("Lawmakers faulted the Harbor Workers Union, which denied any role in the delay.");
    let s = d.statements.iter().find(|s| s.cue == "denied").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Harbor Workers Union"), "{}", dump(&d));
}

#[test]
fn a_long_appositive_with_a_country_name_between_speaker_and_cue() {
    let d = doc("“Their strategy is very clear,” Tomas Brandt, a senior fellow at the Harbor Institute and a former United States ambassador to Russia, said of the network.");
    quote(&d, "Their strategy is very clear,", "Tomas Brandt");
}

#[test]
fn a_pronoun_after_a_speech_verb_leaves_the_quote_to_the_outer_speaker() {
    let d = doc("Protesters gathered outside the court. Demonstrators said they want “justice for the victims,” but pledged to remain calm.");
    said(&d, Direct, "justice for the victims,", Some("Demonstrators"));
}

#[test]
fn a_role_description_with_a_party_modifier_is_the_role_holder() {
    let d = doc("Republican nominee Paul Varga spoke in Reno on Monday.\n\nThe GOP nominee complained about the debate rules.\n\nThe Republican nominee said he would appeal.");
    reported(&d, "The GOP nominee complained about the debate rules", "Paul Varga");
    reported(&d, "The Republican nominee said he would appeal", "Paul Varga");
    let r = role(&d, "Paul Varga", "nominee");
    assert!(!r.former);
}

#[test]
fn a_participle_appositive_between_speaker_and_cue() {
    let d = doc("Senator Ada Quist met the mayors. Quist, speaking to reporters on Tuesday, said the deal was dead.");
    reported(&d, "Quist, speaking to reporters on Tuesday, said the deal was dead", "Ada Quist");
}

#[test]
fn appeared_to_and_often_before_a_cue() {
    let d = doc("Governor Paul Varga spoke in Reno. Varga appeared to suggest that veterans were weak.");
    let s = reported(&d, "Varga appeared to suggest that veterans were weak", "Paul Varga");
    assert_eq!(s.cue, "suggest");
    let d = doc("Senator Ada Quist spoke in Reno. Quist has often cited rising costs as a reason to vote no.");
    reported(&d, "Quist has often cited rising costs as a reason to vote no", "Ada Quist");
}

#[test]
fn unnamed_sources_with_a_modifier_whose_object_is_a_role_or_a_cue_noun() {
    let d = doc("Governor Paul Varga left early. Those close to the governor say that he will run again.");
    said(&d, Reported, "Those close to the governor say that he will run again", Some("Those close to the governor"));
    let d = doc("Critics of the plan say it will cost too much.");
    said(&d, Reported, "Critics of the plan say it will cost too much", Some("Critics of the plan"));
}

#[test]
fn an_unresolved_it_speaks_as_written() {
    let d = doc("The city sent a warning letter on Thursday. It says the campaign broke state law.");
    said(&d, Reported, "It says the campaign broke state law", Some("It"));
}

#[test]
fn a_participle_with_a_that_clause_far_from_its_subject() {
    let d = doc("Governor Paul Varga unleashed a series of posts early Friday saying that his rival had lied.");
    let s = d.statements.iter().find(|s| s.cue == "saying").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Paul Varga"), "{}", dump(&d));
    assert!(d.slice(s.text).ends_with("his rival had lied"), "{}", dump(&d));
}

#[test]
fn criticism_praise_and_discussion_verbs_attribute() {
    let d = doc("Senator Ada Quist lambasted the governor's budget on Monday.");
    let s = reported(&d, "Senator Ada Quist lambasted the governor's budget on Monday", "Ada Quist");
    assert_eq!(s.cue, "lambasted");
    let d = doc("Governor Paul Varga commended the rescue crews for their work.");
    reported(&d, "Governor Paul Varga commended the rescue crews for their work", "Paul Varga");
    let d = doc("Governor Paul Varga talked about his plans for the port.");
    let s = reported(&d, "Governor Paul Varga talked about his plans for the port", "Paul Varga");
    assert_eq!(s.cue, "talked about");
    // "a detailed plan" is an adjective
    let d = doc("The council approved a detailed plan for the port.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_document_opening_whose_name_holds_a_cue_word() {
    let d = doc("In the latest Harbor Post poll, Governor Varga leads his rival by five points among likely voters.");
    let s = said(&d, Reported, "Governor Varga leads his rival by five points among likely voters", Some("the latest Harbor Post poll"));
    assert_eq!(s.cue, "In");
}

#[test]
fn a_speech_opening_with_a_place_and_a_date() {
    let d = doc("Senator Ada Quist toured Ohio. In a speech in Dayton, Ohio, on Friday, Quist laid out her proposals for national service.");
    let s = reported(&d, "Quist laid out her proposals for national service", "Ada Quist");
    assert_eq!(s.cue, "In");
}

#[test]
fn an_age_and_a_relative_clause_between_speaker_and_cue() {
    let d = doc("Paul Varga, 56, who has served on the panel for a decade, told the Harbor News that the deal was dead.");
    reported(&d, "Paul Varga, 56, who has served on the panel for a decade, told the Harbor News that the deal was dead", "Paul Varga");
}

#[test]
fn cue_words_in_other_senses_are_no_cues() {
    for t in [
        "Others could buy a government plan similar to the one offered to veterans.",
        "The union hired dozens of advocates such as the Harbor Alliance.",
        "Jane Roe reported from Lisbon and Tom Hale from Madrid.",
        "Senator Ada Quist called in to a radio show on Monday night.",
        "Governor Paul Varga showed up at the debate two hours late.",
        "His approval rating declined slightly from 58 percent to 55 percent.",
    ] {
        let d = doc(t);
        assert!(d.statements.is_empty(), "{t}: {}", dump(&d));
    }
    // the leaders' verb after a plural subject still speaks
    let d = doc("The union leaders claim that the rule is unfair.");
    assert!(d.statements.iter().any(|s| s.cue == "claim"), "{}", dump(&d));
}

#[test]
fn a_call_for_something_is_a_statement_and_a_demand() {
    let d = doc("Senator Ada Quist called for a ban on arms sales to the region.");
    let s = reported(&d, "Senator Ada Quist called for a ban on arms sales to the region", "Ada Quist");
    assert_eq!(s.cue, "called");
    assert!(!d.demands.is_empty(), "the demand stays\n{}", dump(&d));
    // "called on Y to …" is an appeal only (the example gold and the probes count no statement
    // for it), but a quote inside it is still the caller's
    let d = doc("Governor Paul Varga called on the legislature to pass the budget.");
    demand(&d, "Paul Varga", Some("the legislature"), "pass the budget", DemandKind::Appeal);
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Governor Paul Varga called on the legislature to “stop stalling” on the budget.");
    quote(&d, "stop stalling", "Paul Varga");
}

#[test]
fn a_block_quote_after_a_cue_and_colon() {
    let d = doc("Governor Paul Varga spoke on the radio on Wednesday.\n\nVarga added:\n\nIt is typical of the council. It never stops talking, and it never acts.\n\nThe council did not reply.");
    let s = quote(&d, "It is typical of the council. It never stops talking, and it never acts.", "Paul Varga");
    assert_eq!(s.cue, "added");
}

#[test]
fn a_bare_plural_subject_before_a_cue_and_that() {
    let d = doc("The mine reopened in May. But environmentalists worry that the company cannot pay for the cleanup.");
    said(&d, Reported, "environmentalists worry that the company cannot pay for the cleanup", Some("environmentalists"));
    let d = doc("Most investors assumed that the governor had a backer.");
    assert!(d.statements.iter().any(|s| s.cue == "assumed"), "{}", dump(&d));
    // other senses: "assumed office", "compared with"
    for t in ["Governor Paul Varga assumed office in January.", "Sales rose 5 percent compared with last year."] {
        let d = doc(t);
        assert!(d.statements.is_empty(), "{t}: {}", dump(&d));
    }
    let d = doc("Governor Paul Varga compares his struggles to those of a former president.");
    reported(&d, "Governor Paul Varga compares his struggles to those of a former president", "Paul Varga");
}

#[test]
fn told_an_outlet_after_the_content_is_parenthetical() {
    let d = doc("The governor could back a clean energy plan if it made business sense, Senator Ada Quist told the Harbor News on Thursday.");
    let s = reported(&d, "The governor could back a clean energy plan if it made business sense, Senator Ada Quist told the Harbor News on Thursday", "Ada Quist");
    assert_eq!(s.cue, "told");
    // after a quote, "X told Y" adds no content of its own: the quote is the statement
    let d = doc("“The system is rigged,” Governor Paul Varga told the Harbor News this week.");
    quote(&d, "The system is rigged,", "Paul Varga");
    assert!(!d.statements.iter().any(|s| s.kind == Reported), "{}", dump(&d));
    // a parenthetical in mid-sentence keeps the content after it
    let d = doc("Senator Ada Quist toured the museum. The museum, Quist said, honours several of her heroes.");
    reported(&d, "The museum, Quist said, honours several of her heroes", "Ada Quist");
}

#[test]
fn a_sign_off_quote_opened_with_a_closing_mark() {
    let d = doc("Readers sent us their views.\n\n”We need order. Nobody feels safe on the street.” ― Lena Okafor\n\n“I will vote for change.” ― Tomasz Wielgus");
    quote(&d, "We need order. Nobody feels safe on the street.", "Lena Okafor");
}

#[test]
fn a_titled_name_of_a_place_is_the_person() {
    let d = doc("Senator Ann Ruiz of Ohio voted no on Monday. “This is a waste of time,” said Representative Tomas B. Brandt of New York.");
    quote(&d, "This is a waste of time,", "Tomas B. Brandt");
    assert!(d.entities.iter().any(|e| e.name == "Ann Ruiz"), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.name.ends_with("of Ohio")), "{}", dump(&d));
}

#[test]
fn an_abbreviated_title_with_its_full_stop_after_the_cue() {
    let d = doc("“This is a waste of time,” said Del. Stacey Varga of the Harbor Islands.");
    quote(&d, "This is a waste of time,", "Stacey Varga");
}

#[test]
fn weak_cues_are_no_evidence_of_a_person() {
    // "continued", "brand", "discussed" were added as cues for attribution; before them a
    // capitalised word is not thereby a person
    let d = doc("If the numbers hold, Chrome continues to surge. The pens were sold under the Paper Mate brand.");
    assert!(!d.entities.iter().any(|e| e.kind == newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn an_unnamed_speaker_after_the_cue() {
    let d = doc("The talks did not go well at all, said one union source in the room.");
    let s = said(&d, Reported, "The talks did not go well at all, said one union source in the room", Some("one union source in the room"));
    assert_eq!(s.cue, "said");
    let d = doc("“We will not sign this,” said a senior official.");
    said(&d, Direct, "We will not sign this,", Some("a senior official"));
    // a clause after the cue is what was said, not a speaker
    let d = doc("Governor Paul Varga said a senior official would resign.");
    reported(&d, "Governor Paul Varga said a senior official would resign", "Paul Varga");
}

#[test]
fn a_bare_day_after_a_parenthetical_cue() {
    let d = doc("The budget is an insult to every taxpayer, state lawmakers said Friday afternoon, as they waited for the vote.");
    let s = said(&d, Reported, "The budget is an insult to every taxpayer, state lawmakers said Friday afternoon, as they waited for the vote", Some("lawmakers"));
    assert_eq!(s.cue, "said");
}

#[test]
fn an_appositive_between_dashes_and_a_floating_quantifier() {
    let d = doc("Senator Ada Quist -- a member of the budget panel -- said the governor tended to make promises at those events.");
    reported(&d, "Senator Ada Quist -- a member of the budget panel -- said the governor tended to make promises at those events", "Ada Quist");
    let d = doc("“We will keep going,” Jane Roe, the head of Harbor Media -- the firm that owns the paper -- told reporters.");
    quote(&d, "We will keep going,", "Jane Roe");
    let d = doc("Senators Ada Quist and Lena Okafor all suggested that the claims could be grounds for a fraud case.");
    reported(&d, "Senators Ada Quist and Lena Okafor all suggested that the claims could be grounds for a fraud case", "Ada Quist");
}

#[test]
fn a_person_of_an_organisation_before_the_cue() {
    let d = doc("Senator Ada Quist spoke first. “It was the least bad outcome,” Tomas Brandt of the Harbor Club said.");
    quote(&d, "It was the least bad outcome,", "Tomas Brandt");
}

#[test]
fn according_to_before_a_quote() {
    let d = doc("Governor Paul Varga left early.\n\nAccording to Varga, “the council never listens to anyone in this town.”");
    let s = quote(&d, "the council never listens to anyone in this town.", "Paul Varga");
    assert_eq!(s.cue, "according to");
}

#[test]
fn a_colon_intro_opened_by_a_date() {
    let d = doc("On July 6, 2015, Governor Paul Varga made the following comment:\n\n“For young people who have left school, the job market is very hard.”\n\nAccording to Senator Ada Quist, the market has improved.");
    quote(&d, "For young people who have left school, the job market is very hard.", "Paul Varga");
}

#[test]
fn an_opening_adverbial_before_the_subject_is_no_content() {
    let d = doc("Governor Paul Varga will debate on Monday. In interviews, Varga has questioned the very need for moderators.");
    reported(&d, "Varga has questioned the very need for moderators", "Paul Varga");
    // the content before a comma still makes "X told Y" parenthetical
    let d = doc("The governor could back the plan, Senator Ada Quist told the Harbor News on Thursday.");
    reported(&d, "The governor could back the plan, Senator Ada Quist told the Harbor News on Thursday", "Ada Quist");
}

#[test]
fn a_bare_plural_subject_before_a_question_clause() {
    let d = doc("Governor Paul Varga changed his mind in May. Delegates questioned how Varga could turn back on a pledge he made.");
    said(&d, Reported, "Delegates questioned how Varga could turn back on a pledge he made", Some("Delegates"));
}

#[test]
fn bare_plural_subjects_with_names_possessives_and_coordination() {
    let d = doc("Several former Harbor Post reporters have complained they were not given a free hand.");
    said(&d, Reported, "Several former Harbor Post reporters have complained they were not given a free hand", Some("Several former Harbor Post reporters"));
    let d = doc("Companies and investors complain bitterly that taxes are too high.");
    said(&d, Reported, "Companies and investors complain bitterly that taxes are too high", Some("Companies and investors"));
    let d = doc("Governor Paul Varga left the state. His surrogates insisted that the plan was sound.");
    said(&d, Reported, "His surrogates insisted that the plan was sound", Some("His surrogates"));
}

#[test]
fn according_to_a_phrase_without_a_speaker_noun() {
    let d = doc("Meanwhile, in the northern region, a storm damaged the main bridge, according to the regional governor.");
    let s = said(&d, Reported, "a storm damaged the main bridge", Some("the regional governor"));
    assert_eq!(s.cue, "according to");
    let d = doc("More than half of the advice is wrong, according to the leading medical journal.");
    said(&d, Reported, "More than half of the advice is wrong", Some("the leading medical journal"));
}

#[test]
fn a_body_that_predicts_or_acknowledges() {
    let d = doc("Overall, the fund predicted that advanced economies would grow by 1.6 percent.");
    said(&d, Reported, "the fund predicted that advanced economies would grow by 1.6 percent", Some("the fund"));
}

#[test]
fn quoted_as_saying_and_a_modal_before_the_cue() {
    let d = doc("Governor Paul Varga spoke on Monday. Varga was quoted as saying that the deal was dead.");
    let s = reported(&d, "Varga was quoted as saying that the deal was dead", "Paul Varga");
    assert_eq!(s.cue, "saying");
    let d = doc("Governor Paul Varga spoke on Monday. Varga might say that the budget is too small.");
    reported(&d, "Varga might say that the budget is too small", "Paul Varga");
}

#[test]
fn a_quote_opening_a_sentence_whose_source_closes_it() {
    let d = doc("The Harbor Institute estimates that the plan would cost $1 billion.\n\n“I have admiration for the mechanics” of the governor’s proposals, Tomas Hale said. “They are more detailed than the last ones.”");
    quote(&d, "I have admiration for the mechanics", "Tomas Hale");
    quote(&d, "They are more detailed than the last ones.", "Tomas Hale");
}

#[test]
fn a_clause_after_a_short_object_or_aside() {
    let d = doc("Senator Ada Quist filed the suit. The judge agreed with Quist that there was no reason to delay the vote.");
    let s = said(&d, Reported, "The judge agreed with Quist that there was no reason to delay the vote", Some("The judge"));
    assert_eq!(s.cue, "agreed");
    let d = doc("Governor Paul Varga continues to insist, most recently in a radio interview, that he will release his taxes.");
    reported(&d, "Governor Paul Varga continues to insist, most recently in a radio interview, that he will release his taxes", "Paul Varga");
    // an adverb between "and" and a coordinated cue
    let d = doc("Governor Paul Varga toured the port on Monday and also said that the budget was too small.");
    reported(&d, "Governor Paul Varga toured the port on Monday and also said that the budget was too small", "Paul Varga");
}

#[test]
fn a_quantifier_standing_for_people_as_the_subject() {
    let d = doc("Governor Paul Varga left the state on Monday. Some believe the plan shows that the governor is worried about the vote.");
    said(&d, Reported, "Some believe the plan shows that the governor is worried about the vote", Some("Some"));
    let d = doc("The budget passed on Monday. Others argue that the budget is too small.");
    said(&d, Reported, "Others argue that the budget is too small", Some("Others"));
    let d = doc("The budget passed on Monday. No one expected a full hour of debate on the budget.");
    said(&d, Reported, "No one expected a full hour of debate on the budget", Some("No one"));
    // (a quantifier before a noun is the noun's: "some voters")
    let d = doc("Some voters believe the plan is too costly.");
    said(&d, Reported, "Some voters believe the plan is too costly", Some("Some voters"));
}

#[test]
fn a_relative_clause_between_an_unnamed_subject_and_the_cue() {
    let d = doc("The bridge closed in May. Local officials, who met on Monday, said that the bridge would reopen.");
    said(&d, Reported, "Local officials, who met on Monday, said that the bridge would reopen", Some("Local officials"));
}

#[test]
fn a_cue_participle_opening_the_sentence() {
    let d = doc("Governor Paul Varga spoke on Monday. Citing security concerns, Varga closed the border crossing at Tilden.");
    let s = reported(&d, "security concerns", "Paul Varga");
    assert_eq!(s.cue, "Citing");
    let d = doc("Governor Paul Varga spoke on Monday. Claiming the plan is unfair to farmers, Varga told reporters that he would veto it.");
    reported(&d, "the plan is unfair to farmers", "Paul Varga");
    reported(&d, "Varga told reporters that he would veto it", "Paul Varga");
    // (a participle of another verb, or no actor after the comma, is no attribution)
    let d = doc("Governor Paul Varga spoke on Monday. Citing security concerns, the border crossing at Tilden was closed.");
    assert!(d.statements.iter().all(|s| d.slice(s.text) != "security concerns"), "{}", dump(&d));
}

#[test]
fn a_speech_noun_with_a_possessor_before_that() {
    let d = doc("Governor Paul Varga spoke on Monday. The agency checked Varga's claim that the bridge had been repaired twice this year.");
    let s = reported(&d, "that the bridge had been repaired twice this year", "Paul Varga");
    assert_eq!(s.cue, "claim");
    // (a relative clause after the noun is no content)
    let d = doc("Governor Paul Varga spoke on Monday. Varga's claim that was made in May is false.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).starts_with("that was made")), "{}", dump(&d));
}

#[test]
fn a_coordinated_cue_after_an_auxiliary() {
    let d = doc("Governor Tom Hale has attacked the harbour fees of the council, and has called for ending the ferry levy.");
    reported(&d, "Governor Tom Hale has attacked the harbour fees of the council", "Tom Hale");
    let s = reported(&d, "has called for ending the ferry levy", "Tom Hale");
    assert_eq!(s.cue, "called");
}

#[test]
fn spoke_of_a_topic() {
    let d = doc("Chief Justice Tom Hale spoke of the history of the old mill and its workers. Senator Ada Quist spoke to Tom Hale on Monday. Quist spoke out against the new tax on farms.");
    let s = reported(&d, "Chief Justice Tom Hale spoke of the history of the old mill and its workers", "Tom Hale");
    assert_eq!(s.cue, "spoke");
    reported(&d, "Quist spoke out against the new tax on farms", "Ada Quist");
    // (speaking to someone is a meeting)
    assert!(d.statements.iter().all(|s| !d.slice(s.text).contains("spoke to")), "{}", dump(&d));
}

#[test]
fn a_bare_plural_subject_before_a_clause_led_by_a_determiner_or_a_name() {
    let d = doc("Governor Paul Varga left the state. Several audits agree the harbour fees would rise under the plan.");
    said(&d, Reported, "Several audits agree the harbour fees would rise under the plan", Some("Several audits"));
}

#[test]
fn an_adverb_in_a_relative_clause_and_has_spoken_about() {
    let d = doc("The bridge plan was opposed by the Tolvan government, which has firmly rejected the cost estimates.");
    let s = said(&d, Reported, "the Tolvan government, which has firmly rejected the cost estimates", Some("the Tolvan government"));
    assert_eq!(s.cue, "rejected");
    let d = doc("Senator Ada Quist has spoken about the cost of the new ferry line.");
    reported(&d, "Senator Ada Quist has spoken about the cost of the new ferry line", "Ada Quist");
}

#[test]
fn unveiling_portraying_making_the_case_and_taking_offense() {
    let d = doc("Governor Paul Varga unveiled a plan to rebuild the old bridge. Senator Ada Quist has portrayed herself as a friend of the farmers. Varga made the case that the bridge was unsafe. Quist took offense at remarks about her fishing licence.");
    reported(&d, "Governor Paul Varga unveiled a plan to rebuild the old bridge", "Paul Varga");
    reported(&d, "Senator Ada Quist has portrayed herself as a friend of the farmers", "Ada Quist");
    let s = reported(&d, "Varga made the case that the bridge was unsafe", "Paul Varga");
    assert_eq!(s.cue, "made the case");
    let s = reported(&d, "Quist took offense at remarks about her fishing licence", "Ada Quist");
    assert_eq!(s.cue, "took offense at");
}

#[test]
fn linking_offering_and_rating() {
    let d = doc("Governor Paul Varga repeatedly linked the ferry delays to the new harbour fees. Senator Ada Quist offered a plan for a second ferry line. The Harbor Review rated the claim as mostly false.");
    let s = reported(&d, "Governor Paul Varga repeatedly linked the ferry delays to the new harbour fees", "Paul Varga");
    assert_eq!(s.cue, "linked");
    reported(&d, "Senator Ada Quist offered a plan for a second ferry line", "Ada Quist");
    said(&d, Reported, "The Harbor Review rated the claim as mostly false", Some("The Harbor Review"));
}

#[test]
fn forecasting_reminding_faulting_and_favoring() {
    let d = doc("Governor Paul Varga reminded voters that the bridge was closed for a year. Senator Ada Quist faulted the council for the delays at the port. The Tolvan government forecast that growth would slow next year. Varga favors a new tax on the largest banks.");
    reported(&d, "Governor Paul Varga reminded voters that the bridge was closed for a year", "Paul Varga");
    let s = reported(&d, "Senator Ada Quist faulted the council for the delays at the port", "Ada Quist");
    assert_eq!(s.cue, "faulted");
    said(&d, Reported, "The Tolvan government forecast that growth would slow next year", Some("The Tolvan government"));
    reported(&d, "Varga favors a new tax on the largest banks", "Paul Varga");
}

#[test]
fn impersonal_cues_calling_in_and_an_adverb_in_a_passive_are_no_statements() {
    let d = doc("Governor Paul Varga left. It is worth noting that the bridge was closed for a year. It goes without saying that the port is busy. Varga called into a morning show on Monday. Varga was duly called to give evidence to the panel.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn voting_backing_and_deciding() {
    let d = doc("Senator Ada Quist voted against the bill to close the port. The Harbor Review backed Governor Paul Varga in the race for the seat. Quist backed down on Monday. Varga decided that the bridge would stay closed.");
    let s = reported(&d, "Senator Ada Quist voted against the bill to close the port", "Ada Quist");
    assert_eq!(s.cue, "voted");
    said(&d, Reported, "The Harbor Review backed Governor Paul Varga in the race for the seat", Some("The Harbor Review"));
    reported(&d, "Varga decided that the bridge would stay closed", "Paul Varga");
    // ("backed down" is no support)
    assert!(d.statements.iter().all(|s| !d.slice(s.text).contains("backed down")), "{}", dump(&d));
}

#[test]
fn a_quote_that_is_sung() {
    let d = doc("Ada Quist took the stage on Monday.\n\n“Row the boat home before the tide,” Quist sings to the crowd.");
    quote(&d, "Row the boat home before the tide,", "Ada Quist");
}

#[test]
fn a_lowercase_description_before_the_speaker_after_the_cue() {
    let d = doc("The vote was on Monday.\n\n“The ferry has been late all year,” said 2019 flood survivor Ada Quist.");
    quote(&d, "The ferry has been late all year,", "Ada Quist");
    let d = doc("The vote was on Monday.\n\n“The port will never be the same,” said longtime resident Tomas Brandt.");
    quote(&d, "The port will never be the same,", "Tomas Brandt");
}

#[test]
fn an_infinitive_cue_with_the_clause_subject_as_speaker() {
    let d = doc("Governor Paul Varga met the council on Monday. Varga came to talk about the budget of the port. Senator Ada Quist assembled Monday to discuss the ferry timetable for the winter.");
    let s = reported(&d, "Varga came to talk about the budget of the port", "Paul Varga");
    assert_eq!(s.cue, "talk about");
    reported(&d, "Senator Ada Quist assembled Monday to discuss the ferry timetable for the winter", "Ada Quist");
    // (after an object or an adjective the infinitive is not the subject's: "asked him to comment")
    let d = doc("Governor Paul Varga asked him to comment on the plan. The law requires owners to disclose their boats. Varga is keen to discuss the budget.");
    assert!(d.statements.iter().all(|s| !matches!(s.cue.as_str(), "comment" | "disclose" | "discuss")), "{}", dump(&d));
}

#[test]
fn a_passive_cue_with_its_agent() {
    let d = doc("Governor Paul Varga left. The plan to close the port was sharply criticized by Senator Ada Quist on Monday.");
    let s = reported(&d, "The plan to close the port was sharply criticized by Senator Ada Quist on Monday", "Ada Quist");
    assert_eq!(s.cue, "criticized");
    // (without an agent a passive is nobody's statement)
    let d = doc("Governor Paul Varga left. The plan to close the port was sharply criticized on Monday.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_headline_opened_by_a_poll_label() {
    let d = doc("Poll: Voters Turn Away From the Governor.\n\nA new survey shows that voters in Tolvan have turned away from the governor.");
    said(&d, Direct, "Voters Turn Away From the Governor.", Some("Poll"));
}

#[test]
fn a_second_complement_after_comma_and_stays_in_the_statement() {
    let d = doc("Chief Justice Tom Hale spoke of the history of the old mill, and how the town had changed since it closed.");
    reported(&d, "Chief Justice Tom Hale spoke of the history of the old mill, and how the town had changed since it closed", "Tom Hale");
}

#[test]
fn a_stance_towards_an_actor_named_as_the_object() {
    let d = doc("Governor Paul Varga left. The Harbor Union endorsed Varga. Senator Ada Quist has attacked Varga.");
    let s = said(&d, Reported, "The Harbor Union endorsed Varga", Some("Harbor Union"));
    assert_eq!(about(&d, &s), vec!["Paul Varga".to_string()]);
    reported(&d, "Senator Ada Quist has attacked Varga", "Ada Quist");
    // (a short object that names no actor is still too little)
    let d = doc("Senator Ada Quist has attacked it.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_possessed_stance_noun_with_a_copula_before_that() {
    let d = doc("Governor Paul Varga left. Varga's bet is that the ferry line will pay for itself by spring.");
    let s = reported(&d, "that the ferry line will pay for itself by spring", "Paul Varga");
    assert_eq!(s.cue, "bet");
}

#[test]
fn two_appositives_after_the_speaker_before_the_cue() {
    let d = doc("The levy was approved in May.\n\n“The new levy will empty the harbour,” Tom Hale, the mayor of Tilden, one of the towns in the ferry pact, said at a meeting on Monday.");
    quote(&d, "The new levy will empty the harbour,", "Tom Hale");
}

#[test]
fn ruling_labeling_publishing_and_weighing_in() {
    let d = doc("Governor Paul Varga left. A county judge ruled on Monday against the ferry levy. Senator Ada Quist labeled the plan a disaster for the port. Quist weighed in on the debate over the bridge.");
    said(&d, Reported, "A county judge ruled on Monday against the ferry levy", Some("A county judge"));
    let s = reported(&d, "Senator Ada Quist labeled the plan a disaster for the port", "Ada Quist");
    assert_eq!(s.cue, "labeled");
    let s = reported(&d, "Quist weighed in on the debate over the bridge", "Ada Quist");
    assert_eq!(s.cue, "weighed in");
}

#[test]
fn a_quote_that_is_demanded_names_its_speaker() {
    let d = doc("Senator Tom Hale spoke first. “The ferry will be late again this winter,” Hale said.\n\n“Who will pay for the second boat?” Senator Ada Quist demanded.");
    quote(&d, "The ferry will be late again this winter,", "Tom Hale");
    let s = quote(&d, "Who will pay for the second boat?", "Ada Quist");
    assert_eq!(s.cue, "demanded");
}

#[test]
fn going_after_someone_names_the_quotes_speaker() {
    let d = doc("Governor Paul Varga left the state. Since May, Senator Ada Quist has gone after Varga as a “man who will sell the port to the highest bidder.”");
    quote(&d, "man who will sell the port to the highest bidder.", "Ada Quist");
}

#[test]
fn a_colon_closing_a_clause_without_a_cue_of_its_own() {
    let d = doc("The vote is in May. Worried about the ferry, Governor Paul Varga is unveiling a new slogan: “It is about the port.”");
    quote(&d, "It is about the port.", "Paul Varga");
}

#[test]
fn a_shouted_quote_names_its_speaker() {
    let d = doc("Governor Paul Varga took the stage.\n\n“The port is open again!” Senator Ada Quist shouted to the crowd. “Nobody will close it while I am here.”");
    quote(&d, "The port is open again!", "Ada Quist");
    quote(&d, "Nobody will close it while I am here.", "Ada Quist");
}

// Roles seen in probes written for the seventh session (issue 4).
#[test]
fn role_with_a_portfolio_word_before_minister() {
    let d = doc("Greek Migration Minister Stavros Kalder flew to Rome on Monday.");
    let r = role(&d, "Stavros Kalder", "Minister");
    assert_eq!(r.title, "Migration Minister");
    assert_eq!(role_of(&d, r).as_deref(), Some("Greece"), "{}", dump(&d));
}

#[test]
fn role_generic_title_with_its_owner() {
    let d = doc("Labour Party leader Tom Varga met voters. A senior NATO official, Ada Quist, said the talks went well.");
    let r = role(&d, "Tom Varga", "leader");
    assert_eq!(role_of(&d, r).as_deref(), Some("Labour Party"), "{}", dump(&d));
    let r = role(&d, "Ada Quist", "official");
    assert_eq!(role_of(&d, r).as_deref(), Some("NATO"), "{}", dump(&d));
    // without an owner "leader" describes and names no office
    let d = doc("The leader Tom Varga spoke first.");
    assert!(d.roles.is_empty(), "{}", dump(&d));
}

#[test]
fn role_with_an_adjective_after_a_possessive_owner() {
    // "political", "shadow", "aid" stand inside a title; the possessive names its owner
    let d = doc("NATO's political chief, Ada Quist, said the talks went well. The UN's aid coordinator, Tom Varga, warned of hunger.");
    let r = role(&d, "Ada Quist", "chief");
    assert_eq!(r.title, "political chief");
    assert_eq!(role_of(&d, r).as_deref(), Some("NATO"), "{}", dump(&d));
    let r = role(&d, "Tom Varga", "coordinator");
    assert_eq!(r.title, "aid coordinator");
    assert_eq!(role_of(&d, r).as_deref(), Some("United Nations"), "{}", dump(&d));
}

#[test]
fn role_chairman_of_an_acronym_then_an_unknown_name() {
    let d = doc("The chairman of the QEC, Wakoli Otundo, said the count was fair.");
    let r = role(&d, "Wakoli Otundo", "chairman");
    assert_eq!(role_of(&d, r).as_deref(), Some("QEC"), "{}", dump(&d));
}

// Demands seen in probes written for the seventh session.
#[test]
fn obligation_after_said_starts_at_its_subject() {
    // what is demanded is the clause after the verb of saying, not the whole statement
    let d = doc("Union leader Ada Quist said ministers must protect jobs at the port.");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("protect jobs")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!d.slice(m.what).starts_with("said"), "{}", dump(&d));
    let d = doc("Alliance chief Tom Varga said allies had to do more.");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("do more")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!d.slice(m.what).contains("Varga"), "{}", dump(&d));
}

#[test]
fn no_one_should_is_no_demand() {
    let d = doc("The palace said King Tomas believed no one should be punished for a vote.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn told_reporters_then_a_quote_is_no_demand() {
    let d = doc("Ada Quist, the envoy of Vexmoor, told reporters: “We did not come here to die quietly.”");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn urged_an_organisation_to_release_data() {
    // "data" is a noun that speaks ("data showed"), but not after the infinitive's "to"
    let d = doc("Senator Tom Varga urged the Quarnel Commission to release data on the count.");
    demand(&d, "Tom Varga", Some("Quarnel Commission"), "release data on the count", DemandKind::Appeal);
    let d = doc("Senator Tom Varga said the count was wrong and called on the Quarnel Commission to release data.");
    demand(&d, "Tom Varga", Some("Quarnel Commission"), "release data", DemandKind::Appeal);
}

#[test]
fn called_for_z_and_demanded_that_y() {
    // two demands: the "to" of the second clause is no part of the first
    let d = doc("Senator Ada Quist called for an immediate truce and demanded that Peru allow aid trucks to enter the port.");
    demand(&d, "Ada Quist", None, "an immediate truce", DemandKind::Appeal);
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("allow aid trucks")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("Peru"), "{}", dump(&d));
}

#[test]
fn role_ranks_and_offices_of_several_words() {
    let d = doc("The Chancellor of the Exchequer, Ada Quist, kept her job. Commodore Tom Varga said the ships had left.");
    role(&d, "Ada Quist", "Chancellor of the Exchequer");
    role(&d, "Tom Varga", "Commodore");
    let d = doc("Peru's main opposition leader, Tom Varga, rejected the result.");
    let r = role(&d, "Tom Varga", "opposition leader");
    assert_eq!(r.title, "main opposition leader");
    assert_eq!(role_of(&d, r).as_deref(), Some("Peru"), "{}", dump(&d));
}

#[test]
fn urged_y_not_to_z() {
    let d = doc("Mayor Ada Quist urged residents not to return until the fire was out.");
    demand(&d, "Ada Quist", Some("residents"), "not to return until the fire was out", DemandKind::Appeal);
}

#[test]
fn the_president_is_the_one_in_office_named_before() {
    let d = doc("The commission declared President Ada Quist the winner, and former President Tom Varga led the observers. The president urged the opposition to respect the result. The bar association disagreed. Its president, Lena Okafor, said the count was flawed.");
    demand(&d, "Ada Quist", Some("the opposition"), "respect the result", DemandKind::Appeal);
}

#[test]
fn description_then_named_person_in_apposition_demands() {
    let d = doc("The head of the Senate's budget committee, Senator Ada Quist, called on the government to cut spending.");
    demand(&d, "Ada Quist", Some("the government"), "cut spending", DemandKind::Appeal);
}

#[test]
fn the_interior_minister_is_no_earlier_prime_minister() {
    let d = doc("Prime Minister Tom Varga said he would stay. Students demanded an apology from the interior minister, Ada Quist, after the arrests.");
    for m in &d.demands {
        assert_ne!(m.of.map(|p| party(&d, p)).as_deref(), Some("Tom Varga"), "{}", dump(&d));
    }
}

#[test]
fn role_appositive_after_an_age() {
    let d = doc("Tom Varga, 50, a former mayor of Lima, said he would not resign.");
    let r = role(&d, "Tom Varga", "mayor");
    assert!(r.former, "{}", dump(&d));
}

#[test]
fn appealed_to_a_group_to_z() {
    let d = doc("The Vexmoor Council of Churches appealed to both sides to avoid violence.");
    demand(&d, "Vexmoor Council of Churches", Some("both sides"), "avoid violence", DemandKind::Appeal);
}

#[test]
fn insisted_that_with_an_indicative_is_no_demand() {
    // an assertion ...
    let d = doc("President Tom Varga insisted that the government had already met the students' demands.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).contains("already met")), "{}", dump(&d));
    // ... but a demand with a subjunctive or a modal
    let d = doc("President Tom Varga insisted that the ministers resign.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("resign")), "{}", dump(&d));
}

#[test]
fn role_opposition_leader_without_an_owner() {
    let d = doc("Opposition leader Tom Varga called for early elections.");
    role(&d, "Tom Varga", "opposition leader");
}

#[test]
fn a_participle_opening_the_sentence_before_a_country_is_no_name() {
    let d = doc("The port reopened on Monday.\n\nRetired U.S. Navy Adm. Austin Pike is speaking out against the ferry plan.\n\nPike said the levy was too high.");
    reported(&d, "Pike said the levy was too high", "Austin Pike");
    // (a country's full name that opens with a common word stays whole)
    let d = doc("The port reopened on Monday.\n\nNorth Korea said the levy was too high.");
    reported(&d, "North Korea said the levy was too high", "North Korea");
}

#[test]
fn a_body_and_a_job_before_the_name_after_the_cue() {
    let d = doc("The port reopened on Monday.\n\n“The ferry is late again,” said Harbor Union organizer Jane Roe. “Nobody knows when it will come.”");
    quote(&d, "The ferry is late again,", "Jane Roe");
    quote(&d, "Nobody knows when it will come.", "Jane Roe");
}

#[test]
fn a_description_then_a_titled_name_in_commas_before_the_cue() {
    let d = doc("The port reopened on Monday.\n\nThe chief engineer of the port, Dr. Ada Quist, believes the dock will open in May.");
    reported(&d, "The chief engineer of the port, Dr. Ada Quist, believes the dock will open in May", "Ada Quist");
}

#[test]
fn an_honorific_before_a_surname_that_is_also_a_title() {
    // ("bishop" is a title; the honorific's sex picks between two people of that name)
    let d = doc("Tom Bishop runs the harbour ferry.\n\nMs. Amy Bishop, his sister, left in May. Mr. Bishop said the levy was unfair. Ms. Bishop said it was fair.");
    reported(&d, "Mr. Bishop said the levy was unfair", "Tom Bishop");
    reported(&d, "Ms. Bishop said it was fair", "Amy Bishop");
}

#[test]
fn a_middle_initial_makes_a_person_not_a_team() {
    // ("Austin" is a city, and the surname ends in "s" like a team's plural)
    let d = doc("The mill closed in May.\n\nAustin R. Hastings called the plan a disaster for the town. “Nobody else will build anything here.”");
    reported(&d, "Austin R. Hastings called the plan a disaster for the town", "Austin R. Hastings");
    quote(&d, "Nobody else will build anything here.", "Austin R. Hastings");
    assert!(d.entities.iter().any(|e| e.name == "Austin R. Hastings" && format!("{:?}", e.kind) == "Person"), "{}", dump(&d));
}

#[test]
fn a_sign_off_closing_the_paragraph_names_its_earlier_quote() {
    let d = doc("Readers wrote in about the ferry.\n\n“The new boat is far too slow for the morning rush.” ― Jane Roe\n\n“The island needs a second boat before the winter comes.” Or at least “a faster one.” ― Tom Hale");
    quote(&d, "The new boat is far too slow for the morning rush.", "Jane Roe");
    quote(&d, "The island needs a second boat before the winter comes.", "Tom Hale");
}

#[test]
fn a_quote_between_dashes_after_a_persons_name() {
    let d = doc("The pilots met on Monday.\n\nSeveral captains backed the plan, among them the harbour pilot Jane Roe -- “The channel is safe now for every boat” -- and Tom Hale. Others praised Governor Paul Varga -- “a careful man” -- for the delay.");
    quote(&d, "The channel is safe now for every boat", "Jane Roe");
    // (the object of a verb or preposition does not speak)
    assert_ne!(speaker_of(&d, "a careful man").as_deref(), Some("Paul Varga"), "{}", dump(&d));
}

#[test]
fn a_participle_after_a_quote_closed_after_its_comma() {
    // (the quote holds a clause break, "when", and a pronoun that must not become the speaker)
    let d = doc("The port authority sued the ferry firm.\n\nOn Monday, Quillmart said: “Our boats ran on time when they had their own crews,” adding that fares had fallen by half.");
    quote(&d, "Our boats ran on time when they had their own crews,", "Quillmart");
    reported(&d, "adding that fares had fallen by half", "Quillmart");
}

#[test]
fn a_refusal_told_to_a_news_agency_is_the_speakers() {
    let d = doc("Vexmoor Front official Ada Quarry told Reuters the group would not negotiate with the council.");
    demand(&d, "Ada Quarry", None, "with the council", DemandKind::Refusal);
}

#[test]
fn a_short_denial_or_feeling_is_a_statement() {
    let d = doc("The ferry firm was accused of cutting crews.\n\nQuillmart denied the charge. The port union rejected that. Norway expressed concern. Sweden welcomed the ruling. Denmark criticised the fine.");
    reported(&d, "Sweden welcomed the ruling", "Sweden");
    reported(&d, "Denmark criticised the fine", "Denmark");
    reported(&d, "Quillmart denied the charge", "Quillmart");
    reported(&d, "The port union rejected that", "The port union");
    reported(&d, "Norway expressed concern", "Norway");
}

#[test]
fn a_relative_clause_with_which_between_a_body_and_its_cue() {
    let d = doc("The ferry vote was held on Sunday.\n\nThe port union, which came second, said it would not join the new board.");
    reported(&d, "The port union, which came second, said it would not join the new board", "The port union");
}

#[test]
fn a_name_with_an_auxiliary_after_said_is_the_content_not_the_speaker() {
    let d = doc("The pact was signed in May.\n\nThe harbour minister, who spoke by telephone, said Norway would keep its boats in the port.");
    reported(&d, "The harbour minister, who spoke by telephone, said Norway would keep its boats in the port", "The harbour minister");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Norway")), "{}", dump(&d));
}

#[test]
fn a_participle_describing_the_speaker_after_the_cue_is_no_content() {
    let d = doc("Jane Roe came home on Monday.\n\n“I slept on the boat every night,” Roe said, looking tired. “The sea was calm,” a crew member said, speaking on condition of anonymity.");
    quote(&d, "I slept on the boat every night,", "Jane Roe");
    assert!(d.statements.iter().all(|s| s.kind != StatementKind::Reported), "{}", dump(&d));
}

#[test]
fn a_quote_inside_a_relative_clause_is_its_antecedents() {
    let d = doc("The port authority met on Monday.\n\nJane Roe rejected criticism from Tom Hale, who had accused the board of \"sinking the harbour\" with its fees.");
    quote(&d, "sinking the harbour", "Tom Hale");
    reported(&d, "Jane Roe rejected criticism from Tom Hale", "Jane Roe");
    reported(&d, "Tom Hale, who had accused the board of \"sinking the harbour\" with its fees", "Tom Hale");
}

#[test]
fn a_question_closing_a_paragraph_is_not_the_next_paragraphs() {
    let d = doc("The ferry was late again.\n\n“We waited six hours on the pier,” said Jane Roe, a teacher. “Who pays for the lost day?”\n\nThe port authority said the engines had failed.");
    quote(&d, "Who pays for the lost day?", "Jane Roe");
    reported(&d, "The port authority said the engines had failed", "The port authority");
}

#[test]
fn a_condition_of_anonymity_or_a_plea_in_court_is_no_statement() {
    let d = doc("The ferry firm went bust in May.\n\n“We keep waiting for our money,” said one official, who asked not to be named because she had no leave to talk to the press. Jane Roe, the firm's founder, has pleaded not guilty to fraud.");
    quote(&d, "We keep waiting for our money,", "one official");
    assert!(d.statements.iter().all(|s| s.kind != StatementKind::Reported), "{}", dump(&d));
}

#[test]
fn an_unnamed_spokesperson_speaks_for_the_one_body_named_with_them() {
    let d = doc("The strike entered its third day.\n\nA Greenpeace spokeswoman said the ships would stay in port. A spokesman for Norway said the talks would resume.");
    reported(&d, "A Greenpeace spokeswoman said the ships would stay in port", "Greenpeace");
    reported(&d, "A spokesman for Norway said the talks would resume", "Norway");
}

#[test]
fn an_attorney_title_before_a_name_and_an_electronics_maker() {
    let d = doc("The trial opened on Monday.\n\nAssistant U.S. Attorney Maria Quell accused the ferry firm of hiding its losses. Vexmoor Electronics said it had not seen the accounts.");
    reported(&d, "Assistant U.S. Attorney Maria Quell accused the ferry firm of hiding its losses", "Maria Quell");
    reported(&d, "Vexmoor Electronics said it had not seen the accounts", "Vexmoor Electronics");
}

#[test]
fn a_body_without_a_name_denies_or_warns() {
    let d = doc("The vote was held on Sunday.\n\nThe presidency said the northern towns had been favoured. The regime denied it had closed the border. Norway's delegation warned it could leave the talks.");
    reported(&d, "The presidency said the northern towns had been favoured", "The presidency");
    reported(&d, "The regime denied it had closed the border", "The regime");
    reported(&d, "Norway's delegation warned it could leave the talks", "Norway");
}

#[test]
fn a_person_with_an_affiliation_in_apposition_speaks() {
    let d = doc("The count ended at midnight.\n\nHis old rival, Tom Hale of the League for Renewal, conceded that his list had lost. The owner of struggling ferry company Quillmart told the court that he had been misled.");
    reported(&d, "His old rival, Tom Hale of the League for Renewal, conceded that his list had lost", "Tom Hale");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Quillmart")), "{}", dump(&d));
}

#[test]
fn a_description_with_an_article_or_a_possessive_before_the_name_in_commas() {
    let d = doc("The ferry strike went on.\n\nA union spokesman, Tom Hale, told the radio that the pay offer was too low. Norway's fisheries minister, Jane Roe, said the boats would sail.");
    reported(&d, "A union spokesman, Tom Hale, told the radio that the pay offer was too low", "Tom Hale");
    reported(&d, "Norway's fisheries minister, Jane Roe, said the boats would sail", "Jane Roe");
}

#[test]
fn a_product_recall_or_a_recalled_envoy_is_no_statement() {
    let d = doc("The tests came back on Friday.\n\nThe ferry firm is recalling thousands of life jackets from its boats. Norway recalled its envoy. Jane Roe recalled that the jackets had failed before.");
    reported(&d, "Jane Roe recalled that the jackets had failed before", "Jane Roe");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn adding_a_quantity_is_no_statement() {
    let d = doc("The port rules changed in May.\n\nNorway added three kinds of fish to the list of protected stocks. Jane Roe added that the list was too short.");
    reported(&d, "Jane Roe added that the list was too short", "Jane Roe");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn a_body_named_in_apposition_after_a_description_speaks() {
    let d = doc("The match was stopped twice.\n\nThe sport's ruling council, Greenpeace, said the game would be replayed.");
    reported(&d, "The sport's ruling council, Greenpeace, said the game would be replayed", "Greenpeace");
}

#[test]
fn the_company_speaks_for_the_organisation_named_before() {
    let d = doc("Greenpeace lost its appeal on Monday.\n\nIn a statement, the organisation said it would take the case to a higher court. Quillmart Electronics told the Harbor News it would cut prices. The company said sales had fallen.");
    reported(&d, "the organisation said it would take the case to a higher court", "Greenpeace");
    reported(&d, "The company said sales had fallen", "Quillmart Electronics");
    let d = doc("Greenpeace lost its appeal on Monday.\n\nIn a statement, the organisation said the ruling was wrong and accused the court of \"ignoring the science.\"");
    quote(&d, "ignoring the science.", "Greenpeace");
}

#[test]
fn the_topic_after_a_cue_that_follows_its_content_is_no_content() {
    let d = doc("The ferry plan was published.\n\n“It is a trick,” Jane Roe said of the plan. The timetable is a fantasy, Tom Hale said of the offer.");
    quote(&d, "It is a trick,", "Jane Roe");
    reported(&d, "The timetable is a fantasy, Tom Hale said of the offer", "Tom Hale");
    assert_eq!(d.statements.len(), 2, "{}", dump(&d));
}

#[test]
fn a_participle_after_a_quote_does_not_invert_its_object_into_the_speaker() {
    let d = doc("Mayor Ada Quist urged the council to cut rates “immediately,” calling Tom Hale “a loser.”");
    quote(&d, "immediately,", "Ada Quist");
    quote(&d, "a loser.", "Ada Quist");
    assert!(!d.statements.iter().any(|s| s.cue == "rates"), "\"rates\" is a price, no cue");
}

#[test]
fn a_ministry_named_by_its_office_alone_is_the_countrys() {
    let d = doc("LIMA (AP) - Police in Peru fired tear gas on Thursday, and 12 people were hurt, the health ministry said.");
    reported(&d, "Police in Peru fired tear gas on Thursday, and 12 people were hurt, the health ministry said", "Peruvian health ministry");
    // a place right after says whose it is
    let d = doc("KYIV (Reuters) - Ukraine said drones hit Kyiv. The foreign ministry spokeswoman in Berlin expressed concern.");
    assert!(d.entities.iter().any(|e| e.name == "German foreign ministry"), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn an_unnamed_speaker_with_a_place_expresses_a_feeling() {
    let d = doc("OSLO (Reuters) - A ministry spokeswoman in Bergen expressed concern about the new fishing quotas.");
    reported(&d, "A ministry spokeswoman in Bergen expressed concern about the new fishing quotas", "A ministry spokeswoman in Bergen");
}

// Findings and rulings of unnamed bodies, and "went on to say" (eighth session).
#[test]
fn a_body_finds_rules_or_points_out() {
    let d = doc("The auditors pointed out that the ledger was incomplete. The tribunal ruled that the fine was lawful.");
    reported(&d, "The auditors pointed out that the ledger was incomplete", "The auditors");
    reported(&d, "The tribunal ruled that the fine was lawful", "The tribunal");
}

#[test]
fn went_on_to_say_credits_the_subject() {
    let d = doc("Ada Quist went on to say that the bridge would reopen in May.");
    reported(&d, "Ada Quist went on to say that the bridge would reopen in May", "Ada Quist");
}

#[test]
fn according_to_unnamed_sources_a_named_actor_with_a_cue_speaks() {
    // the sources only pass on what the named actor believes; the demand in it is the actor's
    let d = doc("According to two advisers, Lena Hart thinks the levy must be scrapped by spring.");
    reported(&d, "Lena Hart thinks the levy must be scrapped by spring", "Lena Hart");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("scrapped")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Lena Hart", "{}", dump(&d));
    // a named source keeps the statement
    let d = doc("According to the Vexmoor Courier, the port will stay open.");
    assert_eq!(speaker_of(&d, "the port will stay open").as_deref(), Some("Vexmoor Courier"), "{}", dump(&d));
}

#[test]
fn a_statement_is_not_about_its_speakers_own_state_or_city() {
    // a body named by its country's adjective speaks for that country; a capital standing for it is no topic either
    let d = doc("The Chilean Defence Ministry said Santiago would send two frigates to Peru.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("two frigates")).unwrap_or_else(|| panic!("{}", dump(&d)));
    let a = about(&d, s);
    assert!(a.contains(&"Peru".to_string()) && !a.contains(&"Chile".to_string()) && !a.contains(&"Santiago".to_string()), "{a:?}\n{}", dump(&d));
    // an unnamed office holder: the city that names the office is not what is said about
    let d = doc("Lima's mayor said the city would open three shelters.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("three shelters")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
}

#[test]
fn a_quoted_fragment_is_about_what_its_sentence_is_about() {
    let d = doc("Chilean President Tomas Varga met Peruvian President Ada Quist in Lima. Varga said the dinner with Peru's president had been “useful”.");
    let q = quote(&d, "useful", "Tomas Varga");
    assert_eq!(about(&d, &q), ["Ada Quist"], "{}", dump(&d));
}

#[test]
fn a_title_adjective_is_no_topic_of_its_own() {
    let d = doc("Ada Quist said Chilean President Tomas Varga would visit the port in May.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("would visit")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(about(&d, s), ["Tomas Varga"], "{}", dump(&d));
    // the adjective alone before a common noun still names its country
    let d = doc("Ada Quist flew to Chile. She said Chilean fishermen would block the port in May.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("would block")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(about(&d, s).contains(&"Chile".to_string()), "{}", dump(&d));
}

#[test]
fn where_something_was_said_is_not_what_it_is_about() {
    let d = doc("Ada Quist voiced concern about Peru in a BBC interview on Sunday. Tom Varga told CNN that Peru would sign the deal.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("voiced concern")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(about(&d, s), ["Peru"], "{}", dump(&d));
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("sign the deal")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(about(&d, s), ["Peru"], "{}", dump(&d));
}

#[test]
fn both_leaders_are_the_two_office_holders_named_last() {
    let d = doc("Chilean President Tomas Varga met Peruvian President Ada Quist in Lima. Minister Jan Oduya said both leaders wanted a border deal. He said talks between the presidents would resume in May.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("border deal")).unwrap_or_else(|| panic!("{}", dump(&d)));
    let mut a = about(&d, s);
    a.sort();
    assert_eq!(a, ["Ada Quist", "Tomas Varga"], "{}", dump(&d));
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("resume in May")).unwrap_or_else(|| panic!("{}", dump(&d)));
    let mut a = about(&d, s);
    a.sort();
    assert_eq!(a, ["Ada Quist", "Tomas Varga"], "{}", dump(&d));
}

#[test]
fn his_inside_a_quote_is_about_the_man_it_refers_to() {
    let d = doc("Tomas Varga resigned on Monday. “His plan was doomed from the start,” Ada Quist said.");
    let q = quote(&d, "His plan was doomed from the start,", "Ada Quist");
    assert_eq!(about(&d, &q), ["Tomas Varga"], "{}", dump(&d));
}

#[test]
fn officials_including_a_named_person_credit_the_person() {
    let d = doc("Several mayors, including Harbor City mayor Lena Hart, warned that the bridge would stay shut.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("stay shut")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Lena Hart"), "{}", dump(&d));
}

#[test]
fn a_cue_joined_by_but_to_another_verb_has_the_clause_subject() {
    let d = doc("Lena Hart stayed calm during the hearing but accused Chile of hiding records.");
    let s = reported(&d, "Lena Hart stayed calm during the hearing but accused Chile of hiding records", "Lena Hart");
    assert_eq!(about(&d, &s), ["Chile"]);
}

#[test]
fn the_main_clause_after_an_opening_subordinate_clause_is_its_own_statement() {
    let d = doc("Despite Minister Lena Hart conceding that the budget was tight, Norway insists the schools will stay open.");
    reported(&d, "Norway insists the schools will stay open", "Norway");
    let s = d.statements.iter().find(|s| who(&d, s).as_deref() == Some("Lena Hart")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!d.slice(s.text).contains("insists"), "{}", dump(&d));
}

#[test]
fn a_countrys_armed_forces_are_the_state_acting() {
    let d = doc("Chile sent two ships north. The Chilean navy said the frigate was safe. Peruvian border guard spokesman Tomas Varga said the crossing was closed.");
    assert!(!d.entities.iter().any(|e| e.name.contains("navy") || e.name.contains("border guard")), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "The Chilean navy said the frigate was safe").as_deref(), Some("Chile"), "{}", dump(&d));
    let r = role(&d, "Tomas Varga", "spokesman");
    assert_eq!(role_of(&d, r).as_deref(), Some("Peru"), "{}", dump(&d));
}

#[test]
fn a_name_in_apposition_to_a_description_of_someone_elses_agent_speaks() {
    let d = doc("Dana Ferrell was arrested in Tilden.\n\nA spokeswoman for Ferrell, Judith Amsel, told reporters the arrest was a mistake.");
    reported(&d, "A spokeswoman for Ferrell, Judith Amsel, told reporters the arrest was a mistake", "Judith Amsel");
}

#[test]
fn a_bare_plural_before_a_quotation_speaks_as_written() {
    let d = doc("The river rose again on Monday.\n\nOlder Norwegians still say, “The river always takes back what it gives.”");
    quote(&d, "The river always takes back what it gives.", "Older Norwegians");
}

#[test]
fn an_opening_subordinate_clause_does_not_swallow_the_main_clause() {
    let d = doc("The harbour board met on Monday.\n\nWhen Quillmart announced in May that it would close the line, Mayor Ada Hollis said, “This is a betrayal.”");
    reported(&d, "When Quillmart announced in May that it would close the line", "Quillmart");
    quote(&d, "This is a betrayal.", "Ada Hollis");
    let d = doc("Tom Hale spoke in Tilden.\n\nAlthough Hale admitted the budget was tight, he insisted that the ferry would keep running.");
    reported(&d, "Although Hale admitted the budget was tight", "Tom Hale");
    reported(&d, "he insisted that the ferry would keep running", "Tom Hale");
}

#[test]
fn a_poll_named_after_its_pollster_is_the_source_as_written() {
    let d = doc("Voters went to the polls.\n\nA Quillfield Institute poll shows that most voters in the valley back the ferry plan.\n\nThe Norland/Quillfield poll showed Roe ahead by four points.\n\nThe Quillfield Institute said turnout would be high.");
    reported(&d, "A Quillfield Institute poll shows that most voters in the valley back the ferry plan", "A Quillfield Institute poll");
    reported(&d, "The Norland/Quillfield poll showed Roe ahead by four points", "The Norland/Quillfield poll");
    // (the body itself still speaks)
    reported(&d, "The Quillfield Institute said turnout would be high", "Quillfield Institute");
}

#[test]
fn they_after_a_bare_plural_opening_the_sentence_is_that_plural() {
    let d = doc("The Quillfield Gazette backed the ferry plan on Monday.\n\nAnglers rarely agree on anything, but they say the ferry would ruin the harbour.");
    reported(&d, "they say the ferry would ruin the harbour", "Anglers");
    // (an actor named in between is left to the pronoun's resolution)
    let d = doc("The Quillfield Gazette backed the ferry plan on Monday.\n\nAnglers read the Quillfield Gazette, and they say the ferry would ruin the harbour.");
    assert!(!d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Anglers")), "{}", dump(&d));
    // (nor does a plural of things speak)
    let d = doc("The Quillfield Gazette backed the plan.\n\nPrices rose sharply in May, but they said the rise would not last.");
    assert!(!d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Prices")), "{}", dump(&d));
}

#[test]
fn a_collective_keeps_its_plural_complement_as_the_unnamed_speaker() {
    let d = doc("The clinic opened in May.\n\nA group of nurses met the hospital board this week, arguing that the merger would close two wards.");
    let s = reported(&d, "A group of nurses met the hospital board this week, arguing that the merger would close two wards", "A group of nurses");
    assert_eq!(s.cue, "arguing", "{}", dump(&d));
}

#[test]
fn an_unnamed_speaker_after_the_cue_keeps_its_body_and_drops_a_time() {
    let d = doc("The board met.\n\n“We will not vote for it,” said one source on the board.\n\n“The talks went badly,” said a senior official on Monday.");
    quote(&d, "We will not vote for it,", "one source on the board");
    quote(&d, "The talks went badly,", "a senior official");
}

#[test]
fn an_unnamed_subject_after_an_opening_document_speaks_rather_than_the_document() {
    let d = doc("The ferry vote is on Friday.\n\nIn an open letter, three retired teachers set out their case against the harbour plan.");
    reported(&d, "three retired teachers set out their case against the harbour plan", "three retired teachers");
}

#[test]
fn a_participle_after_with_and_its_own_subject_is_a_statement_of_its_own() {
    let d = doc("The race is close.\n\nMost analysts say Roe is in front, with the Quillfield Institute finding that she leads by six points.");
    reported(&d, "Most analysts say Roe is in front", "Most analysts");
    reported(&d, "the Quillfield Institute finding that she leads by six points", "Quillfield Institute");
}

#[test]
fn a_possessor_after_a_preposition_is_no_subject_of_a_later_participle() {
    let d = doc("The summit opened in Bergen.\n\nCoastal officials met in Bergen on Tuesday after Norway's exit from the quota pact, offering new aid to fishing towns.");
    assert!(!d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Norway")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| s.cue == "offering" && who(&d, s).as_deref() == Some("Coastal officials")), "{}", dump(&d));
}

#[test]
fn an_unnamed_source_after_according_to_keeps_the_end_of_its_compound() {
    let d = doc("The council met on Monday.\n\nParking is the main worry in the old town, according to a survey of resident complaints.");
    reported(&d, "Parking is the main worry in the old town", "a survey of resident complaints");
}

#[test]
fn a_narrator_speaks_as_written() {
    let d = doc("The Quist campaign released an ad on Monday.\n\n“Who will pay for the ferry?” asks a narrator in the Quist ad. The narrator of the ad then says, “Not Tom Hale.”");
    quote(&d, "Who will pay for the ferry?", "a narrator in the Quist ad");
    quote(&d, "Not Tom Hale.", "The narrator of the ad");
}

#[test]
fn an_honorific_keeps_a_bare_surname_from_a_full_name_of_the_other_sex() {
    // the wife named after "Mr. Quellan" is someone else, and so is "Mr. Quellan" after her
    let d = doc("President Quellan spoke in Tilden on Monday.\n\nMr. Quellan told the crowd that the ferry would stay open.\n\nMary Quellan, his wife, also spoke.\n\n“We will win,” Mr. Quellan said.");
    reported(&d, "Mr. Quellan told the crowd that the ferry would stay open", "Quellan");
    quote(&d, "We will win,", "Quellan");
    assert!(d.entities.iter().any(|e| e.name == "Mary Quellan"), "{}", dump(&d));
}

#[test]
fn an_afp_dateline_in_plain_case_is_nobodys_subject() {
    // "Santa Marta (AFP) –" opens the story: the participle's subject is the sentence's, not the town
    let d = doc("Santa Marta (AFP) – Colombia's opposition leader Ada Quist on Monday rejected the count, accusing the election board of “hiding ballots” in the north.");
    quote(&d, "hiding ballots", "Ada Quist");
}

#[test]
fn what_an_unnamed_speaker_phrase_names_is_not_what_it_is_about() {
    let d = doc("Rain fell on Oslo all week. Oslo's fire chief declared that the river had burst its banks near Bergen.");
    let s = reported(&d, "Oslo's fire chief declared that the river had burst its banks near Bergen", "Oslo's fire chief");
    assert_eq!(about(&d, &s), ["Bergen"], "{}", dump(&d));
}

#[test]
fn a_quoted_fragment_is_about_the_actors_named_around_it() {
    let d = doc("Jane Roe said the talks with Norway had been “very tense” this week. Tom Hale accused Sweden of “bad faith” over the quotas.");
    let s = quote(&d, "very tense", "Jane Roe");
    assert_eq!(about(&d, &s), ["Norway"], "{}", dump(&d));
    let s = quote(&d, "bad faith", "Tom Hale");
    assert_eq!(about(&d, &s), ["Sweden"], "{}", dump(&d));
}

#[test]
fn a_country_s_leader_is_the_person_who_leads_it() {
    let d = doc("Norwegian Prime Minister Jane Roe arrived in Oslo on Monday. Tom Hale said the talks with Norway's leader had been “useful” for both sides.");
    let s = quote(&d, "useful", "Tom Hale");
    assert_eq!(about(&d, &s), ["Jane Roe"], "{}", dump(&d));
}

#[test]
fn a_body_s_head_word_after_the_is_the_body_named_before() {
    let d = doc("The Harbor Licensing Tribunal fined the port on Monday.\n\nJane Roe called on the tribunal to release its ruling. Tom Hale said the tribunal had acted “in bad faith” again.");
    demand(&d, "Jane Roe", Some("Harbor Licensing Tribunal"), "release its ruling", DemandKind::Appeal);
    let s = quote(&d, "in bad faith", "Tom Hale");
    assert_eq!(about(&d, &s), ["Harbor Licensing Tribunal"], "{}", dump(&d));
    // a tribunal of something else is another one
    let d = doc("The Harbor Licensing Tribunal met on Monday.\n\nTom Hale said the tribunal of the guild had been “very slow” this year.");
    let s = quote(&d, "very slow", "Tom Hale");
    assert!(s.about.is_empty(), "{}", dump(&d));
}

#[test]
fn an_appeal_for_a_thing_names_what_is_appealed_for() {
    let d = doc("Norway urged restraint after the clashes. The Harbor Workers Union appealed for dialogue. Tom Hale urged an end to the strikes.");
    demand(&d, "Norway", None, "restraint", DemandKind::Appeal);
    demand(&d, "Harbor Workers Union", None, "dialogue", DemandKind::Appeal);
    demand(&d, "Tom Hale", None, "an end to the strikes", DemandKind::Appeal);
    // a pronoun is someone urged, not something
    let d = doc("Jane Roe urged them on.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_title_with_what_it_is_of_before_the_name_in_commas_is_a_role() {
    let d = doc("The Harbor Licensing Board met on Monday. The head of the board, Jane Roe, said the hearing was over. A spokesman for Norway's fisheries service, Tom Hale, said the quotas stood.");
    let r = role(&d, "Jane Roe", "head");
    assert_eq!(role_of(&d, r).as_deref(), Some("Harbor Licensing Board"), "{}", dump(&d));
    let r = role(&d, "Tom Hale", "spokesman");
    assert_eq!(role_of(&d, r).as_deref(), Some("Norway"), "{}", dump(&d));
    reported(&d, "The head of the board, Jane Roe, said the hearing was over", "Jane Roe");
}

#[test]
fn a_trailing_he_said_is_someone_named_before_the_content() {
    let d = doc("Norway's fisheries minister, Tom Hale, said the quotas would stand. Talks chaired by the former mayor Jon Quist will open in Bergen on Monday, he said.");
    let s = reported(&d, "Talks chaired by the former mayor Jon Quist will open in Bergen on Monday, he said", "Tom Hale");
    assert_eq!(about(&d, &s), ["Jon Quist", "Bergen"], "{}", dump(&d));
}

#[test]
fn seeking_a_term_is_no_speech() {
    let d = doc("Ada Varga won the first round. Varga, a former harbour pilot seeking a third term, dismissed the claims and said the count was clean.");
    reported(&d, "Varga, a former harbour pilot seeking a third term, dismissed the claims", "Ada Varga");
    reported(&d, "said the count was clean", "Ada Varga");
}

#[test]
fn a_body_or_a_titled_name_in_commas_after_a_description_speaks() {
    let d = doc("The alliance's naval mission off Norland, HARPA, said its ships had turned back two boats. But the league's chief, former Norwegian sports minister Jane Roe, said the count had stopped.");
    reported(&d, "The alliance's naval mission off Norland, HARPA, said its ships had turned back two boats", "HARPA");
    reported(&d, "former Norwegian sports minister Jane Roe, said the count had stopped", "Jane Roe");
}

#[test]
fn a_name_written_family_name_first_has_no_given_name_for_he_or_she() {
    let d = doc("“The tariffs are a threat,” Kim Dae-ho said on Monday. He called on Japan to lift the tariffs.");
    demand(&d, "Kim Dae-ho", Some("Japan"), "lift the tariffs", DemandKind::Appeal);
}

#[test]
fn what_a_body_wants_quoted_inside_reported_speech_is_the_reporters_words() {
    let d = doc("Tom Hale told reporters that Oslo wanted “a fair share of the catch” this year.");
    quote(&d, "a fair share of the catch", "Tom Hale");
    // a verb of saying inside the content keeps its own speaker
    let d = doc("Tom Hale said Jane Roe had called the plan “a trap” on Monday.");
    quote(&d, "a trap", "Jane Roe");
}

#[test]
fn a_refusal_to_sign_is_a_refusal() {
    let d = doc("“We will not sign a treaty that gives away our harbours,” Norway's fisheries minister Tom Hale said.");
    demand(&d, "Tom Hale", None, "a treaty that gives away our harbours", DemandKind::Refusal);
}

#[test]
fn each_actor_of_a_coordinated_subject_demands() {
    let d = doc("Sweden and Finland urged calm after the clashes at sea.");
    let by: Vec<String> = d.demands.iter().filter(|m| d.slice(m.what) == "calm").map(|m| party(&d, m.by)).collect();
    assert_eq!(by, ["Sweden", "Finland"], "{}", dump(&d));
}

#[test]
fn a_body_of_another_body_speaks_for_itself() {
    let d = doc("The Northern Fleet Command of the Norland Navy said the exercises would last a week.");
    reported(&d, "The Northern Fleet Command of the Norland Navy said the exercises would last a week", "Northern Fleet Command");
}

#[test]
fn acts_and_statements_not_yet_made_are_no_statements() {
    let d = doc("Norland, which declared independence in 1991, held a vote. The board is expected to announce the result on Friday.\n\n“We cannot afford another 1991,” Jane Roe said, referring to the riots that followed the vote.");
    quote(&d, "We cannot afford another 1991,", "Jane Roe");
    assert!(d.statements.iter().all(|s| s.kind == Direct), "{}", dump(&d));
}

#[test]
fn the_bloc_is_the_union_of_states_named_before() {
    let d = doc("The European Union met in Oslo on Monday.\n\nTom Hale said the 27-nation bloc would “act fast” on fishing quotas. The bloc said it was ready.");
    let s = quote(&d, "act fast", "Tom Hale");
    assert_eq!(about(&d, &s), ["European Union"], "{}", dump(&d));
    reported(&d, "The bloc said it was ready", "European Union");
}

#[test]
fn a_document_the_subject_put_out_then_a_participle_cue() {
    // the subject speaks, not "X issued a statement"
    let d = doc("Peruvian President Ada Quist issued a statement on Monday saying Chile must withdraw its ships.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("withdraw its ships")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ada Quist"), "{}", dump(&d));
    let m = d.demands.iter().find(|m| d.slice(m.what) == "withdraw its ships").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Ada Quist", "{}", dump(&d));
    // an unnamed subject ends at its verb
    let d = doc("The union issued a statement urging Chile to restore the subsidy.");
    let m = demand(&d, "The union", Some("Chile"), "restore the subsidy", DemandKind::Appeal);
    assert_eq!(m.kind, DemandKind::Appeal);
}

#[test]
fn a_warning_put_out_to_someone_that_is_a_statement() {
    let d = doc("Peruvian President Ada Quist sent a blunt warning to Chile on Monday that the fishing fleet must leave the bay.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("must leave the bay")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ada Quist"), "{}", dump(&d));
    assert_eq!(s.cue, "sent a blunt warning");
    assert!(about(&d, s).contains(&"Chile".to_string()), "{}", dump(&d));
}

#[test]
fn quoted_by_an_outlet_as_saying_and_a_given_name_like_a_month() {
    let d = doc("Ada Quist was quoted by the state broadcaster as saying that Peru would recall its envoy.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("recall its envoy")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ada Quist"), "{}", dump(&d));
    // "Jan" before a surname is a given name, not January
    let d = doc("Tomas Varga's spokesman, Jan Oduya, said the talks would resume.");
    assert!(d.entities.iter().any(|e| e.name == "Jan Oduya"), "{}", dump(&d));
}

#[test]
fn the_n_year_old_is_the_person_referred_to() {
    let d = doc("Chilean President Tomas Varga spoke first. The 61-year-old added that the port would reopen.");
    reported(&d, "The 61-year-old added that the port would reopen", "Tomas Varga");
    // with the title after the age: the holder of that title, or else the person named last
    let d = doc("Chile's trade minister, Tomas Varga, met Ana Pirela on Monday. The 70-year-old minister said the port would reopen.");
    reported(&d, "The 70-year-old minister said the port would reopen", "Tomas Varga");
    let d = doc("Tomas Varga spoke first. The 45-year-old Chilean diplomat said the port would reopen.");
    reported(&d, "The 45-year-old Chilean diplomat said the port would reopen", "Tomas Varga");
}

#[test]
fn called_for_stops_at_a_clause_of_its_own() {
    let d = doc("Ada Quist called for calm, as fishermen blocked the harbour to protest against the quotas.");
    let m = demand(&d, "Ada Quist", None, "calm", DemandKind::Appeal);
    assert_eq!(m.kind, DemandKind::Appeal);
    assert!(!d.demands.iter().any(|m| d.slice(m.what).contains("protest")), "{}", dump(&d));
}

#[test]
fn a_cue_whose_tail_only_says_where_adds_no_statement() {
    let d = doc("“The sea is ours,” Ada Quist told a news conference in Lima alongside Chilean President Tomas Varga.");
    quote(&d, "The sea is ours,", "Ada Quist");
    assert!(!d.statements.iter().any(|s| s.kind == Reported && d.slice(s.text).contains("news conference")), "{}", dump(&d));
}

#[test]
fn a_refusal_until_something_is_done_demands_it() {
    let d = doc("“We will not return to the table until Norway withdraws its boats,” Ada Quist said. Tom Hale said the talks would not resume until next week.");
    demand(&d, "Ada Quist", Some("Norway"), "Norway withdraws its boats", DemandKind::Condition);
    assert_eq!(d.demands.len(), 1, "a time is no condition\n{}", dump(&d));
}

#[test]
fn insisting_that_someone_would_do_something_is_no_demand() {
    let d = doc("Tom Hale insisted that Norway would not back down over the new quotas. Jane Roe insisted that Sweden would have to cut its catch.");
    assert!(!d.demands.iter().any(|m| d.slice(m.what).contains("back down")), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("cut its catch")), "{}", dump(&d));
}

#[test]
fn both_leaders_after_two_people_named_without_such_titles() {
    let d = doc("Tomas Varga spoke by phone with his counterpart, Ada Quist, on Monday. Officials in Lima said both leaders would sign a border deal.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("border deal")).unwrap_or_else(|| panic!("{}", dump(&d)));
    let mut a = about(&d, s);
    a.sort();
    assert_eq!(a, ["Ada Quist", "Tomas Varga"], "{}", dump(&d));
}

#[test]
fn findings_in_the_perfect_have_shown() {
    let d = doc("The ferry board met on Monday.\n\nEarlier surveys have repeatedly shown that most anglers in the valley oppose the new quay.");
    reported(&d, "Earlier surveys have repeatedly shown that most anglers in the valley oppose the new quay", "surveys");
    // (a passive "shown" shows nothing of anyone's)
    let d = doc("The ferry board met on Monday.\n\nThe new quay was shown to the anglers in a short film about the harbour.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_finding_with_a_long_modifier_opening_its_sentence_is_the_source_as_written() {
    let d = doc("The ferry board met on Monday.\n\nA Quillfield Gazette review of harbour fees that rose after the merger shows small boat owners paying twice as much as before.");
    reported(&d, "A Quillfield Gazette review of harbour fees that rose after the merger shows small boat owners paying twice as much as before", "A Quillfield Gazette review of harbour fees that rose after the merger");
    let d = doc("The ferry board met on Monday.\n\nThe Gazette's rolling average of harbour counts from the last four weeks shows the ferry plan losing ground among anglers.");
    reported(&d, "The Gazette's rolling average of harbour counts from the last four weeks shows the ferry plan losing ground among anglers", "The Gazette's rolling average of harbour counts from the last four weeks");
    let d = doc("The ferry board met on Monday.\n\nThe newer surveys of anglers in Tilden and Norham have likewise shown the ferry plan losing ground.");
    reported(&d, "The newer surveys of anglers in Tilden and Norham have likewise shown the ferry plan losing ground", "The newer surveys of anglers in Tilden and Norham");
}

#[test]
fn a_finding_whose_relative_clause_holds_a_plural_possessive() {
    let d = doc("The ferry board met on Monday.\n\nThe Quillfield/Norham Harbour Gazette Weekly quay survey, which covers anglers’ families in both towns, found that most anglers now back the smaller quay.");
    reported(&d, "The Quillfield/Norham Harbour Gazette Weekly quay survey, which covers anglers’ families in both towns, found that most anglers now back the smaller quay", "The Quillfield/Norham Harbour Gazette Weekly quay survey, which covers anglers’ families in both towns");
}

#[test]
fn a_document_the_subject_put_out_that_says_speaks_for_the_subject() {
    let d = doc("Quillmart Holdings bought the ferry line in 2019.\n\nQuillmart Holdings published a memo from its auditors in May that says the quay lost money for six years.");
    reported(&d, "Quillmart Holdings published a memo from its auditors in May that says the quay lost money for six years", "Quillmart Holdings");
    // (a relative "that" after anything else is still no speaker: "the rule that says …")
    let d = doc("The ferry board met on Monday.\n\nAnglers cited the old rule that says boats must dock by dusk.");
    assert!(!d.statements.iter().any(|s| s.cue == "says"), "{}", dump(&d));
}

#[test]
fn a_speech_verb_after_by_is_a_statement_of_the_clause_subject() {
    let d = doc("Tom Hale met the ferry board on Monday.\n\nHale courted the anglers by reminding them that the ferry would bring more buyers to the harbour.");
    reported(&d, "Hale courted the anglers by reminding them that the ferry would bring more buyers to the harbour", "Tom Hale");
    let d = doc("Ada Quist met the ferry board on Monday.\n\nQuist answered the fishermen on Tuesday by saying the quay would stay open all winter.");
    let s = reported(&d, "Quist answered the fishermen on Tuesday by saying the quay would stay open all winter", "Ada Quist");
    assert!(matches!(s.cue.as_str(), "answered" | "saying"), "{}", dump(&d));
}

#[test]
fn a_plain_word_between_the_owner_and_the_title_is_part_of_the_title() {
    // "Chile's fisheries minister, X": the role is of Chile, and X's statement that Santiago
    // would act is not about Chile
    let d = doc("Chile's fisheries minister, Tomas Varga, said Santiago would close the port. Peru's external trade minister, Ana Pirela, said Lima would protest.");
    let r = d.roles.iter().find(|r| d.entities[r.holder].name == "Tomas Varga").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(r.of.map(|o| d.entities[o].name.as_str()), Some("Chile"), "{}", dump(&d));
    let r = d.roles.iter().find(|r| d.entities[r.holder].name == "Ana Pirela").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(r.of.map(|o| d.entities[o].name.as_str()), Some("Peru"), "{}", dump(&d));
    let s = reported(&d, "Chile's fisheries minister, Tomas Varga, said Santiago would close the port", "Tomas Varga");
    assert!(s.about.iter().all(|&e| d.entities[d.actor_of(e)].name != "Chile"), "{}", dump(&d));
}

#[test]
fn the_ministers_are_the_body_whose_ministers_were_named() {
    // "defence ministers of the OECD … The ministers then urged …, and said …": the OECD
    let d = doc("Defence ministers of the OECD met in Lisbon on Monday. The ministers then urged Peru to lift the tariffs, and said the dispute \"had to end soon.\"");
    let q = d.statements.iter().find(|s| s.kind == StatementKind::Direct && d.slice(s.text).contains("had to end soon")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, q).as_deref(), Some("OECD"), "{}", dump(&d));
    let dm = d.demands.iter().find(|x| d.slice(x.evidence).contains("lift the tariffs")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, dm.by.clone()), "OECD", "{}", dump(&d));
    // "EU leaders … the leaders said"
    let d = doc("EU leaders gathered in Lisbon. The leaders said the summit would end early.");
    reported(&d, "The leaders said the summit would end early", "European Union");
}

#[test]
fn a_condition_before_a_refusal_and_a_campaign_that_goes_on_until() {
    // "Until X, we will not Y": X is demanded
    let d = doc("\u{201c}Until the quotas are restored, our trawlers will not leave the harbour,\u{201d} said Ola Brekke, a fleet manager in Tromso.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("quotas are restored")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, dm.by.clone()), "Ola Brekke", "{}", dump(&d));
    // "our protests will continue until the decree is withdrawn"
    let d = doc("\u{201c}Our protests will continue until the decree is withdrawn,\u{201d} said Ola Brekke.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("decree is withdrawn")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, dm.by.clone()), "Ola Brekke", "{}", dump(&d));
    // a time is no condition: "Until Monday, the ferries will not run"
    let d = doc("Until Monday, the ferries will not run, Ola Brekke said.");
    assert!(d.demands.iter().all(|x| !d.slice(x.what).contains("Monday")), "{}", dump(&d));
}

#[test]
fn declining_to_comment_is_no_statement() {
    let d = doc("Tomas Varga said the port would reopen. His deputy, Ana Pirela, declined to comment after the hearing.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).contains("declined to comment")), "{}", dump(&d));
    reported(&d, "Tomas Varga said the port would reopen", "Tomas Varga");
}

#[test]
fn the_group_is_the_organisation_named_just_before() {
    // "the group" with no organisation named "… Group": the organisation mentioned last, if
    // it is the last actor named
    let d = doc("Drones launched by Hezbollah struck a depot on Monday. The raid came a week after the group vowed to widen its campaign.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("vowed to widen")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Hezbollah"), "{}", dump(&d));
    // or after a person who speaks for it
    let d = doc("Hezbollah military spokesman Tomas Varga said the drones had hit a depot. The raid came a week after the group vowed to widen its campaign.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("vowed to widen")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Hezbollah"), "{}", dump(&d));
    // not where "group" was a plain noun before
    let d = doc("Hezbollah polled the group of farmers in Tyre on Monday. The group also backs the plan, the poll found.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Hezbollah") || !d.slice(s.text).contains("also backs")), "{}", dump(&d));
    // not when another person or a country was named after it
    let d = doc("Hezbollah fired drones. Tomas Varga visited the site. The group warned of more attacks.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("warned of more")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_ne!(who(&d, s).as_deref(), Some("Hezbollah"), "{}", dump(&d));
}

#[test]
fn ministers_of_a_body_speak_for_it() {
    // "In a statement on Friday, trade ministers of ASEAN said …": the body speaks, not the
    // statement
    let d = doc("In a statement on Friday, trade ministers of the OECD said they would cut the levies.");
    reported(&d, "trade ministers of the OECD said they would cut the levies", "OECD");
    // an aside listing its members is not what the statement is about
    let d = doc("Trade ministers of the OECD \u{2014} Chile, Peru and Norway \u{2014} said the levies would stay.");
    let st = reported(&d, "Trade ministers of the OECD \u{2014} Chile, Peru and Norway \u{2014} said the levies would stay", "OECD");
    assert!(st.about.is_empty(), "{}", dump(&d));
    let d = doc("Envoys of the OECD said the levies would stay.");
    reported(&d, "Envoys of the OECD said the levies would stay", "OECD");
}

#[test]
fn expecting_an_actor_to_act_is_an_appeal() {
    let d = doc("“We expect Chile to withdraw its trawlers,” Peruvian Foreign Minister Ada Quist said.");
    demand(&d, "Ada Quist", Some("Chile"), "withdraw its trawlers", DemandKind::Appeal);
    let d = doc("Ada Quist said Peru wanted Chile to pay compensation.");
    demand(&d, "Peru", Some("Chile"), "pay compensation", DemandKind::Appeal);
    // no actor addressed, or a passive: no demand
    let d = doc("Ada Quist expects the economy to grow. The report is expected to blame Chile.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_quoted_fragment_inside_a_demand_does_not_end_it() {
    let d = doc("Ada Quist urged Chile to accept a truce “on fair terms,” and to free the crews.");
    let m = d.demands.iter().find(|m| party(&d, m.by) == "Ada Quist").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(d.slice(m.what).starts_with("accept a truce “on fair terms,”"), "{}", dump(&d));
}

#[test]
fn the_junta_is_the_country_it_was_named_with() {
    let d = doc("Mali's military junta expelled the envoy on Monday. In a televised address, the junta said the envoy had insulted the nation.");
    assert_eq!(speaker_of(&d, "the junta said the envoy had insulted the nation").as_deref(), Some("Mali"), "{}", dump(&d));
    // and what a statement says of the junta is about that country
    let d = doc("Mali's military junta expelled the envoy on Monday. Senegal said the junta had broken its word.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("broken its word")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(about(&d, s), ["Mali"], "{}", dump(&d));
}

#[test]
fn its_before_a_title_is_the_organisation_named_last() {
    let d = doc("The Andean Community warned of a trade war. Its secretary general, Tomas Varga, said tariffs would hurt farmers.");
    let r = role(&d, "Tomas Varga", "Secretary-General");
    assert_eq!(role_of(&d, r).as_deref(), Some("Andean Community"), "{}", dump(&d));
}

#[test]
fn an_unnamed_spokesperson_taken_up_again_speaks_for_the_same_body() {
    let d = doc("A Pentagon spokeswoman said the drills would go ahead. “We will not be deterred,” the spokeswoman told reporters. She added that allies had been informed.");
    assert_eq!(speaker_of(&d, "We will not be deterred,").as_deref(), Some("Pentagon"), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "She added that allies had been informed").as_deref(), Some("Pentagon"), "{}", dump(&d));
    let d = doc("A spokesman for the Peruvian foreign ministry said the note was received. “We need time,” he said. “We will not be rushed,” said the spokesman.");
    assert_eq!(speaker_of(&d, "We need time,").as_deref(), Some("Peruvian foreign ministry"), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "We will not be rushed,").as_deref(), Some("Peruvian foreign ministry"), "{}", dump(&d));
    // a person named nearer, or in the spokesperson's own phrase, is whom the pronoun means
    let d = doc("A Pentagon spokeswoman said the drills would go ahead. Senator Ada Quist disagreed. “This is reckless,” she said.");
    assert_eq!(speaker_of(&d, "This is reckless,").as_deref(), Some("Ada Quist"), "{}", dump(&d));
    let d = doc("Ada Quist, a lawyer and spokeswoman for the Harbor Coalition, said the rules were unfair. “We will appeal,” she said.");
    assert_eq!(speaker_of(&d, "We will appeal,").as_deref(), Some("Ada Quist"), "{}", dump(&d));
    // and the sex must agree
    let d = doc("A Pentagon spokeswoman said the drills would go ahead. “We are ready,” he said.");
    assert_ne!(speaker_of(&d, "We are ready,").as_deref(), Some("Pentagon"), "{}", dump(&d));
}

#[test]
fn a_speaker_closing_the_sentence_reports_the_verbs_before_it() {
    let d = doc("Iran rejected the proposal on Monday, a Pentagon spokesman said.");
    reported(&d, "Iran rejected the proposal on Monday, a Pentagon spokesman said", "Pentagon");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    let d = doc("Peru denied the report, Interior Minister Tomas Varga told reporters.");
    reported(&d, "Peru denied the report, Interior Minister Tomas Varga told reporters", "Tomas Varga");
    assert_eq!(d.statements.iter().filter(|s| s.kind == StatementKind::Reported).count(), 1, "{}", dump(&d));
    // an unnamed source does not take the statement from a named actor
    let d = doc("Peru has warned Chile against any blockade, state media reported.");
    assert_eq!(speaker_of(&d, "Peru has warned Chile against any blockade, state media reported").as_deref(), Some("Peru"), "{}", dump(&d));
}

#[test]
fn a_body_named_by_its_office_alone_is_that_of_the_country_whose_minister_speaks() {
    let d = doc("LIMA (Reuters) - Peru's president met the cabinet on Monday. Peru will cut spending.\n\nChile's finance minister, Ada Quist, said on Tuesday that the central bank would hold rates.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("hold rates")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(about(&d, s), ["Chilean central bank"], "{}", dump(&d));
}

#[test]
fn the_bank_is_the_one_named_just_before() {
    let d = doc("The Chilean central bank cut rates in May. Analysts were surprised.\n\nThe governor of the Bank of Japan, Ken Mori, warned that growth would slow. Tomas Varga said the bank had waited too long.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("waited too long")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(about(&d, s), ["Bank of Japan"], "{}", dump(&d));
}

#[test]
fn a_common_word_opening_a_sentence_before_said_is_a_name() {
    let d = doc("Brown said on Friday that Chile would pay. Officials said the talks would go on. The report says growth slowed.");
    reported(&d, "Brown said on Friday that Chile would pay", "Brown");
    assert!(d.entities.iter().all(|e| e.name != "Officials" && e.name != "The report"), "{}", dump(&d));
}

#[test]
fn a_one_word_sentence_a_colon_opens_is_speech_not_a_title() {
    let d = doc("Asked whether Chile would give up the islands, Ada Quist said: \"Never.\"");
    quote(&d, "Never.", "Ada Quist");
    // a title after a colon stays a title
    let d = doc("Ada Quist named her new film: \"Harbor\". Critics praised it.");
    assert!(d.statements.iter().filter(|s| d.slice(s.text) == "Harbor").all(|s| s.unattributed == Some("title")), "{}", dump(&d));
}

#[test]
fn a_small_town_spelt_like_a_surname_needs_more_than_its_country_named() {
    // the United States is named, and there are small US towns spelt like these surnames
    let d = doc("The United States will vote in November. Four plans failed under Clinton and two under Anderson, the report found.");
    assert!(d.entities.iter().all(|e| e.kind != newsgraph::model::EntityKind::Place), "{}", dump(&d));
}

#[test]
fn links_to_other_stories_and_time_stamps_are_not_the_story() {
    let d = doc("Chile will cut tariffs, Ada Quist said on Monday.\n\nUpdated 5:42 AM EST, Thu March 13, 2025\n\nRead more: What we know about the tariff plan\n\nRELATED: Peru and Chile to meet on Tuesday\n\nThe talks resume on Thu March 20 in Lima.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    // (Peru stays an entity: the country Lima lies in; it is not mentioned)
    assert!(d.mentions.iter().all(|m| d.slice(m.span) != "Peru"), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.name.starts_with("Thu")), "{}", dump(&d));
}

#[test]
fn capitalised_nouns_for_members_of_parliament_are_no_people() {
    let d = doc("More than 100 Labour MPs signed the amendment. Several MPs said they would rebel.");
    assert!(d.entities.iter().all(|e| e.kind != newsgraph::model::EntityKind::Person), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "Several MPs said they would rebel").as_deref(), Some("Several MPs"), "{}", dump(&d));
}

#[test]
fn a_name_in_apposition_to_the_addressee_is_who_is_asked() {
    let d = doc("Tom Hale urged the finance minister, Ada Quist, to find the money elsewhere.");
    demand(&d, "Tom Hale", Some("Ada Quist"), "find the money elsewhere", DemandKind::Appeal);
}

#[test]
fn an_accusation_with_a_quoted_charge_is_reported_too() {
    let d = doc("Ada Quist, the opposition leader, accused Tom Hale of “losing control of his party”.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ada Quist"), "{}", dump(&d));
    assert_eq!(about(&d, s), ["Tom Hale"], "{}", dump(&d));
}

#[test]
fn a_british_chancellor_is_no_leader() {
    let d = doc("The chancellor, Ada Quist, set out the budget. Tom Hale said the Conservative leader was wrong.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("was wrong")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
    let d = doc("German Chancellor Ada Quist set out the budget. Tom Hale said the German leader was wrong.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("was wrong")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(about(&d, s), ["Ada Quist"], "{}", dump(&d));
}

#[test]
fn a_party_and_state_after_a_name_end_no_sentence() {
    let d = doc("Senate Minority Leader Tom Hale, D-N.Y., said Republicans would “own” any shutdown.");
    reported(&d, "Senate Minority Leader Tom Hale, D-N.Y., said Republicans would “own” any shutdown", "Tom Hale");
    quote(&d, "own", "Tom Hale");
}

#[test]
fn a_title_opening_the_sentence_is_no_name_and_an_adjective_after_an_article_no_speaker() {
    let d = doc("Press secretary Ada Quist said the plan was dead. They rejected a Democratic plan to extend subsidies.");
    reported(&d, "Press secretary Ada Quist said the plan was dead", "Ada Quist");
    let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Ada Quist"], "{}", dump(&d));
}

#[test]
fn a_surname_after_the_arabic_article_el_is_part_of_the_name() {
    let d = doc("Egyptian President Tarek Abdel el-Masri said talks would continue.");
    reported(&d, "Egyptian President Tarek Abdel el-Masri said talks would continue", "Tarek Abdel el-Masri");
}

#[test]
fn straight_single_marks_quote_in_the_story_text() {
    let d = doc("NAIROBI, Kenya — President Tom Hale spoke on Tuesday.\n\n'We cannot keep borrowing to pay salaries,' Hale told a rally. 'Every citizen must pay a fair share.'\n\nThe farmers' union disagreed.");
    quote(&d, "We cannot keep borrowing to pay salaries,", "Tom Hale");
    quote(&d, "Every citizen must pay a fair share.", "Tom Hale");
}

#[test]
fn a_country_closing_an_organisation_s_name_is_its_branch() {
    let d = doc("Amnesty International Kenya said officers had used live ammunition.");
    reported(&d, "Amnesty International Kenya said officers had used live ammunition", "Amnesty International Kenya");
    let d = doc("The European Union Brazil summit opened on Monday.");
    let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["European Union", "Brazil"], "{}", dump(&d));
}

#[test]
fn a_think_tank_is_a_noun_not_a_belief() {
    let d = doc("Ines Barros, a fellow at the Lisbon think tank Atlantico Forum, said the treaty was weak.");
    reported(&d, "Ines Barros, a fellow at the Lisbon think tank Atlantico Forum, said the treaty was weak", "Ines Barros");
    assert!(d.statements.iter().all(|s| s.cue != "think"), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Lisbon" && e.kind != newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn the_place_a_based_compound_opens_with_is_mentioned_and_no_name() {
    let d = doc("Ruth Amadi, an analyst at the Lagos-based Delta Policy Centre, said the vote was close.");
    assert!(d.entities.iter().any(|e| e.name == "Lagos"), "{}", dump(&d));
    assert!(d.entities.iter().all(|e| !e.name.contains("-based")), "{}", dump(&d));
}

#[test]
fn a_name_of_a_country_after_a_title_in_apposition_is_a_person_of_that_country() {
    let d = doc("The island states want a fund. Their chief negotiator, Losa Fehoko of Samoa, told reporters that the islands would not wait.");
    reported(&d, "Their chief negotiator, Losa Fehoko of Samoa, told reporters that the islands would not wait", "Losa Fehoko");
    let r = role(&d, "Losa Fehoko", "negotiator");
    assert_eq!(role_of(&d, r).as_deref(), Some("Samoa"), "{}", dump(&d));
}

#[test]
fn an_appositive_between_speaker_and_cue_is_not_what_the_statement_is_about() {
    let d = doc("Tomas Varga, chief economist at Quillon Capital, said the Bank of Japan would raise rates.");
    let s = reported(&d, "Tomas Varga, chief economist at Quillon Capital, said the Bank of Japan would raise rates", "Tomas Varga");
    assert_eq!(about(&d, &s), ["Bank of Japan"], "{}", dump(&d));
}

#[test]
fn a_relative_clause_with_an_appeal_between_speaker_and_cue() {
    let d = doc("Farm minister Oskar Lind spoke in Malmo. Lind, who had long urged the council to raise rates, said the harvest was poor.");
    reported(&d, "Lind, who had long urged the council to raise rates, said the harvest was poor", "Oskar Lind");
    let m = d.demands.iter().find(|m| d.slice(m.what) == "raise rates").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Oskar Lind", "{}", dump(&d));
}

#[test]
fn a_central_bank_described_by_its_office_is_the_bank_the_article_names() {
    let d = doc("OSLO (Reuters) - Norway's central bank held rates on Thursday, saying inflation was easing.\n\nThe Norges Bank of Norway said in a statement that wages were rising. Finance Minister Per Dahl said the bank would cut in June.");
    reported(&d, "Norway's central bank held rates on Thursday, saying inflation was easing", "Norges Bank of Norway");
    let s = reported(&d, "Finance Minister Per Dahl said the bank would cut in June", "Per Dahl");
    assert_eq!(about(&d, &s), ["Norges Bank of Norway"], "{}", dump(&d));
}

#[test]
fn a_participle_appeal_after_a_quote_and_its_speech_verb() {
    let d = doc("Senator Ilse Brand opposed the budget. \"The treasury has lost control,\" she said, calling on Mayor Tom Rusk to publish the audit.");
    demand(&d, "Ilse Brand", Some("Tom Rusk"), "publish the audit", DemandKind::Appeal);
}

#[test]
fn a_title_in_apposition_across_an_honorific_or_a_place() {
    let d = doc("The Kenya Dental Association met on Friday. Its chairman, Dr. Amos Kibet, said clinics had closed.");
    let r = role(&d, "Amos Kibet", "chairman");
    assert_eq!(role_of(&d, r).as_deref(), Some("Kenya Dental Association"), "{}", dump(&d));
    let d = doc("A UNICEF spokeswoman in Nairobi, Grace Maina, told reporters that schools were shut.");
    let r = role(&d, "Grace Maina", "spokeswoman");
    assert_eq!(role_of(&d, r).as_deref(), Some("UNICEF"), "{}", dump(&d));
}

#[test]
fn it_after_a_country_s_body_is_the_body() {
    let d = doc("LUSAKA (AP) - Zambia's health ministry on Monday confirmed a cholera outbreak in Ndola.\n\nThe ministry said in a statement that wells had been closed. Three of the patients were children, it said.");
    reported(&d, "Three of the patients were children, it said", "Zambian health ministry");
}

#[test]
fn a_treasurer_and_a_chief_financial_officer_are_titles() {
    let d = doc("Treasurer Alba Kerrigan spoke in Perth. \"The figures are sound,\" the treasurer told reporters.");
    role(&d, "Alba Kerrigan", "treasurer");
    quote(&d, "The figures are sound,", "Alba Kerrigan");
    let d = doc("The firm's chief financial officer, Dario Feld, resigned on Friday.");
    role(&d, "Dario Feld", "chief financial officer");
}

#[test]
fn a_negated_comment_or_reply_says_nothing() {
    let d = doc("The Danish delegation did not comment on the draft. A spokeswoman for Orvel Mining did not immediately respond to a request for comment.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("The ministry would not comment on whether the troops had left.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn the_government_addressed_or_accused_is_the_state() {
    let d = doc("LIMA (Reuters) - Peru's mining union struck on Monday in Arequipa, Peru.\n\nThe union urged the government to raise the royalty. Senator Rosa Quispe accused the government of ignoring the miners.");
    demand(&d, "The union", Some("Peru"), "raise the royalty", DemandKind::Appeal);
    let s = reported(&d, "Senator Rosa Quispe accused the government of ignoring the miners", "Rosa Quispe");
    assert_eq!(about(&d, &s), ["Peru"], "{}", dump(&d));
    // not as a subject, nor the government of a named state
    let d = doc("LIMA (Reuters) - Peru's mining union struck on Monday.\n\nThe union urged the government of Chile to close the border.");
    assert!(d.demands.iter().all(|m| m.of.map(|p| party(&d, p)).as_deref() != Some("Peru")), "{}", dump(&d));
}

#[test]
fn warned_someone_against_doing_something_is_an_appeal() {
    let d = doc("Judge Nora Blix warned both teams against talking to the press before the verdict.");
    demand(&d, "Nora Blix", Some("both teams"), "talking to the press", DemandKind::Appeal);
}

#[test]
fn a_place_named_before_virus_is_no_place_in_that_article() {
    let d = doc("Health officials confirmed two cases of Zika virus in Recife. Zika spreads through mosquito bites.");
    assert!(d.entities.iter().all(|e| e.name != "Zika") || d.mentions.iter().all(|m| d.entities[m.entity].name != "Zika"), "{}", dump(&d));
    let d = doc("Officials in Lisbon reported a rise in Marburg virus cases after a traveller returned from Marburg.");
    assert!(d.mentions.iter().all(|m| d.entities[m.entity].name != "Marburg"), "{}", dump(&d));
    assert!(d.mentions.iter().any(|m| d.entities[m.entity].name == "Lisbon"), "{}", dump(&d));
}

#[test]
fn according_to_its_body_is_the_body_named_before() {
    let d = doc("The African Union will send 40 monitors to the vote, according to its mission.");
    reported(&d, "The African Union will send 40 monitors to the vote", "African Union");
}

#[test]
fn an_age_inside_an_appositive_title_after_a_name() {
    let d = doc("Marta Kowal, a 49-year-old former finance minister, said the budget was a fraud.");
    let r = role(&d, "Marta Kowal", "minister");
    assert!(r.former, "{}", dump(&d));
}

#[test]
fn a_bare_title_in_a_headline_is_its_one_holder() {
    let d = doc("Harbour fees rise again, minister says talks are over.\n\nOSLO (Reuters) - Trade Minister Eva Strand said on Monday that the port deal with Sweden had collapsed after a year of talks.");
    reported(&d, "minister says talks are over", "Eva Strand");
}

#[test]
fn encouraged_with_a_thing_as_object_is_an_appeal_for_it() {
    let d = doc("The Swiss embassy said it was watching the vote and encouraged “calm and orderly” counting.");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("orderly” counting")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(m.kind, DemandKind::Appeal, "{}", dump(&d));
}

#[test]
fn showed_no_emotion_is_no_statement() {
    let d = doc("Senator Ivo Brant showed no emotion when the result was announced. The mayor showed little sign of backing down.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn the_company_addressed_by_a_demand_is_the_one_named_before() {
    let d = doc("Regulators fined Quarrow Holdings Inc. for mislabelling. Inspector Lena Dorsch said the company must recall the products within a week.");
    demand(&d, "Lena Dorsch", Some("Quarrow Holdings Inc"), "recall the products within a week", DemandKind::Demand);
}

#[test]
fn indian_offices_are_titles() {
    let d = doc("External Affairs Minister K Varma on Thursday said India would not accept mediation. Kerala Chief Minister Anil Menon said the state would appeal.");
    reported(&d, "External Affairs Minister K Varma on Thursday said India would not accept mediation", "K Varma");
    assert_eq!(role(&d, "K Varma", "Foreign Minister").title, "External Affairs Minister", "{}", dump(&d));
    role(&d, "Anil Menon", "Chief Minister");
}

#[test]
fn a_portfolio_in_capitals_before_an_office_then_the_holder() {
    let d = doc("Water Resources Minister P Varma said the dams were full.");
    reported(&d, "Water Resources Minister P Varma said the dams were full", "P Varma");
}

#[test]
fn conditions_on_another_actor_and_counted_conditions_are_demands() {
    let d = doc("Iran said it would only return to talks if Washington lifted all sanctions first.");
    demand(&d, "Iran", Some("United States"), "lifted all sanctions first", DemandKind::Condition);
    let d = doc("Chile said the aid would flow on condition that Peru released the crews.");
    demand(&d, "Chile", Some("Peru"), "released the crews", DemandKind::Condition);
    // an offer on a condition too, but not a state the other would be in, nor the world's
    let d = doc("Peru said it was ready to free the crews if Chile halted its blockade.");
    demand(&d, "Peru", Some("Chile"), "halted its blockade", DemandKind::Condition);
    let d = doc("Norway is willing to send ships to help Chile if it is attacked.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Tom Hale said the plan would only work if prices rose.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("The European Union set three conditions for the loan: an independent judiciary, a free press and new laws.");
    demand(&d, "European Union", None, "a free press", DemandKind::Demand);
}

#[test]
fn an_inverted_speaker_closes_its_clause() {
    // "said Chile needed …" after a parenthetical is no inverted speaker
    let d = doc("Varga, in his nightly address, said Chile needed more air defence systems.");
    reported(&d, "Varga, in his nightly address, said Chile needed more air defence systems", "Varga");
    let d = doc("The talks will resume on Monday, said Tom Hale in a statement.");
    assert_eq!(speaker_of(&d, "The talks will resume on Monday, said Tom Hale in a statement").as_deref(), Some("Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_passive_order_a_speaker_reports_is_the_speaker_s() {
    let d = doc("Interior Minister Karin Lund visited the coast. Fishing crews were ordered to stay in port until Friday, she added.");
    demand(&d, "Karin Lund", Some("Fishing crews"), "stay in port until Friday", DemandKind::Demand);
    let d = doc("Tomas Varga said he was ordered to leave the room.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_verb_coordinated_inside_a_relative_clause_is_the_antecedent_s() {
    let d = doc("Prosecutors argued that Varga relied on his deputy, Ilse Brandt, who resigned in May and testified against him at the trial.");
    reported(&d, "testified against him at the trial", "Ilse Brandt");
}

#[test]
fn a_common_word_opening_the_sentence_before_initials_is_no_part_of_the_name() {
    let d = doc("Shares in Quillmart rose. Rival QTX declined to comment.");
    let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"QTX") && !names.iter().any(|n| n.starts_with("Rival")), "{}", dump(&d));
}

#[test]
fn the_speaker_s_title_and_body_before_the_name_are_no_content() {
    let d = doc("“This is a miracle,” Harbor Metall negotiator Tom Hale told reporters.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    quote(&d, "This is a miracle,", "Tom Hale");
}

#[test]
fn a_speaker_closing_a_clause_before_but_reports_the_verbs_before_it() {
    let d = doc("Chile and Peru agreed on Tuesday to restart talks on fishing rights, the Pentagon said, but Bolivia warned it would not be bound by any deal.");
    reported(&d, "Chile and Peru agreed on Tuesday to restart talks on fishing rights, the Pentagon said", "Pentagon");
    reported(&d, "Bolivia warned it would not be bound by any deal", "Bolivia");
}

#[test]
fn a_person_s_unnamed_spokesperson_speaks_for_the_person() {
    let d = doc("Prime Minister Tom Hale visited Lima on Monday. A spokesman for Hale said the talks went well. Hale's spokeswoman said he was tired.");
    reported(&d, "A spokesman for Hale said the talks went well", "Tom Hale");
    reported(&d, "Hale's spokeswoman said he was tired", "Tom Hale");
    // a spokesperson named in apposition speaks for herself
    let d = doc("A spokeswoman for Hale, Ann Lee, said the talks went well.");
    assert_eq!(speaker_of(&d, "A spokeswoman for Hale, Ann Lee, said the talks went well").as_deref(), Some("Ann Lee"), "{}", dump(&d));
}

#[test]
fn a_cue_coordinated_with_the_first_verb_speaks_for_the_subject() {
    // "The mayor toured the farm and said …": the subject is "The mayor", not the clause up
    // to "and"
    let d = doc("The mayor toured the dairy farm and said that the jobs would stay in Dover.");
    reported(&d, "The mayor toured the dairy farm and said that the jobs would stay in Dover", "The mayor");
    let d = doc("Senator Ann Lee visited the plant on Monday and said that the jobs would stay.");
    reported(&d, "Senator Ann Lee visited the plant on Monday and said that the jobs would stay", "Ann Lee");
    // the last of several nouns for a person is the head
    let d = doc("The retired senator toured the dairy farm and warned that the subsidies would end.");
    reported(&d, "The retired senator toured the dairy farm and warned that the subsidies would end", "The retired senator");
}

#[test]
fn a_reason_clause_with_a_pronoun_goes_on_with_the_statement() {
    // "X said … because he thought …": the reason is part of what was said, not a second
    // statement cut off from the first
    let d = doc("Tom Hale said the toll was fair because he thought most drivers could pay it.");
    reported(&d, "Tom Hale said the toll was fair because he thought most drivers could pay it", "Tom Hale");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    // a clause with a subject of its own after "while" still is one
    let d = doc("Tom Hale said the vote was fair, while Ann Lee argued that it was rigged.");
    reported(&d, "Ann Lee argued that it was rigged", "Ann Lee");
}

#[test]
fn a_surname_that_is_also_a_modal_or_an_adverb_speaks() {
    // "Ann May said": "May" after a given name is the surname, not the modal before the cue
    let d = doc("Prime Minister Ann May said the talks with Oslo would resume in June.");
    reported(&d, "Prime Minister Ann May said the talks with Oslo would resume in June", "Ann May");
    let d = doc("“The talks will resume,” Ann May said.");
    quote(&d, "The talks will resume,", "Ann May");
    let d = doc("Senator Tom Long says the levies will stay.");
    reported(&d, "Senator Tom Long says the levies will stay", "Tom Long");
}

#[test]
fn a_relative_or_partner_speaks_unnamed() {
    // "His wife said …", "Her ex-husband argued …": a relative is an unnamed speaker
    let d = doc("Tom Hale left the court on Monday. His wife said that the family would appeal.");
    reported(&d, "His wife said that the family would appeal", "wife");
    let d = doc("Ann Lee won the case. Her ex-husband accepted the ruling, but also argued that he should keep the house.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("should keep the house")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Her ex-husband"), "{}", dump(&d));
}

#[test]
fn a_pronoun_before_a_coordinated_cue_says_the_quote() {
    // "When my uncle asked, I shrugged and said, “…”": the narrator speaks, not the speaker
    // of the earlier cue
    let d = doc("Once, when my uncle asked about the election, I shrugged and said, “I never vote.”");
    quote(&d, "I never vote.", "I");
}

#[test]
fn adjectives_before_an_unnamed_plural_speaker_with_a_place() {
    // "Local observers in Maine say …": the phrase speaks as written, as "Observers in Maine
    // say …" and "Many observers in Maine say …" did
    let d = doc("Independent analysts in Oslo and across Europe say the levy will fail.");
    reported(&d, "Independent analysts in Oslo and across Europe say the levy will fail", "Independent analysts in Oslo and across Europe");
    let d = doc("Local observers in Maine say the ferry plan will fail.");
    reported(&d, "Local observers in Maine say the ferry plan will fail", "Local observers in Maine");
}

#[test]
fn documents_from_someones_records_show() {
    // "Court documents from her divorce show …": the documents are the source as written
    let d = doc("Ann Lee ran for mayor. Court documents from her divorce show she kept the house.");
    reported(&d, "Court documents from her divorce show she kept the house", "Court documents from her divorce");
}

#[test]
fn all_or_most_lead_an_unnamed_subject() {
    // "All the fishermen I met said …": "all", "most" and "these" open an unnamed subject as
    // "the" and "many" do
    let d = doc("All the fishermen I met said the quota was unfair.");
    reported(&d, "All the fishermen I met said the quota was unfair", "All the fishermen I met");
}

#[test]
fn pointing_to_something_as_evidence_is_a_statement() {
    // "X pointed to Y as proof that …": what is pointed to is cited, as with "cited"
    let d = doc("Senator Tom Hale pointed to the closed mills as proof that the tariff had failed.");
    reported(&d, "Senator Tom Hale pointed to the closed mills as proof that the tariff had failed", "Tom Hale");
}

#[test]
fn an_opening_phrase_does_not_hide_the_subject_of_a_participle() {
    // "After protests over the fares, Hale dropped the toll, promising …": the preposition
    // opening the sentence opens no clause of its own
    let d = doc("After protests over the fares, Mayor Tom Hale dropped the toll, promising a cheaper ferry by May.");
    reported(&d, "Mayor Tom Hale dropped the toll, promising a cheaper ferry by May", "Tom Hale");
}

#[test]
fn advocates_and_campaigners_speak_unnamed() {
    let d = doc("Tenant advocates have expressed concern about the new rent rules.");
    reported(&d, "Tenant advocates have expressed concern about the new rent rules", "Tenant advocates");
}

#[test]
fn a_campaign_ad_is_a_source() {
    // "The ad accuses …", "A new Hale ad asks whether …"
    let d = doc("Ann Lee ran for mayor. The ad accuses Lee of neglecting the harbor.");
    reported(&d, "The ad accuses Lee of neglecting the harbor", "The ad");
    // an ad put out by the subject speaks for it, as "issued a statement saying …" does
    let d = doc("The union released an ad on Monday showing the mayor asleep at a council meeting.");
    reported(&d, "The union released an ad on Monday showing the mayor asleep at a council meeting", "The union");
}

#[test]
fn a_woman_or_a_man_speaks_unnamed() {
    let d = doc("The woman denies that she left the gate open.");
    reported(&d, "The woman denies that she left the gate open", "The woman");
}

#[test]
fn putting_it_to_rest_is_no_cue_and_keeps_the_statement() {
    // "… by putting it to rest": a deed, not "as she put it"; a second cue whose subject stands
    // before the first cue never swallows the first statement
    let d = doc("Tom Roe said the feud was over because he had helped everyone by putting it to rest.");
    reported(&d, "Tom Roe said the feud was over because he had helped everyone by putting it to rest", "Tom Roe");
    // "as she put it in a statement" is still speech
    let d = doc("As Ann Lee put it in a statement, the port is “open to everyone.”");
    quote(&d, "open to everyone.", "Ann Lee");
}

#[test]
fn when_a_quote_was_said_is_no_content() {
    // "“…,” X said after the inspectors left.": the time clause is no reported statement of
    // its own; the quote says it all
    let d = doc("“The bridge stays shut,” Senator Tom Hale said after the inspectors left the site.");
    quote(&d, "The bridge stays shut,", "Tom Hale");
    assert!(d.statements.iter().all(|s| s.kind == Direct), "{}", dump(&d));
}

#[test]
fn a_verb_phrase_after_but_goes_on_with_the_content() {
    // ", but would ease …": an auxiliary without a subject goes on with the clause of what
    // was said, unlike ", and the council agreed"
    let d = doc("The Harbor Institute says the toll would slow traffic at first, but would ease it within a year.");
    reported(&d, "The Harbor Institute says the toll would slow traffic at first, but would ease it within a year", "Harbor Institute");
}

#[test]
fn what_was_said_runs_on_over_a_coordinated_clause() {
    // "X said A, and B": the statement's span runs on to the end of the sentence (news
    // annotation reads both clauses as what was said); what it is about stays with the first
    let d = doc("The fire chief said the blaze started in the kitchen, and no one in the building was hurt.");
    let s = d.statements.iter().find(|s| s.kind == Reported && d.slice(s.text).contains("blaze started")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(d.slice(s.text).ends_with("no one in the building was hurt"), "{}", dump(&d));
    // not after an accusation: the coordinated clause is the narrator's
    let d = doc("Chile accused Norway of stalling the talks, and the fleet sailed home.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("stalling the talks")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!d.slice(s.text).contains("fleet sailed"), "{}", dump(&d));
}

#[test]
fn what_a_source_is_credited_with_runs_on_over_a_coordinated_clause() {
    // "According to X, A, and B": both clauses are what X is credited with
    let d = doc("According to the coast guard, the ferry left port without lights, and its captain ignored two radio calls.");
    let s = d.statements.iter().find(|s| s.kind == Reported && d.slice(s.text).contains("without lights")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(d.slice(s.text).ends_with("ignored two radio calls"), "{}", dump(&d));
}

#[test]
fn content_before_the_speaker_runs_on_over_a_coordinated_clause() {
    // "A, the council said in its report, and B": both clauses are what the council said
    let d = doc("Ferry fares rose by a third, the council said in its annual report, and bus fares stayed flat.");
    let s = d.statements.iter().find(|s| s.kind == Reported && d.slice(s.text).contains("Ferry fares")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(d.slice(s.text).ends_with("bus fares stayed flat"), "{}", dump(&d));
}

#[test]
fn a_pronoun_subject_before_a_coordinated_cue_speaks() {
    // "He met the officials and said …": the pronoun opening the clause is the speaker
    let d = doc("Tom Hale lost the appeal. He met the harbour board and said that he would try again.");
    reported(&d, "He met the harbour board and said that he would try again", "Tom Hale");
}

#[test]
fn the_same_speakers_belief_after_but_goes_on_with_the_statement() {
    // "X says A, but she thinks B": one statement of X, not a second one cutting the first
    let d = doc("Senator Ann Lee says the vote was fair, but she thinks a recount would calm her voters.");
    reported(&d, "Senator Ann Lee says the vote was fair, but she thinks a recount would calm her voters", "Ann Lee");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn saying_as_much_is_a_statement() {
    // "X said as much": the content is what came before, the statement is X's
    let d = doc("The ferry will not sail this winter. Its owner, Ann Lee, said as much at a council meeting.");
    reported(&d, "Its owner, Ann Lee, said as much at a council meeting", "Ann Lee");
}

#[test]
fn the_antecedent_of_a_relative_clause_in_the_subject_speaks() {
    // "One of the pilots who signed the petition called …": the antecedent speaks, not the
    // relative clause's verb and object
    let d = doc("Nine pilots wrote to the board. One of the pilots who signed the statement called the plan reckless.");
    reported(&d, "One of the pilots who signed the statement called the plan reckless", "One of the pilots");
}

#[test]
fn a_place_where_something_was_said_is_not_what_it_is_about() {
    let d = doc("Governor Ilse Brandvold told a news conference in Bergen that the board had weighed a pause.");
    let s = reported(&d, "Governor Ilse Brandvold told a news conference in Bergen that the board had weighed a pause", "Ilse Brandvold");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    let d = doc("Mayor Tomas Vik dismissed the charges at a rally in Uppsala hours later.");
    let s = reported(&d, "Mayor Tomas Vik dismissed the charges at a rally in Uppsala hours later", "Tomas Vik");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    // (a place in what is said still is)
    let d = doc("Governor Ilse Brandvold told reporters that flooding in Bergen had closed the port.");
    let s = reported(&d, "Governor Ilse Brandvold told reporters that flooding in Bergen had closed the port", "Ilse Brandvold");
    assert_eq!(about(&d, &s), ["Bergen"], "{}", dump(&d));
}

#[test]
fn a_state_official_speaks_for_the_state_he_names_as_his_subject() {
    // (the title names no state: the state the official opens what he says with is his own)
    let d = doc("Norway and Sweden argued over fishing rights. Foreign Minister Ingrid Solberg said Norway would not give up its quota.");
    let s = reported(&d, "Foreign Minister Ingrid Solberg said Norway would not give up its quota", "Ingrid Solberg");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    let d = doc("Norway and Sweden argued over fishing rights. “Norway will not bow to pressure,” government spokesman Arne Dahl said.");
    let s = quote(&d, "Norway will not bow to pressure,", "Arne Dahl");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    let d = doc("The United States and Sweden argued over fishing rights. Defense Department spokeswoman Kari Moen said the United States “reserves the right to respond in kind.”");
    let s = quote(&d, "reserves the right to respond in kind.", "Kari Moen");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    // (what he accuses another state of, or another state as his subject when his own is
    // known, is about it)
    let d = doc("Norway and Sweden argued over fishing rights. Foreign Minister Ingrid Solberg accused Sweden of breaking the deal.");
    let s = reported(&d, "Foreign Minister Ingrid Solberg accused Sweden of breaking the deal", "Ingrid Solberg");
    assert_eq!(about(&d, &s), ["Sweden"], "{}", dump(&d));
    let d = doc("Norway and Sweden argued over fishing rights. Norwegian Foreign Minister Ingrid Solberg said Sweden would regret the move.");
    let s = reported(&d, "Norwegian Foreign Minister Ingrid Solberg said Sweden would regret the move", "Ingrid Solberg");
    assert_eq!(about(&d, &s), ["Sweden"], "{}", dump(&d));
}

#[test]
fn a_quote_inside_a_report_is_about_what_its_own_clause_names() {
    // (not what a clause coordinated after it names)
    let d = doc("Norway and Sweden argued over fishing rights. Jane Roe said she was “deeply troubled by the tone of it all” and urged Sweden to reopen the talks.");
    let s = quote(&d, "deeply troubled by the tone of it all", "Jane Roe");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    // (what its clause names it is about)
    let d = doc("Norway and Sweden argued over fishing rights. Jane Roe said talks with Sweden had been “far more useful than anyone expected” and left.");
    let s = quote(&d, "far more useful than anyone expected", "Jane Roe");
    assert_eq!(about(&d, &s), ["Sweden"], "{}", dump(&d));
    // (a relative clause has its antecedent)
    let d = doc("Norway and Sweden argued over fishing rights. Jane Roe wrote that she had asked John Hale to spare thousands of Swedes whom she said were “trapped and afraid.”");
    let s = quote(&d, "trapped and afraid.", "Jane Roe");
    assert_eq!(about(&d, &s), ["Sweden"], "{}", dump(&d));
}

#[test]
fn the_commission_of_a_body_speaks_for_the_body() {
    let d = doc("The Harbor Union suspended Norland on Saturday. HU Commission chairperson Jane Roe said the Harbor Union stood ready to support talks with Norland.");
    let s = reported(&d, "HU Commission chairperson Jane Roe said the Harbor Union stood ready to support talks with Norland", "Jane Roe");
    assert!(!about(&d, &s).contains(&"Harbor Union".to_string()), "{}", dump(&d));
    // (initials that count "of")
    let d = doc("The Union of Northern Ports suspended Norland on Saturday. UONP Commission President Jane Roe said the Union of Northern Ports had cut all ties with Norland.");
    let s = reported(&d, "UONP Commission President Jane Roe said the Union of Northern Ports had cut all ties with Norland", "Jane Roe");
    assert!(!about(&d, &s).contains(&"Union of Northern Ports".to_string()), "{}", dump(&d));
}

#[test]
fn a_coordinated_appeal_is_not_what_the_statement_before_it_is_about() {
    let d = doc("Norway and Sweden argued over fishing rights. Jane Roe said Norway would send 500 officers but demanded that Sweden pay for them.");
    let s = reported(&d, "Jane Roe said Norway would send 500 officers but demanded that Sweden pay for them", "Jane Roe");
    assert_eq!(about(&d, &s), ["Norway"], "{}", dump(&d));
    let d = doc("Norway and Sweden argued over fishing rights. The Harbor Union said the fund must be audited, citing losses that Sweden had caused.");
    let s = reported(&d, "The Harbor Union said the fund must be audited, citing losses that Sweden had caused", "Harbor Union");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    // (a verb of the reported clause itself still counts)
    let d = doc("Norway and Sweden argued over fishing rights. Jane Roe said Norway would send 500 officers and Sweden would pay for them.");
    let s = reported(&d, "Jane Roe said Norway would send 500 officers and Sweden would pay for them", "Jane Roe");
    assert!(about(&d, &s).contains(&"Sweden".to_string()), "{}", dump(&d));
}

#[test]
fn the_speakers_own_state_as_a_possessor_is_a_topic() {
    // (as the subject it is the state speaking; as a possessor or after "of" a topic)
    let d = doc("Norway and Sweden argued over fishing rights. Norwegian Foreign Minister Ingrid Solberg said any deal must reflect Norway's terms.");
    let s = reported(&d, "Norwegian Foreign Minister Ingrid Solberg said any deal must reflect Norway's terms", "Ingrid Solberg");
    assert_eq!(about(&d, &s), ["Norway"], "{}", dump(&d));
    let d = doc("Norway and Sweden argued over fishing rights. Norwegian Foreign Minister Ingrid Solberg said Oslo would not give up its quota.");
    let s = reported(&d, "Norwegian Foreign Minister Ingrid Solberg said Oslo would not give up its quota", "Ingrid Solberg");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    // (not in a remark added after it: ", stressing Norway's …")
    let d = doc("Norway and Sweden argued over fishing rights. Norwegian Foreign Minister Ingrid Solberg said Oslo would not give up its quota, stressing Norway's right to fish.");
    let s = reported(&d, "Norwegian Foreign Minister Ingrid Solberg said Oslo would not give up its quota, stressing Norway's right to fish", "Ingrid Solberg");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn the_medium_that_carried_a_statement_is_not_its_topic() {
    let d = doc("Norway's envoy, Jane Roe, said in a statement carried by the Harbor News Agency that the drills were a provocation.");
    let s = reported(&d, "Norway's envoy, Jane Roe, said in a statement carried by the Harbor News Agency that the drills were a provocation", "Jane Roe");
    assert!(!about(&d, &s).iter().any(|a| a.contains("Harbor")), "{}", dump(&d));
}

#[test]
fn when_a_feeling_was_expressed_is_not_its_topic() {
    let d = doc("Senator John Hale expressed cautious optimism in an interview following Jane Roe's visit.");
    let s = reported(&d, "Senator John Hale expressed cautious optimism in an interview following Jane Roe's visit", "John Hale");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn a_relative_clause_about_the_speaker_is_not_what_it_says() {
    // (like an appositive, it says who speaks)
    let d = doc("The Harbor Union, which represents about 2,000 dock workers in Norway, said staff should not pay for the losses.");
    let s = reported(&d, "The Harbor Union, which represents about 2,000 dock workers in Norway, said staff should not pay for the losses", "Harbor Union");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn the_writers_comment_after_a_statement_is_not_its_topic() {
    let d = doc("Norway and Sweden argued over fishing rights. Jane Roe said the ministry would tax fish imports from Norway, a move likely to hurt Sweden most.");
    let s = reported(&d, "Jane Roe said the ministry would tax fish imports from Norway, a move likely to hurt Sweden most", "Jane Roe");
    assert_eq!(about(&d, &s), ["Norway"], "{}", dump(&d));
}

#[test]
fn ex_before_a_title_is_former() {
    let d = doc("Ex-president Tom Hale said the vote was rigged.");
    assert!(role(&d, "Tom Hale", "President").former, "{}", dump(&d));
}

#[test]
fn a_list_of_names_closed_by_and_speaks_together() {
    let d = doc("Germany, France and Italy said they would back the text.");
    let speakers: Vec<String> = d.statements.iter().filter_map(|s| who(&d, s)).collect();
    assert_eq!(speakers, ["Germany", "France", "Italy"], "{}", dump(&d));
    // an appositive is no list
    let d = doc("Tom Hale, the mayor, said the port would close.");
    reported(&d, "Tom Hale, the mayor, said the port would close", "Tom Hale");
}

#[test]
fn who_after_a_list_of_names_is_the_last_of_them() {
    let d = doc("Guests included Tom Hale, Ann Lee and Ruth Varga, who joked of the hall, “I have not seen it yet.”");
    quote(&d, "I have not seen it yet.", "Ruth Varga");
}

#[test]
fn a_headline_surname_is_the_person_the_story_names_in_full() {
    let d = doc("Varga vows no retreat on tax plan\n\nLIMA, Peru — President Tomas Varga said on Tuesday there would be no retreat.");
    let m = d.mentions.iter().find(|m| d.slice(m.span) == "Varga").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(name(&d, m.entity), "Tomas Varga", "{}", dump(&d));
}

#[test]
fn counted_and_parenthetical_unnamed_speakers() {
    let d = doc("Three people familiar with the plans said the firm would sell its port.");
    assert_eq!(speaker_of(&d, "Three people familiar with the plans said the firm would sell its port").as_deref(), Some("Three people familiar with the plans"), "{}", dump(&d));
    let d = doc("Two senior diplomats, speaking on condition of anonymity, said the deal was close.");
    assert_eq!(speaker_of(&d, "Two senior diplomats, speaking on condition of anonymity, said the deal was close").as_deref(), Some("Two senior diplomats"), "{}", dump(&d));
}

#[test]
fn an_official_of_one_body_speaks_for_it() {
    let d = doc("A State Department official, speaking on condition of anonymity, said Washington would not agree.");
    assert_eq!(speaker_of(&d, "A State Department official, speaking on condition of anonymity, said Washington would not agree").as_deref(), Some("State Department"), "{}", dump(&d));
    // "official" as an adjective is no official
    let d = doc("The official Harbor News Agency quoted him as saying the talks were over.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Harbor News Agency") || s.kind != StatementKind::Direct), "{}", dump(&d));
}

#[test]
fn a_state_or_body_before_which_demands_what_the_relative_clause_asks() {
    let d = doc("The tariff plan is likely to irritate Ottawa, which has repeatedly called on its trading partners to scrap duties on steel.");
    let m = d.demands.iter().find(|m| d.slice(m.what) == "scrap duties on steel").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Canada", "{}", dump(&d));
    let d = doc("The levy angered the Arctic Fishing Council, which has urged member states to cut quotas.");
    let m = d.demands.iter().find(|m| d.slice(m.what) == "cut quotas").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Arctic Fishing Council", "{}", dump(&d));
    // a plan is no demander
    let d = doc("The budget, which calls for deep cuts, was approved on Monday.");
    assert!(d.demands.iter().all(|m| !party(&d, m.by).contains("budget")), "{}", dump(&d));
}

#[test]
fn a_malay_given_name_takes_he() {
    let d = doc("“We are worried,” agency spokesman Agus Ferrer told reporters. Prime Minister Hendra Aldana promised that every boat owner would be compensated. He said the cabinet had approved 200 million euros.");
    reported(&d, "He said the cabinet had approved 200 million euros", "Hendra Aldana");
}

#[test]
fn an_office_posted_to_a_listed_city_before_the_holder_s_name() {
    let d = doc("Canadian Ambassador to Hanoi Karen Whitby said the talks went well.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Karen Whitby")), "{}", dump(&d));
    assert!(d.entities.iter().all(|e| !e.name.contains("Hanoi Karen")), "{}", dump(&d));
    let r = role(&d, "Karen Whitby", "ambassador");
    assert_eq!(role_of(&d, r).as_deref(), Some("Canada"), "{}", dump(&d));
}

#[test]
fn a_profession_at_a_named_body_in_apposition_is_a_role() {
    let d = doc("Rosa Lind, senior energy analyst at Fjordline Markets, said prices would rise. “It will not last,” said Ana Ruiz, an economist with the Pinar Bank Group.");
    let r = role(&d, "Rosa Lind", "analyst");
    assert_eq!(r.title, "senior energy analyst", "{}", dump(&d));
    assert_eq!(role_of(&d, r).as_deref(), Some("Fjordline Markets"), "{}", dump(&d));
    let r = role(&d, "Ana Ruiz", "economist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Pinar Bank Group"), "{}", dump(&d));
    // no body named: no role
    let d = doc("Ivo Kern, a fellow traveller, said nothing.");
    assert!(d.roles.is_empty(), "{}", dump(&d));
}

#[test]
fn a_title_before_a_comma_and_a_military_rank_is_the_role() {
    let d = doc("The navy said the ship had left port. Its spokesman, Colonel Ivo Marsh, said the crew was safe.");
    role(&d, "Ivo Marsh", "spokesman");
    let d = doc("The army's spokeswoman, Lt. Col. Dana Ruiz, told reporters the base was calm.");
    role(&d, "Dana Ruiz", "spokeswoman");
}

#[test]
fn a_royal_style_between_an_office_and_the_name_is_no_part_of_the_office() {
    let d = doc("Qatari Foreign Minister Sheikh Hamad bin Nasser told reporters the talks would resume. The minister declined to say when. Omani Deputy Prime Minister Said Al Harthi said Muscat backed the deal.");
    let r = role(&d, "Hamad bin Nasser", "foreign minister");
    assert_eq!(r.title, "Foreign Minister", "{}", dump(&d));
    reported(&d, "The minister declined to say when", "Hamad bin Nasser");
}

#[test]
fn one_of_an_unnamed_group_after_a_quote_is_no_member_named_before() {
    let d = doc("Spain and Italy backed the plan, according to two diplomats. “It is too little,” one of them said on condition of anonymity.");
    let q = statement(&d, "It is too little,");
    assert_eq!(q.speaker, None, "{}", dump(&d));
    assert_eq!(who(&d, q).as_deref(), Some("one of them"), "{}", dump(&d));
}

#[test]
fn a_reply_after_a_modal_is_no_cue_for_a_quoted_fragment() {
    let d = doc("In Oslo, foreign ministry spokesman Per Dahl warned that Norway would respond “firmly and quickly” if the board adopted the text.");
    quote(&d, "firmly and quickly", "Per Dahl");
}

#[test]
fn a_country_s_mission_speaks_for_the_country() {
    let d = doc("Brazil's mission said in a statement that talks, not threats, were needed.");
    reported(&d, "Brazil's mission said in a statement that talks, not threats, were needed", "Brazil");
}

#[test]
fn the_place_where_something_was_said_is_no_topic() {
    let d = doc("Defense Minister Ana Lind told reporters in Stockholm that the drills would go ahead. Finance Minister Per Dahl said at a news conference in Oslo that Sweden had agreed.");
    let s = reported(&d, "Defense Minister Ana Lind told reporters in Stockholm that the drills would go ahead", "Ana Lind");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    let s = reported(&d, "Finance Minister Per Dahl said at a news conference in Oslo that Sweden had agreed", "Per Dahl");
    assert_eq!(about(&d, &s), ["Sweden"], "{}", dump(&d));
    // a place named in what was said still is
    let d = doc("Per Dahl said the talks in Oslo had failed.");
    let s = reported(&d, "Per Dahl said the talks in Oslo had failed", "Per Dahl");
    assert_eq!(about(&d, &s), ["Oslo"], "{}", dump(&d));
}

#[test]
fn a_national_red_cross_society_is_named_with_its_adjective() {
    let d = doc("The Kenyan Red Cross said its teams had reached the area. The Turkish Red Crescent sent tents.");
    reported(&d, "The Kenyan Red Cross said its teams had reached the area", "Kenyan Red Cross");
    assert!(d.entities.iter().any(|e| e.name == "Turkish Red Crescent"), "{}", dump(&d));
}

#[test]
fn a_cartel_or_gang_named_with_a_lower_case_head_is_an_organisation() {
    let d = doc("Police said a faction of the Juarez cartel was behind the attack. Analysts said the OPEC cartel would cut output.");
    let s = reported(&d, "Police said a faction of the Juarez cartel was behind the attack", "Police");
    assert_eq!(about(&d, &s), ["Juarez cartel"], "{}", dump(&d));
    let s = reported(&d, "Analysts said the OPEC cartel would cut output", "Analysts");
    assert_eq!(about(&d, &s), ["OPEC"], "{}", dump(&d));
}

#[test]
fn a_country_before_an_unlisted_survey_stays_in_its_name() {
    let d = doc("The U.S. Geological Survey said the quake was shallow. The British Geological Survey said it was felt in Leeds.");
    let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"U.S. Geological Survey") && names.contains(&"British Geological Survey"), "{}", dump(&d));
}

#[test]
fn a_palace_that_speaks_for_its_state_is_an_actor() {
    let d = doc("King Tom said the nation owed its veterans a debt. Buckingham Palace said the king would visit Canada.");
    reported(&d, "Buckingham Palace said the king would visit Canada", "Buckingham Palace");
}

#[test]
fn they_after_a_list_of_actors_is_all_of_them() {
    let d = doc("Germany, France and Italy met in Rome on Monday. They said the deal was dead.");
    let speakers: Vec<String> = d.statements.iter().filter_map(|s| who(&d, s)).collect();
    assert_eq!(speakers, ["Germany", "France", "Italy"], "{}", dump(&d));
}

#[test]
fn warned_y_not_to_is_an_appeal_to_y() {
    let d = doc("Chile warned Peru not to close the border.");
    demand(&d, "Chile", Some("Peru"), "not to close the border", DemandKind::Appeal);
}

#[test]
fn a_country_s_possessive_in_an_appositive_title() {
    let d = doc("Ana Ruiz, Chile's foreign minister, said talks would resume on Monday.");
    let r = role(&d, "Ana Ruiz", "Foreign Minister");
    assert_eq!(role_of(&d, r).as_deref(), Some("Chile"), "{}", dump(&d));
}

#[test]
fn a_name_s_possessive_leads_an_unnamed_speaker_with_a_person_noun() {
    // (the quote had gone to the speaker of the paragraph before)
    let d = doc("“The levy will pass,” Ann Lee said.\n\n“It was a reckless bet,” Tom Hale's former campaign strategist told a radio host.");
    quote(&d, "It was a reckless bet,", "Tom Hale's former campaign strategist");
    let d = doc("Hale's chief strategist said the mayor would not run again.");
    reported(&d, "Hale's chief strategist said the mayor would not run again", "Hale's chief strategist");
}

#[test]
fn a_plural_subject_with_a_relative_clause_speaks() {
    // (the clause's verb is a cue: nothing had been made)
    let d = doc("Officials who spoke at the harbor meeting said the port would close.");
    reported(&d, "Officials who spoke at the harbor meeting said the port would close", "Officials who spoke at the harbor meeting");
    // (the speaker had been the clause's object)
    let d = doc("The levy was unfair to small boats, residents who met the mayor told reporters.");
    assert_eq!(d.statements.iter().filter_map(|s| who(&d, s)).collect::<Vec<_>>(), ["residents who met the mayor"], "{}", dump(&d));
    // a named antecedent keeps its name
    let d = doc("Ann Lee, who met the mayor on Monday, said the levy was unfair.");
    reported(&d, "Ann Lee, who met the mayor on Monday, said the levy was unfair", "Ann Lee");
}

#[test]
fn everyday_occupations_are_people_who_speak() {
    let d = doc("Fishermen who work the north quay said the new levy was unfair.");
    reported(&d, "Fishermen who work the north quay said the new levy was unfair", "Fishermen who work the north quay");
}

#[test]
fn someone_speaks_as_written() {
    let d = doc("The hall was quiet. Then someone asked how the city would pay for the new quay.");
    reported(&d, "someone asked how the city would pay for the new quay", "someone");
}

#[test]
fn according_to_after_the_content_runs_on_over_a_coordinated_clause() {
    let d = doc("The top earners paid a quarter of all harbor fees in 2019, according to the port office, and the smallest boats paid almost nothing.");
    let s = d.statements.iter().find(|s| s.cue == "according to").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(d.slice(s.text), "The top earners paid a quarter of all harbor fees in 2019, according to the port office, and the smallest boats paid almost nothing", "{}", dump(&d));
}

#[test]
fn a_follow_us_line_is_page_furniture_and_no_quote() {
    let d = doc("Tom Hale said the port would reopen in May.\n\n\"Follow Ann Lee on Twitter @annlee.\"");
    assert!(!d.statements.iter().any(|s| d.slice(s.text).contains("Follow")), "{}", dump(&d));
    assert!(d.paragraphs.last().is_some_and(|p| p.furniture), "{}", dump(&d));
}

#[test]
fn a_plural_subject_with_a_that_clause_speaks() {
    // (the speaker had been the clause's verb phrase, or nothing was made)
    let d = doc("Groups that represent dock workers said the levy was unfair.");
    reported(&d, "Groups that represent dock workers said the levy was unfair", "Groups that represent dock workers");
    let d = doc("Reinsurance firms that had backed the dam warned the funds would stay frozen until June.");
    reported(&d, "Reinsurance firms that had backed the dam warned the funds would stay frozen until June", "Reinsurance firms that had backed the dam");
    // a complement clause after the cue is no relative clause
    let d = doc("Officials said that the port would close.");
    reported(&d, "Officials said that the port would close", "Officials");
}

#[test]
fn others_with_a_modifier_speak() {
    let d = doc("Others in the fishing town said the levy was unfair.");
    reported(&d, "Others in the fishing town said the levy was unfair", "Others in the fishing town");
}

#[test]
fn a_participle_in_an_opening_phrase_is_no_cue() {
    // (the statement had gone to "a statement", with the participle as its cue)
    let d = doc("In a letter announcing the closure, the ministry said the port would close in May.");
    reported(&d, "the ministry said the port would close in May", "the ministry");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    // a sentence too short to hold one is left alone
    let d = doc("In short, the mayor said the levy would stay.");
    reported(&d, "the mayor said the levy would stay", "the mayor");
}
#[test]
fn the_deputy_minister_is_the_one_whose_title_has_deputy() {
    let d = doc("Deputy Trade Minister Lars Berg of Norway said the quota would stay. Danish Trade Minister Mette Lund said she regretted it.\n\n“We will keep it until spring,” the deputy minister insisted.");
    quote(&d, "We will keep it until spring,", "Lars Berg");
}

#[test]
fn in_his_opinion_opens_a_report_of_him() {
    let d = doc("Senator Paul Ek said the budget would pass. In his opinion, the Finance Ministry had misjudged the vote.");
    reported(&d, "the Finance Ministry had misjudged the vote", "Paul Ek");
}

#[test]
fn a_named_body_after_a_based_modifier_in_apposition_speaks() {
    let d = doc("The cargo was grain, the operator, the Tilden-based Harbor Shipping Company, said.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Harbor Shipping Company"), "{}", dump(&d));
}

#[test]
fn a_state_s_delegation_to_a_body_speaks_for_the_state() {
    let d = doc("Finland's delegation to the African Union argued that the union ought to cut its budget.");
    reported(&d, "Finland's delegation to the African Union argued that the union ought to cut its budget", "Finland");
}

#[test]
fn the_alliance_is_a_military_alliance_the_story_named() {
    let d = doc("Defence chiefs of NATO gathered in Oslo. Sweden urged the alliance to raise spending.");
    demand(&d, "Sweden", Some("NATO"), "raise spending", DemandKind::Appeal);
}

#[test]
fn an_article_before_no_10_is_no_part_of_a_name() {
    let d = doc("Downing Street said talks would go on. A No 10 spokeswoman refused to say whether Britain would pay more.");
    reported(&d, "A No 10 spokeswoman refused to say whether Britain would pay more", "Downing Street");
}

#[test]
fn a_police_rank_before_a_name_is_a_title() {
    let d = doc("A police spokeswoman, Superintendent Thandiwe Mokoena, said twelve looters were in custody.");
    reported(&d, "A police spokeswoman, Superintendent Thandiwe Mokoena, said twelve looters were in custody", "Thandiwe Mokoena");
}

#[test]
fn a_country_s_opposition_party_does_not_speak_for_the_country() {
    let d = doc("Norland's biggest opposition party dismissed the tally, claiming the count was flawed.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_ne!(who(&d, s).as_deref(), Some("Norland"), "{}", dump(&d));
}

#[test]
fn a_subheading_quote_repeated_with_its_speaker_is_one_quote() {
    let d = doc("Live: finance chiefs gather in Oslo\n\n09:40 Portugal \"not for sale\"\n\nPortugal's finance minister, Rosa Gil, told delegates her country was \"not for sale\".");
    let n = d.statements.iter().filter(|s| s.kind == StatementKind::Direct && d.slice(s.text) == "not for sale").count();
    assert_eq!(n, 1, "{}", dump(&d));
    assert_eq!(speaker_of(&d, "not for sale").as_deref(), Some("Rosa Gil"), "{}", dump(&d));
}

#[test]
fn a_council_s_field_after_on_is_part_of_its_name() {
    let d = doc("Ana Vidal, a fellow at the Vexmoor Council on Foreign Trade, said the plan was weak. The Senate Committee on Armed Services said it would meet. The Council on Monday said it would meet.");
    let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Vexmoor Council on Foreign Trade") && names.contains(&"Senate Committee on Armed Services"), "{}", dump(&d));
    assert!(!names.iter().any(|n| n.contains("Monday")), "{}", dump(&d));
}

#[test]
fn a_country_s_treasury_is_a_body_not_a_person() {
    let d = doc("The U.S. Treasury said on Friday it supported the reforms.");
    reported(&d, "The U.S. Treasury said on Friday it supported the reforms", "U.S. Treasury");
    assert!(d.entities.iter().all(|e| e.kind != newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn a_gulf_named_for_a_country_is_a_sea() {
    let d = doc("Pirates boarded the freighter in the Gulf of Aden on Monday, the navy said.");
    assert!(d.entities.iter().any(|e| e.name == "Gulf of Aden" && e.kind == newsgraph::model::EntityKind::Place), "{}", dump(&d));
}

#[test]
fn one_should_is_advice_to_anyone_but_this_one_must_is_not() {
    let d = doc("“One should never judge a summit too early,” Lund said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("“Earlier plans were too costly. This one must be cheaper,” said Ana Vik.");
    assert_eq!(d.demands.len(), 1, "{}", dump(&d));
}

#[test]
fn it_after_an_if_clause_naming_a_state_is_that_state() {
    let d = doc("Lund met officials on Monday. “When Oslo wants lower tariffs, it must cut its own duties on fish,” Dahl said.");
    demand(&d, "Dahl", Some("Norway"), "cut its own duties on fish", DemandKind::Demand);
}

#[test]
fn the_speaker_s_own_body_after_a_preposition_is_a_topic() {
    let d = doc("EU Commissioner Lena Falk said Serbia's place was in the European Union. Norway's Prime Minister Ola Moe said jets had flown towards Oslo. Taiwan's coast guard said ships had sailed along the Taiwan Strait.");
    let s = reported(&d, "EU Commissioner Lena Falk said Serbia's place was in the European Union", "Lena Falk");
    assert!(about(&d, &s).contains(&"European Union".to_string()), "{}", dump(&d));
    // (not his state's city: the example gold's convention)
    let s = reported(&d, "Norway's Prime Minister Ola Moe said jets had flown towards Oslo", "Ola Moe");
    assert!(!about(&d, &s).contains(&"Oslo".to_string()), "{}", dump(&d));
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("Taiwan's coast guard")).unwrap();
    assert!(!about(&d, s).contains(&"Taiwan".to_string()), "{}", dump(&d));
}

#[test]
fn he_after_an_unnamed_speaker_is_no_one_named_before() {
    let d = doc("Tom Vik, a lawyer, said the vote was fair. The head of the regional panel said in a written reply that he would publish the figures.");
    let s = reported(&d, "The head of the regional panel said in a written reply that he would publish the figures", "The head of the regional panel");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn a_bare_two_word_title_is_its_one_holder() {
    let d = doc("Defence chiefs gather in Oslo\n\nHighlights\n\n- Secretary General vows \"no retreat\" on spending\n\nNATO Secretary General Jan Holm said there would be no retreat.");
    assert_eq!(speaker_of(&d, "no retreat").as_deref(), Some("Jan Holm"), "{}", dump(&d));
}

#[test]
fn told_reporters_a_clause_ending_in_to_asks_nothing() {
    let d = doc("Jan Holm told the press the border stayed shut to trucks. He told the armed groups to lay down their weapons.");
    assert!(!d.demands.iter().any(|m| d.slice(m.what) == "trucks"), "{}", dump(&d));
    demand(&d, "Jan Holm", Some("the armed groups"), "lay down their weapons", DemandKind::Demand);
    let d = doc("Jan Holm told the leaders of the militias to disarm by Friday.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).starts_with("disarm")), "{}", dump(&d));
}

#[test]
fn an_election_mission_s_chief_observer_and_a_member_of_the_european_parliament_are_titles() {
    let d = doc("Monitors flagged delays. Their chief observer, Ingrid Holm, an Irish member of the European Parliament, urged patience. British MEP Ann Lo agreed.");
    role(&d, "Ingrid Holm", "chief observer");
    role(&d, "Ingrid Holm", "member of the European Parliament");
    role(&d, "Ann Lo", "MEP");
}

#[test]
fn it_after_a_sentence_whose_subject_is_a_document_is_no_actor_named_in_it() {
    let d = doc("Auditors published their findings on Monday. The report lists five risks for Norway. It also says Sweden has helped Norway.");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("It also says")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(s.speaker, None, "{}", dump(&d));
    // (a state named as the subject before is still what "it" means)
    let d = doc("Norway sent a letter to Sweden. It said talks were over.");
    assert_eq!(speaker_of(&d, "It said talks were over").as_deref(), Some("Norway"), "{}", dump(&d));
}

#[test]
fn a_name_in_apposition_to_a_title_after_an_opening_phrase_speaks() {
    let d = doc("At the harbour on Sunday, the port director, Ana Roe, warned that the cranes were idle.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ana Roe"), "{}", dump(&d));
}

#[test]
fn a_body_s_lending_programme_is_a_topic_not_a_broadcast() {
    let d = doc("Finance Minister Ali Khan said Ghana would leave the World Bank programme next year. Khan told a BBC programme on Monday that talks had failed.");
    let s = reported(&d, "Finance Minister Ali Khan said Ghana would leave the World Bank programme next year", "Ali Khan");
    assert!(about(&d, &s).contains(&"World Bank".to_string()), "{}", dump(&d));
    let s = reported(&d, "Khan told a BBC programme on Monday that talks had failed", "Ali Khan");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn a_judge_s_style_after_an_appositive_title_leaves_the_title_as_the_role() {
    let d = doc("The board's chair, Justice Mary Okoth, defended the ruling. The chair of the Harbor Union said in a written note that the strike would go on.");
    role(&d, "Mary Okoth", "chair");
    // (the chair of another body named after the title is not her)
    assert_ne!(speaker_of(&d, "The chair of the Harbor Union said in a written note that the strike would go on").as_deref(), Some("Mary Okoth"), "{}", dump(&d));
}

#[test]
fn the_capitalised_head_of_the_one_body_named_before_is_a_topic() {
    let d = doc("The European Commission opened a probe on Monday. Minister Jan Dahl said the Commission had acted too late.");
    let s = reported(&d, "Minister Jan Dahl said the Commission had acted too late", "Jan Dahl");
    assert_eq!(about(&d, &s), ["European Commission"], "{}", dump(&d));
}

#[test]
fn he_after_the_one_person_named_is_that_person_whatever_the_list_says_of_the_first_name() {
    // (the first-name list marks "Tracy" a woman's name; he is the only person named)
    let d = doc("The council voted on Thursday to repair the bridge. Tracy Fenwick, the town engineer, told the council the work could not start before spring. He said the repairs would take a year.");
    assert_eq!(speaker_of(&d, "He said the repairs would take a year").as_deref(), Some("Tracy Fenwick"), "{}", dump(&d));
    // with a man named too, "he" is still the man the list agrees with
    let d = doc("Paul Mercer chaired the meeting. Tracy Fenwick, the town engineer, spoke first. He said the repairs would take a year.");
    assert_eq!(speaker_of(&d, "He said the repairs would take a year").as_deref(), Some("Paul Mercer"), "{}", dump(&d));
    // a man named further back may be meant: the woman named nearby is not taken
    let d = doc("Paul Mercer chaired the meeting. The vote came late. The hall was cold. The lights failed twice. Tracy Fenwick, the town engineer, spoke first. The crowd left early. The doors shut at ten. He said the repairs would take a year.");
    assert_ne!(speaker_of(&d, "He said the repairs would take a year").as_deref(), Some("Tracy Fenwick"), "{}", dump(&d));
    // and an honorific of the other sex keeps the pronoun off
    let d = doc("Ms. Halvorsby spoke first. He said the repairs would take a year.");
    assert_ne!(speaker_of(&d, "He said the repairs would take a year").as_deref(), Some("Halvorsby"), "{}", dump(&d));
}

#[test]
fn a_name_and_its_form_for_the_other_sex_are_two_people_in_one_article() {
    let d = doc("Dan Moss, the council chair, backed the plan. Dana Moss, a board member, opposed it.");
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == newsgraph::model::EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert!(people.contains(&"Dan Moss") && people.contains(&"Dana Moss"), "{}", dump(&d));
}
#[test]
fn a_name_with_a_title_in_apposition_to_the_head_of_a_body_speaks_and_holds_both_roles() {
    let d = doc("The head of the observer team, former Ruritanian prime minister Jonas Elberg, urged both parties to stay calm and asked the board to allow a recount.");
    // (both verbs ask something of someone: demands, no statement; the name asks)
    demand(&d, "Jonas Elberg", Some("both parties"), "stay calm", DemandKind::Appeal);
    role(&d, "Jonas Elberg", "head");
    role(&d, "Jonas Elberg", "prime minister");
    // (the coordinated appeal's evidence opens at the name, not at the description before it)
    let m = demand(&d, "Jonas Elberg", Some("the board"), "allow a recount", DemandKind::Appeal);
    assert!(!d.slice(m.evidence).starts_with("The head"), "{}", dump(&d));
}

#[test]
fn the_authorities_urged_by_an_envoy_are_the_state_the_story_is_about() {
    let d = doc("QUITO, March 3 (Reuters) - Ecuador's electoral council declared the count final on Sunday as protests spread in Quito and Guayaquil.\n\nThe United Nations envoy, Jan Holm, urged the authorities to publish the tally sheets.");
    demand(&d, "Jan Holm", Some("Ecuador"), "publish the tally sheets", DemandKind::Appeal);
    // (not authorities named with their place: "the authorities in Quito" stay as written)
    let d = doc("QUITO, March 3 (Reuters) - Ecuador's electoral council declared the count final on Sunday.\n\nThe envoy, Jan Holm, urged the authorities in Quito to publish the tally sheets.");
    assert_ne!(d.demands.iter().find(|m| d.slice(m.what) == "publish the tally sheets").and_then(|m| m.of).map(|p| party(&d, p)).as_deref(), Some("Ecuador"), "{}", dump(&d));
}

#[test]
fn the_authorities_told_what_they_need_to_do_are_the_state_the_story_is_about() {
    let d = doc("LIMA, May 2 (AP) - Peru's economy shrank again in the first quarter, the statistics office said.\n\n\"We made progress,\" the lender's envoy, Jan Holm, said. \"But the authorities need to cut the deficit.\"");
    demand(&d, "Jan Holm", Some("Peru"), "cut the deficit", DemandKind::Demand);
}

#[test]
fn a_party_named_with_its_country_first_before_a_lower_case_party_stays_whole() {
    let d = doc("The opposition Ghana Nkabom-e-Wura party accused the government of fraud.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ghana Nkabom-e-Wura"), "{}", dump(&d));
    // (common words after the country stay apart: "the US Republican party")
    let d = doc("Jan Holm said the US Republican party was wrong.");
    assert!(!d.entities.iter().any(|e| e.name == "US Republican"), "{}", dump(&d));
}

#[test]
fn a_place_before_a_noun_for_a_person_is_no_speaker_of_a_quote_about_something() {
    // ("says of X, “…”": the unnamed subject speaks as written, not the place that modifies it)
    let d = doc("The harbor board met on Monday.\n\nThe Denver developer says of the mayor, “He has let the docks rot.”");
    let q = d.statements.iter().find(|s| s.kind == StatementKind::Direct).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, q).as_deref(), Some("The Denver developer"), "{}", dump(&d));
    let d = doc("The Ohio plumber said of the levy that it was too high.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("The Ohio plumber"), "{}", dump(&d));
}

#[test]
fn as_a_speaker_noted_opens_a_statement_of_what_follows_the_comma() {
    let d = doc("Mayor Dana Hollis toured the docks on Monday. As the mayor noted, the ferry fares have doubled since the spring.");
    assert_eq!(speaker_of(&d, "the ferry fares have doubled since the spring").as_deref(), Some("Dana Hollis"), "{}", dump(&d));
    let d = doc("But as Ruth Calder has pointed out, the toll would fall hardest on night workers.");
    assert_eq!(speaker_of(&d, "the toll would fall hardest on night workers").as_deref(), Some("Ruth Calder"), "{}", dump(&d));
    // (a passive with its agent)
    let d = doc("As reported by the Harbor Gazette, the ferry company owes the city two million dollars.");
    assert_eq!(speaker_of(&d, "the ferry company owes the city two million dollars").as_deref(), Some("Harbor Gazette"), "{}", dump(&d));
    // a clause of talking tells when, and one without a speaker says nothing
    let d = doc("As she spoke, protesters gathered outside the port office. As expected, the council approved the budget.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn an_unknown_capitalised_word_opening_the_sentence_before_a_cue_speaks_as_written() {
    let d = doc("The mayor said the ferry had carried two million people. Factweld then pointed out that the figure counted each ticket twice.");
    assert_eq!(speaker_of(&d, "Factweld then pointed out that the figure counted each ticket twice").as_deref(), Some("Factweld"), "{}", dump(&d));
    // (a common word is no name: "Nothing suggests …" makes no speaker of it)
    let d = doc("Nothing suggests that the ferry will close.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Nothing")), "{}", dump(&d));
}

#[test]
fn a_second_that_clause_after_a_verb_of_saying_goes_on_with_the_statement() {
    let d = doc("Councillor Ben Ortiz said that he knew little about the harbor audit because he had been abroad, and that the council might decide to block the ferry plan in spring.");
    let reported: Vec<&Statement> = d.statements.iter().filter(|s| s.kind == StatementKind::Reported).collect();
    assert_eq!(reported.len(), 1, "{}", dump(&d));
    assert!(d.slice(reported[0].text).ends_with("block the ferry plan in spring"), "{}", dump(&d));
    assert_eq!(who(&d, reported[0]).as_deref(), Some("Ben Ortiz"), "{}", dump(&d));
}

#[test]
fn an_unnamed_object_for_people_before_who_and_a_cue_speaks_as_written() {
    let d = doc("The radio host took calls from listeners who said they could not afford the new bridge toll.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("listeners"), "{}", dump(&d));
    let d = doc("The harbor board heard from dock workers who warned that the cranes were unsafe.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("dock workers"), "{}", dump(&d));
    // (not a subject of a clause of its own, nor a questioner whose question a quote answers)
    let d = doc("Senator Ruth Calder argued on Monday that those who doubt the toll hurt the port.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("those")), "{}", dump(&d));
    let d = doc("The minister gave no figures, answering a journalist who asked: “Wait for the budget.”");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("a journalist")), "{}", dump(&d));
}

#[test]
fn while_and_a_participle_after_the_cue_of_a_quote_is_no_content() {
    let d = doc("“Stop the ferry,” Dana Hollis shouted while running along the pier.");
    assert!(d.statements.iter().all(|s| s.kind == StatementKind::Direct), "{}", dump(&d));
    // (a that-clause after it is content: "said while visiting the port that …")
    let d = doc("Dana Hollis said while visiting the port that the cranes would be replaced.");
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Reported), "{}", dump(&d));
}

#[test]
fn an_addressee_and_a_clause_of_when_after_a_quote_say_nothing_of_their_own() {
    let d = doc("“We are in a hard spot,” Dana Hollis told reporters after the long meeting that took place on a ferry.");
    assert!(d.statements.iter().all(|s| s.kind == StatementKind::Direct), "{}", dump(&d));
}

#[test]
fn a_bare_cue_word_after_the_and_a_name_is_a_noun() {
    let d = doc("A third of the cost, under the Calder plan, would fall on the port.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // (a past form like the bare one stays a verb: "and the IMF forecast that …")
    let d = doc("Exports fell in May, and the IMF forecast that growth would slow in the autumn.");
    assert!(d.statements.iter().any(|s| s.cue == "forecast"), "{}", dump(&d));
    // (and a document speaks: "after a WHO report that said …")
    let d = doc("The vote comes days after a WHO report that said the clinics were badly short of staff.");
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Reported), "{}", dump(&d));
}

#[test]
fn going_to_see_something_is_a_visit() {
    let d = doc("Dana Hollis spoke about the coast. She went to see the flooded docks in Norway.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).contains("flooded docks")), "{}", dump(&d));
}

#[test]
fn a_pronoun_right_after_before_or_after_the_cue_opens_a_clause_of_when() {
    let d = doc("The old slogan was painted on the pier, as Tom Reyes, soaked to the skin, said before he retired.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).ends_with("before he retired")), "{}", dump(&d));
    // (content after the time phrase stays: "said after the vote he would resign")
    let d = doc("Dana Hollis said after the vote she would resign.");
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Reported), "{}", dump(&d));
}

#[test]
fn an_ultimatum_of_hours_or_days_is_a_demand_of_the_one_given_the_time() {
    let d = doc("Norway on Friday gave Denmark 48 hours to recall its border troops.");
    demand(&d, "Norway", Some("Denmark"), "recall its border troops", DemandKind::Demand);
    // ("the envoy had 72 hours to leave", in what a minister is reported to say: the minister demands it)
    let d = doc("The foreign minister, Petra Lind, said the Danish envoy, Karel Vos, had 48 hours to quit Norway.");
    demand(&d, "Petra Lind", Some("Karel Vos"), "quit Norway", DemandKind::Demand);
    // (not a deadline that no one sets: "the talks had three days to reach a deal" outside a report)
    let d = doc("The talks had three days to reach a deal before the holiday.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_demand_verb_inside_a_quotation_takes_its_subject_inside_it() {
    let d = doc("\"Norway demands a full apology from Prime Minister Olaf Brenn,\" the foreign minister, Petra Lind, said.");
    demand(&d, "Norway", Some("Olaf Brenn"), "a full apology from Prime Minister Olaf Brenn", DemandKind::Demand);
}

#[test]
fn a_coordinated_demand_verb_is_the_subjects_not_the_first_verbs_objects() {
    let d = doc("Norway expels Danish envoy Karel Vos and demands apology\n\nNorway on Monday expelled the envoy after a row over a border post.");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("apology")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Norway", "{}", dump(&d));
}

#[test]
fn a_person_of_a_body_named_with_of_speaks() {
    let d = doc("Political analyst Anna Berg of the University of Tromso told reporters that both leaders gained from the row.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Anna Berg"), "{}", dump(&d));
}

#[test]
fn a_capital_written_with_diacritics_stands_for_its_state() {
    // (the list of countries writes the capital without them)
    let d = doc("The foreign minister, Marta Gil, said the cartoon was offensive and that Bogotá will not accept sermons from anyone.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("sermons")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Colombia", "{}", dump(&d));
}

#[test]
fn a_quote_in_what_a_state_expects_after_a_coordinated_verb_of_saying_is_the_speakers() {
    let d = doc("Ingrid Haugland met the envoy on Monday. She accused the minister of lying and said Oslo expected Copenhagen to \"come clean\" about the rebels.");
    said(&d, StatementKind::Direct, "come clean", Some("Ingrid Haugland"));
}

#[test]
fn a_person_of_a_party_written_with_a_lower_case_party_word_speaks() {
    let d = doc("Senator Anna Berg of the Farmers party said the premier had \"lost the plot\".");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Anna Berg"), "{}", dump(&d));
}

#[test]
fn legal_designators_of_other_markets_make_a_company() {
    let d = doc("Shipments by Vexneft PJSC were halted, the ministry said on Tuesday.");
    assert!(d.entities.iter().any(|e| e.kind == newsgraph::model::EntityKind::Organization && e.name.starts_with("Vexneft")), "{}", dump(&d));
}

#[test]
fn a_permanent_representative_and_a_regions_specialist_hold_roles() {
    let d = doc("Jan Holm, the permanent representative of Norway, urged calm.");
    let r = role(&d, "Jan Holm", "representative");
    assert_eq!(r.title, "permanent representative", "{}", dump(&d));
    let d = doc("Anna Berg, a Balkans specialist at the Nordic Institute, said the talks would fail.");
    role(&d, "Anna Berg", "specialist");
}

#[test]
fn an_acronym_spells_a_long_form_running_over_in_and_a_place() {
    let d = doc("The United Nations Support Mission in Norway (UNSMIN) voiced concern and urged the parties to spare civilians.");
    assert!(d.entities.iter().any(|e| e.name == "United Nations Support Mission in Norway"), "{}", dump(&d));
    demand(&d, "United Nations Support Mission in Norway", Some("the parties"), "spare civilians", DemandKind::Appeal);
}

#[test]
fn a_refusal_coordinated_with_the_clauses_first_verb_is_its_subjects() {
    let d = doc("Jan Holm met the envoy on Monday. He said Norway was ready to talk through a joint panel but would not allow foreign troops to operate on its land.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("foreign troops")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Norway", "{}", dump(&d));
}

#[test]
fn a_state_kept_until_a_condition_is_met_demands_the_condition() {
    let d = doc("Ingrid Haugland said the ferry route would stay closed until Copenhagen gave written guarantees on safety.");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("written guarantees")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Ingrid Haugland", "{}", dump(&d));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("Denmark"), "{}", dump(&d));
}

#[test]
fn a_given_name_used_for_both_sexes_lets_she_refer_to_its_bearer() {
    // ("Nino" is a man's name in Italian and a woman's in Georgian)
    let d = doc("The French president, Marie Dubois, met the envoy on Monday. The country's president, Nino Beridze, welcomed the message. She said dozens of students had been arrested overnight.");
    said(&d, StatementKind::Reported, "She said dozens of students had been arrested overnight", Some("Nino Beridze"));
}

#[test]
fn a_bare_verb_of_saying_in_a_demanded_clause_is_no_statement() {
    let d = doc("Jan Holm also demanded that Oslo formally agree to dissolve the joint panel, which Stockholm considers obsolete.");
    assert!(!d.statements.iter().any(|s| s.cue == "agree"), "{}", dump(&d));
    demand(&d, "Jan Holm", Some("Norway"), "Oslo formally agree to dissolve the joint panel", DemandKind::Demand);
}

#[test]
fn a_quotes_attribution_on_ones_way_into_a_meeting_says_nothing_of_its_own() {
    let d = doc("\"We are not the referee of the whole region,\" Jan Holm told Norwegian public television on her way into the meeting.");
    assert!(!d.statements.iter().any(|s| s.kind == StatementKind::Reported), "{}", dump(&d));
}

#[test]
fn a_listed_broadcaster_named_with_a_number_is_one_organisation() {
    let d = doc("Jan Holm told FRANCE 24 that the text was ready.");
    assert!(d.entities.iter().any(|e| e.kind == newsgraph::model::EntityKind::Organization && e.name == "France 24"), "{}", dump(&d));
    // (the country is not named)
    assert!(!d.entities.iter().any(|e| e.kind == newsgraph::model::EntityKind::Country), "{}", dump(&d));
}

#[test]
fn the_democratic_republic_of_the_congo_is_not_the_congo_inside_its_name() {
    let d = doc("Clashes flared in the Democratic Republic of the Congo on Monday.");
    let countries: Vec<&str> = d.entities.iter().filter(|e| e.kind == newsgraph::model::EntityKind::Country).map(|e| e.name.as_str()).collect();
    assert_eq!(countries, vec!["Democratic Republic of the Congo"], "{}", dump(&d));
}

#[test]
fn a_verb_of_saying_after_a_that_clause_with_two_names_is_the_first_speakers() {
    let d = doc("Spokeswoman Mei Lan told journalists in Beijing that Oslo and Copenhagen should settle the row and said Beijing stood ready to mediate.");
    said(&d, StatementKind::Reported, "said Beijing stood ready to mediate", Some("Mei Lan"));
}

#[test]
fn a_company_with_an_abbreviated_designator_before_an_appositive_speaks() {
    let d = doc("Vexoil Nyrt., the Oslo-based chemicals maker that owns three plants, said its stocks would last a month.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(who(&d, s).is_some_and(|w| w.starts_with("Vexoil")), "{}", dump(&d));
    // (the appositive says who speaks, not what it is about)
    assert!(s.about.is_empty(), "{}", dump(&d));
}

#[test]
fn a_charge_daffaires_and_a_consul_hold_roles() {
    let d = doc("Police ordered the Danish chargé d'affaires, Karl Vos, to leave Oslo.");
    role(&d, "Karl Vos", "chargé d'affaires");
    let d = doc("The Swedish consul, Eva Lund, said the ship had left.");
    role(&d, "Eva Lund", "consul");
}

#[test]
fn a_name_with_a_lower_case_particle_before_an_appositive_speaks() {
    let d = doc("Union official Ali al-Hassan, a member of the union's council, told reporters that pay was too low.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ali al-Hassan"), "{}", dump(&d));
    let d = doc("Ali al-Hassan, who leads the union, said pay was too low.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ali al-Hassan"), "{}", dump(&d));
}

#[test]
fn the_group_or_the_charity_with_a_modifier_is_the_body_named_before() {
    let d = doc("Floods hit the valley. The Harbour Lawyers, a group that records abuses across the port, said the dead were mostly dockers. The group accused the police of beating workers in the old town.");
    assert_eq!(speaker_of(&d, "The group accused the police of beating workers in the old town").as_deref(), Some("Harbour Lawyers"));
    let d = doc("Amnesty International said its staff had seen 40 patients. The rights group called on the army to let the injured go and warned that its stocks could run short.");
    demand(&d, "Amnesty International", Some("the army"), "let the injured go", DemandKind::Appeal);
    // (not the body the same sentence names after it)
    let d = doc("The Patriotic Front did not comment on Monday. The group accused the Patriotic Front of lying.");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("The group")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_ne!(who(&d, s).as_deref(), Some("Patriotic Front"), "{}", dump(&d));
}

#[test]
fn the_statement_said_is_the_body_that_said_in_a_statement() {
    let d = doc("Rain fell all day. The prime minister's office said on Friday in a statement that troops would help. The statement said the troops had been told to \"save every life,\" but did not say how many.");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("The statement said")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("The prime minister's office"), "{}", dump(&d));
    quote(&d, "save every life,", "The prime minister's office");
}

#[test]
fn the_spokesperson_again_speaks_for_the_ministry_of_a_state_named_with_it() {
    let d = doc("Rescue teams worked all night. A spokesperson for Chile's Foreign Ministry told reporters that Santiago would send help. The spokesperson said Chile would send two planes to Peru.");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("The spokesperson said")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Foreign Ministry"), "{}", dump(&d));
    // (the ministry's own state is not what it speaks about; the state it names as object is)
    assert_eq!(about(&d, s), vec!["Peru".to_string()], "{}", dump(&d));
}

#[test]
fn a_quote_inside_what_a_speaker_states_is_the_speakers_own() {
    // (a belief verb after "stated … that", with a date between)
    let d = doc("Talks resumed. Kremlin spokesman Ivan Sokol stated on May 4 that Russia sees \"little hope\" for a deal.");
    quote(&d, "little hope", "Ivan Sokol");
    // ("a video posted on …": the participle names no speaker)
    let d = doc("Gen. Ola Berg, head of the Fourth Division, said in a clip posted to Facebook that his troops were ready \"at any hour\" and accused the rebels of lying.");
    quote(&d, "at any hour", "Ola Berg");
    // ("what it calls": the pronoun is the subject of the sentence's verb of saying)
    let d = doc("Peace talks stalled again. The council in the capital said it welcomed the talks but would not deal with what it calls a \"cartel of thieves.\"");
    quote(&d, "cartel of thieves.", "The council in the capital");
}

#[test]
fn a_country_before_a_colon_in_the_headline_is_no_speaker() {
    let d = doc("Peru: Floods in Lima kill dozens as mayor pleads for aid\n\nFloods killed 40 people in Lima on Monday, officials said.");
    assert!(!d.statements.iter().any(|s| d.slice(s.text).starts_with("Floods in Lima")), "{}", dump(&d));
    // (a person's label stays: "Holt: …")
}

#[test]
fn urged_x_and_y_to_z_asks_both() {
    let d = doc("Talks resumed. Jan Holm urged the army and the rebels to agree to a pause.");
    demand(&d, "Jan Holm", Some("the army"), "agree to a pause", DemandKind::Appeal);
}

#[test]
fn a_demand_noun_after_a_date_belongs_to_the_verbs_subject() {
    let d = doc("Peruvian President Jan Holm repeated on May 2 his demand that Chile withdraw from the valley.");
    demand(&d, "Jan Holm", Some("Chile"), "Chile withdraw from the valley", DemandKind::Demand);
}

#[test]
fn the_official_is_no_holder_of_that_title_named_only_further_on() {
    let d = doc("Talks resumed in the capital on Monday.\n\nA senior Norwegian official told reporters that Norway would not sign. The official said the union must first lift its ban.\n\nHarbour Front official Ali Hassan, a member of the front's council, told reporters that the front wanted more time.");
    assert_ne!(speaker_of(&d, "The official said the union must first lift its ban").as_deref(), Some("Ali Hassan"), "{}", dump(&d));
}

#[test]
fn an_appeal_coordinated_before_the_cue_is_not_what_the_warning_is_about() {
    let d = doc("Talks resumed. Amnesty International said its staff had seen 40 patients. The rights group called on Chile to let the injured go and warned that its stocks could run short.");
    let s = d.statements.iter().find(|s| s.cue == "warned").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Amnesty International"), "{}", dump(&d));
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
}

#[test]
fn the_group_is_not_the_outlet_a_speaker_told() {
    let d = doc("Talks resumed. Harbour Front official Ali Hassan, a member of the front's council, told Harbour Herald that the group wanted guarantees on pay.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ali Hassan"), "{}", dump(&d));
    assert!(!about(&d, s).contains(&"Harbour Herald".to_string()), "{}", dump(&d));
}

#[test]
fn said_an_actor_would_and_a_quote_is_reported_speech_too() {
    let d = doc("The vote was put off on Monday. Speaking on Sunday, Prime Minister Kay Lund said Norway would \"never give up until every aim is met.\"");
    reported(&d, "Prime Minister Kay Lund said Norway would \"never give up until every aim is met.\"", "Kay Lund");
    quote(&d, "never give up until every aim is met.", "Kay Lund");
}

#[test]
fn a_country_director_of_a_body_named_with_a_possessive_is_a_role() {
    let d = doc("Floods hit. Jan Holm, Oxfam's country director for Peru, told reporters that food was short.");
    let r = role(&d, "Jan Holm", "director");
    assert_eq!(r.title, "country director", "{}", dump(&d));
    assert_eq!(r.of.map(|e| name(&d, e)).as_deref(), Some("Oxfam"), "{}", dump(&d));
}

#[test]
fn adding_that_after_a_cue_with_nothing_of_its_own_is_what_is_said() {
    let d = doc("Talks resumed. Norway's Foreign Ministry spokesman Ali Hamid said Oslo was hopeful. \"The gaps are narrower,\" he told journalists in Oslo, adding that Norway, Egypt and Chile were in touch with both parties.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("adding that")).unwrap_or_else(|| panic!("{}", dump(&d)));
    let a = about(&d, s);
    assert!(a.contains(&"Egypt".to_string()) && a.contains(&"Chile".to_string()), "{}", dump(&d));
}

#[test]
fn while_another_actor_does_something_ends_the_statement() {
    let d = doc("Talks. Chile on Tuesday rejected Peru's terms, saying Lima wanted too much, while Bolivia urged both sides to meet in La Paz.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && who(&d, s).as_deref() == Some("Chile")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(d.slice(s.text), "Chile on Tuesday rejected Peru's terms, saying Lima wanted too much", "{}", dump(&d));
    assert!(!about(&d, s).contains(&"Bolivia".to_string()), "{}", dump(&d));
}

#[test]
fn a_state_that_wants_a_thing_demands_it() {
    let d = doc("Talks. Chile wants the return of all detained sailors as a first step.");
    demand(&d, "Chile", None, "the return of all detained sailors", DemandKind::Demand);
    // (not what is wanted of the state: "Chile is wanted …", nor "wants to")
    let d = doc("Talks. Chile wants to sign the pact soon.");
    assert!(!d.demands.iter().any(|m| d.slice(m.what).starts_with("to sign")), "{}", dump(&d));
}

#[test]
fn a_demand_verb_ending_the_text_reads_nothing_past_it() {
    // (a cue as the last word has no object: nothing to read, and no panic)
    for text in ["Talks. The ministers urged", "Talks. Officials encouraged", "Talks. The council demanded", "Talks. The council was urged by the mayor"] {
        let d = doc(text);
        assert!(d.demands.iter().all(|m| m.what.end <= text.len()), "{}", dump(&d));
    }
}

#[test]
fn a_discourse_phrase_between_the_subject_and_its_verb_leaves_the_subject_speaking() {
    for (text, speaker) in [
        ("Talks stalled. Norway, for its part, said it would keep its embassy open.", "Norway"),
        ("Talks stalled. The Chilean foreign ministry, in turn, insisted that the talks go on.", "Chilean foreign ministry"),
        ("Talks stalled. Peru, on the other hand, warned that the border would close.", "Peru"),
    ] {
        let d = doc(text);
        assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some(speaker)), "{speaker} in {text}: {}", dump(&d));
    }
    let d = doc("Talks stalled. Norway, for its part, urged Chile to return to the talks.");
    demand(&d, "Norway", Some("Chile"), "return to the talks", DemandKind::Appeal);
    // (not before a participle: what stands before the phrase is no subject)
    let d = doc("Talks stalled. Jan Vik called for releasing the files, as well, saying that it would help.");
    assert!(!d.statements.iter().any(|s| who(&d, s).as_deref().is_some_and(|w| w.contains("files"))), "{}", dump(&d));
}

#[test]
fn a_description_of_the_speaker_before_the_name_after_a_quote() {
    let text = "Strike spreads. The dockers' union CGTX threatened a strike. \"We are done with waiting,\" said its spokesman, Rui Dias. \"We will not move,\" the union's general secretary, Tiago Sousa, told reporters on Monday. \"Nor will we,\" the federation's leader, Ana Melo, said.";
    let d = doc(text);
    for (quote, speaker, cue) in [("We are done with waiting,", "Rui Dias", "said"), ("We will not move,", "Tiago Sousa", "told"), ("Nor will we,", "Ana Melo", "said")] {
        let s = d.statements.iter().find(|s| s.kind == StatementKind::Direct && d.slice(s.text) == quote).unwrap_or_else(|| panic!("{quote}: {}", dump(&d)));
        assert_eq!(who(&d, s).as_deref(), Some(speaker), "{}", dump(&d));
        assert_eq!(s.cue, cue, "{}", dump(&d));
    }
    // (and the quote with its attribution is no reported statement beside the direct one)
    assert!(!d.statements.iter().any(|s| s.kind == StatementKind::Reported && d.slice(s.text).contains("Nor will we")), "{}", dump(&d));
}

#[test]
fn an_answer_to_a_request_for_comment_says_nothing() {
    let d = doc("Strike spreads. The central bank responded to requests for comment. Officials did not reply to emails seeking comment on Monday. The ministry responded that the plan was legal.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    assert_eq!(d.slice(d.statements[0].text), "The ministry responded that the plan was legal", "{}", dump(&d));
}

#[test]
fn brussels_acting_is_the_european_union() {
    let d = doc("Budget row. Brussels has repeatedly called on Lisbon to reduce its debt. Ministers met in Brussels on Monday.");
    demand(&d, "European Union", Some("Portugal"), "reduce its debt", DemandKind::Appeal);
    // (where ministers meet it stays the Belgian city)
    let m = d.mentions.iter().rfind(|m| d.slice(m.span) == "Brussels").unwrap();
    assert_eq!(d.entities[m.entity].kind, newsgraph::model::EntityKind::Place, "{}", dump(&d));
}

#[test]
fn an_attribution_after_a_demand_is_not_part_of_what_is_demanded() {
    let d = doc("Prices rose. The government must act now, he told reporters in Auckland. Talks must resume soon, the union's leader Ana Melo insisted.");
    assert!(d.demands.iter().any(|m| d.slice(m.what) == "act now"), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| d.slice(m.what) == "Talks must resume soon"), "{}", dump(&d));
}

#[test]
fn an_office_of_a_field_before_a_name_gives_the_speaker_and_the_role() {
    let d = doc("Prices rose. Oxfam head of research Priya Nair said shoppers had been squeezed for years. Head of public policy Ana Melo said the plan had worked well for years.");
    for (speaker, start) in [("Priya Nair", "Oxfam head of research"), ("Ana Melo", "Head of public policy")] {
        let s = d.statements.iter().find(|s| who(&d, s).as_deref() == Some(speaker)).unwrap_or_else(|| panic!("{speaker}: {}", dump(&d)));
        assert!(d.slice(s.text).starts_with(start), "{}", dump(&d));
    }
    let r = role(&d, "Priya Nair", "head");
    assert_eq!(r.of.map(|e| name(&d, e)).as_deref(), Some("Oxfam"), "{}", dump(&d));
    role(&d, "Ana Melo", "Head");
    // (not the object of a preposition that is no office: "the owner of ferry company Quillmart")
    let d = doc("Prices rose. The lawyer of defendant Jan Holm said the charges had no basis at all.");
    assert!(!d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jan Holm")), "{}", dump(&d));
}

#[test]
fn seeking_to_do_something_is_an_attempt_not_speech_nor_a_demand() {
    let d = doc("Talks. The European Union, which Norway has sought to join for decades, has called on Oslo to respect media freedom. Vexoil is seeking to raise new capital from its banks.");
    assert!(!d.statements.iter().any(|s| s.cue.starts_with("sought") || s.cue.starts_with("seeking")), "{}", dump(&d));
    assert!(!d.demands.iter().any(|m| m.cue.starts_with("sought") || m.cue.starts_with("seeking")), "{}", dump(&d));
    demand(&d, "European Union", Some("Norway"), "respect media freedom", DemandKind::Appeal);
    // ("sought talks" is a demand still)
    let d = doc("Talks. Norway sought urgent talks with Chile over the fishing dispute.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).starts_with("urgent talks")), "{}", dump(&d));
}

#[test]
fn a_description_then_a_title_with_a_modifier_of_standing_and_the_name() {
    let d = doc("Revolt. More than 40 MPs signed a letter. Its organiser, veteran MP Dan Carter, said ministers had lost touch with the voters.");
    reported(&d, "Its organiser, veteran MP Dan Carter, said ministers had lost touch with the voters", "Dan Carter");
    role(&d, "Dan Carter", "MP");
}

#[test]
fn a_past_participle_with_its_agent_between_the_subject_and_the_cue() {
    let d = doc("Revolt. The letter, seen by the Harbor Times, warns that the cuts would push thousands into poverty. The petition, signed by 40 MPs, says the cuts would push thousands into poverty.");
    for start in ["The letter, seen by", "The petition, signed by"] {
        let s = d.statements.iter().find(|s| d.slice(s.text).starts_with(start)).unwrap_or_else(|| panic!("{start}: {}", dump(&d)));
        assert!(who(&d, s).is_none_or(|w| !w.contains("Harbor")), "{}", dump(&d));
    }
}

#[test]
fn a_short_quote_that_is_a_sentence_of_its_own_goes_on_with_the_speaker() {
    let d = doc("Strike. \"We have asked, we have pleaded, and we have been ignored,\" Ana Melo told a rally outside the hall. \"Enough is enough.\"");
    let s = d.statements.iter().find(|s| d.slice(s.text) == "Enough is enough.").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ana Melo"), "{}", dump(&d));
    // (a short quote inside a sentence stays a scare quote)
    let d = doc("Strike. Ana Melo spoke at length. The plan was called \"a joke\" by critics.");
    assert!(!d.statements.iter().any(|s| d.slice(s.text) == "a joke" && s.speaker.is_some()), "{}", dump(&d));
}

#[test]
fn an_order_that_could_be_given_is_no_demand() {
    let d = doc("Strike. The Industrial Relations Commission could order the nurses back to work if the strike goes ahead. The court ordered the nurses back to work.");
    assert_eq!(d.demands.len(), 1, "{}", dump(&d));
}

#[test]
fn a_description_and_the_name_in_commas_before_coordinated_cues() {
    let d = doc("Strike. The opposition health spokeswoman, Kellie Sloane, urged both sides to settle quickly and accused the government of mismanaging the dispute.");
    assert!(d.statements.iter().any(|s| s.cue == "accused" && who(&d, s).as_deref() == Some("Kellie Sloane")), "{}", dump(&d));
}

#[test]
fn pressing_two_sides_on_a_day_to_do_something() {
    let d = doc("Talks. Chile and Peru pressed Bolivia and Ecuador on Sunday to accept a new border proposal.");
    demand(&d, "Chile", Some("Bolivia"), "accept a new border proposal", DemandKind::Appeal);
}

#[test]
fn told_those_addressed_they_should_do_something() {
    let d = doc("Talks. Chile's president Ana Melo told European leaders they should put more pressure on Peru to reopen the border.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("put more pressure")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Ana Melo", "{}", dump(&d));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("European leaders"), "{}", dump(&d));
}

#[test]
fn a_capital_beside_the_state_it_stands_for_is_that_state_once() {
    let d = doc("Summit. German Chancellor Jan Holm criticised Budapest's veto of the sanctions package.");
    let s = d.statements.iter().find(|s| s.cue == "criticised").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(about(&d, s), vec!["Hungary".to_string()], "{}", dump(&d));
}

#[test]
fn an_addressee_taken_up_by_the_head_of_its_name() {
    let d = doc("Talks. The Harbor Port Authority raised fees on Monday. The mayor urged the authority to reverse the increase.");
    demand(&d, "The mayor", Some("Harbor Port Authority"), "reverse the increase", DemandKind::Appeal);
}

#[test]
fn a_finding_after_a_connective_opening_its_sentence_is_the_source_as_written() {
    let d = doc("The ferry board met on Monday.\n\nYet, a 2019 study by Quillfield College and the Vexmoor Institute found that most anglers in the valley oppose the new quay.");
    reported(&d, "a 2019 study by Quillfield College and the Vexmoor Institute found that most anglers in the valley oppose the new quay", "a 2019 study by Quillfield College and the Vexmoor Institute");
}

#[test]
fn she_after_a_person_in_apposition_to_what_a_possessor_has() {
    let d = doc("Vote. Tom Odell rejected the results. Odell's running mate, Martha Kerr, told a news conference that the coalition would go to court. \"We will not accept a stolen election,\" she said.");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("We will not")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Martha Kerr"), "{}", dump(&d));
}

#[test]
fn a_possessors_description_in_apposition_after_the_name() {
    let d = doc("Drought. China, Pakistan's closest ally, said it hoped the two neighbours would resolve the dispute through dialogue.");
    reported(&d, "China, Pakistan's closest ally, said it hoped the two neighbours would resolve the dispute through dialogue", "China");
}

#[test]
fn an_unnamed_group_protesting_and_demanding() {
    let d = doc("Drought. Farmers in Punjab province staged protests on Monday, demanding higher prices for their crops.");
    let m = d.demands.iter().find(|m| d.slice(m.what) == "higher prices for their crops").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Farmers in Punjab province", "{}", dump(&d));
}

#[test]
fn officials_in_a_town_that_stands_for_no_state_speak_as_written() {
    let d = doc("Attack. Officials in Kharkiv said two people were killed in the attack on Monday. Police in Kharkiv said a school was hit.");
    reported(&d, "Officials in Kharkiv said two people were killed in the attack on Monday", "Officials in Kharkiv");
    reported(&d, "Police in Kharkiv said a school was hit", "Police in Kharkiv");
}

#[test]
fn warned_against_one_noun() {
    let d = doc("Talks. Jan Holm said the alliance stood with Oslo and warned Chile against escalation.");
    demand(&d, "Jan Holm", Some("Chile"), "escalation", DemandKind::Appeal);
}

#[test]
fn the_writers_comment_in_apposition_ends_what_is_demanded() {
    let d = doc("Talks. The envoy Jan Holm has demanded that Chile dismantle its border posts entirely, a position Santiago has rejected.");
    assert!(d.demands.iter().any(|m| d.slice(m.what) == "Chile dismantle its border posts entirely"), "{}", dump(&d));
}

#[test]
fn a_spokesman_for_a_ministry_speaks_for_its_state() {
    let d = doc("Troops. A spokesman for the German Foreign Ministry, Martin Vogt, said Berlin would not send troops to Ukraine at this time.");
    let r = role(&d, "Martin Vogt", "spokesman");
    assert_eq!(r.of.map(|e| name(&d, e)).as_deref(), Some("German Foreign Ministry"), "{}", dump(&d));
    let s = d.statements.iter().find(|s| who(&d, s).as_deref() == Some("Martin Vogt")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(about(&d, s), vec!["Ukraine".to_string()], "{}", dump(&d));
}

#[test]
fn a_person_who_told_someone_a_quote_speaks_it_according_to_a_readout() {
    let d = doc("Talks. Indian Prime Minister Ravi Menon told the Chilean president that \"today's era is not an era of war\", according to a readout from New Delhi.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Direct).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ravi Menon"), "{}", dump(&d));
    // (a body's post named by "according to" keeps the words of an unnamed body before it)
    let d = doc("Talks. Chile's military leadership denied the claims, asserting that \"there is no threat to our units,\" according to a post on social media by Chile's General Staff.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Direct).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(s.cue, "according to", "{}", dump(&d));
}

#[test]
fn a_relative_clause_in_commas_after_the_addressee() {
    let d = doc("Talks. Jan Holm urged Chile and Peru, which brokered the deal, to press Bolivia to withdraw its troops. Ana Melo invited Tom Hale, who once led the party, to sit in the front row.");
    demand(&d, "Jan Holm", Some("Chile"), "press Bolivia to withdraw its troops", DemandKind::Appeal);
    demand(&d, "Ana Melo", Some("Tom Hale"), "sit in the front row", DemandKind::Appeal);
}

#[test]
fn laurence_may_be_a_man() {
    // (an English man's name as often as a French woman's: "he" may take up its bearer)
    let d = doc("Talks. Jane Holm urged both sides to talk. The trade secretary, Laurence Obi, said he was concerned. Asked about it, he told reporters: \"I would urge them to talk.\"");
    quote(&d, "I would urge them to talk.", "Laurence Obi");
}

#[test]
fn a_bare_organisation_word_before_spokeswoman_is_the_body_named_before() {
    let d = doc("The European Commission studied the plan. A Commission spokeswoman said Brussels expected all member states to keep the rules.");
    reported(&d, "A Commission spokeswoman said Brussels expected all member states to keep the rules", "European Commission");
    // (two commissions named before: no guess)
    let d = doc("The European Commission and the Harbor Commission met. A Commission spokeswoman said the talks went well.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("European Commission")), "{}", dump(&d));
}

#[test]
fn declining_to_comment_on_a_topic_says_nothing() {
    let d = doc("The vote failed. The Vexmoor Council, which must approve the plan, declined to comment on the vote.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // (a clause after "on" is something said: kept)
    let d = doc("The vote failed. The Vexmoor Council declined to comment on whether the plan was dead.");
    assert!(!d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn the_place_where_lawmakers_were_told_is_no_topic() {
    let d = doc("Banks merged. Economy Minister Jane Holm told lawmakers in Quito on Tuesday that the deal would leave Cuenca with fewer lenders.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    let a = about(&d, s);
    assert!(a.iter().any(|x| x == "Cuenca") && !a.iter().any(|x| x == "Quito" || x == "Ecuador"), "{}", dump(&d));
}

#[test]
fn we_want_a_thing_inside_a_quote_is_the_speakers_demand() {
    let d = doc("Residents gathered. \"We want our savings back,\" said Ann Obi, a nurse.");
    demand(&d, "Ann Obi", None, "our savings back", DemandKind::Demand);
    // (not "what we want is …" nor "we want to …")
    let d = doc("Residents gathered. \"We want to go home,\" said Ann Obi, a nurse.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_modal_inside_a_rejected_idea_is_no_demand() {
    let d = doc("Talks. Jane Holm, the Vexmoor minister, spoke. She rejected the idea that aid should be tied to pension reforms.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (an idea put forward is still read: "said the idea was that Oslo should pay")
    let d = doc("Talks. Jane Holm said Oslo should pay for the bridge.");
    assert!(!d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_modal_right_before_a_quote_is_a_demand_on_its_subject() {
    let d = doc("Strike. Shadow minister Tom Pryde said ministers must \"stop blaming the firm\" and left.");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("stop blaming")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Tom Pryde", "{}", dump(&d));
}

#[test]
fn the_regulator_is_the_body_named_before_it() {
    let d = doc("Banks merged. The conditions would bite if the competition regulator cleared it, Jane Holm said. The Vexmoor Markets Commission, known as the VMC, opened a review last month. The regulator said in a filing that the bank would be too big.");
    reported(&d, "The regulator said in a filing that the bank would be too big", "Vexmoor Markets Commission");
}

#[test]
fn a_bodys_staff_named_with_it_speak_for_it() {
    let d = doc("Banks merged. The Vexmoor Central Bank (VCB) approved the bid. VCB supervisors said the deal raised no concerns.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("raised no concerns")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Vexmoor Central Bank"), "{}", dump(&d));
}

#[test]
fn a_branch_named_with_its_organisations_possessive_speaks_for_it() {
    let d = doc("Banks merged. The Vexmoor Workers Union's banking federation said it would call a walkout.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("walkout")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Vexmoor Workers Union"), "{}", dump(&d));
}

#[test]
fn the_minister_is_no_prime_minister() {
    let d = doc("Talks. Prime Minister Tom Obi spoke first. Finance Minister Jane Holm said the plan would pass. The minister also ruled out new taxes on fuel.");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("The minister")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Jane Holm"), "{}", dump(&d));
    // ("the prime minister" is still the prime minister)
    let d = doc("Talks. Prime Minister Tom Obi spoke first. Finance Minister Jane Holm said the plan would pass. The prime minister said it would not.");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("The prime minister")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Tom Obi"), "{}", dump(&d));
}

#[test]
fn chief_executive_officer_before_a_name_after_a_company() {
    let d = doc("Banks merged. Vexmoor Bank Chief Executive Officer Jaime Ortiz rejected the criticism.");
    let r = role(&d, "Jaime Ortiz", "chief executive");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Bank"), "{}", dump(&d));
}

#[test]
fn the_government_spoken_of_is_the_state_the_story_is_about() {
    let d = doc("Chile's budget failed in Congress on Monday. Jane Holm, an analyst in Santiago, said the plan would pass if the government dropped its tax cut.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(about(&d, s).contains(&"Chile".to_string()), "{}", dump(&d));
}

#[test]
fn the_actor_opening_a_reported_clause_sets_its_only_if_condition() {
    let d = doc("Chile's budget failed. The opposition Liberal Party voted no. Its leader, Jane Holm, said the Liberals had offered to back the bill only if the government scrapped a planned fuel levy.");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("fuel levy")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Liberal Party", "{}", dump(&d));
}

#[test]
fn an_affiliation_with_its_seat_before_the_cue_leaves_the_person_speaking() {
    let d = doc("Trial. Judge Ann Obi of the Anti-Fraud Court in Lima found that Tom Hale had taken the money.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ann Obi"), "{}", dump(&d));
    assert!(d.slice(s.text).ends_with("had taken the money"), "{}", dump(&d));
}

#[test]
fn its_office_speaks_and_appeals_for_the_body_named_before() {
    let d = doc("Vaccines. The Vexmoor Health Council welcomed the decree. Its office for Asia said in a statement that Chile was facing a crisis and urged other states to raise their vaccination rates.");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("Its office for Asia")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Vexmoor Health Council"), "{}", dump(&d));
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("vaccination rates")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Vexmoor Health Council", "{}", dump(&d));
}

#[test]
fn the_same_demand_read_twice_is_one_even_apart() {
    let d = doc("Strike. Shadow minister Tom Pryde said ministers must \"stop blaming the firm\" and insisted that service levels should apply at major ports.");
    let n = d.demands.iter().filter(|m| d.slice(m.what).contains("service levels")).count();
    assert_eq!(n, 1, "{}", dump(&d));
}

#[test]
fn a_coordinated_appeal_opens_its_evidence_at_its_verb() {
    let d = doc("Talks. Jane Holm said the war had to end and urged Chile to send aid.");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("send aid")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Jane Holm", "{}", dump(&d));
    assert!(d.slice(m.evidence).starts_with("urged Chile"), "{}", dump(&d));
}

#[test]
fn the_commission_is_the_one_named_last_when_another_is_further_back() {
    let d = doc("Banks. The Vexmoor Markets Commission opened a review. Shares fell. The European Commission warned Madrid. A spokesperson for the Commission said the talks went well.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("talks went well")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("European Commission"), "{}", dump(&d));
    // (both named in the sentence before: no guess)
    let d = doc("Banks. The Vexmoor Markets Commission and the European Commission met. A spokesperson for the Commission said the talks went well.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("talks went well")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_ne!(who(&d, s).as_deref(), Some("European Commission"), "{}", dump(&d));
}

#[test]
fn what_an_appeal_asks_of_its_addressee_is_not_said_yet() {
    let d = doc("Vaccines. Prime Minister Tom Obi defended the decree. He urged voters who had worries to talk to their pharmacist rather than \"rely on rumours online\".");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("voters")), "{}", dump(&d));
    quote(&d, "rely on rumours online", "Tom Obi");
    let d = doc("Talks. Jane Holm asked the minister to explain the delay.");
    assert!(d.statements.iter().all(|s| s.cue != "explain"), "{}", dump(&d));
}

#[test]
fn the_company_in_what_is_said_is_the_one_company_named_before() {
    let d = doc("Strike. The Harbour Dockers Union called a strike at Quillport Holdings. Weeks passed. Ann Obi, a union leader, said she was ready to meet the company at any time.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("ready to meet")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(about(&d, s).contains(&"Quillport Holdings".to_string()), "{}", dump(&d));
    // (two companies named: no guess)
    let d = doc("Strike. Quillport Holdings and Vexmoor Shipping Group met. Ann Obi, a union leader, said the company had to pay more.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("had to pay")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
}

#[test]
fn the_body_accused_of_something_is_a_topic() {
    let d = doc("Strike. The Port Workers' Union called a strike. Quillport Holdings said its offer was fair and accused the union of refusing to put it to members.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("accused the union")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(about(&d, s).contains(&"Port Workers' Union".to_string()), "{}", dump(&d));
}

#[test]
fn them_is_not_the_outlet_the_speaker_told() {
    let d = doc("Strike. The trade secretary, Tom Obi, spoke. Asked whether the state would step in, he told the BBC: \"I would urge them both to resume talks at once.\"");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("resume talks")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Tom Obi", "{}", dump(&d));
    assert!(m.of.map(|p| party(&d, p)).as_deref() != Some("BBC"), "{}", dump(&d));
}

#[test]
fn them_both_is_two_parties_not_the_body_named_before() {
    let d = doc("Strike. The Vexmoor Freight Association warned of shortages. The trade secretary, Tom Obi, said he was concerned. He told reporters: \"I would urge them both to resume talks at once.\"");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("resume talks")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Tom Obi", "{}", dump(&d));
    assert!(m.of.map(|p| party(&d, p)).as_deref() != Some("Vexmoor Freight Association"), "{}", dump(&d));
}

#[test]
fn a_party_adjective_before_leader_names_the_party_the_article_named() {
    let d = doc("Vote. The opposition Liberal Party withdrew its support. The Liberal leader, Ann Obi, denied that her party wanted an election.");
    let r = role(&d, "Ann Obi", "leader");
    assert_eq!(role_of(&d, r).as_deref(), Some("Liberal Party"), "{}", dump(&d));
    // (no such party named: no role of an unknown body)
    let d = doc("Vote. The Liberal leader, Ann Obi, denied that her party wanted an election.");
    assert!(d.roles.iter().all(|r| r.of.is_none()), "{}", dump(&d));
}

#[test]
fn the_company_or_the_firm_in_a_role_is_the_body_named_before() {
    let d = doc("Strike. Quay Line Holdings said it was disappointed. \"We are ready to talk,\" said Ben Tarr, the company's chief operating officer.");
    let r = role(&d, "Ben Tarr", "chief operating officer");
    assert_eq!(role_of(&d, r).as_deref(), Some("Quay Line Holdings"), "{}", dump(&d));
    let d = doc("Banks. Analysts at broker Vexmoor Valores said little. \"Risk is high,\" said Mia Sol, an analyst at the firm.");
    let r = role(&d, "Mia Sol", "analyst");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Valores"), "{}", dump(&d));
}

#[test]
fn a_declaration_calls_on_a_quoted_addressee() {
    let d = doc("Talks. The forum's draft declaration, seen by reporters, calls on \"all wealthy members\" to halt new oil drilling by 2032.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("halt new oil")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(party(&d, m.by).contains("declaration"), "{}", dump(&d));
    // (a quotation that is no addressee still stops the search: "told reporters: “…” to …")
    let d = doc("Talks. Jane Holm told reporters: \"We came here to win.\"");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn the_court_ordered_is_the_court_named_before_and_its_next_deed_is_not_ordered() {
    let d = doc("Verdict. Vexmoor's Anti-Corruption Court on Monday convicted former governor Jan Rono of fraud. The court also ordered Rono to repay 600 million shillings within 18 months and barred him from holding office.");
    demand(&d, "Anti-Corruption Court", Some("Jan Rono"), "repay 600 million shillings within 18 months", DemandKind::Demand);
}

#[test]
fn a_vote_is_no_statement() {
    let d = doc("Budget. Lawmakers rejected the draft budget by 118 votes to 104 on Friday. The ministry rejected the claims as baseless.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    assert!(d.slice(d.statements[0].text).starts_with("The ministry rejected"), "{}", dump(&d));
}

#[test]
fn a_participle_after_a_place_is_demanded_by_the_group_that_opens_the_clause() {
    let d = doc("Roads. Fishermen have staged blockades across Norway demanding lower fuel duties.");
    demand(&d, "Fishermen", None, "lower fuel duties", DemandKind::Demand);
    let d = doc("Wards. Midwives in Accra are demanding safer staffing levels.");
    demand(&d, "Midwives in Accra", None, "safer staffing levels", DemandKind::Demand);
    // (no group opens the clause: the place is still no demander)
    let d = doc("Roads. Blockades spread across Norway demanding lower fuel duties.");
    assert!(d.demands.iter().all(|m| !party(&d, m.by).contains("Norway")), "{}", dump(&d));
}

#[test]
fn a_time_between_addressee_and_to_is_no_part_of_the_addressee() {
    let d = doc("Budget. Senator Ada Brill urged parliament last week to pass the housing bill.");
    demand(&d, "Ada Brill", Some("parliament"), "pass the housing bill", DemandKind::Appeal);
    let d = doc("Budget. Senator Ada Brill urged the unions earlier this week to end the walkout.");
    demand(&d, "Ada Brill", Some("the unions"), "end the walkout", DemandKind::Appeal);
}

#[test]
fn agreeing_to_do_something_is_no_statement() {
    let d = doc("Court. The Vexmoor High Court on Monday agreed to hear an appeal against the ban. Jane Roe agreed that the ban was harsh.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).contains("agreed to hear")), "{}", dump(&d));
    reported(&d, "Jane Roe agreed that the ban was harsh", "Jane Roe");
}

#[test]
fn a_lawyer_or_consultant_at_a_named_body_holds_a_post_there() {
    let d = doc("Ban. \"It will not stand,\" said Ada Brill, a lawyer with the Harbor Rights Center. Tom Vale, a consultant at Quillmont Partners, disagreed.");
    let r = role(&d, "Ada Brill", "lawyer");
    assert_eq!(role_of(&d, r).as_deref(), Some("Harbor Rights Center"), "{}", dump(&d));
    let r = role(&d, "Tom Vale", "consultant");
    assert_eq!(role_of(&d, r).as_deref(), Some("Quillmont Partners"), "{}", dump(&d));
}

#[test]
fn an_unnamed_group_opening_a_clause_after_a_conjunction_demands() {
    let d = doc("Strikes. Ten people died on Friday, medics said, as mediators in Doha pressed both sides to extend the truce.");
    demand(&d, "mediators in Doha", Some("both sides"), "extend the truce", DemandKind::Appeal);
}

#[test]
fn a_description_without_commas_before_the_name_after_a_quote() {
    let d = doc("Strike. \"We will not accept any layoffs,\" the dockers' union VDU said in a statement.");
    quote(&d, "We will not accept any layoffs,", "VDU");
    let d = doc("Strike. \"Talks are over,\" the ministry's spokesman Omar Haddad said.");
    quote(&d, "Talks are over,", "Omar Haddad");
}

#[test]
fn a_bare_organisation_word_before_a_title_is_the_body_named_before() {
    let d = doc("Deal. The Vexmoor Trade Commission will review the merger. A Commission spokesperson, Lea Zuber, said it would act quickly.");
    let r = role(&d, "Lea Zuber", "spokesperson");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Trade Commission"), "{}", dump(&d));
    // (two commissions named: neither)
    let d = doc("Deal. The Vexmoor Trade Commission and the Harbor Port Commission met. A Commission spokesperson, Lea Zuber, said little.");
    assert!(d.roles.iter().all(|r| r.of.is_none()), "{}", dump(&d));
}

#[test]
fn a_pronoun_after_an_opening_phrase_is_the_subject_not_the_one_in_the_phrase() {
    let d = doc("Budget. Speaking on Sunday with Laura Hale, Ms Ada Brill said the plan would hold. \"We will not cut pensions,\" she said.");
    quote(&d, "We will not cut pensions,", "Ada Brill");
}

#[test]
fn his_with_a_title_is_the_office_holder_and_telling_an_outlet_is_no_topic() {
    let d = doc("Budget. The Chancellor, Ada Brill, spoke first. Tom Vale, an economist, said she had erred. The ministry said the Prime Minister had full confidence in his Chancellor.");
    let s = statement(&d, "The ministry said the Prime Minister had full confidence in his Chancellor");
    assert_eq!(about(&d, s), vec!["Ada Brill".to_string()], "{}", dump(&d));
    let d = doc("Budget. Ada Brill refused to rule out tax rises, telling the Harbor Times that hard choices lay ahead.");
    let s = statement(&d, "Ada Brill refused to rule out tax rises, telling the Harbor Times that hard choices lay ahead");
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
}

#[test]
fn a_region_before_an_office_is_what_the_office_is_of() {
    let d = doc("Relief. Kerala Chief Minister Anil Nair announced relief for the flooded districts.");
    let r = role(&d, "Anil Nair", "Chief Minister");
    assert_eq!(role_of(&d, r).as_deref(), Some("Kerala"), "{}", dump(&d));
}

#[test]
fn an_unknown_description_before_the_name_after_a_quote_is_no_content() {
    let d = doc("Rescue. \"Our crews are working round the clock,\" SDRF commandant Ravi Menon told reporters at the site.");
    quote(&d, "Our crews are working round the clock,", "Ravi Menon");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn a_branch_named_with_its_country_owns_a_title_through_its_possessive() {
    let d = doc("Mission. Human Rights Watch Kenya's executive director, Wanjiru Odhiambo, said the government should first account for the dead.");
    let r = role(&d, "Wanjiru Odhiambo", "director");
    assert_eq!(role_of(&d, r).as_deref(), Some("Human Rights Watch Kenya"), "{}", dump(&d));
    reported(&d, "Human Rights Watch Kenya's executive director, Wanjiru Odhiambo, said the government should first account for the dead", "Wanjiru Odhiambo");
}

#[test]
fn a_call_for_a_noun_ends_at_its_clause_verb_and_a_told_clause_is_no_addressee() {
    let d = doc("Gulf. Oman's call for restraint was echoed by Kuwait.");
    demand(&d, "Oman", None, "restraint", DemandKind::Appeal);
    let d = doc("Talks. The agency chief, Tom Vale, told reporters he wanted the talks to resume.");
    assert!(d.demands.iter().all(|m| m.of.is_none_or(|p| !party(&d, p).contains("reporters"))), "{}", dump(&d));
}

#[test]
fn a_modified_party_after_leader_of_is_what_the_role_is_of() {
    let d = doc("Verdict. Ada Brill, leader of the far-right Vexmoor Party, criticised the decision.");
    let r = role(&d, "Ada Brill", "leader");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Party"), "{}", dump(&d));
}

#[test]
fn a_relative_clause_on_an_according_to_source_is_no_content() {
    let d = doc("Talks. According to two officials familiar with the talks, who spoke on condition of anonymity, the sides were close to a deal.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("close to a deal")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(d.slice(s.text), "the sides were close to a deal", "{}", dump(&d));
}

#[test]
fn a_participle_after_a_speech_verb_and_its_venue_is_the_speakers_demand() {
    let d = doc("War. \"Vexmoor is mocking every effort,\" Ada Brill wrote on Telegram, calling on Norway to tighten sanctions.");
    demand(&d, "Ada Brill", Some("Norway"), "tighten sanctions", DemandKind::Appeal);
}

#[test]
fn a_participle_after_a_subordinate_clause_goes_on_with_the_sentence_subject() {
    let d = doc("Arms. Party leader Sami Haddad said on Friday the group would not disarm as long as Vexmoor held the hills, rejecting a plan the cabinet approved.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    assert_eq!(who(&d, &d.statements[0]).as_deref(), Some("Sami Haddad"), "{}", dump(&d));
}

#[test]
fn a_name_after_the_told_noun_opens_a_clause_of_its_own() {
    let d = doc("Envoy. The envoy, Tom Vale, told reporters Norway expected Vexmoor to move quickly.");
    assert!(d.demands.iter().all(|m| m.of.is_none_or(|p| !party(&d, p).contains("reporters"))), "{}", dump(&d));
}

#[test]
fn a_ministry_spokesperson_under_a_capitals_dateline_is_of_that_country() {
    let d = doc("OSLO (Reuters) - Norway on Monday urged Sweden to withdraw its remarks. Foreign ministry spokesperson Ann Lie spoke at a briefing. \"Sweden should reflect on its history,\" Lie said.");
    let s = statement(&d, "Sweden should reflect on its history,");
    assert!(about(&d, s).contains(&"Sweden".to_string()), "{}", dump(&d));
    // (without the dateline the spokesperson may be Sweden's own)
    let d = doc("Talks. Foreign ministry spokesperson Ann Lie spoke at a briefing. \"Sweden will not bow,\" Lie said.");
    let s = statement(&d, "Sweden will not bow,");
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
}

#[test]
fn a_title_that_opens_the_main_clause_is_no_appositive() {
    // "In a statement signed by its spokesman, X, the minister said": "the minister" is the
    // subject of "said", not a second title of the spokesman
    let d = doc("Strike. The Minister of Labour, Dr Ada Nwosu, asked the nurses to return. In a letter signed by the ministry's head of press, Tunde Bakare, the minister described the walkout as \"reckless\".");
    assert!(d.roles.iter().all(|r| !(name(&d, r.holder) == "Tunde Bakare" && r.head.eq_ignore_ascii_case("minister"))), "{}", dump(&d));
    quote(&d, "reckless", "Ada Nwosu");
    // (an appositive before a verb of saying still is one: "X, the minister, said")
    let d = doc("Strike. Tunde Bakare, the minister, said the talks had failed.");
    role(&d, "Tunde Bakare", "minister");
}

#[test]
fn a_body_named_in_commas_after_a_description_of_a_body_speaks() {
    let d = doc("Health. A civil society group, the Patients First Alliance, called on President Ada Obi to intervene and warned that lives would be lost.");
    demand(&d, "Patients First Alliance", Some("Ada Obi"), "intervene", DemandKind::Appeal);
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("lives would be lost")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Patients First Alliance"), "{}", dump(&d));
}

#[test]
fn the_company_is_no_court_or_commission_named_after_it() {
    let d = doc("Fine. The European Commission fined US software group Vexor 1 billion euros. Vexor said it would appeal at the EU's General Court in Luxembourg. In a statement, the company said the commission had ignored the facts.");
    reported(&d, "the company said the commission had ignored the facts", "Vexor");
}

#[test]
fn a_bench_of_judges_speaks_as_the_court_named_before() {
    let d = doc("Ruling. The High Court of Norland on Monday struck down the levy. A bench of Justices Ravi Kumar and Meera Rao said the levy was \"arbitrary\". \"The state may tax, but not like this,\" the bench said. The bench also asked the finance ministry to draft new rules.");
    quote(&d, "arbitrary", "High Court of Norland");
    quote(&d, "The state may tax, but not like this,", "High Court of Norland");
    let m = d.demands.iter().find(|m| d.slice(m.what) == "draft new rules").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "High Court of Norland", "{}", dump(&d));
}

#[test]
fn its_office_holder_is_not_of_a_state_named_in_a_relative_clause() {
    let d = doc("Council. Norway, which leads the talks on Sudan at the council, circulated a draft. Its ambassador, Ola Berg, said the text was fair.");
    let r = role(&d, "Ola Berg", "ambassador");
    assert_eq!(role_of(&d, r).as_deref(), Some("Norway"), "{}", dump(&d));
}

#[test]
fn a_quoted_name_of_a_thing_is_no_quote_of_the_speaker() {
    let d = doc("Fine. The regulator said Quillmart blocked rivals, a practice known as \"self-preferencing\". The minister warned that the state would apply the \"no show, no wage\" rule. She called the plan \"a disgrace\" and said it would fail.");
    for text in ["self-preferencing", "no show, no wage"] {
        assert!(d.statements.iter().filter(|s| s.kind == Direct && d.slice(s.text) == text).all(|s| who(&d, s).is_none()), "{text}\n{}", dump(&d));
    }
    quote(&d, "a disgrace", "She");
}

#[test]
fn the_company_had_days_to_is_an_ultimatum_to_the_company_named_before() {
    let d = doc("Fine. The regulator fined the Italian payments group Pagora 400 million euros. The commissioner, Ann Obi, said the company had 90 days to end the practice or face daily penalties.");
    demand(&d, "Ann Obi", Some("Pagora"), "end the practice", DemandKind::Demand);
}

#[test]
fn a_partner_at_a_firm_is_a_role_at_it() {
    let d = doc("Fine. Tom Ray, a competition partner at law firm Hartmann Kessler in Brussels, said appeals take years.");
    let r = role(&d, "Tom Ray", "partner");
    assert_eq!(role_of(&d, r).as_deref(), Some("Hartmann Kessler"), "{}", dump(&d));
}

#[test]
fn a_call_on_a_quotation_that_holds_the_addressee_and_what_is_asked() {
    let d = doc("Trade. The governor, Ann Obi, warned that a price war would hurt farmers and called on \"everyone to keep a cool head\".");
    demand(&d, "Ann Obi", Some("everyone"), "keep a cool head", DemandKind::Appeal);
}

#[test]
fn its_office_holder_is_not_of_a_state_named_in_what_was_demanded() {
    let d = doc("Steel. The Allied Ironworkers union demanded that Ottawa impose matching tariffs. Its national director, Marty Lane, said workers were scared.");
    let r = role(&d, "Marty Lane", "director");
    assert_eq!(role_of(&d, r).as_deref(), Some("Allied Ironworkers"), "{}", dump(&d));
}

#[test]
fn a_chief_economist_and_the_body_before_or_after_the_title() {
    let d = doc("Jobs. Vexardins chief economist Paul Giroux said the tariff could cost jobs. Mia Sol, chief economist at Vexmoor Bank, agreed.");
    let r = role(&d, "Paul Giroux", "chief economist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexardins"), "{}", dump(&d));
    let r = role(&d, "Mia Sol", "chief economist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Bank"), "{}", dump(&d));
}

#[test]
fn a_quote_after_a_verb_in_a_second_that_clause_is_the_reporters() {
    let d = doc("Fine. Vexor Ltd said it would appeal. In a statement, the company said the regulator had \"ignored the facts\" and that its shop offered \"the safest experience\" for users.");
    quote(&d, "the safest experience", "Vexor Ltd");
    // (and where what the first clause is about is a body named before)
    let d = doc("Fine. The Norland Competition Authority fined Vexor Ltd. In a statement, the company said the authority had \"ignored the facts\" and that its shop offered \"the safest experience\" for users.");
    quote(&d, "the safest experience", "Vexor Ltd");
}

#[test]
fn a_verb_in_a_condition_inside_what_was_said_is_no_attribution() {
    let d = doc("Rail. Union leader Tom Vale said members would walk out before Christmas unless the companies offered at least 5%.");
    reported(&d, "Union leader Tom Vale said members would walk out before Christmas unless the companies offered at least 5%", "Tom Vale");
}

#[test]
fn a_deadline_given_until_a_day_is_a_demand_of_the_addressee() {
    let d = doc("Rail. The dockers' union has given port operators until Friday to improve their pay offer or face a national strike.");
    let m = demand(&d, "The dockers' union", Some("port operators"), "improve their pay offer", DemandKind::Demand);
    assert!(d.slice(m.evidence).contains("until Friday"), "{}", dump(&d));
    let d = doc("Border. Norway gave Sweden until the end of the month to withdraw its troops.");
    demand(&d, "Norway", Some("Sweden"), "withdraw its troops", DemandKind::Demand);
}

#[test]
fn a_countrys_union_or_party_does_not_speak_for_the_country() {
    let d = doc("Rail. Norway's biggest rail union urged operators to improve pay.");
    let m = d.demands.first().unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Norway's biggest rail union", "{}", dump(&d));
}

#[test]
fn a_second_that_clause_goes_on_when_the_first_drops_its_that() {
    let d = doc("Talks. Tom Vale said talks had been constructive but that Norway expected Sweden to honour the treaty.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    assert_eq!(who(&d, &d.statements[0]).as_deref(), Some("Tom Vale"), "{}", dump(&d));
}

#[test]
fn an_article_after_a_plain_noun_opens_a_relative_clauses_subject() {
    let d = doc("Vote. A court jailed the mayor, a move the party described as a \"coup\".");
    let s = statement(&d, "coup");
    assert_eq!(d.slice(s.speaker_text.unwrap_or(s.text)), "the party", "{}", dump(&d));
}

#[test]
fn initials_in_brackets_between_a_body_and_a_title_name_the_owner() {
    let d = doc("Vote. The Vexmoor Rights Agency (VRA) chief Tom Hale said the review was overdue.");
    let r = role(&d, "Tom Hale", "chief");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Rights Agency"), "{}", dump(&d));
    reported(&d, "The Vexmoor Rights Agency (VRA) chief Tom Hale said the review was overdue", "Tom Hale");
}

#[test]
fn state_media_that_carry_a_statement_are_no_topic() {
    let d = doc("Drills. Kim Yo Jong said in a statement carried by state media KCNA that the drills were a rehearsal for invasion.");
    let s = d.statements.first().unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!about(&d, s).contains(&"KCNA".to_string()), "{}", dump(&d));
}

#[test]
fn a_dateline_dash_typed_as_two_hyphens_is_one_dash() {
    let d = doc("SEOUL (Yonhap) -- North Korea fired two missiles on Wednesday, the military said.");
    reported(&d, "North Korea fired two missiles on Wednesday, the military said", "the military");
}

#[test]
fn agreeing_on_a_day_to_do_something_and_an_arrival_after_an_addressee_are_no_statements() {
    let d = doc("Summit. Nordic leaders agreed on Thursday to fund a loan to Finland.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Summit. Ada Brill spoke first. \"We will not carry this alone,\" she told reporters as she arrived at the summit.");
    quote(&d, "We will not carry this alone,", "Ada Brill");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn a_call_after_an_adjective_of_time_and_a_to_before_an_article() {
    let d = doc("Sea. Analysts said Prime Minister Ada Brill's repeated calls for access to the sea had alarmed Norway.");
    demand(&d, "Ada Brill", None, "access to the sea", DemandKind::Appeal);
    let d = doc("Talks. Norway renewed its urgent demand for a ceasefire.");
    demand(&d, "Norway", None, "a ceasefire", DemandKind::Demand);
}

#[test]
fn a_capitals_dateline_after_a_headline_still_names_the_country() {
    // (a headline line first, then the dateline: the story opens at the dateline)
    let d = doc("Norway rebukes Sweden over border remarks\nOSLO (Reuters) - Norway on Monday urged Sweden to withdraw its remarks. Foreign ministry spokesperson Ann Lie spoke at a briefing. \"Sweden should reflect on its history,\" Lie said.");
    let s = statement(&d, "Sweden should reflect on its history,");
    assert!(about(&d, s).contains(&"Sweden".to_string()), "{}", dump(&d));
    // (a dateline opening a later paragraph, after the story's first, is no dateline of the story)
    let d = doc("Funding for the border talks was cut on Monday.\nOSLO (Reuters) - Foreign ministry spokesperson Ann Lie spoke at a briefing. \"Sweden will not bow,\" Lie said.");
    let s = statement(&d, "Sweden will not bow,");
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
}

#[test]
fn the_former_holder_of_an_office_no_one_is_named_with_is_the_person_spoken_of() {
    let d = doc("Vote. Mr Tomas Vebrin claimed the count was rigged. \"We will not accept this,\" the former vice-president said.");
    quote(&d, "We will not accept this,", "Tomas Vebrin");
}

#[test]
fn the_minister_after_two_ministers_is_the_one_named_last() {
    let d = doc("Strike. Health Minister Ada Brill called for talks. Trade Minister Tom Vale warned that exports could fall. The minister said the state would act.");
    reported(&d, "The minister said the state would act", "Tom Vale");
}

#[test]
fn an_age_and_a_noun_of_a_title_named_before_is_its_holder() {
    let d = doc("Hearing. Quillmart Chief Executive Officer Ada Brill faced senators. Senator Tom Vale asked about pay. The 58-year-old executive said Quillmart had hired inspectors.");
    reported(&d, "The 58-year-old executive said Quillmart had hired inspectors", "Ada Brill");
}

#[test]
fn co_leader_and_convener_are_offices() {
    let d = doc("Budget. Vexmoor Party co-leader Ada Brill rejected the plan. The Quarnel Forum (QF) said it had observers. Its convener, Tom Vale, said so.");
    role(&d, "Ada Brill", "co-leader");
    role(&d, "Tom Vale", "convener");
}

#[test]
fn a_deadline_given_to_a_body_with_initials_or_an_appositive() {
    let d = doc("Vote. The opposition leader Tom Vale gave the Vexmoor Electoral Commission (VEC) 48 hours to order a recount.");
    demand(&d, "Tom Vale", Some("Vexmoor Electoral Commission"), "order a recount", DemandKind::Demand);
    let d = doc("Budget. Premier Ada Brill gave her partner, the Quarnel Labour Party (QLP), until Friday to approve the budget, warning that she would otherwise call an election.");
    demand(&d, "Ada Brill", Some("Quarnel Labour Party"), "approve the budget", DemandKind::Demand);
    // (the "until" of the deadline opens no clause: the participle is the premier's)
    let s = d.statements.iter().find(|s| s.cue == "warning").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ada Brill"), "{}", dump(&d));
}

#[test]
fn the_former_holder_of_an_office_is_not_its_current_holder() {
    let d = doc("Crisis. Regional premier Tom Vale backed Chancellor Ada Brill. Brill has ruled out resigning. Asked whether she would step down, the former regional premier replied that she would stay.");
    let s = d.statements.iter().find(|s| s.cue == "replied").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ada Brill"), "{}", dump(&d));
}

#[test]
fn the_carmaker_is_the_company_named_before() {
    let d = doc("Strike. Workers at Quillmart Motor walked out. The carmaker said it had offered a raise.");
    reported(&d, "The carmaker said it had offered a raise", "Quillmart Motor");
}

#[test]
fn the_former_holder_of_an_office_of_a_place_is_not_its_current_holder() {
    let d = doc("Crisis. Saxony state premier Tom Vale backed Chancellor Ada Brill. Brill has ruled out resigning. Asked whether she would step down, the former Thuringia state premier replied: \"No. I will finish this job.\"");
    quote(&d, "No. I will finish this job.", "Ada Brill");
}

#[test]
fn a_cue_word_ending_the_sentence_after_a_possessive_is_a_noun() {
    let d = doc("Union. The Quarnel Dockers' Union called on management to involve the union in its safety plan.");
    assert!(d.statements.iter().all(|s| s.cue != "plan"), "{}", dump(&d));
}

#[test]
fn challenged_an_actor_to_and_pressed_for_are_demands() {
    let d = doc("Vote. Tom Vale said he would accept the result and challenged Ada Brill to do the same.");
    demand(&d, "Tom Vale", Some("Ada Brill"), "do the same", DemandKind::Appeal);
    let d = doc("Talks. The Arctic Council has also pressed for a seat.");
    demand(&d, "Arctic Council", None, "a seat", DemandKind::Appeal);
    let d = doc("Court. Quillmart challenged the ruling in court.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_korean_name_is_taken_up_by_its_family_name() {
    let d = doc("Strike. Union leader Kim Dong-wook spoke at a rally. Kim, 55, said the union would strike unless the company improved its offer.");
    reported(&d, "Kim, 55, said the union would strike unless the company improved its offer", "Kim Dong-wook");
}

#[test]
fn a_title_of_a_body_with_initials_before_the_comma_and_a_minister_of_state() {
    let d = doc("Budget. The head of the Vexmoor Industries Federation (VIF), Tom Vale, urged both sides to settle.");
    let r = role(&d, "Tom Vale", "head");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Industries Federation"), "{}", dump(&d));
    let d = doc("Talks. Norway's minister of state for foreign affairs, Ada Brill, said the talks were close.");
    let r = role(&d, "Ada Brill", "Minister of State");
    assert_eq!(role_of(&d, r).as_deref(), Some("Norway"), "{}", dump(&d));
}

#[test]
fn who_after_a_body_is_no_speech_of_the_body() {
    let d = doc("Hearing. Quillmart shares fell. Ada Brill, a former manager at Quillmart who testified after the chief, said she had been told to stop.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Quillmart")), "{}", dump(&d));
    reported(&d, "Ada Brill, a former manager at Quillmart who testified after the chief, said she had been told to stop", "Ada Brill");
}

#[test]
fn a_preposition_of_time_before_a_date_opens_no_clause() {
    let d = doc("Budget. Tom Vale urged both parties to settle the dispute before Christmas, warning that investment was falling.");
    let s = d.statements.iter().find(|s| s.cue == "warning").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Tom Vale"), "{}", dump(&d));
}

#[test]
fn a_participle_after_an_appeal_of_a_person_in_apposition_to_an_office_of_a_body() {
    let d = doc("Budget. The head of the Vexmoor Industries Federation (VIF), Tom Vale, urged both parties to settle before Christmas, warning that investment was falling.");
    let s = d.statements.iter().find(|s| s.cue == "warning").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Tom Vale"), "{}", dump(&d));
}

#[test]
fn the_speakers_own_body_threatens_unless() {
    let d = doc("Strike. Union leader Tom Vale spoke at a rally. Vale said the union will stage an indefinite strike unless management improves its offer by Friday.");
    demand(&d, "Tom Vale", None, "management improves its offer by Friday", DemandKind::Threat);
    // (a forecast of a thing is no threat: the speaker's condition)
    let d = doc("Talks. Tom Vale said the talks will fail unless both sides compromise.");
    assert!(d.demands.iter().all(|m| m.kind == DemandKind::Condition), "{}", dump(&d));
}

#[test]
fn let_a_body_act_and_we_want_peace_inside_a_quote_are_demands() {
    let d = doc("Vote. \"Let the Vexmoor Electoral Commission open the ballot boxes, and let voters see the truth,\" Tom Vale said.");
    demand(&d, "Tom Vale", Some("Vexmoor Electoral Commission"), "open the ballot boxes", DemandKind::Demand);
    assert_eq!(d.demands.len(), 1, "{}", dump(&d));
    let d = doc("Market. \"We want peace so that we can feed our children,\" Ada Brill said.");
    demand(&d, "Ada Brill", None, "peace so that we can feed our children", DemandKind::Demand);
}

#[test]
fn what_a_participle_after_a_comma_says_is_about_what_follows_it() {
    let d = doc("Budget. Premier Ada Brill gave the Quarnel Labour Party until Friday to approve the budget, warning that she would otherwise call an election.");
    let s = d.statements.iter().find(|s| s.cue == "warning").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!about(&d, s).contains(&"Quarnel Labour Party".to_string()), "{}", dump(&d));
}

#[test]
fn union_leader_is_an_office() {
    let d = doc("Strike. \"We will not return,\" union leader Tom Vale said at a rally.");
    role(&d, "Tom Vale", "union leader");
}

#[test]
fn a_noun_for_a_person_by_occupation_as_a_speaker_is_the_person_named_before() {
    let d = doc("Cup. Harwick sacked coach Tom Bale. Bale, who won the cup in 2019, joined in 2021. The former Brindle Rovers winger said in a message to fans that he was \"proud of the work\". Captain Ada Brill said the squad had failed him. \"We let him down,\" the goalkeeper told the radio.");
    quote(&d, "proud of the work", "Tom Bale");
    quote(&d, "We let him down,", "Ada Brill");
    let d = doc("Bid. Fund founder Tom Hale wrote to the board on Monday. \"The plan is not working,\" the 61-year-old former hedge fund manager told the paper.");
    quote(&d, "The plan is not working,", "Tom Hale");
}

#[test]
fn a_person_described_then_surnamed_speaks() {
    let d = doc("Leak. Users were angry. \"Nobody told us anything,\" said a 41-year-old teacher surnamed Lee.");
    quote(&d, "Nobody told us anything,", "Lee");
}

#[test]
fn the_board_of_a_body_named_after_its_kind_speaks_as_the_body() {
    let d = doc("Bid. The board of shipping group Varden Holdings on Monday rejected the offer, calling it \"hostile\".");
    quote(&d, "hostile", "Varden Holdings");
}

#[test]
fn a_reproach_in_hindsight_a_question_and_an_insisted_past_are_no_demands() {
    let d = doc("Fire. \"The crews should not have been there,\" Chief Tom Hale said. \"How many more towns have to burn?\" Ada Brill asked.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Club. The Harwick Fans Trust insisted that the trouble at the club ran deeper than the coach.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Club. The Harwick Fans Trust insisted that the owner resign.");
    assert_eq!(d.demands.len(), 1, "{}", dump(&d));
}

#[test]
fn sheriffs_lawmakers_collectors_and_managers_are_titles() {
    let d = doc("Fire. Sheriff Tom Hale urged residents to leave. District collector Ada Brill closed schools. Harwick assistant manager Jon Vale said the team was ready.");
    role(&d, "Tom Hale", "Sheriff");
    role(&d, "Ada Brill", "collector");
    role(&d, "Jon Vale", "assistant manager");
}

#[test]
fn the_board_is_the_body_whose_board_was_named_before() {
    let d = doc("Bid. The board of shipping group Varden Holdings rejected the offer. Tom Hale, a fund manager, said the board \"must listen to its owners\".");
    let s = quote(&d, "must listen to its owners", "Tom Hale");
    assert!(about(&d, &s).contains(&"Varden Holdings".to_string()), "{}", dump(&d));
    let d = doc("Bid. Analysts said the Varden Holdings board was under pressure. Tom Hale urged the board to sell.");
    demand(&d, "Tom Hale", Some("Varden Holdings"), "sell", DemandKind::Appeal);
}

#[test]
fn a_group_calling_itself_a_name_is_that_body_and_says_nothing_by_the_name() {
    let d = doc("Leak. Norbank found the breach. A hacker group calling itself Night Heron claimed the attack on Monday. The group demanded that the bank pay a ransom.");
    demand(&d, "Night Heron", None, "the bank pay a ransom", DemandKind::Demand);
    assert!(d.statements.iter().all(|s| s.cue != "calling"), "{}", dump(&d));
    reported(&d, "Night Heron claimed the attack on Monday", "Night Heron");
}

#[test]
fn who_after_a_person_of_a_party_is_the_persons() {
    let d = doc("Hearing. Rep. Ada Brill of the opposition Harbor Party, who sits on the budget committee, demanded that the minister resign.");
    demand(&d, "Ada Brill", None, "the minister resign", DemandKind::Demand);
}

#[test]
fn warning_those_addressed_to_do_something_is_an_appeal() {
    let d = doc("Outbreak. The Norland Health Agency warned neighbouring provinces, including Varm and Osk, to test all travellers.");
    demand(&d, "Norland Health Agency", Some("neighbouring provinces"), "test all travellers", DemandKind::Appeal);
    let d = doc("Outbreak. Tom Hale warned against attempts to close the border. Ada Brill warned that prices would rise.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn the_county_is_the_one_county_named_before() {
    let d = doc("Fire. Residents of Larch County fled on Monday. Tom Hale said the county must build a second road.");
    demand(&d, "Tom Hale", Some("Larch County"), "build a second road", DemandKind::Demand);
    let s = reported(&d, "Tom Hale said the county must build a second road", "Tom Hale");
    assert!(about(&d, &s).contains(&"Larch County".to_string()), "{}", dump(&d));
}

#[test]
fn asking_an_actor_for_something_is_an_appeal_but_not_for_comment() {
    let d = doc("Fire. Governor Ada Brill said she had asked the Norland Relief Agency (NRA) for an emergency grant.");
    demand(&d, "Ada Brill", Some("Norland Relief Agency"), "an emergency grant", DemandKind::Appeal);
    let d = doc("Fire. The Harbor Post asked the Norland Relief Agency for comment.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_modal_after_a_pronoun_opens_a_second_demand_and_a_where_clause_is_an_object() {
    let d = doc("Club. Harwick chairman Tom Vale was booed. \"The chairman has to explain where the money went, and he has to sell the ground,\" Ada Brill said.");
    demand(&d, "Ada Brill", Some("Tom Vale"), "explain where the money went", DemandKind::Demand);
    demand(&d, "Ada Brill", Some("Tom Vale"), "sell the ground", DemandKind::Demand);
}

#[test]
fn a_negative_imperative_or_please_opening_a_quoted_sentence_is_a_demand() {
    let d = doc("Storm. \"Stay calm. Do not drive to the coast,\" Mayor Tom Hale said. \"Please keep off the bridges.\" Ada Brill said: \"Do you think we can win?\"");
    demand(&d, "Tom Hale", None, "Do not drive to the coast", DemandKind::Demand);
    demand(&d, "Tom Hale", None, "Please keep off the bridges", DemandKind::Demand);
    assert_eq!(d.demands.len(), 2, "{}", dump(&d));
}

#[test]
fn a_negated_demand_verb_or_one_in_an_indirect_question_demands_nothing() {
    let d = doc("Bid. Investors pressed the Varden Holdings board to explain why it had not sought other bidders.");
    // (the appeal to explain is one; "sought" inside the question asks for nothing)
    assert!(d.demands.iter().all(|m| m.cue != "sought" && !d.slice(m.what).starts_with("other bidders")), "{}", dump(&d));
    let d = doc("Vote. The Harbor Party did not demand a recount.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn the_body_a_message_went_to_is_no_topic() {
    let d = doc("Club. Coach Tom Bale said in a brief message to the Harbor Coaches Union that he was proud.");
    let s = reported(&d, "Coach Tom Bale said in a brief message to the Harbor Coaches Union that he was proud", "Tom Bale");
    assert!(!about(&d, &s).contains(&"Harbor Coaches Union".to_string()), "{}", dump(&d));
}

#[test]
fn the_company_in_what_its_own_chief_or_official_says_is_no_topic() {
    let d = doc("Leak. Norpay, a unit of Varden Holdings, found the breach. Norpay chief executive Ada Brill said the company had found no stolen passwords.");
    let s = reported(&d, "Norpay chief executive Ada Brill said the company had found no stolen passwords", "Ada Brill");
    assert!(!about(&d, &s).contains(&"Varden Holdings".to_string()), "{}", dump(&d));
}

#[test]
fn a_capitalised_place_and_a_colon_opening_the_story_is_a_dateline() {
    let d = doc("Outbreak spreads in the north\n\nVARMLAND: Two more people tested positive for the virus on Saturday, health minister Ada Brill said.");
    assert!(d.statements.iter().all(|s| s.kind != StatementKind::Direct), "{}", dump(&d));
    let d = doc("Debate.\n\nHALE: We will cut taxes for every family in the country.\n\nBRILL: That is not true.");
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Direct), "{}", dump(&d));
}

#[test]
fn a_person_of_a_body_named_after_its_kind_speaks() {
    let d = doc("Suit. Users sued the bank. Their lawyer, Ada Brill of law firm Varden Legal, said the plaintiffs would seek damages.");
    reported(&d, "Their lawyer, Ada Brill of law firm Varden Legal, said the plaintiffs would seek damages", "Ada Brill");
    let d = doc("Suit. Ada Brill of consultancy Varden Partners said the plan would fail.");
    reported(&d, "Ada Brill of consultancy Varden Partners said the plan would fail", "Ada Brill");
}

#[test]
fn a_short_quote_inside_what_is_reported_according_to_a_source_is_the_sources() {
    let d = doc("Club. Former striker Tom Bale said the sacking was overdue. According to Bale, the players had \"stopped listening\" to the coach.");
    quote(&d, "stopped listening", "Tom Bale");
}

#[test]
fn reporting_an_incident_to_the_authorities_is_no_statement() {
    let d = doc("Leak. Norpay said it found the breach on Monday and reported the incident to the authorities two days later.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    let d = doc("Leak. Tom Hale reported that the plant had closed.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn a_condition_with_unless_ends_what_is_asked_for() {
    // ("will ask parliament for a snap vote unless …": the condition is a demand of its own,
    // not part of what is asked for)
    let d = doc("Budget. Premier Tom Vale says he will ask the Senate for a snap vote unless the Greens back the budget.");
    demand(&d, "Tom Vale", Some("Senate"), "a snap vote", DemandKind::Appeal);
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("back the budget")), "{}", dump(&d));
}

#[test]
fn an_appeal_whose_words_are_quoted_after_the_addressee() {
    // ("called on X “not to …”": the quotation opens after those asked)
    let d = doc("Talks. A Foreign Office spokesman called on Moscow \"not to use the talks as a pretext for delay\".");
    assert!(d.demands.iter().any(|m| d.slice(m.what).starts_with("not to use the talks")), "{}", dump(&d));
    let d = doc("Talks. Senator Ada Brill urged Congress \"to pass the budget bill\".");
    assert!(d.demands.iter().any(|m| d.slice(m.what).starts_with("pass the budget bill")), "{}", dump(&d));
}

#[test]
fn we_urge_in_a_quote_carried_from_the_quote_before_is_its_speakers() {
    let d = doc("Trade. \"Peace means work. Those who wait will lose,\" Tom Hale said. \"We urge the French side to stop selling arms to the junta and to return to talks.\"");
    let d2 = doc("Trade. \"Peace means work,\" Tom Hale said. \"We urge the US side to stop selling arms to the junta.\"");
    demand(&d2, "Tom Hale", Some("United States"), "stop selling arms to the junta", DemandKind::Appeal);
    demand(&d, "Tom Hale", Some("the French side"), "stop selling arms to the junta and to return to talks", DemandKind::Appeal);
}

#[test]
fn an_ombudsmans_office_speaks_and_appeals() {
    let d = doc("Clashes. Two men died near the border, the Ombudsman's Office said. It called on the authorities to open an inquiry and urged protesters to refrain from violence.");
    demand(&d, "Ombudsman's Office", Some("protesters"), "refrain from violence", DemandKind::Appeal);
}

#[test]
fn we_are_asking_for_in_a_quote_is_the_speakers_appeal() {
    let d = doc("Siege. \"We are not asking for favours. We are asking for water, for bread and for a truce,\" said Dr Tom Hale, a surgeon.");
    demand(&d, "Tom Hale", None, "water, for bread and for a truce", DemandKind::Appeal);
    assert!(d.demands.iter().all(|m| !d.slice(m.what).contains("favours")), "{}", dump(&d));
}

#[test]
fn the_unions_will_strike_unless_is_the_speakers_threat() {
    let d = doc("Strike. Union leader Ada Brill said the unions would call a general strike unless parliament approved the wage law.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("approved the wage law") && party(&d, m.by) == "Ada Brill"), "{}", dump(&d));
}

#[test]
fn the_agency_is_the_body_whose_name_has_agency_before_for() {
    let d = doc("Aid. The head of the Northern Relief Agency for Displaced Families (NRADF) said ten staff had died. Minister Tom Hale said on Monday that the agency had become part of the problem.");
    let s = reported(&d, "Minister Tom Hale said on Monday that the agency had become part of the problem", "Tom Hale");
    assert!(about(&d, &s).iter().any(|a| a.contains("Relief Agency")), "{}", dump(&d));
}

#[test]
fn a_long_relative_clause_after_the_speaker_and_the_venue_are_no_topics() {
    let d = doc("Tour. Premier Ada Brill, who flew back to Dunmore on Sunday night after visiting Fiji, Samoa, Tonga and Vanuatu, said in a Facebook post that the trip had been a success.");
    let s = reported(&d, "Premier Ada Brill, who flew back to Dunmore on Sunday night after visiting Fiji, Samoa, Tonga and Vanuatu, said in a Facebook post that the trip had been a success", "Ada Brill");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn the_minister_is_the_secretary_of_a_field() {
    let d = doc("Schools. Union general secretary Tom Hale said teachers would strike. Health Secretary Ada Brill said the result was sad. The minister said the government had already paid the award.");
    reported(&d, "The minister said the government had already paid the award", "Ada Brill");
}

#[test]
fn where_a_quote_was_told_to_a_crowd_is_no_statement() {
    let d = doc("Strike. \"This is our final warning,\" Ada Brill told the crowd from a truck parked in front of the Town Hall.");
    assert!(d.statements.iter().all(|s| s.kind == StatementKind::Direct), "{}", dump(&d));
}

#[test]
fn the_justices_are_the_court_named_before() {
    let d = doc("Ruling. Experts said the case could reach the Supreme Court. Professor Ada Brill cautioned that the justices had sided with the government before.");
    let s = reported(&d, "Professor Ada Brill cautioned that the justices had sided with the government before", "Ada Brill");
    assert!(about(&d, &s).iter().any(|a| a == "Supreme Court"), "{}", dump(&d));
}

#[test]
fn a_transcript_label_naming_an_office_or_the_host_is_its_holder() {
    // ("MINISTER:" is the one minister named; "HOST:" the one the article says was spoken to)
    let d = doc("Farm subsidies: an interview\n\nHealth Minister Ada Brill spoke to Tom Vale on the Sunday Hour programme.\n\nHOST: Minister, why are the clinics closing in the north?\n\nMINISTER: They are not closing. We are moving two of them to the new hospital, and I have told the board that we expect every nurse to keep her job.");
    quote(&d, "They are not closing. We are moving two of them to the new hospital, and I have told the board that we expect every nurse to keep her job.", "Ada Brill");
    quote(&d, "Minister, why are the clinics closing in the north?", "Tom Vale");
    // ("I" in the line is its speaker, as in a quote)
    assert!(d.statements.iter().filter(|s| s.kind == StatementKind::Reported).all(|s| who(&d, s).as_deref() == Some("Ada Brill")), "{}", dump(&d));
    // (two ministers: no one)
    let d = doc("Talks.\n\nHealth Minister Ada Brill and Farm Minister Jo Hale met the unions.\n\nMINISTER: They are not closing, and they will stay open all year.");
    assert!(d.statements.iter().all(|s| s.speaker.is_none()), "{}", dump(&d));
}

#[test]
fn a_body_after_in_or_at_and_a_comma_is_where_the_phrase_after_it_speaks() {
    let d = doc("Strike. Farm Minister Jo Hale urged both sides to talk. Speaking in the Storting, the minister said the state would not step in.");
    reported(&d, "the minister said the state would not step in", "Jo Hale");
    let d = doc("Strike. At the Vexmoor Institute, researcher Ada Brill said the talks had failed.");
    // (her post, a title since analysts and researchers are, opens the speaker's phrase)
    reported(&d, "researcher Ada Brill said the talks had failed", "Ada Brill");
}

#[test]
fn a_name_added_to_a_list_or_members_called_out_is_no_speech() {
    let d = doc("Fleet. The agency added Norvik Tankers, a firm based in Malta, to its blacklist.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Fleet. The dockers' union called its members out on Monday.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Fleet. Ada Brill spoke first. She added Norway would answer to the court.");
    assert!(d.statements.iter().any(|s| s.cue == "added"), "{}", dump(&d));
}

#[test]
fn the_company_as_demander_and_the_consortium_as_addressee_are_the_bodies_named_before() {
    let d = doc("Strike. Varden Rail said its offer was fair. The union rejected it. The company urged the union to accept an arbitrator.");
    demand(&d, "Varden Rail", Some("the union"), "accept an arbitrator", DemandKind::Appeal);
    let d = doc("Gas deal. Norvik Energy signed the deal on Monday. Minister Ada Brill said she had pressed the consortium to publish a timetable.");
    demand(&d, "Ada Brill", Some("Norvik Energy"), "publish a timetable", DemandKind::Appeal);
}

#[test]
fn the_paragraph_under_an_about_line_of_a_press_release_says_nothing() {
    let d = doc("Recount. Vote Watch said the count was flawed.\n\nAbout Vote Watch\n\nVote Watch monitors elections in Norland and publishes its findings free of charge. It does not support any party.\n\nThe ministry said the count was fair.");
    assert_eq!(d.statements.len(), 2, "{}", dump(&d));
}

#[test]
fn the_delegation_is_the_body_whose_delegation_was_named() {
    let d = doc("Vote. The African Union's delegation in Lusaka said it was watching the count. In a post on X, the delegation wrote: \"All complaints must be heard.\"");
    quote(&d, "All complaints must be heard.", "African Union");
}

#[test]
fn a_capitalised_cue_opening_a_name_after_a_comma_is_no_cue() {
    let d = doc("Count. The largest monitor, Vote Watch (VW), said its volunteers saw fraud.");
    assert!(d.statements.iter().all(|s| s.cue == "said"), "{}", dump(&d));
    assert!(!d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn i_expect_both_sides_to_is_an_appeal_of_the_speaker() {
    let d = doc("Strike. \"I expect both parties to meet on Monday,\" Labour Minister Ada Brill said.");
    demand(&d, "Ada Brill", Some("both parties"), "meet on Monday", DemandKind::Appeal);
    let d = doc("Markets. \"I expect prices to fall next year,\" analyst Tom Hale said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_deadline_of_months_or_of_a_single_week_is_an_ultimatum() {
    // ("gave Tehran two months to …", "gave Hamas a week to …": as "72 hours" and "ten days")
    let d = doc("Talks. The Norland Transport Ministry gave the Vexmoor Rail Union two months to reach a deal, officials said.");
    demand(&d, "Norland Transport Ministry", Some("Vexmoor Rail Union"), "reach a deal", DemandKind::Demand);
    let d = doc("Talks. The Norland Transport Ministry gave the Vexmoor Rail Union a week to answer the offer, officials said.");
    demand(&d, "Norland Transport Ministry", Some("Vexmoor Rail Union"), "answer the offer", DemandKind::Demand);
    // (no deadline: "it took a week to …")
    let d = doc("Storm. It took the Vexmoor Rail Company a week to repair the line.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn each_of_coordinated_states_that_warn_threatens() {
    // (as "X and Y called on Z to …" gives one appeal each)
    let d = doc("Sanctions. France, Britain and Germany have warned that they will seek new sanctions if Iran fails to cooperate by the end of August.");
    for by in ["France", "United Kingdom", "Germany"] {
        assert!(d.demands.iter().any(|m| party(&d, m.by) == by && m.kind == DemandKind::Threat && d.slice(m.what) == "cooperate by the end of August"), "{by}\n{}", dump(&d));
    }
}

#[test]
fn he_in_what_an_unnamed_office_holder_said_is_that_speaker() {
    // ("his country … he has repeated" went to the last man named, who is no topic of it)
    let d = doc("Talks. Foreign Minister Tom Hale said talks would resume. Israel's prime minister said his country would never allow Iran to build a bomb, a red line he has repeated for years.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("his country")).expect("a statement");
    assert!(!about(&d, s).contains(&"Tom Hale".to_string()), "{}", dump(&d));
    // (a person named in the speaker's phrase is more likely meant: "Hale's lawyer said he …")
    let d = doc("Court. Tom Hale was charged on Monday. Hale's lawyer said he would plead not guilty.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("plead")).expect("a statement");
    assert!(about(&d, s).contains(&"Tom Hale".to_string()), "{}", dump(&d));
}

#[test]
fn an_unnamed_group_that_said_and_demanded_demands() {
    // (the coordinated verb shares the statement's speaker as written)
    let d = doc("Roads. Indigenous leaders said they had not been consulted and demanded a meeting with the governor.");
    demand(&d, "Indigenous leaders", None, "a meeting with the governor", DemandKind::Demand);
    // (not a thing that "has become a focal point for demonstrators, who … called for …")
    let d = doc("Protest. The unreleased police video has become a focal point for demonstrators, who have taken to the streets and called for footage to be released.");
    assert!(d.demands.iter().all(|m| !party(&d, m.by).contains("video")), "{}", dump(&d));
}

#[test]
fn the_union_is_the_body_named_with_union_after_its_name() {
    // ("the Dockline union said … The union said": the union named before; and "the firm"
    // is then not that union)
    let d = doc("Port strike. Dockworkers walked out after talks with terminal operator Quarno Brasil collapsed, the Dockline union said. The union said the company had broken its promise to raise wages.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("broken its promise")).expect("a statement");
    assert_eq!(who(&d, s).as_deref(), Some("Dockline"), "{}", dump(&d));
    let d = doc("Port strike. Dockworkers walked out after talks with terminal operator Quarno Brasil collapsed, the Dockline union said. In a statement, the firm said it had offered a 6% raise.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("offered")).expect("a statement");
    assert_eq!(who(&d, s).as_deref(), Some("Quarno Brasil"), "{}", dump(&d));
}

#[test]
fn a_document_opening_a_clause_whose_verb_asks_is_no_statement() {
    // ("In an op-ed, X urged …" is X's appeal; the document's reading had given a statement
    // with the cue "In")
    let d = doc("Aid. In an op-ed for a Norland newspaper, former envoy Tom Hale urged leaders to stop the blackmail.");
    assert!(d.statements.iter().all(|s| s.cue != "In"), "{}", dump(&d));
    demand(&d, "Tom Hale", Some("leaders"), "stop the blackmail", DemandKind::Appeal);
    // (a document whose subject speaks otherwise stays a statement)
    let d = doc("Taxes. In his speech, Tom Hale laid out a plan to cut taxes for families.");
    assert!(d.statements.iter().any(|s| s.cue == "In"), "{}", dump(&d));
}

#[test]
fn according_to_a_post_on_an_owners_page_is_the_owner() {
    // (the platform had been the speaker)
    let d = doc("Talks. According to a post on the Norland Farmers Union's Facebook page, the talks will resume on Monday.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("resume")).expect("a statement");
    assert_eq!(who(&d, s).as_deref(), Some("Norland Farmers Union"), "{}", dump(&d));
}

#[test]
fn a_listed_name_ending_in_s_speaks() {
    // ("Moody's warned": the "'s" of the name is no possessive before a noun "warned")
    let d = doc("Budget. Moody's warned last month that it could downgrade the city's credit rating.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("downgrade")).expect("a statement");
    assert_eq!(who(&d, s).as_deref(), Some("Moody's"), "{}", dump(&d));
    // (a possessive still makes a noun of the word after it)
    let d = doc("Budget. The mayor's plan said nothing of schools.");
    assert!(d.statements.iter().all(|s| s.cue != "plan"), "{}", dump(&d));
}

#[test]
fn a_state_named_only_by_its_adjective_and_an_organ_speaks() {
    // ("The Israeli military said …" in a story that never names Israel: the state speaks,
    // as it does where the country is named)
    let d = doc("Strikes. The Israeli military said it had struck targets in the south overnight.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("struck")).expect("a statement");
    assert_eq!(who(&d, s).as_deref(), Some("Israel"), "{}", dump(&d));
    // (not the last word of a longer adjective)
    let d = doc("Fighting. Papua New Guinean troops said they had retaken the village.");
    assert!(d.entities.iter().all(|e| e.name != "Guinea"), "{}", dump(&d));
}

#[test]
fn a_name_after_known_as_is_the_person_named_before_the_comma() {
    // (a quoted nickname that shares the surname, and a bare one said again later)
    let d = doc("Vote. The sponsor, Deputy Tavo Quillen Marsh, known across the coast as \u{201c}Ze Marsh\u{201d}, said the bill would bring jobs. \u{201c}Nobody loses,\u{201d} Marsh said.");
    quote(&d, "Nobody loses,", "Tavo Quillen Marsh");
    let d = doc("Vote. The leader, Deputy Orlan Vexby, better known as Tinho, said they had lost. \u{201c}We lost a battle,\u{201d} Tinho said.");
    quote(&d, "We lost a battle,", "Orlan Vexby");
    assert!(!d.entities.iter().any(|e| e.name == "Tinho"), "{}", dump(&d));
}

#[test]
fn one_word_name_in_apposition_to_a_noun_for_a_person_speaks() {
    // (a single name no list knows, as many Indian and Indonesian names are)
    let d = doc("Water. The farmers' forum met on Monday. Its president, Vellanathan, said the forum would boycott the vote. \"It is our right,\" he said.");
    reported(&d, "Its president, Vellanathan, said the forum would boycott the vote", "Vellanathan");
    quote(&d, "It is our right,", "Vellanathan");
    let d = doc("Water. Its general secretary, Korumaswamy, who goes by one name, told reporters that the party would protest.");
    assert_eq!(speaker_of(&d, "Its general secretary, Korumaswamy, who goes by one name, told reporters that the party would protest").as_deref(), Some("Korumaswamy"), "{}", dump(&d));
    // (a town or a common word there is no person)
    let d = doc("Water. The capital, Nairobi, said nothing. Its main rival, Progress, said it would wait.");
    assert!(!d.entities.iter().any(|e| e.kind == newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn an_intensifying_pronoun_after_the_subject_and_a_negated_comment() {
    let d = doc("Water. Chief Minister Tavo Quillen spoke on Monday. Mr. Quillen himself denied having threatened anyone.");
    reported(&d, "Mr. Quillen himself denied having threatened anyone", "Tavo Quillen");
    // ("has not commented publicly on the motion": a silence, no statement)
    let d = doc("Motion. President Tavo Quillen has not commented publicly on the motion.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Motion. President Tavo Quillen has not commented on whether he would resign.");
    assert!(!d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_statement_named_before_the_cue_speaks_for_its_author() {
    // ("In a statement, X accused …": the document fronted before the cue)
    let d = doc("Count. In a statement, his spokesman, Yusuf Abdelmoro, accused the opposition of lying and urged the court to act. \"We will not be distracted,\" the statement said.");
    quote(&d, "We will not be distracted,", "Yusuf Abdelmoro");
}

#[test]
fn parliament_and_the_upper_house_are_the_legislature_named_before() {
    let d = doc("Bill. The House of Representatives (HoR) will vote next week. The journalists' alliance called on parliament to withdraw the bill.");
    demand(&d, "The journalists' alliance", Some("House of Representatives"), "withdraw the bill", DemandKind::Appeal);
    let d = doc("Mining. The Chamber of Deputies passed the bill. It now goes to the Senate. Its president, Tavo Quillen, said the upper house would not vote on the bill until it had held hearings.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Senate"), "{}", dump(&d));
    // (two legislatures named: "parliament" is neither)
    let d = doc("Bill. The Senate and the National Assembly met. Activists called on parliament to withdraw the bill.");
    assert!(d.demands.iter().all(|m| m.of.is_none_or(|p| matches!(p, Party::Text(_)))), "{}", dump(&d));
}

#[test]
fn a_capitalised_head_after_the_is_the_body_named_before() {
    let d = doc("Poll. The Vexmoor Electoral Commission (VEC) issued a notice on Saturday. \"The Commission must bar him from campaigning,\" Tavo Quillen said.");
    demand(&d, "Tavo Quillen", Some("Vexmoor Electoral Commission"), "bar him from campaigning", DemandKind::Demand);
}

#[test]
fn a_barristers_rank_after_the_name_is_no_part_of_it() {
    let d = doc("Petition. His lead counsel, Tavuni Oremba-Kale SAN, asked the panel to order the commission to produce the sheets.");
    demand(&d, "Tavuni Oremba-Kale", Some("the panel"), "order the commission to produce the sheets", DemandKind::Appeal);
    let d = doc("Petition. \"The sheets will show it,\" said Jane Roe KC.");
    quote(&d, "The sheets will show it,", "Jane Roe");
}

#[test]
fn a_cue_tail_that_says_where_and_how_far_from_a_city_says_nothing() {
    let d = doc("Motion. \"An impeachment motion is not a tool,\" Tavo Quillen told reporters at the government complex in Vexby, about 120 kilometers (75 miles) south of Quarnby. \"I will respond calmly.\"");
    quote(&d, "An impeachment motion is not a tool,", "Tavo Quillen");
    assert!(d.statements.iter().all(|s| s.kind == Direct), "{}", dump(&d));
}

#[test]
fn an_honorific_between_the_title_and_the_name_keeps_the_role() {
    let d = doc("Count. Governor Alhaji Tavo Quillen was declared the winner.");
    assert_eq!(role(&d, "Tavo Quillen", "governor").title, "Governor", "{}", dump(&d));
    let d = doc("Count. Governor Dr. Tavo Quillen was declared the winner.");
    role(&d, "Tavo Quillen", "governor");
    let d = doc("Count. Party spokesperson Smt. Ranjani Vellaswamy said the words were twisted.");
    role(&d, "Ranjani Vellaswamy", "spokesperson");
}

#[test]
fn the_deputy_of_an_office_is_not_its_holder() {
    let d = doc("Count. Governor Tavo Quillen won the vote. The deputy governor said the curfew had been necessary and accused \"politicians who cannot accept defeat\" of hiring thugs.");
    assert_ne!(speaker_of(&d, "politicians who cannot accept defeat").as_deref(), Some("Tavo Quillen"), "{}", dump(&d));
}

#[test]
fn a_person_does_not_ask_the_body_she_speaks_for() {
    let d = doc("Bill. The Quarnby Press Union (QPU) called on parliament to withdraw the draft. \"We are not asking for changes to a few clauses. We are asking them to throw the whole thing out,\" QPU chairwoman Ranjani Vellaswamy told reporters.");
    let m = demand(&d, "Ranjani Vellaswamy", None, "throw the whole thing out", DemandKind::Appeal);
    assert!(m.of.is_none(), "{}", dump(&d));
    // (a state is no such body: a president may call on the nation)
    let d = doc("Unity. Norwegian President Tavo Quillen urged Norway to stand together.");
    demand(&d, "Tavo Quillen", Some("Norway"), "stand together", DemandKind::Appeal);
}

#[test]
fn votes_before_a_verb_of_their_own_are_the_noun() {
    let d = doc("Poll. Polling for the 224-member Assembly will be held on May 10, and votes will be counted on May 13.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // (the verb still cues: "members who voted")
    let d = doc("Poll. The Vexmoor Party votes against the bill, its leader said on Monday.");
    assert!(!d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_filing_challenging_something_says_nothing() {
    let d = doc("Court. A tribunal in Quarnby has begun hearing a petition challenging the re-election of the governor.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Court. The mayor's lawyers filed a lawsuit challenging the new law on Monday.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_persons_affiliation_may_close_with_its_initials_in_brackets() {
    let d = doc("Vote. But an opposition legislator, Ranjani Vellaswamy of the Vexmoor Democratic Party of Struggle (VDP-S), said the government could stop the bill \"with one phone call\" if it wanted to.");
    quote(&d, "with one phone call", "Ranjani Vellaswamy");
}

#[test]
fn the_opposition_is_the_party_the_story_does_not_call_ruling() {
    // ("accused the opposition of …": the one party named that does not govern)
    let d = doc("Vote. The ruling Harbor Party backed the budget. The Coast Party said it would vote against it. Minister Tom Hale accused the opposition of blocking the vote.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("blocking")).expect("a statement");
    assert_eq!(about(&d, s), vec!["Coast Party".to_string()], "{}", dump(&d));
    // (not "the opposition leader", a person)
    let d = doc("Vote. The ruling Harbor Party backed the budget. The Coast Party said it would vote against it. Minister Tom Hale criticised the opposition leader for the delay.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("delay")).expect("a statement");
    assert!(!about(&d, s).contains(&"Coast Party".to_string()), "{}", dump(&d));
}

#[test]
fn a_plural_possessive_in_an_appositive_does_not_end_the_clause() {
    // (the apostrophe of "growers'" is no quotation mark: the statement was lost)
    let d = doc("Levy. The Vexmoor Farm League, a local growers' group, said in a statement that it would sue the ministry.");
    reported(&d, "The Vexmoor Farm League, a local growers' group, said in a statement that it would sue the ministry", "Vexmoor Farm League");
    // (a single mark closing a quote after a plural still closes it)
    let d = doc("Levy. Minister Ada Brill spoke.\n'We will not tax the farmers,' Brill said. 'It would ruin the growers'");
    quote(&d, "We will not tax the farmers,", "Ada Brill");
}

#[test]
fn an_office_then_a_rank_before_a_name_are_two_roles() {
    let d = doc("Clashes. Army spokesman Brigadier General Tomas Varga said the town was held.");
    role(&d, "Tomas Varga", "spokesman");
    role(&d, "Tomas Varga", "Brigadier General");
    let d = doc("Clashes. Navy spokesman Rear Admiral Ada Brill said two boats were hit.");
    role(&d, "Ada Brill", "spokesman");
    role(&d, "Ada Brill", "Rear Admiral");
    // (a rank alone stays one role)
    let d = doc("Clashes. Major General Tomas Varga said the town was held.");
    assert_eq!(d.roles.len(), 1, "{}", dump(&d));
}

#[test]
fn two_states_ministries_of_one_name_stay_two_and_the_ministry_is_the_one_of_its_paragraph() {
    let d = doc("Border.\n\nThe Ministry of Defence of Georgia said two soldiers were hurt near the village.\n\nRussia's Ministry of Defence gave a different account. In a statement, it said Georgian units fired first. The ministry denied that it had fired at the village.");
    reported(&d, "The Ministry of Defence of Georgia said two soldiers were hurt near the village", "Ministry of Defence of Georgia");
    reported(&d, "The ministry denied that it had fired at the village", "Ministry of Defence");
}

#[test]
fn the_army_alone_is_the_army_of_the_state_the_story_is_about() {
    let d = doc("Fighting in Chad.\n\nRebels attacked a town in eastern Chad on Monday. The army said it had repelled the attack near Abeche in Chad.");
    reported(&d, "The army said it had repelled the attack near Abeche in Chad", "Chadian army");
    // (not where the story names an army of its own)
    let d = doc("Fighting in Chad.\n\nThe Sahel Liberation Army attacked a town in eastern Chad. The army said it had taken the town in Chad.");
    assert_ne!(speaker_of(&d, "The army said it had taken the town in Chad").as_deref(), Some("Chadian army"), "{}", dump(&d));
}

#[test]
fn a_negated_perfect_comment_says_nothing() {
    let d = doc("Clashes. The rebels said they took the town. The government has not commented on the claim. The navy had not responded to questions.");
    assert!(!d.statements.iter().any(|s| s.cue == "commented" || s.cue == "responded"), "{}", dump(&d));
    // (a comment with content is still one)
    let d = doc("Clashes. The government has commented that the town is calm.");
    assert!(d.statements.iter().any(|s| s.cue == "commented"), "{}", dump(&d));
}

#[test]
fn called_on_one_to_do_a_and_on_another_to_do_b_are_two_appeals() {
    let d = doc("Border. The African Union called on Chad to withdraw its troops from the border and on the Sudanese army to halt its advance.");
    demand(&d, "African Union", Some("Chad"), "withdraw its troops from the border", DemandKind::Appeal);
    // (the state the adjective names: `names::adjective_states`)
    demand(&d, "African Union", Some("Sudan"), "halt its advance", DemandKind::Appeal);
}

#[test]
fn a_quoted_until_clause_after_would_continue_is_a_condition() {
    let d = doc("Shipping. Sahel Front leader Jo Dean told reporters the attacks would continue \"until the army leaves the north and the siege is lifted\".");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Condition && d.slice(m.what).starts_with("the army leaves the north")), "{}", dump(&d));
}

#[test]
fn a_condition_of_a_verb_coordinated_after_but_is_the_clause_subjects() {
    let d = doc("Clashes. Sahel Front adviser Jo Dean told reporters the Sahel Front would allow aid into the town but would not withdraw until the army stopped its air strikes.");
    let m = d.demands.iter().find(|m| m.kind == DemandKind::Condition).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Sahel Front", "{}", dump(&d));
}

#[test]
fn a_coordinated_demand_verb_after_an_auxiliary_keeps_the_clause_subject() {
    let d = doc("Summit. The African Union has suspended Mali from its meetings and has repeatedly urged an immediate end to the fighting.");
    demand(&d, "African Union", None, "an immediate end to the fighting", DemandKind::Appeal);
}

#[test]
fn the_groups_director_and_a_medical_coordinator_are_roles() {
    let d = doc("Strikes. The Sahel Airwatch Network tracks military flights.\n\n\"The strikes are rising,\" said Jo Dean, the group's director.");
    assert_eq!(role_of(&d, role(&d, "Jo Dean", "director")).as_deref(), Some("Sahel Airwatch Network"), "{}", dump(&d));
    let d = doc("Floods. \"Some arrived late,\" said Dr Ada Brill, Oxfam's medical co-ordinator in Goma.");
    role(&d, "Ada Brill", "coordinator");
}

#[test]
fn urged_un_member_states_to_is_an_appeal_to_them() {
    // ("states" is also a verb of saying: the addressee had stopped before it)
    let d = doc("Sanctions. The rapporteur, Jo Dean, spoke in Geneva. Dean urged UN member states to impose an arms embargo on the junta.");
    demand(&d, "Jo Dean", Some("UN member states"), "impose an arms embargo on the junta", DemandKind::Appeal);
}

#[test]
fn we_will_not_hand_back_or_cede_is_a_refusal() {
    let d = doc("Front. \"We are ready to talk,\" Sahel Front adviser Jo Dean said. \"But we will not hand back what we have won.\"");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Refusal && d.slice(m.what).starts_with("what we have won")), "{}", dump(&d));
    let d = doc("Border. Chad would not cede an inch of its territory, Foreign Minister Jo Dean said.");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Refusal), "{}", dump(&d));
}

#[test]
fn a_participle_phrase_between_commas_after_a_name_leaves_the_name_the_subject() {
    let d = doc("Levy. The Vexmoor Farm League, founded in 1990, said the levy was theft.");
    reported(&d, "The Vexmoor Farm League, founded in 1990, said the levy was theft", "Vexmoor Farm League");
    let d = doc("Levy. The Vexmoor Farm League (VFL), made up largely of growers in the south, condemned the levy as theft.");
    assert_eq!(d.statements.iter().filter_map(|s| who(&d, s)).next().as_deref(), Some("Vexmoor Farm League"), "{}", dump(&d));
}

#[test]
fn asked_x_many_times_to_is_an_appeal_to_x() {
    let d = doc("Border. \"We have asked the council many times to build a wall,\" said village head Jo Dean.");
    assert!(d.demands.iter().any(|m| d.slice(m.what) == "build a wall"), "{}", dump(&d));
}

#[test]
fn the_government_refusing_in_a_ministers_report_is_the_ministers_state() {
    let d = doc("Talks. Chad's information minister, Jo Dean, said the government would not negotiate with the Sahel Front until it leaves the north.");
    let m = d.demands.iter().find(|m| m.kind == DemandKind::Refusal).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Chad", "{}", dump(&d));
}

#[test]
fn what_a_demand_asks_someone_to_explain_is_not_said_yet() {
    let d = doc("Border. MP Jo Dean demanded that the defence minister appear before parliament to explain the shooting.");
    assert!(!d.statements.iter().any(|s| s.cue == "explain"), "{}", dump(&d));
}

#[test]
fn where_it_was_said_between_a_body_and_its_verb_or_before_it_is_no_speaker() {
    let d = doc("Tax. The Vexmoor Party, in a statement on Monday, demanded that the government scrap the levy.");
    demand(&d, "Vexmoor Party", None, "the government scrap the levy", DemandKind::Demand);
    let d = doc("Tax. The Norland Farmers Union, in a letter to members, said the levy was unfair.");
    reported(&d, "The Norland Farmers Union, in a letter to members, said the levy was unfair", "Norland Farmers Union");
    let d = doc("Tax. The Norland Farmers Union met on Friday. In a statement posted on Telegram, the union said the levy was unfair.");
    reported(&d, "the union said the levy was unfair", "Norland Farmers Union");
}

#[test]
fn an_unnamed_speaker_warns_not_the_actor_inside_what_it_said_before() {
    let d = doc("Fees. In a joint letter, the mayors of the border towns said Norway's new toll \"is unfair\" and warned that they would block the road unless Oslo dropped the toll.");
    demand(&d, "the mayors of the border towns", Some("Norway"), "dropped the toll", DemandKind::Threat);
}

#[test]
fn a_condition_opening_a_quoted_sentence_before_a_threat_is_the_speakers() {
    let d = doc("Levy. \"We have waited long enough,\" said union leader Ada Brill. \"Unless the ministry withdraws the levy, we will strike in May.\"");
    demand(&d, "Ada Brill", None, "the ministry withdraws the levy", DemandKind::Condition);
    let d = doc("Levy. \"Unless Norway lifts the ban, there will be no deal,\" trade envoy Tom Hale said.");
    demand(&d, "Tom Hale", Some("Norway"), "lifts the ban", DemandKind::Condition);
    // (a forecast is none)
    let d = doc("Levy. \"Unless it rains soon, the harvest will be poor,\" farmer Jo Dale said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn initials_after_the_addressee_stand_before_its_to() {
    let d = doc("Fish. Norway has asked the Nordic Fisheries Council (NFC) to review the quotas.");
    demand(&d, "Norway", Some("Nordic Fisheries Council"), "review the quotas", DemandKind::Appeal);
}

#[test]
fn a_quote_inside_a_participle_clause_is_the_speaker_of_the_verb_before() {
    let d = doc("Fish. The Norwegian envoy, Ada Brill, arrived on Monday. Brill denied that Oslo was stalling, saying the ministry wanted \"a quota that lasts\".");
    quote(&d, "a quota that lasts", "Ada Brill");
}

#[test]
fn the_bloc_is_the_negotiating_bloc_named_before() {
    let d = doc("Climate. The Group of 77 and China, a bloc of developing nations, asked for more money. In a statement, the bloc said the draft was weak.");
    reported(&d, "the bloc said the draft was weak", "G77");
}

#[test]
fn a_second_addressee_with_an_adjective_before_its_name_is_still_asked() {
    let d = doc("War. Ada Brill visited the camps. She urged both the army and the paramilitary Vexmoor Brigades to open the roads.");
    demand(&d, "Ada Brill", Some("both the army"), "open the roads", DemandKind::Appeal);
}

#[test]
fn i_am_asking_x_to_in_a_quote_is_the_speakers_appeal() {
    let d = doc("Aid. \"The roads are closed,\" aid chief Ada Brill said. \"I am asking every government in the region to open its borders.\"");
    demand(&d, "Ada Brill", Some("every government in the region"), "open its borders", DemandKind::Appeal);
}

#[test]
fn the_members_of_this_council_are_the_council_named_before() {
    let d = doc("Aid. The Norland Security Council met on Monday. \"I am asking the members of this council to put their quarrels aside,\" aid chief Ada Brill said.");
    demand(&d, "Ada Brill", Some("Norland Security Council"), "put their quarrels aside", DemandKind::Appeal);
}

#[test]
fn initials_after_a_body_named_in_lower_case_name_the_speaker() {
    let d = doc("Trade. The department of fisheries, forestry and the environment (DFFE) said on Monday that the quotas were \"not negotiable\".");
    reported(&d, "The department of fisheries, forestry and the environment (DFFE) said on Monday that the quotas were \"not negotiable\"", "DFFE");
    quote(&d, "not negotiable", "DFFE");
}

#[test]
fn a_refusal_with_its_negation_quoted_or_of_support() {
    let d = doc("Talks. Trade envoy Ada Brill said Norway would \"never accept\" quotas on its salmon.");
    demand(&d, "Norway", None, "quotas on its salmon", DemandKind::Refusal);
    let d = doc("Talks. Envoy Tom Hale said Sweden would not support any text that lacked a deadline.");
    demand(&d, "Sweden", None, "any text that lacked a deadline", DemandKind::Refusal);
}

#[test]
fn told_on_the_sidelines_of_a_meeting_is_where_a_quote_was_said() {
    let d = doc("Trade. \"We have been patient,\" trade minister Ada Brill told Nordic Radio on the sidelines of a meeting in Oslo. \"Now we act.\"");
    assert!(d.statements.iter().all(|s| s.kind == Direct), "{}", dump(&d));
}

#[test]
fn a_headlines_passive_told_to_is_no_speech_of_its_subject() {
    let d = doc("Farmers told to cut water use as drought deepens\n\nThe ministry said reservoirs were low.");
    assert!(d.statements.iter().all(|s| s.cue != "told"), "{}", dump(&d));
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn threatening_to_unless_is_a_threat_too() {
    let d = doc("Budget. Talks ran late, with Norway threatening to veto the budget unless Sweden dropped the levy.");
    demand(&d, "Norway", Some("Sweden"), "dropped the levy", DemandKind::Threat);
}

#[test]
fn a_states_expectation_of_all_its_allies_is_an_appeal() {
    let d = doc("Defence. The minister said Oslo expected every Nordic ally to raise its budget by June.");
    demand(&d, "Norway", Some("every Nordic ally"), "raise its budget by June", DemandKind::Appeal);
    let d = doc("Defence. The minister said Oslo expected every analyst to be surprised.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn what_is_denied_is_no_demand() {
    let d = doc("Atoms. Norway denies that it seeks a nuclear deterrent. The ministry denied that it had asked Sweden to pay.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn roles_with_a_two_word_demonym_or_a_based_body() {
    let d = doc("Talks. \"We will not sign,\" said Jane Roe, a South African diplomat who chairs the group.");
    let r = role(&d, "Jane Roe", "diplomat");
    assert_eq!(role_of(&d, r).as_deref(), Some("South Africa"));
    let d = doc("Talks. Tom Hale, a senior fellow at the Oslo-based Nordic Policy Institute, said the plan was bad.");
    let r = role(&d, "Tom Hale", "fellow");
    assert_eq!(role_of(&d, r).as_deref(), Some("Nordic Policy Institute"));
    let d = doc("Talks. Ada Brill, chief economist at the Oslo-based Nordic Bank, said rates would rise.");
    let r = role(&d, "Ada Brill", "chief economist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Nordic Bank"));
}

#[test]
fn a_title_posted_to_a_plain_phrase_before_the_name_is_the_holders() {
    let d = doc("Talks. Norway's envoy to the fisheries talks in Bergen, Tom Hale, said the quotas were unfair.");
    let r = role(&d, "Tom Hale", "envoy");
    assert_eq!(role_of(&d, r).as_deref(), Some("Norway"));
}

#[test]
fn an_office_before_the_comma_and_a_described_name_after_it() {
    let d = doc("Talks. The Nordic Fisheries Council met on Monday. Its chairman, Danish diplomat Tom Hale, said the quotas would hold.");
    let r = role(&d, "Tom Hale", "chairman");
    assert_eq!(role_of(&d, r).as_deref(), Some("Nordic Fisheries Council"));
    let r = role(&d, "Tom Hale", "diplomat");
    assert_eq!(role_of(&d, r).as_deref(), Some("Denmark"));
}

#[test]
fn according_to_the_bodys_report_is_the_body_named_before() {
    let d = doc("Fish. The Nordic Fisheries Agency met on Monday. According to the agency's latest report, cod stocks fell by a third.");
    assert!(d.statements.iter().any(|s| s.cue == "according to" && who(&d, s).as_deref() == Some("Nordic Fisheries Agency")), "{}", dump(&d));
}

#[test]
fn general_after_an_office_is_part_of_a_civil_title() {
    // ("Director General" had become two roles, "Director" and the rank "General")
    let d = doc("Talks. IAEA Director General Tom Hale said inspectors would return.");
    assert!(d.roles.iter().any(|r| r.title == "Director General"), "{}", dump(&d));
    assert!(d.roles.iter().all(|r| r.title != "General"), "{}", dump(&d));
}

#[test]
fn the_one_written_to_is_asked_not_asking() {
    // ("… wrote to the government urging it to …": the writers ask; it had been the
    // government asking itself)
    let d = doc("Vote. A group of European lawmakers wrote to the Chilean government urging it to veto the measure.");
    let m = d.demands.iter().find(|m| d.slice(m.what) == "veto the measure").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "A group of European lawmakers", "{}", dump(&d));
}

#[test]
fn asking_someone_to_do_something_is_a_demand_and_no_statement() {
    // (the example gold has "he asked the Russian president to save …" as a demand only)
    let d = doc("Vote. The bar association has also asked lawyers to stay away from the courts.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    demand(&d, "The bar association", Some("lawyers"), "stay away from the courts", DemandKind::Appeal);
    // (a question stays a statement)
    let d = doc("Vote. Tom Hale asked whether the vote had been fair.");
    assert!(d.statements.iter().any(|s| s.cue == "asked"), "{}", dump(&d));
}

#[test]
fn a_passive_agent_of_backing_or_writing_says_nothing() {
    // ("The study was supported by the Croucher Foundation" had made the foundation speak)
    let d = doc("Vote. The bill, backed by the Liberal Party, passed on Monday. A memoir written by Tom Hale describes the raid. The survey was supported by the Harbour Trust.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // (describing and accusing by someone stay theirs)
    let d = doc("Vote. The bill was described by Tom Hale as a disgrace.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tom Hale")), "{}", dump(&d));
}

#[test]
fn a_phone_call_or_a_name_after_called_is_no_speech() {
    let d = doc("Talks. Prime Minister Anna Kovac called President Marco Rossi on Tuesday. She joined a charity called the Harbour Trust, which runs shelters.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // (a name with what it was called is speech)
    let d = doc("Talks. Anna Kovac called Marco Rossi a liar.");
    reported(&d, "Anna Kovac called Marco Rossi a liar", "Anna Kovac");
}

#[test]
fn seeing_is_a_view_only_as_something() {
    let d = doc("Weather. The city of Varna saw record rainfall last week. Tourists flock to see the old harbour. The richest households would see their taxes rise.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Talks. The Latvian government sees the pipeline as a threat. Tom Hale sees no reason to resign.");
    assert_eq!(d.statements.len(), 2, "{}", dump(&d));
}

#[test]
fn in_support_of_and_conceding_a_goal_are_no_statements() {
    let d = doc("Strike. Hundreds of nurses marched in support of the strikers on Friday. The defender Tom Hale conceded a late penalty.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Strike. Tom Hale conceded that the plan had failed.");
    reported(&d, "Tom Hale conceded that the plan had failed", "Tom Hale");
}

#[test]
fn an_unnamed_speaker_closing_the_sentence_reports_all_before_it() {
    // (a verb inside what was said had become the statement: "Oslo rejected", "Residents suggest")
    let d = doc("Talks. Oslo rejected the plan, a ministry spokesman said.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    reported(&d, "Oslo rejected the plan, a ministry spokesman said", "a ministry spokesman");
    let d = doc("Flag. Residents were asked to submit designs and suggest what the flag should mean, the minister said.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    assert_eq!(who(&d, &d.statements[0]).as_deref(), Some("the minister"), "{}", dump(&d));
    // ("the group" is the one organisation acting in what it said)
    let d = doc("Talks. The Harbour Movement rejected the offer, the group said.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    assert_eq!(who(&d, &d.statements[0]).as_deref(), Some("Harbour Movement"), "{}", dump(&d));
    // (footage shows, it does not report what a named speaker said before it)
    let d = doc("Talks. Tom Hale said the men were unarmed when they were stopped, the footage showed.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tom Hale")), "{}", dump(&d));
}

#[test]
fn a_spokesman_for_a_body_and_two_titles_at_it_are_of_it() {
    let d = doc("Talks. Tom Hale, a spokesman for the Harbour Trust, said the search would go on.");
    let r = role(&d, "Tom Hale", "spokesman");
    assert_eq!(role_of(&d, r).as_deref(), Some("Harbour Trust"));
    // (a second title joined by "and" had lost the role altogether)
    let d = doc("Art. Mary Sloan, chief financial officer and treasurer at the Harbour Foundation, said 500 works were given.");
    let r = role(&d, "Mary Sloan", "chief financial officer");
    assert_eq!(role_of(&d, r).as_deref(), Some("Harbour Foundation"));
    // (an envoy "for" a country is posted there, not its own)
    let d = doc("Talks. Tom Hale, the envoy for Syria, said the talks would resume.");
    assert!(d.roles.iter().all(|r| role_of(&d, r).as_deref() != Some("Syria")), "{}", dump(&d));
}

#[test]
fn a_title_closing_a_paragraph_is_no_title_of_the_next() {
    // ("…, NASA Administrator" then "File image of …" had made "File" an administrator)
    let d = doc("Shuttles. \"This was a hard choice,\" said Tom Hale, Harbour Agency Administrator\n\nFile image of the old ferry leaving port.");
    assert!(d.roles.iter().all(|r| name(&d, r.holder) == "Tom Hale"), "{}", dump(&d));
}

#[test]
fn blaming_with_nobody_before_for_is_no_statement() {
    // ("… hostility toward migrants that critics blame for denying them entry" had made
    // "critics blame for denying them entry" a statement)
    let d = doc("Visas. The team faced the hostility toward migrants that critics blame for denying them entry.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Visas. Tom Hale blamed the ministry for the delay.");
    assert!(d.statements.iter().any(|s| s.cue == "blamed"), "{}", dump(&d));
}

#[test]
fn governing_refusing_a_grant_and_passive_beliefs_are_no_statements() {
    // (each had been a statement in PLOVER's real news sentences)
    let d = doc("Talks. The junta ruled the country for 30 years. The United States would deny entry to all those involved. The money it believed to have been embezzled was returned. The minister is thought to be abroad. Teachers have been planning for better pay.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Courts. A federal appeals court ruled Friday against the procedure. The judge ruled the ban unlawful. Tom Hale denied the claims.");
    assert_eq!(d.statements.len(), 3, "{}", dump(&d));
}

#[test]
fn a_weekly_or_a_daily_speaks_as_a_paper() {
    let d = doc("War. Rebels have shelled the town, a Saudi-owned weekly reports.");
    assert_eq!(who(&d, &d.statements[0]).as_deref(), Some("a Saudi-owned weekly"), "{}", dump(&d));
}

#[test]
fn a_refused_appeal_asks_the_one_who_refuses() {
    // (from PLOVER's real sentences: the refuser had been the one asking, or nobody was asked)
    let d = doc("Borders. Beirut again rejected a United Nations appeal for deploying army troops along its borders.");
    let m = demand(&d, "United Nations", Some("Lebanon"), "deploying army troops along its borders", DemandKind::Appeal);
    assert_eq!(m.cue, "appeal");
    let d = doc("Prisons. Yemen has rejected a U.S. request to interrogate the detainees.");
    demand(&d, "United States", Some("Yemen"), "interrogate the detainees", DemandKind::Demand);
    let d = doc("War. The rebels dismissed an appeal from President Tom Hale to lay down their arms.");
    demand(&d, "Tom Hale", Some("The rebels"), "lay down their arms", DemandKind::Appeal);
    // (a call whose caller is not named is nobody's when it is rejected)
    let d = doc("Peace. The United Nations rejected a call for its peacekeepers to be deployed in the region.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn an_attack_by_force_is_no_statement() {
    // (war reports had made every strike a statement: "Russia attacked Kyiv with drones")
    let d = doc("War. Russia attacked Kyiv with drones overnight, killing three people. Russian forces attacked the port of Odesa on Tuesday. Rebels attacked a convoy near Goma.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Politics. Tom Hale attacked the government's record on crime. Ann Lee attacked Hale in early-morning posts. Hale attacked the plan as reckless.");
    assert_eq!(d.statements.len(), 3, "{}", dump(&d));
}

#[test]
fn keeping_advising_and_a_right_to_know_are_no_statements() {
    let d = doc("Burma. The Harbour Center in Dallas maintains a program for young leaders. She advises President Tom Hale. Voters have every right to know more about his finances.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Burma. Moscow maintained it had no role. Secrecy is nothing new here, the candidate's former doctor maintains. Ann Lee advised the minister against the trip.");
    assert_eq!(d.statements.len(), 3, "{}", dump(&d));
}

#[test]
fn claiming_lives_countering_an_offensive_and_a_baton_charge_are_no_statements() {
    let d = doc("War. The strike claimed the lives of 12 civilians. The army countered the offensive with heavy artillery. Police charged the protesters with batons.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("War. Prosecutors charged Tom Hale with murder. The group claimed responsibility for the attack. Hale countered that the figures were wrong.");
    assert_eq!(d.statements.len(), 3, "{}", dump(&d));
}

#[test]
fn defending_a_town_firing_a_minister_hosting_and_results_are_no_statements() {
    let d = doc("War. Ukrainian troops defended the town against repeated assaults. The president dismissed the defence minister on Friday. The governor declared a state of emergency in the province. The carmaker posted a loss of 2 billion euros. The minister welcomed the delegation at the airport. Protesters sang the national anthem.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("War. Tom Hale defended the decision to close the plant. Ann Lee defended Iraq against Western criticism. The rebels dismissed an appeal from President Tom Hale. Ann Lee dismissed the claims as nonsense. The ministry welcomed the ruling.");
    assert_eq!(d.statements.len(), 5, "{}", dump(&d));
}

#[test]
fn a_forecast_and_an_inverted_condition_are_no_demands() {
    // (PolNeAR: "A majority of voters expect Clinton to win", "should Clinton attempt …")
    let d = doc("Poll. A majority of voters expect Ann Lee to win the debate. Tom Hale expects Ann Lee to fully recover. Tom Hale said there was no plan, should Ann Lee attempt an early return.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Poll. The European Union expects Hungary to comply with the ruling.");
    demand(&d, "European Union", Some("Hungary"), "comply with the ruling", DemandKind::Appeal);
}

#[test]
fn an_appeal_in_law_and_a_question_of_obligation_are_no_demands() {
    let d = doc("Courts. The state appealed the ruling to the Sixth Circuit. A panel of the Court of Appeals overruled the judge. Officials disagreed about whether the video should be released.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Storm. The mayor appealed to residents to stay indoors.");
    demand(&d, "The mayor", Some("residents"), "stay indoors", DemandKind::Appeal);
}

#[test]
fn what_someone_failed_to_report_or_was_added_to_is_no_speech() {
    // (a regulator's fine "for failing to report …" made a statement of the fined, cue "report";
    // "X was added to the list" one of X, cue "added")
    let d = doc("Fines. The Harbour Authority has fined Corvex Shipping for failing to report two spills.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Lists. Moldova was added to the \"watch list\" of the rating agency in May.");
    assert!(d.statements.iter().all(|s| s.kind == Direct && who(&d, s).is_none()), "{}", dump(&d));
    // (a quote after it still adds: "…,” added Jane Roe")
    let d = doc("Lists. \"We will appeal,\" added Jane Roe.");
    quote(&d, "We will appeal,", "Jane Roe");
}

#[test]
fn a_spokesperson_for_the_body_taken_up_by_its_head_speaks_for_it() {
    // ("A spokesperson for the authority said: “…”" after "the <region> Combined
    // Authority" was a speaker as written)
    let d = doc("Buses. The Harwick Valley Transport Authority funds the routes. A spokesperson for the authority said: \"We expect both sides to keep talking.\"");
    quote(&d, "We expect both sides to keep talking.", "Harwick Valley Transport Authority");
}

#[test]
fn a_regulator_directing_a_firm_to_act_demands_it() {
    // ("The CBK directed the bank to overhaul its compliance department" was no demand)
    let d = doc("Banks. The Vexmoor Monetary Authority directed Quillmart Bank to replace its auditors within 90 days.");
    demand(&d, "Vexmoor Monetary Authority", Some("Quillmart Bank"), "replace its auditors within 90 days", DemandKind::Demand);
    // (what is directed at someone, or a film, is no order)
    let d = doc("Films. Jane Roe directed the film in 2019. Tom Hale directed his anger at the board.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn the_official_taken_up_again_speaks_for_the_body_of_the_first_mention() {
    // ("A Saudi energy ministry official … told Al Jazeera …. “…,” the official said" gave
    // "the official" as written)
    let d = doc("Oil. A Quarnby Energy Ministry official told reporters the cuts would hold. \"We cut, others pump,\" the official said.");
    quote(&d, "We cut, others pump,", "Quarnby Energy Ministry");
}

#[test]
fn what_someone_did_not_say_is_no_statement() {
    // ("She did not say how many jobs would move" was a statement of hers, cue "say")
    let d = doc("Cars. Jane Roe said the plant would close. She did not say how many jobs would move.");
    assert!(d.statements.iter().all(|s| s.cue != "say"), "{}", dump(&d));
    let d = doc("Banks. Tom Hale would not say whether any officials were under investigation.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // (what is said stays: "did not say" after a quote is another matter)
    let d = doc("Cars. Jane Roe said the plant would close.");
    reported(&d, "Jane Roe said the plant would close", "Jane Roe");
}

#[test]
fn a_bodys_report_between_subject_and_verb_is_where_it_was_said() {
    // ("The International Monetary Fund, in its latest review of Indonesia's economy, urged the
    // central bank to …" had no demander)
    let d = doc("Rates. The Quarnby Monetary Fund, in its latest review of Vexmoor's economy, urged the central bank to keep its focus on inflation.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("keep its focus")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Quarnby Monetary Fund", "{}", dump(&d));
}

#[test]
fn a_spokesperson_phrase_runs_over_a_joining_word_inside_the_bodys_name() {
    // ("A Department for Transport spokesperson said …": the statement began at "Transport")
    let d = doc("Strike. The Quarnby Ministry of Ports said talks failed. A Quarnby Ministry of Ports spokesperson said pay was a matter for the firm.");
    reported(&d, "A Quarnby Ministry of Ports spokesperson said pay was a matter for the firm", "Quarnby Ministry of Ports");
}

#[test]
fn a_tickers_colon_inside_a_relative_clause_breaks_no_clause() {
    // ("<bus firm>, which is owned by … <owner> plc (LSE: <symbol>), said it was
    // disappointed" made no statement: the colon ended the clause)
    let d = doc("Buses. Drivers employed by Quarnby Coaches will strike. Quarnby Coaches, which is owned by Vexley Group plc (LSE: VXG), said it was disappointed.");
    reported(&d, "Quarnby Coaches, which is owned by Vexley Group plc (LSE: VXG), said it was disappointed", "Quarnby Coaches");
}

#[test]
fn having_written_to_a_body_asking_for_leave_is_the_writers_appeal() {
    // ("he had written to the Ministry … asking for permission to …": the writer asks, no one
    // is "for permission", and "asking" says nothing of its own)
    let d = doc("Cuts. Mr Tolland said he had written to the Ministry of Energy asking for permission to sell more assets.");
    demand(&d, "Tolland", None, "sell more assets", DemandKind::Appeal);
    assert!(d.statements.iter().all(|s| s.cue != "asking"), "{}", dump(&d));
}

#[test]
fn a_spokesperson_for_the_body_named_before_speaks_for_it() {
    // ("A spokesperson for the ministry said" had the speaker "the ministry" as written,
    // where "The ministry said" was the ministry's)
    let d = doc("Cuts. Mr Tolland wrote to the Ministry of Energy. A spokesperson for the ministry said the request would be considered.");
    assert_eq!(speaker_of(&d, "the ministry said the request would be considered").as_deref(), Some("Ministry of Energy"), "{}", dump(&d));
}

#[test]
fn the_associations_or_unions_officer_after_a_name_holds_a_role_of_that_body() {
    // (", the association's executive director," as ", the group's director," was)
    let d = doc("Pay. The Harbor Nurses Association warned of strikes. Ada Brill, the association's executive director, said talks had failed.");
    let r = role(&d, "Ada Brill", "director");
    assert_eq!(role_of(&d, r).as_deref(), Some("Harbor Nurses Association"), "{}", dump(&d));
    let d = doc("Pay. The Tolland Bus Workers Union struck on Monday. Tom Hale, the union's branch secretary in Quarnby, said pay was low.");
    let r = role(&d, "Tom Hale", "Secretary");
    assert_eq!(r.title, "branch secretary", "{}", dump(&d));
}

#[test]
fn a_minister_for_a_portfolio_that_is_a_title_is_a_minister() {
    // ("The Minister for Justice, X" had the role "Justice", a judge's title)
    let d = doc("Police. The Minister for Justice, Tom Hale, said more officers were coming.");
    role(&d, "Tom Hale", "Minister");
    assert!(d.roles.iter().all(|r| r.title != "Justice"), "{}", dump(&d));
    // (a judge keeps it)
    let d = doc("Ruling. Supreme Court Justice Tom Hale said the law stood.");
    role(&d, "Tom Hale", "Justice");
}

#[test]
fn the_minister_asked_is_the_one_minister_the_story_names() {
    // ("called on the minister to …": the addressee had been "the minister" as written)
    let d = doc("Police. The Minister for Justice, Tom Hale, said more officers were coming. The union's leader, Ada Brill, called on the minister to meet the association before the budget.");
    demand(&d, "Ada Brill", Some("Tom Hale"), "meet the association", DemandKind::Appeal);
}

#[test]
fn a_gerund_after_a_determiner_is_no_cue() {
    // ("… include First Nations in its emergency planning": "planning" had been a cue with
    // the subject "Nations in its emergency")
    let d = doc("Fires. Chief Ada Brill said her band had not been told and demanded that the province include First Nations in its emergency planning.");
    assert!(d.statements.iter().all(|s| s.cue != "planning"), "{}", dump(&d));
    // (a participle after a plural subject still speaks: "with their leaders saying that …")
    let d = doc("Talks. The strike went on, with their leaders saying that pay was too low.");
    assert!(d.statements.iter().any(|s| s.cue == "saying"), "{}", dump(&d));
    // (nor after an article and a noun: "issued a statement calling …")
    let d = doc("Talks. The council issued a statement calling the test a clear violation of the rules.");
    assert!(d.statements.iter().any(|s| s.cue == "calling"), "{}", dump(&d));
}

#[test]
fn who_after_a_name_and_an_age_is_that_person() {
    // ("…, said Tom Hale, 58, who said he had …": the age between had lost the statement)
    let d = doc("Fires. \"It was loud,\" said Tom Hale, 58, who said he had spent the afternoon on his roof.");
    reported(&d, "Tom Hale, 58, who said he had spent the afternoon on his roof", "Tom Hale");
}

#[test]
fn a_modal_in_an_open_question_is_no_demand() {
    // ("who will decide whether the officer should face charges" had been a demand)
    let d = doc("Police. The findings go to the district attorney, who will decide whether the officer should face charges.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn the_state_government_asked_is_the_state_the_story_names_most() {
    // ("called on the state government to …": the addressee had been the phrase as written)
    let d = doc("Fires. Fires burned across New South Wales on Saturday. Its secretary, Tom Hale, called on the state government to pay volunteers who lose income. Crews in New South Wales were stretched.");
    demand(&d, "Tom Hale", Some("New South Wales"), "pay volunteers who lose income", DemandKind::Appeal);
}

#[test]
fn would_not_approve_is_a_refusal() {
    // ("He said the Senate would not approve any new taxes" had been no demand)
    let d = doc("Budget. Tom Hale said the Senate would not approve any new taxes to pay for transit.");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Refusal), "{}", dump(&d));
}

// ---------------------------------------------------------------- probe set 19 (technology, health, science)

#[test]
fn a_health_or_science_profession_at_a_body_is_a_role() {
    let d = doc("Flu. Ann Roe, a virologist at the Nordic Institute of Health, said the strain was new.");
    let r = role(&d, "Ann Roe", "virologist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Nordic Institute of Health"));
    let d = doc("Flu. Tom Hale, an epidemiologist with the Fjordland Medical Council, said cases would rise.");
    let r = role(&d, "Tom Hale", "epidemiologist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Fjordland Medical Council"));
}

#[test]
fn a_company_word_of_biotech_or_space_makes_the_first_word_its_short_name() {
    // ("Quarvik Therapeutics … Quarvik": the company, not a person; "Vexlor Aerospace …
    // Vexlor": one company, not two)
    let d = doc("Drugs. Quarvik Therapeutics said the trial had worked. Regulators would urge Quarvik to cut its price.");
    assert!(d.entities.iter().all(|e| e.kind != newsgraph::model::EntityKind::Person), "{}", dump(&d));
    let d = doc("Space. Vexlor Aerospace postponed its launch. Vexlor said the weather was poor.");
    assert_eq!(d.entities.iter().filter(|e| e.kind == newsgraph::model::EntityKind::Organization).count(), 1, "{}", dump(&d));
}

#[test]
fn a_field_word_between_a_bodys_possessive_and_the_title_after_a_name() {
    // (a field word between a body's possessive and the title had lost the role; a plural's
    // possessive too)
    let d = doc("Flu. Ann Roe, the UNHCR's regional protection director, said camps were full.");
    let r = role(&d, "Ann Roe", "director");
    assert_eq!(r.title, "regional protection director", "{}", dump(&d));
    let d = doc("Flu. Tom Hale, Oxfam's field coordinator in Chad, said aid was short.");
    let r = role(&d, "Tom Hale", "coordinator");
    assert_eq!(role_of(&d, r).as_deref(), Some("Oxfam"));
    let d = doc("Space. Vexlor Labs said so. Ann Roe, Vexlor Labs' head of research, said the valve failed.");
    let r = role(&d, "Ann Roe", "head");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexlor Labs"));
}

#[test]
fn a_title_word_opening_a_run_of_common_words_is_no_person() {
    // ("the EU's General Data Protection Regulation" was a person "Data Protection
    // Regulation" holding the rank General)
    let d = doc("Privacy. Under the EU's General Data Protection Regulation, the fine can reach 4% of turnover.");
    assert!(d.entities.iter().all(|e| e.kind != newsgraph::model::EntityKind::Person), "{}", dump(&d));
    assert!(d.roles.is_empty(), "{}", dump(&d));
    // (a rank before a name stays one)
    let d = doc("Army. General Tom Hale said the troops would stay.");
    role(&d, "Tom Hale", "General");
}

#[test]
fn a_bodys_alert_or_bulletin_speaks_for_the_body() {
    // ("The WHO alert said …" had the speaker "The WHO alert", as "The WHO report said" had not)
    let d = doc("Flu. The UNICEF alert said cases had tripled in the camps.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("UNICEF")), "{}", dump(&d));
    let d = doc("Flu. A UNICEF bulletin said cases had doubled.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("UNICEF")), "{}", dump(&d));
}

#[test]
fn initials_after_known_as_name_the_body_before() {
    // (the initials were an organisation of their own, and the one ordered)
    let d = doc("Data. Chile's National Consumer Service Authority, known as SNAC, ordered the company to refund its users. SNAC said the fine would follow.");
    assert_eq!(d.entities.iter().filter(|e| e.kind == newsgraph::model::EntityKind::Organization).count(), 1, "{}", dump(&d));
    demand(&d, "National Consumer Service Authority", Some("the company"), "refund its users", DemandKind::Demand);
    let d = doc("Data. The Nordic Data Council, known as NDC, ordered the firm to stop. NDC said the fine would follow.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Nordic Data Council")), "{}", dump(&d));
}

#[test]
fn a_bodys_name_apposed_to_a_description_speaks() {
    // (the statement had been the owner's of the description)
    let d = doc("Cyber. The African Union's peace and security department, the PSD, said in a statement that it was ready to act.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("PSD")), "{}", dump(&d));
    let d = doc("Drugs. The company's parent, Tessvik Media, said it would appeal.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tessvik Media")), "{}", dump(&d));
    // (a person before the appositive still speaks)
    let d = doc("Flu. Tom Hale, the WHO's envoy, said it was bad.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tom Hale")), "{}", dump(&d));
}

#[test]
fn the_source_after_according_to_ends_at_its_comma() {
    // (the statement was the last comma's phrase only, the source phrase having run over the
    // comma)
    let d = doc("Lobby. According to a report by the Nordic Lobby Network, harbour fees rose by 12 percent last year, up a fifth from 2021.");
    let s = d.statements.iter().find(|s| s.cue == "according to").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Nordic Lobby Network"));
    assert!(d.slice(s.text).starts_with("harbour fees rose"), "{}", dump(&d));
}

#[test]
fn a_name_in_apposition_to_a_developer_or_an_organisation_is_one() {
    // (no entity, no statement of theirs)
    let d = doc("Rules. DataSentry, a Lisbon-based consumer organisation, accused the companies of lobbying in secret.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("DataSentry")), "{}", dump(&d));
    let d = doc("Rules. Quellix AI, a Lyon-based developer of chat software, said in a blog post that the rules were unworkable.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Quellix AI")), "{}", dump(&d));
    // (a person so described stays one)
    let d = doc("Rules. Tom Hale, a software developer, said the rules were bad.");
    assert!(d.entities.iter().any(|e| e.name == "Tom Hale" && e.kind == newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn a_description_apposed_to_the_one_urged_before_to() {
    // (the appositive between the one urged and "to" had left no demand)
    let d = doc("Space. Tom Hale urged the Nordic Space Centre, the regulator for drone operators, to publish its rules.");
    demand(&d, "Tom Hale", Some("Nordic Space Centre"), "publish its rules", DemandKind::Appeal);
}

#[test]
fn a_coordinated_appeal_is_the_apposed_bodys_that_spoke() {
    // (the appeal had been the owner's of the description)
    let d = doc("Cyber. The African Union's peace and security department, the PSD, said in a statement that it was ready and called on Chad to stop its attacks.");
    demand(&d, "PSD", Some("Chad"), "stop its attacks", DemandKind::Appeal);
}

#[test]
fn the_place_a_mission_serves_in_is_no_part_of_the_speaker() {
    // ("<adjective> embassy in <city> denied …" made no statement)
    let d = doc("Cyber. The Norwegian embassy in Lisbon denied any involvement.");
    assert!(d.statements.iter().any(|s| s.cue == "denied" && who(&d, s).is_some_and(|w| w.contains("embassy"))), "{}", dump(&d));
}

#[test]
fn initials_a_listed_body_kept_as_its_name_grew() {
    // ("the National Institute for Health and Care Excellence (Nice)": "Nice" was a person and
    // the French city, and "It said …" the NHS's)
    let d = doc("Drugs. On Monday, the National Institute for Health and Care Excellence (Nice) issued guidance on the new test. It said the test was too costly. Tom Hale said Nice was wrong.");
    assert!(d.entities.iter().all(|e| e.name != "Nice"), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| d.slice(s.text).starts_with("It said") && who(&d, s).as_deref() == Some("National Institute for Health and Care Excellence")), "{}", dump(&d));
    // (the city stays the city)
    let d = doc("Travel. He flew to Nice on Friday.");
    assert!(d.entities.iter().any(|e| e.name == "Nice" && e.kind == newsgraph::model::EntityKind::Place), "{}", dump(&d));
}

#[test]
fn a_field_word_in_the_office_before_a_described_name() {
    // (the office before the comma was lost when a plain word stood between its owner and it)
    let d = doc("Aid. Oxfam's policy chief, Ugandan diplomat Moses Kato, said the app was ready.");
    let r = role(&d, "Moses Kato", "chief");
    assert_eq!(r.title, "policy chief", "{}", dump(&d));
    assert_eq!(role_of(&d, r).as_deref(), Some("Oxfam"));
}

#[test]
fn what_we_need_is_in_a_quote_is_the_speakers_demand() {
    // (such a quotation had no demand)
    let d = doc("Privacy. \"Fines change nothing. What we need is a ban on these sales,\" said Tom Hale, a lawyer.");
    demand(&d, "Tom Hale", None, "a ban on these sales", DemandKind::Demand);
    // (not a question outside a quotation)
    let d = doc("Privacy. What we need is unclear, officials said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn will_not_compromise_is_a_refusal() {
    // ("will not compromise" had no demand)
    let d = doc("Space. \"We will not compromise on quality to meet a deadline,\" said Tom Hale, the agency's chairman.");
    let m = d.demands.iter().find(|m| m.kind == DemandKind::Refusal).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Tom Hale", "{}", dump(&d));
}

#[test]
fn a_plurals_possessive_owns_the_office_before_a_name() {
    // ("The <plural>' health spokesperson, X" had the role of nobody)
    let d = doc("Drugs. The Green Farmers' health spokesperson, Tom Hale, criticised the budget. The Green Farmers said so too.");
    let r = role(&d, "Tom Hale", "spokesperson");
    assert_eq!(role_of(&d, r).as_deref(), Some("Green Farmers"), "{}", dump(&d));
}

#[test]
fn big_health_bodies_and_a_university_are_listed() {
    // ("University College London" had been a person, "Africa CDC" the place Africa)
    let d = doc("Flu. Ann Roe, a physician at University College London, said so. Africa CDC said it would send labs.");
    let r = role(&d, "Ann Roe", "physician");
    assert_eq!(role_of(&d, r).as_deref(), Some("University College London"));
    assert!(d.entities.iter().any(|e| e.name == "Africa Centres for Disease Control and Prevention"), "{}", dump(&d));
}

#[test]
fn a_companys_first_word_before_a_possessive_is_the_company() {
    // (no role had been found)
    let d = doc("Cyber. According to Vexlor Labs, the breach began in May. Ann Roe, Vexlor's head of threat research, said so.");
    let r = role(&d, "Ann Roe", "head");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexlor Labs"), "{}", dump(&d));
}

#[test]
fn a_kind_of_organisation_known_as_a_name() {
    // ("a group known as X" had named nothing)
    let d = doc("Cyber. The phishing emails came from a group known as Quillworm, officials said.");
    assert!(d.entities.iter().any(|e| e.name == "Quillworm" && e.kind == newsgraph::model::EntityKind::Organization), "{}", dump(&d));
    let d = doc("Space. He founded a start-up called Vorlane in 2019.");
    assert!(d.entities.iter().any(|e| e.name == "Vorlane" && e.kind == newsgraph::model::EntityKind::Organization), "{}", dump(&d));
}

#[test]
fn one_verb_after_must_is_a_demand_of_a_named_actor() {
    // ("… saying he must resign" had given no demand: one verb was too short)
    let d = doc("Politics. Tom Hale said Ann Lee should resign.");
    demand(&d, "Tom Hale", Some("Ann Lee"), "resign", DemandKind::Demand);
    // (not a relative clause whose object is the noun before it)
    let d = doc("Politics. Tom Hale said he had set conditions that Moscow must meet.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_document_that_reads_and_a_ruling_that_says_are_the_quotes_source() {
    // (PolNeAR: "“…,” the letter reads.", "“…,” said the ruling." had no speaker)
    let d = doc("Schools. The parents sent a letter to the board on Monday.\n\n“Our support for the plan is not abstract,” the letter reads.");
    quote(&d, "Our support for the plan is not abstract,", "the letter");
    let d = doc("Courts. “The process is flawed,” said the ruling.");
    quote(&d, "The process is flawed,", "the ruling");
    let d = doc("Talks. “We are deeply saddened,” read a statement from the Harbour Ministry.");
    quote(&d, "We are deeply saddened,", "Harbour Ministry");
    // (the statement the speaker before put out is that speaker's)
    let d = doc("Talks. In a joint statement, Tom Hale said the talks would resume. “The ball is in their court,” the statement read.");
    quote(&d, "The ball is in their court,", "Tom Hale");
    // ("read" is no cue otherwise)
    let d = doc("Talks. Tom Hale read the report on Monday. The gauge read 40 degrees.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_pronoun_with_its_contracted_verb_speaks() {
    // ("He’s claiming that …" had been a possessive before a noun: no statement, and the quotes
    // in it no speaker)
    let d = doc("Politics. Tom Hale spoke at a rally. He’s claiming that fraud is “a big, big problem” in the city.");
    assert!(d.statements.iter().any(|s| s.cue == "claiming" && who(&d, s).as_deref() == Some("Tom Hale")), "{}", dump(&d));
}

#[test]
fn a_possessive_before_an_unnamed_speaker_after_a_quote_is_part_of_it() {
    // ("“…,” my father often said." had no speaker)
    let d = doc("Crime. “He was a good boy,” his mother said.");
    quote(&d, "He was a good boy,", "his mother");
    let d = doc("Crime. “We live in hard times,” my father often said.");
    quote(&d, "We live in hard times,", "my father");
}

#[test]
fn the_one_an_agency_quotes_as_saying_speaks() {
    // ("Interfax quoted X as saying …" had no statement, or the agency's phrase as speaker)
    let d = doc("Talks. Interfax quoted Deputy Foreign Minister Tom Hale as saying that talks would resume.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tom Hale")), "{}", dump(&d));
    let d = doc("Talks. State media quoted Ann Lee as saying: “We will not retreat.”");
    quote(&d, "We will not retreat.", "Ann Lee");
    let d = doc("Talks. The news agency quoted a senior official as saying the talks had stalled.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("a senior official")), "{}", dump(&d));
}

#[test]
fn the_one_an_agency_cites_as_saying_speaks() {
    let d = doc("Talks. TASS cited Deputy Foreign Minister Tom Hale as saying that talks would resume. Ann Lee was cited by Interfax as saying the offer stood.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tom Hale")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Ann Lee")), "{}", dump(&d));
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("TASS") && who(&d, s).as_deref() != Some("Interfax")), "{}", dump(&d));
}

#[test]
fn a_title_with_a_name_after_it_is_no_appositive_of_the_name_before() {
    // ("To understand the real Dred Scott, Chief Justice Roberts said" had made Dred Scott the
    // Chief Justice; "for Clinton, President Obama's rating" Clinton the president)
    let d = doc("Museum. To understand the real Tom Hale, Chief Justice Ann Roberts said, one should visit this museum.");
    assert!(d.roles.iter().all(|r| name(&d, r.holder) != "Tom Hale"), "{}", dump(&d));
    role(&d, "Ann Roberts", "Chief Justice");
}

#[test]
fn a_title_then_an_abbreviated_office_are_two_roles() {
    // ("vice presidential candidate Gov. Mike Pence" had one title "vice presidential
    // candidate Gov.")
    let d = doc("Politics. On Sunday, vice presidential candidate Gov. Tom Hale said the tweet was a joke.");
    role(&d, "Tom Hale", "governor");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale" && r.title.ends_with("candidate")), "{}", dump(&d));
    // (not "Lt. Gov.", one title)
    let d = doc("Politics. Lt. Gov. Ann Lee said the tweet was a joke.");
    assert!(d.roles.iter().all(|r| r.title != "Lt."), "{}", dump(&d));
}

#[test]
fn one_before_an_unnamed_speaker_is_part_of_it() {
    // ("One Republican threatened", "one study found" had lost their "one")
    let d = doc("Politics. One Republican threatened to make the official testify. One official said the plan was dead.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("One Republican")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("One official")), "{}", dump(&d));
}

#[test]
fn a_quoted_fragment_that_opens_with_a_modal_asks_no_one() {
    // ("recommending "must be completed in English"" had been a demand of no one)
    let d = doc("Forms. The government is recommending \"must be completed in English\" on the form.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (a subject right before the mark stays: residents "should not be punished")
    let d = doc("Budget. He said residents \"should not be punished\" for decisions made at the town hall.");
    assert_eq!(d.demands.len(), 1, "{}", dump(&d));
}

#[test]
fn a_readout_or_a_statement_named_with_a_body_is_the_bodys() {
    // ("A Kremlin readout of the call said …" had spoken as the phrase; "readout" was no
    // speaker noun)
    let d = doc("War. A Kremlin readout of the call said the two leaders agreed. A State Department readout said the issue was raised. A White House statement on the call said it was productive.");
    for body in ["Kremlin", "State Department", "White House"] {
        assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some(body)), "{body}\n{}", dump(&d));
    }
}

#[test]
fn a_count_after_to_in_a_call_for_opens_a_noun_phrase() {
    // ("rejected a demand by the agency for immediate access to two sites" had made
    // "immediate access" the one asked and "two sites" what was asked)
    let d = doc("Inspections. Norway has rejected a demand by the World Health Organization for immediate access to three laboratories.");
    demand(&d, "World Health Organization", Some("Norway"), "immediate access to three laboratories", DemandKind::Demand);
    let d = doc("Talks. The United Nations called for a return to two-state negotiations.");
    demand(&d, "United Nations", None, "a return to two-state negotiations", DemandKind::Appeal);
    // (an infinitive stays one: "called for member states to act")
    let d = doc("Talks. The European Union called for member states to share the cost.");
    demand(&d, "European Union", Some("member states"), "share the cost", DemandKind::Appeal);
}

#[test]
fn a_reported_threat_with_a_pronoun_for_the_speaker_is_the_speakers() {
    // ("the union said it would strike unless the company improved its offer" had no demand:
    // "it" was no actor, and "the company" no one asked)
    let d = doc("Pay. Nurses employed by Harwick Care want a raise. The union said it would strike next month unless the company improved its offer.");
    demand(&d, "The union", Some("Harwick Care"), "improved its offer", DemandKind::Threat);
    let d = doc("Pay. Kara Voss said she would resign unless the board changed course.");
    demand(&d, "Kara Voss", None, "the board changed course", DemandKind::Threat);
    // (a pronoun that does not agree is no threat of the speaker's: "Kara Voss said it would
    // fail unless …" forecasts)
    // (since the thirty-third session: the speaker's condition, no threat)
    let d = doc("Pay. Kara Voss said it would fail unless the board changed course.");
    demand(&d, "Kara Voss", None, "the board changed course", DemandKind::Condition);
}

#[test]
fn a_pronoun_asked_is_not_named_as_the_one_asked() {
    // ("urged them to …" had named "them" as the one asked)
    let d = doc("Trade. Kara Voss said she had met Treasury officials twice and urged them to exempt parts made in Canada.");
    demand(&d, "Kara Voss", None, "exempt parts made in Canada", DemandKind::Appeal);
    let d = doc("Arms. Tom Hale met the chancellor on Monday and urged him to send more tanks.");
    demand(&d, "Tom Hale", None, "send more tanks", DemandKind::Appeal);
}

#[test]
fn a_negated_condition_after_will_is_a_threat_like_unless() {
    // ("would respond if Kyiv did not withdraw", "would strike if the company failed to …" had
    // no demand: only "unless" made one)
    let d = doc("War. Kim said Russia would respond if Ukraine did not withdraw its troops.");
    demand(&d, "Russia", Some("Ukraine"), "withdraw its troops", DemandKind::Threat);
    let d = doc("Pay. The union said it would strike if the company failed to improve its offer.");
    demand(&d, "The union", Some("the company"), "improve its offer", DemandKind::Threat);
    // (a forecast stays none: what would happen to no actor)
    let d = doc("Talks. He said the talks would collapse if the sides did not agree.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn we_need_more_in_a_quote_is_a_demand() {
    // ("“We need more air defence, and we need it now,” said X" had no demand)
    let d = doc("War. \"We need more air defence systems, and we need them now,\" said Olga Marchuk.");
    demand(&d, "Olga Marchuk", None, "more air defence systems", DemandKind::Demand);
    // (not a wish for something that is no more of a thing, nor "need to")
    let d = doc("Politics. \"We need a leader with integrity. We need to talk,\" said Olga Marchuk.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_title_after_a_bodys_possessive_or_before_a_field_is_a_role() {
    // (", the group's director," and ", the union's branch secretary," had no role where the
    // story never named the body; "The UN special rapporteur on human rights in X, Y," none)
    let d = doc("War. \"The army is losing,\" said Tom Hale, the group's director.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale" && r.title == "director"), "{}", dump(&d));
    let d = doc("Pay. Ann Lee, the union's branch secretary in Leeds, said members were angry. The minister said talks would go on.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Ann Lee" && r.title == "branch secretary"), "{}", dump(&d));
    // (a branch secretary is no minister: "the minister" is not her)
    assert!(d.statements.iter().all(|s| s.speaker.is_none_or(|e| name(&d, e) != "Ann Lee") || !d.slice(s.text).contains("talks would go on")), "{}", dump(&d));
    let d = doc("Rights. The UN special rapporteur on human rights in Myanmar, Ana Ruiz, said the attack fitted a pattern.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Ana Ruiz" && r.title == "special rapporteur"), "{}", dump(&d));
    // (not a day after "on": "The minister on Monday, X said, …")
    let d = doc("Budget. The minister on Monday, Ana Ruiz said, was wrong.");
    assert!(d.roles.iter().all(|r| r.title != "minister"), "{}", dump(&d));
}

#[test]
fn the_department_that_speaks_is_the_ministry_named_before() {
    // ("the Ministry of Housing … The department said" had spoken as "The department")
    let d = doc("Councils. Mr Lee wrote to the Ministry of Housing, Communities and Local Government on Monday. The department said it was ready to send commissioners.");
    reported(&d, "The department said it was ready to send commissioners", "Ministry of Housing, Communities and Local Government");
}

#[test]
fn an_office_of_a_body_taken_up_speaks_for_the_body() {
    // ("the organisation's secretariat in Vienna said", "the group's leadership has said" had
    // spoken as the phrase)
    let d = doc("Oil. OPEC met on Monday. The organisation's secretariat in Vienna said the forecast was wrong.");
    reported(&d, "The organisation's secretariat in Vienna said the forecast was wrong", "OPEC");
    let d = doc("Shipping. Hamas fired rockets on Monday. The group's political bureau said it would stop.");
    reported(&d, "The group's political bureau said it would stop", "Hamas");
}

#[test]
fn a_capitalised_modifier_before_an_appositive_title_keeps_the_role() {
    // (", a Conservative councillor," and ", the Republican attorney general of X," had no role)
    let d = doc("Buses. Tom Hale, a Conservative councillor, accused the authority of delay.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale" && r.title == "councillor"), "{}", dump(&d));
    let d = doc("Climate. Ann Lee, the Republican attorney general of Oklahoma, said the rule was illegal.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Ann Lee" && r.title == "attorney general"), "{}", dump(&d));
    // (not a title that owns what follows: ", the Republican nominee's eldest daughter,")
    let d = doc("Politics. Ann Lee, the Republican nominee's eldest daughter, noted the rule.");
    assert!(d.roles.iter().all(|r| name(&d, r.holder) != "Ann Lee"), "{}", dump(&d));
}

#[test]
fn a_title_after_a_persons_possessive_in_apposition_is_a_role() {
    // (", Tom Hale's special envoy to the Middle East," had no role: a person's name ended the
    // appositive)
    let d = doc("Talks. Ann Lee, Tom Hale's special envoy to the Middle East, said the talks were useful.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Ann Lee" && r.title == "special envoy"), "{}", dump(&d));
    // (a body's possessive: ", the government's chief negotiator,")
    let d = doc("Talks. Ann Lee, the government's chief negotiator, said the talks were useful.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Ann Lee" && r.title.ends_with("negotiator")), "{}", dump(&d));
    // (no title: ", Tom Hale's wife,")
    let d = doc("Talks. Ann Lee, Tom Hale's wife, said the talks were useful.");
    assert!(d.roles.iter().all(|r| name(&d, r.holder) != "Ann Lee"), "{}", dump(&d));
}

#[test]
fn newly_appointed_or_elected_stand_inside_a_title() {
    // (", the newly appointed defence minister," had no role)
    let d = doc("Defence. Ann Lee, the newly appointed defence minister, said the talks were useful.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Ann Lee" && r.title.ends_with("defence minister")), "{}", dump(&d));
}

#[test]
fn neither_x_nor_y_commented_says_nothing() {
    // ("Neither Oslo nor Stockholm immediately commented." had been a statement of Stockholm)
    let d = doc("Talks. Neither Oslo nor Stockholm immediately commented. Neither Norway nor Sweden commented on the claim, but the Danish army said it had repelled the attack.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).contains("commented")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("repelled the attack")), "{}", dump(&d));
}

#[test]
fn a_states_top_diplomat_and_the_kremlin_leader_are_the_office_holders() {
    // ("Russia's top diplomat said", "The Kremlin leader warned" had spoken as the phrases)
    let d = doc("Talks. Norwegian Foreign Minister Ann Lee met Tom Hale. Norway's top diplomat said the talks were productive.");
    reported(&d, "Norway's top diplomat said the talks were productive", "Ann Lee");
    let d = doc("Talks. US Secretary of State Ann Lee met Tom Hale in Oslo. America's top diplomat said the talks were productive.");
    reported(&d, "America's top diplomat said the talks were productive", "Ann Lee");
    let d = doc("War. Russian President Tom Hale said Russia was ready for talks. The Kremlin leader also warned that foreign troops would be a target.");
    reported(&d, "The Kremlin leader also warned that foreign troops would be a target", "Tom Hale");
}

#[test]
fn conditions_set_out_before_a_colon_are_demands_of_the_one_who_set_them() {
    // ("X set out his conditions: Y must …" had no demand: "out" was taken for the verb)
    let d = doc("Peace. Norwegian Prime Minister Ann Lee set out her conditions for a deal: Sweden must withdraw its troops and pay for the damage.");
    demand(&d, "Ann Lee", Some("Sweden"), "withdraw its troops", DemandKind::Demand);
}

#[test]
fn a_refusing_verbs_particle_is_no_part_of_what_is_refused() {
    // ("will not give up our land" had refused "up our land")
    let d = doc("War. \"We will not give up our land,\" Tom Hale said.");
    demand(&d, "Tom Hale", None, "our land", DemandKind::Refusal);
}

#[test]
fn according_to_a_surname_before_a_comma_is_the_person_and_a_source_in_commas_reports_the_clause() {
    // ("According to Hale, Russia …" had made a town "Hale" in Russia; "The deal, according to
    // Hale, is dead." had no statement)
    let d = doc("Talks. Tom Hale spoke on Monday. According to Hale, Russia remains committed to the talks.");
    reported(&d, "Russia remains committed to the talks", "Tom Hale");
    assert!(d.entities.iter().all(|e| !(e.kind == newsgraph::model::EntityKind::Place && e.name == "Hale")), "{}", dump(&d));
    let d = doc("Talks. Tom Hale spoke on Monday. The deal, according to Hale, is dead.");
    reported(&d, "The deal, according to Hale, is dead", "Tom Hale");
}

#[test]
fn one_unnamed_official_or_source_of_a_state_speaks_for_it() {
    // ("A Norwegian security source said", "a senior Chilean official told" had spoken as the
    // phrase, where "Norwegian security sources said" and "Chilean officials said" were the state)
    let d = doc("Talks. Norway and Chile met in Oslo on Monday. A Norwegian security source said the talks would resume on Friday. A senior Chilean official told reporters the plan was dead. Chilean intelligence sources said the vote was delayed.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Norway")), "{}", dump(&d));
    assert_eq!(d.statements.iter().filter(|s| who(&d, s).as_deref() == Some("Chile")).count(), 2, "{}", dump(&d));
    // (a name in apposition is the speaker; an official of no state stays as written)
    let d = doc("Talks. Norway and Chile met in Oslo on Monday. A Norwegian official, Tove Lind, said the talks would resume. A Western diplomat said the talks would fail.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tove Lind")), "{}", dump(&d));
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Norway")), "{}", dump(&d));
}

#[test]
fn according_to_an_unnamed_statement_after_a_named_speaker_is_no_second_speaker() {
    // ("X said …, according to a statement issued on Monday" had made "a statement" the
    // speaker of a second statement)
    let d = doc("Aid. Update at noon.\nMore on the toll. The Harbour Relief Fund said about 4,000 families had been moved to shelters over the winter, according to a statement issued on Monday.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("a statement")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Harbour Relief Fund")), "{}", dump(&d));
}

#[test]
fn the_military_after_a_states_military_is_that_state() {
    // ("“…,” the military said" after "The Norwegian military said" had spoken as "the
    // military")
    let d = doc("War. Norway and Chile traded fire. The Norwegian military said it had hit 30 targets overnight.\n\n\"We will keep acting against threats,\" the military said in a statement.");
    assert!(d.statements.iter().filter(|s| s.kind == StatementKind::Direct).all(|s| who(&d, s).as_deref() == Some("Norway")), "{}", dump(&d));
    // (a command named after the force's possessive speaks itself)
    let d = doc("War. Norway and Chile traded fire. Hours later, the Norwegian military's Northern Command said its forces had destroyed three launchers. Northern Command said in a statement that the raid was over.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() == Some("Northern Command")), "{}", dump(&d));
}

#[test]
fn a_place_the_sentence_opens_with_says_whose_ministry_speaks() {
    // ("In Chile, the health ministry said" in a story datelined elsewhere had been the
    // dateline country's ministry)
    let d = doc("OSLO, March 4 (Reuters) - Norway hosted talks on Tuesday. In Chile, the health ministry said at least 17 people had died in the floods.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref().is_some_and(|w| w.starts_with("Chile"))), "{}", dump(&d));
}

#[test]
fn warned_someone_to_a_quoted_verb_is_an_appeal() {
    // ("He warned fishing crews to “keep clear of …”" had asked no one: the verb after
    // "to" opened a quotation)
    let d = doc("Shipping. Tom Hale spoke on Monday. He warned fishing crews to \"keep clear of the northern route.\"");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Tom Hale" && d.slice(m.what).starts_with("keep clear")), "{}", dump(&d));
}

#[test]
fn a_rank_of_two_abbreviations_after_a_title_and_a_comma_keeps_the_title() {
    // ("The navy's chief spokesman, Brig. Gen. X" had only the role "Gen.")
    let d = doc("War. The navy's chief spokesman, Brig. Gen. Tom Hale, said the ships had sailed. Its deputy spokesman, Maj Gen Dan Berg, said it too.");
    role(&d, "Tom Hale", "spokesman");
    role(&d, "Dan Berg", "spokesman");
}

#[test]
fn a_quote_inside_a_reported_clause_speaks_as_the_clause_speaker() {
    // ("A Norwegian foreign ministry spokesperson said … and urged Chile to accept it “…”": the
    // reported clause spoke as the ministry, its quote as the phrase)
    let d = doc("Talks. Norway and Chile met on Monday. A Norwegian foreign ministry spokesperson said Oslo backed the plan and urged Chile to accept it \"by the end of the week.\"");
    let q = d.statements.iter().find(|s| s.kind == StatementKind::Direct).unwrap_or_else(|| panic!("{}", dump(&d)));
    let r = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(q.speaker.is_some() && q.speaker == r.speaker, "{}", dump(&d));
}

#[test]
fn quoted_as_saying_past_a_relative_clause_is_the_one_quoted() {
    // ("Al-X television quoted a Chilean official, who asked not to be named, as saying …" had
    // no statement: the relative clause stood between the one quoted and "as saying")
    let d = doc("Talks. Syria and Norway met on Monday. Vexmoor radio quoted Tom Hale, who leads the council, as saying the plan was dead. The radio quoted a Syrian official, who asked not to be named, as saying that Oslo had pledged funds.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tom Hale") && s.cue == "saying"), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Syria") && s.cue == "saying"), "{}", dump(&d));
}

#[test]
fn a_states_unnamed_official_before_who_said_speaks_for_the_state() {
    // ("…, according to a Norwegian security source, who said …" had spoken as the phrase)
    let d = doc("Talks. Norway hosted the talks on Monday. Talks will continue, according to a Norwegian security source, who said Oslo was ready to sign within a week.");
    assert!(d.statements.iter().filter(|s| s.cue == "said").all(|s| who(&d, s).as_deref() == Some("Norway")), "{}", dump(&d));
    // ("who" is a person's: a body before it still speaks for no one)
    let d = doc("Talks. The plan came from the Vexmoor Trust, who said it was ready.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Vexmoor Trust")), "{}", dump(&d));
}

#[test]
fn a_quotation_inside_what_is_asked_keeps_both_its_marks() {
    // ('urged member states to adopt a package "without delay"' had ended the text asked
    // before the closing mark)
    let d = doc("Sanctions. Ann Lee urged member states to adopt a new sanctions package \"without delay\".");
    demand(&d, "Ann Lee", Some("member states"), "adopt a new sanctions package \"without delay\"", DemandKind::Appeal);
}

#[test]
fn a_countrys_adjective_before_newspaper_is_no_paper() {
    // ("An official Syrian newspaper called …" had made an organisation "Syrian")
    let d = doc("Press. An official Syrian newspaper called on Arabs to unite. A state-owned Egyptian daily said the talks had failed.");
    assert!(d.entities.iter().all(|e| e.name != "Syrian" && e.name != "Egyptian"), "{}", dump(&d));
}

#[test]
fn a_capital_in_capitals_opening_the_story_is_its_dateline() {
    // ("<CAPITAL>: The High Court has …" had been a quote of its country's; "KOZHIKODE:", a place the
    // article does not know, already was a dateline)
    let d = doc("Court ruling on fees\n\nLIMA: The Supreme Court has struck out a tax on street vendors.\n\nThe ruling was welcomed by traders.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).starts_with("The Supreme Court has struck")), "{}", dump(&d));
}

#[test]
fn court_titles_before_a_name() {
    // ("Magistrate X" was a person named "Magistrate X"; the hyphenated "Attorney-General" and
    // "Senior State Counsel" were no titles)
    let d = doc("Trial. Magistrate Tom Hale said the case would go on. Attorney-General Ann Lee said the State would appeal. Senior State Counsel Jane Roe argued that the law was valid.");
    role(&d, "Tom Hale", "Magistrate");
    role(&d, "Ann Lee", "Attorney-General");
    role(&d, "Jane Roe", "Senior State Counsel");
}

#[test]
fn the_judge_is_the_justice_or_magistrate_named_before() {
    // (""…," the judge said." after "Justice X said" had the speaker "the judge")
    let d = doc("Ruling. In a ruling on Monday, Justice Ann Lee said the law was void. \"The statute cannot stand,\" the judge said.");
    quote(&d, "The statute cannot stand,", "Ann Lee");
    let d = doc("Ruling. Magistrate Tom Hale said the case would go on. \"There is evidence to answer,\" the judge said.");
    quote(&d, "There is evidence to answer,", "Tom Hale");
}

#[test]
fn a_quoted_fragment_inside_a_report_is_the_reporters() {
    // ("In a report …, the envoy, X, said officials had used eviction orders “…”": the
    // noun "charges" had been read as a cue whose subject was "In a report")
    let d = doc("Rights. In a report to be published next week, the UN special rapporteur on housing, Ann Lee, said officials in the capital had used eviction charges \"as a weapon against the poor\".");
    quote(&d, "as a weapon against the poor", "Ann Lee");
}

#[test]
fn an_owners_office_of_a_field_before_the_name_after_a_quote() {
    // (""…," Oxfam's head of campaigns, X, said in a statement." had no speaker)
    let d = doc("Media. \"Nobody should be jailed for reporting,\" Oxfam's head of campaigns, Ann Lee, said in a statement.");
    quote(&d, "Nobody should be jailed for reporting,", "Ann Lee");
}

#[test]
fn one_who_will_write_to_a_body_asking_it_asks_it() {
    // ("X said the union would write to the regulator asking it to …"
    // had the regulator asking the union)
    let d = doc("Courts. Tom Hale said the Marlow Trust would write to the Electoral Commission asking it to withdraw the fines.");
    demand(&d, "Marlow Trust", Some("Electoral Commission"), "withdraw the fines", DemandKind::Appeal);
}

#[test]
fn it_after_a_body_taken_up_by_its_head_noun_is_that_body() {
    // ("In a statement, the ministry said … a state had been misled … It said it would recall
    // an envoy" had made "It" that state)
    let d = doc("Sanctions. Chile's foreign ministry rejected the measures. In a statement, the ministry said police had acted lawfully and that Peru had been misled by activists. It said it would summon the Peruvian ambassador.");
    reported(&d, "It said it would summon the Peruvian ambassador", "Chilean foreign ministry");
}

#[test]
fn a_recommendation_that_a_state_act_is_a_demand() {
    // ("X's report recommends that a state free …" had no demand, and the report spoke)
    let d = doc("Rights. Ann Lee's report recommends that Peru lift the ban on street markets.");
    demand(&d, "Ann Lee", Some("Peru"), "Peru lift the ban on street markets", DemandKind::Demand);
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Ann Lee")), "{}", dump(&d));
}

#[test]
fn of_which_between_the_addressee_and_to() {
    // ("urged a body, of which X is a member, to …" had no demand)
    let d = doc("Rights. Ann Lee called on the Arctic Council, of which Peru is an observer, to consider new fishing quotas.");
    demand(&d, "Ann Lee", Some("Arctic Council"), "consider new fishing quotas", DemandKind::Appeal);
}

#[test]
fn an_office_in_a_city_speaks_for_the_body() {
    // ("The UN refugee office in Bangkok urged a state to …" had a demander as written)
    let d = doc("Rights. The UN human rights office in Bangkok urged Peru to review the evictions.");
    let m = d.demands.iter().find(|m| d.slice(m.what) == "review the evictions").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(matches!(m.by, Party::Entity(_)), "{}", dump(&d));
}

#[test]
fn un_missions_are_listed_bodies() {
    // ("according to the UN Support Mission in Libya (UNSMIL)" had made a body "UN Support
    // Mission" and a place)
    let d = doc("Graves. More than 40 graves were found near the town, according to the UN Support Mission in Libya (UNSMIL). UNAMA said the attack killed five people.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("UN Support Mission in Libya")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("UN Assistance Mission in Afghanistan")), "{}", dump(&d));
}

#[test]
fn added_to_a_list_with_an_adverb_is_no_speech() {
    // ("X, which owns a firm, were also added to a list" was a statement)
    let d = doc("Sanctions. Two firms, Norvik Holdings and Beltran Media, were also added to the sanctions list.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn an_official_named_by_a_states_adjective_after_but() {
    // ("But a <nationality> official with knowledge of the case told <agency> that …" had no statement:
    // "But" had opened the subject; and the official speaks for the state, as "Kenyan
    // officials" did)
    let d = doc("Court. Peru is divided. But a Peruvian official with knowledge of the case told AFP that the suspect had fled.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Peru") && d.slice(s.text).contains("suspect had fled")), "{}", dump(&d));
}

#[test]
fn amnesty_alone_is_amnesty_international() {
    // ("X, Amnesty's regional director for a region" had no role:
    // "Amnesty" alone named nothing)
    let d = doc("Verdict. \"It is unjust,\" said Ann Lee, Amnesty's regional director for the Americas.");
    let r = role(&d, "Ann Lee", "director");
    assert_eq!(role_of(&d, r).as_deref(), Some("Amnesty International"), "{}", dump(&d));
}

#[test]
fn a_title_on_a_field_before_an_apposed_name() {
    // ("the special rapporteur on <a field with "of" and "and">, X," and "The UN special
    // rapporteur on <a field> in <a country>, X," had no role: "on" opened no title phrase, and
    // an "of" inside the field stopped the search)
    let d = doc("Report. The UN special rapporteur on housing in Chile, Jo Roe, said evictions were rising. In a report, the special rapporteur on freedom of assembly and association, Ann Lee, said the law was vague.");
    role(&d, "Jo Roe", "rapporteur");
    role(&d, "Ann Lee", "rapporteur");
}

#[test]
fn a_refusal_in_a_relative_clause_on_a_noun_asks_nothing() {
    // (""He needs a visa that they will not give him"" had been a refusal of
    // the last state named)
    let d = doc("Travel. Chile is far away. \"He needs a permit that they will not approve in time,\" Tom Hale said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Health. Tom Hale said that they would not accept the deal.");
    assert_eq!(d.demands.len(), 1, "{}", dump(&d));
}

#[test]
fn it_after_a_persons_report_is_the_person() {
    // ("X's report recommends … It also calls on a body to …" had made "It" the
    // state the report named)
    let d = doc("Rights. Ann Lee's report recommends that Peru free the reporters. It also calls on the Andean Council to review the case.");
    demand(&d, "Ann Lee", Some("Andean Council"), "review the case", DemandKind::Appeal);
}

#[test]
fn written_to_a_body_with_initials_asking_him() {
    // ("would write to <an office> (<its initials>) asking him to …": the
    // initials closed the name)
    let d = doc("Courts. Tom Hale said the Marlow Trust would write to the Electoral Commission (EC) asking it to withdraw the fines.");
    demand(&d, "Marlow Trust", Some("Electoral Commission"), "withdraw the fines", DemandKind::Appeal);
}

#[test]
fn a_clients_lawyer_in_apposition() {
    // ("His lawyer, X, told reporters …", "X, Y's barrister, told the court …", "X, a lawyer
    // representing the government, told the court …" had no role)
    let d = doc("Trial. His lawyer, Tom Hale, told reporters the defence would appeal. Ann Lee, a lawyer representing the Chilean government, told the court the money was stolen. Jo Roe, Hale's barrister, told the court he was innocent.");
    role(&d, "Tom Hale", "lawyer");
    role(&d, "Ann Lee", "lawyer");
    role(&d, "Jo Roe", "barrister");
}

#[test]
fn a_refusal_in_what_a_statement_says_is_a_refusal() {
    // ("said in a statement that Norway would not agree to …" had been taken for a relative
    // clause on "statement", which asks nothing)
    let d = doc("Talks. The prime minister's office said in a statement that Norway would not agree to a ceasefire before the talks.");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Refusal), "{}", dump(&d));
}

#[test]
fn on_x_then_a_full_stop_ends_the_sentence() {
    // ("… said in a post on X. He called on …" had been one sentence: "X." read as an initial)
    let d = doc("Talks. \"We are ready,\" the minister Tom Hale said in a post on X. He called on Ruritania to free the prisoners.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).contains("post on X. He")), "{}", dump(&d));
    demand(&d, "Tom Hale", Some("Ruritania"), "free the prisoners", DemandKind::Appeal);
}

#[test]
fn a_short_subject_before_a_quoted_modal_predicate_is_reported() {
    // ("said Chile “must have a say …”", "said fees “must not be raised …”" gave the quote
    // alone: one or two words outside the marks had been too little content)
    let d = doc("Talks. Tom Hale said Ruritania \"must have a voice when its borders are drawn\". Ann Lee said the alliance \"must be ready before the vote\".");
    reported(&d, "Tom Hale said Ruritania \"must have a voice when its borders are drawn\"", "Tom Hale");
    reported(&d, "Ann Lee said the alliance \"must be ready before the vote\"", "Ann Lee");
    // (a thing to have after "must have" is asked for; "should not have gone" is hindsight)
    assert!(d.demands.iter().any(|m| d.slice(m.what).starts_with("must have a voice")), "{}", dump(&d));
    let d = doc("Talks. Tom Hale said they should not have gone there.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (an actor as that subject, before any quoted predicate: 'wrote that Norway "is testing …"')
    let d = doc("Strikes. Tom Hale posted a photograph of the pier and wrote that Norway \"is testing our patience\".");
    reported(&d, "wrote that Norway \"is testing our patience\"", "Tom Hale");
}

#[test]
fn a_countrys_armed_forces_speak_for_the_state() {
    // ("Ruritania's armed forces said" spoke as the phrase, where "Ruritania's air force said"
    // and "Ruritania's military said" were the state's)
    let d = doc("Drones. Norway's armed forces said they had sent two frigates north.");
    reported(&d, "Norway's armed forces said they had sent two frigates north", "Norway");
}

#[test]
fn what_an_opening_remark_is_on_is_no_statement() {
    // ("Commenting on the verdict, X wrote that …" had a statement "on the verdict"
    // beside the one after "wrote")
    let d = doc("Drones. Commenting on the harbour closures, Deputy Speaker Tom Hale wrote that the fishermen would be paid. Referring to the fines, Ann Lee said the firm would pay.");
    assert!(d.statements.iter().all(|s| !matches!(d.slice(s.text), "on the harbour closures" | "the harbour closures" | "the fines")), "{}", dump(&d));
    reported(&d, "Deputy Speaker Tom Hale wrote that the fishermen would be paid", "Tom Hale");
    // (a reason cited stays: "Citing security concerns, X closed the border")
    let d = doc("Border. Citing security concerns, Ann Lee closed the border.");
    reported(&d, "security concerns", "Ann Lee");
}

#[test]
fn the_diplomat_is_the_foreign_service_member_named_last() {
    // ("“…,” the diplomat said" after a foreign ministry's spokeswoman spoke as "the diplomat")
    let d = doc("Fishing. Ruritanian Foreign Minister Tom Hale said the talks would go on. Ruritanian Foreign Ministry Spokeswoman Ann Lee accused the bloc of bad faith. Speaking at a briefing, she said the quota was a trap. \"The bloc wants our fish, not a deal,\" the diplomat said.");
    quote(&d, "The bloc wants our fish, not a deal,", "Ann Lee");
    // (no one of the foreign service named: the phrase stays)
    let d = doc("Fishing. Finance Minister Tom Hale said the talks would go on. \"The bloc wants our fish, not a deal,\" the diplomat said.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Tom Hale") || !d.slice(s.text).starts_with("The bloc")), "{}", dump(&d));
}

#[test]
fn the_diplomat_after_a_spokeswoman_titled_with_her_ministry() {
    // ("Ruritanian Foreign Ministry Spokeswoman X": the ministry in the title, the role of the country)
    let d = doc("Fishing. Ruritanian Foreign Ministry Spokeswoman Ann Lee accused the bloc of bad faith. \"The bloc wants our fish, not a deal,\" the diplomat said.");
    quote(&d, "The bloc wants our fish, not a deal,", "Ann Lee");
}

#[test]
fn he_after_a_possessor_and_a_modified_title_is_the_titled_person() {
    // ("Hale's special envoy Tom Ward, who …, told …. “…,” he said." had gone to Hale)
    let d = doc("Trade. Jo Hale's special envoy Tom Ward, who met Ann Lee in Oslo last week, told reporters that the tariff talks would resume on Sunday. \"We have never been this near a deal,\" he said.");
    quote(&d, "We have never been this near a deal,", "Tom Ward");
}

#[test]
fn the_chief_of_a_body_is_its_director_general() {
    // ("The NWA chief warns …" over a list of key points, and "The NWA chief also said" after
    // "X, the director general of the …(NWA)", had spoken as the phrase)
    let d = doc("Dams. Jo Roe, the director general of the Nordic Water Agency (NWA), said the sluice had failed. The NWA chief also said the dam was sound.");
    reported(&d, "The NWA chief also said the dam was sound", "Jo Roe");
    let d = doc("Dams.\nThe NWA chief warns of \"a very wet spring\" in the valley.\nLater, Jo Roe, the director general of the Nordic Water Agency (NWA), said the sluice had failed.");
    quote(&d, "a very wet spring", "Jo Roe");
}

#[test]
fn a_cue_closing_a_relative_clause_on_an_object_reports_nothing() {
    // ("He urged the donors to deliver the pumps they had promised" had been a statement of
    // "they", the clause before it read as what was promised)
    let d = doc("Floods. President Tom Hale urged the donors to deliver the pumps they had promised. Ann Lee asked lenders to send the money Oslo pledged.");
    assert!(d.statements.iter().all(|s| !matches!(s.cue.as_str(), "promised" | "pledged")), "{}", dump(&d));
    // (a trailing attribution after a capitalised word stays: "… on Monday officials said")
    let d = doc("Talks. Talks will resume on Monday officials said.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn according_to_then_a_subject_whose_predicate_is_quoted() {
    // ("According to X, the rules “only help the banks”" had no statement and a quote of no one:
    // two words outside the marks had been too little content)
    let d = doc("Banks. Ann Lee spoke on Monday. According to Tom Hale, the rules \"only help the big lenders.\"");
    quote(&d, "only help the big lenders.", "Tom Hale");
    reported(&d, "the rules \"only help the big lenders.\"", "Tom Hale");
}

#[test]
fn a_clause_on_the_place_after_a_quotes_addressee_is_no_content() {
    // ("“…,” X told reporters in Oslo, where he was on a visit to Norway." had a reported
    // statement "X told reporters in Oslo, where …")
    let d = doc("Trade. \"We will keep the quota,\" Tom Hale told reporters in Oslo, where he was on a visit to Norway.");
    quote(&d, "We will keep the quota,", "Tom Hale");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn anyone_who_wants_both_sides_to_act_demands_it() {
    // ("The cabinet wants both parties to return to the table" asked no one: only "I/we want
    // both sides to" did)
    let d = doc("Strike. The Ruritanian government wants both sides to accept the pay offer.");
    assert!(d.demands.iter().any(|m| d.slice(m.what) == "accept the pay offer"), "{}", dump(&d));
    // (a forecast stays none: "Analysts expect both sides to lose")
    let d = doc("Talks. Analysts expect both sides to lose.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn only_if_a_thing_is_done_is_a_condition_of_no_one() {
    // ("will sign the accord only if the tariffs on steel are dropped" set no condition: the
    // condition's subject was no actor)
    let d = doc("Trade. Norway has said it will sign the accord only if the tariffs on steel are dropped.");
    demand(&d, "Norway", None, "the tariffs on steel are dropped", DemandKind::Condition);
    // (the one who sets it opens the reported clause, past the one told)
    let d = doc("Talks. Tom Hale told reporters Norway was ready to pay more but only if large economies agreed to contribute.");
    demand(&d, "Norway", None, "large economies agreed to contribute", DemandKind::Condition);
    // (a plain "if" stays none: "it will agree if asked")
    let d = doc("Talks. Norway said it would agree if the talks were held in Oslo.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_need_that_describes_a_noun_or_an_ask_that_cannot_be_made_is_no_demand() {
    // ("lacked the pumps and trucks needed to clear the roads" and "We cannot ask farmers to
    // work for nothing" had been demands)
    let d = doc("Floods. Ann Lee said the towns lacked the pumps and heavy trucks needed to clear the roads.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Farms. \"We cannot ask farmers to work for nothing,\" Tom Hale said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (a subject that needs to act stays one: "Oslo needed to act")
    let d = doc("Talks. Jo Roe said Norway needed to act.");
    assert_eq!(d.demands.len(), 1, "{}", dump(&d));
}

#[test]
fn a_quoted_predicate_opening_with_do_not_is_no_imperative() {
    // (`According to X, the rules "do not help small lenders"` had been a demand)
    let d = doc("Banks. According to Tom Hale, the rules \"do not help small lenders.\"");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Storm. \"Do not wait to see the smoke,\" Tom Hale said.");
    assert_eq!(d.demands.len(), 1, "{}", dump(&d));
}

#[test]
fn an_ambassador_at_large_is_a_title() {
    // ("<country>'s ambassador-at-large X claimed …" had no role)
    let d = doc("Whaling. Norway's ambassador-at-large Tom Hale claimed on Telegram that the ban was illegal.");
    let r = role(&d, "Tom Hale", "ambassador-at-large");
    assert_eq!(role_of(&d, r).as_deref(), Some("Norway"), "{}", dump(&d));
}

#[test]
fn a_reply_made_by_doing_something_is_no_speech() {
    // ('members should respond by "cutting the levy …"' had given the quote to "members")
    let d = doc("Levy. Tom Hale wrote on X that the fee was a test and that members should answer by \"cutting the levy in half\".");
    quote(&d, "cutting the levy in half", "Tom Hale");
    let d = doc("War. Norway responded by shelling the port.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_cue_inside_a_relative_clause_before_its_verb_reports_nothing() {
    // ("the return of the ships the ministry says were seized" had made a speaker of "the
    // return of … the ministry")
    let d = doc("Fishing. Tom Hale demanded that any deal include the return of the trawlers the ministry says were seized by Ruritania.");
    assert!(d.statements.iter().all(|s| who(&d, s).is_none_or(|w| !w.contains("trawlers"))), "{}", dump(&d));
    // ("says" before its clause stays: "The ministry says the trawlers were seized")
    let d = doc("Fishing. The ministry says the trawlers were seized.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn a_charge_the_subject_denies_is_its_statement_and_an_unnamed_diplomat_is_not_the_envoy() {
    // ("…, a charge Moscow has always denied" had been taken for a relative clause that reports
    // nothing)
    let d = doc("Sabotage. Norway has accused Russia of a campaign of arson since the war began, a charge Moscow has always denied.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Russia") && s.cue == "denied"), "{}", dump(&d));
    // ("A European diplomat, speaking on condition of anonymity, told …. “…,” the diplomat
    // said" had given the quote to the foreign minister named before)
    let d = doc("Talks. Norwegian Foreign Minister Ann Lee met her Swedish counterpart. A European diplomat, speaking on condition of anonymity, told reporters the talks would fail. \"The clock is ticking,\" the diplomat said.");
    assert!(d.statements.iter().all(|s| !(d.slice(s.text).contains("clock is ticking") && who(&d, s).as_deref() == Some("Ann Lee"))), "{}", dump(&d));
}

#[test]
fn one_unnamed_officer_or_diplomat_of_a_state_speaks_for_it() {
    // ("A senior French officer, who asked not to be named, told AFP" had spoken as the phrase)
    let d = doc("Talks. France and Norway met in Paris. A senior French officer, who asked not to be named, told AFP that planning was well advanced. A Norwegian diplomat said the talks would resume.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("France")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Norway")), "{}", dump(&d));
}

#[test]
fn a_states_ministry_spokeswoman_speaks_for_the_ministry() {
    // ("Norway's foreign ministry spokeswoman said" had spoken as the phrase: a state and its
    // body in one phrase were two bodies)
    let d = doc("Courts. Norway rejected the warrant. Norway's foreign ministry spokeswoman said in a briefing that the court had no authority.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("no authority")).expect("a statement");
    assert!(who(&d, s).is_some_and(|w| w.to_lowercase().contains("foreign ministry")), "{}", dump(&d));
}

#[test]
fn a_mission_speaks() {
    // ("The mission said one of its frigates had shot down a drone." had no statement: "mission"
    // was no noun for a speaker)
    let d = doc("Shipping. The mission said one of its frigates had shot down a drone.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("frigates")), "{}", dump(&d));
}

#[test]
fn an_unnamed_representative_of_a_body_speaks_for_it() {
    // ("The OSCE's representative on freedom of the media said" had spoken as the phrase)
    let d = doc("Media. The OSCE's representative on freedom of the media said the arrests were alarming.");
    reported(&d, "The OSCE's representative on freedom of the media said the arrests were alarming", "Organization for Security and Co-operation in Europe");
}

#[test]
fn a_claim_in_apposition_that_the_subject_denies_is_its_own_statement() {
    // ("X said …, a claim Kyiv denied." had one statement, X's, over the whole sentence)
    let d = doc("War. Norway's defence ministry said its forces had retaken two villages, a claim that Sweden has denied.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Sweden") && s.cue == "denied"), "{}", dump(&d));
    let first = d.statements.iter().find(|s| s.cue == "said").expect("the ministry's statement");
    assert!(d.slice(first.text).ends_with("two villages"), "{}", dump(&d));
}

#[test]
fn a_name_after_said_that_a_verb_follows_is_no_speaker_of_the_quote_before() {
    // ('… a "coalition of the willing", said Russia could not be trusted.' had made Russia the
    // speaker of the quoted words)
    let d = doc("Talks. Prime Minister Tom Hale, who has led efforts to form a \"coalition of the willing\", said Russia could not be trusted.");
    assert!(d.statements.iter().all(|s| !(s.kind == Direct && who(&d, s).as_deref() == Some("Russia"))), "{}", dump(&d));
    // (the inverted speaker stays: '"We are ready," said Tom Hale.')
    let d = doc("Talks. \"We are ready,\" said Tom Hale.");
    quote(&d, "We are ready,", "Tom Hale");
}

#[test]
fn a_relative_clause_with_a_quotation_inside_still_leads_to_the_speaker() {
    // ('X, who has led efforts to form a "coalition of the willing", said …' had no statement:
    // the quotation mark ended the search for the relative clause's comma)
    let d = doc("Talks. Prime Minister Tom Hale, who has led efforts to form a \"coalition of the willing\", said Russia could not be trusted.");
    assert!(d.statements.iter().any(|s| s.kind == Reported && who(&d, s).as_deref() == Some("Tom Hale")), "{}", dump(&d));
}

#[test]
fn a_verb_in_a_time_condition_inside_what_was_said_is_no_statement() {
    // ("X said Kyiv was ready to implement a ceasefire as soon as Russia agreed." had made a
    // second statement, Russia's, of the whole sentence)
    let d = doc("Talks. Tom Hale said on Saturday that Norway was ready to sign a truce as soon as Sweden agreed. Ann Lee said Oslo would wait until Stockholm agreed.");
    assert!(d.statements.iter().all(|s| s.cue != "agreed"), "{}", dump(&d));
}

#[test]
fn officials_in_a_capital_speak_for_its_state() {
    // ("Officials in Oslo said" had spoken as the phrase; a body's spokeswoman in a capital
    // stays the body's, and relief officials in a capital are no state's)
    let d = doc("Talks. Officials in Oslo said the talks had failed.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Norway")), "{}", dump(&d));
    let d = doc("Aid. Relief officials in Oslo said the convoy had arrived.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Norway")), "{}", dump(&d));
}

#[test]
fn the_office_of_a_described_holder_speaks_for_the_holder() {
    // ("The president's office said" after "President X" had spoken as the phrase)
    let d = doc("Talks. Norwegian President Tom Hale met the envoy. The president's office said the meeting was productive.");
    reported(&d, "The president's office said the meeting was productive", "Tom Hale");
}

#[test]
fn a_quotation_closing_after_a_full_stop_stays_whole_in_what_is_asked() {
    // ('must take into account "the realities on the ground."' had lost its closing mark)
    let d = doc("Talks. The ministry said any deal must take into account \"the realities on the ground.\"");
    assert!(d.demands.iter().any(|m| d.slice(m.what).ends_with("ground.\"")), "{}", dump(&d));
}

#[test]
fn a_headline_label_before_a_whole_quotation_gives_one_quote() {
    // ('Hale: "Oslo must be forced into talks"' had made two quotes, one with its marks)
    let d = doc("Hale: \"Oslo must be forced into talks\"\n\nForeign Minister Tom Hale spoke to reporters in Bergen on Monday.");
    let quotes: Vec<_> = d.statements.iter().filter(|s| s.kind == Direct).collect();
    assert_eq!(quotes.len(), 1, "{}", dump(&d));
    assert!(!d.slice(quotes[0].text).starts_with('"'), "{}", dump(&d));
}

#[test]
fn an_armed_force_of_two_words_after_the_adjective_speaks_for_its_state() {
    // ("The Ukrainian air force said", "Peruvian border guards said" had spoken as the phrase
    // where the article names the country)
    let d = doc("Strikes. Norway and Sweden traded accusations. The Norwegian air force said it had intercepted two aircraft.");
    reported(&d, "The Norwegian air force said it had intercepted two aircraft", "Norway");
    let d = doc("Border. Sweden and Finland met. Swedish border guards said they had detained four people.");
    reported(&d, "Swedish border guards said they had detained four people", "Sweden");
}

#[test]
fn a_spokesperson_of_the_body_taken_up_by_its_lower_case_head_speaks_for_it() {
    // ("The ministry's spokesman added", "A ministry spokesman said" after "Norway's defence
    // ministry said" had spoken as the phrase)
    let d = doc("Drills. Norway's defence ministry said the drills would go on. The ministry's spokesman added that they were routine. A ministry spokesman later said Sweden had been told.");
    reported(&d, "The ministry's spokesman added that they were routine", "Norwegian defence ministry");
    reported(&d, "A ministry spokesman later said Sweden had been told", "Norwegian defence ministry");
    // (two ministries named before: which one is not clear)
    let d = doc("Drills. Norway's defence ministry said the drills would go on. Norway's foreign ministry said Sweden had been told. A ministry spokesman added that they were routine.");
    assert!(d.statements.iter().filter(|s| s.cue == "added").all(|s| who(&d, s).is_none_or(|w| !w.ends_with("ministry"))), "{}", dump(&d));
}

#[test]
fn its_opening_a_sentence_takes_up_the_state_the_sentence_before_opens_with() {
    // ("Russia … has criticised the court. Its foreign ministry spokeswoman said" had spoken as
    // "foreign ministry spokeswoman")
    let d = doc("Court. Norway, which hosts the talks, has criticised the tribunal. Its foreign ministry spokeswoman said the ruling was wrong.");
    reported(&d, "Its foreign ministry spokeswoman said the ruling was wrong", "Norwegian foreign ministry");
    // (a body opening the sentence before is no state)
    let d = doc("Court. The Quarnby Trust has criticised the tribunal. Its foreign ministry spokeswoman said the ruling was wrong.");
    assert!(d.entities.iter().all(|e| e.name != "Norwegian foreign ministry"), "{}", dump(&d));
}

#[test]
fn a_rank_or_style_after_an_office_of_a_portfolio_leaves_the_holder_speaking() {
    // ("Minister of Defence General X said", "Minister of Foreign Affairs Prince X said" had
    // given no statement: the portfolio after "of" was taken for an object)
    let d = doc("Talks. Norway hosted the talks. Minister of Defence General Tom Hale said the talks went well.");
    reported(&d, "Minister of Defence General Tom Hale said the talks went well", "Tom Hale");
    let d = doc("Talks. Norway hosted the talks. Minister of Foreign Affairs Prince Tom Hale said the talks went well.");
    reported(&d, "Minister of Foreign Affairs Prince Tom Hale said the talks went well", "Tom Hale");
}

#[test]
fn an_office_of_a_capitalised_portfolio_before_the_name_is_a_role() {
    // ("Minister of Foreign Affairs X" had given no role; a rank between is a role of its own)
    let d = doc("Talks. Norwegian Minister of Foreign Affairs Tom Hale met the envoy.");
    let r = role(&d, "Tom Hale", "Minister");
    assert_eq!(r.title, "Minister of Foreign Affairs");
    assert_eq!(role_of(&d, r).as_deref(), Some("Norway"));
    let d = doc("Talks. Minister for Trade and Industry General Ann Lee met the envoy.");
    assert_eq!(role(&d, "Ann Lee", "Minister").title, "Minister for Trade and Industry");
    role(&d, "Ann Lee", "General");
    // (a listed title that runs on stays that title)
    let d = doc("Talks. Secretary of State Tom Hale met the envoy.");
    assert_eq!(role(&d, "Tom Hale", "Secretary of State").title, "Secretary of State");
}

#[test]
fn two_offices_joined_by_and_before_the_name_are_both_roles() {
    // ("Qatar's Prime Minister and Foreign Minister X" had given the second office only)
    let d = doc("Talks. Norway's Prime Minister and Foreign Minister Tom Hale met the envoy.");
    assert_eq!(role_of(&d, role(&d, "Tom Hale", "Prime Minister")).as_deref(), Some("Norway"));
    assert_eq!(role_of(&d, role(&d, "Tom Hale", "Foreign Minister")).as_deref(), Some("Norway"));
    // (two people: the first office is not his)
    let d = doc("Talks. The talks between the Prime Minister and Foreign Minister Tom Hale ended.");
    assert!(d.roles.iter().all(|r| r.head != "Prime Minister"), "{:?}", d.roles);
}

#[test]
fn a_second_office_joined_by_and_in_an_appositive_is_held_too() {
    // (", the rebels' chief negotiator and spokesman," had given no role; ", the group's
    // spokesman and chief negotiator," the first only)
    let d = doc("Talks. Tom Hale, the rebels' chief negotiator and spokesman, said the talks had failed.");
    role(&d, "Tom Hale", "negotiator");
    role(&d, "Tom Hale", "spokesman");
    let d = doc("Talks. Ann Lee, the group's spokeswoman and chief negotiator, said the talks had failed.");
    role(&d, "Ann Lee", "spokeswoman");
    role(&d, "Ann Lee", "negotiator");
}

#[test]
fn a_state_body_spokesperson_described_by_the_state_is_not_another_spokesperson() {
    // ("Iran's Foreign Ministry spokesman, X, rejected …, saying “…”" had given the quote to a
    // rebels' spokesman named before, whose role is of no one)
    let d = doc("Strikes. Tom Hale, a spokesman for the rebels, accused Sweden of lying.\n\nNorway's Foreign Ministry spokesman, Ann Lee, rejected the accusation in a statement, saying \"they make their own decisions.\"");
    quote(&d, "they make their own decisions.", "Ann Lee");
}

#[test]
fn one_capitalised_word_charged_after_a_verb_of_saying_is_a_quote_not_a_title() {
    // ('accusing its neighbour of "Russophobia"' had been taken for the title of a work)
    let d = doc("Border. Norway warned Sweden on Tuesday, accusing its neighbour of \"Russophobia\".");
    quote(&d, "Russophobia", "Norway");
}

#[test]
fn a_lower_case_body_noun_before_a_title_names_the_body_named_before() {
    // ("commission spokesman X" after "The European Commission" had a role of no one)
    let d = doc("Border. The European Commission backed the move. \"It is right,\" commission spokesman Tom Hale said.");
    assert_eq!(role_of(&d, role(&d, "Tom Hale", "spokesman")).as_deref(), Some("European Commission"));
}

#[test]
fn those_who_issued_a_statement_speak_and_demand_through_it() {
    // ("X issued a statement calling for “…”" had made the phrase "X issued a statement" the
    // quote's speaker; of several before the verb, the demand had gone to the last as text)
    let d = doc("Talks. Norwegian Prime Minister Tom Hale issued a statement calling for \"a just and lasting peace\".");
    quote(&d, "a just and lasting peace", "Tom Hale");
    let d = doc("Talks. Tom Hale, Ann Lee and Jo Poe met in Oslo. Hale, Lee and Poe issued a joint statement urging Sweden to stay calm.");
    demand(&d, "Tom Hale", Some("Sweden"), "stay calm", DemandKind::Appeal);
    let d = doc("Talks. The three leaders issued a joint statement calling for \"a just and lasting peace\".");
    assert_eq!(speaker_of(&d, "a just and lasting peace").as_deref(), Some("The three leaders"), "{}", dump(&d));
}

#[test]
fn a_verb_in_a_condition_or_question_before_any_statement_is_none() {
    // ("Asked whether Oslo would cut off arms if Bern rejected the plan, he said: …" had made
    // Bern's statement of "rejected the plan")
    let d = doc("Talks. Asked whether Oslo would cut off arms if Bern rejected the plan, Tom Hale said: \"Nobody wants that.\"");
    assert!(d.statements.iter().all(|s| s.cue != "rejected"), "{}", dump(&d));
    quote(&d, "Nobody wants that.", "Tom Hale");
}

#[test]
fn according_to_her_and_in_her_words_report_the_woman_named_before() {
    // ("According to her, …" had given no statement: "her" was taken for an owner's; "In her
    // words, … “…”" had given the quote to a man named in between)
    let d = doc("Talks. Spokeswoman Ann Lee said the plan was theft. According to her, Oslo has prepared a list of measures.");
    reported(&d, "Oslo has prepared a list of measures", "Ann Lee");
    let d = doc("Talks. Spokeswoman Ann Lee said the plan was theft. She commented on a call by Chancellor Tom Hale, who had urged Oslo to send missiles. In her words, such deliveries would make Norway \"a direct participant in the conflict.\"");
    quote(&d, "a direct participant in the conflict.", "Ann Lee");
}

#[test]
fn a_senior_diplomat_taken_up_is_the_one_named_last() {
    // ("The senior diplomat noted" after two diplomats had spoken as the phrase)
    let d = doc("Talks. Foreign Ministry spokeswoman Ann Lee said it was theft. Deputy Foreign Minister Tom Hale said that Oslo remained open to dialogue. The senior diplomat noted that no date had been set.");
    reported(&d, "The senior diplomat noted that no date had been set", "Tom Hale");
}

#[test]
fn a_state_body_after_a_bare_apostrophe_speaks() {
    // ("Belarus' defence ministry said" had spoken as the country: a name ending in "s" takes
    // a bare apostrophe, written against it, as others take "'s")
    let d = doc("Ships. Cyprus' foreign ministry said on Monday that the tankers had left the port.");
    reported(&d, "Cyprus' foreign ministry said on Monday that the tankers had left the port", "Cypriot foreign ministry");
}

#[test]
fn where_an_opening_participle_wrote_is_no_statement() {
    // ("Writing on Telegram, he accused …" had a statement "on Telegram"; a clause told there
    // stays one)
    let d = doc("Talks. The deputy minister, Ivan Petrov, went further. Writing on Telegram, he accused the Nordic states of escalation.");
    assert!(d.statements.iter().all(|s| d.slice(s.text) != "on Telegram"), "{}", dump(&d));
    reported(&d, "Writing on Telegram, he accused the Nordic states of escalation", "Ivan Petrov");
}

#[test]
fn according_to_the_official_taken_up_speaks_for_its_body() {
    // ("According to the official, …" after "A senior NATO official, who spoke on condition of
    // anonymity, said …" had the speaker "the official"; the subject "The official said" was
    // already the body's)
    let d = doc("Talks. A senior NATO official, who spoke on condition of anonymity, said the plan was ready. According to the official, the troops would move in May.");
    reported(&d, "the troops would move in May", "NATO");
}

#[test]
fn quarrels_and_conditional_beliefs_are_no_statements() {
    // ("with Dassault and Airbus arguing over the division of work" and "the treaty allows any
    // member to ask for talks when it believes its security is threatened" had been statements)
    let d = doc("Jets. The two makers have been arguing over the division of work for a year.");
    assert!(d.statements.iter().all(|s| s.cue != "arguing"), "{}", dump(&d));
    let d = doc("Pact. Article 4 of the treaty, which lets any member call talks when it believes its security is threatened, was invoked by Norway.");
    assert!(d.statements.iter().all(|s| s.cue != "believes"), "{}", dump(&d));
}

#[test]
fn the_agency_is_the_board_or_service_named_before() {
    // ("according to Estonia's Police and Border Guard Board … the agency said" had the
    // speaker "the agency"; a board, service or authority of state is an agency too)
    let d = doc("Ships. The tanker was boarded on Tuesday, according to the Coastal Administration Board. The ship had no valid insurance, the agency said.");
    reported(&d, "The ship had no valid insurance, the agency said", "Coastal Administration Board");
}

#[test]
fn a_colon_before_a_quotation_after_a_platform_gives_the_quotation_alone() {
    // ('wrote on his Truth Social platform: "…"' had a reported statement cut at the quotation's
    // first full stop beside the quotation)
    let d = doc("Talks. President Tom Hale wrote on his social media platform: \"Very bad. Norway must pay!\" He said nothing else.");
    assert!(d.statements.iter().all(|s| s.kind == Direct || !d.slice(s.text).contains("platform")), "{}", dump(&d));
    quote(&d, "Very bad. Norway must pay!", "Tom Hale");
}

#[test]
fn an_infinitive_with_nothing_after_asks_nothing() {
    // ('"…, parliament will have to decide, and I will ask it to," X said' had a demand of
    // '," X said')
    let d = doc("Army. \"If the numbers are not there, parliament will have to decide, and I will ask it to,\" Ola Berg said.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).starts_with(',')), "{}", dump(&d));
}

#[test]
fn an_office_for_a_capitalised_portfolio_before_a_name() {
    // ("European Commissioner for Economy X", "Minister for Foreign Affairs X" had no role;
    // not "spokesperson for Prime Minister X", whose title after "for" is X's)
    let d = doc("Talks. Minister for Foreign Affairs Ana Lind said the deal was done. European Commissioner for Trade Dan Berg agreed.");
    role(&d, "Ana Lind", "Minister");
    role(&d, "Dan Berg", "Commissioner");
    let d = doc("Talks. A spokesperson for Prime Minister Tom Hale said the deal was done.");
    assert!(d.roles.iter().all(|r| !r.head.eq_ignore_ascii_case("spokesperson")), "{}", dump(&d));
}

#[test]
fn in_what_a_named_speaker_called_is_that_speakers() {
    // ('…, the Polish military said Thursday, in what Prime Minister X called "…"' had been the
    // military's quotation; a pronoun there is left to the cue's own rules)
    let d = doc("Storm. The storm hit the coast overnight, the Danish military said on Friday, in what Prime Minister Ola Berg called \"the worst night in decades.\"");
    quote(&d, "the worst night in decades.", "Ola Berg");
    let d = doc("Talks. The army said it had acted, in what Norway described as \"a clear breach.\"");
    quote(&d, "a clear breach.", "Norway");
}

#[test]
fn pressure_kept_up_until_an_actor_acts_is_a_condition() {
    // ('"We will keep up the pressure until Russia agrees to a full ceasefire"' gave no demand;
    // what is kept until no actor acts asks no one)
    let d = doc("Talks. \"We will keep up the pressure until Norway agrees to a ceasefire,\" Ana Lind said.");
    demand(&d, "Ana Lind", Some("Norway"), "Norway agrees to a ceasefire", DemandKind::Condition);
    let d = doc("Borders. Ana Lind said Sweden would keep border checks in place until the number of arrivals fell.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_relative_clause_of_being_holds_an_appositive_title() {
    // (", who is now deputy chairman of Russia's Security Council," had given no role)
    let d = doc("Money. Tom Hale, who is now chairman of the Harbor Bank, agreed. Ole Dahl, who is also the mayor of Bergen, agreed.");
    assert_eq!(role_of(&d, role(&d, "Tom Hale", "chairman")).as_deref(), Some("Harbor Bank"), "{}", dump(&d));
    role(&d, "Ole Dahl", "mayor");
}

#[test]
fn a_place_with_a_relative_clause_of_where_is_the_subject() {
    // ("Belgium, where most of the assets are held …, has demanded guarantees" had no demander)
    let d = doc("Money. Norway, where most of the assets are held, has urged Sweden to share the risk.");
    demand(&d, "Norway", Some("Sweden"), "share the risk", DemandKind::Appeal);
}

#[test]
fn a_quotation_inside_an_asking_yet_to_come_is_the_reporters() {
    // ('X said Warsaw would ask allies to finance a joint "drone wall"' had been Poland's
    // quotation; an asking done is the asker's)
    let d = doc("Walls. Defence Minister Ola Berg said Oslo would ask allies to finance a joint \"drone wall\" along the border. Tom Hale said Sweden asked allies for a \"shield\".");
    quote(&d, "drone wall", "Ola Berg");
    quote(&d, "shield", "Sweden");
}

#[test]
fn as_long_as_is_one_condition_inside_a_report() {
    // ("Berg said Norway would not sign as long as Sweden refused to pay" had been cut at "as",
    // with a demand "as long"; a quotation before "as long as X …" is not X's)
    let d = doc("Talks. Ola Berg said Norway would not sign as long as Sweden refused to pay.");
    reported(&d, "Ola Berg said Norway would not sign as long as Sweden refused to pay", "Ola Berg");
    assert!(d.demands.iter().all(|m| d.slice(m.what) != "as long"), "{}", dump(&d));
    let d = doc("Troops. Chancellor Tom Hale said a decision on ground troops was \"premature\" as long as Norway refused to stop its attacks.");
    quote(&d, "premature", "Tom Hale");
}

#[test]
fn officials_in_a_capital_said_with_an_adverb_before_that_speak_for_its_state() {
    // ("Officials in Oslo said privately that …" had given no statement: the adverb hid the
    // clause after the cue)
    let d = doc("Talks. Norway and Sweden met. Officials in Oslo said privately that the plan was dead.");
    reported(&d, "Officials in Oslo said privately that the plan was dead", "Norway");
}

#[test]
fn a_ministry_after_a_country_of_two_words_and_its_possessive_is_the_ministry() {
    // ("Ivory Coast's foreign ministry said" had spoken as the country: only a country of one
    // word was taken before the possessive)
    let d = doc("Talks. South Africa's foreign ministry said it had taken note of the decision. New Zealand's foreign ministry said the talks would go on.");
    reported(&d, "South Africa's foreign ministry said it had taken note of the decision", "South African foreign ministry");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref().is_some_and(|w| w.contains("Zealand") && w.contains("foreign ministry"))), "{}", dump(&d));
}

#[test]
fn a_warning_and_its_unless_clause_give_one_demand() {
    // ("Kabore warned that Burkina Faso would close its southern border unless Ivory Coast
    // handed over …" gave two demands of one thing asked, the warner's and the clause's, which
    // the store joined into one node of two demanders)
    let d = doc("Talks. Tom Hale warned that Norway would close its border unless Sweden handed over the suspects.");
    assert_eq!(d.demands.len(), 1, "{}", dump(&d));
    demand(&d, "Norway", Some("Sweden"), "handed over the suspects", DemandKind::Threat);
    // (the clause's subject facing what the warner threatens: the warner asks it)
    let d = doc("Talks. The European Union warned that Russia would face new sanctions unless it withdrew its troops.");
    assert_eq!(d.demands.len(), 1, "{}", dump(&d));
    demand(&d, "European Union", Some("Russia"), "withdrew its troops", DemandKind::Threat);
}

#[test]
fn a_quote_after_a_passive_cue_is_not_its_subjects() {
    // ("…, said Ambassador X had been declared “persona non grata”" had made the ambassador
    // the speaker of the words said about him)
    let d = doc("Talks. Foreign Minister Tom Hale said the envoy Ann Lee had been declared \"an unwelcome guest\" by the cabinet.");
    assert_ne!(speaker_of(&d, "an unwelcome guest").as_deref(), Some("Ann Lee"), "{}", dump(&d));
}

#[test]
fn a_quoted_topic_of_a_discussion_in_a_report_is_the_reporters() {
    // ("X said the leaders would discuss “both the crisis and …”" had spoken as "the leaders")
    let d = doc("Summit. Executive Secretary Tom Hale said the leaders would discuss \"both the border dispute and the refugee crisis\" on Friday.");
    assert_eq!(speaker_of(&d, "both the border dispute and the refugee crisis").as_deref(), Some("Tom Hale"), "{}", dump(&d));
}

#[test]
fn the_un_agency_is_the_un_agency_named_before() {
    // ("In a statement, the UN agency said it had cut rations" after "The World Food
    // Programme (WFP) has warned …" had spoken as the United Nations)
    let d = doc("Aid. The World Food Programme (WFP) has warned of famine in Quarnby province. In a statement released on Wednesday, the UN agency said it had been forced to cut rations.");
    reported(&d, "the UN agency said it had been forced to cut rations", "WFP");
}

#[test]
fn an_offices_possessive_in_an_appositive_owns_the_title_after_it() {
    // ("X, the secretary-general's personal envoy for Sudan," had made X the secretary-general)
    let d = doc("Talks. Tom Hale, the secretary-general's personal envoy for Norway, told the council that fighting had spread.");
    role(&d, "Tom Hale", "envoy");
    assert!(d.roles.iter().all(|r| !r.head.to_lowercase().contains("secretary")), "{}", dump(&d));
}

#[test]
fn an_opening_speaker_described_by_a_title_is_the_person_named_with_it_next() {
    // ("The U.N. envoy for Sudan warned the Security Council …" then "X, the secretary-general's
    // personal envoy for Sudan, told …" had left the first statement to the phrase)
    let d = doc("UN envoy warns council\n\nThe U.N. envoy for Norway warned the Security Council on Tuesday that the war was spreading.\n\nTom Hale, the secretary-general's personal envoy for Norway, told the council that fighting had reached the coast.");
    reported(&d, "The U.N. envoy for Norway warned the Security Council on Tuesday that the war was spreading", "Tom Hale");
}

#[test]
fn a_quote_before_two_bodies_joined_by_a_slash_and_a_spokesman_is_the_spokesmans() {
    // ('"…," AFC/M23 spokesman X said' had spoken as the first body, with no cue)
    let d = doc("Talks. The Vexmoor Front (VF) accused the army of attacking.\n\n\"We will defend our positions,\" VF/M44 spokesman Tom Hale said in a communique posted on X.");
    quote(&d, "We will defend our positions,", "Tom Hale");
}

#[test]
fn the_government_under_a_capitals_dateline_is_that_state() {
    // ("JUBA, South Sudan — … The government has denied the charge" had spoken as the phrase,
    // the story naming Sudan as well)
    let d = doc("Aid cut\n\nOSLO, Norway — Sweden and Finland sent aid on Monday. Opposition politicians accused the government of diverting funds. The government has denied the charge.");
    reported(&d, "The government has denied the charge", "Norway");
}

#[test]
fn a_quotation_opening_after_an_addressee_written_as_a_group_holds_what_is_asked() {
    // ('called on both parties "to honour the commitments …"' had given no demand, and
    // 'urged both parties "to …"' the quotation's mark in what is asked)
    let d = doc("Talks. The mediator, Tom Hale, called on both parties \"to honour the commitments they made in Bergen.\" Ann Lee urged all armed groups \"to guarantee safe access\" for convoys.");
    demand(&d, "Tom Hale", Some("both parties"), "honour the commitments they made in Bergen", DemandKind::Appeal);
    // (the quotation closing inside what is asked stays: what is asked runs on after it)
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("guarantee safe access")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("all armed groups"), "{}", dump(&d));
}

#[test]
fn a_question_put_in_an_opening_asked_clause_is_no_statement() {
    // ("Asked whether he was referring to the United Arab Emirates, …, he declined to name any
    // country" had made "he was referring to …" a statement of the envoy)
    let d = doc("Talks. The envoy Tom Hale spoke to reporters. Asked whether he was referring to Norway, he declined to name any country.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).contains("referring")), "{}", dump(&d));
}

#[test]
fn a_ministry_after_a_country_of_two_words_and_a_coast_guard_are_bodies() {
    // ("South Korea's unification ministry said" had spoken as South Korea: only a country of
    // one word before the possessive named a body; "the Philippine coast guard said" and
    // "Norway's coast guard" as the state)
    let d = doc("Talks. South Korea's unification ministry said it regretted the decision. New Zealand's trade ministry said the talks had failed.");
    reported(&d, "South Korea's unification ministry said it regretted the decision", "South Korean unification ministry");
    reported(&d, "New Zealand's trade ministry said the talks had failed", "New Zealand trade ministry");
    let d = doc("Sea. The Philippine coast guard said a boat had sunk. Norway's coast guard said it had sent a ship.");
    reported(&d, "The Philippine coast guard said a boat had sunk", "Philippine Coast Guard");
    reported(&d, "Norway's coast guard said it had sent a ship", "Norwegian coast guard");
}

#[test]
fn a_name_written_family_name_first_gives_no_sex_by_its_first_word() {
    // ("Lin also criticised … “…,” he told reporters" had gone to a man named before: the
    // first-name list marks "Lin", a family name here, a woman's name)
    let d = doc("Talks. Press secretary Tom Hale said on Friday that the talks had failed.\n\nAt the briefing, spokesman Lin Jian said the patrols were illegal. \"The sea is not a hunting ground,\" he told reporters.");
    quote(&d, "The sea is not a hunting ground,", "Lin Jian");
    let d = doc("Talks. Press secretary Tom Hale said on Friday that the talks had failed.\n\nKim Jong Un oversaw the launch. \"We will never give up,\" he told officers.");
    quote(&d, "We will never give up,", "Kim Jong Un");
    // (a Western name keeps its sex: "Lin Carter" is a woman here)
    let d = doc("Talks. Tom Hale said on Friday that the talks had failed.\n\nLin Carter spoke next. \"The sea is calm,\" he told reporters.");
    quote(&d, "The sea is calm,", "Tom Hale");
}

#[test]
fn the_newspaper_is_the_paper_named_before() {
    // ("The Global Times, which is published by the People's Daily, struck a harsher note. In
    // an editorial, the newspaper said …" had spoken as "the newspaper")
    let d = doc("Talks. The Oslo Times, which is owned by the Bergen Daily, struck a harsher note. In an editorial on Friday, the newspaper said the talks had failed.");
    reported(&d, "the newspaper said the talks had failed", "Oslo Times");
    let d = doc("Talks. The scandal was first reported by the Vardo Herald. The newspaper said the mayor had resigned.");
    reported(&d, "The newspaper said the mayor had resigned", "Vardo Herald");
}

#[test]
fn a_body_spokesperson_in_a_capital_after_a_is_that_states_body() {
    // ("a foreign ministry spokesperson in Beijing said" had spoken as the phrase: only "the"
    // opened a body named by its office alone; "An army spokesperson in Srinagar" after "the
    // Indian Army" was left, as another army might be meant)
    let d = doc("Talks. Norway hosted the talks in Oslo on Monday. Asked about the summit, a foreign ministry spokesperson in Stockholm said Sweden hoped for calm.");
    reported(&d, "a foreign ministry spokesperson in Stockholm said Sweden hoped for calm", "Swedish foreign ministry");
    let d = doc("Border. Norway and Sweden traded fire. \"The Swedish Army responded,\" an officer said. An army spokesperson in Stockholm said Norwegian troops had violated the ceasefire.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).starts_with("An army spokesperson") && who(&d, s).is_some_and(|w| w.starts_with("Swed"))), "{}", dump(&d));
}

#[test]
fn the_adjective_side_asked_is_that_state() {
    // ('"We urge the Japanese side to reflect on its mistakes," Lin said' had left "the
    // Japanese side" unresolved, so the demand's addressee was wrong)
    let d = doc("Talks. Norway and Sweden met in Oslo. \"We urge the Swedish side to withdraw its remarks,\" Tom Hale said.");
    demand(&d, "Tom Hale", Some("Sweden"), "withdraw its remarks", DemandKind::Appeal);
}

#[test]
fn a_body_named_in_apposition_with_its_initials_speaks() {
    // ('"…," the military's media wing, Inter-Services Public Relations (ISPR), said' had
    // spoken as "the military's media wing": the initials in brackets hid the closing comma)
    let d = doc("Border. \"Our forces responded,\" the army's press office, the Joint Information Bureau (JIB), said in a statement.");
    quote(&d, "Our forces responded,", "Joint Information Bureau");
}

#[test]
fn a_body_of_another_named_with_its_initials_speaks_as_the_first() {
    // ("The Eastern Theatre Command of the People's Liberation Army (PLA) said" had spoken as
    // the army: the initials in brackets named the speaker)
    let d = doc("Drills. The Northern Command of the Royal Norwegian Navy (RNN) said the drills would end on Friday.");
    reported(&d, "The Northern Command of the Royal Norwegian Navy (RNN) said the drills would end on Friday", "Northern Command");
    // (a body's own initials still name it)
    let d = doc("Drills. The department of fisheries and oceans (DFO) said the drills would end on Friday.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("DFO")), "{}", dump(&d));
}

#[test]
fn a_passive_participle_of_a_cue_in_an_appositive_keeps_the_statement() {
    // ("The Global Times, a tabloid published by the ruling Communist Party's People's Daily,
    // said in an editorial that …" had no statement: "published" ended the subject's search)
    let d = doc("Drills. The Oslo Sun, a tabloid published by the Bergen Daily, said in an editorial that the drills would continue.");
    reported(&d, "The Oslo Sun, a tabloid published by the Bergen Daily, said in an editorial that the drills would continue", "Oslo Sun");
}

#[test]
fn a_cue_in_an_object_relative_clause_leaves_the_main_clause_its_statement() {
    // ("Lai Ching-te, whom Beijing calls a “separatist”, wrote on Facebook that …" had been
    // Beijing's statement running to the sentence's end, and Lai's lost)
    let d = doc("Drills. Tom Lane, whom Oslo calls a \"traitor\", wrote on Facebook that the drills were illegal.");
    reported(&d, "Tom Lane, whom Oslo calls a \"traitor\", wrote on Facebook that the drills were illegal", "Tom Lane");
    quote(&d, "traitor", "Norway");
    let d = doc("Drills. Ann Lee, who critics accuse of lying, said the drills were illegal.");
    reported(&d, "Ann Lee, who critics accuse of lying, said the drills were illegal", "Ann Lee");
    // (a subject relative clause keeps its own statement)
    let d = doc("Drills. Jo Roe, who said the drills were illegal, resigned on Monday.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jo Roe")), "{}", dump(&d));
}

#[test]
fn a_claim_to_land_or_sea_and_suspected_before_a_noun_say_nothing() {
    // ("Both countries claim the Himalayan region in full" had been a statement; "… coast guard
    // and suspected militia vessels were in the area" had been cut in two at "suspected")
    let d = doc("Sea. Both countries claim the disputed region in full. Norway claims almost the entire Barents Sea.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Sea. According to the Norwegian navy, two frigates and suspected militia boats were in the area.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    // (a claim with a clause after its object is speech)
    let d = doc("Sea. Norway claims Sweden provoked the crisis.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn a_time_between_which_and_a_verb_of_asking_keeps_the_antecedent_the_demander() {
    // ("the European Union, which last week urged China to use its influence …" had no demand)
    let d = doc("Talks. The minister criticised the World Bank, which last week urged Norway to cut spending.");
    demand(&d, "World Bank", Some("Norway"), "cut spending", DemandKind::Appeal);
}

#[test]
fn what_a_red_line_draws_is_demanded_by_the_speaker() {
    // ("Our red line is clear: no recognition of occupation", "X was a red line", "That is our
    // red line" had given no demand)
    let d = doc("Talks. \"Our red line is clear: no recognition of occupation,\" Tom Hale wrote on X.");
    demand(&d, "Tom Hale", None, "no recognition of occupation", DemandKind::Demand);
    let d = doc("Talks. Spokeswoman Ann Lee said the border question was \"the first red line that must not be crossed\".");
    demand(&d, "Ann Lee", None, "the border question", DemandKind::Demand);
    let d = doc("Talks. \"Everybody who can pay must pay. That is our red line,\" Tom Hale said.");
    assert!(d.demands.iter().any(|m| m.cue == "red line" && d.slice(m.what) == "Everybody who can pay must pay"), "{}", dump(&d));
}

#[test]
fn accused_of_with_no_one_between_is_a_passive_charge() {
    // ("would add more companies accused of supplying the army, two of the sources said" had
    // made the companies the speakers of "accused")
    let d = doc("Sanctions. The package would also add more companies accused of supplying the army, two of the sources said.");
    assert!(d.statements.iter().all(|s| s.cue != "accused"), "{}", dump(&d));
    // (a relative clause with its own subject keeps the accusation)
    let d = doc("Sanctions. Norway froze the assets of officials it accuses of rigging the vote.");
    assert!(d.statements.iter().any(|s| s.cue == "accuses"), "{}", dump(&d));
}

#[test]
fn a_clause_after_a_comma_and_as_ends_an_addressee_tail() {
    // ("…, three diplomatic sources told Reuters on Wednesday, as U.S.-brokered peace talks
    // stalled." had taken the words after the cue as what was said)
    let d = doc("Sanctions. Nordic governments are preparing a new package of sanctions against Sweden that would target its fleet of tankers, three diplomatic sources told the Oslo Post on Wednesday, as U.S.-brokered peace talks stalled.");
    let s = d.statements.iter().find(|s| s.cue == "told").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(d.slice(s.text).starts_with("Nordic governments are preparing"), "{}", dump(&d));
}

#[test]
fn an_office_no_one_holds_taken_up_right_after_the_lede_is_its_subject() {
    // ("Tom Hale has said … . Speaking to broadcasters, the prime minister said …" had left
    // "the prime minister" unresolved where the story names Hale with no office)
    let d = doc("Troops. Tom Hale has said Norway is ready to send troops. Speaking to broadcasters, the prime minister said Norway would play \"a leading role\".");
    reported(&d, "the prime minister said Norway would play \"a leading role\"", "Tom Hale");
    // (not where someone holds the office, nor after a person named with another role)
    let d = doc("Troops. Ann Lee, a farmer, said the plan was bad. The prime minister said Norway would act.");
    assert!(d.statements.iter().filter(|s| s.cue == "said").all(|s| who(&d, s).as_deref() != Some("Ann Lee") || d.slice(s.text).starts_with("Ann")), "{}", dump(&d));
}

#[test]
fn why_a_source_is_unnamed_is_no_statement_of_its_own() {
    // ("The officials, who spoke on condition of anonymity to discuss private deliberations,
    // said …" had made a statement of "discuss" and lost the one of "said")
    let d = doc("Aid. Two Norwegian officials, who spoke on condition of anonymity to discuss private deliberations, said the package could be worth $500 million.");
    assert!(d.statements.iter().all(|s| s.cue != "discuss"), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| s.cue == "said" && d.slice(s.text).ends_with("worth $500 million")), "{}", dump(&d));
    let d = doc("Strikes. Norway struck targets overnight. A Norwegian defence official, speaking on condition of anonymity to discuss military operations, told reporters that the strikes involved fighter jets.");
    assert!(d.statements.iter().any(|s| s.cue == "told" && who(&d, s).as_deref() == Some("Norway")), "{}", dump(&d));
}

#[test]
fn pressed_those_asked_for_what_is_asked() {
    // ("Kyiv pressed its allies for firm security guarantees" had given no demand)
    let d = doc("Talks. Norway pressed its allies for firm security guarantees.");
    demand(&d, "Norway", Some("its allies"), "firm security guarantees", DemandKind::Appeal);
    // (not a reporter's request for comment)
    let d = doc("Talks. Reporters pressed the ministry for comment.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn who_stood_by_after_the_addressee_ends_the_cue_tail() {
    // ('"…," X told reporters at the start of the meeting, flanked by Y.' had made a second,
    // reported statement of the tail)
    let d = doc("Talks. \"We will not let Oslo down,\" Tom Hale told reporters at the start of the meeting, flanked by Prime Minister Ann Lee.");
    assert!(d.statements.iter().all(|s| s.kind == Direct), "{}", dump(&d));
}

#[test]
fn a_states_presidency_speaks_for_the_state() {
    // ("According to a statement from the French presidency, …" had spoken as the phrase)
    let d = doc("Talks. Norway and Sweden met. According to a statement from the Norwegian presidency, the leaders agreed to meet again.");
    reported(&d, "the leaders agreed to meet again", "Norway");
}

#[test]
fn a_state_body_opening_a_capitalised_office_owns_it() {
    // ("Vexmoor Foreign Ministry Spokeswoman X", as agencies capitalise the office, had given
    // the title "Foreign Ministry Spokeswoman" of the state and no body; "the Foreign Ministry
    // said" further on then resolved to another state's ministry named after it)
    let d = doc("Talks. Norwegian Foreign Ministry Spokeswoman Ann Lind said the talks had failed.");
    let r = role(&d, "Ann Lind", "spokeswoman");
    assert_eq!(role_of(&d, r).as_deref(), Some("Norwegian Foreign Ministry"), "{}", dump(&d));
}

#[test]
fn an_office_with_a_portfolio_after_a_body_keeps_its_holder() {
    // ("Norway's Parliament Commissioner for Human Rights X said" had no person at all; "for
    // Rights X" had been a person's name; "for Human Rights", "Human" taken for a town)
    let d = doc("Talks. Norway's Parliament Commissioner for Human Rights Tom Hale said the talks had failed. The ombudsman said that the prisoners were ill.");
    let r = role(&d, "Tom Hale", "commissioner");
    assert_eq!(r.title, "Commissioner for Human Rights");
    assert_eq!(speaker_of(&d, "The ombudsman said that the prisoners were ill").as_deref(), Some("Tom Hale"), "{}", dump(&d));
    let d = doc("Talks. The Parliament Commissioner for Education Jane Roe said the talks had failed.");
    role(&d, "Jane Roe", "commissioner");
    let d = doc("Talks. Commissioner for Human Rights Jane Roe said the talks had failed.");
    assert!(!d.entities.iter().any(|e| e.kind == newsgraph::model::EntityKind::Place), "{}", dump(&d));
}

#[test]
fn the_head_of_state_is_the_president_named_before() {
    // ("The head of state noted that …" had no statement)
    let d = doc("Talks. President Tom Hale said on Sunday that the talks had failed. The head of state noted that the oldest prisoner was 61.");
    reported(&d, "The head of state noted that the oldest prisoner was 61", "Tom Hale");
}

#[test]
fn a_long_title_chain_after_a_quote_names_its_speaker() {
    // ('"…," Vexmoor's Parliament Commissioner for Human Rights X said' and '"…," Nordic Water
    // Agency (NWA) Director General X told reporters' had no speaker: the words before the
    // name were too many, or held a possessive or brackets)
    let d = doc("Talks. \"This is a systematic policy,\" Norway's Parliament Commissioner for Human Rights Tom Hale said at a briefing.");
    quote(&d, "This is a systematic policy,", "Tom Hale");
    let d = doc("Talks. \"We are playing with fire,\" Nordic Water Agency (NWA) Director General Ann Lind told reporters in Oslo.");
    quote(&d, "We are playing with fire,", "Ann Lind");
}

#[test]
fn a_relative_clause_with_a_day_before_a_verb_of_asking_keeps_its_antecedent() {
    // ("Chancellor X, who on Friday called on Moscow to agree to …" had no demand: "on Friday"
    // stood between "who" and the verb)
    let d = doc("Talks. Asked about Chancellor Tom Hale, who on Friday called on Norway to agree to a ceasefire, the spokesman said nothing.");
    demand(&d, "Tom Hale", Some("Norway"), "agree to a ceasefire", DemandKind::Appeal);
}

#[test]
fn a_quotation_after_an_expecting_inside_an_according_to_account_is_the_source_s() {
    // ('According to X, Moscow expects the United States to prevent "provocations"' had given
    // the quotation to Moscow, as 'X said Moscow expects …' does not)
    let d = doc("Talks. According to Hale, Oslo expects the United States to prevent \"provocations\" during the talks.");
    quote(&d, "provocations", "Hale");
}

#[test]
fn a_body_named_in_the_headline_and_again_with_its_state_is_one_for_the_ministry() {
    // ("Defence Ministry reports …" in a headline and "the Russian Defence Ministry said"
    // below had made "the ministry said" two paragraphs on ambiguous: no speaker)
    let d = doc("Kremlin says talks possible, Defence Ministry reports capture of village\nMOSCOW - The Norwegian Defence Ministry said in its daily report that units had taken a village.\nAccording to the ministry, the enemy lost 300 soldiers.\n\"Air defence systems shot down 112 drones,\" the ministry said in a statement.");
    quote(&d, "Air defence systems shot down 112 drones,", "Norwegian Defence Ministry");
}

#[test]
fn an_administration_official_speaks_as_the_united_states() {
    // ("A senior administration official told reporters …" had been an unnamed speaker as
    // written; the administration with no state named is that of the United States)
    let d = doc("Trade. The United States raised tariffs on Monday. A senior administration official told reporters the duties would stay. The official said talks would resume.");
    reported(&d, "A senior administration official told reporters the duties would stay", "United States");
    reported(&d, "The official said talks would resume", "United States");
    let d = doc("Trade. The United States raised tariffs. A senior administration official, who spoke on condition of anonymity to discuss the talks, told reporters the duties would stay.");
    reported(&d, "A senior administration official, who spoke on condition of anonymity to discuss the talks, told reporters the duties would stay", "United States");
    // (a state named with it is that state)
    let d = doc("Trade. The United States raised tariffs. A senior Norwegian administration official told reporters the duties would hurt.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("United States")), "{}", dump(&d));
}

#[test]
fn speaking_on_condition_of_anonymity_to_discuss_is_no_cue() {
    // ("who spoke on condition of anonymity to discuss private conversations, told reporters"
    // had a statement cued by "discuss"; "because he was not authorised to discuss …, told")
    let d = doc("Port. A senior harbour official, who spoke on condition of anonymity to discuss the talks, told reporters the port would reopen.");
    assert!(d.statements.iter().all(|s| s.cue != "discuss"), "{}", dump(&d));
    let d = doc("Port. A harbour official, speaking because he was not authorised to discuss the plan, told reporters the port would reopen.");
    assert!(d.statements.iter().all(|s| s.cue != "discuss"), "{}", dump(&d));
}

#[test]
fn an_abbreviated_office_before_a_name_is_written_out() {
    // ("Sen. Jane Roe, D-Ohio, said" had the title "Sen.", which names no office in words)
    let d = doc("Trade. Sen. Jane Roe, D-Ohio, said the tariffs were a tax. Rep. Tom Hale of Texas agreed.");
    assert_eq!(role(&d, "Jane Roe", "senator").title, "Senator", "{}", dump(&d));
    assert_eq!(role(&d, "Tom Hale", "representative").title, "Representative", "{}", dump(&d));
}

#[test]
fn a_party_and_state_tag_after_a_member_names_the_state() {
    // ("Sen. Jane Roe, D-Vermont, said" named no Vermont; "D-New Mexico" had been a place of
    // its own, "D-New Mexico", split from New Mexico)
    let d = doc("Trade. Sen. Jane Roe, D-Vermont, said the tariffs were a tax. Sen. Tom Hale, R-New Mexico, agreed. Rep. Ann Lee (D-Calif.) disagreed.");
    for place in ["Vermont", "New Mexico", "California"] {
        assert!(d.entities.iter().any(|e| e.name == place && e.kind == newsgraph::model::EntityKind::Place), "{place}\n{}", dump(&d));
    }
    reported(&d, "Sen. Jane Roe, D-Vermont, said the tariffs were a tax", "Jane Roe");
    assert_eq!(role(&d, "Jane Roe", "senator").title, "Senator", "{}", dump(&d));
    // (no tag without the comma or bracket: "the D-Day landings")
    let d = doc("History. Veterans marked the D-Day landings in Normandy.");
    assert!(d.entities.iter().all(|e| e.country.as_deref() != Some("US")), "{}", dump(&d));
}

#[test]
fn the_administration_unqualified_is_the_united_states() {
    // ("called on the administration to suspend …" had an addressee "the administration" of no
    // state)
    let d = doc("Aid. The United States sent aid to Norway. Sen. Jane Roe called on the administration to suspend the transfers.");
    demand(&d, "Jane Roe", Some("United States"), "suspend the transfers", DemandKind::Appeal);
    // (an administration of something else is not)
    let d = doc("Aid. The United States sent aid to Norway. Staff called on the administration of the hospital to resign.");
    assert!(d.demands.iter().all(|x| x.of.map(|o| party(&d, o)).as_deref() != Some("United States")), "{}", dump(&d));
}

#[test]
fn a_countrys_general_staff_in_lower_case_reports() {
    // ("Ukraine's general staff said Russian troops had launched …" had no statement at all;
    // "Ukraine's General Staff said" had)
    let d = doc("War. Norway's general staff said the troops had launched 150 assaults in 24 hours.");
    reported(&d, "Norway's general staff said the troops had launched 150 assaults in 24 hours", "Norwegian general staff");
    let d = doc("War. The Norwegian general staff said the troops had launched 150 assaults.");
    reported(&d, "The Norwegian general staff said the troops had launched 150 assaults", "Norwegian general staff");
}

#[test]
fn testifying_with_nothing_reported_is_no_statement() {
    // ("Rubio testified for nearly three hours before the Senate Foreign Relations Committee,
    // where …" had been a statement with no content)
    let d = doc("Hearing. Jane Roe testified for three hours before the Senate committee, where senators pressed her on the strikes.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Hearing. Jane Roe testified before the committee that the strikes were legal.");
    reported(&d, "Jane Roe testified before the committee that the strikes were legal", "Jane Roe");
}

#[test]
fn he_after_a_description_of_the_named_spokesperson_is_that_person() {
    // ("The Kremlin spokesman noted … . He said …" after "Kremlin spokesman Dmitry Peskov" had
    // given "he" to the Kremlin)
    let d = doc("Talks. Norway's government spokesman Tom Hale spoke to reporters. The government spokesman noted that contacts continued. He said no date had been set.");
    reported(&d, "He said no date had been set", "Tom Hale");
}

#[test]
fn the_spokesperson_of_a_described_holder_speaks_for_the_holder() {
    // ("The prime minister's official spokesman told reporters" had spoken as the phrase, as
    // "The president's office said" did before it was mended)
    let d = doc("Talks. Prime Minister Tom Hale met the envoy. The prime minister's official spokesman told reporters the talks were useful.");
    reported(&d, "The prime minister's official spokesman told reporters the talks were useful", "Tom Hale");
}

#[test]
fn who_a_verb_of_saying_spoke_to_is_as_after_told() {
    // ("Whitmore stated to LA Weekly that …" had been about LA Weekly: a medium spoken to is
    // where it was said, as after "told"; a state spoken to is, as after "told", about it)
    let d = doc("Case. Jane Roe, a spokeswoman for Vexmoor Bank, stated to the Quarby Herald newspaper that the bank would appeal. Roe said to CNN that the ruling was wrong.");
    let s = reported(&d, "Roe said to CNN that the ruling was wrong", "Jane Roe");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    let d = doc("Talks. Jane Roe complained to Germany that France had broken the deal.");
    let s = reported(&d, "Jane Roe complained to Germany that France had broken the deal", "Jane Roe");
    let a = about(&d, &s);
    assert!(a.contains(&"Germany".to_string()) && a.contains(&"France".to_string()), "{}", dump(&d));
}

#[test]
fn a_leader_described_by_a_countrys_adjective_is_that_countrys() {
    // ("the South Sudanese leader" had been no one: the adjective of two words was not read)
    let d = doc("Talks. Tom Hale, the president of South Sudan, met the envoy. Norway accused the South Sudanese leader of stalling.");
    let s = reported(&d, "Norway accused the South Sudanese leader of stalling", "Norway");
    assert_eq!(about(&d, &s), vec!["Tom Hale".to_string()], "{}", dump(&d));
    // ("Erleneson accused the Polish leader …" had been about the Georgian prime minister: an
    // adjective for a state the story never names is none of the named states' leaders, and
    // the title alone after it takes no one)
    let d = doc("Talks. Tom Hale, the president of South Sudan, met the envoy. Norway accused the Sudanese leader of stalling.");
    let s = reported(&d, "Norway accused the Sudanese leader of stalling", "Norway");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn the_royal_style_alone_is_the_one_person_written_with_it() {
    // ("Saudi Energy Minister Prince X … . The prince declined to say …" had spoken as the
    // phrase "The prince": the royal style is no role of its own)
    let d = doc("Oil. Energy Minister Prince Faisal bin Khalid met the ministers. The prince declined to say whether the group would cut output, saying only that it would \"act when needed.\"");
    quote(&d, "act when needed.", "Faisal bin Khalid");
    assert_eq!(speaker_of(&d, "The prince declined to say whether the group would cut output, saying only that it would \"act when needed.\"").as_deref(), Some("Faisal bin Khalid"), "{}", dump(&d));
    // (two princes named: the style alone chooses none)
    let d = doc("Oil. Prince Faisal bin Khalid met Prince Omar bin Saad. The prince said the talks went well.");
    assert_ne!(speaker_of(&d, "The prince said the talks went well").as_deref(), Some("Faisal bin Khalid"), "{}", dump(&d));
}

#[test]
fn a_portuguese_particle_after_first_name_and_surname_is_inside_the_name() {
    // ("The summit's president, André Corrêa do Lago, said …" had made a person "André
    // Corrêa" and no statement)
    let d = doc("Climate. The summit's president, Joana Ribeiro do Vale, said on Thursday that the talks had stalled.");
    reported(&d, "The summit's president, Joana Ribeiro do Vale, said on Thursday that the talks had stalled", "Joana Ribeiro do Vale");
    // (not "do" after one capitalised word: "Why do Americans …")
    let d = doc("Oil. Why do Americans drive so much? Jane Roe said they had no choice.");
    assert!(d.entities.iter().all(|e| !e.name.contains(" do ")), "{}", dump(&d));
}

#[test]
fn threatened_by_after_a_noun_names_no_speech() {
    // ("The Alliance …, which represents countries threatened by rising seas, said …" had made
    // "represents countries" the speaker of a threat)
    let d = doc("Climate. The Coalition of Coastal Towns, which represents towns threatened by rising seas, said the draft was weak.");
    reported(&d, "The Coalition of Coastal Towns, which represents towns threatened by rising seas, said the draft was weak", "Coalition of Coastal Towns");
}

#[test]
fn an_unnamed_negotiator_of_a_state_speaks_for_it() {
    // ("A Saudi negotiator, speaking on condition of anonymity, told the BBC …" had spoken as
    // the phrase, as "a Norwegian official" does not)
    let d = doc("Talks. Norway and Chile met in Oslo. A Norwegian negotiator, speaking on condition of anonymity, told reporters that the text was weak. Chilean negotiators said it was fair.");
    reported(&d, "A Norwegian negotiator, speaking on condition of anonymity, told reporters that the text was weak", "Norway");
    reported(&d, "Chilean negotiators said it was fair", "Chile");
}

#[test]
fn an_occupation_noun_after_one_left_unnamed_is_not_the_person_named_before() {
    // ("Secretary X wrote … . An executive at one of those refiners told AFP … . “…,” the
    // executive said" had given the quotation to X)
    let d = doc("Oil. Jane Roe wrote on X that the measures worked. A banker at one of the lenders told reporters that payments had stopped. \"Nobody wants to be next,\" the banker said.");
    assert_ne!(speaker_of(&d, "Nobody wants to be next,").as_deref(), Some("Jane Roe"), "{}", dump(&d));
    // (with no one unnamed between, the banker named before is meant)
    let d = doc("Oil. Jane Roe, a banker, spoke on Monday. \"Nobody wants to be next,\" the banker said.");
    quote(&d, "Nobody wants to be next,", "Jane Roe");
}

#[test]
fn a_quality_shown_in_quotation_marks_is_the_reporters_speakers() {
    // ("X wrote on X that OPEC+ had shown “unity and discipline.”" had given the quotation
    // to OPEC+)
    let d = doc("Oil. Energy Minister Jane Roe wrote on X that the group had shown \"unity and discipline.\"");
    quote(&d, "unity and discipline.", "Jane Roe");
}

#[test]
fn a_verb_of_encouraging_after_a_said_clause_asks_for_the_same_body() {
    // ("A State Department spokesperson, …, said … and encouraged Baghdad and Erbil to …" had
    // a statement of the department and no demand)
    let d = doc("Oil. A Harbor Department spokesperson said the pipeline should reopen and encouraged Oslo to settle its budget dispute.");
    demand(&d, "Harbor Department", Some("Norway"), "settle its budget dispute", DemandKind::Appeal);
}

#[test]
fn an_actor_and_other_unnamed_ones_speak_as_the_actor() {
    // ("According to delegates, Saudi Arabia and several other oil producers have insisted
    // that any reference to fossil fuels be removed" had made "several other oil producers"
    // the speaker, and no demand)
    let d = doc("Talks. According to delegates, Norway and several other producers have insisted that any reference to coal be removed.");
    reported(&d, "Norway and several other producers have insisted that any reference to coal be removed", "Norway");
    demand(&d, "Norway", None, "any reference to coal be removed", DemandKind::Demand);
    let d = doc("Talks. Chile and other Western countries said that the text was fair.");
    reported(&d, "Chile and other Western countries said that the text was fair", "Chile");
}

#[test]
fn said_after_a_subordinate_clause_is_the_main_subjects() {
    // ("He called on Brussels to “…” before the rules take effect and said QatarEnergy would
    // …" had no statement: "the rules" was taken for the subject of "said")
    let d = doc("Gas. Jane Roe spoke in Oslo. She called on Norway to act before the rules take effect and said the firm would redirect cargoes to Asia.");
    reported(&d, "She called on Norway to act before the rules take effect and said the firm would redirect cargoes to Asia", "Jane Roe");
    // (a subject of its own in the subordinate clause that speaks keeps the verb: no change)
    let d = doc("Gas. Jane Roe spoke in Oslo. She left before Tom Hale arrived and said nothing more.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Tom Hale")), "{}", dump(&d));
}

#[test]
fn a_condition_before_an_inverted_warning_is_a_threat() {
    // ("Qatar could halt … shipments to Europe if the European Union does not soften a new
    // law, Minister X warned on Sunday." had no demand: the condition was looked for after
    // the cue only, and "if" with a subject of three words before "not" was none)
    let d = doc("Gas. Chile met Peru. Prices could rise sharply if the Peruvian Congress does not approve the deal, Energy Minister Jane Roe warned on Sunday.");
    demand(&d, "Jane Roe", Some("Peruvian Congress"), "approve the deal", DemandKind::Threat);
}

#[test]
fn the_state_a_minister_speaks_for_threatens_in_his_warning() {
    // ("Turkish Energy Minister X … warned that Turkey could turn to other suppliers if Iraq
    // did not move quickly" had the minister as the one who threatens; the state opening the
    // clause does, as "Turkey would not accept … unless Iraq …" already had it)
    let d = doc("Gas. Norwegian Energy Minister Tom Hale spoke in Oslo. He warned that Norway could turn to other buyers if Sweden did not pay quickly.");
    demand(&d, "Norway", Some("Sweden"), "pay quickly", DemandKind::Threat);
    // (a state the speaker holds no office for is no threatener: "the EU could lose …")
    let d = doc("Gas. Jane Roe spoke in Oslo. She warned that Norway could lose its market if Sweden did not pay.");
    demand(&d, "Jane Roe", Some("Sweden"), "pay", DemandKind::Threat);
}

#[test]
fn needing_an_actor_to_act_asks_it() {
    // ("“We need the commission to listen,” X said" had no demand, as "we want Oslo to …" has)
    let d = doc("Gas. Jane Roe said Norway needs Sweden to deliver more gas.");
    demand(&d, "Norway", Some("Sweden"), "deliver more gas", DemandKind::Appeal);
    // (no actor after the verb: no demand)
    let d = doc("Gas. Jane Roe said the economy needs investors to return.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn the_government_in_a_ministers_report_is_the_ministers_state() {
    // ("Brazil's environment minister, X, … . She said the government had asked Petrobras to
    // …" had a demand by "the government" as written)
    let d = doc("Gas. Jane Roe, Norway's environment minister, spoke in Oslo. She said the government had asked the Harbor Oil Company to publish a plan.");
    demand(&d, "Norway", Some("Harbor Oil Company"), "publish a plan", DemandKind::Appeal);
    // (a speaker of no state keeps it as written)
    let d = doc("Gas. Jane Roe spoke in Oslo. She said the government had asked the Harbor Oil Company to publish a plan.");
    demand(&d, "the government", Some("Harbor Oil Company"), "publish a plan", DemandKind::Appeal);
}

#[test]
fn its_delegation_speaks_for_the_state_named_before() {
    // ("China … has so far stayed out of the dispute. A spokesperson for its delegation said
    // Beijing supported …" had spoken as "delegation")
    let d = doc("Talks. Chile has so far stayed out of the dispute. A spokesperson for its delegation said Santiago supported the text.");
    assert_eq!(speaker_of(&d, "delegation said Santiago supported the text").as_deref(), Some("Chile"), "{}", dump(&d));
    let d = doc("Talks. Chile has so far stayed out of the dispute. Its government said it supported the text.");
    reported(&d, "Its government said it supported the text", "Chile");
}

#[test]
fn a_czar_is_an_office() {
    // ("Border czar Tom Homan told …" had no role)
    let d = doc("Border. Drug czar Tom Hale told reporters the numbers had fallen.");
    role(&d, "Tom Hale", "czar");
}

#[test]
fn the_charity_after_the_noun_that_introduced_it_is_that_charity() {
    // ("The ship, run by the German charity SeaBridge, was fined …, the charity said" had
    // spoken as "the charity": a noun adjunct "a charity rescue ship" before it had counted as
    // another use of the word)
    let d = doc("Ships. Police held a charity rescue ship. The Vela, run by the Danish charity Marhjaelp, was fined 10,000 euros, the charity said.");
    reported(&d, "The Vela, run by the Danish charity Marhjaelp, was fined 10,000 euros, the charity said", "Marhjaelp");
}

#[test]
fn a_bare_plural_of_the_noun_takes_up_no_body_and_hides_none() {
    // ("Aid groups have blamed cuts … . The RSF has denied … . In a statement posted on
    // Telegram, the group said …" had spoken as "the group")
    let d = doc("War. Aid groups have blamed cuts for the shortfall. The Vexmoor Liberation Front has denied the claims. In a statement posted on Telegram, the group said its forces had opened corridors.");
    reported(&d, "the group said its forces had opened corridors", "Vexmoor Liberation Front");
}

#[test]
fn a_cue_word_inside_a_whose_clause_is_the_clauses() {
    // ("Prime Minister X, whose government has suspended the right to claim asylum at the
    // border, said …" had lost its statement: "claim" had been taken for the subject's verb)
    let d = doc("Border. Prime Minister Tom Hale, whose government has suspended the right to claim asylum at the border with Norway, said the plan was bad.");
    reported(&d, "Prime Minister Tom Hale, whose government has suspended the right to claim asylum at the border with Norway, said the plan was bad", "Tom Hale");
}

#[test]
fn claiming_asylum_is_no_statement() {
    // ("the right to claim asylum" had been a statement)
    let d = doc("Town. Many came to claim asylum in the town.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn the_coastguard_alone_is_the_stories_states_and_with_an_adjective_its_states() {
    // ("According to the coastguard, …" in a story from Italy had spoken as the phrase;
    // "coastguard" in one word, as British papers write it, was no state body)
    let d = doc("Sea. Italian police detained a ship in Italy on Monday. Italy said it was right. According to the coastguard, the ship had ignored orders. The Libyan coastguard said it had been on its way.");
    assert_eq!(speaker_of(&d, "the ship had ignored orders").as_deref(), Some("Italian coastguard"), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "The Libyan coastguard said it had been on its way").as_deref(), Some("Libyan coastguard"), "{}", dump(&d));
}

#[test]
fn an_office_opening_the_lede_is_the_person_the_next_sentence_opens_with() {
    // ("The home secretary has said France must take back … . Shabana Mahmood told MPs …" had
    // spoken as "The home secretary", and the shadow home secretary named further on did not
    // change that)
    let d = doc("Boats: Norway must do more, says minister\n\nThe justice minister has said Norway must take back more people who cross the fjord.\n\nJane Roe told MPs on Monday that the pilot had returned only 20 people.\n\nThe shadow justice minister, Tom Hale, accused the government of surrender.");
    reported(&d, "The justice minister has said Norway must take back more people who cross the fjord", "Jane Roe");
    // (not when the person the next sentence opens with holds a role of their own)
    let d = doc("Boats\n\nThe justice minister has said Norway must do more.\n\nJane Roe, a farmer, said the pilot had failed.");
    assert_ne!(speaker_of(&d, "The justice minister has said Norway must do more").as_deref(), Some("Jane Roe"), "{}", dump(&d));
}

#[test]
fn it_said_after_according_to_the_coastguard_named_twice_is_the_coastguard() {
    // ("… ignoring orders from the coastguard. … According to the coastguard, the ship …. The
    // Libyan coastguard had been alerted and was “on its way”, it said" had given the quote to
    // the charity named before: the second "the coastguard" had been left no one's)
    let d = doc("Ships\n\nItalian police held a ship in Italy for ignoring orders from the coastguard.\n\nThe Vela, run by the charity Marhjaelp, was fined, the charity said.\n\nAccording to the coastguard, the ship had ignored orders. The Libyan coastguard had been alerted and was \"on its way\", it said in a statement.");
    assert_eq!(speaker_of(&d, "the ship had ignored orders").as_deref(), Some("Italian coastguard"), "{}", dump(&d));
    quote(&d, "on its way", "Italian coastguard");
}

#[test]
fn asking_that_something_be_done_is_a_demand_and_insisting_that_it_could_is_none() {
    // ("asked that the case be dismissed" had given no demand; "insisted that only federal
    // agents could deport migrants" had been one)
    let d = doc("Court. Jane Roe asked that the case be dismissed. Tom Hale insisted that only federal agents could deport migrants.");
    demand(&d, "Jane Roe", None, "the case be dismissed", DemandKind::Demand);
    assert!(d.demands.iter().all(|x| party(&d, x.by) != "Tom Hale"), "{}", dump(&d));
}

#[test]
fn according_to_a_ministry_named_by_its_office_without_an_article_is_the_storys() {
    // ("…, according to interior ministry data" had spoken as "interior ministry data")
    let d = doc("Boats. Police held a ship off Norway. More than 6,000 people have reached Norway by sea this year, according to interior ministry data.");
    assert_eq!(speaker_of(&d, "More than 6,000 people have reached Norway by sea this year").as_deref(), Some("Norwegian interior ministry"), "{}", dump(&d));
}

#[test]
fn a_headlines_bare_office_after_says_is_the_one_the_lede_names() {
    // ("Channel migrants: France must take back more people, says home secretary" had no
    // statement and no demand: an office with no article after the cue was no speaker)
    let d = doc("Boats: Norway must take back more people, says justice minister\n\nThe justice minister has said Norway must take back more people who cross the fjord.\n\nJane Roe told MPs on Monday that the pilot had returned only 20 people.");
    reported(&d, "Boats: Norway must take back more people, says justice minister", "Jane Roe");
    demand(&d, "Jane Roe", Some("Norway"), "take back more people", DemandKind::Demand);
}

#[test]
fn asking_only_that_something_be_done_is_a_demand() {
    // ("We ask only that the world keeps its promises," had given no demand: "only" stood
    // between the verb and "that")
    let d = doc("Aid. \"Norway has kept its border open. We ask only that the world keeps its promises,\" Jane Roe said.");
    demand(&d, "Jane Roe", None, "the world keeps its promises", DemandKind::Demand);
}

#[test]
fn a_party_adjective_before_a_member_for_a_town() {
    // ("Tom Hale, the Conservative MP for Harwich," had made a person "for Harwich", and
    // "Tory MP for Harwich" one person of the whole run; the town was lost)
    let d = doc("Vote. Jane Roe, the Conservative MP for Harwich, urged colleagues to vote against the bill.");
    role(&d, "Jane Roe", "MP");
    assert!(d.entities.iter().all(|e| !(e.kind == newsgraph::model::EntityKind::Person && e.name.contains("Harwich"))), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Harwich" && e.kind == newsgraph::model::EntityKind::Place), "{}", dump(&d));
    let d = doc("Vote. Tom Hale, the Tory MP for Harwich, said the bill was unfair.");
    role(&d, "Tom Hale", "MP");
    reported(&d, "Tom Hale, the Tory MP for Harwich, said the bill was unfair", "Tom Hale");
    let d = doc("Vote. Ann Obi, a Dutch Green MEP, said she had abstained.");
    role(&d, "Ann Obi", "MEP");
    // (an office of a portfolio, then "of" and a country: no holder named "of Norway")
    let d = doc("Talks. Defence Minister of Norway Bo Lind met the envoy.");
    assert_eq!(role_of(&d, role(&d, "Bo Lind", "Defence Minister")).as_deref(), Some("Norway"), "{}", dump(&d));
}

#[test]
fn a_party_known_by_initials_of_its_own_language() {
    // ("the far-right National Rally (RN)" then "RN leader X" and "the RN's president" had
    // given no role: the initials are those of Rassemblement National, in another order)
    let d = doc("Vote. The far-right National Rally (RN) lost the vote. RN leader Jane Roe said the result was unfair. Tom Hale, the RN's president, agreed.");
    let r = role(&d, "Jane Roe", "leader");
    assert_eq!(role_of(&d, r).as_deref(), Some("National Rally"), "{}", dump(&d));
    role(&d, "Tom Hale", "president");
}

#[test]
fn european_parties_with_digits_in_their_names() {
    // ("D66 leader X", "JA21 leader X": parties of the lexicon, written with digits)
    let d = doc("Talks. D66 leader Jane Roe met JA21 leader Tom Hale on Monday.");
    assert_eq!(role_of(&d, role(&d, "Jane Roe", "leader")).as_deref(), Some("Democrats 66"), "{}", dump(&d));
    assert_eq!(role_of(&d, role(&d, "Tom Hale", "leader")).as_deref(), Some("JA21"), "{}", dump(&d));
}

#[test]
fn a_party_as_they_threatens_unless_it_acts() {
    // ("The Socialists … had warned the government that they would vote against it unless it
    // suspended …": "they" for a body the speaker is; "it" after "unless", taken for the
    // speaker, is the one threatened, unnamed)
    let d = doc("Talks. The Vexmoor Party said they would vote against the government unless it scrapped the tax.");
    let m = demand(&d, "Vexmoor Party", None, "scrapped the tax", DemandKind::Threat);
    assert_eq!(m.cue, "unless", "{}", dump(&d));
    // (a person's "they" is others)
    // (no threat of hers: the condition she reports, as for a forecast)
    let d = doc("Talks. Jane Roe said they would vote against the government unless it scrapped the tax.");
    assert!(d.demands.iter().all(|m| party(&d, m.by) != "Jane Roe" || m.kind == DemandKind::Condition), "{}", dump(&d));
}

#[test]
fn only_after_the_modal_makes_if_a_condition() {
    // ("X said his party would only join a coalition if it included a cap on asylum
    // applications": "only" after the modal, "if" further on; the speaker's party, named by
    // the role the speaker holds, sets it)
    let d = doc("Talks. Vexmoor Party leader Jane Roe said her party would only join a coalition if it included a cap on rents.");
    demand(&d, "Vexmoor Party", None, "it included a cap on rents", DemandKind::Condition);
    let d = doc("Talks. Jane Roe said she would only sign the deal if it included a cap on rents.");
    demand(&d, "Jane Roe", None, "it included a cap on rents", DemandKind::Condition);
}

#[test]
fn refusing_to_join_or_govern_with_a_party() {
    // ("would not join a cabinet with …", "we will not govern with …" had given no refusal)
    let d = doc("Talks. The Vexmoor Party said it would not join a cabinet with the Greens.");
    // (the Greens, a party the lexicon knows, are the one refused)
    demand(&d, "Vexmoor Party", Some("Greens"), "a cabinet with the Greens", DemandKind::Refusal);
    let d = doc("Talks. \"We will not govern with the far right,\" said Jane Roe.");
    demand(&d, "Jane Roe", None, "with the far right", DemandKind::Refusal);
}

#[test]
fn a_described_office_of_a_body_is_not_a_holder_whose_of_went_unread() {
    // ("Jane Roe, the president of the Vexmoor group, …. Tom Hale called on the Commission
    // president to …" had made Jane Roe the one called on)
    let d = doc("Vote. Jane Roe, the president of the Vexmoor group, attacked the plan. The European Commission defended it. Tom Hale called on the Commission president to come back within a month.");
    assert!(d.demands.iter().all(|m| m.of.map(|o| party(&d, o)).as_deref() != Some("Jane Roe")), "{}", dump(&d));
}

#[test]
fn a_short_name_before_a_listed_partys_initials_is_that_party() {
    // ("the Social Democrats (SPD)" then "An SPD spokesperson said": two nodes, and the
    // spokesperson taken up by "According to the spokesperson" had spoken as the phrase)
    let d = doc("Budget. Finance Minister Tom Hale of the Social Democrats (SPD) told lawmakers the plan was dead. An SPD spokesperson said the group had voted to back him.");
    reported(&d, "An SPD spokesperson said the group had voted to back him", "Social Democrats");
    assert_eq!(d.entities.iter().filter(|e| e.kind == newsgraph::model::EntityKind::Organization).count(), 1, "{}", dump(&d));
}

#[test]
fn political_scientists_informateurs_and_group_leaders_are_titles() {
    // ("Political scientist X of Sciences Po said", "Informateur X, a former mayor of …",
    // "X, the EPP group leader," had given no role)
    let d = doc("Talks. Political scientist Jane Roe of Vexmoor University said the vote was close. Informateur Tom Hale, a former mayor of Zwolle, met the leaders.");
    role(&d, "Jane Roe", "political scientist");
    role(&d, "Tom Hale", "informateur");
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Informateur")), "{}", dump(&d));
    let d = doc("Vote. Bo Lind, the EPP group leader, said the motion was a stunt.");
    assert_eq!(role_of(&d, role(&d, "Bo Lind", "group leader")).as_deref(), Some("European People's Party"), "{}", dump(&d));
}

#[test]
fn their_leader_is_of_the_party_named_before() {
    // ("The Socialists and Democrats (S&D) … made clear their patience was wearing thin. Their
    // leader, X, said …" had given a leader of no one)
    let d = doc("Vote. The Vexmoor Democrats, the second-largest group, made clear their patience was wearing thin. Their leader, Ann Obi, said the group would not wait.");
    assert_eq!(role_of(&d, role(&d, "Ann Obi", "leader")).as_deref(), Some("Vexmoor Democrats"), "{}", dump(&d));
}

#[test]
fn a_quote_in_a_second_that_clause_after_an_inner_verb_is_the_reporters() {
    // ("X said the Election Commission would announce a schedule … and that the interim
    // government would hand over power “…”" had given the quote to the commission; "told
    // journalists that the ministers had agreed on most of it but that “…” remained open" to
    // the ministers)
    let d = doc("Vote. Tom Poe, who leads the council, said the Harbor Commission would announce a date within days and that the council would hand over power \"on the first day\" after the count.");
    quote(&d, "on the first day", "Tom Poe");
    let d = doc("Talks. Secretary-General Ann Lee told journalists that the Harbor Union had agreed on most of the text but that \"one or two lines\" remained open.");
    quote(&d, "one or two lines", "Ann Lee");
    // (a quote right after the inner verb stays its subject's)
    let d = doc("Talks. Ann Lee said the Harbor Union had called the plan \"a disgrace\".");
    quote(&d, "a disgrace", "Harbor Union");
}

#[test]
fn an_age_and_a_laureate_after_a_quote_is_the_person_named_before() {
    // ("“…,” the 85-year-old Nobel laureate said" had spoken as the phrase)
    let d = doc("Vote. The vote will be held in May, interim leader Tom Hale said on Thursday. \"This will be the fairest vote we have held,\" the 85-year-old Nobel laureate said.");
    quote(&d, "This will be the fairest vote we have held,", "Tom Hale");
}

#[test]
fn ruled_for_a_span_of_years_is_governing_not_a_ruling() {
    // ("Hasina's Awami League, which ruled for 15 years, remains barred …" had been a statement
    // with the cue "ruled")
    let d = doc("Vote. The Harbor Party, which ruled for 15 years, remains barred from the vote.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Court. The judge ruled for the plaintiffs in the case.");
    assert!(!d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_report_that_opens_inside_a_quote_is_no_report_of_its_own() {
    // ("“… . There can be no double standards,” X said at the council, according to a
    // statement …" had been a reported statement running from the quote's last sentence)
    let d = doc("Talks. \"We are ready. There is no going back,\" Tom Hale said at the summit, according to a statement issued by the ministry.");
    assert!(d.statements.iter().all(|s| s.kind != StatementKind::Reported), "{}", dump(&d));
    // (a participle after the cue keeps its report, from the speaker on)
    let d = doc("Talks. \"We are ready. There is no going back,\" Tom Hale said, going on to say that the deal was dead.");
    reported(&d, "Tom Hale said, going on to say that the deal was dead", "Tom Hale");
}

#[test]
fn he_after_a_sentence_said_by_a_person_named_after_its_content_is_that_person() {
    // ("… since the uprising that toppled X …, interim leader Y said Thursday. “… . …,” the
    // 85-year-old Nobel laureate said" had been X's: the first person of the sentence before,
    // inside what Y said)
    let d = doc("Vote. Harbor will hold its first vote since the uprising that toppled Jane Roe, interim leader Tom Hale said on Thursday.\n\n\"This will be the fairest vote. We owe it to the young,\" the 85-year-old Nobel laureate said.");
    quote(&d, "This will be the fairest vote. We owe it to the young,", "Tom Hale");
    let d = doc("Vote. Talks with Jane Roe were useful, Tom Hale said on Friday.\n\n\"We will meet again,\" he said.");
    quote(&d, "We will meet again,", "Tom Hale");
}

#[test]
fn nusrat_is_a_given_name_of_either_sex() {
    // ("“…,” she said" after "Dr Nusrat Jahan Chowdhury … said" had gone to a man named before:
    // the first-name list had "Nusrat" as a man's name only)
    let d = doc("Vote. \"We want calm,\" said Tom Karim, a trader.\n\nDr Nusrat Begum, director of the Harbor Institute, said the council had failed. \"People must feel safe,\" she said.");
    quote(&d, "People must feel safe,", "Nusrat Begum");
}

#[test]
fn then_president_interim_leader_and_serving_as_an_office_are_roles() {
    // ("forced then-President X to flee" had no person nor role; "interim leader X said" and
    // "President X, who also serves as finance minister," had no role of that office)
    let d = doc("Crisis. The protests forced then-President Tom Hale to flee. Interim leader Jane Roe said the vote would go ahead. President Ann Lee, who also serves as finance minister, said taxes would not rise.");
    let r = role(&d, "Tom Hale", "president");
    assert!(r.former, "{}", dump(&d));
    role(&d, "Jane Roe", "interim leader");
    assert_eq!(role(&d, "Ann Lee", "minister").title, "finance minister", "{}", dump(&d));
    // ("then" with no hyphen stays a word of time)
    let d = doc("Talks. Tom Hale met the envoy, then President Ann Lee said the talks were over.");
    assert!(!role(&d, "Ann Lee", "president").former, "{}", dump(&d));
}

#[test]
fn capitalised_parts_joined_by_e_or_i_name_a_movement() {
    // ("Jamaat-e-Islami, the largest Islamist party, said" had no entity; "Lashkar-e-Taiba
    // denied" had been a person)
    let d = doc("Vote. Harkat-e-Azadi, the largest opposition party, said it would take part. Tanzeem-i-Watan denied any role.");
    for n in ["Harkat-e-Azadi", "Tanzeem-i-Watan"] {
        assert!(d.entities.iter().any(|e| e.name == n && e.kind == newsgraph::model::EntityKind::Organization), "{n}\n{}", dump(&d));
    }
    // ("-ul-" joins given names: left to the name rules)
    let d = doc("Vote. Zahir-ul-Rahman said the vote was fair.");
    assert!(d.entities.iter().all(|e| e.kind != newsgraph::model::EntityKind::Organization), "{}", dump(&d));
}

#[test]
fn again_between_and_and_a_demand_verb_keeps_the_clauses_subject() {
    // ("Pakistan's Foreign Office said Islamabad would continue … and again demanded that Kabul
    // act against …" had no demand)
    let d = doc("Talks. Norway's foreign ministry said Oslo would continue the talks and again demanded that Sweden act against the smugglers.");
    demand(&d, "Norwegian foreign ministry", Some("Sweden"), "Sweden act against the smugglers", DemandKind::Demand);
}

#[test]
fn the_grouping_is_the_bloc_named_before() {
    // ("called for the grouping to oppose …" after "the SCO's expansion" had the addressee
    // "the grouping" as written)
    let d = doc("Talks. Tom Hale said Oslo supports the expansion of the Shanghai Cooperation Organisation and called for the grouping to oppose sanctions.");
    demand(&d, "Tom Hale", Some("Shanghai Cooperation Organisation"), "oppose sanctions", DemandKind::Appeal);
}

#[test]
fn the_line_of_control_is_a_place() {
    // ("fired along the Line of Control in disputed Kashmir" had no place of that name)
    let d = doc("Shelling. Troops fired along the Line of Control on Monday. Patrols met on the Line of Actual Control.");
    for n in ["Line of Control", "Line of Actual Control"] {
        assert!(d.entities.iter().any(|e| e.name == n && e.kind == newsgraph::model::EntityKind::Place), "{n}\n{}", dump(&d));
    }
}

#[test]
fn a_capital_of_a_country_named_before_a_verb_is_the_capital() {
    // ("Colombo had asked the IMF to …" in a story on Sri Lanka had made a person "Colombo", a
    // given name and surname too)
    let d = doc("Debt. Sri Lanka reached a deal with the IMF. The deputy minister said Colombo had asked the IMF to take into account the floods.");
    assert!(d.entities.iter().any(|e| e.name == "Colombo" && e.kind == newsgraph::model::EntityKind::Place), "{}", dump(&d));
    assert!(d.entities.iter().all(|e| e.kind != newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn a_listed_place_after_a_compound_of_who_rules_it_is_one_place() {
    // ("the Poonch district of Indian-administered Jammu and Kashmir, officials said" had made
    // a person of that name, joined to Kashmir named after)
    let d = doc("Shelling. Shelling killed four civilians in the Poonch district of Indian-administered Jammu and Kashmir, officials said.");
    assert!(d.entities.iter().any(|e| e.name == "Indian-administered Jammu and Kashmir" && e.kind == newsgraph::model::EntityKind::Place), "{}", dump(&d));
    assert!(d.entities.iter().all(|e| e.kind != newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn loc_is_the_line_of_control() {
    // (set 24's "along the LoC" had been a person "LoC", split from the place)
    let d = doc("Shelling. Troops fired along the Line of Control. Villages near the LoC were shelled.");
    assert!(d.entities.iter().all(|e| e.kind != newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn islamist_alone_names_no_one() {
    // ("Jamaat-e-Islami, the largest Islamist party, said" had made an organisation "Islamist",
    // then taken for "the party")
    let d = doc("Vote. Harkat-e-Azadi, the largest Islamist party, said it would take part.");
    assert!(d.entities.iter().all(|e| e.name != "Islamist"), "{}", dump(&d));
}

#[test]
fn she_after_a_person_of_an_affiliation_is_that_person() {
    // ("Political scientist X of Sciences Po said … . “…,” she told AFP." had given the quote
    // to Sciences Po, which the names had made a person)
    let d = doc("Vote. Analyst Jane Roe of Quarby Vexmoor said the vote was close.\n\n\"Every vote will now be a negotiation,\" she told AFP.");
    quote(&d, "Every vote will now be a negotiation,", "Jane Roe");
}

#[test]
fn her_party_is_the_party_the_article_gives_her() {
    // ("Her party called for an early election" had spoken and demanded as "party")
    let d = doc("Vote. Jane Roe, the leader of the Vexmoor Green party, said the government had failed. Her party called for an early election.");
    reported(&d, "Her party called for an early election", "Vexmoor Green");
    demand(&d, "Vexmoor Green", None, "an early election", DemandKind::Appeal);
    let d = doc("Vote. Opposition leader Jane Roe of the Quarby Party said the government had failed. Her party called for an early election.");
    reported(&d, "Her party called for an early election", "Quarby Party");
    // (a minister's ministry is no party: "his party" stays unresolved)
    let d = doc("Vote. Jan Roe, the head of the Vexmoor Rail Authority, said trains were late. His party called for an early election.");
    assert_ne!(speaker_of(&d, "His party called for an early election").as_deref(), Some("Vexmoor Rail Authority"), "{}", dump(&d));
}

#[test]
fn a_spokesperson_opening_the_sentence_after_a_body_is_its_spokesperson() {
    // ("The Kremlin welcomed the veto. Spokesman X said …" had given a spokesman of no one)
    let d = doc("Vote. The Vexmoor Rail Authority welcomed the ruling. Spokeswoman Jane Roe said fares would fall.");
    let r = role(&d, "Jane Roe", "spokeswoman");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Rail Authority"));
    // (not when the sentence before opens with something else, or the title is no spokesperson's)
    let d = doc("Vote. Fares fell at the Vexmoor Rail Authority. Spokeswoman Jane Roe said so.");
    assert_eq!(role_of(&d, role(&d, "Jane Roe", "spokeswoman")), None);
}

#[test]
fn the_object_of_a_causative_verb_speaks_in_the_infinitive() {
    // ("Hungary vetoed the package, prompting EU leaders to accuse Orban of …" had no statement)
    let d = doc("Talks. The strike closed the ports on Monday, prompting the Vexmoor Rail Authority to warn that food would run out within weeks.");
    assert_eq!(speaker_of(&d, "the Vexmoor Rail Authority to warn that food would run out within weeks").as_deref(), Some("Vexmoor Rail Authority"), "{}", dump(&d));
    let d = doc("Talks. Fighting resumed on Friday, leading Jane Roe to say that the truce had collapsed.");
    assert_eq!(speaker_of(&d, "Jane Roe to say that the truce had collapsed").as_deref(), Some("Jane Roe"), "{}", dump(&d));
    // (no causative verb: the infinitive's object is no speaker)
    let d = doc("Talks. The board hired Jane Roe to say that the truce had collapsed.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Jane Roe")), "{}", dump(&d));
}

#[test]
fn a_word_of_standing_before_a_title_is_no_part_of_it() {
    // ("Embattled Prime Minister X", "Jordan's visiting King X" had titles "Embattled Prime
    // Minister" and "visiting King"; the example gold's "influential Russian lawmaker" is a
    // "lawmaker")
    let d = doc("Vote. Embattled Prime Minister Jane Roe said on Monday that she would stay.");
    assert_eq!(role(&d, "Jane Roe", "Prime Minister").title, "Prime Minister");
    let d = doc("Vote. The visiting Chilean foreign minister, Jane Roe, said ties were strong.");
    assert_eq!(role(&d, "Jane Roe", "Foreign Minister").title, "foreign minister");
}

#[test]
fn the_group_warned_before_that_is_whom_a_threat_is_of() {
    // ("ordered the Treasury to release funds but warned striking doctors that they would be
    // replaced if they failed to report" had made the threat of the Treasury, "they" read as it)
    let d = doc("Strike. President Jane Roe ordered the Vexmoor Treasury to release funds but warned striking doctors that they would be sacked if they failed to report to work.");
    demand(&d, "Jane Roe", Some("striking doctors"), "report to work", DemandKind::Threat);
}

#[test]
fn a_bodys_branch_named_by_a_country_is_the_body() {
    // ("Transparency International's Peru chapter, Proética, … urged Congress to …" had made
    // Peru the demander)
    let d = doc("Graft. The Vexmoor Integrity Network's Chile chapter urged the Senate to act on Monday.");
    demand(&d, "Vexmoor Integrity Network", Some("Senate"), "act on Monday", DemandKind::Appeal);
    // (a country's own office stays the country's: "Chile's foreign office")
    let d = doc("Graft. Chile's foreign office urged the Senate to act on Monday.");
    demand(&d, "Chilean foreign office", Some("Senate"), "act on Monday", DemandKind::Appeal);
}

#[test]
fn new_before_a_title_describes_the_holder() {
    // ("Japan's new Prime Minister X" had a role of no state, and "The new prime minister said"
    // a speaker "prime minister")
    let d = doc("Vote. Japan's new Prime Minister Jane Roe spoke on Friday. The new prime minister said the budget would double.");
    let r = role(&d, "Jane Roe", "Prime Minister");
    assert_eq!((r.title.as_str(), role_of(&d, r).as_deref()), ("Prime Minister", Some("Japan")));
    assert_eq!(speaker_of(&d, "The new prime minister said the budget would double").as_deref(), Some("Jane Roe"));
}

#[test]
fn a_name_opening_accused_of_in_a_headline_is_the_accused() {
    // ("Sudan's RSF accused of killing dozens in attack on camp" had the RSF accusing)
    let d = doc("Sudan's RSF accused of killing dozens in attack on camp\n\nThe RSF denied the claims on Friday.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).contains("killing dozens")), "{}", dump(&d));
    // (an object between, or before the subject in a relative clause, is an accusation)
    let d = doc("Vote. Chile accused Peru of hiding data.");
    reported(&d, "Chile accused Peru of hiding data", "Chile");
}

#[test]
fn a_named_body_apposed_as_a_modified_group_leaves_the_group_to_the_body_before() {
    // ("The Emergency Lawyers, a rights group that …" had stopped "the group said" two
    // sentences later from taking up the RSF, the subject just before)
    let d = doc("War. The Vexmoor Lawyers, a rights group that documents abuses, said homes were burned. The Quarnel Front denied the accusations. In a statement, the group said its forces had hit army posts.");
    assert_eq!(speaker_of(&d, "the group said its forces had hit army posts").as_deref(), Some("Quarnel Front"), "{}", dump(&d));
}

#[test]
fn a_companys_epithet_is_the_company_named_last() {
    // ("Apple said it would appeal. “…,” a spokesperson for the iPhone maker said" had an
    // unnamed speaker; "the tech giant said" no statement at all)
    let d = doc("Tech. Quillmart Systems said it would appeal the fine. The US tech giant said the ruling was unfair.");
    reported(&d, "The US tech giant said the ruling was unfair", "Quillmart Systems");
    let d = doc("Tech. Quillmart Systems said it would appeal the fine. A spokesperson for the phone maker said the ruling was unfair.");
    reported(&d, "A spokesperson for the phone maker said the ruling was unfair", "Quillmart Systems");
    // (a public body named last is no company: "fined by the European Commission")
    let d = doc("Tech. Quillmart Systems was fined by the European Commission. The tech giant said the ruling was unfair.");
    reported(&d, "The tech giant said the ruling was unfair", "Quillmart Systems");
}

#[test]
fn an_unnamed_body_named_in_full_further_down_is_that_body() {
    // ("the electoral commission announced on Saturday" in the lede, "Electoral Commission of
    // Namibia chairperson X" below, had kept the speaker unnamed)
    let d = doc("Vote. The ruling party won 57 percent, the electoral commission announced on Saturday. Opposition leader Jan Hale urged the electoral commission to recount the ballots. Vexmoor Electoral Commission chairperson Jane Roe said the vote was credible.");
    assert_eq!(speaker_of(&d, "The ruling party won 57 percent, the electoral commission announced on Saturday").as_deref(), Some("Vexmoor Electoral Commission"), "{}", dump(&d));
    assert!(d.demands.iter().any(|x| x.of.is_some_and(|p| party(&d, p) == "Vexmoor Electoral Commission")), "{}", dump(&d));
    // (two bodies that hold the words: neither)
    let d = doc("Vote. The ruling party won 57 percent, the electoral commission announced. The Vexmoor Electoral Commission and the Quarby Electoral Commission met.");
    assert_eq!(speaker_of(&d, "The ruling party won 57 percent, the electoral commission announced").as_deref(), Some("the electoral commission"), "{}", dump(&d));
}

#[test]
fn asking_not_to_be_named_asks_no_one() {
    // ("…," the diplomat said, asking not to be named." had a demand "not to be named")
    let d = doc("Trade. \"The rules favour the rich,\" a trade envoy said, asking not to be named. An aide, who asked not to be identified, said talks would go on.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn he_between_commas_before_a_capitalised_word_is_a_family_name() {
    // ("A spokesperson for the ministry, He Yadong, told reporters …" had no person, and the
    // quote after it went to another speaker)
    let d = doc("Trade. A spokesman for the ministry, He Lanfeng, told reporters that exporters had raised their offer.\n\n\"The door is open,\" he said.");
    quote(&d, "The door is open,", "He Lanfeng");
}

#[test]
fn the_diplomat_after_an_unnamed_one_introduced_by_who_is_no_named_envoy() {
    // ("According to a Geneva-based trade diplomat who followed the case, … “…,” the diplomat
    // said" had given the quote to the EU's ambassador named before)
    let d = doc("Trade. The bloc's ambassador, Jon Varga, said talks would go on. According to a Vienna-based trade diplomat who followed the case, many states agree. \"They will say the rules are unfair,\" the diplomat said.");
    assert_ne!(speaker_of(&d, "They will say the rules are unfair,").as_deref(), Some("Jon Varga"), "{}", dump(&d));
}

#[test]
fn a_modal_verb_of_deciding_after_and_goes_on_with_what_was_said() {
    // ("said The Hague was studying the rules and would decide its own course" had a second
    // statement "would decide its own course")
    let d = doc("Chips. A spokesman for the Vexmoor trade ministry said the government was studying the rules and would decide its own course.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn the_department_asked_is_the_department_named_over_a_ministry() {
    // ("The Commerce Department … China's Ministry of Commerce … He urged the department to ban
    // …" had the addressee as written)
    let d = doc("Chips. The Commerce Department added firms to its list. China's Ministry of Commerce said it would respond. Senator Jo Pratt said the rules were weak. He urged the department to ban all sales of tools.");
    demand(&d, "Jo Pratt", Some("Commerce Department"), "ban all sales of tools", DemandKind::Appeal);
}

#[test]
fn the_americans_asked_are_their_state() {
    // ("had asked the Americans to lift the duty" had the addressee as written)
    let d = doc("Steel. Canada and the United States met. Jo Pratt, the trade minister, said he had asked the Americans to lift the duty on steel.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("lift the duty")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("United States"), "{}", dump(&d));
}

#[test]
fn an_abbreviated_office_after_a_party_is_the_role() {
    // ("Republican Sen. X of Ohio said" had no role: the abbreviation was skipped as an
    // honorific between a title and the name)
    let d = doc("Chips. Republican Sen. Jo Pratt of Iowa said the rules were weak. Democratic Rep. Tim Hale said no.");
    role(&d, "Jo Pratt", "senator");
    role(&d, "Tim Hale", "representative");
}

#[test]
fn an_office_of_a_portfolio_ending_in_an_organisation_word_is_no_organisation() {
    // ("Minister of Energy and Mineral Resources, X," had made an organisation of the title)
    let d = doc("Mining. Ghana's Minister of Lands and Natural Resources, Kofi Mensah, told reporters that exports would rise.");
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Minister")), "{}", dump(&d));
}

#[test]
fn a_province_of_a_named_country_before_a_middling_town_abroad() {
    // ("thousands of jobs in Ontario" in a story from Ottawa had been the Californian city,
    // split from the province named after)
    let d = doc("OTTAWA — The tariffs, set in Washington, have cost thousands of jobs in Ontario. Ontario Premier Jo Pratt said no.");
    let n = d.entities.iter().filter(|e| e.name == "Ontario").count();
    assert_eq!(n, 1, "{}", dump(&d));
}

#[test]
fn as_a_chance_to_is_part_of_what_is_asked() {
    // ("urged members to use the ruling as a chance to revive talks on …" had the demand cut
    // at "as": "use the ruling")
    let d = doc("Trade. The director-general, Jo Pratt, urged members to use the ruling as a chance to revive talks on reform.");
    demand(&d, "Jo Pratt", Some("members"), "use the ruling as a chance to revive talks on reform", DemandKind::Appeal);
}

#[test]
fn a_threat_coordinated_with_the_clauses_first_verb_is_its_subjects() {
    // ("said Brussels remained open to dialogue but would consider its own countermeasures if
    // Indonesia did not comply" had no demand)
    let d = doc("Nickel. Indonesia and the European Union clashed. The bloc's envoy, Jon Varga, said Brussels remained open to dialogue but would consider countermeasures if Indonesia did not comply within a year.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("comply within a year")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("Indonesia"), "{}", dump(&d));
}

#[test]
fn a_body_for_a_field_opened_by_a_peoples_adjective_is_an_organisation() {
    // ("a trade economist at the Stockholm-based Institute for European Trade Policy" had no
    // organisation, and so no role)
    let d = doc("Trade. Jo Pratt, a trade economist at the Institute for Nordic Trade Policy, said talks would fail.");
    assert_eq!(role_of(&d, role(&d, "Jo Pratt", "economist")).as_deref(), Some("Institute for Nordic Trade Policy"), "{}", dump(&d));
}

#[test]
fn a_name_between_commas_after_an_office_of_a_portfolio_is_its_holder() {
    // ("Indonesia's Minister of Energy and Mineral Resources, X, told reporters" had made X a
    // place, and the quote after it went to "he")
    let d = doc("Mining. Vexmoor's Minister of Energy and Mineral Resources, Budi Lahadalia, told reporters that the country would not bow.\n\n\"We will not go back,\" he said.");
    quote(&d, "We will not go back,", "Budi Lahadalia");
}

#[test]
fn challenging_a_measure_before_a_court_or_trade_body_is_no_statement() {
    // ("China has challenged the tariffs at the World Trade Organization (WTO) and …" had a
    // statement; "challenged the claim that …" stays one)
    let d = doc("Trade. Vexmoor has challenged the tariffs at the World Trade Organization. The union challenged the law in court.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Trade. Jo Pratt challenged the claim that exports had fallen.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn needed_after_be_says_what_a_thing_is_for() {
    // ('X said the law was needed to stop "…"' had been a demand of "the law was")
    let d = doc("Levy. The finance minister, Jane Roe, said the new levy was needed to pay for the bridges. She insisted the cuts were needed to balance the budget.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn an_order_to_do_so_asks_nothing_new() {
    // ("… ready to block access to the site if the court ordered it to do so" had been a demand
    // of "do so")
    let d = doc("Access. The Supreme Court heard the case. The regulator, Telcorp, said it would cut the line if the court ordered it to do so.");
    assert!(d.demands.iter().all(|m| d.slice(m.what) != "do so"), "{}", dump(&d));
}

#[test]
fn according_to_a_description_then_a_name_is_the_named_person() {
    // ("…, according to the government's spokesman, X." had been said by "the government's
    // spokesman", unnamed)
    let d = doc("Law. The rules will take effect in March, according to the government's spokesman, Jan Brodsky.");
    assert_eq!(d.statements.iter().find(|s| s.cue == "according to").and_then(|s| who(&d, s)).as_deref(), Some("Jan Brodsky"), "{}", dump(&d));
}

#[test]
fn one_unknown_word_in_apposition_to_a_body_noun_names_the_body() {
    // ("Brazil's telecoms regulator, X, said …" had no statement: the name was none)
    let d = doc("Access. Norland's telecoms regulator, Telvora, said it was ready to act.");
    assert_eq!(d.statements.first().and_then(|s| who(&d, s)).as_deref(), Some("Telvora"), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Telvora" && e.kind == newsgraph::model::EntityKind::Organization), "{}", dump(&d));
}

#[test]
fn one_unknown_word_before_a_description_of_a_body_names_the_body() {
    // ("X, Britain's media regulator, said …" had no statement: the name was none)
    let d = doc("Access. Officials met on Monday. Telvora, Norland's media regulator, said it was ready to act.");
    assert_eq!(d.statements.first().and_then(|s| who(&d, s)).as_deref(), Some("Telvora"), "{}", dump(&d));
}

#[test]
fn its_and_a_title_before_the_name_after_a_long_quote_is_the_named_person() {
    // ('"… . …," its founder X told AFP.' after a quote of two sentences had gone to the body
    // named before: "its" could not be tied to it, so the title's evidence left it out)
    let d = doc("Grants. The Vexmoor Institute said it would close.\n\n\"We are a small team. We cannot pay,\" its founder John Kellan told AFP.");
    quote(&d, "We are a small team. We cannot pay,", "John Kellan");
}

#[test]
fn accused_of_after_a_noun_is_no_accusation_and_no_subject_of_its_own() {
    // ("A Georgian journalist accused of assaulting a police officer told a court …" had been
    // said by "of assaulting a police officer")
    let d = doc("Trial. A reporter accused of striking a border officer told a court on Monday that he was innocent.");
    let s = d.statements.iter().find(|s| s.cue == "told").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(who(&d, s).is_some_and(|w| w.starts_with("A reporter")), "{}", dump(&d));
    assert!(d.statements.iter().all(|s| s.cue != "accused"), "{}", dump(&d));
}

#[test]
fn the_countrys_media_regulator_is_the_body_named_before() {
    // ("the country's media regulator said" had stayed an unnamed speaker after the commission
    // was named)
    let d = doc("Licence. The Vexland Broadcasting Commission (VBC) has suspended the licence of a station. In the letter, the country's media regulator said the station had broken the code.");
    assert_eq!(d.statements.iter().find(|s| s.cue == "said").and_then(|s| who(&d, s)).as_deref(), Some("Vexland Broadcasting Commission"), "{}", dump(&d));
}

#[test]
fn comrade_before_a_name_is_an_honorific() {
    // ("The union's National President, Comrade X, said" had no role)
    let d = doc("Strike. The Vexland Union of Journalists met on Monday. The union's National President, Comrade Yusuf Bello, said members would strike.");
    role(&d, "Yusuf Bello", "President");
}

#[test]
fn the_bodys_title_before_a_name_is_of_the_body_named_before() {
    // ("signed by the commission's Director-General, X" had a role of no one)
    let d = doc("Licence. The Vexland Broadcasting Commission (VBC) suspended a licence in a letter signed by the commission's Director-General, Jan Brodsky.");
    let r = role(&d, "Jan Brodsky", "Director-General");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexland Broadcasting Commission"), "{}", dump(&d));
}

#[test]
fn asked_for_a_thing_is_a_demand_of_no_one_named() {
    // ("Prosecutor X … asked for a sentence of three years" had no demand)
    let d = doc("Trial. Prosecutor Jan Brodsky told the judge the evidence was clear and asked for a sentence of two years.");
    demand(&d, "Jan Brodsky", None, "a sentence of two years", DemandKind::Appeal);
    // (a source's anonymity is asked for, no demand)
    let d = doc("Deal. A diplomat, who asked for anonymity, said the talks had failed.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn an_ultimatum_given_to_an_actor_is_a_demand_of_it() {
    // ("the union gave the Federal Government a seven-day ultimatum to restore the licence" had
    // no demand: the time given was in the noun, not "seven days to")
    let d = doc("Strike. The Vexland Union of Journalists gave the Federal Government a 72-hour ultimatum to reopen the station.");
    demand(&d, "Vexland Union of Journalists", Some("Federal Government"), "reopen the station", DemandKind::Demand);
}

#[test]
fn an_editor_is_a_title() {
    // ("X, the editor-in-chief of the investigative site Y, told AFP" had no role)
    let d = doc("Media. Jan Brodsky, the editor-in-chief of a news site, told AFP that funds came from abroad. Ana Kovac, managing editor of the Vexmoor Daily, said it would appeal.");
    role(&d, "Jan Brodsky", "editor-in-chief");
    role(&d, "Ana Kovac", "managing editor");
}

#[test]
fn a_protest_kept_up_until_a_condition_is_met_demands_it() {
    // ("members would picket the court every day until X was freed" had no demand; the one to
    // be freed is no one asked)
    let d = doc("Strike. Jan Brodsky said members would picket the court every day until Ana Kovac was freed.");
    demand(&d, "Jan Brodsky", None, "Ana Kovac was freed", DemandKind::Condition);
    let d = doc("Strike. Jan Brodsky said the union would strike until the licence was restored.");
    demand(&d, "Jan Brodsky", None, "the licence was restored", DemandKind::Condition);
}

#[test]
fn a_centre_for_a_field_not_in_the_word_list_is_an_organisation() {
    // ("Analyst X of the Quarby-based Centre for Democratic Governance said …" had made the
    // centre a person, and "she said" after it the centre's)
    let d = doc("Crisis. Analyst Jane Roe of the Centre for Democratic Governance said the crisis followed a pattern.\n\n\"It is an old script,\" she said.");
    assert!(d.entities.iter().any(|e| e.name == "Centre for Democratic Governance" && e.kind == newsgraph::model::EntityKind::Organization), "{}", dump(&d));
    quote(&d, "It is an old script,", "Jane Roe");
}

#[test]
fn a_listed_party_named_with_a_country_adjective_keeps_it() {
    // ("chose Georgian Dream" had made an organisation "Dream")
    let d = doc("Vote. Voters chose Georgian Dream again, and the Croatian Democratic Union lost seats.");
    for n in ["Georgian Dream", "Croatian Democratic Union"] {
        assert!(d.entities.iter().any(|e| e.name == n && e.kind == newsgraph::model::EntityKind::Organization), "{n}\n{}", dump(&d));
    }
    assert!(d.entities.iter().all(|e| e.name != "Dream"), "{}", dump(&d));
}

#[test]
fn which_he_called_names_no_report() {
    // ("… weapons from Quarnia, which he called a threat to the region" had a report "he
    // called a threat to the region")
    let d = doc("Arms. Tom Hale said Vexmoor was buying drones from Quarnia, which he called a threat to the region.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).starts_with("he called")), "{}", dump(&d));
    // (a quotation in the clause keeps its cue: "what he called “reckless behaviour”")
    let d = doc("Arms. Tom Hale urged the council to note what he called Vexmoor's \"reckless behaviour.\"");
    quote(&d, "reckless behaviour.", "Tom Hale");
}

#[test]
fn known_as_names_the_body_a_description_tells_of() {
    // ("The European Union's civilian monitoring mission in Armenia, known as EUMA, said" had
    // spoken as the European Union)
    let d = doc("Border. The European Union's civilian mission in Norland, known as EUMN, said its patrols had seen no shooting.");
    reported(&d, "The European Union's civilian mission in Norland, known as EUMN, said its patrols had seen no shooting", "EUMN");
}

#[test]
fn according_to_an_official_of_a_body_is_the_body() {
    // ("According to a senior EU official, who spoke on condition of anonymity, the bloc could
    // …" had spoken as the phrase; "A senior EU official said" already was the EU)
    let d = doc("Talks. According to a senior EU official, who spoke on condition of anonymity, the bloc could extend the measures.");
    reported(&d, "the bloc could extend the measures", "European Union");
    // (an EU diplomat serves a member state: left as written, set 15's gold)
    let d = doc("Talks. According to an EU diplomat, the bloc could extend the measures.");
    assert_ne!(speaker_of(&d, "the bloc could extend the measures").as_deref(), Some("European Union"), "{}", dump(&d));
}

#[test]
fn a_ministry_spokesman_is_the_ministry_named_in_the_sentence() {
    // ("Georgia's foreign ministry summoned the German ambassador …, a ministry spokesman said"
    // had spoken as the phrase: the interior ministry named paragraphs before made two)
    let d = doc("Protests. The Ministry of Internal Affairs said 27 people had been detained.\n\nNorway's foreign ministry summoned the German ambassador on Tuesday, a ministry spokesman said.");
    reported(&d, "Norway's foreign ministry summoned the German ambassador on Tuesday, a ministry spokesman said", "Norwegian foreign ministry");
}

#[test]
fn and_has_urged_opens_a_second_demand() {
    // ("The EU has called on Kosovo to begin drafting the statute … and has urged Serbia to stop
    // blocking …" had one demand of Kosovo running over the second)
    let d = doc("Talks. The Nordic Council has called on Norway to open the border and has urged Sweden to stop the checks.");
    demand(&d, "Nordic Council", Some("Norway"), "open the border", DemandKind::Appeal);
    demand(&d, "Nordic Council", Some("Sweden"), "stop the checks", DemandKind::Appeal);
}

#[test]
fn nikol_and_nika_are_given_names_of_either_sex() {
    // (Armenian and Georgian men's names, women's in Czech and Slavic use: "Nikol X said …
    // “…,” he said." had left "he" unresolved and "his government" another man's)
    let d = doc("Talks. The mission head, Tom Hale, said the calm was real.\n\nNikol Vardanyan said his government would wait.\n\n\"We will decide,\" he said.");
    quote(&d, "We will decide,", "Nikol Vardanyan");
    let d = doc("Protest. Nika Beridze said the rally would go on.\n\n\"We will stay,\" he said.");
    quote(&d, "We will stay,", "Nika Beridze");
}

#[test]
fn content_with_a_verb_before_the_speaker_is_no_description() {
    // ("The next round of talks has not yet been scheduled, the EU's foreign policy service
    // said in a statement." had no statement: the clause before the comma was taken for a
    // description of the speaker, as in "The minister of the harbour, Tom Hale, said")
    let d = doc("Talks. The road was reopened, Tom Hale said in a statement.");
    reported(&d, "The road was reopened, Tom Hale said in a statement", "Tom Hale");
    let d = doc("Talks. The next round of talks has not been scheduled, the Nordic Council said in a statement.");
    reported(&d, "The next round of talks has not been scheduled, the Nordic Council said in a statement", "Nordic Council");
}

#[test]
fn a_faction_named_before_its_word_is_an_organisation() {
    // ("X of the opposition Hayastan faction accused …" had no statement and no faction)
    let d = doc("Vote. Tom Hale of the opposition Vexmoor faction accused the government of lying.");
    reported(&d, "Tom Hale of the opposition Vexmoor faction accused the government of lying", "Tom Hale");
    assert!(d.entities.iter().any(|e| e.name == "Vexmoor" && e.kind == newsgraph::model::EntityKind::Organization), "{}", dump(&d));
    let d = doc("Vote. The opposition Vexmoor faction accused the government of lying.");
    reported(&d, "The opposition Vexmoor faction accused the government of lying", "Vexmoor");
}

#[test]
fn a_body_in_a_country_before_the_verb_speaks() {
    // ("The opposition Democratic Party in Albania accused Rama of …" had no statement)
    let d = doc("Vote. The opposition Democratic Party in Norway accused the minister of lying.");
    reported(&d, "The opposition Democratic Party in Norway accused the minister of lying", "Democratic Party");
}

#[test]
fn initials_between_commas_name_the_body_before() {
    // ("the opposition Social Democratic Union, SDSM, said …" had two bodies and no report)
    let d = doc("Vote. In Oslo, the opposition Social Democratic Union, SDSM, said the plan would fail. SDSM leaders met later.");
    reported(&d, "the opposition Social Democratic Union, SDSM, said the plan would fail", "Social Democratic Union");
    assert!(d.entities.iter().all(|e| e.name != "SDSM"), "{}", dump(&d));
    let d = doc("Vote. The Scottish National Party, or SNP, said it would vote against.");
    reported(&d, "The Scottish National Party, or SNP, said it would vote against", "Scottish National Party");
    // (a list stays a list)
    let d = doc("Vote. The Labour Party, SNP, and the Greens voted against the bill.");
    assert!(d.entities.iter().any(|e| e.name == "Scottish National Party"), "{}", dump(&d));
}

#[test]
fn a_step_held_back_until_a_clause_is_a_condition() {
    // ("Sofia would block any further progress until the amendments were adopted", "would
    // refuse to cooperate … until the office was closed" had no demand)
    let d = doc("Talks. Tom Hale told parliament that Norway would block any further progress until the amendments were adopted.");
    demand(&d, "Norway", None, "the amendments were adopted", DemandKind::Condition);
    let d = doc("Talks. Tom Hale said Serb officials would refuse to cooperate with prosecutors until the office was closed.");
    demand(&d, "Tom Hale", None, "the office was closed", DemandKind::Condition);
}

#[test]
fn a_peoples_word_before_officials_names_no_organisation() {
    // ("Serb officials would refuse …" had made an organisation "Serb")
    let d = doc("Talks. Serb officials and Arab officials met Bosniak leaders on Monday.");
    for n in ["Serb", "Arab", "Bosniak"] {
        assert!(d.entities.iter().all(|e| e.name != n), "{n}\n{}", dump(&d));
    }
}

#[test]
fn an_institute_for_a_peoples_field_is_an_organisation() {
    // ("X, a researcher at the Skopje-based Institute for European Policy, told …" had no
    // institute and no role)
    let d = doc("Talks. Jane Roe, a researcher at the Oslo-based Institute for European Policy, said the plan was risky.");
    assert_eq!(role_of(&d, role(&d, "Jane Roe", "researcher")).as_deref(), Some("Institute for European Policy"), "{}", dump(&d));
}

#[test]
fn an_envoy_for_the_talks_before_the_name_holds_the_title() {
    // ("EU special representative for the Belgrade-Pristina dialogue X told reporters" had no
    // role)
    let d = doc("Talks. EU special representative for the Oslo-Bergen dialogue Tom Hale told reporters the talks failed.");
    assert_eq!(role_of(&d, role(&d, "Tom Hale", "representative")).as_deref(), Some("European Union"), "{}", dump(&d));
}

#[test]
fn what_cannot_go_on_unless_is_the_speakers_condition() {
    // ("Brussels has said the process cannot resume unless the government changes course" had
    // no demand: "unless" asked for a "will" before it)
    let d = doc("Talks. Tom Hale said the talks cannot resume unless Norway withdraws its troops.");
    demand(&d, "Tom Hale", Some("Norway"), "withdraws its troops", DemandKind::Condition);
}

#[test]
fn a_federation_league_or_club_described_speaks() {
    // ("…, while Germany's judo federation said it was waiting for guidance" had given no
    // statement: "federation" was no head noun of an unnamed speaker, as "association" was)
    let d = doc("Games. The Vexmoor Rowing Union said it would stay away, while Norway's rowing federation said it was waiting for guidance.");
    reported(&d, "Norway's rowing federation said it was waiting for guidance", "Norway's rowing federation");
    let d = doc("Games. The club said it would appeal against the fine.");
    reported(&d, "The club said it would appeal against the fine", "The club");
}

#[test]
fn an_athletes_discipline_is_a_role_of_the_country_before_it() {
    // ("Jamaican sprinter X", "The Mexico midfielder X", "X, a Ukrainian judoka", "former
    // Olympian X", "X, a physiologist at Y" had given no role)
    let d = doc("Games. Kenyan sprinter Wanjiru Otieno said she was clean. Later, Pavlo Hrentsiv, a Ukrainian judoka, said he would stay home.");
    let r = role(&d, "Wanjiru Otieno", "sprinter");
    assert_eq!(role_of(&d, r).as_deref(), Some("Kenya"), "{}", dump(&d));
    let r = role(&d, "Pavlo Hrentsiv", "judoka");
    assert_eq!(role_of(&d, r).as_deref(), Some("Ukraine"), "{}", dump(&d));
    let d = doc("Heat. Dr Jane Roe, a physiologist at the Quarvex Institute, said the risk was real. Former Olympian Tom Hale agreed.");
    role(&d, "Jane Roe", "physiologist");
    role(&d, "Tom Hale", "Olympian");
    // (a defender of a cause is no athlete)
    let d = doc("Media. A passionate defender of Quarvex Radio, Mr. Tom Hale said it was fair.");
    assert!(d.roles.iter().all(|r| r.head != "defender"), "{}", dump(&d));
}

#[test]
fn a_spokesperson_opening_the_next_sentence_speaks_for_the_body_before() {
    // ("India's sports ministry rejected the accusation. A spokesperson said India had …" had
    // left the phrase as the speaker)
    let d = doc("Games. The Vexmoor Rowing Federation rejected the claim. A spokesperson said the decision was final.");
    reported(&d, "A spokesperson said the decision was final", "Vexmoor Rowing Federation");
    // (not after a person)
    let d = doc("Games. Jane Roe rejected the claim. A spokesman said the decision was final.");
    assert_ne!(speaker_of(&d, "A spokesman said the decision was final").as_deref(), Some("Jane Roe"), "{}", dump(&d));
}

#[test]
fn an_officer_of_a_body_named_with_it_speaks_for_it() {
    // ("FIFA's chief member associations officer warned that …" had kept the phrase as the
    // speaker, as "a FIFA official" was FIFA already)
    let d = doc("Games. The Vexmoor Rowing Union's chief compliance officer warned that the vote could be annulled.");
    reported(&d, "The Vexmoor Rowing Union's chief compliance officer warned that the vote could be annulled", "Vexmoor Rowing Union");
}

#[test]
fn rana_is_a_given_name_of_either_sex() {
    // ("Its secretary, Rana X, told …" then '"…," he said.' had left "he": the list had
    // "Rana" a woman's name only, as in Arabic; in Pakistan and India it is mostly a man's)
    let d = doc("Games. Its secretary, Rana Vexlar Qadri, told the radio that the players were sad.\n\n\"These boys have trained for two years,\" he said.");
    quote(&d, "These boys have trained for two years,", "Rana Vexlar Qadri");
}

#[test]
fn a_warning_not_to_and_a_deadline_set_for_someone_are_demands() {
    // ("FIFA warned the government not to interfere" and "The FIH has set a deadline of
    // Friday for Pakistan to confirm its participation" had given no demand)
    let d = doc("Games. The Vexmoor Rowing Union warned the government not to interfere in the vote.");
    demand(&d, "Vexmoor Rowing Union", Some("the government"), "not to interfere in the vote", DemandKind::Appeal);
    let d = doc("Games. The Vexmoor Rowing Union has set a deadline of Friday for Norway to confirm its entry.");
    demand(&d, "Vexmoor Rowing Union", Some("Norway"), "confirm its entry", DemandKind::Demand);
    // (a deadline for something, no one, asks nothing)
    let d = doc("Games. The court set a deadline for appeals.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn an_addressee_with_a_relative_clause_without_commas_is_asked() {
    // ('"We ask every federation that believes in the Olympic Charter to stay away from …"'
    // had given no demand: only a relative clause between commas was passed over)
    let d = doc("Games. Jane Roe asked every club that supports the charter to stay away from the final.");
    demand(&d, "Jane Roe", Some("every club"), "stay away from the final", DemandKind::Appeal);
    // (a verb of wanting in the clause keeps its own "to")
    let d = doc("Games. Jane Roe urged every club that wants to join the league to register by Friday.");
    assert!(d.demands.iter().all(|m| d.slice(m.what) != "join the league to register by Friday"), "{}", dump(&d));
}

#[test]
fn a_message_posted_then_a_colon_and_a_quotation_gives_the_quotation_alone() {
    // ('The team's captain, X, posted a short message on X: "…"' had made a reported
    // statement of the whole sentence beside the quotation)
    let d = doc("Games. The team's captain, Tom Hale, posted a short message on Instagram: \"We will do whatever the club asks of us.\"");
    quote(&d, "We will do whatever the club asks of us.", "Tom Hale");
    assert!(d.statements.iter().all(|s| s.kind == Direct), "{}", dump(&d));
}

#[test]
fn a_body_described_in_the_lede_is_the_one_the_next_paragraph_names() {
    // ("Footballers could refuse to play … unless Fifa agrees to …, the global players' union
    // has warned." then "Fifpro, which represents …, said on Tuesday" had left the description
    // as the speaker and demander)
    let d = doc("Rowers threaten strike\n\nRowers could refuse to race in Vexmoor unless the Quarnby Regatta Board agrees to new safety rules, the national rowers' union has warned.\n\nThe Vexmoor Rowers Union, which represents 900 athletes, said on Tuesday that the rules were overdue.");
    reported(&d, "Rowers could refuse to race in Vexmoor unless the Quarnby Regatta Board agrees to new safety rules, the national rowers' union has warned", "Vexmoor Rowers Union");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Vexmoor Rowers Union"), "{}", dump(&d));
    // (not further into the story)
    let d = doc("Rowers\n\nThe Vexmoor Rowers Union met on Monday.\n\nRowers could refuse to race, the national rowers' union has warned.\n\nThe Quarnby Regatta Board said it would talk.");
    assert_ne!(speaker_of(&d, "Rowers could refuse to race, the national rowers' union has warned").as_deref(), Some("Quarnby Regatta Board"), "{}", dump(&d));
}

#[test]
fn a_source_who_gave_a_name_speaks_as_that_name() {
    // ('"…," a spokesman for the group, who gave his name as X, told AFP' and "Their spokesman
    // in Y, who gave his name only as Major X, told AFP …" had given the words to the group or
    // to the description)
    let d = doc("Floods. \"The river rose two metres in an hour,\" a spokesman for the rescue team, who gave his name as Tomas Brel, told reporters.");
    quote(&d, "The river rose two metres in an hour,", "Tomas Brel");
    let d = doc("Floods. Their spokesman in Quarnby, who gave his name only as Captain Brel, told reporters that the dams would hold.");
    assert_eq!(speaker_of(&d, "Their spokesman in Quarnby, who gave his name only as Captain Brel, told reporters that the dams would hold").as_deref(), Some("Brel"), "{}", dump(&d));
    let d = doc("Floods. A farmer, who identified herself as Ana Lund, said the crops were lost.");
    assert_eq!(speaker_of(&d, "A farmer, who identified herself as Ana Lund, said the crops were lost").as_deref(), Some("Ana Lund"), "{}", dump(&d));
}

#[test]
fn linked_right_before_to_describes_and_reports_nothing() {
    // ("an insurgency by groups linked to al Qaeda and Islamic State that has killed
    // thousands" had been a statement of "groups", with "linked" for its cue)
    let d = doc("Floods. The region has struggled with an insurgency by militias linked to smuggling networks that has driven thousands from their homes.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // (one who links names what to what)
    let d = doc("Floods. Jane Roe linked the attack to the smuggling networks.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn an_officer_inside_what_the_speaker_is_accused_of_names_no_body() {
    // ("TBILISI (Reuters) - A Georgian journalist accused of assaulting a police officer told a
    // court …" had been said by Georgia: "officer" closing the phrase made it an officer of the
    // state named by the adjective)
    let d = doc("Reporter on trial\n\nOSLO, Dec 3 (Reuters) - A Norwegian journalist accused of assaulting a police officer told a court on Wednesday that she was innocent.");
    let s = statement(&d, "A Norwegian journalist accused of assaulting a police officer told a court on Wednesday that she was innocent");
    assert_ne!(who(&d, s).as_deref(), Some("Norway"), "{}", dump(&d));
}

#[test]
fn a_lede_describing_someone_unnamed_speaks_as_the_person_the_next_paragraph_names() {
    // ("A Georgian journalist accused of assaulting a police officer told a court …" then
    // "X, 38, the founder of …" had left the description as the speaker)
    let d = doc("Reporter tells court she is innocent\n\nOSLO, Dec 3 (Reuters) - A Norwegian journalist accused of assaulting a police officer told a court on Wednesday that she was innocent.\n\nAnn Lund, 38, the founder of the news site Fjord Daily, has been held since January.");
    assert_eq!(speaker_of(&d, "A Norwegian journalist accused of assaulting a police officer told a court on Wednesday that she was innocent").as_deref(), Some("Ann Lund"), "{}", dump(&d));
    // (not further into the story, nor a plural)
    let d = doc("Reporter tells court she is innocent\n\nThe court sat on Monday.\n\nA Norwegian journalist accused of assaulting a police officer told a court on Wednesday that she was innocent.\n\nAnn Lund, 38, the founder of the news site Fjord Daily, has been held since January.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Ann Lund")), "{}", dump(&d));
}

#[test]
fn the_spokesperson_again_past_a_person_named_between_is_the_bodys() {
    // ("An SPD spokesperson said … to back Klingbeil's position. According to the
    // spokesperson, the group expects …" had left "the spokesperson" unresolved)
    let d = doc("Budget\n\nA Harbor Party spokesperson said the group had voted to back Jane Roe's plan. According to the spokesperson, the group expects a written guarantee.");
    assert_eq!(speaker_of(&d, "the group expects a written guarantee").as_deref(), Some("Harbor Party"), "{}", dump(&d));
    // (not past a person named in the spokesperson's own sentence: she may be the one)
    let d = doc("Budget\n\nA spokeswoman, Ann Lund, said the Harbor Party had voted to back the plan. According to the spokeswoman, the group expects a written guarantee.");
    assert_ne!(speaker_of(&d, "the group expects a written guarantee").as_deref(), Some("Harbor Party"), "{}", dump(&d));
}

#[test]
fn a_titled_name_in_apposition_with_its_home_state_after_of_speaks() {
    // ("The Republican chairman of the House Ways and Means Committee, Rep. X of Texas, backed
    // the president, saying …" had been said by the description)
    let d = doc("Tariffs\n\nThe Republican chairman of the Senate Finance Committee, Sen. Tom Hale of Ohio, said the tariffs would stay.");
    assert_eq!(speaker_of(&d, "The Republican chairman of the Senate Finance Committee, Sen. Tom Hale of Ohio, said the tariffs would stay").as_deref(), Some("Tom Hale"), "{}", dump(&d));
}

#[test]
fn an_unnamed_spokesperson_closing_a_bodys_clause_speaks_for_it() {
    // ("The US State Department urged Armenia and Azerbaijan to resolve …, a spokesperson said
    // in Washington." had been said by "a spokesperson")
    let d = doc("Talks\n\nThe Harbor Ministry urged both towns to settle their dispute through talks, a spokesperson said in Quarnby.");
    assert_eq!(speaker_of(&d, "The Harbor Ministry urged both towns to settle their dispute through talks, a spokesperson said in Quarnby").as_deref(), Some("Harbor Ministry"), "{}", dump(&d));
}

#[test]
fn a_possessors_description_after_a_bodys_initials_in_brackets_is_an_appositive() {
    // ("The National Confederation of Industry (CNI), Brazil's main industry lobby, warned that
    // …" had given no statement)
    let d = doc("Tariffs\n\nThe Harbor Federation of Industry (HFI), Norway's main industry lobby, warned that fish exports were at risk.");
    assert_eq!(speaker_of(&d, "The Harbor Federation of Industry (HFI), Norway's main industry lobby, warned that fish exports were at risk").as_deref(), Some("Harbor Federation of Industry"), "{}", dump(&d));
}

#[test]
fn the_body_a_speaker_holds_a_role_of_threatens_as_the_party_or_the_union() {
    // ('The PAIGC's secretary-general, X, said … He warned that the party would call a general
    // strike unless …' had given the threat to another party the story named; "the party",
    // "the union", "the group" opening the reported clause are the speaker's own body)
    let d = doc("Strike\n\nJane Roe, general secretary of the Vexmoor Workers Union, met leaders of the Quarnby Drivers Union on Monday.\n\nShe said the union would strike on Friday unless the Harlow Transit Company raised wages.");
    demand(&d, "Vexmoor Workers Union", Some("Harlow Transit Company"), "raised wages", DemandKind::Threat);
    let d = doc("Strike\n\nJane Roe, general secretary of the Vexmoor Workers Union, met leaders of the Quarnby Drivers Union on Monday.\n\nShe said the union would not return to work until the Harlow Transit Company raised wages.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Vexmoor Workers Union" && d.slice(m.what).contains("raised wages")), "{}", dump(&d));
    // (a speaker with no role of a body keeps the threat)
    let d = doc("Strike\n\nJane Roe, a driver, said the union would strike on Friday unless the Harlow Transit Company raised wages.");
    assert!(d.demands.iter().all(|m| party(&d, m.by) != "Harlow Transit Company"), "{}", dump(&d));
}

#[test]
fn the_company_asked_is_the_one_company_named_before() {
    // ('… called on the company to "invest in the workers who built it."' had kept "the company"
    // as written, though the story named one company, "… Motors Co.")
    let d = doc("Plant\n\nHarlow Motors Co. said on Tuesday it would move production to Quarnby.\n\nJane Roe, a local senator, called on the company to keep the plant open.");
    demand(&d, "Jane Roe", Some("Harlow Motors Co"), "keep the plant open", DemandKind::Appeal);
    // (none where two companies are named)
    let d = doc("Plant\n\nHarlow Motors Co. and Vexmoor Steel Corp said on Tuesday they would move production to Quarnby.\n\nJane Roe, a local senator, called on the company to keep the plant open.");
    assert!(d.demands.iter().all(|m| m.of.is_none_or(|o| party(&d, o) != "Harlow Motors Co")), "{}", dump(&d));
}

#[test]
fn a_body_called_by_its_name_is_no_call() {
    // ("protesters from a group called Veterans for … held signs reading …" had given "a
    // group" a demand of what followed its name)
    let d = doc("Rally\n\nProtesters from a group called Parents for Quarnby held signs outside the hall on Monday.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (a call made on a day stays: "officials called Friday for …")
    let d = doc("Rally\n\nThe Vexmoor Rowing Union called Friday for an inquiry into the race.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Vexmoor Rowing Union"), "{}", dump(&d));
}

#[test]
fn a_subject_before_a_relative_clause_circulates_the_statement_demanding() {
    // ('Britain, which holds the council's "pen" on Sudan, circulated a draft statement
    // demanding …' had given the demand to "circulated a draft statement")
    let d = doc("Council\n\nNorway, which chairs the committee on Vexmoor, circulated a draft statement demanding an immediate end to the blockade of Quarnby.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Norway" && d.slice(m.what).contains("an immediate end to the blockade")), "{}", dump(&d));
}

#[test]
fn a_leaders_conservatives_are_the_party_the_leader_leads() {
    // ("… unless Chancellor X's conservatives dropped plans to …" had asked the chancellor,
    // not the party the article makes him the leader of)
    let d = doc("Budget\n\nJane Roe, the leader of the Vexmoor Unity Party, is chancellor.\n\nThe Green Alliance said it would not vote for the budget unless Chancellor Jane Roe's conservatives dropped plans to cut pensions.");
    assert!(d.demands.iter().any(|m| m.of.is_some_and(|o| party(&d, o) == "Vexmoor Unity Party") && d.slice(m.what).contains("dropped plans to cut pensions")), "{}", dump(&d));
}

#[test]
fn a_verb_coordinated_with_the_same_auxiliary_in_a_reported_clause_is_its_subjects() {
    // ("X told reporters … that President Trump had spoken by phone with Y … and had asked
    // him to send a team …" had given the appeal to the press secretary who reported it)
    let d = doc("Talks\n\nPress secretary Tom Hale told reporters on Monday that President Jane Roe had spoken with Prime Minister Ola Berg by phone and had asked him to send a delegation to Quarnby.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("send a delegation")), "{}", dump(&d));
    // (without the auxiliary again, the speaker's own verb: "said that … and urged")
    let d = doc("Talks\n\nTom Hale said that Jane Roe had spoken with Ola Berg and urged Norway to send a delegation.");
    assert!(d.demands.iter().all(|m| party(&d, m.by) != "Jane Roe"), "{}", dump(&d));
}

#[test]
fn asked_for_a_thing_commonly_asked_for_is_a_demand_of_no_one_named() {
    // ("Hamas had asked for written guarantees that the second phase would begin …" gave no
    // demand: only "asked for a/the/more/help …" did)
    let d = doc("Talks\n\nThe official said the Vexmoor Front had asked for written guarantees that the truce would hold.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Vexmoor Front" && d.slice(m.what).starts_with("written guarantees")), "{}", dump(&d));
    let d = doc("Talks\n\nThe Vexmoor Front asked for urgent talks with the government.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).starts_with("urgent talks")), "{}", dump(&d));
    // (not a reporter's question)
    let d = doc("Talks\n\nThe Vexmoor Front did not respond when asked for comment.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_demand_denied_is_none_made() {
    // ("He denied reports that Hamas had demanded the release of specific senior prisoners"
    // had given Hamas that demand)
    let d = doc("Talks\n\nThe mediator denied reports that the Vexmoor Front had demanded the release of its commanders.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (a report that is not denied stays)
    let d = doc("Talks\n\nThe mediator confirmed that the Vexmoor Front had demanded the release of its commanders.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Vexmoor Front"), "{}", dump(&d));
}

#[test]
fn coming_back_until_an_actor_acts_is_a_condition_on_it() {
    // ('"We will come back every day until the DPR listens to us"' gave no demand)
    let d = doc("Protest\n\n\"We will come back every day until the Vexmoor Assembly listens to us,\" said Jane Roe, a student leader.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && m.of.is_some_and(|o| party(&d, o) == "Vexmoor Assembly")), "{}", dump(&d));
}

#[test]
fn what_is_asked_ends_before_and_and_a_modal() {
    // ("Madrid had asked Beijing for talks and would send a delegation …" had asked for the
    // delegation too)
    let d = doc("Trade\n\nAn official said Oslo had asked Stockholm for talks and would send a delegation next week.");
    demand(&d, "Norway", Some("Sweden"), "talks", DemandKind::Appeal);
}

#[test]
fn a_tail_of_circumstance_after_a_quote_and_its_cue_reports_nothing_more() {
    // ("“We are bringing six Americans home,” Grenell wrote on X alongside a photo of the men
    // aboard a plane." had made a reported statement of the whole sentence beside the quote)
    let d = doc("Talks. \"We are home,\" Jane Roe wrote on X alongside a photo of the men aboard a plane.");
    assert!(d.statements.iter().all(|s| s.kind == StatementKind::Direct), "{}", dump(&d));
    quote(&d, "We are home,", "Jane Roe");
    // (a participle after a comma still reports: "…, going on to say that …")
    let d = doc("Talks. \"We are home,\" Jane Roe said on Friday, going on to say that the talks had been hard.");
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Reported), "{}", dump(&d));
}

#[test]
fn a_place_in_capitals_and_a_colon_open_the_story_as_a_dateline() {
    // ("NEW DELHI: The Congress on Sunday hit out at …, alleging that …" had spoken as India,
    // the capital at the sentence's start standing for the state)
    let d = doc("Fuel\n\nNEW DELHI: The Vexmoor Congress on Sunday hit out at the Centre, alleging that the government was \"looting\" citizens.");
    assert!(d.statements.iter().filter(|s| s.cue == "alleging").all(|s| who(&d, s).as_deref() == Some("Vexmoor Congress")), "{}", dump(&d));
    // (a colon after a word in plain case is no dateline: "Note: the figures …")
    let d = doc("Fuel\n\nMinisters: the figures were wrong, Jane Roe said on Sunday.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jane Roe")), "{}", dump(&d));
}

#[test]
fn people_of_an_actor_opening_a_clause_speak_unnamed() {
    // ("Supporters of Yoon gathered outside his residence, vowing to stop any attempt to detain
    // him" had been Yoon's vow)
    let d = doc("Vote. President Jane Roe spoke on Monday. Supporters of Roe gathered outside her residence, vowing to stop any arrest.");
    assert_eq!(speaker_of(&d, "Supporters of Roe gathered outside her residence, vowing to stop any arrest").as_deref(), Some("Supporters of Roe"), "{}", dump(&d));
}

#[test]
fn a_second_addressee_with_initials_in_brackets_is_still_asked() {
    // ("urging both the Sudanese army and the paramilitary Rapid Support Forces (RSF) to return
    // to talks" had made no demand: the name before the brackets read as a new clause's subject
    // and the brackets made the second group too long)
    let d = doc("Talks. Minister Jane Roe urged the army and the paramilitary Vexmoor Liberation Front (VLF) to return to talks.");
    demand(&d, "Jane Roe", Some("the army"), "return to talks", DemandKind::Appeal);
}

#[test]
fn a_call_for_after_with_is_made_by_the_clauses_subject() {
    // ("X opened the summit in Addis Ababa with a call for “…”" had made a demand by "Union chief
    // X opened the summit" and a quotation of no one)
    let d = doc("Talks. Minister Jane Roe opened the summit in Oslo with a call for \"an immediate halt to the fighting\".");
    quote(&d, "an immediate halt to the fighting", "Jane Roe");
    demand(&d, "Jane Roe", None, "\"an immediate halt to the fighting\"", DemandKind::Appeal);
    let d = doc("Talks. Minister Jane Roe ended her visit with a call for an immediate ceasefire.");
    demand(&d, "Jane Roe", None, "an immediate ceasefire", DemandKind::Appeal);
    // (a call others ignored is not theirs)
    let d = doc("Talks. Protesters in the capital ignored the call for \"calm and restraint\".");
    nobody_said(&d, "calm and restraint");
}

#[test]
fn its_spokesperson_after_a_body_that_says_something_of_a_state_is_the_bodys() {
    // ("OCHA says more than 25 million people in Sudan need aid. Its spokesman X" had made X
    // Sudan's spokesman: a state named in what was said without "that" is no owner)
    let d = doc("Aid. The Vexmoor Relief Agency says thousands in Chad need food. Its spokesman Tom Hale told reporters that convoys were blocked.");
    let r = role(&d, "Tom Hale", "spokesman");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Relief Agency"), "{}", dump(&d));
    // (the one told is no part of what was said: "X told Reuters. Its spokesman …" stays)
    let d = doc("Aid. Officials in Chad told the Vexmoor Relief Agency about the floods. Its spokesman Tom Hale said convoys were blocked.");
    let r = role(&d, "Tom Hale", "spokesman");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Relief Agency"), "{}", dump(&d));
}

#[test]
fn an_aide_to_an_office_across_a_comma_holds_the_aides_title() {
    // ("A senior adviser to the president, X, said", "The Special Adviser to the President on
    // Media and Publicity, Mr X," had made X the president)
    let d = doc("Talks. A senior adviser to the president, Jane Roe, said the talks had failed.");
    let r = role(&d, "Jane Roe", "adviser");
    assert_eq!(r.title, "senior adviser", "{}", dump(&d));
    assert!(!d.roles.iter().any(|r| r.head.eq_ignore_ascii_case("president")), "{}", dump(&d));
    let d = doc("Fuel. The Special Adviser to the President on Media, Mr Tunde Bakare, said the government was open to dialogue.");
    role(&d, "Tunde Bakare", "adviser");
    // (without the comma the name is the office's: "a close aide to Prime Minister X said")
    let d = doc("Talks. A close aide to Prime Minister Jane Roe said the talks had failed.");
    role(&d, "Jane Roe", "prime minister");
}

#[test]
fn the_office_is_not_its_shadow() {
    // ("The shadow chancellor, X, accused …. Y said the chancellor must …" had made the
    // shadow chancellor the one asked and spoken of: an opposition spokesperson holds no office)
    let d = doc("Budget. The shadow chancellor, Tom Hale, accused the government of betrayal. The union's leader, Jane Roe, said the chancellor must end austerity.");
    let m = d.demands.iter().find(|m| d.slice(m.what) == "end austerity").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_ne!(m.of.map(|p| party(&d, p)).as_deref(), Some("Tom Hale"), "{}", dump(&d));
    let s = d.statements.iter().find(|s| who(&d, s).as_deref() == Some("Jane Roe")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!about(&d, s).contains(&"Tom Hale".to_string()), "{}", dump(&d));
}

#[test]
fn a_platforms_former_name_is_no_topic() {
    // ("wrote on X, formerly Twitter, that …" had been about Twitter)
    let d = doc("Talks. Jane Roe wrote on X, formerly Twitter, that the border would reopen.");
    let s = d.statements.iter().find(|s| s.kind == Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
}

#[test]
fn conditional_on_sets_a_condition() {
    // ("said any deal was conditional on a full withdrawal", "has made further aid conditional
    // on free elections" had given no demand)
    let d = doc("Talks. Jane Roe said any deal was conditional on a full withdrawal of troops.");
    demand(&d, "Jane Roe", None, "a full withdrawal of troops", DemandKind::Condition);
    let d = doc("Talks. Norway has made further aid conditional on free elections.");
    demand(&d, "Norway", None, "free elections", DemandKind::Condition);
    // (a condition others are asked to set is the modal's demand of them)
    let d = doc("Talks. Jane Roe said the world should make any recognition of the junta conditional on free elections.");
    assert!(!d.demands.iter().any(|m| m.kind == DemandKind::Condition), "{}", dump(&d));
}

#[test]
fn time_given_to_a_group_as_written_is_an_ultimatum() {
    // ("gave the rebels 48 hours to lay down their arms" had made no demand: only an actor
    // with a name could be given the time)
    let d = doc("Talks. Jane Roe gave the rebels 48 hours to lay down their arms.");
    demand(&d, "Jane Roe", Some("the rebels"), "lay down their arms", DemandKind::Demand);
}

#[test]
fn an_appeal_whose_quotation_opens_before_those_asked() {
    // ('the foreign ministry urged "all parties to avoid escalation"' had made no demand; with
    // "In a statement, …" before it, a statement whose cue was "In" too)
    let d = doc("Talks. In a statement, the Vexmoor foreign ministry urged \"all parties to avoid escalation\".");
    demand(&d, "the Vexmoor foreign ministry", Some("all parties"), "avoid escalation", DemandKind::Appeal);
    assert!(!d.statements.iter().any(|s| s.cue == "In"), "{}", dump(&d));
}

#[test]
fn warning_before_strikes_is_no_cue_and_one_thing_asked_has_one_demander() {
    // ("He demanded …, and warned that the union would call warning strikes … unless the
    // company returned to the negotiating table" had two demanders on one thing asked, the
    // second from "warning strikes", and the store's one node gave four rows each)
    let d = doc("Plant\n\nThe Vexmoor Metalworkers' Union said on Monday it was angry. Its leader, Jane Roe, demanded that managers reopen the plant, and warned that the union would call warning strikes unless the company returned to talks by May.");
    let asked: Vec<_> = d.demands.iter().filter(|m| d.text()[m.what.start..m.what.end].contains("returned to talks")).collect();
    assert_eq!(asked.len(), 1, "{}", dump(&d));
    assert!(d.demands.iter().all(|m| m.cue != "warning"), "{}", dump(&d));
}

#[test]
fn the_union_is_a_trades_union_named_by_whom_it_organises() {
    // ("… between the United Auto Workers and Harlan Axle Co. broke down …, the union said" had
    // spoken as "the union")
    let d = doc("Strike\n\nWorkers walked out after talks between the Vexmoor Transit Workers and the city broke down, the union said.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Vexmoor Transit Workers")), "{}", dump(&d));
    let d = doc("Strike\n\nThe Congress of Vexmoor Trade Unions backed the walkout. According to the union, pay had fallen by a tenth.");
    assert!(d.statements.iter().any(|s| s.cue == "according to" && who(&d, s).as_deref() == Some("Congress of Vexmoor Trade Unions")), "{}", dump(&d));
}

#[test]
fn a_bodys_officer_after_the_cue_speaks_not_the_body() {
    // ('"We are not," said Vorlan's chief executive, Jan Brink.' had spoken as Vorlan)
    let d = doc("Strike\n\n\"We are not,\" said Quarnby's chief executive, Jan Brink.");
    quote(&d, "We are not,", "Jan Brink");
    // (where the office is held may stand before the comma)
    let d = doc("Strike\n\n\"We are ready,\" said the union's spokeswoman in Leeds, Jane Roe.");
    quote(&d, "We are ready,", "Jane Roe");
}

#[test]
fn a_described_body_after_the_content_and_a_comma_speaks() {
    // ("… heavily disrupted, rail operator SNCF said." had given no statement: the noun before
    // the name had been read as the object of a relative clause)
    let d = doc("Strike\n\nTrains were cancelled across the country on Monday, rail operator Vorlan Rail said.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Vorlan Rail")), "{}", dump(&d));
    let d = doc("Storm\n\nThousands of homes lost power overnight, the state broadcaster QTV said.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("QTV")), "{}", dump(&d));
    // (a relative clause stays none: "deliver the tanks Oslo promised")
    let d = doc("Aid\n\nThe army is waiting for the tanks Oslo promised.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn according_to_the_company_is_the_company_named_before() {
    // ("According to the company, the shaft produced about 90,000 ounces …" had spoken as
    // "the company")
    let d = doc("Mine\n\nVorlan Mining said on Monday it would close a shaft. According to the company, the shaft produced 900 ounces last year.");
    assert!(d.statements.iter().any(|s| s.cue == "according to" && who(&d, s).as_deref() == Some("Vorlan Mining")), "{}", dump(&d));
}

#[test]
fn please_after_an_opening_condition_asks() {
    // ('"If you need urgent care, please come forward," he said' gave no demand)
    let d = doc("Strike\n\n\"The clinics are open. If you need urgent care, please come forward,\" said Jane Roe.");
    demand(&d, "Jane Roe", None, "please come forward", DemandKind::Demand);
}

#[test]
fn a_union_seeking_a_raise_demands_it_but_a_second_term_sought_is_none() {
    // ("Reyes said the union was seeking a 30% raise …" gave no demand)
    let d = doc("Strike\n\nWorkers of the Vexmoor Transit Workers walked out. Jane Roe said the union was seeking a 30% raise over four years.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Vexmoor Transit Workers"), "{}", dump(&d));
    let d = doc("Vote\n\nMr. Jan Brink, who is seeking a second term, spoke on Monday.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn said_an_adverb_and_an_adjective_before_the_name() {
    // ('"…," said a visibly shaken Jane Roe.' had been said by no one)
    let d = doc("Verdict. \"It is a sad day,\" said a visibly shaken Jane Roe.");
    quote(&d, "It is a sad day,", "Jane Roe");
}

#[test]
fn a_family_name_alone_is_the_person_named_so_far_of_two_who_share_it() {
    // ("Kim" after "Kim Jong Un", with "Kim Yo Jong" named further on, had been a person of
    // its own)
    let d = doc("Test. Vexmoor leader Kim Jin Ho watched the launch, state media said. \"Our shield is complete,\" Kim was quoted as saying. His sister Kim Yu Na issued a statement later.");
    quote(&d, "Our shield is complete,", "Kim Jin Ho");
    // (two named before: the one named more often, as for "Cruz" after "Ted Cruz" and "Heidi
    // Cruz"; the family name written first is the surname, so the same rule decides)
    let d = doc("Test. Kim Jin Ho watched the launch. Kim Jin Ho later met Kim Yu Na. \"Our shield is complete,\" Kim said.");
    quote(&d, "Our shield is complete,", "Kim Jin Ho");
}

#[test]
fn the_agency_is_the_body_named_an_agency_over_a_board() {
    // ("…, according to the agency" after "the International Atomic Energy Agency" and "a
    // Board of Governors meeting" had been said by "the agency", unresolved)
    let d = doc("Report. The Vexmoor Shipping Agency said on Monday that exports fell, in a report sent ahead of a Board of Governors meeting. Exports had dropped by a fifth in May, according to the agency.");
    reported(&d, "Exports had dropped by a fifth in May", "Vexmoor Shipping Agency");
}

#[test]
fn a_possessor_of_two_words_in_apposition_leaves_the_subject_before_it() {
    // ("China, North Korea's main ally and trading partner, urged restraint" had no demand)
    let d = doc("Test. Brazil, South Africa's main trading partner, urged restraint.");
    demand(&d, "Brazil", None, "restraint", DemandKind::Appeal);
    let d = doc("Test. Brazil, New Zealand's closest ally, said it was worried.");
    reported(&d, "Brazil, New Zealand's closest ally, said it was worried", "Brazil");
}

#[test]
fn the_state_department_in_lower_case_is_the_us_body() {
    // ("A spokesperson for the US state department said …", as British papers write it, had
    // been said by "department")
    let d = doc("Talks. A spokesperson for the US state department said Washington stood by its allies. The state department later said it would respond.");
    reported(&d, "the US state department said Washington stood by its allies", "State Department");
    reported(&d, "The state department later said it would respond", "State Department");
    // (a state's department of something is none)
    let d = doc("Schools. The state department of education said fees would rise.");
    assert!(d.entities.iter().all(|e| e.name != "State Department"), "{}", dump(&d));
}

#[test]
fn his_spokesman_speaks_for_the_person_the_pronoun_refers_to() {
    // ("His spokesman said in a statement that …" after "Secretary-General X" had been said
    // by "spokesman", as "X's spokesman said" is X's)
    let d = doc("Talks. Governor Jan Vorst was alarmed by the vote. His spokesman said in a statement that the result was dangerous.");
    reported(&d, "His spokesman said in a statement that the result was dangerous", "Jan Vorst");
    let d = doc("Talks. Governor Ana Vorst was alarmed by the vote. Her office said the result was dangerous.");
    reported(&d, "Her office said the result was dangerous", "Ana Vorst");
}

#[test]
fn a_country_adjective_of_two_words_owns_a_generic_title() {
    // ("North Korean leader X" had no role: "leader" is a role only when what it is of is
    // named with it, and the adjective of two words was not read)
    let d = doc("Test. North Korean leader Ian Dahl said the launch was a success.");
    assert_eq!(role_of(&d, role(&d, "Ian Dahl", "leader")).as_deref(), Some("North Korea"));
}

#[test]
fn a_professor_at_a_named_body_holds_a_role() {
    // ("X, a professor at Y University" had no role: "professor" is listed as an honorific)
    let d = doc("Test. \"It is late,\" said Ana Marek, a professor at Halden University in Oslo.");
    assert_eq!(role_of(&d, role(&d, "Ana Marek", "Professor")).as_deref(), Some("Halden University"));
    // (the honorific before a name stays no role)
    let d = doc("Test. Professor Ana Marek said it was late.");
    assert!(d.roles.is_empty(), "{:?}", d.roles);
}

#[test]
fn a_field_after_a_title_leaves_the_body_after_at_its_owner() {
    // ("X, a professor of North Korean studies at Y University" had no role: the field after
    // "of" was taken for what the post is of)
    let d = doc("Test. \"It is over,\" said Eva Lind, a professor of economics at Varde University.");
    assert_eq!(role_of(&d, role(&d, "Eva Lind", "Professor")).as_deref(), Some("Varde University"));
    let d = doc("Test. Jan Berg, director of communications at the Halden Institute, said the talks had failed.");
    assert_eq!(role_of(&d, role(&d, "Jan Berg", "director")).as_deref(), Some("Halden Institute"));
}

#[test]
fn a_spokesperson_described_by_a_possessive_after_the_content_reports_it() {
    // ("Guterres strongly condemned the launch, his spokesman X said" had been Guterres's
    // statement alone: the closing ", X said" reports what stands before it, as it does
    // without "his spokesman")
    let d = doc("Test. Governor Jan Vorst strongly condemned the attack, his spokesman Tom Hale said.");
    reported(&d, "Governor Jan Vorst strongly condemned the attack, his spokesman Tom Hale said", "Tom Hale");
}

#[test]
fn a_sentence_opening_with_a_holders_title_has_that_holder_for_he() {
    // ("The Democratic governor asked President X to approve … In a letter to the White House,
    // he wrote that …" had given the letter to the president, the first person named)
    let d = doc("Storm. Vexmoor Gov. Tom Hale declared a statewide emergency on Tuesday. The Democratic governor asked President Jon Roe to approve a major disaster declaration, which would unlock federal aid. In a letter to the White House, he wrote that the state's funds \"will run out within days.\"");
    quote(&d, "will run out within days.", "Tom Hale");
}

#[test]
fn a_verb_coordinated_inside_a_relative_clause_is_the_antecedents() {
    // ("…, has the endorsement of President X, who wrote that Mr Hale would be "…" and urged
    // Republicans to …" had made the demand Hale's, the first person of the sentence)
    let d = doc("Race. The frontrunner, businessman Tom Hale, has the backing of President Jon Roe, who wrote on social media that Mr Hale would be \"a great governor\" and urged local voters to \"get behind him now\".");
    demand(&d, "Jon Roe", Some("local voters"), "get behind him now", DemandKind::Appeal);
    // (a comma closing the relative clause leaves the coordinated verb to the sentence's subject)
    let d = doc("Race. Businessman Tom Hale, who is 60, said he would run and urged local voters to back him.");
    demand(&d, "Tom Hale", Some("local voters"), "back him", DemandKind::Appeal);
}

#[test]
fn a_demand_inside_a_relative_clause_ends_at_the_comma_closing_it() {
    // ("President X, who has repeatedly called for stricter identification rules nationwide,
    // hailed the decision" had asked for "… nationwide, hailed the decision")
    let d = doc("Ruling. President Jon Roe, who has repeatedly called for stricter rules nationwide, hailed the decision on Tuesday.");
    demand(&d, "Jon Roe", None, "stricter rules nationwide", DemandKind::Appeal);
}

#[test]
fn the_need_to_after_an_article_is_a_noun_and_no_obligation() {
    // ("The ACLU said it understood the need to protect empty neighborhoods" had been a demand
    // "it understood the need to protect …")
    let d = doc("Curfew. The Vexmoor Civil Rights Union said it understood the need to protect empty homes but urged the governor to exempt reporters.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).contains("understood")), "{}", dump(&d));
    // (no governor named: the one person described is not known, as for a pronoun)
    demand(&d, "Vexmoor Civil Rights Union", None, "exempt reporters", DemandKind::Appeal);
}

#[test]
fn a_state_legislators_abbreviated_office_is_written_out() {
    // ("State Rep. X, a Democrat from …" and "Ald. X, 41st," had no role: "Rep." was skipped
    // as an honorific after the modifier "State", and "Ald." was no token of its own)
    let d = doc("Vote. State Rep. Jane Roe, a Democrat from the west side, said the bill would pass. Ald. Tom Hale, 41st, wrote on X that it was a stunt.");
    assert_eq!(role(&d, "Jane Roe", "representative").title, "State Representative", "{}", dump(&d));
    assert_eq!(role(&d, "Tom Hale", "alderman").title, "Alderman", "{}", dump(&d));
    // (an office's abbreviation after a word that is no title stays the office: "Republican Sen.")
    let d = doc("Vote. Republican Sen. Jane Roe said the bill would pass.");
    assert_eq!(role(&d, "Jane Roe", "senator").title, "Senator", "{}", dump(&d));
}

#[test]
fn a_us_states_chamber_after_state_is_no_national_body_nor_a_person() {
    // ("two seats in the state Senate" had been the U.S. Senate; "Republicans in the state
    // House said" a person "House")
    let d = doc("Vote. The U.S. Senate passed the bill. The ruling comes before elections for two seats in the state Senate. Republicans in the state House said the bill was unconstitutional.");
    assert!(!d.entities.iter().any(|e| e.name == "House"), "{}", dump(&d));
    let senate_mentions = d.mentions.iter().filter(|m| d.entities[m.entity].name.contains("Senate")).count();
    assert_eq!(senate_mentions, 1, "{}", dump(&d));
}

#[test]
fn a_quote_after_a_verb_coordinated_in_a_relative_clause_is_the_antecedents() {
    // ("The Republican frontrunner, businessman X, has the endorsement of President Y, who wrote
    // … and urged Michigan Republicans to "get behind him now"" had given the quote to "The
    // Republican")
    let d = doc("Race. The Republican frontrunner, businessman Tom Hale, has the endorsement of President Jon Roe, who wrote on his platform that Mr Hale would be \"a fantastic governor\" and urged Vexmoor Republicans to \"get behind him now\".");
    quote(&d, "get behind him now", "Jon Roe");
}

#[test]
fn an_order_after_an_article_or_a_modifier_is_the_noun() {
    // ("The mayor signed an executive order that bars city departments from …" had made a
    // demand by "The mayor signed an executive")
    let d = doc("Raids. The mayor signed an executive order that bars city staff from helping federal agents unless they present a warrant. The governor ordered the guard to deploy.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).contains("bars")), "{}", dump(&d));
    demand(&d, "The governor", Some("the guard"), "deploy", DemandKind::Demand);
}

#[test]
fn staff_and_elections_stand_inside_a_title() {
    // ("X, a senior staff attorney with the ACLU's Voting Rights Project," had no role)
    let d = doc("Vote. Mark Dunn, a senior staff attorney with the Vexmoor Rights Project, said the ruling was wrong.");
    assert_eq!(role(&d, "Mark Dunn", "attorney").title, "senior staff attorney", "{}", dump(&d));
}

#[test]
fn sources_close_to_her_said() {
    // ("…, sources close to her said." had no statement of theirs: "her" before "said" read as a
    // possessive, "said" as a noun; "close to him" had worked)
    let d = doc("Talks. Jane Roe will resign on Monday, sources close to her said.");
    assert_eq!(speaker_of(&d, "Jane Roe will resign on Monday, sources close to her said").as_deref(), Some("sources close to her"), "{}", dump(&d));
}

#[test]
fn an_office_of_a_body_or_in_a_place_before_the_name_after_a_quote_is_no_content() {
    // ("“…,” the head of the INGD, Candido Mabunda, told AFP." had made a reported statement
    // of the quote's last sentence and the attribution; "“…,” WFP’s country director in
    // Somalia, Ingrid Solberg, told the BBC." had given the quote to WFP)
    let d = doc("Floods\n\n\"The first wave was the wind. The second wave is disease,\" the head of the Vexmoor Relief Agency, Jane Roe, told AFP.");
    assert!(d.statements.iter().all(|s| s.kind == StatementKind::Direct), "{}", dump(&d));
    quote(&d, "The first wave was the wind. The second wave is disease,", "Jane Roe");
    let d = doc("Drought\n\n\"We are choosing who eats. Nobody should choose,\" the Vexmoor Relief Agency's country director in Somalia, Jane Roe, told the BBC.");
    assert!(d.statements.iter().all(|s| s.kind == StatementKind::Direct), "{}", dump(&d));
    quote(&d, "We are choosing who eats. Nobody should choose,", "Jane Roe");
}

#[test]
fn according_to_the_body_by_its_lower_case_head_is_the_body_named_before() {
    // ("The National Institute for Disaster Risk Management (INGD) said … According to the
    // institute, …" had spoken as the phrase "the institute")
    let d = doc("Floods\n\nThe Norwegian Relief Institute said the storm had killed 64 people. According to the institute, about 140,000 people are homeless.");
    assert_eq!(speaker_of(&d, "about 140,000 people are homeless").as_deref(), Some("Norwegian Relief Institute"), "{}", dump(&d));
    // (initials in another language, which name the body alone)
    let d = doc("Floods\n\nThe National Institute for Vexmoor Relief (INGVX) said the storm had killed 64 people. According to the institute, about 140,000 people are homeless.");
    let first = speaker_of(&d, "The National Institute for Vexmoor Relief (INGVX) said the storm had killed 64 people");
    assert!(first.is_some(), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "about 140,000 people are homeless"), first, "{}", dump(&d));
    // (two bodies with that head: neither)
    let d = doc("Floods\n\nThe Norwegian Relief Institute and the Danish Relief Institute said the storm had killed 64 people. According to the institute, about 140,000 people are homeless.");
    assert_ne!(speaker_of(&d, "about 140,000 people are homeless").as_deref(), Some("Norwegian Relief Institute"), "{}", dump(&d));
}

#[test]
fn a_topic_before_a_colon_in_a_headline_does_not_speak_the_quote() {
    // ("Somalia drought: ‘We buried our animals, now we fear for our children’" had given the
    // headline's quote to Somalia)
    let d = doc("Norway floods: ‘We lost everything, now we wait for help’\n\nThe rains went on, the agency said.");
    assert!(d.statements.iter().filter(|s| s.kind == StatementKind::Direct).all(|s| s.speaker.is_none()), "{}", dump(&d));
    // (a speaker before the colon still speaks: "Hale: ‘…’")
    let d = doc("Talks\n\nMinister Tom Hale spoke on Monday. He gave a warning: ‘We will not wait for help any longer.’");
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Direct && who(&d, s).as_deref() == Some("Tom Hale")), "{}", dump(&d));
}

#[test]
fn what_circumstances_forced_or_no_one_should_have_to_do_is_no_demand() {
    // ("The World Food Programme (WFP) says it has had to cut rations …" and "No humanitarian
    // should ever have to make that choice" had been demands)
    let d = doc("Drought\n\nThe Vexmoor Relief Agency says it has had to cut rations for 1.2 million people.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Drought\n\n\"No parent should ever have to make that choice,\" Jane Roe said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (a backshifted "had to" in a report still asks: "said allies had to do more")
    let d = doc("Talks\n\nJane Roe said allies had to do more.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe"), "{}", dump(&d));
}

#[test]
fn an_addressee_and_a_participle_of_manner_after_a_quote_report_nothing() {
    // ("“… Now there is only one nurse here,” she told AFP, holding a plastic sachet of oral
    // rehydration salts." had made a reported statement of the attribution)
    let d = doc("Floods\n\nJane Roe, 34, said she had walked for two days.\n\n\"The water took our house and our maize. Now my youngest has diarrhoea and there is only one nurse here,\" she told AFP, holding a plastic sachet of oral rehydration salts.");
    assert!(!d.statements.iter().any(|s| s.kind == StatementKind::Reported && s.cue == "told"), "{}", dump(&d));
    // (a participle that passes on words still reports: ", reciting the poem's last line")
    let d = doc("Rally\n\nAt a rally, Hale likened the migrants to a \"vicious snake\" in a song.\n\n\"You knew damn well that I was a snake before you took me in,\" Tom Hale told the crowd, reciting the snake's taunt of the dying woman.");
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Reported && s.cue == "told"), "{}", dump(&d));
}

#[test]
fn a_district_office_is_a_role() {
    // ("The chief district officer of Jajarkot, X, said …" gave no role)
    let d = doc("Quake\n\nThe chief district officer of Vexmoor, Tom Hale, said the district needed tents.");
    role(&d, "Tom Hale", "chief district officer");
    let d = doc("Quake\n\nDistrict Commissioner Tom Hale said the road was closed.");
    role(&d, "Tom Hale", "district commissioner");
}

#[test]
fn the_opposition_asked_is_the_opposition_party_named_before() {
    // ("The opposition should help people instead of playing politics in a flood," after "The
    // opposition Pakistan Tehreek-e-Insaf party accused …" had asked the bare phrase)
    let d = doc("Floods\n\nThe opposition Vexmoor Justice Party accused the government of wasting money. \"The opposition should help people instead of playing politics in a flood,\" Jane Roe, a government spokesperson, told reporters.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && m.of.is_some_and(|o| party(&d, o) == "Vexmoor Justice Party")), "{}", dump(&d));
}

#[test]
fn a_given_name_of_either_sex_lets_he_take_up_its_holder() {
    // ("The chief district officer of Jajarkot, Suman Thapa Magar, said …. He urged aid agencies
    // to …" had given the demand to the prime minister: Suman, a man's name as often as a
    // woman's in South Asia, was listed as a woman's)
    let d = doc("Quake\n\nPrime Minister Tom Hale flew to the area on Friday. The chief district officer, Suman Vexmoor, said the district needed tents. He urged aid agencies to send blankets.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Suman Vexmoor"), "{}", dump(&d));
}

#[test]
fn a_bare_leader_before_a_name_is_of_the_one_state_its_sentence_names() {
    // ("North Korea's official news agency said leader X had overseen the test" gave no role)
    let d = doc("Launch\n\nNorway's state news agency said leader Jane Roe had watched the launch.");
    assert_eq!(role_of(&d, role(&d, "Jane Roe", "leader")).as_deref(), Some("Norway"), "{}", dump(&d));
    // (no state, or two, and it names no office)
    let d = doc("Launch\n\nNorway and Sweden said leader Jane Roe had watched the launch.");
    assert!(d.roles.is_empty(), "{}", dump(&d));
}

#[test]
fn an_analyst_or_researcher_named_without_a_body_holds_the_post() {
    // ("senior analyst X said", "X, a security analyst,", "Analyst X of Y" had no role: only
    // "an analyst at Y" had)
    let d = doc("War\n\n\"The system is holding,\" senior analyst Tom Hale said. Jane Roe, a security analyst, said the border was calm.");
    role(&d, "Tom Hale", "analyst");
    role(&d, "Jane Roe", "analyst");
    let d = doc("War\n\nAnalyst Ann Lee of Vexmoor University said the vote would be close.");
    role(&d, "Ann Lee", "analyst");
}

#[test]
fn a_spokesman_for_an_office_holder_holds_the_spokesmans_title() {
    // ("A spokesman for the majority leader, X," had made X the majority leader)
    let d = doc("Budget\n\nA spokesman for the prime minister, Tom Hale, said the talks would go on.");
    role(&d, "Tom Hale", "spokesman");
    assert!(!d.roles.iter().any(|r| r.head.eq_ignore_ascii_case("prime minister")), "{}", dump(&d));
}

#[test]
fn a_title_word_ending_a_bodys_name_is_no_title_of_the_name_after_it() {
    // ("The Executive Director of the Lagos-based Centre for Media Justice (CMJ), Mr X," had
    // made X a "Justice")
    let d = doc("Media\n\nThe Executive Director of the Vexmoor Centre for Media Justice (VCMJ), Mr Tom Hale, accused the board of bias.");
    assert!(!d.roles.iter().any(|r| r.head.eq_ignore_ascii_case("justice")), "{}", dump(&d));
    // (an office before the body's initials still is: "The Secretary-General of the X Council (XC), Y")
    let d = doc("Talks\n\nThe Secretary-General of the Vexmoor Cooperation Council (VCC), Tom Hale, condemned the raids.");
    role(&d, "Tom Hale", "Secretary-General");
}

#[test]
fn where_a_teller_told_them_is_not_what_it_is_about() {
    // ("X told reporters in Lausanne, Switzerland, on Wednesday that …", "told reporters after a
    // meeting in Doha, Qatar, that …" had been about Switzerland and Qatar: where and when the
    // ones told were told, up to the "that" of what was told, is no topic)
    let d = doc("Sport\n\nThe sprinter Tom Hale told reporters after a meeting in Oslo, Norway, on Friday that the ban was unfair.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "told").expect("statement");
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
    let d = doc("Sport\n\nJane Roe told a rally at Vexmoor in Denmark that the ban was unfair.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "told").expect("statement");
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
    // (a clause after the preposition is no venue: "after Russia struck …")
    let d = doc("Sport\n\nJane Roe told reporters after Norway struck Denmark on Friday that the ban was unfair.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "told").expect("statement");
    assert!(about(&d, s).contains(&"Norway".to_string()), "{}", dump(&d));
}

#[test]
fn a_long_relative_clause_on_the_speaker_is_not_what_is_said() {
    // ("X, who was arrested during a protest in the Black Sea city of Y, in the western Z region,
    // in May and released on bail, welcomed … but said …" had been about the city, the sea and
    // the region: the relative clause ran past the 24 tokens an aside was given)
    let d = doc("Sanctions\n\nOpposition politician Jane Roe, who was arrested during a protest in the northern port city of Bergen, in the western Vestland region of Norway, in May and released on bail, said the sanctions did not go far enough.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "said").expect("statement");
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
}

#[test]
fn a_country_opening_a_mediums_name_is_no_topic() {
    // ("X told France Inter radio that …" had been about France: the country's name opens the
    // medium's, a capitalised word after it, where it was told)
    let d = doc("Budget\n\nJane Roe, who heads the Vexmoor group, told Norway Inter radio that the deal was dead.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "told").expect("statement");
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
    // (a country told, with no medium's name after it, stays a topic)
    let d = doc("Budget\n\nJane Roe told Norway that the deal was dead.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "told").expect("statement");
    assert!(about(&d, s).contains(&"Norway".to_string()), "{}", dump(&d));
}

#[test]
fn the_writers_as_clause_after_a_report_is_not_what_it_is_about() {
    // ("X accused the federal government of "dragging its feet" on aid, as a fast-moving fire
    // forced thousands of people to leave Y" had been about Y: the writer's circumstance after
    // ", as" and a new subject is not what was said)
    let d = doc("Fire\n\nThe mayor, Jane Roe, said the government was slow with aid, as a fast-moving fire forced thousands of people to leave Bergen.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "said").expect("statement");
    assert!(!about(&d, s).contains(&"Bergen".to_string()), "{}", dump(&d));
    // (", as it did …" is still the speaker's)
    let d = doc("Fire\n\nThe mayor, Jane Roe, said the city would match donations, as it did when Norway sent aid.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "said").expect("statement");
    assert!(about(&d, s).contains(&"Norway".to_string()), "{}", dump(&d));
}

#[test]
fn where_a_body_is_based_is_no_topic() {
    // ("the regulator said … the Nairobi-based bank failed to …" had been about Nairobi: the
    // seat of a body in "X-based" is where it is, not what is said about)
    let d = doc("Fine\n\nThe regulator said an inspection had found that the Oslo-based bank failed to carry out checks.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "said").expect("statement");
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
    let d = doc("Fine\n\nJane Roe said the Norway-based lender would close and Denmark would act.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "said").expect("statement");
    assert_eq!(about(&d, s), vec!["Denmark".to_string()], "{}", dump(&d));
}

#[test]
fn a_court_where_a_case_goes_on_is_no_topic() {
    // ("the State would appeal the decision at the Court of Appeal" had been about the court: a
    // court after "at" is where the case goes on; one appealed to stays a topic)
    let d = doc("Ruling\n\nAttorney-General Jane Roe said the State would appeal the decision at the Vexmoor Court of Appeal.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "said").expect("statement");
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
    let d = doc("Ruling\n\nAttorney-General Jane Roe said the State would appeal to the Vexmoor Court of Appeal.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && s.cue == "said").expect("statement");
    assert!(!about(&d, s).is_empty(), "{}", dump(&d));
}

#[test]
fn pushing_for_a_stretch_of_time_asks_nothing() {
    // ("called on the administration to approve the sanctions bill he has been pushing for
    // months" had made "months" a demand)
    let d = doc("Sanctions\n\nSenator Tom Hale called on the government to pass the bill he has been pushing for months.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).starts_with("months")), "{}", dump(&d));
    let d = doc("Sanctions\n\nThe bill, which Jane Roe has called for for the past two years, was passed.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).starts_with("the past")), "{}", dump(&d));
    // (a thing pushed for still asks: "pushed for a ceasefire")
    let d = doc("Talks\n\nJane Roe pushed for a ceasefire.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("ceasefire")), "{}", dump(&d));
}

#[test]
fn the_number_needed_to_is_no_obligation() {
    // ("won 271 votes, 18 short of the 289 needed to topple the government, according to the
    // Assembly's count" had made a demand of the count)
    let d = doc("Vote\n\nThe motion won 201 votes, 12 short of the 213 needed to pass it, according to the Vexmoor Assembly.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (a modal "needed to" still obliges: "said the country needed to do more")
    let d = doc("Vote\n\nJane Roe said the Vexmoor Assembly needed to do more.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe"), "{}", dump(&d));
}

#[test]
fn a_quotation_opening_at_the_modal_leaves_the_refusal_to_its_subject() {
    // ('It said the bloc "will not accept any unconstitutional change of government"' had given
    // the refusal to the speaker: the quotation mark had opened the clause)
    let d = doc("Vote\n\nThe Vexmoor Union has sent a team to Quarnby. It said Norway \"will not accept any change to the border\" after the vote.");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Refusal && party(&d, m.by) == "Norway"), "{}", dump(&d));
    // (a whole quoted sentence still refuses for its speaker's subject as before)
    let d = doc("Vote\n\n\"We will not accept any change to the border,\" Jane Roe said.");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Refusal && party(&d, m.by) == "Jane Roe"), "{}", dump(&d));
}

#[test]
fn it_after_a_persons_said_is_the_body_the_person_speaks_for() {
    // ("The group's director, X, said it would keep up its protests until Congress voted …" had
    // given the condition to the state named before)
    let d = doc("Strikes\n\nTom Hale, the director of the Vexmoor Peace League, marched in Albany. The Quarnby Shipping Company had lost two boats. Hale said it would keep up its protests until the Senate voted on the strikes.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Vexmoor Peace League" && d.slice(m.what).contains("voted")), "{}", dump(&d));
    // (a person with no body: "it" is left to the pronoun's own reading)
    let d = doc("Strikes\n\nThe Vexmoor Peace League marched in Albany. Tom Hale, a farmer, said it would keep up its protests until the Senate voted on the strikes.");
    assert!(d.demands.iter().all(|m| party(&d, m.by) != "Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_negated_condition_opening_a_quoted_sentence_is_the_speakers_threat() {
    // ("If he does not keep his word on pensions, we will vote him out in January," had made no
    // demand; "If the changes are not made, we will not hesitate to act again" neither)
    let d = doc("Budget\n\n\"We gave the minister a chance. If Norway does not cut the levy by March, we will leave the coalition,\" Jane Roe said.");
    demand(&d, "Jane Roe", Some("Norway"), "cut the levy by March", DemandKind::Condition);
    let d = doc("Fine\n\n\"If the changes are not made, we will not hesitate to act again,\" Jane Roe said.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("changes")), "{}", dump(&d));
    // (a condition on the speaker's own side, or with no negation, asks nothing)
    let d = doc("Forest\n\n\"If we do not act now, we will lose the forest,\" Jane Roe said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Forest\n\n\"If the rain comes, we will plant the fields,\" Jane Roe said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_negated_condition_on_no_actor_is_no_threat() {
    // ("If funding does not arrive by January, we will have to suspend assistance", "If the
    // numbers are not there, parliament will have to decide": no one is asked to act)
    let d = doc("Aid\n\n\"If funding does not arrive by January, we will close the clinics,\" Jane Roe said.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).contains("arrive")), "{}", dump(&d));
    let d = doc("Vote\n\n\"If the numbers are not there, the Vexmoor Assembly will decide,\" Jane Roe said.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).contains("numbers")), "{}", dump(&d));
}

#[test]
fn expected_to_hold_the_line_or_talks_is_asked() {
    // ("Verhoeven said she expected member states to hold the line" had been read as a
    // forecast, as "expected the truce to hold" is)
    let d = doc("Talks\n\nJane Roe said she expected Norway to hold the line.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("line")), "{}", dump(&d));
    let d = doc("Talks\n\nJane Roe said she expected Norway to hold fresh elections.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe"), "{}", dump(&d));
    // (a forecast stays one: "expected Norway to hold its lead")
    let d = doc("Race\n\nJane Roe said she expected Norway to hold its lead.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_persons_expectation_of_plural_actors_is_asked_of_them() {
    // ("Verhoeven said she expected member states to hold the line" made no demand)
    let d = doc("Talks\n\nJane Roe said she expected member states to close the loophole.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("loophole")), "{}", dump(&d));
    // (a forecast stays one: "expected companies to struggle")
    let d = doc("Talks\n\nJane Roe said she expected companies to struggle.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn an_invitation_to_talks_or_to_take_part_is_no_demand() {
    // ("urged the unions to "choose dialogue over confrontation" and invited them to talks at
    // the ministry on Friday" had made the invitation a demand)
    let d = doc("Strike\n\nMinister Jane Roe invited the unions to talks at the ministry on Friday.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Summit\n\nJane Roe invited Norway to join the summit.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (those invited named at length: "invited the leaders of the opposition parties to talks")
    let d = doc("Budget\n\nA spokesman said Premier Jane Roe had invited the heads of the three farm unions to talks on the levy.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (the urging beside it still asks)
    let d = doc("Strike\n\nMinister Jane Roe urged the unions to end the strike and invited them to talks on Friday.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("end the strike")), "{}", dump(&d));
}

#[test]
fn how_can_we_ask_is_a_question_that_asks_nothing() {
    // ("How can we ask people to vote when they cannot walk to the market without being
    // shot?" had been a demand of "people")
    let d = doc("Vote\n\n\"How can we ask people to vote when the roads are closed?\" Jane Roe said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (a plain asking still asks: "We ask people to vote")
    let d = doc("Vote\n\n\"We ask people to vote on Sunday,\" Jane Roe said.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe"), "{}", dump(&d));
}

#[test]
fn an_obligation_does_not_run_back_past_a_sentences_end() {
    // ('"How can we ask people to vote when they cannot walk to the market? Security must come
    // first," he said' had asked "when they cannot walk … Security must come first")
    let d = doc("Vote\n\n\"Are the roads closed? Security must come first,\" Jane Roe said.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).contains("roads")), "{}", dump(&d));
    let d = doc("Vote\n\n\"Are the roads closed? The army must open them,\" Jane Roe said.");
    assert!(d.demands.iter().any(|m| d.slice(m.what) == "open them"), "{}", dump(&d));
}

#[test]
fn initials_in_brackets_neither_cut_off_the_clause_nor_make_the_venue_a_topic() {
    // ("said in a statement carried by the Korean Central News Agency (KCNA) that …" had
    // given no statement: the bracket's three tokens had pushed "that" out of reach)
    let d = doc("Floods\n\nMaria Vexler said in a statement carried by the Vexmoor Central News Agency (VCNA) that the floods were a response to the dam.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && who(&d, s).as_deref() == Some("Maria Vexler")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(s.about.iter().all(|&e| !name(&d, e).contains("Agency")), "{}", dump(&d));
    // ("told the Australian Broadcasting Corporation (ABC) that …": the broadcaster told is
    // where it was said, with its initials too)
    let d = doc("Talks\n\nMaria Vexler told the Vexmoor Broadcasting Corporation (VBC) that she had raised the matter with Norway.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(s.about.iter().all(|&e| !name(&d, e).contains("Corporation")), "{}", dump(&d));
}

#[test]
fn the_irish_head_of_government_is_an_office_not_a_person() {
    // ("The Taoiseach has rejected …" had made "Taoiseach" a person of its own)
    let d = doc("Housing\n\nThe Taoiseach has rejected calls for an early election, insisting the Government will \"see out its term\".");
    assert!(d.entities.iter().all(|e| e.name != "Taoiseach"), "{}", dump(&d));
    // (a title right after the headline's line is the lede's: "Housing" is no part of it)
    let d = doc("Housing\n\nTánaiste Seamus Vexley said the coalition would hold.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Seamus Vexley" && r.head == "Tánaiste"), "{}", dump(&d));
}

#[test]
fn a_spokesman_for_the_minister_speaks_for_the_one_minister_named() {
    // ("A spokesman for the Minister said …" had left "the Minister" unresolved)
    let d = doc("Rents\n\nThe Minister for Transport, Aoife Vexley, will bring proposals to Cabinet. A spokesman for the Minister said the plans were at an advanced stage.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Aoife Vexley") && d.slice(s.text).contains("advanced stage")), "{}", dump(&d));
    // (two ministers named: which one is not known)
    let d = doc("Rents\n\nThe Minister for Transport, Aoife Vexley, and the Minister for Health, Ciaran Moyle, will bring proposals to Cabinet. A spokesman for the Minister said the plans were at an advanced stage.");
    assert!(d.statements.iter().all(|s| !matches!(who(&d, s).as_deref(), Some("Aoife Vexley") | Some("Ciaran Moyle")) || !d.slice(s.text).contains("advanced stage")), "{}", dump(&d));
}

#[test]
fn a_deadline_given_to_explain_is_a_demand_and_no_statement() {
    // ("has given Hungary until the end of the month to explain how …" had been a statement
    // with the cue "explain" beside the demand)
    let d = doc("Funds\n\nThe European Commission has given Norway until the end of the month to explain how it will fix the courts.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "European Commission" && d.slice(m.what).starts_with("explain")), "{}", dump(&d));
}

#[test]
fn a_plain_description_before_the_name_asked_is_that_actor() {
    // ("urged the state-owned company Codelco to …" had asked the phrase as written, not the
    // company)
    for (t, want) in [
        ("Strike\n\nThe union urged the state-owned miner Vexcopper to raise its offer.", "Vexcopper"),
        ("Strike\n\nThe union urged the Chilean miner Vexcopper (VC) to raise its offer.", "Vexcopper"),
        ("Talks\n\nThe minister urged fellow senator Jane Roe to back the bill.", "Jane Roe"),
    ] {
        let d = doc(t);
        assert!(d.demands.iter().any(|m| m.of.is_some_and(|p| party(&d, p) == want)), "{}", dump(&d));
    }
    // (a phrase with a preposition names others: "supporters of Jane Roe" are not she)
    let d = doc("Talks\n\nThe minister urged supporters of Jane Roe to back the bill.");
    assert!(d.demands.iter().all(|m| m.of.is_none_or(|p| party(&d, p) != "Jane Roe")), "{}", dump(&d));
}

#[test]
fn a_cue_word_used_as_a_noun_in_an_aside_does_not_hide_the_subject() {
    // ("X, speaking on state television, said …" had given no statement: "state" is a verb
    // of saying elsewhere, so the aside had not been skipped back to the name)
    for t in [
        "Talks\n\nJane Vexley, speaking on state television, said the militia would not disarm.",
        "Talks\n\nJane Vexley, in a speech broadcast on state radio, said the militia would not disarm.",
        "Talks\n\nJane Vexley, responding to claims of fraud, said the militia would not disarm.",
    ] {
        let d = doc(t);
        assert!(d.statements.iter().any(|s| s.kind == StatementKind::Reported && who(&d, s).as_deref() == Some("Jane Vexley")), "{}", dump(&d));
    }
}

#[test]
fn support_before_for_is_the_noun_not_a_cue() {
    // ("Prime Minister X, a frequent critic of EU support for Kyiv, wrote on X that …" had
    // made "a frequent critic of EU" a speaker with the cue "support")
    let d = doc("Talks\n\nPrime Minister Jan Vexlund, a frequent critic of EU support for Kyiv, wrote on X that Europe should stop financing the war.");
    assert!(d.statements.iter().all(|s| s.cue != "support"), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Reported && who(&d, s).as_deref() == Some("Jan Vexlund")), "{}", dump(&d));
    // (the verb stays one: "Norway supports the plan")
    let d = doc("Talks\n\nJan Vexlund said Norway would support the plan.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jan Vexlund")), "{}", dump(&d));
}

#[test]
fn the_agency_after_an_administration_named_in_the_sentence_is_that_administration() {
    // ("The Federal Aviation Administration has opened an investigation into … at Spirit
    // AeroSystems, the agency said" had been the company's statement)
    let d = doc("Probe\n\nThe Federal Maritime Administration has opened an investigation into lapses at Vexmoor Industries, the agency said on Monday.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Federal Maritime Administration")), "{}", dump(&d));
}

#[test]
fn a_description_with_commas_of_its_own_after_a_speaker_noun_is_skipped() {
    // ("The whistleblower, a former quality inspector at Spirit's Wichita, Kansas, plant,
    // told Reuters that …" had been Reuters' statement)
    let d = doc("Probe\n\nThe whistleblower, a former inspector at the plant in Wichita, Kansas, told Reuters that managers had ignored warnings.");
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Reported && who(&d, s).as_deref() == Some("The whistleblower")), "{}", dump(&d));
    // (and whom "told" names is never a speaker inverted after it)
    let d = doc("Probe\n\nThe engineer, a former inspector at the plant in Wichita, Kansas, told Reuters that managers had ignored warnings.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Reuters")), "{}", dump(&d));
}

#[test]
fn initials_of_a_body_named_after_its_country_spell_the_rest() {
    // ("The U.S. Federal Aviation Administration … The FAA said" had been two bodies)
    let d = doc("Probe\n\nThe U.S. Federal Maritime Administration has opened an investigation. The FMA said it would act.");
    assert_eq!(d.entities.iter().filter(|e| e.name.contains("Maritime") || e.name == "FMA").count(), 1, "{}", dump(&d));
}

#[test]
fn british_police_ranks_written_short_are_titles() {
    // ("Det Ch Supt X, the head of …, said" had been a person named "Det Ch Supt X", and
    // '"…," she said' after it nobody's)
    let d = doc("Inquiry\n\nDet Supt Priya Lund, who leads the inquiry, said the van had been found in Leeds. \"We are keeping an open mind,\" she said.");
    reported(&d, "Det Supt Priya Lund, who leads the inquiry, said the van had been found in Leeds", "Priya Lund");
    quote(&d, "We are keeping an open mind,", "Priya Lund");
    role(&d, "Priya Lund", "Detective Superintendent");
    let d = doc("Inquiry\n\nDCI Tom Askew told the court the car was stolen.");
    role(&d, "Tom Askew", "Detective Chief Inspector");
    assert!(d.entities.iter().all(|e| !e.name.contains("DCI")), "{}", dump(&d));
}

#[test]
fn a_police_office_after_of_is_no_town_called_police() {
    // ("Inspector General of Police X": Police, a town in Poland, had been what the office is
    // of and an entity of the story)
    let d = doc("Raids\n\nThe Inspector General of Police Amos Wekesa told reporters in Nakuru that nine men had been held.");
    role(&d, "Amos Wekesa", "Inspector General of Police");
    assert!(d.entities.iter().all(|e| e.name != "Police"), "{}", dump(&d));
    let d = doc("Raids\n\nThe Commissioner of Police, Grace Ofori, said the roads would reopen.");
    assert!(d.entities.iter().all(|e| e.name != "Police"), "{}", dump(&d));
}

#[test]
fn called_upon_asks_as_called_on_does() {
    // ("called upon youth to stay away from drugs" had asked nothing)
    let d = doc("Clinics\n\nJane Roe called upon the health ministry to publish the figures.");
    demand(&d, "Jane Roe", Some("the health ministry"), "publish the figures", DemandKind::Appeal);
}

#[test]
fn a_title_word_opening_the_sentence_and_a_longer_title_stays_in_it() {
    // ("Director General of Police X, addressing a parade, called upon …": the common word
    // "Director" opening the sentence had been dropped before the title "General", and the
    // holder lost)
    let d = doc("Parade\n\nDirector General of Police Amos Wekesa on Monday said nine recruits had passed out in Eldoret.");
    reported(&d, "Director General of Police Amos Wekesa on Monday said nine recruits had passed out in Eldoret", "Amos Wekesa");
    role(&d, "Amos Wekesa", "Director General of Police");
    // (a common word before a title still goes: "Meanwhile President X")
    let d = doc("Parade\n\nMeanwhile President Jane Roe said the parade would go ahead.");
    reported(&d, "Meanwhile President Jane Roe said the parade would go ahead", "Jane Roe");
}

#[test]
fn wanted_for_a_crime_is_no_wish() {
    // ("until the Taliban handed over militant commanders wanted for attacks in …" had been a
    // statement of "militant commanders", and the condition before it lost)
    let d = doc("Border\n\nThe minister added that Oslo would not reopen the crossing at Narvik until the rebels handed over two commanders wanted for attacks in Norway.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("two commanders")), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Norway" && d.slice(m.what).contains("handed over two commanders")), "{}", dump(&d));
    let d = doc("Border\n\nPolice are looking for a man wanted in connection with the fire.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn asked_to_in_the_passive_says_nothing() {
    // ("Carver, who wore a grey tracksuit, was not asked to enter a plea" had been his statement)
    let d = doc("Court\n\nJane Roe, who wore a blue suit, was not asked to enter a plea. Tom Fell was asked to leave the room.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // (asking someone still asks)
    let d = doc("Court\n\nJane Roe asked the court to adjourn.");
    demand(&d, "Jane Roe", Some("the court"), "adjourn", DemandKind::Appeal);
}

#[test]
fn a_first_person_contraction_asks_as_the_pronoun_does() {
    // ('"But I'd ask everyone to take a deep breath …," X said' had asked nothing: "I'd" is
    // one token, and only "I"/"we" before the verb were the quote's speaker)
    let d = doc("Calm\n\n\"But I'd ask everyone to stay calm and let the inspectors work,\" Jane Roe said.");
    demand(&d, "Jane Roe", Some("everyone"), "stay calm and let the inspectors work", DemandKind::Appeal);
    let d = doc("Calm\n\n\"We'll urge the council to reopen the library,\" Jane Roe said.");
    demand(&d, "Jane Roe", Some("the council"), "reopen the library", DemandKind::Appeal);
}

#[test]
fn a_countrys_embassy_after_its_possessive_is_the_embassy() {
    // ("China's embassy in <capital> said …" had spoken as the state, and "An embassy
    // spokesperson" after it had been nobody's; "the Chilean embassy" was already a body)
    let d = doc("Visit\n\nChile's embassy in Rome said it had lodged a protest with the Italian foreign ministry. An embassy spokesperson said the trip was \"a grave error\" and called on the Italian side to cancel it.");
    reported(&d, "Chile's embassy in Rome said it had lodged a protest with the Italian foreign ministry", "Chilean embassy");
    quote(&d, "a grave error", "Chilean embassy");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Chilean embassy" && d.slice(m.what).contains("cancel it")), "{}", dump(&d));
    // (a delegation stays the sending state's)
    let d = doc("Finland's delegation to the African Union argued that the union ought to cut its budget.");
    reported(&d, "Finland's delegation to the African Union argued that the union ought to cut its budget", "Finland");
}

#[test]
fn a_name_glossed_in_its_own_script_keeps_its_apposition() {
    // ("Yen Chih-hung (顏志宏), a research fellow at …, said" had lost the role and the speaker:
    // the bracket of Chinese characters stood between the name and its comma)
    let d = doc("Exports\n\nLo Mei-ling (羅美玲), a research fellow at the Chung-Hua Institution for Economic Research (CIER), a government-funded think tank, said the delay would hurt exports.");
    reported(&d, "Lo Mei-ling (羅美玲), a research fellow at the Chung-Hua Institution for Economic Research (CIER), a government-funded think tank, said the delay would hurt exports", "Lo Mei-ling");
    role(&d, "Lo Mei-ling", "fellow");
    // (Korean written so, too; a bracket of Latin words is left as it is)
    let d = doc("Tariffs\n\nKim Ji-hoon (김지훈), the mayor of Daejeon, told reporters the city would appeal.");
    role(&d, "Kim Ji-hoon", "mayor");
    let d = doc("Tariffs\n\nKim Ji-hoon (CEO), the mayor of Daejeon, told reporters the city would appeal.");
    assert_eq!(d.tokens.len(), 19, "{:?}", d.tokens.iter().map(|t| t.lower.as_str()).collect::<Vec<_>>());
}

#[test]
fn a_statement_on_the_bodys_website_is_the_body_named_before() {
    // ("The Office of the Commissioner … lodged stern representations …, according to a
    // statement on the office's website" had been spoken by "a statement on the office's
    // website", and the quote after it, "the statement said", too)
    let d = doc("Row\n\nThe Office of the Special Envoy for Vexmoor also lodged a protest with the Norwegian embassy, according to a statement on the office's website. \"We urge the other side to stop,\" the statement said.");
    reported(&d, "The Office of the Special Envoy for Vexmoor also lodged a protest with the Norwegian embassy", "Office of the Special Envoy for Vexmoor");
    quote(&d, "We urge the other side to stop,", "Office of the Special Envoy for Vexmoor");
    // (a head word no body named before has stays unnamed)
    let d = doc("Row\n\nThe Vexmoor Fishers Union lodged a protest, according to a statement on the ministry's website.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Vexmoor Fishers Union")), "{}", dump(&d));
}

#[test]
fn only_when_or_only_once_sets_a_condition_as_only_if_does() {
    // ("says it will sign only when the RSF pulls its fighters out …", "said it would allow
    // building materials in only when "a mechanism is in place …"" had made no demand)
    let d = doc("Fjord\n\nJane Roe said Denmark would release the funds only when Norway withdraws its trawlers from the fjord.");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Condition && m.of.is_some_and(|o| party(&d, o) == "Norway") && d.slice(m.what).contains("trawlers")), "{}", dump(&d));
    let d = doc("Port\n\nThe Vexmoor Port Authority said it would reopen the harbour only once \"an inspection regime is in place for every tanker.\"");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Condition && d.slice(m.what).contains("inspection regime")), "{}", dump(&d));
    // ("it" after the verb of saying is the speaker's own body, not the body named before)
    let d = doc("Port\n\nThe Vexmoor Port Authority said the Tarvel Shipping Company had lost three tankers.\n\nThe Lonmark Harbour Board has said it will reopen the quay only when the dredging is finished.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Lonmark Harbour Board" && d.slice(m.what).contains("dredging")), "{}", dump(&d));
    // (a cleft, a habit and another's forecast set none, nor "only once" as how often)
    let d = doc("Storm\n\nJane Roe said it was only when the lights failed that residents left the valley.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Storm\n\n\"The council visits us only when the river floods,\" Jane Roe said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("War\n\n\"He will stop only when the cost of the war is too high,\" Jane Roe said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Visit\n\nJane Roe said she had visited the harbour only once since Norway took over the fjord.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn an_amount_after_its_currency_letters_keeps_its_decimals() {
    // ("She said the rand's move to R17.20 against the dollar suggested …" had ended at "R17":
    // the full stop between the digits ended the sentence)
    let d = doc("Shilling\n\nJane Roe said the shilling's fall to Sh131.50 against the dollar had hurt importers in Mombasa.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jane Roe") && d.slice(s.text).ends_with("importers in Mombasa")), "{}", dump(&d));
}

#[test]
fn a_bodys_short_form_after_its_full_name_is_that_body() {
    // ("Finance minister X says the National Treasury will not borrow …" then "which the
    // Treasury endorsed"; "the South African Reserve Bank (Sarb)" then "until the Reserve Bank
    // belongs to the people"; "At the Bank of England …" then "the Bank expected": the short
    // form had been a body of its own)
    let d = doc("Budget\n\nMinister Jane Roe said the National Treasury would cut spending in Windhoek. The Treasury expects growth of 2%, she said.");
    assert!(d.entities.iter().all(|e| e.name != "Treasury"), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("expects growth") && s.speaker.is_some_and(|e| name(&d, e) == "National Treasury" || name(&d, e) == "Jane Roe")), "{}", dump(&d));
    let d = doc("Rates\n\nThe Namibian Reserve Bank held its rate. Jane Roe said the Reserve Bank was right to wait.");
    assert!(d.entities.iter().all(|e| e.name != "Reserve Bank"), "{}", dump(&d));
    let d = doc("Rates\n\nAt the Bank of Ghana, officials met on Monday. Jane Roe said the Bank expected inflation to fall.");
    assert!(d.entities.iter().all(|e| e.name != "Bank"), "{}", dump(&d));
    // (a body every state has, after another state's: "Azerbaijan's Foreign Ministry" after the
    // "Russian Foreign Ministry" is Azerbaijan's)
    let d = doc("Talks\n\nThe Russian Foreign Ministry said talks would go on. Armenia's Foreign Ministry said it would not sign the text.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("would not sign") && s.speaker.is_some_and(|e| name(&d, e) != "Russian Foreign Ministry")), "{}", dump(&d));
}

#[test]
fn an_ultimatum_in_a_quotation_is_a_demand() {
    // ('"Raise wages now, or step aside."' had asked nothing: only a negative imperative or
    // "please" opening a quoted sentence did)
    let d = doc("Fuel\n\n\"Drivers cannot wait another winter,\" said Jane Roe, who leads the farmers' union. \"Cut the fuel levy today, or resign.\"");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what) == "Cut the fuel levy today"), "{}", dump(&d));
    // (a choice that asks nothing stays none)
    let d = doc("Fuel\n\n\"Prices will rise this week, or next,\" said Jane Roe.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn what_we_know_in_an_explainers_heading_is_no_statement() {
    // ("Mali fuel blockade: What we know about the jihadist siege of Bamako" had been a statement
    // of "we")
    let d = doc("Tarvel port strike: What we know about the closure of the harbour\n\nDockers in Tarvel walked out on Monday, Jane Roe said.");
    assert!(!d.statements.iter().any(|s| d.slice(s.text).contains("What we know")), "{}", dump(&d));
    let d = doc("Flooding in Lonmark: Everything we know so far\n\nThe river rose overnight, the Lonmark Harbour Board said.");
    assert!(!d.statements.iter().any(|s| d.slice(s.text).contains("we know")), "{}", dump(&d));
    // (a claim of knowing stays one: "We know the dam was weak")
    let d = doc("Dam\n\n\"We know the dam was weak,\" Jane Roe said. Jane Roe said she knew the dam was weak.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("she knew")), "{}", dump(&d));
}

#[test]
fn a_quote_the_cue_before_introduces_is_not_an_unnamed_documents() {
    // ("the Chinese commerce ministry said it would suspend … until Tokyo “makes a serious
    // correction,” according to a notice on its website" had been the notice's words)
    let d = doc("Trade\n\nThe Lonmark Harbour Board said it would halt grain imports until Vexmoor \"stops dumping cheap wheat,\" according to a notice on its website.");
    assert_eq!(speaker_of(&d, "stops dumping cheap wheat,").as_deref(), Some("Lonmark Harbour Board"), "{}", dump(&d));
    // (a named source cited still speaks for a body's words: "according to a post by X")
    let d = doc("Front\n\nThe Vexmoor army denied the losses, saying its troops \"held every position,\" according to a post by the Lonmark General Staff.");
    assert_eq!(speaker_of(&d, "held every position,").as_deref(), Some("Lonmark General Staff"), "{}", dump(&d));
}

#[test]
fn observing_a_truce_or_a_silence_is_no_remark() {
    // ('the minister, X, said the army would observe the truce "the day the militia leaves our
    // cities"' had given the quotation to the army, with the cue "observe")
    let d = doc("Truce\n\nThe defence minister, Jane Roe, said the Vexmoor army would observe the truce \"the day the rebels leave the valley.\"");
    assert_eq!(speaker_of(&d, "the day the rebels leave the valley.").as_deref(), Some("Jane Roe"), "{}", dump(&d));
    // (a remark still observes: "observed that …")
    let d = doc("Truce\n\nJane Roe observed that the valley had been quiet for a week.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jane Roe") && s.cue == "observed"), "{}", dump(&d));
}

#[test]
fn a_threat_whose_speaker_stands_between_commas_after_its_subject() {
    // ('The ministry, he added, would not seek a supplementary budget "unless there is a major
    // earthquake …"': the comma after the speaker had opened the clause at the modal, with no
    // subject)
    let d = doc("Strike\n\nThe union, Jane Roe said, would strike on Monday unless the port company improved its offer.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("improved its offer")), "{}", dump(&d));
    let d = doc("Loans\n\nThe ministry, Finance Minister Jane Roe added, would not take new loans unless parliament approved them.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("approved them")), "{}", dump(&d));
}

#[test]
fn who_runs_a_firm_in_a_town_heads_no_town() {
    // ("Haruki Onodera, who runs a metal parts maker in Higashiosaka," had been the head of
    // Higashiosaka)
    let d = doc("Loans\n\nJane Roe, who runs a bakery in Bergen, said loans had become dearer.");
    assert!(d.roles.iter().all(|r| r.of.is_none_or(|o| name(&d, o) != "Bergen")), "{}", dump(&d));
    // (who heads a body named after the verb still heads it)
    let d = doc("Loans\n\nJane Roe, who heads the Norwegian Bankers' Association, said loans had become dearer.");
    assert!(d.roles.iter().any(|r| r.head == "head" && r.of.is_some()), "{}", dump(&d));
}

#[test]
fn a_push_to_a_level_asks_no_one() {
    // ("after a sell-off in UK government bonds pushed borrowing costs to their highest level
    // since 1998" had been an appeal of the sell-off)
    let d = doc("Bonds\n\nJane Roe warned of cuts after a sell-off pushed borrowing costs to their highest level since 2008.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).contains("highest level")), "{}", dump(&d));
    let d = doc("Bonds\n\nJane Roe pushed the ministry to cut spending.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("cut spending")), "{}", dump(&d));
}

#[test]
fn a_quotation_opening_at_unless_keeps_the_threat() {
    // ('The ministry, he added, would not seek a supplementary budget "unless there is a major
    // earthquake …"': the quotation mark had opened a clause of its own at "unless", with no
    // one to threaten)
    let d = doc("Strike\n\nJane Roe said the union would strike on Monday \"unless the port company improves its offer.\"");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("improves its offer")), "{}", dump(&d));
}

#[test]
fn a_board_member_holds_a_title() {
    // ("Board member Toyoaki Nakamura dissented" had given no role: "member" alone is no title)
    let d = doc("Rates\n\nBoard member Jane Roe dissented, arguing that the bank should wait.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Jane Roe" && r.title.eq_ignore_ascii_case("board member")), "{}", dump(&d));
}

#[test]
fn a_cue_in_an_aside_of_who_leaves_the_main_clause_its_own() {
    // ("Catherine Mann, one of the four members who voted to hold, has argued that …" had been
    // a statement of "one of the four members" with the cue "voted")
    let d = doc("Rates\n\nJane Roe, one of the three members who voted to wait, has argued that cutting too soon would be risky.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jane Roe") && s.cue.contains("argued")), "{}", dump(&d));
    // (what is said in the aside stays said: "X, who said last week that …, …")
    let d = doc("Rates\n\nJane Roe, who said last week that rates would fall, has argued that cutting too soon would be risky.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("rates would fall")), "{}", dump(&d));
}

#[test]
fn an_article_adverb_and_adjective_before_a_speaker_after_the_cue() {
    // ('"…," said the clearly frustrated X' gave no speaker: "clearly" is a stopword, so the
    // description before the name had failed; "a visibly shaken X" had worked)
    let d = doc("Vote\n\n\"We will not give up,\" said the clearly frustrated Jane Roe.");
    assert_eq!(speaker_of(&d, "We will not give up,").as_deref(), Some("Jane Roe"), "{}", dump(&d));
}

#[test]
fn a_passive_with_a_short_adverb_keeps_its_agent_as_speaker() {
    // ("was also criticized by X", "was first reported by X": only adverbs in -ly had been
    // let stand between the auxiliary and the participle)
    let d = doc("Plan\n\nThe plan was also criticized by Senator Tom Quist.");
    assert_eq!(speaker_of(&d, "The plan was also criticized by Senator Tom Quist").as_deref(), Some("Tom Quist"), "{}", dump(&d));
}

#[test]
fn asking_whether_is_a_question_not_an_appeal() {
    // ("Senators also asked whether the new rules forced banks to disclose fees" had been an
    // appeal to "whether the new rules forced banks", and no statement)
    let d = doc("Hearing\n\nSenators also asked whether the new rules forced banks to disclose fees.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "Senators also asked whether the new rules forced banks to disclose fees").as_deref(), Some("Senators"), "{}", dump(&d));
    // (an appeal stays one)
    let d = doc("Hearing\n\nSenators asked the bankers to testify.");
    assert!(!d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_cue_noun_closing_its_clause_after_a_modifier_says_nothing() {
    // ("counts on a large majority of rural support." had made "a large majority of rural" a
    // speaker; "postponed over Roe's Fifth Amendment claims." had made "Fifth Amendment" one)
    let d = doc("Poll\n\nJane Roe lags in the cities but counts on a large majority of rural support.");
    assert!(d.statements.iter().all(|s| s.cue != "support"), "{}", dump(&d));
    let d = doc("Hearing\n\nThe hearing was postponed over Tom Quist's Fifth Amendment claims.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // (a person after the possessive still speaks: "…, Quillmart's Jane Roe argues.")
    let d = doc("Plan\n\nThe plan will fail, Quillmart's Jane Roe argues.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jane Roe")), "{}", dump(&d));
}

#[test]
fn a_union_named_by_one_common_word_is_found() {
    // ("Unite wants the government to …": the British union Unite, named by a verb's form,
    // had been no organisation and the demand no one's; Unison was listed already)
    let d = doc("Pay\n\nUnite wants the government to raise the minimum wage.");
    assert!(d.entities.iter().any(|e| e.name == "Unite" && e.kind == newsgraph::model::EntityKind::Organization), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Unite"), "{}", dump(&d));
}

#[test]
fn experts_in_a_country_named_with_the_speak_as_written() {
    // ("Security analysts in the United States said …" had made the United States the speaker:
    // "States" is a cue word, which had ended the modifier after "in"; with "in Norway" the
    // phrase spoke)
    let d = doc("Breach\n\nSecurity analysts in the United States said the intrusion came from abroad.");
    assert_eq!(speaker_of(&d, "Security analysts in the United States said the intrusion came from abroad").as_deref(), Some("Security analysts in the United States"), "{}", dump(&d));
}

#[test]
fn a_person_and_those_around_him_speak_as_the_person() {
    // ("X and his advisers signaled that …" had been said by "advisers" alone)
    let d = doc("Budget\n\nThis week Tom Quist and his advisers signaled that they would back the budget.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tom Quist") && s.cue == "signaled"), "{}", dump(&d));
    let d = doc("Court\n\nJane Roe and her lawyers said the ruling would be appealed.");
    assert_eq!(speaker_of(&d, "Jane Roe and her lawyers said the ruling would be appealed").as_deref(), Some("Jane Roe"), "{}", dump(&d));
}

#[test]
fn who_saw_or_obtained_a_document_is_no_topic() {
    // ("…, according to a court document seen by Reuters" had made Reuters what the
    // statement was about)
    let d = doc("Probe\n\nJustice Ana Vexler ordered the arrest of a general, saying he had tried to obstruct the investigation, according to a court document seen by Reuters.");
    assert!(d.statements.iter().all(|s| s.about.iter().all(|&e| name(&d, e) != "Reuters")), "{}", dump(&d));
    let d = doc("Probe\n\nThe ministry has told agencies to prepare plans, according to a memo obtained by the Vexmoor Tribune.");
    assert!(d.statements.iter().all(|s| s.about.iter().all(|&e| !name(&d, e).contains("Tribune"))), "{}", dump(&d));
}

#[test]
fn a_dateline_closed_by_the_agency_in_brackets_ends_before_the_text() {
    // ("New Delhi, Dec 3 (PTI) The Congress on Tuesday demanded …" had been PTI's demand)
    let d = doc("Probe\n\nMumbai, Dec 3 (PTI) The Harbor Party on Tuesday demanded a probe into the allegations.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Harbor Party"), "{}", dump(&d));
    assert!(d.demands.iter().all(|m| party(&d, m.by) != "PTI"), "{}", dump(&d));
}

#[test]
fn the_opposition_is_a_party_named_only_beside_a_ruling_one() {
    // ("The BJP won the vote. X said the Opposition would …" had made the one party named
    // the opposition)
    let d = doc("Probe\n\nThe Harbor Party won the vote. Jan Vexlund said the opposition would continue to raise the matter.");
    assert!(d.statements.iter().all(|s| s.about.iter().all(|&e| name(&d, e) != "Harbor Party")), "{}", dump(&d));
    let d = doc("Probe\n\nThe ruling Harbor Party won the vote. The Vexmoor Party lost. Jan Vexlund said the opposition would continue to raise the matter.");
    assert!(d.statements.iter().any(|s| s.about.iter().any(|&e| name(&d, e) == "Vexmoor Party")), "{}", dump(&d));
}

#[test]
fn a_name_in_a_relative_clause_of_naming_is_no_speaker() {
    // ("the islands, which China calls Diaoyu, were “China's inherent territory”" had cut the
    // spokesman's statement at "which" and made China the speaker of the quotation)
    let d = doc("Probe\n\nLin Vexiang said that the islands, which Norway calls Vestoy, were \"Norway's inherent territory\".");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() == Some("Lin Vexiang")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Reported && d.slice(s.text).contains("inherent")), "{}", dump(&d));
}

#[test]
fn attacking_shipping_is_force_not_words() {
    // ("Yemen's Houthi rebels … have attacked shipping in the Red Sea" had been a statement)
    let d = doc("Probe\n\nThe rebels, who are backed by Norway, have attacked shipping in the Baltic Sea.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn before_the_end_of_a_season_opens_no_clause_for_a_participle() {
    // ("… urged partners to deliver more systems before the end of winter, saying …" had
    // lost the statement: "before" had opened a clause whose subject was "the end")
    let d = doc("Probe\n\nJane Roe also urged partners to deliver ten more systems before the end of winter, saying Norway had launched drones at Sweden.");
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Reported && who(&d, s).as_deref() == Some("Jane Roe")), "{}", dump(&d));
}

#[test]
fn a_threat_on_a_plain_condition_asks_the_opposite() {
    // ("… but threatened a veto if the Senate added the deployment restrictions" had given no
    // threat: only "if … not" and "unless" did)
    let d = doc("Probe\n\nThe White House said the president would sign the bill, but threatened a veto if the Senate added the restrictions.");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Threat && party(&d, m.by) == "White House" && m.of.is_some_and(|p| party(&d, p) == "Senate")), "{}", dump(&d));
    // (a warning on a plain condition stays a forecast)
    let d = doc("Probe\n\nThe agency warned that prices would rise if the harvest failed.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_state_that_lasts_or_a_bill_held_until_an_actor_acts_demands_it() {
    // "the embargo will last until X ends …": X is asked to end it
    let d = doc("Trade minister Karel Novak said the embargo will last until Serbia ends its support for the smugglers.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("ends its support")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(dm.of.clone().map(|p| party(&d, p)).as_deref(), Some("Serbia"), "{}", dump(&d));
    // "would hold the bill until the ministry explained …"
    let d = doc("Opposition leader Petra Hahn said her party would hold the bill until the Ministry of Finance explained why payments to farmers remained late.");
    assert!(d.demands.iter().any(|x| d.slice(x.what).contains("explained why payments")), "{}", dump(&d));
    // a forecast asks no one: "the storm will last until the front passes"
    let d = doc("Forecaster Ole Lund said the storm will last until the cold front passes on Thursday.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_places_police_council_or_court_in_lower_case_is_a_body() {
    // (British and agency copy writes a town's or county's bodies in lower case after its name:
    // "A spokesperson for Lancashire police said" had left the statement to no one and made
    // Lancashire a place of the story)
    let d = doc("Arrests. A spokesperson for Lancashire police said two men had been detained in Preston. The deputy leader of Leeds council, Maria Holt, said the library would stay open. The men will appear at Preston crown court on Friday.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("two men had been detained")).expect("the statement");
    assert_eq!(who(&d, s).as_deref(), Some("Lancashire police"), "{}", dump(&d));
    for body in ["Lancashire police", "Leeds council", "Preston crown court"] {
        assert!(d.entities.iter().any(|e| e.name == body && e.kind == newsgraph::model::EntityKind::Organization), "{body}: {}", dump(&d));
    }
    assert!(!d.entities.iter().any(|e| e.name == "Lancashire"), "{}", dump(&d));
    // (not a thing of the body, nor a country's police: the state speaks)
    let d = doc("Rates. Families in Derby will pay more council tax next year. Nepal police said the road was closed.");
    assert!(!d.entities.iter().any(|e| e.name.ends_with("council")), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Nepal"), "{}", dump(&d));
}

#[test]
fn a_body_told_by_its_common_noun_is_no_topic() {
    // ("told the court the pair had …" had been about the court the story named: whom one
    // tells is the audience, as "told Reuters" is)
    let d = doc("Trial. Two brothers appeared at Derby crown court on Monday. Opening the case, the prosecutor, Ann Vale, told the court the brothers had bought knives online.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("bought knives")).expect("the statement");
    assert!(!about(&d, s).iter().any(|a| a.contains("court")), "{}", dump(&d));
}

#[test]
fn a_possessed_subject_that_acts_only_once_an_actor_acts() {
    // "their money would flow only once a council takes charge …": a condition
    let d = doc("Norway pledged aid on Monday, but its foreign minister, Ada Quist, said its money would flow only once an elected council takes charge of the port.");
    assert!(d.demands.iter().any(|x| d.slice(x.what).contains("takes charge of the port")), "{}", dump(&d));
    // how often, no clause after it: "their ships have called only once since May"
    let d = doc("Port officials said their ships had called only once since May.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_threat_with_quoted_words_before_its_condition() {
    // 'X would take "firm steps" if Y "does not withdraw …"': the quoted words are no clause
    let d = doc("Benali said Morocco would take \"firm steps\" if Spain \"does not withdraw its decree.\"");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("withdraw its decree")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, dm.by.clone()), "Morocco", "{}", dump(&d));
    // 'would "shut the mines" unless …'
    let d = doc("Union leader Omar Keita said the union would \"shut the mines\" unless Chile raised wages.");
    assert!(d.demands.iter().any(|x| d.slice(x.what).contains("raised wages")), "{}", dump(&d));
}

#[test]
fn a_quoted_phrase_closed_before_a_refusal_does_not_join_its_clause() {
    // 'would consider "any safe tool" but would not allow trials "unless …"': the refusal's
    // condition stays the speaker's, the clause opening after the closed quotation
    let d = doc("Mr Okoro said Ghana would consider \"any safe and proven tool\" but would not allow trials \"unless our own regulator has reviewed every file\".");
    assert!(d.demands.iter().all(|x| x.kind != DemandKind::Threat), "{}", dump(&d));
}

#[test]
fn no_talks_with_someone_is_a_refusal() {
    // "There will be no talks with anyone who …": talks refused
    let d = doc("\u{201c}There will be no negotiations with anyone who holds hostages,\u{201d} Interior Minister Jan Berg told reporters in Oslo.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("no negotiations with anyone who holds hostages")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, dm.by.clone()), "Jan Berg", "{}", dump(&d));
    // a timetable refuses nothing
    let d = doc("\u{201c}There will be no talks this week,\u{201d} Interior Minister Jan Berg told reporters in Oslo.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_quoted_sentence_opening_with_a_verb_of_demand_is_a_demand() {
    // '"Give these families somewhere to live."'
    let d = doc("\u{201c}We cannot wait any longer. Give these families somewhere to live, and a doctor nearby,\u{201d} said Rosa Lind, a social worker in Malmo.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).starts_with("Give these families")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, dm.by.clone()), "Rosa Lind", "{}", dump(&d));
    // a question, or the verb in a reported clause, is none
    let d = doc("\u{201c}Stop the project? Nobody here wants that,\u{201d} said Rosa Lind. Rosa Lind said the council would stop the project.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_subject_before_an_auxiliary_asks_in_a_letter_urging() {
    // ("At least 40 backbenchers have signed a letter urging the prime minister to …" had the
    // demander "signed a letter")
    let d = doc("Probe\n\nAt least 40 backbenchers have signed a letter urging the prime minister to reverse the cut.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "At least 40 backbenchers"), "{}", dump(&d));
    let d = doc("Probe\n\nThe Harbor Party has sent a letter urging the prime minister to reverse the cut.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Harbor Party"), "{}", dump(&d));
}

#[test]
fn the_prime_minister_is_no_other_minister() {
    // "the Prime Minister" capitalised had been read as "minister" under a modifier, which an
    // "Environment Minister" named before holds
    let d = doc("Health Minister Jon Vale said talks were continuing. Opposition leader Ann Roe accused the Prime Minister of \"hiding\".");
    let s = statement(&d, "hiding");
    assert!(about(&d, s).is_empty(), "{}", dump(&d));
    let d = doc("Prime Minister Tom Hale spoke on Monday. Health Minister Jon Vale said talks were continuing. Opposition leader Ann Roe accused the Prime Minister of \"hiding\".");
    let s = statement(&d, "hiding");
    assert_eq!(about(&d, s), vec!["Tom Hale".to_string()], "{}", dump(&d));
}

#[test]
fn a_bare_cue_after_an_indefinite_article_and_a_long_name_is_a_noun() {
    // ("against a European Commission plan to use frozen assets" had made "a European
    // Commission" a speaker of "plan")
    let d = doc("Brussels\n\nVarland is digging in against a Nordic Trade Council plan to tax shipping.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // the verb after a name still reports
    let d = doc("Brussels\n\nThe Nordic Trade Council plans to tax shipping, its chairman said.");
    assert!(!d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_spokesperson_of_a_body_asks_for_that_body() {
    // ("A US State Department spokesman urged Hong Kong authorities to …" had the demander
    // "A US State Department spokesman" as written)
    let d = doc("Oslo\n\nA Varland Foreign Ministry spokesman urged Norway to return the seized trawler.");
    assert!(d.demands.iter().any(|m| party(&d, m.by.clone()) == "Varland Foreign Ministry"), "{}", dump(&d));
}

#[test]
fn latin_american_names_no_united_states() {
    // ("called on Latin American leaders to meet" had asked the United States, named before)
    let d = doc("Bogota\n\nThe United States sent two warships. Colombia's president called on Latin American leaders to meet in emergency session.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("meet")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(m.of.is_some_and(|p| party(&d, p) != "United States"), "{}", dump(&d));
}

#[test]
fn a_cue_word_after_any_or_every_is_a_noun() {
    // ('warned that any attack on X would "…"' had given the quotation the cue "attack")
    let d = doc("Lima\n\nThe minister warned on X that any attack on Varland would \"set the region on fire\".");
    let s = statement(&d, "set the region on fire");
    assert_eq!(s.cue, "warned", "{}", dump(&d));
}

#[test]
fn a_title_before_a_clause_giving_the_name_is_the_named_ones() {
    // ("a JNIM commander who gave his name as X" had given X no role)
    let d = doc("Convoys\n\nA Vorlane Front commander who gave his name as Idris Kamau said the road was mined.");
    let r = role(&d, "Idris Kamau", "commander");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vorlane Front"), "{}", dump(&d));
    let d = doc("Convoys\n\nA militia commander, who gave only his first name, Yusuf, said the bridge was down.");
    role(&d, "Yusuf", "commander");
    let d = doc("Convoys\n\nA rebel spokesman who identified himself as Omar Halvik said talks were over.");
    role(&d, "Omar Halvik", "spokesman");
}

#[test]
fn the_source_cited_after_according_to_is_not_what_a_statement_is_about() {
    // ("Russia would consider a broader swap only if Ukraine …, she told a briefing in
    // Moscow, according to the RIA news agency" had been about RIA)
    let d = doc("Ban. Norway would lift the ban only if Sweden paid for the repairs, Foreign Minister Jan Berg told a briefing in Oslo, according to the Vexmoor Herald.");
    let s = d.statements.iter().find(|s| s.kind == StatementKind::Reported && who(&d, s).as_deref() == Some("Jan Berg")).unwrap_or_else(|| panic!("{}", dump(&d)));
    let ab = about(&d, s);
    assert!(ab.iter().any(|a| a == "Sweden"), "{}", dump(&d));
    assert!(!ab.iter().any(|a| a == "Vexmoor Herald"), "{}", dump(&d));
}

#[test]
fn an_emperor_a_grand_duke_and_a_clerics_rank_are_titles() {
    // ("Emperor Naruhito's only child, Princess Aiko, …" named no emperor)
    let d = doc("Throne. Emperor Tarvoshi's only child, Princess Melka, is barred from the throne.");
    role(&d, "Tarvoshi", "Emperor");
    let d = doc("Duchy. Grand Duke Aldric Vorn opened the new bridge on Monday.");
    role(&d, "Aldric Vorn", "Grand Duke");
    let d = doc("Seminary. Hojatoleslam Reza Tavani told students the law was clear.");
    role(&d, "Reza Tavani", "Hojatoleslam");
    // a surname that a rank of clerics also names stays a surname ("Mehbooba Mufti")
    let d = doc("Kashmir. Party president Sahira Mufti demanded an inquiry.");
    assert!(d.entities.iter().any(|e| e.name == "Sahira Mufti"), "{}", dump(&d));
}

#[test]
fn a_title_without_of_speaks_for_the_one_body_of_its_office() {
    // "Governor X" and the article's central bank: "the bank" is his own, not a topic
    let d = doc("The Bank of Norland raised its main rate on Thursday. Governor Tomas Vell said the bank would act again if prices kept rising.");
    let s = reported(&d, "Governor Tomas Vell said the bank would act again if prices kept rising", "Tomas Vell");
    assert!(about(&d, &s).iter().all(|a| a != "Bank of Norland"), "{}", dump(&d));
    // "Defence Minister X" and the article's one Ministry of National Defence
    let d = doc("Lawmakers questioned the Ministry of National Defence over delayed jets. Defence Minister Ida Marsh said the ministry had briefed every party.");
    let s = reported(&d, "Defence Minister Ida Marsh said the ministry had briefed every party", "Ida Marsh");
    assert!(about(&d, &s).iter().all(|a| !a.contains("Ministry")), "{}", dump(&d));
    // another office's body stays a topic: an interior minister on the defence ministry
    let d = doc("Lawmakers questioned the Ministry of National Defence over delayed jets. Interior Minister Ida Marsh said the ministry had briefed every party.");
    let s = reported(&d, "Interior Minister Ida Marsh said the ministry had briefed every party", "Ida Marsh");
    assert!(about(&d, &s).iter().any(|a| a.contains("Ministry")), "{}", dump(&d));
}

#[test]
fn a_body_named_with_its_states_initials_speaks_for_that_state() {
    // "U.S. Treasury Secretary X said Washington …": the state of "U.S. Treasury" is his own
    let d = doc("Norland's peso fell again on Monday. U.S. Treasury Secretary Paul Dorn said Washington would back Norland's reforms.");
    let s = reported(&d, "U.S. Treasury Secretary Paul Dorn said Washington would back Norland's reforms", "Paul Dorn");
    assert!(about(&d, &s).iter().all(|a| a != "Washington" && a != "United States"), "{}", dump(&d));
    // a legislature speaks for no state: "U.S. Senate" leaves "the American people" a topic
    let d = doc("U.S. Senate Majority Leader Paul Dorn said the United States could not afford another shutdown.");
    let s = reported(&d, "U.S. Senate Majority Leader Paul Dorn said the United States could not afford another shutdown", "Paul Dorn");
    assert!(about(&d, &s).iter().any(|a| a == "United States"), "{}", dump(&d));
}

#[test]
fn an_official_speaks_for_the_state_a_second_that_clause_opens_with() {
    // "said the talks were useful and that Norway would …": Norway is his state, as in the
    // first clause
    let d = doc("Foreign Minister Ada Quist said the talks had been useful and that Norway would send a delegation to the port.");
    let s = reported(&d, "Foreign Minister Ada Quist said the talks had been useful and that Norway would send a delegation to the port", "Ada Quist");
    assert!(about(&d, &s).iter().all(|a| a != "Norway"), "{}", dump(&d));
    // a first clause that opens with a state keeps that one: the second is a topic
    let d = doc("Foreign Minister Ada Quist said Norway had made an offer and that Sweden would send a delegation to the port.");
    let s = reported(&d, "Foreign Minister Ada Quist said Norway had made an offer and that Sweden would send a delegation to the port", "Ada Quist");
    assert!(about(&d, &s).iter().any(|a| a == "Sweden"), "{}", dump(&d));
}

#[test]
fn attacks_on_a_target_is_the_noun_and_no_cue() {
    // "Ransomware attacks on hospitals have surged": the noun, whose target follows; a
    // capitalised word opening the sentence is no speaker
    let d = doc("Probe\n\nPhishing attacks on small banks have tripled since March.\n\nDrone attacks against the port resumed on Sunday.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // the verb of criticism, with its object, still reports
    let d = doc("Probe\n\nThe opposition leader, Ada Quist, attacked the budget as reckless.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Ada Quist")), "{}", dump(&d));
}

#[test]
fn what_a_finding_shows_inside_a_report_is_the_reporters_quote() {
    // 'X said the figures showed that "…"': a subject that names no one says nothing; the
    // quotation is told in the words of the one who said it
    let d = doc("Ola Berg, the harbour master, said the figures showed that \"the port is safer than ever.\"");
    quote(&d, "the port is safer than ever.", "Ola Berg");
    let d = doc("The auditor, Mia Holm, said the review had found \"serious failings in the tender.\"");
    quote(&d, "serious failings in the tender.", "Mia Holm");
    // a finding with no one reporting it keeps its own cue ("A new study showed …")
    let d = doc("A new survey showed that \"most voters want change.\"");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Ola Berg")), "{}", dump(&d));
}

#[test]
fn a_participle_after_a_post_goes_on_with_its_writer() {
    // 'Oslo would respond "…," X wrote on Telegram, calling the move "…"': the participle's
    // quotation is the writer's, not the reported clause's subject's
    let d = doc("Denmark would answer \"in kind,\" government spokeswoman Ida Moll wrote on Telegram, calling the expulsions \"a provocation.\"");
    quote(&d, "a provocation.", "Ida Moll");
    let d = doc("Chile would not back down, Ana Rojas posted on X, calling the vote \"a disgrace.\"");
    quote(&d, "a disgrace.", "Ana Rojas");
}

#[test]
fn a_time_given_after_an_order_is_a_deadline_of_its_own() {
    // "ordered X to close its consulate and gave its diplomats 72 hours to leave": two demands,
    // the second a deadline set
    let d = doc("Chile ordered Peru to close its consulate in Arica and gave four Peruvian diplomats 48 hours to leave the country.");
    assert!(d.demands.iter().any(|x| d.slice(x.what) == "close its consulate in Arica"), "{}", dump(&d));
    assert!(d.demands.iter().any(|x| d.slice(x.what) == "leave the country" && party(&d, x.by.clone()) == "Chile"), "{}", dump(&d));
    // a bare "give" inside what is asked stays part of it
    let d = doc("The council urged the firm to halt the works and give residents a voice.");
    assert!(d.demands.iter().any(|x| d.slice(x.what) == "halt the works and give residents a voice"), "{}", dump(&d));
}

#[test]
fn a_named_state_and_a_number_of_governments_speak_as_the_state() {
    // "The United States and five European governments on Tuesday accused …": the named actor
    // speaks, as with "and other European countries"
    let d = doc("Probe\n\nCanada and four Nordic governments on Monday accused a hacking group of breaking into the grid.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Canada")), "{}", dump(&d));
    let d = doc("Probe\n\nOttawa and three European capitals say the group sat inside the networks for a year.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Canada")), "{}", dump(&d));
}

#[test]
fn the_speaker_after_an_honorific_and_a_dutch_particle_is_the_person_named_before() {
    // ("In it, Mr ten Brink advised the parties to …" had the speaker "Mr ten Brink advised
    // the parties")
    let d = doc("Audit\n\nThe auditor, Joris ten Cate, a former judge, presented his findings on Friday. In them, Mr ten Cate said the ministry had ignored warnings.");
    assert_eq!(speaker_of(&d, "Mr ten Cate said the ministry had ignored warnings").as_deref(), Some("Joris ten Cate"), "{}", dump(&d));
}

#[test]
fn an_office_possessive_of_two_words_owns_the_title_after_it() {
    // ("Balázs Orbán, the prime minister's political director" had made him prime minister)
    let d = doc("Budget\n\nAnna Kovacs, the prime minister's chief of staff, said on Monday that the budget would pass. Tom Reed, the Prime Minister's political director, told reporters the plan was sound.");
    assert!(d.roles.iter().all(|r| !r.title.to_lowercase().contains("prime minister")), "{}", dump(&d));
}

#[test]
fn who_leads_a_party_is_its_leader() {
    // ("Joost Eerdmans, who leads JA21" had the title "head")
    let d = doc("Talks\n\nKarl Weiss, who leads the Harbor Party, said he was ready to talk.");
    let r = role(&d, "Karl Weiss", "leader");
    assert_eq!(role_of(&d, r).as_deref(), Some("Harbor Party"), "{}", dump(&d));
}

#[test]
fn a_person_owning_the_body_after_a_possessive_is_he() {
    // ("Valdivieso's Republican Party will be the largest force … He told reporters …" had
    // given the statement to a president named two paragraphs before)
    let d = doc("Vote\n\nTom Hale won the runoff on Sunday.\n\nArgentine President Jorge Pinto congratulated him, writing on X that \"freedom is rising.\"\n\nHale's Harbor Party will be the largest force in the lower house but short of a majority. He told reporters late Sunday that his door was open to every party.");
    assert_eq!(speaker_of(&d, "He told reporters late Sunday that his door was open to every party").as_deref(), Some("Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_body_in_apposition_after_a_possessive_is_it() {
    // ("The OSCE's election monitoring arm, ODIHR, is due to decide … In 2022, it concluded …"
    // had given the statement to the OSCE)
    let d = doc("Plant\n\nRussia's state nuclear company, Rosatom, is due to decide in January. In 2022, it concluded that the plant was safe.");
    assert_eq!(speaker_of(&d, "it concluded that the plant was safe").as_deref(), Some("Rosatom"), "{}", dump(&d));
}

#[test]
fn advising_someone_to_act_is_an_appeal() {
    // ("Mr ten Brink advised the parties to “stop negotiating through the media”" had given no
    // demand)
    let d = doc("Border\n\nThe Harbor Ministry advised citizens to avoid the border area until Friday.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("avoid the border area")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, dm.by.clone()), "Harbor Ministry", "{}", dump(&d));
}

#[test]
fn a_town_or_a_name_before_a_noun_for_a_person_after_the_cue_is_no_speaker() {
    // ('"…," said Cleve farmer Darren Hocking' had the speaker "Cleve"; '"…," said Biden aide
    // X' the speaker "Biden": the person named after the noun speaks)
    let d = doc("Dry year\n\n\u{201c}The dams are empty,\u{201d} said Varrow sheep grazier Tilda Maxon. \u{201c}We cannot wait,\u{201d} said Okafor aide Lionel Brandt.");
    let who_said = |w: &str| d.statements.iter().find(|s| d.slice(s.text).contains(w)).and_then(|s| who(&d, s));
    assert_eq!(who_said("dams are empty").as_deref(), Some("Tilda Maxon"), "{}", dump(&d));
    assert_eq!(who_said("cannot wait").as_deref(), Some("Lionel Brandt"), "{}", dump(&d));
    // a name closing the clause after the cue stays the speaker
    let d = doc("Dry year\n\n\u{201c}The dams are empty,\u{201d} said Tilda Maxon on Monday.");
    assert_eq!(d.statements.first().and_then(|s| who(&d, s)).as_deref(), Some("Tilda Maxon"), "{}", dump(&d));
}

#[test]
fn a_state_in_a_compound_modifier_after_the_cue_is_no_speaker() {
    // ('"…," said a Singapore-based dealer with a global trading firm' had the speaker Singapore)
    let d = doc("Rice\n\n\u{201c}Every ban lifts the price in Lagos within days,\u{201d} said a Qatar-based trader at a grain house.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("Every ban")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(s.speaker.is_none_or(|e| name(&d, e) != "Qatar"), "{}", dump(&d));
    // '"…," said an Iran-backed militia': no statement of Iran
    let d = doc("Raids\n\n\u{201c}We hit the base,\u{201d} said an Iran-backed militia. \u{201c}We warned them,\u{201d} said Iran.");
    let of_iran: Vec<_> = d.statements.iter().filter(|s| s.speaker.is_some_and(|e| name(&d, e) == "Iran")).map(|s| d.slice(s.text).to_string()).collect();
    assert_eq!(of_iran, vec!["We warned them,".to_string()], "{}", dump(&d));
}

#[test]
fn what_comes_before_told_reporters_adding_that_is_what_was_told() {
    // ("…, he told reporters, adding that …" had one statement from "he told reporters" on, the
    // words before the cue lost; "…, he said, adding that …" was already two)
    let d = doc("Harbour\n\nThe grain terminal would reopen within a week, Tomas Varga told reporters, adding that two berths were beyond repair.");
    let told = d.statements.iter().find(|s| s.cue == "told").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(d.slice(told.text).starts_with("The grain terminal would reopen"), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| d.slice(s.text).starts_with("adding that two berths")), "{}", dump(&d));
}

#[test]
fn a_capitalised_office_between_a_place_and_a_name_after_the_cue() {
    // ('"…," said Kesses MP Julius Rutto' had made "Kesses" the speaker)
    let d = doc("Nairobi\n\n\"The minister must take responsibility,\" said Tarvel MP Jane Roe.");
    assert_eq!(speaker_of(&d, "The minister must take responsibility,"), Some("Jane Roe".to_string()), "{}", dump(&d));
}

#[test]
fn a_spokesman_for_a_named_body_after_the_cue_speaks_for_it() {
    // ('"…," said a spokesman for the Ministry of Foreign Affairs (MFA) in response to media
    // queries' had no speaker; without the adverbial, the phrase as written)
    let d = doc("Oslo\n\nThe talks ended. \"We are deeply concerned,\" said a spokesman for the Varland Fisheries Agency (VFA) in response to media queries on Monday.");
    assert_eq!(speaker_of(&d, "We are deeply concerned,"), Some("Varland Fisheries Agency".to_string()), "{}", dump(&d));
    let d = doc("Oslo\n\nThe talks ended. \"We are deeply concerned,\" said a spokeswoman for the Varland Fisheries Agency.");
    assert_eq!(speaker_of(&d, "We are deeply concerned,"), Some("Varland Fisheries Agency".to_string()), "{}", dump(&d));
}

#[test]
fn little_need_to_is_no_obligation() {
    // ("officials see little need to lower borrowing costs further" had been a demand)
    let d = doc("Rates\n\nThe governor said officials saw little need to lower borrowing costs further.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_party_adjective_before_leader_makes_a_role() {
    // ("Conservative Leader Pierre Poilievre", "Senate Democratic leader X" had given no role:
    // "leader" alone names no office, and no party of that name was known)
    let d = doc("Ottawa\n\nThe talks ended. Conservative leader Jane Roe said the deal was weak.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Jane Roe" && r.head.eq_ignore_ascii_case("leader")), "{}", dump(&d));
    // ("Party leader X": a post though no party is named, as the golds of sets 71 and 82 have
    // it; this test held the opposite until the thirty-fourth session)
    let d = doc("Ottawa\n\nThe talks ended. Party leader Jane Roe said the deal was weak.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Jane Roe" && r.head.eq_ignore_ascii_case("leader")), "{}", dump(&d));
}

#[test]
fn a_body_demands_through_a_statement_signed_by_its_head() {
    // ("The Nigerian Union of Teachers, in a statement signed by its National President, X,
    // demanded …" had been X's demand)
    let d = doc("Lagos\n\nThe Harbor Teachers Union, in a statement signed by its national president, Ada Obi, demanded the release of the pupils.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Harbor Teachers Union"), "{}", dump(&d));
}

#[test]
fn one_person_described_as_addressee_is_the_holder_or_no_one() {
    // ("he urged his rival to …", "called on the president-elect to …" had made nodes named
    // "his rival" and "the president-elect")
    let d = doc("Count\n\nMayor candidate Paul Rand led Ana Soto in the count. On Friday he urged his rival to accept the count.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("accept the count")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(dm.of, None, "{}", dump(&d));
    let d = doc("Runoff\n\nTom Hale won the runoff on Sunday. The Harbor Workers Union called on the president-elect to keep the wage law.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("keep the wage law")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(dm.of, None, "{}", dump(&d));
    // (the one person of the article holding the office named)
    let d = doc("Port\n\nGovernor Lisa Marsh visited the docks on Monday. The Harbor Workers Union urged the governor to reopen the port.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("reopen the port")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(dm.of.map(|p| party(&d, p)).as_deref(), Some("Lisa Marsh"), "{}", dump(&d));
    // (an office of a body named in the description: not the holder of the office elsewhere)
    let d = doc("Port\n\nLisa Marsh, the president of the Harbor Club, spoke on Monday. The Dock Board urged the Harbor Council president to reopen the port.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("reopen the port")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(dm.of.map(|p| party(&d, p)).as_deref() != Some("Lisa Marsh"), "{}", dump(&d));
    // (a group stays as written)
    let d = doc("Port\n\nThe Harbor Workers Union urged the authorities to reopen the port.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("reopen the port")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(dm.of.map(|p| party(&d, p)).as_deref(), Some("the authorities"), "{}", dump(&d));
}

#[test]
fn a_count_of_places_inside_the_demanders_phrase_is_part_of_it() {
    // ("Roman Catholic bishops in several U.S. cities on Wednesday demanded that …" had given
    // no demand: "several" ended the phrase)
    let d = doc("Raids\n\nBOSTON (AP) — Teachers in several Ohio towns on Monday demanded that the state board stop cutting school budgets.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("stop cutting school budgets")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, dm.by), "Teachers in several Ohio towns", "{}", dump(&d));
}

#[test]
fn clerics_of_a_state_who_demand_are_a_group_not_the_state() {
    // ("Iran's hardline clerics stepped up pressure on …, demanding that …" had made Iran the
    // demander: "cleric" was no noun for a person)
    let d = doc("Pressure\n\nNorway's hardline clerics stepped up pressure on Prime Minister Jonas Dahl on Friday, demanding that his government cut fuel taxes.");
    let dm = d.demands.iter().find(|x| d.slice(x.what).contains("cut fuel taxes")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, dm.by), "Norway's hardline clerics", "{}", dump(&d));
}

#[test]
fn a_religious_style_beside_an_office_is_no_role_of_its_own() {
    // ("Cardinal X, the archbishop of Y", "The Rev. X, pastor of the parish", "The president
    // of the … Conference …, Archbishop X" had given the style as a second role, which the
    // golds leave out; a style alone stays the role)
    let d = doc("Shelter\n\nCardinal Tomas Vell, the archbishop of Harwick, said the doors would stay open. The Rev. Anna Lusk, pastor of the parish, said families were afraid. Bishop Karl Brenn said he would pray for them.");
    let titles = |who: &str| d.roles.iter().filter(|r| name(&d, r.holder) == who).map(|r| r.title.to_lowercase()).collect::<Vec<_>>();
    assert_eq!(titles("Tomas Vell"), ["archbishop"], "{}", dump(&d));
    assert_eq!(titles("Anna Lusk"), ["pastor"], "{}", dump(&d));
    assert_eq!(titles("Karl Brenn"), ["bishop"], "{}", dump(&d));
}

#[test]
fn a_dateline_on_its_own_line_owns_no_title_of_the_lede() {
    // ("ANKARA\n\nForeign Minister Hakan Fidan said …" had given no role: the dateline was taken
    // as the title's owner, and a role spanning two lines is dropped)
    let d = doc("Talks to resume\n\nOSLO\n\nForeign Minister Jane Roe said the talks would resume on Monday.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Jane Roe" && r.head.eq_ignore_ascii_case("foreign minister")), "{}", dump(&d));
}

#[test]
fn no_one_asks_themselves() {
    // ('"I urged Roe to leave," he said' with "he" read as Roe had made a demand of Roe on Roe)
    let d = doc("Talks\n\nPresident Vorlov met the envoy on Friday.\n\n\u{201c}I urged Vorlov to leave the talks,\u{201d} Vorlov said.");
    assert!(d.demands.iter().all(|m| !matches!((m.by, m.of), (Party::Entity(a), Some(b)) if party(&d, Party::Entity(a)) == party(&d, b))), "{}", dump(&d));
}

#[test]
fn a_territorys_leader_is_its_chief_executive_or_first_minister() {
    // ("Hong Kong's leader has vowed …" after "Chief Executive John Lee" had no speaker named)
    let d = doc("Security law\n\nChief Executive Tom Hale spoke on Monday. Hong Kong's leader has vowed to press ahead with the review.");
    assert_eq!(who(&d, d.statements.iter().find(|s| d.slice(s.text).contains("press ahead")).unwrap_or_else(|| panic!("{}", dump(&d)))), Some("Tom Hale".to_string()), "{}", dump(&d));
    // (a company's chief executive is no leader of a place)
    let d = doc("Results\n\nVexmoor Mining chief executive Tom Hale spoke on Monday. Hong Kong's leader has vowed to press ahead with the review.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Tom Hale") || !d.slice(s.text).contains("press ahead")), "{}", dump(&d));
}

#[test]
fn a_date_between_the_subject_and_its_verb() {
    // ("Senate President X on Wednesday, December 3, called on the department to …" had no
    // demand and no subject: the date set off by commas stood between)
    let d = doc("Projects\n\nSenator Jane Roe on Wednesday, December 3, called on the Finance Ministry to publish the list.\n\nMayor Tom Hale on Friday, Dec. 5, said the city would audit its projects.\n\nGovernor Ann Vell on March 2 said the state would follow.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jane Roe" && d.slice(m.what).contains("publish the list")), "{}", dump(&d));
    for (who_, words) in [("Tom Hale", "audit its projects"), ("Ann Vell", "would follow")] {
        let s = d.statements.iter().find(|s| d.slice(s.text).contains(words)).unwrap_or_else(|| panic!("{}", dump(&d)));
        assert_eq!(who(&d, s).as_deref(), Some(who_), "{}", dump(&d));
    }
}

#[test]
fn a_person_written_to_is_asked_not_asking() {
    // ("The unions wrote to Prime Minister X urging her to …" had no demand: the person
    // written to was taken for the participle's subject, then dropped as asking herself)
    let d = doc("Talks\n\nThe Harbor Union wrote to Prime Minister Ann Vell urging her to reopen talks.\n\nThe Dock Workers Union wrote to Jane Roe on Monday asking her to meet them.");
    for (by, of, what) in [("Harbor Union", "Ann Vell", "reopen talks"), ("Dock Workers Union", "Jane Roe", "meet them")] {
        let m = d.demands.iter().find(|m| d.slice(m.what).contains(what)).unwrap_or_else(|| panic!("{}", dump(&d)));
        assert_eq!(party(&d, m.by), by, "{}", dump(&d));
        assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some(of), "{}", dump(&d));
    }
}

#[test]
fn the_one_a_letter_is_sent_to_is_no_demander() {
    // ("Sen. X (D-Wash.) and 11 other Democrats sent a letter Tuesday to FAA Administrator Y
    // demanding a plan …" had the administrator demanding)
    let d = doc("Letter\n\nSen. Jane Roe (D-Wash.) and 11 other Democrats sent a letter Tuesday to FAA Administrator Tom Hale demanding a plan to hire more controllers.");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("a plan")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Jane Roe", "{}", dump(&d));
}

#[test]
fn the_group_or_watchdog_after_a_body_appealed_is_that_body() {
    // ("X called on the government to … and asked the bureau to …. The group said …" had left
    // the group unnamed: the last body named was the one addressed, a state or its bureau; the
    // body that opened the sentence before and appealed there is whom "the group" takes up)
    let d = doc("Audit\n\nThe Harbor Audit Bureau opened an inquiry on Monday.\n\nClean Ledger called on the government to publish the contracts and asked the bureau to finish within 90 days. The watchdog said the inquiry would be credible only if the port was returned to the city.");
    assert_eq!(speaker_of(&d, "The watchdog said the inquiry would be credible only if the port was returned to the city").as_deref(), Some("Clean Ledger"), "{}", dump(&d));
    // (not a body's own mention inside what its spokesperson says: "Hale said the group was
    // worried …" stays the body's words, no new speaker)
    let d = doc("Audit\n\nThe Velmar Trust said on Monday it had opened an inquiry. Its director, Tom Hale, said the group was worried about the contracts.");
    assert_eq!(speaker_of(&d, "Its director, Tom Hale, said the group was worried about the contracts").as_deref(), Some("Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_place_and_colon_after_byline_and_date_lines_is_a_dateline() {
    // ("Headline / Byline / Published … / ISLAMABAD: An accountability court …" had made the
    // lede a statement of the state: a known place opening the first prose paragraph after
    // lines with no final stop is the dateline, as it was right after a headline)
    let d = doc("Court remands former official in land case\n\nJohn Roe\n\nPublished December 4, 2025\n\nLONDON: A court on Wednesday sent a former housing official to custody for ten days in a land case.");
    assert!(d.statements.iter().all(|s| !d.slice(s.text).contains("sent a former housing official")), "{}", dump(&d));
}

#[test]
fn a_body_and_where_it_stands_speaks_as_the_body() {
    // ("the opposition X Party (XP) in the state said …" had left the speaker a phrase: the
    // body named, then "in the state", "in the province", speaks)
    let d = doc("Arrest\n\nBut the opposition Harbor Democratic Party (HDP) in the state said the arrest was selective. The ruling Velmar Party in the province said the arrest was fair.");
    assert_eq!(speaker_of(&d, "the opposition Harbor Democratic Party (HDP) in the state said the arrest was selective").as_deref(), Some("Harbor Democratic Party"), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "The ruling Velmar Party in the province said the arrest was fair").as_deref(), Some("Velmar Party"), "{}", dump(&d));
}

#[test]
fn a_regent_or_an_mec_before_a_name_is_an_office() {
    // ("X Regent Jane Roe", "Health MEC Jane Roe" had given no role: a regency's head in
    // Indonesia and a South African province's member of the executive council are offices)
    let d = doc("Permits\n\nBandung Regent Tom Hale said the permits were legal. Health MEC Anna Lusk said the contract had been cancelled.");
    assert!(role(&d, "Tom Hale", "regent").head.eq_ignore_ascii_case("regent"), "{}", dump(&d));
    assert!(role(&d, "Anna Lusk", "MEC").head.contains("MEC"), "{}", dump(&d));
}

#[test]
fn an_unnamed_government_spokesman_speaks_as_the_state_the_article_is_about() {
    // ("A government spokesman said the prime minister was willing to meet …" had kept a
    // speaker of no name, where "urged the government to …" is already the state)
    let d = doc("Protest in Bolivia\n\nPolice cleared the square in La Paz on Monday. The opposition in Bolivia called on the government to resign. A government spokesman said the president would meet the unions on Friday.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("meet the unions")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Bolivia"), "{}", dump(&d));
}

#[test]
fn a_profession_with_the_group_in_a_persons_appositive_is_of_the_body_named_before() {
    // ("Kritsada Wongsuwan, a lawyer with the group who represented …" after "Thai Lawyers for
    // Human Rights (TLHR) said …" had given no role; "an analyst at the firm" already had one)
    let d = doc("Detentions\n\nThe Vexmoor Civil Liberties Union said 30 people were held. \"They were beaten,\" said Jane Roe, a lawyer with the group who visited the station.");
    let r = role(&d, "Jane Roe", "lawyer");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Civil Liberties Union"), "{}", dump(&d));
}

#[test]
fn one_who_had_written_to_a_body_asking_it_asks_it() {
    // ("Western Sydney University said it … had written to the department asking it to
    // prioritise …" had the department, read by its head word, asking)
    let d = doc("Visas. The Department of Housing released figures. Quarnby College said it was helping students and had written to the department asking it to extend the deadline.");
    demand(&d, "Quarnby College", Some("Department of Housing"), "extend the deadline", DemandKind::Appeal);
}

#[test]
fn the_union_is_the_body_its_noun_introduced_before_its_name() {
    // ("The drivers' union Aslef said … called on the union to put the offer to its members"
    // had left "the union" unresolved)
    let d = doc("Strike\n\nThe dockers' union Torvel said its members would walk out on Friday.\n\nThe port minister, Jane Roe, said the strike was unjustified and called on the union to put the offer to a vote.");
    demand(&d, "Jane Roe", Some("Torvel"), "put the offer to a vote", DemandKind::Appeal);
}

#[test]
fn a_quotation_in_an_order_is_the_one_who_ordered() {
    // ('President X convened an emergency meeting … and ordered officials to "mobilize every
    // available resource" to find the missing' had left the quotation without a speaker)
    let d = doc("Storm\n\nGovernor Jane Roe convened an emergency meeting at the palace and ordered officials to \"use every boat\" to find the missing.\n\nThe mayor, Tom Poe, instructed crews to \"work through the night\" on the dykes.");
    quote(&d, "use every boat", "Jane Roe");
    quote(&d, "work through the night", "Tom Poe");
    demand(&d, "Jane Roe", Some("officials"), "\"use every boat\" to find the missing", DemandKind::Demand);
    // (an order told in the perfect inside another's account keeps the quotation that account's)
    let d = doc("Storm

The mayor, Tom Poe, said Governor Jane Roe had ordered the army to \"protect every dyke\" before dawn.");
    quote(&d, "protect every dyke", "Tom Poe");
}

#[test]
fn people_quoted_by_what_they_are_speak_in_a_clause_of_their_own() {
    // ('Analysts said …, while one shareholder, who asked not to be named, said …' had given
    // the shareholder's words to the analysts' firm: "shareholder" was no speaker's noun, and
    // the relative clause after it was taken for the first clause's object)
    let d = doc("Shares\n\nJane Roe said the results were weak, while one shareholder, who asked not to be named, said the board should go.\n\nSome shareholders welcomed the plan.");
    let first = d.statements.iter().find(|s| d.slice(s.text).contains("results were weak")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!d.slice(first.text).contains("shareholder"), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("board should go") && who(&d, s).as_deref() != Some("Jane Roe")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("welcomed the plan")), "{}", dump(&d));
}

#[test]
fn the_signers_of_a_letter_are_who_ask() {
    // ("with more than 100 backbenchers signing a letter urging the chancellor to act" had the
    // demander "100 backbenchers signing a letter")
    let d = doc("Budget\n\nThe chancellor faces pressure, with more than 100 backbenchers signing a letter urging her to act.");
    let m = d.demands.iter().find(|m| d.slice(m.what).contains("act")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "100 backbenchers", "{}", dump(&d));
}

#[test]
fn a_show_named_after_an_outlets_possessive_is_no_quote() {
    // ('"…," X told ABC News\' "This Week."' had given X the words "This Week.")
    let d = doc("Shutdown\n\n\"We're close. We're not there yet,\" Jane Roe told ABC News' \"This Week.\"");
    let q = d.statements.iter().find(|s| d.slice(s.text).contains("This Week")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, q), None, "{}", dump(&d));
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("We're close") && who(&d, s).as_deref() == Some("Jane Roe")), "{}", dump(&d));
}

#[test]
fn words_of_what_others_would_vote_for_are_the_reporters() {
    // ('X said the group had voted to keep the Commission "for the last time"' had given the
    // words to "the group", the subject of "voted")
    let d = doc("Shutdown\n\nSenate leader Jane Roe said in a statement that Democrats would not vote for any bill that \"rips health care away from millions of families.\"");
    let q = d.statements.iter().find(|s| d.slice(s.text).starts_with("rips")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, q).as_deref(), Some("Jane Roe"), "{}", dump(&d));
}

#[test]
fn a_platform_closing_the_clause_is_where_it_was_said() {
    // ('X criticised the decision on Instagram, calling it "…"' had Instagram among what the
    // statement is about)
    let d = doc("Match\n\nFormer striker Tom Hale criticised the decision on Instagram, calling it \"disrespectful\".\n\nJane Roe welcomed the ban on TikTok, saying it protected children.");
    let about = |w: &str| d.statements.iter().find(|s| d.slice(s.text).contains(w)).map(|s| s.about.iter().map(|&e| d.entities[e].name.clone()).collect::<Vec<_>>()).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!about("criticised").iter().any(|n| n == "Instagram"), "{}", dump(&d));
    assert!(about("welcomed").iter().any(|n| n == "TikTok"), "{}", dump(&d));
}

#[test]
fn a_body_named_in_lower_case_before_a_title_in_apposition() {
    // ("Tom Hale, a former central bank governor, said" had given no role: "central bank" is
    // neither a modifier of titles nor a name)
    let d = doc("Plan\n\nTom Hale, a former central bank governor, said the plan was sound.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Tom Hale" && r.head.eq_ignore_ascii_case("governor")), "{}", dump(&d));
}

#[test]
fn went_on_between_a_split_quote_speaks() {
    // ("The money, he went on, “was …”" had no statement: "went on" carries speech as
    // "continued" does, by a quote; "went on strike", "went on to win" say nothing)
    let d = doc("Budget\n\nFinance Minister Maria Kovacs spoke in Vienna on Monday. The deficit, she went on, “will fall by half next year.” The nurses went on strike in May and went on to win a raise.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("will fall by half")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Maria Kovacs"), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| s.cue.contains("went on")), "{}", dump(&d));
    assert!(!d.statements.iter().any(|s| d.slice(s.text).contains("strike") || d.slice(s.text).contains("a raise")), "{}", dump(&d));
}

#[test]
fn an_unnamed_official_at_a_body_closing_the_sentence_speaks_for_it() {
    // ("…, an official at the authority said on condition of anonymity." had no statement: the
    // description "an official at" before the body opens the speaker after the comma, whatever
    // follows the cue)
    let d = doc("Shutdown\n\nThe Harlow Telecom Authority cut mobile data in Dunmore. Fixed-line broadband was not affected, an official at the authority said on condition of anonymity. Landlines still worked, a senior official with the authority said in a statement.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("broadband was not affected")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Harlow Telecom Authority"), "{}", dump(&d));
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("Landlines still worked")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Harlow Telecom Authority"), "{}", dump(&d));
}

#[test]
fn the_government_as_a_subject_with_no_dateline_speaks_as_the_state_the_article_is_about() {
    // ("The government puts the toll at four and says …" had kept the speaker "The
    // government" as written where no dateline names the state; "a government spokesman" was
    // already the state the article is mostly about)
    let d = doc("Protest in Bolivia\n\nPolice cleared the square in La Paz on Monday. Unions in Bolivia say nine people were hurt. The government puts the toll at two and says the police acted lawfully.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("the police acted lawfully")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Bolivia"), "{}", dump(&d));
}

#[test]
fn a_speaker_in_mid_sentence_before_and_a_new_clause_reports_what_went_before() {
    // ("Officers had warned the crowd three times …, he said, and some protesters had thrown
    // bottles" had made "Officers" speakers of their warning: the cue after the content, before
    // ", and" with a clause of its own, reports what went before, as it does before ", but")
    let d = doc("Crackdown\n\nPolice chief Tom Hale defended the operation on Sunday. Guards had warned the marchers twice before using tear gas, he said, and some marchers had thrown stones.");
    assert!(!d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Guards")), "{}", dump(&d));
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("had warned the marchers")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_definite_noun_before_a_quoted_predicate_is_a_reported_statement() {
    // ('a spokeswoman … said the contracts "fully complied with the law."' had only the
    // quotation: a definite noun of one word whose predicate is quoted says who did what, as
    // an actor named there does)
    let d = doc("Drones\n\nThe Quarnby Works signed the contracts in May. Jane Roe said the tenders \u{201c}fully met the rules.\u{201d}");
    let s = d.statements.iter().find(|s| s.kind == Reported && d.slice(s.text).contains("the tenders")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Jane Roe"), "{}", dump(&d));
}

#[test]
fn a_condition_set_by_the_party_a_speaker_takes_up_is_the_partys() {
    // ("The party would back the inquiry only if it included …, he added" had the condition
    // the leader's and the party, read for "it", asked: the clause's subject sets it)
    let d = doc("Inquiry\n\nThe opposition Velmar Party called for an inquiry. Party leader Tom Hale said the police had lied. The party would back the inquiry only if it included judges from outside the police, he added.");
    demand(&d, "Velmar Party", None, "included judges from outside the police", DemandKind::Condition);
    // ("He said the union would call off the ballot only if the Government agreed …": the
    // speaker's own union, not the speaker)
    let d = doc("Pay dispute

The Vexmoor Nurses' Federation (VNF) has balloted its members. Its general secretary, Jane Roe, said the dispute was long. She said the union would call off the ballot only if the Government agreed by March to restore the allowance.");
    demand(&d, "Vexmoor Nurses' Federation", None, "the Government agreed by March to restore the allowance", DemandKind::Condition);
}

#[test]
fn members_of_a_body_that_speaks_threaten_as_the_body_and_a_passive_is_asked_whole() {
    // ("Uasu said … that its members would down their tools … unless the money was paid" had no
    // threat: "its members" named no actor, and the passive's verb alone was what was asked)
    let d = doc("Strike notice\n\nThe Harbor Dockworkers Union said in a letter to the port authority that its members would down their tools on Monday unless the arrears were paid.");
    demand(&d, "Harbor Dockworkers Union", None, "the arrears were paid", DemandKind::Threat);
}

#[test]
fn a_reported_clause_that_opens_the_statement_sets_its_condition_by_its_subject() {
    // ("Russia would consider a broader swap only if Ukraine handed over …, she told a
    // briefing" had the condition the spokeswoman's: the clause's subject sets it)
    let d = doc("Swap\n\nNorway would consider a broader swap only if Sweden handed over the soldiers captured at the border, Foreign Minister Jan Berg told a briefing in Oslo.");
    demand(&d, "Norway", Some("Sweden"), "handed over the soldiers captured at the border", DemandKind::Condition);
}

#[test]
fn a_bare_plural_of_people_that_would_act_unless_leaves_the_threat_the_speakers() {
    // ("said farmers would stop supplying mills unless the increase was announced …" had no
    // threat: no actor opened the clause; "the talks would fail unless …" stays a forecast)
    let d = doc("Cane\n\nTom Vale, a grower in Harlow, said farmers would stop supplying mills unless the increase was announced before the end of May.");
    demand(&d, "Tom Vale", None, "the increase was announced", DemandKind::Threat);
    // (since the thirty-third session the golds give the speaker such a forecast's condition)
    let d = doc("Talks\n\nTom Vale said the talks will fail unless both sides compromise.");
    demand(&d, "Tom Vale", None, "both sides compromise", DemandKind::Condition);
}

#[test]
fn two_coordinated_subjects_of_a_condition_are_asked_together() {
    // ("said colleges would keep cutting unless Ottawa and the province worked out "a new deal"
    // together" had no demand: what was asked began at "and the province")
    let d = doc("Cuts\n\nJane Roe, the president of the Quarnby Staff Association, said hospitals would keep cutting beds unless Oslo and the region worked out a new funding formula together.");
    demand(&d, "Jane Roe", None, "worked out a new funding formula together", DemandKind::Threat);
}

#[test]
fn his_media_office_speaks_for_him() {
    // ("Prime Minister X … ordered …, his media office said." had left "media office" as the
    // speaker, where "his office" already spoke for him)
    let d = doc("Jobs\n\nPrime Minister Jane Roe ordered an inquiry into the protests, her media office said. Interior Minister Tom Hale will travel to the port, his press office said.");
    assert_eq!(speaker_of(&d, "Prime Minister Jane Roe ordered an inquiry into the protests, her media office said").as_deref(), Some("Jane Roe"), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "Interior Minister Tom Hale will travel to the port, his press office said").as_deref(), Some("Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_statement_taken_up_by_according_to_is_its_authors() {
    // ('… ordered …, his media office said. He also directed the Ministry of Oil to "give
    // priority …" in new contracts, according to the statement.' had made "the statement" the
    // speaker)
    let d = doc("Jobs\n\nPrime Minister Jane Roe ordered an inquiry into the protests, the Harbor Labour Office said. She also directed the Ministry of Labour to \"hire local graduates first\" in new contracts, according to the statement.");
    assert_eq!(speaker_of(&d, "hire local graduates first").as_deref(), Some("Harbor Labour Office"), "{}", dump(&d));
}

#[test]
fn the_watchdog_is_the_body_described_so_in_apposition() {
    // ("… the Anti-Corruption Action Center (AntAC), a Kyiv-based watchdog, said … \"…,\" X told
    // RFE/RL. … The watchdog called on parliament to …" had no one appealing)
    let d = doc("Graft\n\nJane Roe, who heads the legal team of the Harbor Integrity Centre (HIC), a Lisbon-based watchdog, said the case was a test. \"We have seen few verdicts,\" Roe told the Harbor News. \"The Vexmoor Court must move faster.\"\n\nThe watchdog called on parliament to give the bureau its own wiretapping powers.");
    demand(&d, "Harbor Integrity Centre", Some("parliament"), "give the bureau its own wiretapping powers", DemandKind::Appeal);
}

#[test]
fn it_is_not_the_platform_its_own_clause_posted_on() {
    // ("… organises largely on Discord and Facebook … It said in a post on Facebook that …" had
    // Facebook for "it", the platform where the body posted)
    let d = doc("Talks\n\nThe Harbor Youth Front rejected the offer on Monday. Its members organise largely on Facebook and Telegram. It said in a post on Facebook that it would join talks only if they were broadcast live.");
    assert_eq!(speaker_of(&d, "It said in a post on Facebook that it would join talks only if they were broadcast live").as_deref(), Some("Harbor Youth Front"), "{}", dump(&d));
}

#[test]
fn a_body_noun_opening_a_title_before_a_name_is_of_that_body() {
    // ("Party leader X said …" opening a sentence after "The main opposition X Party …" had
    // given no role: "party" is a title modifier, so no owner was looked for before it)
    let d = doc("Rally\n\nThe opposition Vexmoor Unity Party called for calm. Party leader Jane Roe said the arrests were unlawful. Later, party leader Tom Hale spoke.");
    let r = role(&d, "Jane Roe", "leader");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Unity Party"), "{}", dump(&d));
    let r = role(&d, "Tom Hale", "leader");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Unity Party"), "{}", dump(&d));
}

#[test]
fn counsel_and_a_senior_advocate_are_lawyers_roles() {
    // ("Qureshi's counsel, Barrister X," and "Senior advocate X, appearing for the petitioners,"
    // had given no role: "counsel" and "advocate" are the courts' words for a client's lawyer)
    let d = doc("Hearing\n\nThe court heard the appeal on Monday. His counsel, Tom Poe, opposed the request. Senior advocate Anna Berg, appearing for the families, asked the court to wait. Rights advocate Lia Penn said the delay was unfair.");
    assert_eq!(role(&d, "Tom Poe", "counsel").title, "counsel", "{}", dump(&d));
    assert_eq!(role(&d, "Anna Berg", "advocate").title, "advocate", "{}", dump(&d));
    assert!(!d.roles.iter().any(|r| name(&d, r.holder) == "Lia Penn"), "{}", dump(&d));
}

#[test]
fn an_office_for_a_lower_case_portfolio_right_before_the_name_is_the_title() {
    // ("KPK deputy for enforcement X told a press conference …" had given no role: "for" and a
    // portfolio in lower case, as "director of public policy X" with "of")
    let d = doc("Raid\n\nThe Vexmoor Anti-Graft Commission (VAC) raided the office. VAC deputy for enforcement Jane Roe told a press conference that two men were held.");
    let r = role(&d, "Jane Roe", "deputy");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Anti-Graft Commission"), "{}", dump(&d));
}

#[test]
fn a_states_public_defender_in_apposition_is_its_office() {
    // ("Georgia's Public Defender, X, told reporters …" had given no role: the state's
    // ombudsman's office, as "ombudsman" is one)
    let d = doc("Arrests\n\nPolice detained 40 people in Georgia on Monday. Georgia's Public Defender, Jane Roe, told reporters that her office had received complaints.");
    let r = role(&d, "Jane Roe", "Public Defender");
    assert_eq!(role_of(&d, r).as_deref(), Some("Georgia"), "{}", dump(&d));
}

#[test]
fn an_economist_named_without_a_body_holds_the_post() {
    // ("Economist X, who teaches at …" and "economist X said" had given no role, as "analyst
    // X" had; with the body after it, "an economist at Y", it was already one)
    let d = doc("Outages\n\nThe grid failed again on Monday. Economist Jane Roe, who teaches at the University of Halden, said the outages cost jobs. Prices rose, economist Tom Hale said.");
    assert_eq!(role(&d, "Jane Roe", "economist").title, "Economist", "{}", dump(&d));
    assert_eq!(role(&d, "Tom Hale", "economist").title, "economist", "{}", dump(&d));
}

#[test]
fn a_profession_in_a_field_at_a_body_is_of_the_body() {
    // ("X, an expert in higher education policy at the University of Y," had given no role:
    // "in" and the field between the profession and "at" had ended the look for the body)
    let d = doc("Fees\n\nFees rose again. Jane Roe, an expert in higher education policy at the University of Halden, said universities would suffer. Tom Hale, a specialist in Balkan history with the Vexmoor Institute, agreed.");
    let r = role(&d, "Jane Roe", "expert");
    assert_eq!(role_of(&d, r).as_deref(), Some("University of Halden"), "{}", dump(&d));
    let r = role(&d, "Tom Hale", "specialist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Institute"), "{}", dump(&d));
}

#[test]
fn an_actor_and_an_auxiliary_before_a_quoted_predicate_make_a_reported_statement() {
    // ('said Tehran had "always honoured its commitments"' had given only the quote: two words
    // of the clause's own, the actor and "had", were taken for too little to report)
    let d = doc("Talks\n\nSpokeswoman Jane Roe said Peru had \"always honoured its commitments\". Tom Hale said Norway was \"once again blaming others\".");
    let s = reported(&d, "Spokeswoman Jane Roe said Peru had \"always honoured its commitments\"", "Jane Roe");
    assert!(about(&d, &s).contains(&"Peru".to_string()), "{}", dump(&d));
    reported(&d, "Tom Hale said Norway was \"once again blaming others\"", "Tom Hale");
    // (a quoted noun phrase after "was" stays a quote only: no verb of the clause is the speaker's)
    let d = doc("Talks\n\nTom Hale said Norway was \"a disgrace\".");
    assert!(!d.statements.iter().any(|s| s.kind == StatementKind::Reported), "{}", dump(&d));
}

#[test]
fn the_actor_a_red_line_does_not_allow_to_act_is_its_addressee() {
    // ("said Israel would not allow Iran to rebuild …" had no addressee: only a body named in
    // what is refused was taken, not a state)
    let d = doc("Warning\n\nJane Roe said Norway would not allow Sweden to expand its fishing fleet.");
    demand(&d, "Norway", Some("Sweden"), "Sweden to expand its fishing fleet", DemandKind::Refusal);
    // (a pronoun is no addressee: "it" here is the incident)
    let d = doc("Warning\n\nJane Roe said Norway was investigating the incident and would not allow it to derail the talks.");
    assert!(d.demands.iter().all(|m| m.of.is_none()), "{}", dump(&d));
}

#[test]
fn an_envoy_to_a_body_after_a_states_possessive_is_the_states() {
    // ("Russia's UN ambassador X", "Its deputy UN envoy, X" had given the UN for the office: the
    // body named before the title is where the envoy is sent, the possessive who sends him)
    let d = doc("Vote\n\nNorway's UN ambassador Jane Roe said the vote was void. Sweden opposed the plan. Its deputy UN envoy, Tom Hale, said Stockholm would not recognise it. UN envoy Ada Quarry said talks would resume.");
    let r = role(&d, "Jane Roe", "ambassador");
    assert_eq!(role_of(&d, r).as_deref(), Some("Norway"), "{}", dump(&d));
    let r = role(&d, "Tom Hale", "envoy");
    assert_eq!(role_of(&d, r).as_deref(), Some("Sweden"), "{}", dump(&d));
    let r = role(&d, "Ada Quarry", "envoy");
    assert_eq!(role_of(&d, r).as_deref(), Some("United Nations"), "{}", dump(&d));
}

#[test]
fn the_government_demanded_of_or_given_a_deadline_is_the_state_of_a_story_about_one_state() {
    // ("demanding that the government reverse …", "have given the government until 15 January
    // to respond" had left "the government" as written, no state)
    let d = doc("Blockades\n\nFarmers blocked roads across Norway on Monday. Norway's farmers' union, the Norwegian Farmers' Union, demanded that the government reverse the diesel tax. Police in Norway cleared two roads. Union leaders have given the government until Friday to respond, Jane Roe said.");
    demand(&d, "Norwegian Farmers' Union", Some("Norway"), "the government reverse the diesel tax", DemandKind::Demand);
    assert!(d.demands.iter().any(|m| d.slice(m.what) == "respond" && m.of.map(|p| party(&d, p)).as_deref() == Some("Norway")), "{}", dump(&d));
    // (not in a story of two states' dealings, where the government may be either's)
    let d = doc("Apology\n\nJapan and South Korea met in Seoul. The Korean party demanded that the government secure an apology from Japan.");
    assert!(d.demands.iter().all(|m| m.of.is_none()), "{}", dump(&d));
}

#[test]
fn an_accusation_of_bare_plurals_with_a_quoted_charge_is_a_reported_statement() {
    // ('accused ministers of "declaring war on the countryside"' had given only the quote: a
    // bare plural is no noun phrase to the test for an accused actor, "the ministers" was)
    let d = doc("Row\n\nJane Roe accused ministers of \"declaring war on the countryside\".");
    reported(&d, "Jane Roe accused ministers of \"declaring war on the countryside\"", "Jane Roe");
    quote(&d, "declaring war on the countryside", "Jane Roe");
}

#[test]
fn a_condition_in_a_clause_after_told_reporters_that_is_set_by_the_clauses_body() {
    // ("X, the group's chief, told reporters at a press conference in Y that the association
    // would only call off the action if the Health Ministry agreed …" had the condition the
    // speaker's: the clause after "that", past whom and where it was told, has the body)
    let d = doc("Walkout\n\nThe Vexmoor Junior Doctors Association (VJDA) voted to strike. Its chairman, Tom Hale, told reporters at a press conference in Quarnby that the association would only call off the action if the Health Ministry agreed to new talks.");
    demand(&d, "Vexmoor Junior Doctors Association", Some("Health Ministry"), "agreed to new talks", DemandKind::Condition);
}

#[test]
fn a_condition_after_provided_with_no_that_or_on_the_condition_that() {
    // (", provided the union did not strike before then" and "on the condition that the museum
    // cover the cost …" had no demand: only "provided that" and "on condition that" were read)
    let d = doc("Talks\n\nThe Vexmoor Dockers' Union rejected the offer. Jane Roe said the Harbor Board would keep the bonus in place, provided the Vexmoor Dockers' Union did not strike before then.");
    demand(&d, "Harbor Board", Some("Vexmoor Dockers' Union"), "did not strike", DemandKind::Condition);
    let d = doc("Loan\n\nTom Hale said the Quarnby Trust would lend the paintings on the condition that Sweden paid for the insurance.");
    demand(&d, "Quarnby Trust", Some("Sweden"), "paid for the insurance", DemandKind::Condition);
    // (a verb after a comma, with its object, sets no condition)
    let d = doc("Records\n\nNorway closed the archive, provided Sweden with copies and left.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn in_writing_is_how_a_thing_is_done_not_a_cue() {
    // ("The judge said the board was free to suggest cuts, but that it must record its reasons
    // in writing" had a second statement whose speaker was "that it must record its reasons in")
    let d = doc("Ruling\n\nJustice Jane Roe heard the case on Monday. The judge said the agency was free to refuse, but that it must give its reasons in writing. Tom Hale said the ministry had confirmed the offer in writing.");
    assert_eq!(d.statements.len(), 2, "{}", dump(&d));
    assert_eq!(speaker_of(&d, "The judge said the agency was free to refuse, but that it must give its reasons in writing").as_deref(), Some("Jane Roe"), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "Tom Hale said the ministry had confirmed the offer in writing").as_deref(), Some("Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_desks_credit_on_a_line_of_its_own_is_no_actor() {
    // ("The Hindu Bureau" under the standfirst had made an organisation "Hindu Bureau")
    let d = doc("Court orders a review of the permit\n\nThe Quarnby Herald Bureau\n\nHALDEN\n\nJane Roe said the court would rule in May.");
    assert!(!d.entities.iter().any(|e| e.name.contains("Bureau")), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "Jane Roe said the court would rule in May").as_deref(), Some("Jane Roe"), "{}", dump(&d));
    let d = doc("Talks stall\n\nSpecial Correspondent\n\nJane Roe said the talks had stalled.");
    assert!(!d.entities.iter().any(|e| e.name.contains("Correspondent")), "{}", dump(&d));
}

#[test]
fn a_company_official_speaks_for_the_company_named_last() {
    // ("A company official, who asked not to be named, said Hanwha had not …" had the speaker
    // "A company official": it speaks for the company last named, as "the company said" does)
    let speaker = |t: &str, words: &str| {
        let d = doc(t);
        let s = d.statements.iter().find(|s| d.slice(s.text).contains(words)).unwrap_or_else(|| panic!("no statement with {words:?}\n{}", dump(&d)));
        who(&d, s)
    };
    let t = "Orders\n\nQuillmart Aerospace signed a contract to build trainer jets for the air force on Tuesday. A company official, who asked not to be named, said Quillmart had not sought the state loan.";
    assert_eq!(speaker(t, "had not sought the state loan").as_deref(), Some("Quillmart Aerospace"));
    let t = "Plant\n\nVexby Motors will cut 300 jobs at its plant in Halden. A firm spokeswoman said the plant would stay open.";
    assert_eq!(speaker(t, "the plant would stay open").as_deref(), Some("Vexby Motors"));
}

#[test]
fn the_government_capitalised_in_commonwealth_style_is_the_state() {
    // ("asked the Government to explain …", "accused the Government of …": PA and the Straits
    // Times capitalise their own government; it had stayed no one, not the state)
    let d = doc("Rents\n\nWELLINGTON - Rents rose again across New Zealand on Monday.\n\nOpposition leader Jane Roe asked the Government to freeze rents. Tom Hale accused the Government of ignoring renters.");
    demand(&d, "Jane Roe", Some("New Zealand"), "freeze rents", DemandKind::Appeal);
    let s = reported(&d, "Tom Hale accused the Government of ignoring renters", "Tom Hale");
    assert_eq!(about(&d, &s), ["New Zealand"], "{}", dump(&d));
    // where a government below the state is named, "the Government" is that one
    let d = doc("Drought\n\nADELAIDE - Farmers in South Australia, Australia, lost crops again.\n\nThe SA Government announced relief on Monday. Tom Hale accused the Government of ignoring farmers.");
    let s = reported(&d, "Tom Hale accused the Government of ignoring farmers", "Tom Hale");
    assert!(!about(&d, &s).contains(&"Australia".to_string()), "{}", dump(&d));
}

#[test]
fn a_capitalised_description_addressed_is_written_as_the_actors_name() {
    // ("asked the Government to explain …" had the addressee text "Government", which names no
    // one, in demands.csv; the state's name is written instead, as for "the government")
    let d = doc("Rents\n\nWELLINGTON - Rents rose again across New Zealand on Monday.\n\nOpposition leader Jane Roe asked the Government to freeze rents.");
    demand(&d, "Jane Roe", Some("New Zealand"), "freeze rents", DemandKind::Appeal);
    let quads = newsgraph::store::rdf::doc_quads(&d);
    let texts: Vec<String> = quads.iter().filter(|q| q.predicate.as_str().ends_with("#addresseeText")).map(|q| q.object.to_string()).collect();
    assert!(texts.iter().all(|t| !t.contains("Government")), "{texts:?}");
}

#[test]
fn a_platform_post_is_no_speaker_of_the_quote_after() {
    // ("said in a Facebook post that million-dollar flats "…"" had given the quote to Facebook:
    // "Facebook post that" was read as a subject and the cue "post")
    let d = doc("Flats\n\nPrices rose again.\n\nOpposition MP Jane Roe said in a Facebook post that the flats \"send the wrong signal about housing\".\n\nTom Hale wrote in an Instagram post that rents were \"out of control\".");
    said(&d, StatementKind::Direct, "send the wrong signal about housing", Some("Jane Roe"));
    said(&d, StatementKind::Direct, "out of control", Some("Tom Hale"));
}

#[test]
fn the_watchdog_is_a_public_body_not_the_company_it_rules_on() {
    // ("Ireland's Data Protection Commission (DPC) said Meta's transfers … The watchdog gave the
    // company five months to …" had made Meta the demander: the body after a country's
    // possessive was no speaking subject, and the company was the body named last)
    let d = doc("Fine\n\nMeta was fined on Monday. Norway's Data Protection Authority (DPA) said Meta's transfers were unlawful. The watchdog gave the company five months to suspend the transfers.");
    demand(&d, "Data Protection Authority", Some("Meta"), "suspend the transfers", DemandKind::Demand);
    // (nor a company named last with no public body before it)
    let d = doc("Fine\n\nMeta said its transfers were lawful. The watchdog gave the company five months to suspend them.");
    assert!(d.demands.iter().all(|m| party(&d, m.by) != "Meta"), "{}", dump(&d));
}

#[test]
fn an_unnamed_member_of_a_party_named_with_it_speaks_for_the_party() {
    // ("An SPD member of the foreign affairs committee, speaking on condition of anonymity, told
    // Euronews the party's MPs would …" had kept the description as the speaker)
    let d = doc("Budget\n\nOSLO - The Vexmoor Labour Party (VLP) has split over the budget.\n\nA VLP member of the finance committee, speaking on condition of anonymity, told reporters the party's MPs would vote against the bill.");
    reported(&d, "A VLP member of the finance committee, speaking on condition of anonymity, told reporters the party's MPs would vote against the bill", "Vexmoor Labour Party");
}

#[test]
fn an_armed_service_is_taken_up_as_the_service() {
    // ("The U.S. Army has awarded … a contract …, the service announced Thursday" had kept "the
    // service" as the speaker, no one)
    let d = doc("Ships\n\nOSLO — The Vexmoor Navy has awarded Quillmart Yards a contract to build four frigates, the service announced Thursday, ending a long competition.");
    reported(&d, "The Vexmoor Navy has awarded Quillmart Yards a contract to build four frigates, the service announced Thursday, ending a long competition", "Vexmoor Navy");
}

#[test]
fn a_portfolio_secretary_speaks_for_the_one_department_of_his_office() {
    // ("Defence Secretary X … He said the MoD would instead buy …" listed his own ministry as
    // a topic: a secretary of a portfolio holds that ministry's office, as a minister does)
    let d = doc("The Ministry of Defence has scrapped a radar contract. Defence Secretary Tom Hale said the Ministry of Defence would buy radars from an ally.");
    let s = reported(&d, "Defence Secretary Tom Hale said the Ministry of Defence would buy radars from an ally", "Tom Hale");
    assert!(about(&d, &s).iter().all(|a| !a.contains("Ministry")), "{}", dump(&d));
    // another portfolio's secretary keeps the ministry a topic
    let d = doc("The Ministry of Defence has scrapped a radar contract. Health Secretary Tom Hale said the Ministry of Defence would buy radars from an ally.");
    let s = reported(&d, "Health Secretary Tom Hale said the Ministry of Defence would buy radars from an ally", "Tom Hale");
    assert!(about(&d, &s).iter().any(|a| a.contains("Ministry")), "{}", dump(&d));
}

#[test]
fn officers_named_by_their_field_hold_a_role() {
    // ("Its chief people officer, X, said …", "the union's regional officer, X", "the Army's
    // program executive officer for …": "officer" with its field had been no title)
    let d = doc("Strike\n\nThe Vexmoor Health Agency said services would be kept. Its chief people officer, Tom Hale, said the agency was disappointed.");
    role(&d, "Tom Hale", "chief people officer");
    let d = doc("Jobs\n\nThe Harlow Workers Union called the decision a betrayal. The union's regional officer, Ann Roe, said members would fight it.");
    role(&d, "Ann Roe", "regional officer");
}

#[test]
fn an_appositive_title_after_a_party_and_state_tag_is_the_holders() {
    // ("Sen. X (R., La.), chairman of the Senate health committee, said …" had no role: the
    // appositive was looked for right after the name, where the parenthesis stands)
    let d = doc("Drug prices\n\nSen. Tom Hale (R-Vt.), chairman of the Senate health committee, said the rule went too far.");
    role(&d, "Tom Hale", "chairman");
    let d = doc("Drug prices\n\nSen. Tom Hale (R., Vt.), chairman of the Senate health committee, said the rule went too far.");
    role(&d, "Tom Hale", "chairman");
}

#[test]
fn a_director_general_written_apart_is_one_title() {
    // ("Its deputy director general, X" had given two roles, "deputy" and "director general",
    // and "WHO Director General X" the head "General": only the hyphenated form was listed)
    let d = doc("Row\n\nThe Vexmoor Consumers' Federation criticised the plan. Its deputy director general, Jane Roe, said it was weak.");
    let r = role(&d, "Jane Roe", "Director-General");
    assert_eq!(r.title, "deputy director general", "{}", dump(&d));
    assert_eq!(d.roles.iter().filter(|r| name(&d, r.holder) == "Jane Roe").count(), 1, "{}", dump(&d));
}

#[test]
fn backed_calls_for_someone_to_act_is_the_backers_demand() {
    // ("he has backed calls for Oslo to raise …": a bare plural "calls" after a verb of support
    // had no determiner, so no demand was read)
    let d = doc("Fees\n\nLONDON - Britain and Norway met on Monday.\n\nForeign Secretary Jane Roe has backed calls for Norway to cut its fishing fees. Tom Hale joined calls for Britain to reopen the port.");
    demand(&d, "Jane Roe", Some("Norway"), "cut its fishing fees", DemandKind::Appeal);
    demand(&d, "Tom Hale", Some("United Kingdom"), "reopen the port", DemandKind::Appeal);
}

#[test]
fn in_a_letter_between_the_one_asked_and_to_is_how_it_was_asked() {
    // ("directing them in a July memo to treat …": a phrase of the writing the appeal was made
    // in stands between the one asked and "to", as a time does; no demand was read)
    let d = doc("Fees\n\nLONDON - Britain and Norway met on Monday.\n\nForeign Secretary Jane Roe urged Norway in a letter to cut its fishing fees. Tom Hale asked Britain in a joint statement to reopen the port.");
    demand(&d, "Jane Roe", Some("Norway"), "cut its fishing fees", DemandKind::Appeal);
    demand(&d, "Tom Hale", Some("United Kingdom"), "reopen the port", DemandKind::Appeal);
    // (and "directing" as "directed": "…, directing Norway in a March memo to …")
    let d = doc("Boats\n\nLONDON - Britain and Norway met on Monday.\n\nFisheries Minister Ann Lee has pressed the fleets to modernise, directing Norway in a March memo to halve its quota.");
    demand(&d, "Ann Lee", Some("Norway"), "halve its quota", DemandKind::Demand);
}

#[test]
fn knows_what_to_do_and_a_dash_in_a_quote_is_the_speakers_demand() {
    // ("he knows what to do - fund safe staffing," she said: the task spelt out after the dash
    // is asked by the one quoted; no demand was read)
    let d = doc("Library\n\nThe library in Halden closed on Monday.\n\n\"If the council wants the protest over, it knows what to do - reopen the library,\" union leader Jane Roe said.");
    demand(&d, "Jane Roe", None, "reopen the library", DemandKind::Demand);
}

#[test]
fn a_relative_clause_after_a_preposition_is_part_of_what_is_asked() {
    // ("called on the ministry to set a date by which corridor care would end" had asked only
    // "set a date by": "which" ended the demand, as it does after a comma)
    let d = doc("Row\n\nThe union called on Norway to set a date by which the waiting lists would end.");
    demand(&d, "The union", Some("Norway"), "set a date by which the waiting lists would end", DemandKind::Appeal);
    // (", which …" still comments on what was asked)
    let d = doc("Row\n\nThe union called on Norway to scrap the fee, which the ministry rejected.");
    demand(&d, "The union", Some("Norway"), "scrap the fee", DemandKind::Appeal);
}

#[test]
fn a_parliamentary_style_of_rt_hon_or_hon_is_part_of_no_name() {
    // ("The Speaker of the House, Rt. Hon. Jane Roe, said …", "Hon. Tom Hale moved the
    // motion. He urged …": the styles of West African and Commonwealth legislators; "Rt." had
    // ended the sentence and the styled member was no person, so "He" went to someone else)
    let d = doc("Assembly\n\nThe Speaker of the House, Rt. Hon. Jane Roe, said the lawmakers were disturbed.\n\nThe member for Halden, Hon. Tom Hale, moved the motion. He urged the state government to compensate the families.");
    reported(&d, "The Speaker of the House, Rt. Hon. Jane Roe, said the lawmakers were disturbed", "Jane Roe");
    role(&d, "Jane Roe", "Speaker");
    demand(&d, "Tom Hale", Some("the state government"), "compensate the families", DemandKind::Appeal);
}

#[test]
fn a_headline_passive_of_pressed_or_asked_has_no_one_asking() {
    // ("Ottawa pressed to fund transit line": a headline's passive without "was"; the place
    // before it had been read as the one pressing)
    let d = doc("Ottawa pressed to fund transit line\n\nThe line opened in 2019.");
    assert!(d.demands.is_empty(), "{:?}", d.demands);
    let d = doc("Norway asked to reopen fishing talks\n\nThe talks broke down in May.");
    assert!(d.demands.is_empty(), "{:?}", d.demands);
}

#[test]
fn a_report_by_a_named_body_speaks_for_that_body() {
    // ("A report by Amnesty International said …", "a new study from the World Bank found …":
    // the document's author speaks, as in "according to a report by …"; the phrase had been
    // kept as written)
    let d = doc("Jails\n\nA report by the Halden Prison Trust said the cells were damp.\n\nA new study from the World Bank found that wages had fallen.");
    reported(&d, "A report by the Halden Prison Trust said the cells were damp", "Halden Prison Trust");
    reported(&d, "A new study from the World Bank found that wages had fallen", "World Bank");
    // (an author named by no actor stays the phrase)
    let d = doc("Sleep\n\nA study by Yale researchers found that sleep mattered.");
    assert_eq!(speaker_of(&d, "A study by Yale researchers found that sleep mattered").as_deref(), Some("A study by Yale researchers"));
}

#[test]
fn termed_before_a_quotation_credits_the_one_who_termed_it() {
    // ("amid a walkout by the party, which termed it "anti-farmer"": Indian and South Asian
    // English's "termed" for "called"; the quote had no speaker)
    let d = doc("Bill\n\nThe assembly passed the bill amid a walkout by the Vexmoor Party, which termed it \"anti-farmer\".");
    quote(&d, "anti-farmer", "Vexmoor Party");
}

#[test]
fn a_quote_closing_a_relative_clause_leaves_the_main_verb_to_the_name_before() {
    // ('Jane Roe, who has called the pact "a prison," said …': the relative clause's comma
    // inside the closing mark had hidden the name, and the main clause's statement was lost)
    let d = doc("Trade\n\nJane Roe, who has called the pact \"a prison,\" said her government wanted a deal.");
    reported(&d, "Jane Roe, who has called the pact \"a prison,\" said her government wanted a deal", "Jane Roe");
    quote(&d, "a prison,", "Jane Roe");
}

#[test]
fn a_surname_of_two_particles_opening_a_sentence_is_the_person_named_in_full() {
    // ("Von der Leyen said …" after "Ursula von der Leyen": the capitalised "Von" had been cut
    // off as a stopword, and the text of the statement began at "Leyen")
    let d = doc("Trade\n\nCommission President Jana van der Berg met the ministers.\n\nVan der Berg said the clause was fair.");
    reported(&d, "Van der Berg said the clause was fair", "Jana van der Berg");
}

#[test]
fn a_profession_at_the_bank_or_a_kind_of_company_is_of_the_company_named_before() {
    // ("Henrik Solberg, a telecoms analyst at the bank" after "Analysts at Barclays said …" had
    // given no role: only "the firm" and "the company" were read so)
    let d = doc("Merger\n\nAnalysts at Fenwick Capital said the deal would pass. \"The politics have shifted,\" said Jane Roe, a telecoms analyst at the bank.");
    let r = role(&d, "Jane Roe", "analyst");
    assert_eq!(role_of(&d, r).as_deref(), Some("Fenwick Capital"), "{}", dump(&d));
    let d = doc("Cars\n\nHalden Motors said it would cut 2,000 jobs. \"Nobody saw this coming,\" said Tom Hale, an engineer at the carmaker.");
    let r = role(&d, "Tom Hale", "engineer");
    assert_eq!(role_of(&d, r).as_deref(), Some("Halden Motors"), "{}", dump(&d));
}

#[test]
fn a_malaysian_honorific_of_one_or_two_words_is_no_part_of_the_name_and_the_title_before_it_holds() {
    // ("Perak Menteri Besar Datuk Seri Saarani Mohamad said", "MCOM president Tan Sri Lim Kok
    // Seng said": neither person nor role had been found, nor the statement)
    let d = doc("Tin\n\nSelangor Menteri Besar Datuk Seri Hakim Othman said the state would review the leases. The council's president, Tan Sri Lim Boon Huat, said the miners were ready.");
    reported(&d, "Selangor Menteri Besar Datuk Seri Hakim Othman said the state would review the leases", "Hakim Othman");
    assert_eq!(role(&d, "Hakim Othman", "Menteri Besar").head, "Menteri Besar");
    reported(&d, "The council's president, Tan Sri Lim Boon Huat, said the miners were ready", "Lim Boon Huat");
    role(&d, "Lim Boon Huat", "president");
    // (one word: "Datuk")
    let d = doc("Tin\n\nDeputy Minister Datuk Aziz Rahman said the state would act.");
    assert_eq!(role(&d, "Aziz Rahman", "Minister").title, "Deputy Minister");
}

#[test]
fn a_pluperfect_relative_clause_of_seeking_is_background_not_a_demand() {
    // ("PT X, which had sought permits covering about 2,400 hectares …": the story's background,
    // which set 50's gold gives no demand, read once the company was found)
    let d = doc("Permits\n\nInvestigators questioned Quillmart Mining, which had sought permits covering 300 hectares of forest.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (a demand sought now still is one)
    let d = doc("Permits\n\nQuillmart Mining sought the release of its trucks from the port authority.");
    assert!(!d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_police_spokesperson_speaks_for_the_police_force_named_before() {
    // ("A police spokesperson told …" after "Halden police said …" was left as written: the
    // lower-case "police" before the spokesperson is the one force named before, as "a
    // ministry spokesman" is the ministry)
    let d = doc("Strike\n\nThousands marched in Halden on Monday.\n\nHalden police said about 8,000 people took part in the march.\n\nA police spokesperson told reporters that two people had been detained.");
    reported(&d, "A police spokesperson told reporters that two people had been detained", "Halden police");
    // (with no force named, the phrase stays as written)
    let d = doc("Strike\n\nThousands marched in Halden on Monday.\n\nA police spokesperson told reporters that two people had been detained.");
    assert_eq!(speaker_of(&d, "A police spokesperson told reporters that two people had been detained").as_deref(), Some("A police spokesperson"));
}

#[test]
fn a_scientists_post_is_a_role_as_a_researchers_is() {
    // ("Its senior scientist, Rafael Ortiz, said …", "Kaveh Madani-Rad, a hydrologist at the
    // University of Tehran" had given no role; "a researcher at …" already had one)
    let d = doc("River\n\nThe Vexmoor Rivers Trust called for action. Its senior scientist, Jane Roe, said the river was dying.");
    let r = role(&d, "Jane Roe", "scientist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Rivers Trust"), "{}", dump(&d));
    let d = doc("Drought\n\n\"The wells are empty,\" said Tom Hale, a hydrologist at Quarnby University.");
    let r = role(&d, "Tom Hale", "hydrologist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Quarnby University"), "{}", dump(&d));
    let d = doc("Fish\n\nEpidemiologist Ann Lee said the samples were clean.");
    role(&d, "Ann Lee", "epidemiologist");
    // (a scientist "with" a body is still of that body)
    let d = doc("Flu. Tom Hale, a scientist with the Fjordland Medical Council, said cases would rise.");
    let r = role(&d, "Tom Hale", "scientist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Fjordland Medical Council"), "{}", dump(&d));
}

#[test]
fn the_union_takes_up_a_body_of_members_or_the_one_the_writer_called_the_union() {
    // ("The New Zealand Nurses Organisation … I'd encourage the union to …", "The union said
    // …": no body's name says union, so "the union" stayed a description)
    let d = doc("Strike\n\nThe Vexmoor Teachers Organisation said its members would strike on Monday.\n\nEducation Minister Tom Hale said the government would not be bullied by the union. \"I'd encourage the union to get back to the table,\" he said.\n\nThe union said it had not received his letter.");
    demand(&d, "Tom Hale", Some("Vexmoor Teachers Organisation"), "get back to the table", DemandKind::Appeal);
    reported(&d, "The union said it had not received his letter", "Vexmoor Teachers Organisation");
    // (a body whose name says union is meant over one of members named otherwise)
    let d = doc("Strike\n\nThe Vexmoor Teachers Organisation and the Halden Bus Drivers Union met on Monday.\n\nThe union said it would strike.");
    reported(&d, "The union said it would strike", "Halden Bus Drivers Union");
    // ("SAG-AFTRA has told advertisers it will strike …, the union said": the body the writer
    // called the union is the union taken up later, over an association named since)
    let d = doc("Strike\n\nACTEQ has told studios it will strike on Monday unless they agree to new limits, the union said Thursday.\n\nThe studios, which include members of the Association of Film Producers, said the offer was fair.\n\nThe union rejected the proposal.");
    reported(&d, "The union rejected the proposal", "ACTEQ");
}

#[test]
fn a_ministry_named_by_its_portfolio_before_and_after_ministry_of_is_one_body() {
    // ("Japan's health ministry … The Ministry of Health, Labor and Welfare … called on the
    // ministry to …": two names of one ministry left "the ministry" unresolved)
    let d = doc("Drugs\n\nVexmoor's health ministry will raise the prices of generic drugs, officials said.\n\nThe Ministry of Health, Welfare and Sport will propose the increase this month.\n\nThe Vexmoor Pharmacists Guild called on the ministry to allow pharmacists to switch products.\n\nThe Finance Ministry has been cautious.");
    demand(&d, "Vexmoor Pharmacists Guild", Some("Ministry of Health, Welfare and Sport"), "allow pharmacists to switch products", DemandKind::Appeal);
}

#[test]
fn his_ministry_is_the_ministry_of_the_portfolio_the_person_holds() {
    // ("National Development Minister X said … His ministry said …" kept the speaker
    // "ministry", though the story names the Ministry of National Development further down)
    let d = doc("Flats\n\nTransport Minister Tom Hale said fares would rise.\n\nHis ministry said in a statement that 400 buses would be bought next year.\n\nThe opposition called on the Ministry of Transport to publish its review.");
    reported(&d, "His ministry said in a statement that 400 buses would be bought next year", "Ministry of Transport");
}

#[test]
fn the_union_is_the_one_named_in_the_paragraphs_just_before_when_the_others_are_further_up() {
    // ("The Royal College of Nursing says … Its general secretary said: "…" The union called
    // on the government to …": the BMA, named paragraphs before, left "the union" unresolved)
    let d = doc("Winter\n\nThe minister said he would meet the Vexmoor Medical Association only if it called off its strike.\n\nHospitals were full on Monday.\n\nWards closed in Halden.\n\nThe Royal College of Midwifery says patients wait in corridors.\n\nIts general secretary, Jane Roe, said: \"It is a scandal.\"\n\nThe union called on the government to set a date for an end to corridor care.");
    demand(&d, "Royal College of Midwifery", Some("Norway"), "set a date for an end to corridor care", DemandKind::Appeal);
}

#[test]
fn a_cabinet_named_by_its_countrys_adjective_is_a_state_body() {
    // ("warned the Dutch cabinet that …", "accused the German cabinet of …": named so, as "the
    // Dutch government" is, the cabinet is a body the statement is about; it had been no actor)
    let d = doc("Asylum\n\nThe council met on Monday. The party accused the Dutch cabinet of betraying voters.");
    let s = statement(&d, "The party accused the Dutch cabinet of betraying voters");
    assert_eq!(about(&d, s), vec!["Dutch cabinet".to_string()], "{}", dump(&d));
}

#[test]
fn a_companys_union_or_workers_do_not_speak_for_the_company() {
    // ("Boeing's largest union rejected the offer", "the carmaker's workers said …": those
    // who bargain against a company had been made the company)
    let d = doc("Strike\n\nQuillmart's largest union on Sunday rejected the latest offer.\n\nQuillmart's workers said the offer was too low.");
    assert_ne!(speaker_of(&d, "Quillmart's largest union on Sunday rejected the latest offer").as_deref(), Some("Quillmart"));
    assert_ne!(speaker_of(&d, "Quillmart's workers said the offer was too low").as_deref(), Some("Quillmart"));
}

#[test]
fn a_companys_board_or_management_speaks_for_the_company() {
    // ("Quillmart's board said the offer was fair": no statement had been read at all)
    let d = doc("Deal\n\nQuillmart said on Monday it would sell its shipping arm.\n\nQuillmart's board said the offer was fair. Quillmart's management said the price was right.");
    reported(&d, "Quillmart's board said the offer was fair", "Quillmart");
    reported(&d, "Quillmart's management said the price was right", "Quillmart");
}

#[test]
fn a_bodys_relative_clause_between_commas_leaves_the_statement_to_the_main_verb() {
    // ("The Authority, which hopes to take over …, said it was ready": the relative clause's
    // "hopes" had been taken for the statement's cue, as "who" no longer was)
    let d = doc("Gaza\n\nThe Vexmoor Authority, which hopes to take over the port, said it was ready to assume its duties.");
    let s = reported(&d, "The Vexmoor Authority, which hopes to take over the port, said it was ready to assume its duties", "Vexmoor Authority");
    assert_eq!(s.cue, "said", "{}", dump(&d));
}

#[test]
fn an_official_of_a_body_taken_up_speaks_for_the_body() {
    // ("…, a senior official of the group said": as "a spokesman for the group" did; the
    // phrase had been kept as written)
    let d = doc("Talks\n\nThe Vexmoor Front will not disarm, a senior official of the group said on Thursday.");
    reported(&d, "The Vexmoor Front will not disarm, a senior official of the group said on Thursday", "Vexmoor Front");
}

#[test]
fn a_bare_or_quoted_plural_of_time_given_is_an_ultimatum() {
    // ('He gave Hamas "days, not weeks" to return …', "gave Kabul days to …": no count before
    // the time, so no ultimatum had been read)
    let d = doc("Talks\n\nEnvoy Tom Hale gave Norway days to return the boats.");
    demand(&d, "Tom Hale", Some("Norway"), "return the boats", DemandKind::Demand);
    let d = doc("Talks\n\nEnvoy Tom Hale gave Norway \"days, not weeks\" to return the boats.");
    demand(&d, "Tom Hale", Some("Norway"), "return the boats", DemandKind::Demand);
}

#[test]
fn a_states_rulers_or_leaders_after_its_possessive_are_the_state() {
    // ("urged Myanmar's military rulers to halt airstrikes": no one had been asked, and no
    // demand read)
    let d = doc("Strikes\n\nThe rights chief Jane Roe urged Norway's military rulers to halt the airstrikes.");
    demand(&d, "Jane Roe", Some("Norway"), "halt the airstrikes", DemandKind::Appeal);
}

#[test]
fn a_funds_officers_and_a_partys_backbencher_hold_roles() {
    // ("X's chief investment officer, Y,", "Y, a portfolio manager at X", "Labour backbencher Y"
    // had no role; a backbencher stays no title, so an unnamed one still speaks for the party)
    let d = doc("Funds\n\nVeldhoven Capital's chief investment officer, Marit Jansen, played down those fears.\n\nTomas Keller, a portfolio manager at Nordvik Partners, said yields would rise.\n\nBut Labour backbencher Owen Prys, who led the revolt, said the government must listen.");
    let r = role(&d, "Marit Jansen", "chief investment officer");
    assert_eq!(role_of(&d, r).as_deref(), Some("Veldhoven Capital"), "{}", dump(&d));
    role(&d, "Tomas Keller", "portfolio manager");
    let r = role(&d, "Owen Prys", "backbencher");
    assert_eq!(role_of(&d, r).as_deref(), Some("Labour Party"), "{}", dump(&d));
}

#[test]
fn a_teacher_named_in_apposition_holds_the_role_teacher() {
    // ("X, a teacher in the Y district", "X, a 67-year-old retired teacher, said" had no role;
    // other trades and longer descriptions describe a witness and make none)
    let d = doc("Drought\n\n\"We carry buckets,\" said Mina Rostami, a teacher in the Vardan district.\n\nOlga Petrenko, a 61-year-old retired teacher, said the cuts were cruel.\n\nJonas Weber, a law student at Halden University, said he would protest.\n\nKarl Ode, a teacher training college principal, spoke too.");
    role(&d, "Mina Rostami", "teacher");
    role(&d, "Olga Petrenko", "teacher");
    assert!(!d.roles.iter().any(|r| matches!(name(&d, r.holder).as_str(), "Jonas Weber" | "Karl Ode")), "{}", dump(&d));
}

#[test]
fn what_the_hearer_should_expect_is_a_forecast_not_a_demand() {
    // ("Internet users across the region should expect slower connections for three weeks,
    // the ministry said": what one is told to brace for is asked of no one)
    let d = doc("Cable\n\nCustomers across the north should expect slower connections for at least two weeks, the ministry said.\n\nThe minister said drivers must anticipate delays on the coast road this weekend.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (an obligation with another verb stays one)
    let d = doc("Cable\n\nThe Vexmoor Consumer Council said operators should refund customers for the outage.");
    assert!(!d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn an_approval_expected_of_a_regulator_is_a_forecast_not_a_demand() {
    // ("Analysts at the bank said in a note that they expected the commission to approve the
    // deal with conditions": the approval foreseen is asked of no one)
    let d = doc("Merger\n\nAnalysts at Halden Bank said in a note to clients that they expected the Vexmoor Competition Authority to approve the deal with conditions.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (another deed expected of an actor stays a demand)
    let d = doc("Merger\n\nThe Vexmoor Consumer Council said it expected the Vexmoor Competition Authority to block the deal.");
    assert!(!d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_place_that_would_act_only_if_sets_the_condition_as_its_government() {
    // ("He said Karnataka would release water only if the inflow … improved": the state, the
    // clause's subject, sets the condition, not the minister who reports it)
    let d = doc("Water\n\nBRISBANE — The water minister, Tom Hale, spoke on Monday.\n\nHe said Queensland would release water only if the inflow into the northern reservoirs improved.");
    demand(&d, "Queensland", None, "the inflow into the northern reservoirs improved", DemandKind::Condition);
    // (a person named as the subject stays the speaker's own case: no place)
    let d = doc("Water\n\nJane Roe said she would agree to the cuts only if the lower basin first accounted for the water lost to evaporation.");
    demand(&d, "Jane Roe", None, "the lower basin first accounted for the water lost to evaporation", DemandKind::Condition);
}

#[test]
fn a_name_told_is_no_part_of_the_reported_clause_that_sets_a_condition() {
    // ("told The Namibian the chamber would support local ownership only if the government
    // provided funding …": the newspaper told had set the condition)
    let d = doc("Auction\n\nWASHINGTON — The Airline Pilots Alliance opposed the auction on Monday.\n\nIts safety director, Curtis Almond, told The Washington Post the group would back the plan only if the Halden Spectrum Commission adopted power limits near airports.");
    demand(&d, "Airline Pilots Alliance", Some("Halden Spectrum Commission"), "adopted power limits near airports", DemandKind::Condition);
}

#[test]
fn a_threat_told_to_a_named_outlet_is_the_speakers_body_not_the_outlets() {
    // ("told Bloomberg News the group would seek a stay in federal court unless …": the
    // outlet told had made the threat, and "seek" after the modal had been read as the verb
    // of saying that opens the clause)
    let d = doc("Auction\n\nWASHINGTON — The Airline Pilots Alliance opposed the auction on Monday.\n\nIts safety director, Curtis Almond, told Halden Radio News the group would seek a stay in federal court unless the Halden Spectrum Commission adopted power limits near airports.");
    demand(&d, "Airline Pilots Alliance", Some("Halden Spectrum Commission"), "adopted power limits near airports", DemandKind::Threat);
}

#[test]
fn the_government_that_would_act_only_if_is_the_speakers_state() {
    // ("Digital Minister X said the government would back the merger only if the new company
    // kept its headquarters in Spain": the state sets the condition, not the minister)
    let d = doc("Merger\n\nNorway's digital minister, Jane Roe, said the government would back the merger only if the new company kept its headquarters in Oslo.");
    demand(&d, "Norway", None, "the new company kept its headquarters in Oslo", DemandKind::Condition);
}

#[test]
fn an_outlet_in_brackets_and_a_dash_opening_the_story_is_a_dateline_with_no_place() {
    // ("(CNN) — Michigan sued …, alleging …" credited the outlet with the story's first
    // sentence: a dateline with no place before the bracket was not read as one)
    let d = doc("Spill\n\n(Vexnews) — Halden County sued a chemical maker on Thursday, alleging it hid a spill from regulators.\n\nThe company said it had followed the rules.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Vexnews")), "{}", dump(&d));
    reported(&d, "The company said it had followed the rules", "The company");
    let d = doc("Spill\n\n(Vexnews Business) -- Halden County sued a chemical maker on Thursday, alleging it hid a spill.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Vexnews Business")), "{}", dump(&d));
}

#[test]
fn a_person_from_a_body_based_somewhere_speaks_not_the_body() {
    // ("Telecommunications analyst X from the Johannesburg-based research firm Y says …" was
    // credited to the firm: an affiliation after "from", and past where the body is based, was
    // not read as the person's, as one after "of" or "at" is)
    let d = doc("Markets\n\nTelecoms analyst Jane Roe from the Halden-based research firm Vexa Insights says the rules could reshape the market.");
    let s = reported(&d, "Telecoms analyst Jane Roe from the Halden-based research firm Vexa Insights says the rules could reshape the market", "Jane Roe");
    // (the speaker's own firm is who she is, not what she speaks of)
    assert!(about(&d, &s).is_empty(), "{:?}", about(&d, &s));
    let d = doc("Markets\n\nTom Hale from the Quarnby Institute said prices would fall.");
    reported(&d, "Tom Hale from the Quarnby Institute said prices would fall", "Tom Hale");
}

#[test]
fn bodies_named_with_six_other_unions_speak_not_the_unnamed_ones() {
    // ("The CGT, the CFDT and six other unions said in a joint statement …" was credited to
    // "six other unions": "other" ones after a count were read only up to five)
    let d = doc("Pensions\n\nThe Vexmoor Union and six other unions said the vote was a provocation.");
    reported(&d, "The Vexmoor Union and six other unions said the vote was a provocation", "Vexmoor Union");
    let d = doc("Pensions\n\nThe Vexmoor Union, the Halden Federation and seven other unions said in a joint statement that the vote was a provocation.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("seven other unions")), "{}", dump(&d));
}

#[test]
fn if_an_actor_fails_to_act_opening_a_quoted_threat_is_a_condition() {
    // ('"If the government fails to honour its word, we will be back on the streets," he
    // warned': failing to act negates as "does not" does; no condition had been read)
    let d = doc("Strike\n\nThe union met Norway on Monday.\n\n\"If Norway fails to honour its word, we will be back on the streets,\" union leader Jane Roe said.");
    demand(&d, "Jane Roe", Some("Norway"), "honour its word", DemandKind::Condition);
}

#[test]
fn the_mp_for_a_seat_after_a_quote_is_the_person_named_before() {
    // (""…," the MP for X told ITV News" after "Labour backbencher Y … said …" stayed with the
    // unnamed "the MP for X": "MP" is capitalised, so the occupation path never read it)
    let d = doc("Welfare\n\nThe minister spoke on Monday.\n\nBut Labour backbencher Jane Roe, who led the revolt, said the plan was wrong.\n\n\"They will lose the vote again,\" the MP for Halden North told the radio.");
    assert!(d.statements.iter().any(|s| s.speaker.is_some_and(|x| d.entities[x].name == "Jane Roe") && d.slice(s.text).contains("lose the vote")), "{:?}", d.statements);
}

#[test]
fn government_without_an_article_or_the_centre_asked_to_act_is_the_state() {
    // ("X called on government to set up …" and, in Indian papers, "urged the Centre to …"
    // kept the word as written: the state asked, as "the government" is)
    let d = doc("WINDHOEK - Farmers in Namibia lost cattle to drought, Namibia's ministry said.\n\nThe Kalahari Farmers Union called on government to open feed depots in the south.");
    demand(&d, "Kalahari Farmers Union", Some("Namibia"), "open feed depots in the south", DemandKind::Appeal);
    let d = doc("CHENNAI - Farmers in India's south face a dry summer.\n\nChief Minister Ravi Kumar urged the Centre to release funds for the tanks in Madurai, India.");
    demand(&d, "Ravi Kumar", Some("India"), "release funds for the tanks in Madurai, India", DemandKind::Appeal);
    // (not a centre named before, nor the word in a story about another state)
    let d = doc("LONDON - The Harbour Arts Centre opened in Britain.\n\nThe council urged the Centre to cut its prices.");
    assert!(d.demands.iter().all(|m| m.of.map(|p| party(&d, p)).as_deref() != Some("United Kingdom")), "{}", dump(&d));
}

#[test]
fn an_adverb_after_the_modal_keeps_a_step_held_back_until_a_condition() {
    // ("its members would also refuse to take part in inspections until the government agreed
    // to …" gave no condition: "also" stood where the verb was looked for)
    let d = doc("Strike\n\nThe Harbour Workers Union said its members would also refuse to load ships until the port authority agreed to hire more crane drivers.");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Condition && d.slice(m.what).contains("agreed to hire more crane drivers")), "{}", dump(&d));
}

#[test]
fn a_relative_clause_verb_ending_the_sentence_says_nothing_before_it() {
    // ("The union said the council should fine landlords who refuse." gave a second statement,
    // by "fine landlords", of the whole sentence, and a demand by them)
    let d = doc("Rent\n\nThe union said the council should fine landlords who refuse.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
    assert!(d.demands.iter().all(|m| party(&d, m.by) == "The union"), "{}", dump(&d));
    let d = doc("Rent\n\nOfficials will punish those who refuse.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    // (after a comma the relative's antecedent still speaks: "…, residents who attended said.")
    let d = doc("Rent\n\nThe plan is flawed, residents who attended the meeting said.");
    assert_eq!(d.statements.len(), 1, "{}", dump(&d));
}

#[test]
fn only_after_the_modal_sets_a_condition_with_once_or_when() {
    // ("Pristina would only return to the table once Serbia withdrew troops" gave no demand:
    // "only" was looked for right before "once", as in "would return only once …")
    let d = doc("Talks\n\nThe prime minister said Norway would only return to the talks once Sweden withdrew its troops from the border.");
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Condition && m.of.map(|p| party(&d, p)).as_deref() == Some("Sweden") && d.slice(m.what).contains("withdrew its troops")), "{}", dump(&d));
    // (a forecast of another's deed is none: "He will only speak when he is ready.")
    let d = doc("Talks\n\nHe will only speak when he is ready.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_question_put_to_the_speaker_between_commas_keeps_the_subject() {
    // ("A State Department spokesperson, asked about U.S. funding, said …" gave no statement:
    // the subject search stopped at "asked", a verb of asking, as at a clause of its own)
    let d = doc("Aid\n\nThe Halden Relief Agency cut rations on Monday.\n\nThe minister, asked about funding, said Norway had provided help.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("Norway had provided help") && s.cue == "said"), "{}", dump(&d));
    let d = doc("Aid\n\nThe Halden Relief Agency cut rations on Monday.\n\nA Halden Relief Agency spokesperson, when asked whether the cuts would last, said the agency had no choice.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Halden Relief Agency") && d.slice(s.text).contains("had no choice")), "{}", dump(&d));
}

#[test]
fn a_party_in_brackets_after_a_persons_name_leaves_the_person_speaking() {
    // ("German MEP Jane Roe (EPP), who …, said …" and "Jane Roe (Greens) said …" were the
    // party's: the rule for a body's initials in brackets after its name took the party in the
    // bracket for the speaker, though a person's name stood before it)
    let d = doc("Markets\n\nBRUSSELS - The Commission proposed new rules on Thursday.\n\nGerman MEP Jane Roe (EPP), who led the talks, said the plan was \"weak\".\n\nTom Hale (Greens) said the plan was \"too timid\".");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jane Roe") && d.slice(s.text).contains("weak")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tom Hale") && d.slice(s.text).contains("too timid")), "{}", dump(&d));
    // (a body's initials after its name still name it)
    let d = doc("Trade\n\nThe department of trade and industry (DTI) said the rules would change.");
    assert!(d.statements.iter().any(|s| who(&d, s).is_some_and(|w| w.contains("DTI") || w.to_lowercase().contains("trade and industry"))), "{}", dump(&d));
}

#[test]
fn it_after_an_if_clause_on_any_one_of_a_kind_keeps_the_quoted_demand() {
    // ('"If an app cannot keep children safe, it should not be operating in this country," X
    // told MPs' gave no demand: "it" with no actor named was taken for an impersonal "it")
    let d = doc("Banks\n\nLONDON - The minister spoke to MPs on Thursday.\n\n\"If a bank cannot protect its customers' savings, it should not be trading,\" Jane Roe told the committee.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("not be trading") && party(&d, m.by) == "Jane Roe" && m.of.is_none()), "{}", dump(&d));
    // (an impersonal "it" stays none: "If the weather holds, it should be a good day")
    let d = doc("Fair\n\nLONDON - The fair opens on Monday.\n\n\"If the weather holds, it should be a good day,\" Jane Roe said.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn the_government_that_should_act_in_a_reported_clause_is_the_state() {
    // ("X said the Government should invest in …" kept "the Government" as written, while
    // "urged the Government to invest in …" was already the state asked)
    let d = doc("WELLINGTON - Prisons in New Zealand are full, New Zealand's corrections department said.\n\nJane Roe, president of the Halden Reform League, said the Government should invest in bail support.");
    demand(&d, "Jane Roe", Some("New Zealand"), "invest in bail support", DemandKind::Demand);
    let d = doc("WELLINGTON - Prisons in New Zealand are full, New Zealand's corrections department said.\n\nThe Halden Reform League argued that the government must fund more probation officers.");
    assert!(d.demands.iter().any(|m| m.of.map(|p| party(&d, p)).as_deref() == Some("New Zealand")), "{}", dump(&d));
    // (not outside a reported clause: "Under the plan, the government should …" asks no one)
    let d = doc("WELLINGTON - Prisons in New Zealand are full, New Zealand's corrections department said.\n\nUnder the plan, the government should open two prisons by May.");
    assert!(d.demands.iter().all(|m| m.of.map(|p| party(&d, p)).as_deref() != Some("New Zealand")), "{}", dump(&d));
}

#[test]
fn a_title_in_charge_of_a_field_before_a_persons_name_is_a_role() {
    // ("Kasumi's vice president in charge of quality, X, apologized" gave no role: "in charge
    // of" stood between the title and the comma)
    let d = doc("Recall\n\nCorvane Motors recalled 20,000 cars on Monday. Its vice president in charge of quality, Tomas Varga, apologized to owners.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tomas Varga" && r.title == "vice president" && r.of.is_some_and(|o| name(&d, o) == "Corvane Motors")), "{}", dump(&d));
    let d = doc("Budget\n\nThe minister in charge of the budget, Anna Roe, said the plan was late.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Anna Roe" && r.title == "minister"), "{}", dump(&d));
}

#[test]
fn a_topic_opening_with_on_leaves_the_title_after_it_the_subject_a_pronoun_takes_up() {
    // ("On charging, the minister said … He asked oil marketing companies to …" gave the appeal
    // to a dealers' president named two paragraphs before: "On charging," hid "the minister")
    let t = "Subsidy\n\nTransport Minister Ravi Kulkarni said on Thursday that the subsidy would end in March.\n\nDealers were unhappy. Dealers' federation president Amit Joshi said sales fell in November.\n\nOn charging, the minister said the state would fund 5,000 charging points.\n\nHe asked oil companies to set aside space at fuel stations for chargers.";
    let d = doc(t);
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("set aside space") && party(&d, m.by) == "Ravi Kulkarni"), "{}", dump(&d));
    let d = doc(&t.replace("On charging,", "On infrastructure,"));
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("set aside space") && party(&d, m.by) == "Ravi Kulkarni"), "{}", dump(&d));
}

#[test]
fn its_head_after_a_body_taken_up_by_its_head_noun_is_that_bodys() {
    // ("The fund posted a gain. Its president, X, told …": no body named in the sentence before,
    // so the role had no "of" and "the fund" in what X said became its topic)
    let d = doc("Pensions\n\nThe Halden Pension Fund manages the reserves of the state pension system.\n\nThe fund posted a gain of 3% in the quarter. Its president, Tom Lee, told reporters that the fund would not chase short-term returns.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Tom Lee" && r.of.is_some_and(|o| d.entities[o].name == "Halden Pension Fund")), "{}", dump(&d));
    let s = reported(&d, "Its president, Tom Lee, told reporters that the fund would not chase short-term returns", "Tom Lee");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn the_and_a_plural_of_people_before_a_threat_leave_it_the_speakers() {
    // ("said the families would approach the High Court unless the department released …" gave
    // no threat: only a bare plural, "farmers would …", was taken for the speaker's side)
    let d = doc("Prison deaths\n\nCAPE TOWN - Three inmates died in a fire at the Halden prison on Monday.\n\nLawyer Thandi Mokoena, who represents the victims' relatives, said the families would approach the High Court unless the department released the names of the dead by Friday.\n\nFarm leader Ravi Patel said the farmers would block the highways unless the water was released by Sunday.");
    demand(&d, "Thandi Mokoena", None, "the department released the names of the dead by Friday", DemandKind::Threat);
    demand(&d, "Ravi Patel", None, "the water was released by Sunday", DemandKind::Threat);
    // (not "the talks", a thing: a forecast)
    let d = doc("Talks\n\nMediator Ravi Patel said the talks would fail unless both sides compromised on the border.");
    assert!(d.demands.iter().all(|m| m.kind != DemandKind::Threat), "{}", dump(&d));
}

#[test]
fn a_company_called_by_where_it_is_from_or_based_is_the_company_named_before() {
    // ("The German-owned company said in a statement …" after the supplier was named in the
    // paragraph before kept "The German-owned company" as its speaker; "the carmaker" already
    // took up the company named last, plain "company" with such a modifier did not)
    let t = "Plant to close\n\nVarnholt Automotive, which makes seat frames, told staff at its site on Thursday that production would end in September.\n\nThe German-owned company said in a statement that falling orders meant the plant was no longer viable.";
    let d = doc(t);
    reported(&d, "The German-owned company said in a statement that falling orders meant the plant was no longer viable", "Varnholt Automotive");
    let d = doc(&t.replace("The German-owned company", "The Dutch firm"));
    reported(&d, "The Dutch firm said in a statement that falling orders meant the plant was no longer viable", "Varnholt Automotive");
    // (not a company picked out among others: "the parent company" may be another one)
    let d = doc(&t.replace("The German-owned company", "The parent company"));
    assert!(d.statements.iter().filter(|s| d.slice(s.text).contains("no longer viable")).all(|s| who(&d, s).as_deref() != Some("Varnholt Automotive")), "{}", dump(&d));
}

#[test]
fn two_honorifics_between_a_title_and_a_name_leave_the_role() {
    // ("Relief League president Datuk Dr X said" gave no role: the step back over an honorific
    // took one word, not two)
    let d = doc("Aid\n\nVexmoor Relief League president Datuk Dr Jane Roewood said the group had sent two teams.\n\nIts chair, Professor Sir Paul Hendry, said the teams were ready.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Jane Roewood" && r.title == "president" && r.of.is_some_and(|o| name(&d, o) == "Vexmoor Relief League")), "{}", dump(&d));
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Paul Hendry" && r.title == "chair"), "{}", dump(&d));
}

#[test]
fn a_portfolio_before_a_title_is_no_holder_of_that_title_with_other_words() {
    // ("Downing Street said the Prime Minister had confidence in the Justice Secretary" put a
    // union's general secretary, the one "secretary" named, in the about list: "Justice" is
    // the office's own word, which "general secretary" lacks)
    let d = doc("Schools\n\nThe Harlow Teachers Guild said the plan was not ready. Its general secretary, Mary Dunn, said staff were already stretched.\n\nThe Cabinet Office said the prime minister had full confidence in the Education Secretary.");
    let s = reported(&d, "The Cabinet Office said the prime minister had full confidence in the Education Secretary", "Cabinet Office");
    assert!(!about(&d, &s).iter().any(|a| a == "Mary Dunn"), "{}", dump(&d));
    // (a holder written with the same word is still meant)
    let d = doc("Schools\n\nEducation Secretary Mary Dunn announced the plan on Monday.\n\nThe Cabinet Office said the prime minister had full confidence in the Education Secretary.");
    let s = reported(&d, "The Cabinet Office said the prime minister had full confidence in the Education Secretary", "Cabinet Office");
    assert!(about(&d, &s).iter().any(|a| a == "Mary Dunn"), "{}", dump(&d));
    // (nor a former holder: "the Education Secretary" is the one in office)
    let d = doc("Schools\n\nThe plan builds on a review by Tom Hale, the former Conservative education secretary.\n\nThe Cabinet Office said the prime minister had full confidence in the Education Secretary.");
    let s = reported(&d, "The Cabinet Office said the prime minister had full confidence in the Education Secretary", "Cabinet Office");
    assert!(!about(&d, &s).iter().any(|a| a == "Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_minister_of_a_portfolio_before_a_comma_and_a_name_is_that_persons_role() {
    // ("Its Minister of Planning and International Cooperation, X, told reporters …" gave no
    // role: the office, "of" and a portfolio that names nothing were read only right before the
    // name, with no comma)
    let d = doc("Aid\n\nADEN - Relief flights resumed on Monday.\n\nVexmoor's government welcomed the move. Its Minister of Planning and Regional Development, Omar Halabi, told reporters that the agencies should return.\n\nThe Minister for Water, Lina Sarraf, said supplies were short.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Omar Halabi" && r.title == "Minister of Planning and Regional Development"), "{}", dump(&d));
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Lina Sarraf" && r.title.starts_with("Minister")), "{}", dump(&d));
    // (not a body's name: "the Ministry of Planning, X" is no title)
    let d = doc("Aid\n\nADEN - Relief flights resumed on Monday.\n\nA report by the Ministry of Planning, Omar Halabi said, was ready.");
    assert!(d.roles.iter().all(|r| name(&d, r.holder) != "Omar Halabi" || !r.title.contains("Planning")), "{}", dump(&d));
}

#[test]
fn the_spokesperson_taken_up_after_a_spokesperson_for_the_company_speaks_for_the_company() {
    // ("A spokesperson for the company said … . “…,” the spokesperson said" left the quote
    // to "the spokesperson": the body after "for" was a lower-case noun taking up a company)
    let d = doc("Vaccines\n\nHalvorsen Pharma makes the only approved vaccine. A spokesperson for the company said it would expand its plant only if governments placed orders.\n\n\"Nobody builds a factory on promises,\" the spokesperson said.");
    let q = d.statements.iter().find(|s| s.kind == StatementKind::Direct && d.slice(s.text).contains("Nobody builds")).expect("quote");
    assert_eq!(who(&d, q).as_deref(), Some("Halvorsen Pharma"), "{}", dump(&d));
    // (a person named between keeps the pronoun's reading: "the spokesperson" is still the
    // body's, as before)
    let d = doc("Vaccines\n\nHalvorsen Pharma makes the only approved vaccine. A spokesman for the company said it would expand its plant.\n\n\"We need orders,\" he said.");
    let q = d.statements.iter().find(|s| s.kind == StatementKind::Direct && d.slice(s.text).contains("We need orders")).expect("quote");
    assert_eq!(who(&d, q).as_deref(), Some("Halvorsen Pharma"), "{}", dump(&d));
}

#[test]
fn the_national_government_asked_in_a_quote_and_the_government_of_a_datelined_story_are_the_state() {
    // ("“The national government must give us what we need now,” he said" left the addressee
    // as written: the government named by the level it governs at is the state's, as "the
    // government" is)
    let d = doc("Outbreak\n\nNAIROBI - Kenya has put health officers at its border posts with Tanzania, Kenya's health ministry said.\n\nThe governor of Kisumu, Jane Roe, said the county had no ambulance. \"We are ready to help. The national government must give us what we need now,\" she said.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("give us what we need") && m.of.map(|p| party(&d, p)).as_deref() == Some("Kenya")), "{}", dump(&d));
    // ("SINGAPORE - …" with Uganda named near as often: "The Government should …" in a quote is
    // the dateline's state, when it is the state named most)
    let d = doc("Screening\n\nNo bans, says minister\n\nSINGAPORE - Travellers from Uganda will be screened at the airport, Singapore's health agency said. Uganda has reported 40 cases.\n\nSingapore has no direct flights to Uganda, and few travellers from Uganda arrive in Singapore.\n\nProfessor Tom Lee said airport checks were for show. \"The real work is in clinics. The Government should give doctors clear guidance,\" he said.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("clear guidance") && m.of.map(|p| party(&d, p)).as_deref() == Some("Singapore")), "{}", dump(&d));
}

#[test]
fn a_known_organisation_written_without_its_accents_is_that_organisation() {
    // ("Medecins Sans Frontieres (MSF) said" in wire copy and "Médecins Sans Frontières" in
    // another story were two bodies: the lexicon knew the name only with its accents)
    let d = doc("Press freedom\n\nPARIS, Dec 4 (Reuters) - Reporters Sans Frontieres said on Thursday that three journalists had been detained in the port city.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("three journalists")).expect("statement");
    assert_eq!(who(&d, s).as_deref(), Some("Reporters Without Borders"), "{}", dump(&d));
}

#[test]
fn a_noun_in_ment_after_and_ends_an_office_of_fields() {
    // ("The city's Office of Budget and Management said …" made "Office of Budget" the speaker:
    // "Management" is not in the word list, so the name stopped at "and")
    let d = doc("Budget\n\nThe city's Office of Finance and Management said in a statement that the plan would leave a gap of $40 million.");
    assert!(d.entities.iter().any(|e| e.name == "Office of Finance and Management"), "{}", dump(&d));
    reported(&d, "The city's Office of Finance and Management said in a statement that the plan would leave a gap of $40 million", "Office of Finance and Management");
    let d = doc("Parks\n\nThe county's Department of Planning and Development said on Monday that the permits were delayed.");
    assert!(d.entities.iter().any(|e| e.name == "Department of Planning and Development"), "{}", dump(&d));
    // (a name after "and" still stays apart)
    let d = doc("Parks\n\nThe Ministry of Energy and Jane Roe said on Monday that the permits were delayed.");
    assert!(d.entities.iter().all(|e| !e.name.contains("Jane Roe") || e.name == "Jane Roe"), "{}", dump(&d));
}

#[test]
fn the_city_asked_in_a_story_about_one_city_is_that_city() {
    // ("The watchdog said the city should adopt a plan …" and "urged the city to …" left the
    // addressee as the words "the city", in a story about Chicago named again and again)
    let t = "Budget vote\n\nDENVER (AP) — Denver's council rejected the mayor's budget on Monday. Denver faces a gap of $200 million.\n\nThe Halden Budget Watch, a nonpartisan group, said the city should adopt a long-term plan for its pensions.\n\nThe Denver Teachers Guild urged the city to raise the tax on hotel rooms.";
    let d = doc(t);
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("adopt a long-term plan") && m.of.map(|p| party(&d, p)).as_deref() == Some("Denver")), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("raise the tax") && m.of.map(|p| party(&d, p)).as_deref() == Some("Denver")), "{}", dump(&d));
    // (a story naming no city twice leaves the words)
    let d = doc("Budget vote\n\nThe Halden Budget Watch, a nonpartisan group, said the city should adopt a long-term plan for its pensions.");
    assert!(d.demands.iter().all(|m| m.of.is_none_or(|p| matches!(p, Party::Text(_)))), "{}", dump(&d));
}

#[test]
fn a_union_local_named_with_its_number_before_a_relative_clause_is_the_subject() {
    // ("Amalgamated Transit Union Local 113, which represents about 12,000 TTC workers, warned
    // that …" gave no statement: the number before the comma ended no name)
    let d = doc("Fares\n\nHalden Bus Drivers Union Local 408, which represents about 3,000 drivers, warned that fewer buses would mean more crowding.");
    reported(&d, "Halden Bus Drivers Union Local 408, which represents about 3,000 drivers, warned that fewer buses would mean more crowding", "Halden Bus Drivers Union");
}

#[test]
fn a_title_before_a_comma_and_a_councillors_style_is_the_named_ones_too() {
    // ("The Lord Mayor, Cllr X, said …" and set18's "Its leader, Cllr X, accused …" gave only
    // the "Cllr" role: the style between the comma and the name hid the title before it)
    let d = doc("Budget\n\nThe Lord Mayor, Cllr Ann Roe, said after the vote that the council had made a hard choice.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Ann Roe" && r.title == "Lord Mayor"), "{}", dump(&d));
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Ann Roe" && r.title == "Cllr"), "{}", dump(&d));
    let d = doc("Budget\n\nThe Halden Residents Group opposed the plan. Its leader, Cllr Mary Vane, said the budget was unfair.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Mary Vane" && r.title == "leader"), "{}", dump(&d));
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Mary Vane" && r.title == "Cllr"), "{}", dump(&d));
}

#[test]
fn a_clients_lawyer_with_a_kind_before_or_a_place_after_the_head_is_a_role() {
    // ("His lead counsel, X, said …" and "His counsel in Belgium, X, said …" gave no role: a
    // word for the kind of lawyer, or the place the lawyer acts in, stood between the owner and
    // the comma)
    let d = doc("Appeal\n\nThe court refused bail on Friday. His lead counsel, Tom Poe, said the defence was disappointed. Her defence lawyer, Ana Ruiz, said she would appeal. His solicitor in Lisbon, Rui Costa, said the ruling ignored the evidence.");
    assert_eq!(role(&d, "Tom Poe", "counsel").title, "counsel", "{}", dump(&d));
    assert_eq!(role(&d, "Ana Ruiz", "lawyer").title, "lawyer", "{}", dump(&d));
    assert_eq!(role(&d, "Rui Costa", "solicitor").title, "solicitor", "{}", dump(&d));
}

#[test]
fn a_verb_of_saying_after_a_modal_in_a_reported_clause_leaves_the_quotation_to_the_teller() {
    // ("ABP said it … would defend the case", "the group would reveal "…"" gave the quotation
    // to the clause's subject, at "defend", "reveal": a deed foretold in what was said, not
    // words of the subject's)
    let d = doc("Pensions\n\nUnion leader Tom Hale told a rally that the ruling was unfair.\n\nHe said the union would defend its members \"with every legal means we have\", but gave no date.");
    quote(&d, "with every legal means we have", "Tom Hale");
    let d = doc("Trade\n\nThe minister, Ana Ruiz, said on Monday that the country would not accept \"any tariff that hurts our farmers\" and would also challenge the rules \"in every court we can\".");
    quote(&d, "in every court we can", "Ana Ruiz");
}

#[test]
fn a_speaking_aside_before_the_verb_leaves_a_condition_in_the_reported_clause_to_its_subject() {
    // ("A European diplomat, speaking on condition of anonymity, said the EU would continue
    // funding … only if the government allowed …" gave the condition to the diplomat: the
    // clause told was sought after "speaking", not "said")
    let d = doc("Aid\n\nThe European Union has given Ruritania 20 million euros this year.\n\nA European diplomat, speaking on condition of anonymity, said the EU would keep paying for the coastguard only if the government let inspectors into its prisons.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("inspectors into its prisons") && party(&d, m.by) == "European Union"), "{}", dump(&d));
    let d = doc("Aid\n\nThe European Union has given Ruritania 20 million euros this year.\n\nA senior official, asked about the talks, said the EU would keep paying for the coastguard only if the government let inspectors into its prisons.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("inspectors into its prisons") && party(&d, m.by) == "European Union"), "{}", dump(&d));
}

#[test]
fn an_honorific_after_a_titles_field_opens_the_persons_name() {
    // ("Federal Minister for Climate Change Dr X Y said …" named no one: the field of the
    // title's "for", the honorific and the name made one run of capitals, which no rule took)
    let d = doc("Floods\n\nThe relief fund is too slow, Federal Minister for Water Resources Dr Kamran Qadir said on Monday.\n\nDr Qadir said the board would meet in May.");
    assert!(d.entities.iter().any(|e| e.name == "Kamran Qadir"), "{}", dump(&d));
    assert_eq!(speaker_of(&d, "Dr Qadir said the board would meet in May").as_deref(), Some("Kamran Qadir"), "{}", dump(&d));
    let d = doc("Clinics\n\nMinister of Health Prof. Lena Varga told reporters that clinics would open on Sunday.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Lena Varga")), "{}", dump(&d));
    // (a body's name with "of" before a person's honorific stays as it was: no title before the "of")
    let d = doc("Rates\n\nThe Bank of Halden Dr Tom Roe said rates would rise.");
    assert!(d.entities.iter().all(|e| e.name != "Halden Dr Tom Roe"), "{}", dump(&d));
}

#[test]
fn a_time_adverbial_inside_a_participles_aside_keeps_the_subject_before_it() {
    // ("The African Group of Negotiators, chaired this year by X's Y Z, said …" gave the
    // statement to the chair: "this year" stood between the participle and its "by")
    let d = doc("Talks\n\nThe Coastal States Forum, chaired this year by Norway's Ingrid Dahl, said in a statement that the fund was too small.");
    assert_eq!(speaker_of(&d, "The Coastal States Forum, chaired this year by Norway's Ingrid Dahl, said in a statement that the fund was too small").as_deref(), Some("Coastal States Forum"), "{}", dump(&d));
    let d = doc("Strike\n\nThe Halden Dockers Union, led until recently by Mary Roe, warned that the strike would spread.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Halden Dockers Union")), "{}", dump(&d));
}

#[test]
fn cs_before_a_name_is_a_kenyan_cabinet_secretarys_title() {
    // ("Environment CS X Y said …" made a person "Environment CS X Y", and "The CS also called
    // on …" took up no one: "CS", a Cabinet Secretary in the Kenyan press, was no title)
    // ("the CS" after "Interior Cabinet Secretary X" is still X: the abbreviation is a secretary)
    let d = doc("Water\n\nNAIROBI - Water CS Amina Wekesa said on Monday that the dams would be finished in June.\n\nThe CS also called on county governments to fix leaking pipes.");
    assert!(d.entities.iter().any(|e| e.name == "Amina Wekesa"), "{}", dump(&d));
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Amina Wekesa" && r.title.contains("CS")), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Amina Wekesa" && d.slice(m.what).contains("fix leaking pipes")), "{}", dump(&d));
    let d = doc("Protests\n\nInterior Cabinet Secretary Tom Kamau warned that roads would stay open.\n\n\"Nobody will block the highway,\" the CS told reporters in Nakuru.");
    assert_eq!(speaker_of(&d, "Nobody will block the highway,").as_deref(), Some("Tom Kamau"), "{}", dump(&d));
}

#[test]
fn an_office_for_a_capitalised_field_before_an_honorific_and_a_name_is_a_role() {
    // ("Federal Minister for Climate Change Dr X Y said …" gave no role: the field's capitals
    // and the honorific stood between the office and the name)
    let d = doc("Floods\n\nThe relief fund is too slow, Federal Minister for Water Resources Dr Kamran Qadir said on Monday.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Kamran Qadir" && r.title.contains("Minister")), "{}", dump(&d));
    let d = doc("Clinics\n\nMinister of Health Prof. Lena Varga told reporters that clinics would open on Sunday.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Lena Varga" && r.title.contains("Minister")), "{}", dump(&d));
}

#[test]
fn the_who_in_a_reported_clause_is_the_organisation_not_a_pronoun() {
    // ("X said the WHO recommended masks …" was read as "the [one] who recommended", and the
    // minister's statement was lost; "He said the WHO had not …" gave nothing at all)
    let d = doc("Outbreak\n\nGENEVA (Reuters) - Cases rose on Monday.\n\nHealth Minister Lena Varga said the WHO recommended masks in crowded places.\n\nShe said the WHO had not advised any travel bans.");
    reported(&d, "Health Minister Lena Varga said the WHO recommended masks in crowded places", "Lena Varga");
    reported(&d, "She said the WHO had not advised any travel bans", "Lena Varga");
    // (still the organisation where it speaks, and still a pronoun written in lower case)
    let d = doc("Outbreak\n\nGENEVA (Reuters) - The WHO said the outbreak was under control. A doctor who treated patients said beds were short.");
    reported(&d, "The WHO said the outbreak was under control", "World Health Organization");
    assert!(d.tokens.iter().any(|t| d.slice(t.span) == "who" && t.lower == "who"), "{}", dump(&d));
    // (a line written all in capitals keeps the word: "WHO PAYS?")
    let d = doc("WHO PAYS FOR THE CLEAN-UP?\n\nThe council said the bill was not yet known.");
    assert!(d.tokens.iter().any(|t| d.slice(t.span) == "WHO" && t.lower == "who"), "{}", dump(&d));
}

#[test]
fn a_commissioner_for_victims_or_domestic_abuse_in_apposition_is_a_role() {
    // ("Dame X Y, the Domestic Abuse Commissioner, said …" gave no role: "domestic", "abuse"
    // and "victims" were no words a title's field may hold, as "information" is)
    let d = doc("Courts\n\nDame Jane Roe, the Domestic Abuse Commissioner, said the courts were too slow.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Jane Roe" && r.title.contains("Commissioner")), "{}", dump(&d));
    let d = doc("Courts\n\nTom Hale, the Victims Commissioner, said the courts were too slow.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale" && r.title.contains("Commissioner")), "{}", dump(&d));
}

#[test]
fn the_officer_taken_up_again_speaks_for_the_body_of_an_unnamed_officer() {
    // ("A senior CBI officer, who did not wish to be named, told TOI that …. "…," the officer
    // said" kept "the officer" as speaker: "the official" was taken up, "the officer" not)
    let d = doc("Extradition\n\nA senior Halden Customs Agency officer, who did not wish to be named, told reporters that a team would travel to Oslo. \"The papers are ready,\" the officer said.");
    assert_eq!(speaker_of(&d, "The papers are ready,").as_deref(), Some("Halden Customs Agency"), "{}", dump(&d));
}

#[test]
fn the_supplier_takes_up_the_company_named_before() {
    // ("The pumps were made by a parts supplier in Aichi Prefecture, Tokai Precision Industries.
    // The supplier says …" kept "The supplier" as speaker: a supplier was no kind of company)
    let d = doc("Recall\n\nThe brakes were made by a parts supplier in Halden, Norvik Precision Industries. The supplier says the same part was delivered to two other carmakers.");
    assert_eq!(speaker_of(&d, "The supplier says the same part was delivered to two other carmakers").as_deref(), Some("Norvik Precision Industries"), "{}", dump(&d));
}

#[test]
fn a_surname_naming_a_family_is_not_about_the_person() {
    // ("said the Okoro family "have waited long enough"" and "had spoken to the Lavoie family"
    // were about the dead man or woman of that name: the surname before "family" names the
    // family, not the person)
    let d = doc("Inquiry\n\nThe inquiry is examining the death of Daniel Roe in police custody.\n\nMayor Anna Kemp said the Roe family had waited long enough for the truth.");
    let s = reported(&d, "Mayor Anna Kemp said the Roe family had waited long enough for the truth", "Anna Kemp");
    assert!(!about(&d, &s).iter().any(|a| a == "Daniel Roe"), "{}", dump(&d));
    // (the person named is still about: "said Roe had been restrained")
    let d = doc("Inquiry\n\nThe inquiry is examining the death of Daniel Roe in police custody.\n\nMayor Anna Kemp said Roe had been restrained for several minutes.");
    let s = reported(&d, "Mayor Anna Kemp said Roe had been restrained for several minutes", "Anna Kemp");
    assert!(about(&d, &s).iter().any(|a| a == "Daniel Roe"), "{}", dump(&d));
}

#[test]
fn a_regions_name_before_its_countries_is_not_about_the_region() {
    // ("said the fund had to pay for the damage that Pacific countries were living with" and
    // "upfront with our Pacific family" were about the Pacific: the region's name used as an
    // adjective before its states or people is about them, not the region)
    let d = doc("Climate\n\nMinister Tom Roe said the fund had to pay for the damage that Pacific countries were already living with.");
    let s = reported(&d, "Minister Tom Roe said the fund had to pay for the damage that Pacific countries were already living with", "Tom Roe");
    assert!(!about(&d, &s).iter().any(|a| a == "Pacific"), "{}", dump(&d));
    // ("the Pacific" as a noun is still about the region)
    let d = doc("Climate\n\nMinister Tom Roe said the Pacific could not adapt its way out of the crisis.");
    let s = reported(&d, "Minister Tom Roe said the Pacific could not adapt its way out of the crisis", "Tom Roe");
    assert!(about(&d, &s).iter().any(|a| a == "Pacific"), "{}", dump(&d));
}

#[test]
fn where_a_speaker_spoke_after_at_or_from_is_not_what_is_said() {
    // ("said at a rally outside City Hall that aldermen …" was about City Hall, and "told the
    // paper from Belém that …" about Belém: where the words were said, as after "in" or "on")
    let d = doc("Budget\n\nUnion president Mary Roe said at a rally outside Halden Town Hall that teachers would not accept the cuts.");
    let s = reported(&d, "Union president Mary Roe said at a rally outside Halden Town Hall that teachers would not accept the cuts", "Mary Roe");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    let d = doc("Climate\n\nMinister Tom Roe told the Financial Review from Brazil that the target would stay.");
    let s = reported(&d, "Minister Tom Roe told the Financial Review from Brazil that the target would stay", "Tom Roe");
    assert!(!about(&d, &s).iter().any(|a| a == "Brazil"), "{}", dump(&d));
    // ("said at least …" is what is said)
    let d = doc("War\n\nMinister Tom Roe said at least 40 people in Brazil had been killed.");
    let s = reported(&d, "Minister Tom Roe said at least 40 people in Brazil had been killed", "Tom Roe");
    assert!(about(&d, &s).iter().any(|a| a == "Brazil"), "{}", dump(&d));
}

#[test]
fn a_body_whose_name_opens_with_its_parents_speaks_for_the_parent_too() {
    // ("The UN's appeal for Yemen has received less than a third of the money, according to
    // the UN Office for the Coordination of Humanitarian Affairs (OCHA)" was about the UN: the
    // office's own name opens with the body it belongs to)
    let d = doc("Aid\n\nThe UN said on Monday that aid was short.\n\nThe UN's appeal for Halden has received less than a third of the money, according to the UN Office for the Coordination of Humanitarian Affairs (OCHA).");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("appeal for Halden")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!about(&d, s).iter().any(|a| a == "United Nations"), "{}", dump(&d));
}

#[test]
fn the_government_asking_in_a_clause_of_a_speaker_with_no_state_is_the_storys_state() {
    // ("X said the government had asked the WFP to delay the cut …" kept "the government" as
    // the demander when the speaker held no role of a state: the state the story is mostly
    // about, as "urged the government to …" asks it)
    let d = doc("Rations\n\nDHAKA - Bangladesh will seek more money for the camps, officials said on Monday. Bangladesh hosts more than a million refugees.\n\nKarim Ahmed, a camp leader in Cox's Bazar, said the government had asked the World Food Programme to delay the cut by three months.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Bangladesh" && d.slice(m.what).contains("delay the cut")), "{}", dump(&d));
}

#[test]
fn a_pronoun_opening_a_condition_leaves_the_clause_subject_its_setter() {
    // ("She said Kenya would only approve new carbon projects if they met …" gave the condition
    // to the speaker and asked Kenya: "they" (the projects) was taken for Kenya, the clause's
    // subject, which was then refused as the setter)
    let d = doc("Carbon\n\nNAIROBI - Kenya wants more carbon projects. Kenya has many forests.\n\nEnvironment Minister Jane Roe said on Monday that trade would grow. She said Kenya would only approve new carbon projects if they met the rules.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Kenya" && m.of.is_none() && d.slice(m.evidence).contains("only approve")), "{}", dump(&d));
}

#[test]
fn the_federal_or_central_government_speaking_is_the_state_as_the_government_is() {
    // ("The federal government said …" kept "The federal government" as written, while "The
    // government said …" speaks as the story's state)
    let d = doc("Floods\n\nBRASILIA - Rivers rose across Brazil on Monday.\n\nThe federal government said it would send troops to the worst-hit towns.");
    reported(&d, "The federal government said it would send troops to the worst-hit towns", "Brazil");
    let d = doc("Floods\n\nBEIJING - Rivers rose across China on Monday.\n\nThe central government said relief funds had been released.");
    reported(&d, "The central government said relief funds had been released", "China");
}

#[test]
fn a_noun_for_a_body_before_a_name_makes_it_an_organisation_whatever_verb_follows() {
    // ("Human rights group Fortify Rights demanded that the junta lift …" lost the name: a
    // name whose first word is a common verb needed "said" or "urged" after it; "group",
    // "charity", "organisation" before it is evidence enough of an organisation)
    let d = doc("Aid\n\nHuman rights group Protect Lives demanded that the junta lift the blockade.\n\nThe charity Mend Homes demanded that the council reopen the shelter.");
    let org = |n: &str| d.entities.iter().any(|e| e.name == n && e.kind == newsgraph::model::EntityKind::Organization);
    assert!(org("Protect Lives") && org("Mend Homes"), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Protect Lives" && d.slice(m.what).contains("lift the blockade")), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Mend Homes" && d.slice(m.what).contains("reopen the shelter")), "{}", dump(&d));
}

#[test]
fn a_nickname_in_quotation_marks_inside_a_name_leaves_one_person() {
    // ("Sen. Ronald "Bato" dela Rosa said …" gave "Ronald" and "Rosa": the quoted nickname
    // and the lower-case particle broke the name run; the person is the given name and the
    // surname, the nickname left out of the name)
    let d = doc("Court\n\nSen. Tomas \"Bingo\" dela Vexa said he would not surrender.\n\nA spokesman said Robert \"Bobby\" Quarnby had left.");
    reported(&d, "Sen. Tomas \"Bingo\" dela Vexa said he would not surrender", "Tomas dela Vexa");
    assert!(d.entities.iter().any(|e| e.name == "Robert Quarnby"), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.name == "Tomas" || e.name == "Vexa" || e.name == "Bingo"), "{}", dump(&d));
    role(&d, "Tomas dela Vexa", "senator");
}

#[test]
fn the_judges_speak_for_the_one_court_named_before_them() {
    // ("The Appeals Chamber of the International Criminal Court upheld … . … the five judges
    // said …" kept "the five judges" as speaker: the bench speaks for the one court named)
    let d = doc("Ruling\n\nThe Appeals Chamber of the Halden Criminal Court on Thursday upheld the refusal to release Jon Marr. In a unanimous decision, the five judges said the Pre-Trial Chamber had not erred.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Halden Criminal Court") && d.slice(s.text).contains("had not erred")), "{}", dump(&d));
    // (and the court's own chamber is no topic of what it says)
    let st = d.statements.iter().find(|s| d.slice(s.text).contains("had not erred")).unwrap();
    assert!(!about(&d, st).iter().any(|a| a.contains("Chamber")), "{}", dump(&d));
    // (two courts named: either could be meant, so none is taken)
    let d = doc("Ruling\n\nThe Halden High Court and the Varga Supreme Court both heard the case of Jon Marr this year. On Thursday the judges said the appeal had failed.");
    assert!(!d.statements.iter().any(|s| d.slice(s.text).contains("appeal had failed") && who(&d, s).is_some_and(|w| w.contains("Court"))), "{}", dump(&d));
}

#[test]
fn the_field_and_office_written_before_the_one_holders_name_is_that_holder() {
    // ("The eSafety Commissioner says …" in a standfirst, with "eSafety Commissioner Julie
    // Inman Grant said …" below, kept the office as written)
    let d = doc("Ban\n\nThe eSafety Commissioner says platforms will have to report closed accounts.\n\neSafety Commissioner Jane Roe said on Thursday she had written to ten platforms.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jane Roe") && d.slice(s.text).contains("closed accounts")), "{}", dump(&d));
    // (another field than the one written before her name: not taken up)
    let d = doc("Ban\n\nThe Privacy Commissioner says platforms will have to report closed accounts.\n\neSafety Commissioner Jane Roe said on Thursday she had written to ten platforms.");
    assert!(!d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jane Roe") && d.slice(s.text).contains("closed accounts")), "{}", dump(&d));
}

#[test]
fn a_modified_bloc_is_the_union_of_states_named_before() {
    // ("The East African Community (EAC) said … . In a statement, the regional bloc urged the
    // new authorities to …" kept "the regional bloc" as speaker and demander: a lower-case
    // modifier before "bloc" hid the union of states named before)
    let d = doc("Envoys\n\nThe Southern African Development Community said it would send envoys to Harare next week. In a statement, the regional bloc urged the new authorities to \"hold a vote soon\" and warned that Zimbabwe could be suspended unless a timetable was published.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Southern African Development Community") && d.slice(s.text).contains("could be suspended")), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Southern African Development Community" && d.slice(m.what).contains("hold a vote soon")), "{}", dump(&d));
}

#[test]
fn a_pronoun_after_a_fronted_when_clause_is_that_clauses_subject() {
    // ("When Gen. X went on national television … to announce that …, he said the military
    // would stay …" left "he" unresolved: the comma before "he said" was read as ending the
    // content of a trailing "…, he said", whose own actors are never the speaker)
    let d = doc("Vote\n\nThe vote was delayed again.\n\nWhen Gen. Tomas Rivera went on television in May to announce that the army had removed President Ana Lopes, he said the soldiers would stay \"only as long as needed.\"");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tomas Rivera") && d.slice(s.text).contains("the soldiers would stay")), "{}", dump(&d));
    // (a trailing "…, he said." after content that names someone stays apart from that one)
    let d = doc("Vote\n\nJon Marr spoke first.\n\nTalks chaired by Tomas Rivera will open on Monday, he said.");
    assert!(!d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tomas Rivera")), "{}", dump(&d));
}

#[test]
fn a_spokesperson_for_the_body_in_a_place_speaks_for_the_body() {
    // ("A spokesman for the council in Oslo said …" kept the phrase as speaker, as set69's "A
    // spokesperson for the organization in Geneva said …" did: the place after "in" tells
    // where the spokesperson is, not which body)
    let d = doc("Relief\n\nThe Harbor Relief Council said on Monday that food was running out. A spokesman for the council in Oslo said it \"will not stay silent\" about the cuts.");
    reported(&d, "A spokesman for the council in Oslo said it \"will not stay silent\" about the cuts", "Harbor Relief Council");
    // (the body's own word, too)
    let d = doc("Relief\n\nThe Vexmoor Aid Agency said on Monday that the talks had stalled. A spokeswoman for the agency in Oslo said the talks had failed.");
    reported(&d, "A spokeswoman for the agency in Oslo said the talks had failed", "Vexmoor Aid Agency");
}

#[test]
fn could_not_in_a_reported_clause_before_unless_is_the_speakers_condition() {
    // ("The Greens said they could not support the treaty unless Indonesia allowed …" gave no
    // demand: "cannot … unless" was read as the speaker's condition, "could not … unless" not)
    let d = doc("Fishing deal signed\n\nThe Harbour Party said they could not support the pact unless Norway allowed reporters and observers into the fishing grounds.");
    demand(&d, "Harbour Party", Some("Norway"), "allowed reporters and observers into the fishing grounds", DemandKind::Condition);
    // (no negation: "could" alone is a forecast, whose condition is the speaker's too since the
    // thirty-third session)
    let d = doc("Fishing deal signed\n\nThe Harbour Party said the talks could collapse unless Norway allowed reporters and observers into the fishing grounds.");
    demand(&d, "Harbour Party", Some("Norway"), "allowed reporters and observers into the fishing grounds", DemandKind::Condition);
}

#[test]
fn a_pronoun_for_the_thing_backed_opening_an_only_if_condition_asks_no_one() {
    // ("The Economic Freedom Fighters … said it would back the new trade agreements only if they
    // protected … jobs" gave no demand: "they" was taken for the party, the speaker, so the
    // condition was neither another's nor no one's)
    let d = doc("Trade\n\nThe Rural Alliance said it would back the new tariff deals only if they protected dairy jobs in the northern valleys.");
    demand(&d, "Rural Alliance", None, "they protected dairy jobs in the northern valleys", DemandKind::Condition);
}

#[test]
fn a_states_stance_reported_at_saying_is_the_speakers_words() {
    // ("Xi also raised the war in Ukraine, saying China supported "all efforts conducive to
    // peace"" gave the quote to China, at "supported": the one who says it is the subject of
    // the sentence that "saying" hangs on)
    let d = doc("Talks\n\nLISBON - Prime Minister Rui Tavora met President Lin Hao on Monday.\n\nTavora also raised the war in the north, saying Portugal supported \"every effort towards peace\".");
    quote(&d, "every effort towards peace", "Rui Tavora");
}

#[test]
fn a_long_participial_opener_with_a_venue_leaves_the_subject_for_a_coordinated_demand() {
    // ("Speaking at a joint press conference in the Great Hall of the People, Sanchez said Spain
    // wanted "…" and urged Beijing to open its market …" gave no demand: the opening phrase ran
    // past the twelve words looked at for its comma, so the coordinated verb found no subject)
    let d = doc("Talks\n\nLISBON - Prime Minister Rui Tavora met President Lin Hao on Monday.\n\nSpeaking at a joint news conference in the Grand Hall of the Old Palace, Tavora said Portugal wanted \"a fair deal\" and urged Lin to open his market to Portuguese cork.");
    demand(&d, "Rui Tavora", Some("Lin Hao"), "open his market to Portuguese cork", DemandKind::Appeal);
}

#[test]
fn a_place_before_a_party_members_noun_is_the_place_alone() {
    // ("Senator Ted X, the Texas Republican who chairs the committee", "an Illinois Democrat"
    // made places "Texas Republican", "Illinois Democrat"; "Ohio Democrat Jane Roe" a person
    // of all four words: the place is named alone, the name after the noun is the person)
    let d = doc("Hearing\n\nSenator Tom Quarnby, a Texas Republican, said the agency was late. Ohio Democrat Ann Vexby said the plan must be published.");
    assert!(d.entities.iter().any(|e| e.name == "Texas"), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Ohio"), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Ann Vexby"), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.name.contains("Republican") || e.name.contains("Democrat")), "{}", dump(&d));
    // (a party's own name stays whole; and a listed party's member, "Liberal Democrat",
    // though Liberal is also a town)
    let d = doc("Hearing\n\nThe Texas Republican Party said the count was fair.");
    assert!(!d.entities.iter().any(|e| e.name == "Texas"), "{}", dump(&d));
    let d = doc("Hearing\n\nJane Quarnby, the Liberal Democrat MP who sits on the committee, said the answers were poor.");
    assert!(!d.entities.iter().any(|e| e.name == "Liberal"), "{}", dump(&d));
    role(&d, "Jane Quarnby", "MP");
}

#[test]
fn a_partys_word_before_an_office_is_no_town_after_from() {
    // ("Under questioning from Liberal senator Karen X" made Liberal, the town in Kansas, a
    // place and the story's main country the United States, so "urged the government to …"
    // in an Australian story asked the US)
    let d = doc("Visas\n\nUnder questioning from Liberal senator Jane Quarnby, the secretary said 48,000 applications were waiting. Questions from Labor MP Tom Vexby followed.");
    assert!(!d.entities.iter().any(|e| e.name == "Liberal" || e.name == "Labor"), "{}", dump(&d));
    role(&d, "Jane Quarnby", "senator");
    // (the town named as a town stays one)
    let d = doc("Visas\n\nThe farmer drove from Liberal to Wichita on Monday.");
    assert!(d.entities.iter().any(|e| e.name == "Liberal"), "{}", dump(&d));
}

#[test]
fn who_chairs_the_committee_after_the_name_or_an_appositive_is_the_committees_chair() {
    // ("Senator X, the Texas Republican who chairs the committee,", "Labor senator X, who
    // chairs the committee," gave no role: the body by its lower-case noun alone is the one
    // named before with that head, else left unnamed; the chair is the named one's either way)
    let d = doc("Hearing\n\nThe Senate Budget Committee met on Tuesday. Senator Tom Quarnby, the Ohio Republican who chairs the committee, said the plan was late. Jane Vexby, who chairs the inquiry, said it would report in May.");
    let r = role(&d, "Tom Quarnby", "chair");
    assert_eq!(role_of(&d, r).as_deref(), Some("Senate Budget Committee"), "{}", dump(&d));
    let r = role(&d, "Jane Vexby", "chair");
    assert_eq!(role_of(&d, r), None, "{}", dump(&d));
    // (in the past, a task done: no office)
    let d = doc("Hearing\n\nAnn Morrow, who chaired the inquiry, said the authority received 11,000 submissions.");
    assert!(!d.roles.iter().any(|r| r.head == "chair"), "{}", dump(&d));
}

#[test]
fn an_office_between_the_comma_and_the_name_leaves_the_title_before_the_comma_the_named_ones_too() {
    // ("The committee's chair, Conservative MP X,", "The inquiry's chair, retired High Court
    // judge Dame X," gave only the office next to the name: both are the named one's, as a
    // councillor's style there is)
    let d = doc("Hearing\n\nThe committee's chair, Conservative MP Tom Quarnby, said the findings were grave. The inquiry's chair, retired judge Dame Ann Vexby, said it would report in May.");
    role(&d, "Tom Quarnby", "chair");
    role(&d, "Tom Quarnby", "MP");
    role(&d, "Ann Vexby", "chair");
    role(&d, "Ann Vexby", "judge");
    // (not where the title before the comma is another's: "Counsel for the Attorney-General,
    // Senior State Counsel X")
    let d = doc("Ruling\n\nCounsel for the Attorney-General, Senior State Counsel Mary Quarnby, had argued that the law was needed.");
    assert!(!d.roles.iter().any(|r| r.title.contains("Attorney")), "{}", dump(&d));
}

#[test]
fn a_given_name_common_only_by_its_stem_opening_a_sentence_opens_the_name() {
    // ("James Wallace, the chief executive of River Action, said: …" made a person "Wallace":
    // "James" was taken for a common word ("jam" and "-es") opening the sentence before a given
    // name, as "Meanwhile Jane Roe" is)
    let d = doc("Rivers\n\nThe rivers were dirty. James Morgan, the chief executive of Halden Trust, said the rivers were dirty.");
    assert!(d.entities.iter().any(|e| e.name == "James Morgan"), "{}", dump(&d));
    // (a word common as written still opens no name: "Meanwhile Jane Roe said …")
    let d = doc("Rivers\n\nThe rivers were dirty. Meanwhile Jane Quarnby said the rivers were dirty.");
    assert!(d.entities.iter().any(|e| e.name == "Jane Quarnby"), "{}", dump(&d));
}

#[test]
fn a_pronoun_quote_after_a_speaker_whose_name_the_list_gives_the_other_sex_is_that_speakers() {
    // ("Economist Dr Kennedy Mutua … said …. “…,” he said" gave the quote to "he": the
    // first-name list marks "Kennedy" a woman's name, and every man named before was further
    // back than the sentences looked at, or others of his sex were named)
    let d = doc("Carbon credits\n\nTom Hale, the environment minister, said the rules would be published in March.\n\nIts programme manager, Jane Roe, said county governments had signed deals that local people had never seen.\n\nThe Harbor Trust has denied claims that communities were left out.\n\nA spokesperson for the trust said the project had been approved by local assemblies.\n\nEconomist Dr Courtney Okello of Harbor University said carbon markets could bring billions into the country.\n\n\"One bad project can wipe out the price for everyone,\" he said.");
    quote(&d, "One bad project can wipe out the price for everyone,", "Courtney Okello");
}

#[test]
fn a_second_quote_of_a_report_whose_subject_was_resolved_has_that_speaker() {
    // ("A State Department spokesperson, asked about U.S. funding, said Washington had provided
    // "…" to Sudan and expected "…"" gave the second quote the words "A State Department
    // spokesperson" only, though the report and its first quote had the State Department)
    let d = doc("Aid\n\nThe Harbor Relief Agency announced new aid for Norland on Monday.\n\nA Harbor Relief Agency spokesperson, asked about its funding, said the agency had provided \"significant life-saving assistance\" to Norland and expected \"other donors, especially in the region, to do their share.\"");
    quote(&d, "other donors, especially in the region, to do their share.", "Harbor Relief Agency");
}

#[test]
fn a_senior_body_word_official_speaks_for_the_body_named_before() {
    // ("A senior ministry official, who asked not to be named, said …" was left as those words,
    // and "The official said …" after it too: a word of rank stood between the article and the
    // body's noun, where "A ministry official told …" found the ministry)
    let d = doc("Rules\n\nThe Ministry of Digital Affairs issued the advisory on Thursday.\n\nA senior ministry official, who asked not to be named, said the advisory would become law.\n\nThe official said four platforms had been \"sent reminders twice\".");
    reported(&d, "A senior ministry official, who asked not to be named, said the advisory would become law", "Ministry of Digital Affairs");
    quote(&d, "sent reminders twice", "Ministry of Digital Affairs");
}

#[test]
fn a_leaders_surname_before_government_is_his_government_not_the_man() {
    // ("The Modi government must tell the nation …" and "said the ruling could deepen the rift
    // between the Marcos and Duterte camps" were about the men: a surname that modifies
    // "government", "administration" or "camps" names his government or his camp)
    let d = doc("Farm protest\n\nOSLO - Norwegian Prime Minister Tom Hale met farmers on Monday.\n\nOpposition leader Mara Lind said the Hale government had failed the farmers of the north.");
    let s = reported(&d, "Opposition leader Mara Lind said the Hale government had failed the farmers of the north", "Mara Lind");
    let a = about(&d, &s);
    assert!(!a.contains(&"Tom Hale".to_string()), "{a:?}\n{}", dump(&d));
    assert!(a.contains(&"Norway".to_string()), "{a:?}\n{}", dump(&d));
    let d = doc("Farm protest\n\nOSLO - Prime Minister Tom Hale and opposition leader Anna Moen met farmers on Monday.\n\nAnalyst Mara Lind said the vote could deepen the rift between the Hale and Moen camps.");
    let s = reported(&d, "Analyst Mara Lind said the vote could deepen the rift between the Hale and Moen camps", "Mara Lind");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn a_leaders_government_accused_is_no_accusation_of_the_man() {
    // ("accused the Marcos administration of "handing over a Filipino to foreigners"" was about
    // Ferdinand Marcos Jr, and so was the quote inside it: the object of the accusation is his
    // government, not the man)
    let d = doc("Farm protest\n\nOSLO - Prime Minister Tom Hale met farmers on Monday.\n\nOpposition leader Mara Lind accused the Hale administration of \"selling the north to foreign buyers\".");
    let s = reported(&d, "Opposition leader Mara Lind accused the Hale administration of \"selling the north to foreign buyers\"", "Mara Lind");
    assert!(!about(&d, &s).contains(&"Tom Hale".to_string()), "{}", dump(&d));
    let q = quote(&d, "selling the north to foreign buyers", "Mara Lind");
    assert!(!about(&d, &q).contains(&"Tom Hale".to_string()), "{}", dump(&d));
}

#[test]
fn a_states_expectation_of_its_own_partners_is_asked_of_them() {
    // ("Ukraine expected its partners to adopt new sanctions …", "We expect our partners to
    // stop financing …" gave no demand: the plural noun for the ones asked, "partners", was not
    // one of the actors a wish could be of, and a state as subject was not looked at)
    let d = doc("Sanctions\n\nPresident Ivan Petrenko said Ukraine expected its partners to adopt new sanctions against the shipping sector before the end of the year.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("adopt new sanctions") && party(&d, m.by) == "Ukraine"), "{}", dump(&d));
    let d = doc("Oil\n\n\"We expect our partners to stop buying the cargoes,\" Finance Minister Tomas Berg said.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("stop buying") && party(&d, m.by) == "Tomas Berg"), "{}", dump(&d));
}

#[test]
fn it_urged_after_but_is_the_body_the_same_sentence_reported_on() {
    // ("German MEP X (EPP), who …, said the Commission had "finally shown teeth" but urged it to
    // move faster …" asked it of the party in brackets after the speaker's name: "it" after
    // "but" is the body the clause after "said" is about)
    let d = doc("Fine\n\nThe European Commission fined Orvane 300 million euros on Monday.\n\nDutch MEP Pieter Vos (Greens), who chairs the trade committee, said the Commission had \"finally acted\" but urged it to move faster on open cases.");
    demand(&d, "Pieter Vos", Some("European Commission"), "move faster on open cases", DemandKind::Appeal);
}

#[test]
fn it_opening_a_condition_for_an_actor_the_sentence_never_names_asks_no_one_known() {
    // ("X said the Pacific would only support the final decision if it kept the limit "alive""
    // was asked of Australia, named a paragraph before, whom "it" was taken for: the pronoun is
    // the decision backed)
    let d = doc("Summit\n\nPrime Minister Sam Hale said Australia would host the next summit.\n\nActivist Tala Mose said the islands would only support the final decision if it kept the warming limit alive.");
    assert!(d.demands.iter().any(|m| d.slice(m.what).contains("kept the warming limit") && m.of.is_none()), "{}", dump(&d));
}

#[test]
fn a_managing_director_is_a_title_and_a_firms_joint_top_post_is_one_role_of_the_body_its_names() {
    // ("Mr Daniel Koh, managing director of Horizon Voyages, said" gave no role: "managing" is
    // no title word; "NewSpace India Limited (NSIL), ISRO's commercial arm, said …. Its chairman
    // and managing director, X, said" gave "director" alone, then, with the title known, a
    // chairman of ISRO, the owner named inside the appositive of the sentence's subject)
    let d = doc("Travel\n\nMr Tom Reed, managing director of Vexmoor Tours, said two families had asked to postpone their trips.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Reed" && r.title == "managing director"), "{}", dump(&d));
    let d = doc("Launch\n\nHalden Orbital Limited (HOL), the Space Agency of Ruritania's commercial arm, said the satellite would be ready by February. Its chairman and managing director, Anna Weiss, said the capacity had been leased.");
    let roles: Vec<_> = d.roles.iter().filter(|r| name(&d, r.holder) == "Anna Weiss").collect();
    assert_eq!(roles.len(), 1, "{}", dump(&d));
    assert!(roles[0].title.contains("managing director"), "{}", dump(&d));
    assert!(roles[0].of.is_some_and(|e| name(&d, e).contains("Halden")), "{}", dump(&d));
}

#[test]
fn a_title_the_sentence_opens_with_before_is_and_a_name_is_the_names() {
    // ("The new defence minister is Col Benjamin Oduya, one of the officers who led the coup."
    // gave only the rank: a title stated with a copula)
    let d = doc("Coup\n\nThe army named a new cabinet on Friday. The new defence minister is Col Tom Hale, one of the officers who led the coup.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale" && r.title == "defence minister"), "{}", dump(&d));
    let d = doc("Cabinet\n\nThe cabinet met on Monday. Ruritania's new finance minister is Jane Roe, a former banker.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Jane Roe" && r.title == "finance minister"), "{}", dump(&d));
}

#[test]
fn a_lede_speaker_described_as_the_head_of_a_body_is_the_person_later_given_a_title_of_it() {
    // ("The head of the Federal Aviation Administration told a Senate committee … that …" then
    // "FAA Administrator X, testifying …, said …": the lede's speaker kept the words, the title
    // named later not being "head"; likewise "The head of the Department of … has told Senate
    // estimates that …" then, past a list of key points, "Department secretary X told …")
    let d = doc("Ferry chief warns of delays\n\nLONDON, Dec 4 (Reuters) - The head of the Northern Ferry Authority told a parliamentary committee on Thursday that sailings would keep being cancelled unless the government paid for new boats.\n\nNorthern Ferry Authority chief executive Jane Roe, appearing before the committee for the first time, said half of the fleet was more than 30 years old.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("sailings would keep being cancelled")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Jane Roe"), "{}", dump(&d));
    let d = doc("Ferry chief warns of delays\n\nThe head of the Northern Ferry Authority has told a parliamentary committee that sailings would keep being cancelled.\n\nKey points:\n- Sailings have fallen by a third\n- The authority says it is short of crew\n\nAuthority director Jane Roe told the committee that the fleet was too old.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("sailings would keep being cancelled")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Jane Roe"), "{}", dump(&d));
}

#[test]
fn a_lede_speaker_given_as_a_bodys_title_is_the_person_the_next_paragraph_opens_with() {
    // ("Thames Water's chief executive has refused to rule out …, telling MPs that the company
    // needed to "…"" then "Chris Weston was questioned for two hours …": the lede kept the
    // title as its speaker)
    let d = doc("Ferry bosses refuse to rule out bonuses\n\nThe operator's chief says the fleet is too old\n\nJane Doe Transport correspondent\n\nNorthern Ferry Company's chief executive has refused to rule out paying bonuses next year, telling MPs that the company needed to keep its best engineers.\n\nJane Roe was questioned for two hours by the transport committee.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("refused to rule out paying bonuses")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Jane Roe"), "{}", dump(&d));
}

#[test]
fn a_unit_is_an_organisations_head_word_and_keeps_the_adjective_before_it() {
    // ("The Namibian Economic Policy Research Unit estimates that …" gave "Economic Policy
    // Research Unit": "Unit" was no organisation word, so the country's adjective was taken off
    // as for a title; "the Special Investigating Unit", "the Air Accident Investigation Unit")
    let d = doc("Tourism\n\nThe Ruritanian Economic Policy Research Unit estimates that wildlife tourism brings in about $8 billion a year.");
    assert!(d.entities.iter().any(|e| e.name == "Ruritanian Economic Policy Research Unit"), "{}", dump(&d));
    let d = doc("Inquiry\n\nThe Special Investigating Unit has asked the tribunal to preserve three houses.");
    assert!(d.entities.iter().any(|e| e.name == "Special Investigating Unit"), "{}", dump(&d));
    // (and a unit of the speaker's own office is part of who speaks, no topic of what he says)
    let d = doc("Statues\n\nThe Vexmoor district attorney, Tom Reed, said in a statement that the return was \"the result of years of painstaking work\" by his office's Antiquities Trafficking Unit.");
    assert!(d.statements.iter().filter(|s| who(&d, s).as_deref() == Some("Tom Reed")).count() == 2, "{}", dump(&d));
    assert!(d.statements.iter().all(|s| !about(&d, s).iter().any(|a| a.contains("Unit"))), "{}", dump(&d));
}

#[test]
fn a_noun_in_ment_before_and_is_a_field_of_one_bodys_name() {
    // ("a researcher at the National Development and Reform Commission" gave "Reform
    // Commission": "Development" is in no common-word list, so the "and" parted the name)
    let d = doc("Rail\n\nJane Roe, a researcher at the National Development and Reform Commission, said demand would grow.");
    assert!(d.entities.iter().any(|e| e.name == "National Development and Reform Commission"), "{}", dump(&d));
    let d = doc("Trade\n\nThe Vexmoor Trade and Investment Commission said exports rose.");
    assert!(d.entities.iter().any(|e| e.name.ends_with("Trade and Investment Commission")), "{}", dump(&d));
}

#[test]
fn a_profession_in_apposition_closed_by_who_is_the_persons_role() {
    // ("said Dr Alison Carter, a consultant psychiatrist who gave evidence for the defence",
    // "according to X, a lawyer who represents Cambodia in restitution claims" gave no role: a
    // profession with no body after it was read only before "at"/"with"/"of")
    let d = doc("Trial\n\n\"He should not stand trial,\" said Dr Jane Roe, a consultant psychiatrist who gave evidence for the defence.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Jane Roe" && r.title == "psychiatrist"), "{}", dump(&d));
    let d = doc("Statues\n\nThe museum holds three statues, according to Tom Hale, a lawyer who represents Ruritania in the claims.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale" && r.title == "lawyer"), "{}", dump(&d));
    // (a trade that is no profession of the list describes a witness)
    let d = doc("Flood\n\n\"We lost everything,\" said Tom Hale, a farmer who lives near the river.");
    assert!(!d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_professors_style_before_the_name_and_of_a_university_after_it_is_a_role_there() {
    // ("Professor Alan Mowat, of the University of Aberdeen, said" gave no role: the style was
    // read as part of the name and the body after the comma as nothing)
    let d = doc("Levy\n\nThe levy was cut last year. Professor Tom Hale, of the University of Halden, said revenues had fallen.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale" && r.title == "Professor" && r.of.is_some_and(|e| name(&d, e).contains("Halden"))), "{}", dump(&d));
    // (the style alone names no post)
    let d = doc("Levy\n\nThe levy was cut last year. Professor Tom Hale said revenues had fallen.");
    assert!(!d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale"), "{}", dump(&d));
}

#[test]
fn an_office_of_the_ministry_before_the_name_is_the_names_role() {
    // ("Executive director of the ministry Penda Amukoto confirmed the suspension" gave no role:
    // a portfolio after "of" was read only in capitals, "Minister of Foreign Affairs X")
    let d = doc("Licences\n\nThe Ministry of Mines suspended two licences. Executive director of the ministry Sam Reed confirmed the suspension on Wednesday.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Sam Reed" && r.title.to_lowercase() == "executive director"), "{}", dump(&d));
}

#[test]
fn a_group_calling_itself_by_a_name_asks_nothing() {
    let t = "A group of soldiers calling itself the Council for National Renewal appeared on state television on Monday. The Harbour Union urged the soldiers to return to their barracks.";
    let d = doc(t);
    assert!(d.demands.iter().all(|m| !d.slice(m.what).contains("appeared")), "{}", dump(&d));
    demand(&d, "Harbour Union", Some("the soldiers"), "return to their barracks", DemandKind::Appeal);
}

#[test]
fn an_initialisms_plural_is_no_person() {
    // ("A coalition of 38 international NGOs said …", "MPs warned …" made persons "NGOs" and
    // "MPs": capitals then a lower-case "s" is the plural of a noun for bodies or people)
    let d = doc("Aid\n\nThe pledges fell short. A coalition of international NGOs said the money was late.");
    assert!(!d.entities.iter().any(|e| e.name == "NGOs" && e.kind == newsgraph::model::EntityKind::Person), "{}", dump(&d));
    let d = doc("Welfare\n\nThe bill passed its second reading. MPs warned that the cuts went too far.");
    assert!(!d.entities.iter().any(|e| e.name == "MPs" && e.kind == newsgraph::model::EntityKind::Person), "{}", dump(&d));
    // (a surname alone stays a person)
    let d = doc("Welfare\n\nThe bill passed its second reading. Sanders warned that the cuts went too far.");
    assert!(d.entities.iter().any(|e| e.name == "Sanders" && e.kind == newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn a_committee_a_witness_testifies_before_is_not_the_agency() {
    // ("FAA Administrator X, testifying before the Senate Commerce Committee, said the agency had
    // …" was about the committee: "the agency" with no agency named took up the last body)
    let t = "Radar\n\nThe radar network is old. Jane Roe, testifying before the Harbour Affairs Committee, said the agency had replaced a third of the links.";
    let d = doc(t);
    let s = reported(&d, "Jane Roe, testifying before the Harbour Affairs Committee, said the agency had replaced a third of the links", "Jane Roe");
    assert!(!about(&d, &s).iter().any(|a| a.contains("Committee")), "{}", dump(&d));
    // (an agency named before is still the one meant)
    let t = "Radar\n\nThe Vexmoor Transport Agency runs the radar network. Jane Roe, testifying before the Harbour Affairs Committee, said the agency had replaced a third of the links.";
    let d = doc(t);
    let s = reported(&d, "Jane Roe, testifying before the Harbour Affairs Committee, said the agency had replaced a third of the links", "Jane Roe");
    assert!(about(&d, &s).iter().any(|a| a == "Vexmoor Transport Agency"), "{}", dump(&d));
}

#[test]
fn a_portfolio_ministers_ministry_named_with_its_states_adjective_is_his_own() {
    // ("Transport Minister X … He added that the ministry would tighten its checks" was about
    // "the Japanese transport ministry": the state's adjective in its name hid the portfolio)
    let t = "Recall\n\nThe Japanese transport ministry ordered the recall on Monday. Transport Minister Jane Roe said the ministry would tighten its checks on defect reports.";
    let d = doc(t);
    let s = reported(&d, "Transport Minister Jane Roe said the ministry would tighten its checks on defect reports", "Jane Roe");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
    // (another portfolio's minister speaks of it)
    let t = "Recall\n\nThe Japanese transport ministry ordered the recall on Monday. Health Minister Jane Roe said the ministry would tighten its checks on defect reports.";
    let d = doc(t);
    let s = reported(&d, "Health Minister Jane Roe said the ministry would tighten its checks on defect reports", "Jane Roe");
    assert!(about(&d, &s).iter().any(|a| a.to_lowercase().contains("transport ministry")), "{}", dump(&d));
}

#[test]
fn a_deputy_secretarys_department_is_his_own() {
    // ("Deputy secretary X told the committee the department would hire …" was about the
    // Department of Home Affairs he serves: a secretary's rank with no portfolio and no "of")
    let t = "Visas\n\nThe Department of Home Affairs faced questions on Monday. Deputy secretary Jane Roe told the committee the department would hire more officers.";
    let d = doc(t);
    let s = reported(&d, "Deputy secretary Jane Roe told the committee the department would hire more officers", "Jane Roe");
    assert!(!about(&d, &s).iter().any(|a| a == "Department of Home Affairs"), "{}", dump(&d));
    // (an adviser with no such rank still speaks of it)
    let t = "Visas\n\nThe Department of Home Affairs faced questions on Monday. Jane Roe, a migration lawyer, told the committee the department would hire more officers.";
    let d = doc(t);
    let s = reported(&d, "Jane Roe, a migration lawyer, told the committee the department would hire more officers", "Jane Roe");
    assert!(about(&d, &s).iter().any(|a| a == "Department of Home Affairs"), "{}", dump(&d));
}

#[test]
fn asked_about_or_whether_is_a_question_put_not_a_demand() {
    // ("Lecornu, asked about the split during a visit to Lyon, said …" made a demand of
    // "about the split during a visit" to do "Lyon": "asked" before "about"/"whether" puts a
    // question, no one is asked to act)
    let d = doc("Budget\n\nThe minister, asked about the vote during a trip to Oslo, said the budget would pass.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    let d = doc("Budget\n\nTom Hale was asked whether he would resign after a visit to Bergen. He said no.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // ("asked X to …" stays a demand)
    let d = doc("Budget\n\nThe union asked the minister to withdraw the bill.");
    assert!(!d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_document_published_at_a_time_in_an_opener_is_no_cue_of_its_noun() {
    // ("In a letter to lawmakers published Thursday, Vermeulen said the three parties had
    // agreed …" gave the words to "lawmakers", cue "published": the participle dates the
    // letter, the speaker is the subject of "said")
    let d = doc("Talks\n\nThe talks went on. In a letter to lawmakers published Thursday, Jane Roe said the parties had agreed on housing.");
    assert_eq!(speaker_of(&d, "Jane Roe said the parties had agreed on housing").as_deref(), Some("Jane Roe"), "{}", dump(&d));
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("lawmakers")), "{}", dump(&d));
    // (a body that publishes, with what it says, still speaks)
    let d = doc("Talks\n\nThe talks went on. The Halden Institute published a report on Thursday saying the parties had agreed on housing.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Halden Institute")), "{}", dump(&d));
}

#[test]
fn posts_closed_by_punctuation_are_offices_not_a_cue() {
    // ("X, a professor …, said coalition talks often took months and that the real test
    // would come when the parties had to share out Cabinet posts." gave the words to
    // "Cabinet", cue "posts")
    let d = doc("Talks\n\nThe talks went on. Jane Roe, a professor at the Halden Institute, said the real test would come when the parties had to share out Cabinet posts.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() == Some("Jane Roe")), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jane Roe")), "{}", dump(&d));
}

#[test]
fn a_lawyers_scholars_or_press_officers_post_before_the_name_is_a_role() {
    // ("Lawyer Beatrice X, who argued the case, said", "Legal scholar X of Y University said",
    // "Constitutional lawyer Dr X, of Y, said", "Palace Press Officer X said" gave no role: the
    // words were no titles, so the name stood with nothing before it)
    let d = doc("Ruling\n\nThe court sat on Monday. Lawyer Jane Roe, who argued the case, said the judges had been brave.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Jane Roe" && r.title.to_lowercase() == "lawyer"), "{}", dump(&d));
    let d = doc("Ruling\n\nThe court sat on Monday. Constitutional lawyer Dr Tom Hale said the law would be rewritten.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale" && r.title.to_lowercase().contains("lawyer")), "{}", dump(&d));
    let d = doc("Ruling\n\nThe court sat on Monday. Legal scholar Anna Berg said the ruling was narrow.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Anna Berg" && r.title.to_lowercase().contains("scholar")), "{}", dump(&d));
    let d = doc("Vote\n\nThe vote passed. Press Officer Carl Munt said the president had not taken sides.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Carl Munt" && r.title.to_lowercase().contains("press officer")), "{}", dump(&d));
    // (a party's lawyer described is no post: "Conservative lawyer X")
    let d = doc("Ruling\n\nThe court sat on Monday. Conservative lawyer Ana Melo said the ruling was narrow.");
    assert!(!d.roles.iter().any(|r| name(&d, r.holder) == "Ana Melo"), "{}", dump(&d));
    // (a client's lawyer in apposition stays the counsel's role)
    let d = doc("Trial\n\nThe hearing ended. His lawyer, Tom Hale, said the defence would appeal.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hale" && r.title == "lawyer"), "{}", dump(&d));
}

#[test]
fn a_countrys_people_for_a_cause_are_a_body_of_their_own() {
    // ("Zimbabwe Lawyers for Human Rights said in a statement …" made the country and a body
    // "Lawyers for Human Rights": the country's name before a plural noun for people and "for"
    // was read as the country's mention)
    let d = doc("Rights\n\nThe court sat on Friday. Malawi Lawyers for Justice said in a statement that the judgment was fair.");
    reported(&d, "Malawi Lawyers for Justice said in a statement that the judgment was fair", "Malawi Lawyers for Justice");
    let d = doc("Clinics\n\nThe plan was announced on Monday. Kenya Doctors for Change said the plan was wrong.");
    assert!(d.entities.iter().any(|e| e.name == "Kenya Doctors for Change"), "{}", dump(&d));
    // (a body named by its country and an organisation's word is read as before)
    let d = doc("Clinics\n\nThe union backed the plan. Nigeria Union of Teachers said the strike would go on.");
    assert!(d.entities.iter().any(|e| e.name == "Nigeria Union of Teachers"), "{}", dump(&d));
}

#[test]
fn a_lower_case_profession_before_the_name_and_of_a_body_after_is_a_role() {
    // ("Law professor X, of the University of Y, said" gave no role: only a capitalised
    // "Professor" right before the name was read with the body after it)
    let d = doc("Fishing\n\nThe quotas were cut. Law professor Nadia Kerrow, of the University of Eastbridge, said the case was the first of its kind.");
    let r = role(&d, "Nadia Kerrow", "professor");
    assert_eq!(role_of(&d, r).as_deref(), Some("University of Eastbridge"), "{}", dump(&d));
    let d = doc("Fishing\n\nThe quotas were cut. The ruling was welcomed by economist Tom Arlen, of the Institute for Coastal Studies, who called it fair.");
    let r = role(&d, "Tom Arlen", "economist");
    assert_eq!(role_of(&d, r).as_deref(), Some("Institute for Coastal Studies"), "{}", dump(&d));
    // (a title read before the name takes the body, with no second role)
    let d = doc("Fishing\n\nThe quotas were cut. Political analyst Maria Lopez of the University of Eastbridge said the cut was unfair.");
    let rs: Vec<_> = d.roles.iter().filter(|r| name(&d, r.holder) == "Maria Lopez").collect();
    assert_eq!(rs.len(), 1, "{}", dump(&d));
    assert_eq!(role_of(&d, rs[0]).as_deref(), Some("University of Eastbridge"), "{}", dump(&d));
    // (a place after "of" is where the person is from, no body)
    let d = doc("Fishing\n\nThe quotas were cut. Campaigner Sara Lund, of Bergen, said the cut was unfair.");
    assert!(d.roles.iter().all(|r| role_of(&d, r).as_deref() != Some("Bergen")), "{}", dump(&d));
}

#[test]
fn a_scholar_at_a_named_body_holds_a_role() {
    // ("Legal scholar X, of Y University, said" gave no role: "scholar" was no profession)
    let d = doc("Fishing\n\nThe quotas were cut. Legal scholar Nadia Kerrow, of the University of Eastbridge, said the case was hard.");
    let r = role(&d, "Nadia Kerrow", "scholar");
    assert_eq!(role_of(&d, r).as_deref(), Some("University of Eastbridge"), "{}", dump(&d));
    let d = doc("Fishing\n\nThe quotas were cut. \"It is hard,\" said Tom Arlen, a scholar at the Institute for Coastal Studies.");
    let r = role(&d, "Tom Arlen", "scholar");
    assert_eq!(role_of(&d, r).as_deref(), Some("Institute for Coastal Studies"), "{}", dump(&d));
}

#[test]
fn a_shared_surname_with_an_appositive_title_is_the_person_it_described() {
    // ("Majhi, the sarpanch, said" went to the chief minister of that surname named last, not to
    // the village head named earlier as "X Majhi, a sarpanch from Y village")
    let t = "Mine\n\nVillages voted against the mine. \"We will not sell,\" said Ravi Dalan, a sarpanch from a hill village. Chief Minister Mohan Dalan said the state needed jobs. Dalan, the sarpanch, said the villagers would block the roads.";
    let d = doc(t);
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("block the roads")).expect("statement");
    assert_eq!(s.speaker.map(|e| name(&d, e)).as_deref(), Some("Ravi Dalan"), "{}", dump(&d));
}

#[test]
fn the_government_threatening_in_what_a_stateless_negotiator_reports_is_the_storys_state() {
    // ("She said the government would not renew the ceasefire unless the rebels gave …" was the
    // negotiator's threat; the state the story is about, named twice, threatens)
    let t = "Talks\n\nPeru and the rebels met in Lima on Monday. Peru wants the talks to end the fighting. The chief negotiator, Lucia Mendez, said the talks were slow. She said the government would not renew the truce unless the rebels freed every hostage they hold.";
    let d = doc(t);
    demand(&d, "Peru", None, "the rebels freed every hostage they hold", DemandKind::Threat);
    // (a story that names the city where the talks are held as often: the state whose
    // government it writes of, named most)
    let t = "Talks\n\nPeru's government and the rebels will meet in Havana next week. Peru and the rebels last met in Havana in May. Peru wants a deal by June. The chief negotiator, Lucia Mendez, said the talks were slow. She said the government would not renew the truce unless the rebels freed every hostage they hold.";
    let d = doc(t);
    demand(&d, "Peru", None, "the rebels freed every hostage they hold", DemandKind::Threat);
}

#[test]
fn an_outlet_told_after_the_sets_no_condition() {
    // ("… told the Guardian the rebels would not withdraw from any town until Kinshasa agreed
    // to …" was the Guardian's condition: "the" and the outlet's name are passed over as a
    // name told alone is, and the reported clause opens at "the rebels")
    let t = "Talks\n\nThe talks resumed on Monday. Rebel leader John Obi told the Guardian the rebels would not leave any town until Kenya agreed to hold new talks.";
    let d = doc(t);
    demand(&d, "John Obi", Some("Kenya"), "Kenya agreed to hold new talks", DemandKind::Condition);
}

#[test]
fn capitalised_words_joined_by_a_spaced_ampersand_name_one_firm() {
    // ("Marlow & Finch's chairwoman" made a person "Finch" and no firm: a spaced ampersand
    // between capitalised words is a partnership's style of a firm's name)
    let d = doc("Pay\n\nThe vote was close. Holt & Merrow said it would consult investors. Shares in Pryce & Dalby fell.");
    assert!(d.entities.iter().any(|e| e.name == "Holt & Merrow" && e.kind == newsgraph::model::EntityKind::Organization), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Pryce & Dalby" && e.kind == newsgraph::model::EntityKind::Organization), "{}", dump(&d));
    reported(&d, "Holt & Merrow said it would consult investors", "Holt & Merrow");
    // (not courtesy titles joined so)
    let d = doc("Visit\n\nThe couple arrived late. Mr & Mrs Tolland said the trip had been long.");
    assert!(!d.entities.iter().any(|e| e.name.contains('&')), "{}", dump(&d));
}

#[test]
fn a_group_of_people_at_a_named_body_speaks_unnamed_not_for_the_body() {
    // ("More than 40% of shareholders at the retailer Marlow & Finch have voted against …"
    // made the retailer the speaker: its shareholders, workers or customers are no voice of it)
    let d = doc("Pay\n\nThe meeting was tense. Workers at Quillmart Foods said the plan was unfair.");
    let s = statement(&d, "Workers at Quillmart Foods said the plan was unfair");
    assert_eq!(who(&d, s).as_deref(), Some("Workers at Quillmart Foods"), "{}", dump(&d));
    let d = doc("Pay\n\nThe meeting was tense. Nearly half of shareholders at the grocer Quillmart Foods voted against the pay plan.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Quillmart Foods")), "{}", dump(&d));
    // (an official at the body still speaks for it)
    let d = doc("Pay\n\nThe meeting was tense. Quillmart Foods said the plan was fair.");
    reported(&d, "Quillmart Foods said the plan was fair", "Quillmart Foods");
}

#[test]
fn a_unions_national_officer_and_a_groups_campaigner_are_roles_there() {
    // ("Its national officer, Rachel Hume, said …", "Its campaigner, Tom Beale, said …" gave no
    // role: neither post was a title)
    let d = doc("Jobs\n\nThe Harbour Workers Union represents 900 staff at the plant. Its national officer, Jo Kemp, said the pledges were vague.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Jo Kemp" && r.title.to_lowercase() == "national officer" && r.of.is_some_and(|e| name(&d, e) == "Harbour Workers Union")), "{}", dump(&d));
    let d = doc("Pay\n\nFairShare Now, a campaign group, asked questions at the meeting. Its campaigner, Ben Tull, said the plan was unfair.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Ben Tull" && r.title.to_lowercase() == "campaigner"), "{}", dump(&d));
}

#[test]
fn a_states_name_between_a_possessive_and_its_noun_is_no_referent_of_it() {
    // ("The board argues that the company must pay at the level of its US rivals … In a letter
    // to shareholders last month, it said …" gave the words to the United States)
    let d = doc("Pay\n\nQuillmart Foods wants to raise its boss's pay. The board argues that the company must pay at the level of its US rivals to keep him. In a letter to shareholders last month, it said he had been approached by two rival chains.");
    assert_eq!(speaker_of(&d, "it said he had been approached by two rival chains").as_deref(), Some("Quillmart Foods"), "{}", dump(&d));
}

#[test]
fn it_after_that_right_after_a_body_told_or_written_to_is_that_body() {
    // ("Business Secretary X wrote to the authority in July that it should "act with pace …""
    // gave no demand: "it" before the modal was taken for an impersonal "it")
    let d = doc("Rules\n\nThe watchdog blocked the deal. Minister Tom Reed wrote to the authority in July that it should act with more pace.");
    demand(&d, "Tom Reed", Some("the authority"), "act with more pace", DemandKind::Demand);
    let d = doc("Rules\n\nThe watchdog blocked the deal. Minister Tom Reed told the authority that it must publish its findings.");
    demand(&d, "Tom Reed", Some("the authority"), "publish its findings", DemandKind::Demand);
    // (not an impersonal passive, nor the press told)
    let d = doc("Rules\n\nThe watchdog blocked the deal. Minister Tom Reed told reporters that it must be said that prices rose.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn a_pronoun_reporting_after_a_speaker_whose_name_the_list_gives_the_other_sex_is_that_speakers() {
    // ("Chair Kara X told the inquiry that …. He said mana whenua should …": "Kara" is listed a
    // woman's name, so no man before takes the "he" that opens a report; the one person who
    // spoke as the subject of the sentence right before does, as for a quote)
    // (a man named five sentences up is too far for the "he")
    let t = "Inquiry\n\nThe inquiry resumed on Monday. Mayor Andrew Little said the council would pay. Minister Simon Watts said the government had offered help. He said councils must not expect more.\n\nResident Karen Ruha said she wanted answers. \"I want to know who,\" she said.\n\nIwi chair Kara Puketapu told the inquiry that the iwi had raised concerns for years. He said the iwi should have a seat on the board of any new entity.";
    let d = doc(t);
    reported(&d, "He said the iwi should have a seat on the board of any new entity", "Kara Puketapu");
    // ("“…,” he said. He added that …": the quote's own speaker, found the same way)
    let t = "Carbon\n\nThe market is growing fast. Economist Dr Kennedy Mutua of Harbor University said carbon markets could bring billions into the country. \"One bad project can wipe out the price for everyone,\" he said. He added that the government must set up an independent registry.";
    let d = doc(t);
    reported(&d, "He added that the government must set up an independent registry", "Kennedy Mutua");
}

#[test]
fn according_to_the_group_after_a_body_spoke_is_that_body_though_a_group_of_people_came_before() {
    // ("… according to the group." right after "Zimbabwe Lawyers for Human Rights said …", in
    // a story that wrote "a group of lawyers" paragraphs up: the body that spoke is the source)
    let t = "Ruling\n\nThe case was brought by a group of lawyers and the opposition.\n\nThe president did not comment.\n\nKenya Lawyers for Human Rights said in a statement that the judgment restored faith in the courts.\n\nAt least 60 people were detained in Nairobi in October during protests against the amendment, according to the group.";
    let d = doc(t);
    reported(&d, "At least 60 people were detained in Nairobi in October during protests against the amendment", "Kenya Lawyers for Human Rights");
}

#[test]
fn fields_listed_with_commas_before_the_head_word_or_after_on_are_one_bodys_name() {
    // ("The Foreign, Commonwealth and Development Office said …" gave "Commonwealth and
    // Development Office"; "the Assembly's Committee on Environment, Forestry and Mining" gave
    // "Committee on Environment" and "Forestry and Mining": fields listed with commas open a
    // name whose last word is an organisation word, or follow "on", as they follow "of")
    let t = "Aid\n\nThe Foreign, Commonwealth and Development Office said the grant would be paid. Protesters handed a petition to the Assembly's Committee on Environment, Forestry and Mining. A Department for Health, Housing and Sport spokesperson said the funds were safe.";
    let d = doc(t);
    for n in ["Foreign, Commonwealth and Development Office", "Committee on Environment, Forestry and Mining", "Department for Health, Housing and Sport"] {
        assert!(d.entities.iter().any(|e| e.name == n), "{n}\n{}", dump(&d));
    }
    assert!(!d.entities.iter().any(|e| e.name.starts_with("Forestry") || e.name.starts_with("Commonwealth") || e.name.starts_with("A ")), "{}", dump(&d));
    // (a list of places or countries is no name)
    let t = "Aid\n\nOfficials from Britain, France and Germany Union said nothing. Hospitals in Leeds, York and Hull Council areas closed. Loans from the UN, EU and World Bank were late.";
    let d = doc(t);
    assert!(!d.entities.iter().any(|e| e.name.contains(", ")), "{}", dump(&d));
}

#[test]
fn as_long_as_after_a_commitment_sets_a_condition() {
    // ("the company would not need to be placed in special administration as long as the
    // creditors agreed to write off part of the debt": a condition, as "provided" sets one;
    // not a forecast, "the deal would hold as long as …", nor how long, "for as long as it takes")
    let t = "Steel\n\nVexmoor Steel is in talks with its lenders. Its chief executive, Jane Doe, said the company would keep its plants open as long as the banks agreed to write off part of its debt. An analyst said the deal would hold as long as both sides saw a gain. Doe said the firm would keep paying for as long as it takes.";
    let d = doc(t);
    demand(&d, "Vexmoor Steel", None, "the banks agreed to write off part of its debt", DemandKind::Condition);
    assert!(!d.demands.iter().any(|m| d.slice(m.what).contains("both sides") || d.slice(m.what).contains("it takes")), "{}", dump(&d));
}

#[test]
fn the_caretaker_government_asked_in_a_statement_is_the_storys_state() {
    // ("Dick Schoof said the caretaker government must not take decisions that would bind its
    // successor" was asked of "the caretaker government" as written: a government by the time
    // it holds office is the state, as "the government" asked in a statement is)
    let t = "Coalition talks\n\nNorway held an election on Monday and no party won a majority in Norway. Prime Minister Jonas Dahl said the caretaker government must not take decisions that would bind its successor.";
    let d = doc(t);
    demand(&d, "Jonas Dahl", Some("Norway"), "not take decisions that would bind its successor", DemandKind::Refusal);
}

#[test]
fn a_prof_style_before_the_name_and_of_a_university_after_it_is_a_role_there() {
    // ("Prof X, of Y University, said", the British press's short style, gave no role, as
    // "Professor X, of Y" did)
    let d = doc("Vote\n\nThe vote was close. Prof Jane Roe, of the University of Westmoor, said the plan would fail.");
    let r = role(&d, "Jane Roe", "Prof");
    assert_eq!(role_of(&d, r).as_deref(), Some("University of Westmoor"), "{}", dump(&d));
    let d = doc("Vote\n\nThe vote was close. Prof. Tom Hale of Eastbridge University said it might work.");
    let r = role(&d, "Tom Hale", "Prof");
    assert_eq!(role_of(&d, r).as_deref(), Some("Eastbridge University"), "{}", dump(&d));
    // (the style alone stays part of the name)
    let d = doc("Vote\n\nThe vote was close. Prof Jane Roe said the plan would fail.");
    assert!(d.roles.is_empty(), "{}", dump(&d));
}

#[test]
fn a_co_founder_of_a_named_body_after_the_name_is_a_role() {
    // ("X, co-founder of Y, a research group, said" gave no role: "co-founder" was no title,
    // though "founder", "co-leader" and "co-chair" were)
    let d = doc("Vote\n\nThe vote was close. Ann Lee, co-founder of the Eastbridge Trust, said the plan was weak.");
    let r = role(&d, "Ann Lee", "co-founder");
    assert_eq!(role_of(&d, r).as_deref(), Some("Eastbridge Trust"), "{}", dump(&d));
}

#[test]
fn a_commentators_post_before_the_name_is_a_role_as_an_analysts_is() {
    // ("Political commentator X said" gave no role: "commentator" was no title, though "analyst" was)
    let d = doc("Vote\n\nThe vote was close. Political commentator Tom Green said the vote was a warning.");
    let r = role(&d, "Tom Green", "commentator");
    assert_eq!(r.title, "Political commentator", "{}", dump(&d));
    // (the plural names no one)
    let d = doc("Vote\n\nThe vote was close. Some commentators were less sure.");
    assert!(d.roles.is_empty(), "{}", dump(&d));
}

#[test]
fn a_student_leader_is_a_role_as_a_union_leader_is() {
    // ("Student leader X said", "X, a 22-year-old student leader from Y," gave no role: the
    // generic "leader" with no body named is dropped, but a student leader holds a post)
    let d = doc("Fees\n\nThe protests went on. Student leader Tom Green said the protests would continue.");
    role(&d, "Tom Green", "student leader");
    // (the plural names no one)
    let d = doc("Fees\n\nThe protests went on. Student leaders have rejected the plan.");
    assert!(d.roles.is_empty(), "{}", dump(&d));
}

#[test]
fn the_family_a_lawyer_speaks_for_threatens_as_the_speaker_before_unless() {
    // ("He said the family would file a lawsuit in federal court unless the city released the
    // footage …" gave no demand: "the families" threatened as the speaker, "the family" not)
    let d = doc("Shooting\n\nThe man died in May. Dana Pruitt, a lawyer for the Ellis family, said the family would sue the county unless it paid for an independent review.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Dana Pruitt" && m.kind == DemandKind::Threat && d.slice(m.what).contains("paid for an independent review")), "{}", dump(&d));
    let d = doc("Shooting\n\nThe man died in May. His sister, Mara Ellis, said the family would go to court unless the sheriff released the video.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Mara Ellis" && m.kind == DemandKind::Threat && d.slice(m.what).contains("released the video")), "{}", dump(&d));
    // (no condition, no demand)
    let d = doc("Shooting\n\nThe man died in May. Dana Pruitt said the family would grieve in private.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn am_going_to_before_unless_is_a_threat_as_will_is() {
    // ("I am not going to keep voting for these payouts unless the department shows us it has
    // changed something," gave no demand: only "will"/"would" opened a threat)
    let d = doc("Payouts\n\nThe council voted 40-7. \"I am not going to keep signing these cheques unless the agency changes its rules,\" said Councillor Jo Vance.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Jo Vance" && m.kind == DemandKind::Threat && d.slice(m.what).contains("changes its rules")), "{}", dump(&d));
    let d = doc("Strike\n\nTalks broke down. \"We are going to strike unless the board restores the bonus,\" said union leader Pat Ochs.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Pat Ochs" && m.kind == DemandKind::Threat && d.slice(m.what).contains("restores the bonus")), "{}", dump(&d));
    // (no auxiliary, no threat: "going to" of a place)
    let d = doc("Trip\n\nThe team left early. \"Nobody is going to the final unless it stops raining,\" said coach Pat Ochs.");
    assert!(d.demands.iter().all(|m| !d.slice(m.what).contains("stops raining")), "{}", dump(&d));
}

#[test]
fn a_councillors_abbreviated_title_is_a_role_and_const_no_sentence_end() {
    // ("Const. Ryan X, a six-year member of the … Police Service" and "Coun. Diane X, who
    // represents the area, said …" gave no role, as "Ald." had before it was a title)
    let d = doc("Charge\n\nThe watchdog laid a charge. Const. Owen Tarrow, a member of the Riverton Police Service, will appear in court. Coun. Bea Lind, who represents the ward, said residents wanted answers.");
    // ("Const." is now a title word and no sentence end; the constable's role is not read yet)
    assert!(d.entities.iter().any(|e| e.name == "Owen Tarrow"), "{}", dump(&d));
    assert_eq!(role(&d, "Bea Lind", "councillor").title.to_lowercase(), "councillor", "{}", dump(&d));
    reported(&d, "Coun. Bea Lind, who represents the ward, said residents wanted answers", "Bea Lind");
}

#[test]
fn a_cue_in_a_relative_aside_closed_before_the_quote_is_not_the_quotes() {
    // (the aside describes its antecedent; the quotation stands in the report of the cue
    // before it, with that cue's speaker)
    let d = doc("Dmitri Volkan said the comments of Finance Minister Lara Osei, who spoke on Monday, were \"an insult to every taxpayer.\"\n\nJudge Helen Marsh said the videos, which accused the mayor of bribery, were part of \"a campaign of lies\" before the vote.\n");
    let q = statement(&d, "an insult to every taxpayer.");
    assert_eq!(who(&d, q).as_deref(), Some("Dmitri Volkan"), "{}", dump(&d));
    assert_eq!(q.cue, "said");
    let q = statement(&d, "a campaign of lies");
    assert_eq!(who(&d, q).as_deref(), Some("Helen Marsh"), "{}", dump(&d));
    assert_eq!(q.cue, "said");
}

#[test]
fn his_mother_said_is_the_mother_the_story_named_before() {
    // ("Whitfield's mother, Marlene Whitfield, told CBC News …" then ""…," his mother said" and
    // "Haynes' mother, Denise Haynes, stood beside him" then "…, his mother said" gave the words
    // "his mother" / "mother" as the speaker)
    let d = doc("Vigil\n\nTomas Reyes was shot in May. Reyes' mother, Ines Reyes, stood beside the lawyer. He worked at a bakery, his mother said.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("He worked at a bakery") && who(&d, s).as_deref() == Some("Ines Reyes")), "{}", dump(&d));
    let d = doc("Charge\n\nOwen Dale died in April. Dale's father, Carl Dale, told reporters the charge was late. \"We will keep going,\" his father said.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("We will keep going") && who(&d, s).as_deref() == Some("Carl Dale")), "{}", dump(&d));
    // (two people introduced as mothers: neither is "his mother")
    let d = doc("Vigil\n\nTomas Reyes and Alan Bo were shot in May. Reyes' mother, Ines Reyes, and Bo's mother, Lia Bo, stood beside the lawyer. He worked at a bakery, his mother said.");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Ines Reyes") || !d.slice(s.text).contains("bakery")), "{}", dump(&d));
}

#[test]
fn adding_that_after_a_quotes_inverted_attribution_is_the_quotes_speaker() {
    // ("“…,” said Ana Piquer, Amnesty's director for the Americas, adding that the state of
    // emergency “has become …”" gave no statement for the "adding" clause, which "“…,” X said,
    // adding that …" gave)
    let d = doc("Emergency\n\nThe decree was extended on Monday. \"We will not stop,\" said Ana Ruiz, the group's director, adding that the decree had become the rule.");
    reported(&d, "adding that the decree had become the rule", "Ana Ruiz");
    let d = doc("Emergency\n\nThe decree was extended on Monday. \"We will not stop,\" said Ana Ruiz, adding that the army had grown too strong.");
    reported(&d, "adding that the army had grown too strong", "Ana Ruiz");
}

#[test]
fn his_mother_said_is_the_mother_named_before_her_kinship_in_commas() {
    // (the name first: "Ines Reyes, Tomas' mother, stood beside …" then "…, his mother said")
    let d = doc("Vigil\n\nTomas Reyes was shot in May. Ines Reyes, Tomas Reyes' mother, stood beside the lawyer. He worked at a bakery, his mother said.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("He worked at a bakery") && who(&d, s).as_deref() == Some("Ines Reyes")), "{}", dump(&d));
}

#[test]
fn a_partys_adjective_before_a_members_office_is_the_listed_party_in_its_states_story() {
    // ("The Conservative MP X said …" made no party: "Conservative" alone is no listed name)
    let d = doc("Water bills\n\nMPs debated the water company in London on Tuesday. The Conservative MP Jane Roe said the company should be sold.");
    let r = role(&d, "Jane Roe", "MP");
    assert_eq!(role_of(&d, r).as_deref(), Some("Conservative Party"), "{}", dump(&d));
    // (a story about another state: Canada's party, which the list does not hold, is not made)
    let d = doc("Contracts\n\nThe committee met in Ottawa, Canada, on Tuesday. Conservative MP Tom Poe said Canada had paid too much.");
    assert!(d.entities.iter().all(|e| e.name != "Conservative Party"), "{}", dump(&d));
    // (the party the article names in full, whatever its state)
    let d = doc("Contracts\n\nThe Conservative Party of Canada won the vote in Ottawa. Conservative MP Tom Poe said Canada had paid too much.");
    let r = role(&d, "Tom Poe", "MP");
    assert_eq!(role_of(&d, r).as_deref(), Some("Conservative Party of Canada"), "{}", dump(&d));
}

#[test]
fn a_partys_members_in_the_plural_of_its_adjective_are_the_party_named_in_full() {
    // ("the Christian Democratic Appeal … who leads the Christian Democrats" made two nodes)
    let d = doc("Talks\n\nThe Christian Democratic Appeal joined the talks in The Hague. Henri Vos, who leads the Christian Democrats, said a deal was near.");
    assert!(d.entities.iter().all(|e| e.name != "Christian Democrats"), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Christian Democratic Appeal"), "{}", dump(&d));
    // (not a party whose name goes on in lower case, nor with no party named in full)
    let d = doc("Talks\n\nThe Social Democrats walked out of the talks in Berlin on Monday.");
    assert!(d.entities.iter().any(|e| e.name == "Social Democrats"), "{}", dump(&d));
}

#[test]
fn the_force_after_a_police_body_named_is_that_police_body() {
    // ("Assistant coroner X said … that the force should review how its staff were trained"
    // after "Greater Manchester Police" was about nobody: only a name ending in "force" was
    // taken up as "the force")
    let d = doc("Inquest\n\nA man died in a cell run by Westmarch Police in 2024. Coroner Ann Pell said the force should review how its staff were trained.");
    let s = reported(&d, "Coroner Ann Pell said the force should review how its staff were trained", "Ann Pell");
    assert!(about(&d, &s).iter().any(|a| a == "Westmarch Police"), "{}", dump(&d));
    // (no police body named: nothing taken up)
    let d = doc("Summit\n\nLeaders met in Paris. Dan Rook said the force would not be a peacekeeping mission.");
    let s = reported(&d, "Dan Rook said the force would not be a peacekeeping mission", "Dan Rook");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn the_city_as_a_clauses_subject_in_a_story_about_one_city_is_that_city() {
    // ("Price said the city had promised … that it would do things differently" in a story
    // about Akron was about nobody)
    let d = doc("Footage\n\nA man was shot in Leeds on Monday. Protesters gathered in Leeds on Tuesday. Lawyer Sam Oyelaran said the city had promised to release the video.");
    let s = reported(&d, "Lawyer Sam Oyelaran said the city had promised to release the video", "Sam Oyelaran");
    assert!(about(&d, &s).iter().any(|a| a == "Leeds"), "{}", dump(&d));
    // (a place where something happens is no subject)
    let d = doc("Footage\n\nA man was shot in Leeds on Monday. Protesters gathered in Leeds on Tuesday. Lawyer Sam Oyelaran said protests in the city continued.");
    let s = reported(&d, "Lawyer Sam Oyelaran said protests in the city continued", "Sam Oyelaran");
    assert!(!about(&d, &s).iter().any(|a| a == "Leeds"), "{}", dump(&d));
}

#[test]
fn a_bracketed_outlet_closing_the_text_is_no_dateline() {
    // (found by the property test, seed 2026: "(Outlet)" with nothing after its bracket read
    // past the last token)
    let d = doc("Ministers meet again\n\n(Vexnews Business)");
    assert!(d.statements.is_empty(), "{}", dump(&d));
    let d = doc("Ministers meet again\n\n(Vexnews Business) — Halden sued the city on Monday.\n");
    assert!(d.text().contains("Halden"), "{}", dump(&d));
}

#[test]
fn a_run_ending_in_an_initialisms_plural_is_no_person() {
    // ("Several Conservative MPs said …" made a person "Conservative MPs", and a later "Labour
    // MPs urged the government …" was resolved to that person by its last word)
    let d = doc("Welfare vote\n\nSeveral Conservative MPs said on Tuesday they would vote against the bill, while Labour MPs urged the government to delay the vote.");
    assert!(!d.entities.iter().any(|e| e.name.ends_with("MPs")), "{}", dump(&d));
    assert!(d.demands.iter().all(|m| !party(&d, m.by).contains("Conservative")), "{}", dump(&d));
    // (a name an initialism's plural does not end is still a person)
    let d = doc("Welfare vote\n\nConservative MP Anna Whitfield said on Tuesday she would vote against the bill.");
    assert!(d.entities.iter().any(|e| e.name == "Anna Whitfield"), "{}", dump(&d));
}

#[test]
fn a_body_before_a_verb_in_the_present_and_its_object_is_the_body_alone() {
    // ("… unless the Pentagon informs the committee in full" asked the Pentagon for "in full":
    // the body's phrase ran on over the verb to "committee", a noun for a body)
    let d = doc("Strikes\n\nJane Roe said lawmakers would block the bill unless the Pentagon informs the committee in full.");
    demand(&d, "Jane Roe", Some("Pentagon"), "informs the committee in full", DemandKind::Threat);
    let d = doc("Strikes\n\nJane Roe said lawmakers would block the bill unless the Pentagon briefs Congress in full.");
    demand(&d, "Jane Roe", Some("Pentagon"), "briefs Congress in full", DemandKind::Threat);
}

#[test]
fn an_agreement_of_a_group_named_by_no_one_quoted_in_a_report_is_the_reporters() {
    // ("Jane Roe said the leaders had agreed that “…”" gave the quotation to "the leaders")
    let d = doc("Talks\n\nJane Roe said the leaders had agreed that \"the road to peace starts with the grid\" and that talks would open.");
    quote(&d, "the road to peace starts with the grid", "Jane Roe");
    // (a named actor who agrees keeps the words)
    let d = doc("Talks\n\nJane Roe said Norway had agreed that \"the road to peace starts with the grid\" and that talks would open.");
    quote(&d, "the road to peace starts with the grid", "Norway");
}

#[test]
fn a_state_opening_a_clause_after_told_x_that_sets_the_condition() {
    // ("Rubio told reporters in Washington on Wednesday that the US would lift its tariffs only
    // if Beijing showed …" was Rubio's condition: the words after "told" took up no actor and
    // the subject after "that" was passed over)
    let d = doc("Trade talks\n\nMaria Kovacs told reporters in Geneva on Tuesday that Norway would lift its tariffs only if Chile showed real progress.");
    demand(&d, "Norway", Some("Chile"), "showed real progress", DemandKind::Condition);
    let d = doc("Trade talks\n\nThe minister told the weekly Nordposten that Norway would accept the deal only if Chile cut its duties.");
    demand(&d, "Norway", Some("Chile"), "cut its duties", DemandKind::Condition);
    // (no actor after "that": the speaker's condition, as before)
    let d = doc("Trade talks\n\nMaria Kovacs told reporters in Geneva on Tuesday that the talks would resume only if Chile showed real progress.");
    demand(&d, "Maria Kovacs", Some("Chile"), "showed real progress", DemandKind::Condition);
}

#[test]
fn the_regulator_far_from_its_name_is_the_body_an_earlier_the_regulator_was() {
    // ("The opposition Conservatives accused the regulator of …" paragraphs after "Britain's
    // Competition and Markets Authority … The regulator said …" was about nobody: only the
    // last three sentences were searched for the body)
    let d = doc("Deal blocked\n\nThe Vexland Markets Authority on Thursday blocked the takeover of Pell Quarries. The regulator said the merger would raise prices. Pell said it was disappointed. Its chief executive, Ann Rook, said the company would consider an appeal. Shares fell 18% in London. The Builders Federation welcomed the ruling. Its head, Tom Lake, said prices had risen by a third. Opposition leader Dan Kerr accused the regulator of ignoring investment.");
    let s = reported(&d, "Opposition leader Dan Kerr accused the regulator of ignoring investment", "Dan Kerr");
    assert!(about(&d, &s).iter().any(|a| a == "Vexland Markets Authority"), "{}", dump(&d));
    // (no earlier "the regulator": nothing taken up)
    let d = doc("Deal blocked\n\nThe Vexland Markets Authority on Thursday blocked the takeover of Pell Quarries. Pell said it was disappointed. Its chief executive, Ann Rook, said the company would consider an appeal. Shares fell 18% in London. The Builders Federation welcomed the ruling. Its head, Tom Lake, said prices had risen by a third. Opposition leader Dan Kerr accused the regulator of ignoring investment.");
    let s = reported(&d, "Opposition leader Dan Kerr accused the regulator of ignoring investment", "Dan Kerr");
    assert!(!about(&d, &s).iter().any(|a| a == "Vexland Markets Authority"), "{}", dump(&d));
}

#[test]
fn a_name_taken_for_a_person_does_not_stop_the_regulator_opening_a_sentence() {
    // ("… blocked the takeover of Tarrant Aggregates. The regulator said …": the company's name,
    // taken for a person, was the last name before and ended the search, so "The regulator"
    // spoke as written)
    let d = doc("Deal blocked\n\nThe Vexland Markets Authority on Thursday blocked the takeover of Tarrant Aggregates. The regulator said the merger would raise prices.");
    let s = reported(&d, "The regulator said the merger would raise prices", "Vexland Markets Authority");
    assert_eq!(who(&d, &s).as_deref(), Some("Vexland Markets Authority"), "{}", dump(&d));
}

#[test]
fn a_name_between_the_and_a_noun_for_a_site_is_a_place() {
    // ("urged Israel to reopen the Kerem Shalom crossing" made a person of a given name and a
    // surname)
    let d = doc("Aid\n\nThe agency urged Israel to reopen the Kerem Shalom crossing.");
    assert!(d.entities.iter().any(|e| e.name == "Kerem Shalom" && e.kind == EntityKind::Place), "{}", dump(&d));
    let d = doc("Water\n\nThe largest reservoir, the Ramon Amir dam on the Karaj river, is almost empty.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person), "{}", dump(&d));
    // (a person who runs a site is still a person)
    let d = doc("Aid\n\nThe camp's director, Ramon Amir, said supplies were short.");
    assert!(d.entities.iter().any(|e| e.name == "Ramon Amir" && e.kind == EntityKind::Person), "{}", dump(&d));
}

#[test]
fn a_flag_states_name_joined_to_flagged_is_no_name_of_its_own() {
    // ("a Marshall Islands-flagged oil tanker" made a person "Marshall Islands-flagged", as
    // "-based" and "-registered" compounds no longer do)
    let d = doc("Seizure\n\nGuards boarded a Marshall Islands-flagged oil tanker near Tarvos on Monday. A Panama-flagged cargo ship sank the same day.");
    assert!(!d.entities.iter().any(|e| e.name.contains("flagged")), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Marshall Islands"), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Panama"), "{}", dump(&d));
}

#[test]
fn a_month_between_the_addressee_and_to_is_no_part_of_the_addressee() {
    // ("ordered Venezuela in May 2025 not to hold elections in the Essequibo" asked "Venezuela
    // in May 2025", which names no actor; "on Sunday", "last week" were already passed over)
    let d = doc("Court\n\nThe court ordered Norway in May 2025 not to drill near the islands. Judge Ann Vello urged Sweden in March to reopen the port.");
    assert!(d.demands.iter().any(|m| m.of.is_some_and(|o| party(&d, o) == "Norway") && d.slice(m.what).starts_with("not to drill")), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| m.of.is_some_and(|o| party(&d, o) == "Sweden") && d.slice(m.what) == "reopen the port"), "{}", dump(&d));
    // ("May" with no year may be the modal or a name: left as it was)
    let d = doc("Court\n\nJudge Ann Vello urged Sweden to reopen the port.");
    assert!(d.demands.iter().any(|m| m.of.is_some_and(|o| party(&d, o) == "Sweden")), "{}", dump(&d));
}

#[test]
fn a_short_name_the_article_gives_a_company_is_that_company_not_a_person() {
    // ("Mori said Chugoku Kaigan had agreed to the deal …" after "Chugoku Kaigan Bank" and
    // "Chugoku Kaigan President Yuko Mori" made a person "Chugoku Kaigan": only a person named
    // exactly as the company's fullest name was taken for the company)
    let d = doc("Merger\n\nTarvo Minato Bank will absorb a smaller lender. Tarvo Minato President Aki Rensho said the deal was sound. Rensho said Tarvo Minato had agreed to the terms.");
    assert!(!d.entities.iter().any(|e| e.name == "Tarvo Minato" && e.kind == newsgraph::model::EntityKind::Person), "{}", dump(&d));
    assert_eq!(d.entities.iter().filter(|e| e.name.starts_with("Tarvo Minato")).count(), 1, "{}", dump(&d));
    // (a person the article names in full stays a person beside a company of another name)
    let d = doc("Merger\n\nTarvo Minato Bank will absorb a smaller lender. Aki Rensho said Tarvo Minato had agreed. Rensho said Kenta Oba had agreed too.");
    assert!(d.entities.iter().any(|e| e.name == "Kenta Oba" && e.kind == newsgraph::model::EntityKind::Person), "{}", dump(&d));
}

#[test]
fn the_central_bank_set_beside_a_named_bank_by_a_comma_is_that_bank() {
    // ("bonds issued by the central bank, Banque du Liban" then "said the central bank would
    // pay … only if parliament approved …" made a node "Lebanese central bank" of its own:
    // only a bank with the country's name or adjective in it was taken up)
    let d = doc("Deposits\n\nSavers in Lebanon will get bonds issued by the central bank, Vestra Reserve Bank. Its governor, Rafi Nassar, said the central bank would pay only if parliament approved the law.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Vestra Reserve Bank"), "{}", dump(&d));
    // (a bank named in another sentence is no apposition)
    let d = doc("Deposits\n\nSavers in Lebanon will get bonds from Vestra Reserve Bank. Rafi Nassar said the central bank would pay only if parliament approved the law.");
    assert!(!d.demands.iter().any(|m| party(&d, m.by) == "Vestra Reserve Bank"), "{}", dump(&d));
}

#[test]
fn a_coordinated_verb_in_the_reported_clauses_tense_goes_on_with_what_was_said() {
    // ("… told a press briefing that China had “…” and had added more chemicals to its list"
    // and "… said the bank must overhaul its controls … and report every quarter …" each made a
    // second statement of the speaker's from a verb of the reported clause)
    let d = doc("Drug controls\n\nForeign ministry spokesman Tomas Halvorsen told a regular press briefing on Friday that Norway had tightened its rules and had added more chemicals to its list of controlled substances this year.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tomas Halvorsen") && d.slice(s.text).contains("Norway had tightened its rules and had added more chemicals")), "{}", dump(&d));
    assert!(!d.statements.iter().any(|s| d.slice(s.text).starts_with("had added")), "{}", dump(&d));
    let d = doc("Bank fined\n\nThe agency's director, Jane Roe, said the bank must overhaul its controls within 12 months and report every quarter on its progress.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Jane Roe") && d.slice(s.text).contains("must overhaul its controls within 12 months and report every quarter")), "{}", dump(&d));
    assert!(!d.statements.iter().any(|s| d.slice(s.text).starts_with("report every")), "{}", dump(&d));
    // (the speaker's own second verb in the past still opens its own statement)
    let d = doc("Bank fined\n\nJane Roe said the bank must overhaul its controls and warned that fines would follow.");
    reported(&d, "warned that fines would follow", "Jane Roe");
    // (nor does the speaker's own act, told with a pronoun: "she had spoken … and had asked …")
    let d = doc("Steel duties\n\nJane Roe said she had spoken twice last week with Norway's trade minister and had asked Norway to lift the duty on steel.");
    assert!(d.statements.iter().any(|s| s.cue == "asked" && d.slice(s.text).starts_with("had asked")), "{}", dump(&d));
    // (but what the pronoun's clause goes on to say is part of it: "she had weighed … but had
    // concluded that …")
    let d = doc("Defection\n\nJane Roe said she had weighed the decision for months but had concluded that the party had failed.");
    assert!(!d.statements.iter().any(|s| d.slice(s.text).starts_with("had concluded")), "{}", dump(&d));
}

#[test]
fn who_report_with_a_bare_plural_object_is_no_speech() {
    // ("… paying port workers who report bribes …", "… protection for those who reported
    // approaches from criminals": each made a statement of the workers' or of "those")
    let d = doc("Port crime\n\nJane Roe said Norway should follow Denmark in paying port workers who report bribes and in moving them to other jobs.");
    assert!(!d.statements.iter().any(|s| d.slice(s.text).starts_with("paying port workers") || who(&d, s).as_deref() == Some("paying port workers")), "{}", dump(&d));
    let d = doc("Port crime\n\nJane Roe said workers would accept the checks only if the companies paid for protection for those who reported approaches from criminals.");
    assert!(!d.statements.iter().any(|s| who(&d, s).as_deref() == Some("those")), "{}", dump(&d));
    // (a clause after it is still reported: "residents who reported that the water …")
    let d = doc("Water\n\nOfficials met residents who reported that the water had turned brown.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("the water had turned brown")), "{}", dump(&d));
}

#[test]
fn the_head_noun_of_a_body_named_before_owns_the_title_after_the_name() {
    // ("… said Renato Rivera, the observatory's coordinator" after "the Ecuadorian Observatory of
    // Organised Crime" gave no role: only a list of body nouns ("company", "group", "union") was
    // read before the possessive)
    let d = doc("Crime report\n\nAccording to the Vexland Observatory of Organised Crime, seizures rose last year.\n\n\"The state is failing,\" said Tomas Berrow, the observatory's coordinator.");
    let r = role(&d, "Tomas Berrow", "coordinator");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexland Observatory of Organised Crime"), "{}", dump(&d));
    // (no body named before with that head: no role from the possessive)
    let d = doc("Crime report\n\nSeizures rose last year.\n\n\"The state is failing,\" said Tomas Berrow, the observatory's coordinator.");
    assert!(!d.roles.iter().any(|r| name(&d, r.holder) == "Tomas Berrow"), "{}", dump(&d));
    // (a word that only describes, after a name holding an office: the office alone)
    let d = doc("Water talks\n\nThe Vexland River Indian Community rejected the plan. Gov. Tomas Berrow, the community's leader, said it was unfair.");
    assert!(!d.roles.iter().any(|r| name(&d, r.holder) == "Tomas Berrow" && r.head.eq_ignore_ascii_case("leader")), "{}", dump(&d));
}

#[test]
fn its_leader_opening_a_sentence_is_a_role_though_the_body_is_not_found() {
    // ("The opposition Citizen Revolution movement said … . Its leader, Luisa Gonzalez, said …"
    // gave no role: "leader" with no owner found names no office and was dropped)
    let d = doc("Emergency\n\nThe opposition Vexmoor Renewal movement said the curfew had failed. Its leader, Tomas Berrow, said the money should go to schools.");
    role(&d, "Tomas Berrow", "leader");
    // (a bare "the leader" still names no office)
    let d = doc("The leader Tom Varga spoke first.");
    assert!(d.roles.is_empty(), "{}", dump(&d));
}

#[test]
fn its_leader_inside_a_sentence_is_a_role_though_the_body_is_not_found() {
    // ("Mareni's military government … cleared the way for its leader, Captain Ousmane Darbo, to
    // stand …": "its" inside the sentence, the state not found, gave only the rank)
    let d = doc("Junta\n\nThe military government of Vexmoor has extended its rule and cleared the way for its leader, Captain Tomas Berrow, to stand in an election.");
    role(&d, "Tomas Berrow", "leader");
}

#[test]
fn a_body_named_with_a_spokesperson_is_no_holder_named_further_on() {
    // ("A CPS spokesperson said …" went to "The party's justice spokesperson, X" of a later
    // paragraph, whose role had no body: a description takes up a holder named before it)
    let d = doc("Charge\n\nTwo clerks were charged on Monday with leaking files. The Harbor Tax Office said the case was closed. A HTO spokesperson said there was enough evidence.\n\nThe Green League said it would back the review. The party's justice spokesperson, Mara Quill, said ministers could not hide.");
    assert_eq!(speaker_of(&d, "A HTO spokesperson said there was enough evidence").as_deref(), Some("Harbor Tax Office"), "{}", dump(&d));
    // (a holder named before with no body is still taken up: "the GOP nominee" after
    // "Republican nominee Jane Roe"; and in a lede, one named after it)
    let d = doc("Race\n\nRepublican nominee Jane Roe spoke in Ohio on Monday. The GOP nominee said taxes would fall.");
    assert_eq!(speaker_of(&d, "The GOP nominee said taxes would fall").as_deref(), Some("Jane Roe"), "{}", dump(&d));
    let d = doc("Boycott\n\nUkraine's sports minister on Tuesday called on European governments to boycott a race in Kazan, and said its athletes would stay home.\n\nMinister of Youth and Sports Ivan Dorosh said the decision rewarded Russia.");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("Ukraine's sports minister")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Ivan Dorosh"), "{}", dump(&d));
}

#[test]
fn a_lawyers_client_named_in_what_she_says_is_what_it_is_about() {
    // ("Ruiz's attorney, Naomi Feld, said …" then "She said Ruiz would plead not guilty" was
    // about nobody: the client, the role's "of", was left out as the body a speaker speaks for)
    let d = doc("Leak\n\nTomas Vell, 31, was arrested on Monday. Vell's attorney, Dana Orr, said her client was a patriot.\n\nShe said Vell would plead not guilty.");
    let s = reported(&d, "She said Vell would plead not guilty", "Dana Orr");
    assert!(about(&d, &s).iter().any(|a| a == "Tomas Vell"), "{}", dump(&d));
    // (a spokesperson's body is still her own: not what she speaks of)
    let d = doc("Leak\n\nHarbor Bank's spokeswoman, Dana Orr, said Harbor Bank would cooperate.");
    let s = reported(&d, "Harbor Bank's spokeswoman, Dana Orr, said Harbor Bank would cooperate", "Dana Orr");
    assert!(!about(&d, &s).iter().any(|a| a == "Harbor Bank"), "{}", dump(&d));
}

#[test]
fn initials_in_brackets_after_a_name_with_a_plurals_apostrophe_name_that_body() {
    // ("The German Journalists' Association (DJV) called …" and "DJV chairman X" were two
    // nodes: the run of capitals stops at the apostrophe, and the one word after it is no long
    // form of its own)
    let d = doc("Raids\n\nThe Dutch Reporters' Guild (NVJ) called the raids an attack. NVJ chairman Pim Haas said prosecutors were wrong.");
    let orgs: Vec<&str> = d.entities.iter().filter(|e| e.name.contains("Guild") || e.name == "NVJ").map(|e| e.name.as_str()).collect();
    assert_eq!(orgs, vec!["Dutch Reporters' Guild"], "{}", dump(&d));
}

#[test]
fn a_listed_acronym_written_bare_beside_the_long_form_it_spells_is_that_body() {
    // ("the Australian Broadcasting Corporation … the ABC" were two nodes: the lexicon lists
    // ABC, so the article's own long form was never tried)
    let d = doc("Leak\n\nHe gave files to the Avalon Broadcasting Corporation in 2023. The documents were published that year.\n\nIn 2024, a lawyer gave documents to the ABC. The ABC said it stood by its reporting.");
    let abc: Vec<&str> = d.entities.iter().filter(|e| e.name == "ABC" || e.name.contains("Broadcasting")).map(|e| e.name.as_str()).collect();
    assert_eq!(abc, vec!["Avalon Broadcasting Corporation"], "{}", dump(&d));
    // (the listed body named by another of its names stays itself)
    let d = doc("Ratings\n\nABC News said its ratings rose. The Avalon Broadcasting Corporation said its own fell. The ABC said nothing more.");
    assert!(d.entities.iter().any(|e| e.name == "Avalon Broadcasting Corporation") && d.entities.iter().any(|e| e.name == "ABC"), "{}", dump(&d));
}

#[test]
fn a_state_named_twice_in_a_story_full_of_another_states_adjective_is_no_home_state() {
    // (a British story naming Yemen twice, and Britain only as "British", gave "the
    // government" of a campaign group's demand to Yemen)
    let t = "Arms\n\nThe British Foreign Office said on Monday that British officials had reviewed sales to the region. Critics said British-made bombs were used in Yemen. Amnesty International demanded that the government suspend all licences for weapons that could be used in Yemen.";
    let d = doc(t);
    let m = d.demands.iter().find(|m| party(&d, m.by) == "Amnesty International").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(m.of.is_none_or(|p| party(&d, p) != "Yemen"), "{}", dump(&d));
    // (a story about one state still has it as "the government")
    let d = doc("Strike\n\nNurses in Kenya went on strike on Monday. Kenya's health ministry said talks would resume. The union demanded that the government pay arrears owed since March.");
    demand(&d, "The union", Some("Kenya"), "the government pay arrears owed since March", DemandKind::Demand);
}

#[test]
fn an_aspect_verb_before_the_cue_keeps_the_clause_subject_as_demander() {
    // ("but Sanchez said Madrid would keep pressing China to narrow a trade gap …" gave the
    // demand to the sentence's first person, not to the state that keeps pressing)
    let d = doc("Trade talks\n\nPrime Minister Jane Roe met Chile's president on Thursday, but she said Norway would keep pressing Chile to lower its duties on salmon.");
    demand(&d, "Norway", Some("Chile"), "lower its duties on salmon", DemandKind::Appeal);
    let d = doc("Trade talks\n\nJane Roe said Norway had continued urging Chile to lower its duties on salmon.");
    demand(&d, "Norway", Some("Chile"), "lower its duties on salmon", DemandKind::Appeal);
}

#[test]
fn a_name_before_s_is_no_subject_of_a_coordinated_demand() {
    // ("Tarrant's chairman, Fiona Galloway, said … and urged shareholders to be patient" gave the
    // appeal to "Tarrant", a company the names take for a person, not to its chairman)
    let d = doc("Bid blocked\n\nLONDON - Tarrant's chairman, Jane Roe, said the board would now focus on the company's standalone plan and urged shareholders to be patient.");
    demand(&d, "Jane Roe", Some("shareholders"), "be patient", DemandKind::Appeal);
}

#[test]
fn the_bank_after_a_bank_named_in_one_word_is_that_bank_not_the_central_bank() {
    // ("The European Central Bank, which supervises Weserbank directly, said the bank would be
    // viable" was about nobody, and "… who chairs the ECB's Supervisory Board, said … the bank
    // must present a new business plan" asked the central bank: "the bank" took up the last
    // body whose name ends in "Bank", never a bank named in one word)
    let d = doc("Bailout\n\nThe state of Vestland will rescue Tarvobank, a regional lender. Tarvobank lost 2 billion euros last year. The Vestland Central Bank, which supervises Tarvobank directly, said the bank would be viable once the capital was injected. Ann Rook, who chairs the Vestland Central Bank's supervisory board, said the bank must present a new business plan by March.");
    let s = reported(&d, "The Vestland Central Bank, which supervises Tarvobank directly, said the bank would be viable once the capital was injected", "Vestland Central Bank");
    assert!(about(&d, &s).iter().any(|a| a == "Tarvobank"), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| m.of.is_some_and(|o| party(&d, o) == "Tarvobank")), "{}", dump(&d));
    // (with no bank named in one word, a central bank is still "the bank")
    let d = doc("Rates\n\nThe Vestland Central Bank raised rates on Tuesday. Its governor, Ann Rook, said the bank would act again if prices kept rising. Economist Tom Lake said the bank had moved too late.");
    let s = reported(&d, "Economist Tom Lake said the bank had moved too late", "Tom Lake");
    assert!(about(&d, &s).iter().any(|a| a == "Vestland Central Bank"), "{}", dump(&d));
}

#[test]
fn the_government_that_should_act_in_a_story_of_several_states_is_the_one_named_most() {
    // ("its chief executive said the Government should focus on …" in a Dublin story that names
    // the United States and the EU beside Ireland kept "the Government" as written: no state
    // was dominant and there was no dateline)
    let d = doc("Labels\n\nIreland has delayed health labels. Ireland feared trouble with the United States, and the United States raised the labels with the European Union. Ireland will review the plan next year.\n\nTara Quinn, chief executive of the Brewers' Guild, said the Government should focus on supermarket prices instead.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Tara Quinn" && m.of.map(|p| party(&d, p)).as_deref() == Some("Ireland")), "{}", dump(&d));
    // (not outside a reported clause)
    let d = doc("Labels\n\nIreland has delayed health labels. Ireland feared trouble with the United States, and the United States raised the labels with the European Union. Ireland will review the plan next year.\n\nUnder the plan, the Government should review prices by May.");
    assert!(d.demands.iter().all(|m| m.of.map(|p| party(&d, p)).as_deref() != Some("Ireland")), "{}", dump(&d));
}

#[test]
fn country_adjectives_and_one_common_noun_that_speak_name_a_company() {
    // ("British American Tobacco said …" made a person "Tobacco")
    let d = doc("Ban\n\nBritish American Tobacco said the ban would fuel the black market.");
    assert!(d.entities.iter().any(|e| e.name == "British American Tobacco" && e.kind == EntityKind::Organization), "{}", dump(&d));
    let d = doc("Ban\n\nA spokesperson for Dutch Pacific Shipping said the ban would fuel smuggling.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person), "{}", dump(&d));
    // (not a place a list knows, nor a word that does not speak)
    let d = doc("Piracy\n\nShips in the Indian Ocean said they had seen the skiffs. Hackers defaced Danish Web sites.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Organization), "{}", dump(&d));
}

#[test]
fn a_name_which_takes_up_and_that_speaks_after_the_aside_is_a_body() {
    // ("Responsible Wagering Australia, which represents the big online bookmakers, says …"
    // gave neither entity nor statement)
    let d = doc("Ads\n\nFair Odds Victoria, which represents the big online bookmakers, says the ban goes too far.");
    assert!(d.entities.iter().any(|e| e.name == "Fair Odds Victoria" && e.kind == EntityKind::Organization), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Fair Odds Victoria")), "{}", dump(&d));
    // (a sentence's "The" is no part of it; a person's "who" is no body)
    let d = doc("Strike\n\nThe Harbour Transit Workers Union, which represents drivers, said the strike would go ahead.");
    assert!(d.entities.iter().any(|e| e.name == "Harbour Transit Workers Union"), "{}", dump(&d));
}

#[test]
fn a_trailing_it_added_is_the_body_that_spoke_the_sentence_before() {
    // ("… as branches of Huron National, and depositors will have full access to their money, the
    // FDIC said. The deposit insurance fund is expected to bear a loss …, it added." gave the
    // second sentence to the bank named first in what the FDIC said)
    let d = doc("Bank closed\n\nTarvo Bank was closed on Friday. Its branches will reopen on Monday as branches of Kestrel Bank, and savers will keep their money, the Deposit Guarantee Fund said. The fund is expected to bear a loss of about $90 million, it added.");
    reported(&d, "The fund is expected to bear a loss of about $90 million, it added", "Deposit Guarantee Fund");
}

#[test]
fn it_said_after_an_unnamed_body_that_spoke_is_that_body() {
    // ("The Berlin public prosecutor's office said …. It said laptops … had been seized" gave the
    // second statement to Germany, the state of the capital named in the body's words)
    let d = doc("Raids\n\nPolice searched the homes of two reporters in Oslo on Thursday. The Oslo public prosecutor's office said the reporters were not suspects. It said laptops had been seized under a court order.");
    reported(&d, "It said laptops had been seized under a court order", "The Oslo public prosecutor's office");
}

#[test]
fn a_body_named_for_its_cause_with_of_the_is_one_name() {
    // ("The Freedom of the Press Foundation said …" made "Press Foundation": the run of
    // capitals stopped at "of the" after a word that is no organisation's head)
    let d = doc("Leak\n\nThe Liberty of the Airwaves Foundation said the charges should be dropped. Later, the Liberty of the Airwaves Foundation urged Congress to act.");
    assert!(d.entities.iter().any(|e| e.name == "Liberty of the Airwaves Foundation"), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.name == "Airwaves Foundation" || e.name == "Liberty"), "{}", dump(&d));
    // (a title before "of the" stays a title: "the Head of the Quarnby Foundation")
    let d = doc("Leak\n\nJane Roe, the Director of the Quarnby Foundation, said the charges should be dropped.");
    assert!(!d.entities.iter().any(|e| e.name.starts_with("Director")), "{}", dump(&d));
}

#[test]
fn a_membership_body_of_plural_members_in_a_country_is_one_name() {
    // ("The Association of Banks in Lebanon said …" was cut at "in": "Association of Banks"
    // and the country apart)
    let d = doc("Deposits\n\nThe Association of Lenders in Portugal said the law placed an unfair burden on banks.");
    assert!(d.entities.iter().any(|e| e.name == "Association of Lenders in Portugal"), "{}", dump(&d));
    // (a body of another head keeps the country apart: "the Chamber of Deputies in Brazil")
    let d = doc("Vote\n\nThe Chamber of Deputies in Brazil approved the law on Monday.");
    assert!(!d.entities.iter().any(|e| e.name.contains("in Brazil")), "{}", dump(&d));
}

#[test]
fn a_national_legislature_known_by_a_one_word_name_is_an_organisation() {
    // ("The Diet must now do its job" and "should be decided by the Diet" named no one: the
    // one-word names national legislatures go by in English news — the Diet, the Sejm — were no
    // entities, so statements about them and demands of them lost their actor)
    let d = doc("Pensions\n\nJapan plans to raise the pension age. Hana Mori, a lawyer in Kobe, said the Diet must vote on the plan before March.");
    assert!(d.entities.iter().any(|e| e.name == "Diet"), "{}", dump(&d));
    let s = reported(&d, "Hana Mori, a lawyer in Kobe, said the Diet must vote on the plan before March", "Hana Mori");
    assert!(about(&d, &s).iter().any(|a| a == "Diet"), "{}", dump(&d));
    let d = doc("Pensions\n\nThe Sejm voted on Friday to lower the retirement age. Piotr Nowak, an economist in Krakow, said the cost would be high.");
    assert!(d.entities.iter().any(|e| e.name == "Sejm"), "{}", dump(&d));
}

#[test]
fn she_said_after_a_woman_whose_first_name_is_given_to_both_sexes_is_hers() {
    // ("Alexis X, president of …, told Reuters that … / "…," she said." went to a woman named
    // paragraphs before: the first name was listed as a man's, though in American news it is
    // mostly a woman's)
    let d = doc("Clinics\n\nGovernor Mary Stone said on Monday that the state would keep its clinics open.\n\nAlexis Brandt, president of the Women's Health Network, told reporters that the ruling would frighten doctors.\n\n\"This is what we feared all along,\" she said.");
    quote(&d, "This is what we feared all along,", "Alexis Brandt");
}

#[test]
fn a_bodys_name_ending_in_a_title_and_a_continent_is_no_person() {
    // ("Critics, including the rights group Water Justice Africa, say …" made a person
    // "Africa" who held the office "Water Justice" and said the report: "Justice" is a title,
    // and the continent after it was taken as its holder's surname)
    let d = doc("Dams\n\nCritics, including the rights group Water Justice Asia, say the talks ignored farmers.");
    assert!(d.entities.iter().any(|e| e.name == "Water Justice Asia"), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.name == "Asia" && e.kind == EntityKind::Person), "{}", dump(&d));
    assert!(d.roles.is_empty(), "{}", dump(&d));
    // (a title before a person's name stays one: "Justice Mary Stone said")
    let d = doc("Ruling\n\nJustice Mary Stone said the law was void.");
    reported(&d, "Justice Mary Stone said the law was void", "Mary Stone");
}

#[test]
fn a_document_published_by_a_body_speaks_for_the_body() {
    // ("The report, published on Tuesday by the Care Quality Commission, found that …" had the
    // phrase itself as its unnamed source: "a report by X" gave X, the participle did not)
    let d = doc("Audit\n\nThe review, published on Monday by the Fiscal Standards Office, found that the scheme had wasted millions.");
    reported(&d, "The review, published on Monday by the Fiscal Standards Office, found that the scheme had wasted millions", "Fiscal Standards Office");
    // (a participle of another sense is no author: "The report, delayed by the union, found")
    let d = doc("Audit\n\nThe review, delayed by the Teachers Union, found that the scheme had wasted millions.");
    assert!(!d.statements.iter().any(|s| who(&d, s).iter().any(|w| w == "Teachers Union")), "{}", dump(&d));
}

#[test]
fn a_study_published_somewhere_is_no_cue_of_its_own() {
    // ("A study published in The Lancet found that …" gave the statement the cue "published"
    // and the text from "in The Lancet" on: the participle describes the study; "found" is
    // the cue)
    let d = doc("Drug\n\nA study published in a medical journal found that the drug cut deaths by a third.");
    assert!(d.statements.iter().any(|s| s.cue == "found"), "{}", dump(&d));
    assert!(!d.statements.iter().any(|s| s.cue == "published"), "{}", dump(&d));
    // (a body that publishes still speaks: "The Health Ministry published a report that found …")
    let d = doc("Drug\n\nThe Health Ministry published a report that found the drug was safe.");
    assert!(d.statements.iter().any(|s| who(&d, s).iter().any(|w| w == "Health Ministry")), "{}", dump(&d));
}

#[test]
fn a_name_in_commas_after_a_kind_of_body_is_that_body() {
    // ("Germany's steel industry association, WV Stahl, welcomed the move" named no body: the
    // speaker was the description as written, and "its president" was the country's)
    let d = doc("Steel\n\nVexmoor's steel industry association, QX Stahlbund, welcomed the move. \"Our members cannot compete,\" its president, Gunnar Weiss, said.");
    assert!(d.entities.iter().any(|e| e.name == "QX Stahlbund" && e.kind == EntityKind::Organization), "{}", dump(&d));
    reported(&d, "Vexmoor's steel industry association, QX Stahlbund, welcomed the move", "QX Stahlbund");
    let d = doc("Farms\n\nThe country's largest farm federation, Agrivex, warned that prices would rise.");
    assert!(d.entities.iter().any(|e| e.name == "Agrivex" && e.kind == EntityKind::Organization), "{}", dump(&d));
    // (a person named in full there stays a person: "the union, Jane Roe, and …")
    let d = doc("Farms\n\nThe farm federation, Jane Roe, and two ministers met on Monday.");
    assert!(d.entities.iter().any(|e| e.name == "Jane Roe" && e.kind == EntityKind::Person), "{}", dump(&d));
}

#[test]
fn an_apology_demanded_from_a_description_named_in_commas_is_demanded_of_the_person() {
    // ("The minister demanded an apology from its chairman, Anil Mehta, and …" had no
    // addressee: "its chairman" resolves to no one, and the name after it was not read)
    let d = doc("Rail\n\nTransport Minister Suresh Patil wrote to the rail board and demanded an apology from its chairman, Ravi Kumar.");
    demand(&d, "Suresh Patil", Some("Ravi Kumar"), "an apology from its chairman, Ravi Kumar", DemandKind::Demand);
    // (a description not named in commas stays unaddressed: "from its chairman over the delays")
    let d = doc("Rail\n\nTransport Minister Suresh Patil wrote to the rail board and demanded an apology from its chairman over the delays.");
    assert!(d.demands.iter().all(|m| m.of.is_none()), "{}", dump(&d));
}

#[test]
fn the_government_that_must_act_in_a_reported_clause_is_what_the_statement_is_about() {
    // ("Generation Rent … said the Government must also act on rising rents" asked the state but
    // left it out of what the statement is about, as set 51's convention has it in)
    let d = doc("Rents\n\nWELLINGTON - Rents in New Zealand rose again, New Zealand's statistics office said. Prices in Auckland and Wellington led the rise.\n\nThe Tenants Union of Halden said the government must cap rent increases at inflation.");
    let s = reported(&d, "The Tenants Union of Halden said the government must cap rent increases at inflation", "Tenants Union of Halden");
    assert!(about(&d, &s).iter().any(|a| a == "New Zealand"), "{}", dump(&d));
    // (not a minister's own government: "the government must …" said by the state's minister)
    let d = doc("Rents\n\nWELLINGTON - Rents in New Zealand rose again, New Zealand's statistics office said. Prices in Auckland and Wellington led the rise.\n\nNew Zealand's housing minister, Jane Roe, said the government must cap rent increases at inflation.");
    let s = reported(&d, "New Zealand's housing minister, Jane Roe, said the government must cap rent increases at inflation", "Jane Roe");
    assert!(!about(&d, &s).iter().any(|a| a == "New Zealand"), "{}", dump(&d));
    // (and "should", as the golds of sets 51 on have it: "the government should …")
    let d = doc("Rents\n\nWELLINGTON - Rents in New Zealand rose again, New Zealand's statistics office said. Prices in Auckland and Wellington led the rise.\n\nThe Tenants Union of Halden said the government should cap rent increases at inflation.");
    let s = reported(&d, "The Tenants Union of Halden said the government should cap rent increases at inflation", "Tenants Union of Halden");
    assert!(about(&d, &s).iter().any(|a| a == "New Zealand"), "{}", dump(&d));
}

#[test]
fn a_museum_is_a_body_and_the_museum_takes_it_up() {
    // ("The Metropolitan Museum of Art said …" made a person of the museum, and "Turkey had
    // asked the museum to return a statue" addressed no one: "Museum" was no word for a body,
    // so a museum's name with "of" in it read as a person's)
    let d = doc("Statues\n\nThe Vexmoor Museum of Fine Arts said on Monday that it would study the claim. Peru said it had asked the museum to return two stone statues.");
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name == "Vexmoor Museum of Fine Arts"), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person), "{}", dump(&d));
    reported(&d, "The Vexmoor Museum of Fine Arts said on Monday that it would study the claim", "Vexmoor Museum of Fine Arts");
    let m = d.demands.iter().find(|m| d.slice(m.what) == "return two stone statues").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(party(&d, m.by), "Peru", "{}", dump(&d));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("Vexmoor Museum of Fine Arts"), "{}", dump(&d));
}

#[test]
fn a_ministry_of_a_field_in_ism_and_another_field_is_one_body() {
    // ("the Ministry of Tourism and Antiquities announced …" gave a body "Ministry of Tourism"
    // and a person "Antiquities": a field in "-ism" is no word of the common list, so the
    // name was parted at the "and")
    let d = doc("Statue\n\nThe Ministry of Tourism and Heritage said on Friday that the statue had been returned. It said the museum would reopen in May.");
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name == "Ministry of Tourism and Heritage"), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person), "{}", dump(&d));
    reported(&d, "The Ministry of Tourism and Heritage said on Friday that the statue had been returned", "Ministry of Tourism and Heritage");
}

#[test]
fn museums_opening_a_quoted_sentence_is_no_body() {
    // ("Museums in Europe should send back what was taken from us," he said: once "Museums"
    // was a word for a body, the plural that opens the sentence made an organisation
    // "Museums"; only the singular "Museum" heads a body's name)
    let d = doc("Statues\n\nJohn Hale, a former minister, spoke on Friday. \"Museums in Europe should send back what they took,\" he said.");
    assert!(!d.entities.iter().any(|e| e.name == "Museums"), "{}", dump(&d));
    quote(&d, "Museums in Europe should send back what they took,", "John Hale");
}

#[test]
fn the_vice_chancellor_of_a_university_named_before_the_name_is_a_role() {
    // ("The Vice-Chancellor of the University of X, Jane Roe, said …" gave no role: the head of
    // a British or Commonwealth university, and Germany's or Austria's deputy head of
    // government, hold a vice-chancellor's office)
    let d = doc("Bronzes\n\nThe Vice-Chancellor of the University of Vexmoor, Jane Roe, said in a statement that the university was proud to return the bronzes.");
    let r = role(&d, "Jane Roe", "Vice-Chancellor");
    assert_eq!(role_of(&d, r).as_deref(), Some("University of Vexmoor"), "{}", dump(&d));
}

#[test]
fn those_who_want_something_are_the_subject_of_a_reported_clause_not_a_speaker() {
    // ("He said those who wanted to come home should first ask for forgiveness": "wanted" after
    // "those who" named a class of people, and took the statement from the one who said it)
    let d = doc("Strike\n\nGovernor Mark Diaz said at a meeting in the capital that the strikers had broken the law. He said those who wanted to return to work should first apologise to the board.");
    reported(&d, "He said those who wanted to return to work should first apologise to the board", "Mark Diaz");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("those")), "{}", dump(&d));
}

#[test]
fn the_shadow_holder_of_an_office_named_before_her_name_is_not_its_holder() {
    // ("Foreign Secretary X said … . The shadow foreign secretary, Y, said … . “…,” she said."
    // went to X: "The shadow foreign secretary" was read as the office's holder named before)
    let d = doc("Policy\n\nHome Secretary Laura Finch said the plan would go ahead.\n\nThe shadow home secretary, Nadia Rahman, said the plan was wrong.\n\n\"This is a stunt, not a policy,\" she said.");
    quote(&d, "This is a stunt, not a policy,", "Nadia Rahman");
}

#[test]
fn the_city_a_speaker_said_something_from_is_not_what_it_is_about() {
    // ("X, who was expelled to …, said from Miami that the decision changed nothing for him":
    // where the speaker spoke from, as "told reporters in Madrid", is no topic)
    let d = doc("Exile\n\nPedro Lazo, who was jailed for a year before he was expelled, said from Miami that the ruling changed nothing for him.");
    let s = reported(&d, "Pedro Lazo, who was jailed for a year before he was expelled, said from Miami that the ruling changed nothing for him", "Pedro Lazo");
    assert!(!about(&d, &s).contains(&"Miami".to_string()), "{}", dump(&d));
}

#[test]
fn she_said_after_a_woman_called_rosario_is_hers() {
    // ("co-presidents Daniel X and Rosario Y … . Y, speaking on state television, said … . She
    // said …" went to a woman named before: Rosario was listed as a man's name, though in
    // Spanish-language news it is mostly a woman's, as it is a man's in Italian)
    let d = doc("Decree\n\nThe writer Ana Belo said the decree was cruel.\n\nRosario Vega, the vice-president, said on state television that the exiles had betrayed the country. She said the country owed nothing to people who \"applaud sanctions against their own people.\"");
    quote(&d, "applaud sanctions against their own people.", "Rosario Vega");
}

#[test]
fn another_or_exiled_before_an_appositive_title_and_who_remains_hold_the_role() {
    // ("Mu Sochua, another exiled opposition leader, said …", "Sam Rainsy, the exiled
    // co-founder of the opposition party …", "Hun Sen, who remains president of the Senate,
    // said …" gave no role: "another" and "exiled" stood between the comma and the title, and
    // "who remains" was not read as "who is")
    let d = doc("Vote\n\nAna Cruz, another former opposition leader, said the vote was rigged. Juan Ruiz, who remains president of the Senate, said the vote was fair. Sam Tor, the exiled co-founder of the Liberty Party, said the vote was rigged. Eva Lind, another exiled opposition leader, agreed.");
    let r = role(&d, "Ana Cruz", "opposition leader");
    assert!(r.former, "{}", dump(&d));
    assert_eq!(role_of(&d, role(&d, "Juan Ruiz", "president")).as_deref(), Some("Senate"));
    assert_eq!(role_of(&d, role(&d, "Sam Tor", "co-founder")).as_deref(), Some("Liberty Party"));
    role(&d, "Eva Lind", "opposition leader");
}

#[test]
fn a_ruler_named_before_his_name_holds_the_role_of_his_state() {
    // ("Belarusian ruler Alexander Lukashenko on Thursday signed a law …" gave no role: "ruler",
    // as news calls an autocrat or a junta's head, was no title)
    let d = doc("Rulers\n\nBelarusian ruler Alexander Lukashenko said the vote was fair. Myanmar's military ruler Min Aung Hlaing said the vote was fair.");
    assert_eq!(role_of(&d, role(&d, "Alexander Lukashenko", "ruler")).as_deref(), Some("Belarus"));
    assert_eq!(role_of(&d, role(&d, "Min Aung Hlaing", "military ruler")).as_deref(), Some("Myanmar"));
}

#[test]
fn a_given_name_no_list_holds_before_a_surname_the_article_names_alone_is_one_person() {
    // ("Police detained Chidi Nwosu last week. … Nwosu denies the charges." gave only a person
    // "Nwosu": the given name is in no list, and the learned tagger left the two words alone)
    let d = doc("Arrest\n\nPolice detained Obinna Okwuosa last week. Okwuosa denies the charges.");
    assert!(d.entities.iter().any(|e| e.name == "Obinna Okwuosa" && e.kind == EntityKind::Person), "{}", dump(&d));
    assert_eq!(d.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 1, "{}", dump(&d));
    // (not a common word before the surname: "Police detained Okwuosa Monday" is no name;
    // nor a word of a longer run of capitals)
    let d = doc("Arrest\n\nOfficials at Lagos Okwuosa Hospital said the patient was stable. Okwuosa said he was fine.");
    assert!(!d.entities.iter().any(|e| e.name == "Lagos Okwuosa" || e.name == "Hospital Okwuosa"), "{}", dump(&d));
}

#[test]
fn its_title_after_a_sentence_opening_with_the_company_is_of_that_company() {
    // ("In a statement, Fromagerie X said …. The company said it had stopped all production. Its
    // president, Y, told … the company would reopen only if …": "Its" found no body named in
    // the sentence before, which took the company up as "The company", so the role had no
    // owner and the condition went to the president rather than his company)
    let d = doc("Recall\n\nIn a statement, Brakwell Dairies said it was sorry for the illnesses. The company said it had stopped all production at the plant.\n\nIts president, Tomas Berrow, told Radio Vexmoor the company would reopen only if the Vexmoor Food Agency confirmed the plant was clean.");
    let r = role(&d, "Tomas Berrow", "president");
    assert_eq!(role_of(&d, r).as_deref(), Some("Brakwell Dairies"), "{}", dump(&d));
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Brakwell Dairies" && d.slice(m.what).contains("confirmed the plant was clean")), "{}", dump(&d));
}

#[test]
fn urged_the_federal_government_to_asks_the_state_as_the_government_does() {
    // ("Choice chief executive X urged the federal government to create a dedicated ombudsman
    // …" asked "the federal government" as written, no actor: the level a state's government
    // governs at names it as "urged the government to …" does)
    let d = doc("Cars\n\nCarmakers in Australia face a new inquiry over faulty gearboxes. Drivers across Australia have complained for years.\n\nJane Roe, chief executive of the consumer group Fair Deal, urged the federal government to create an ombudsman for car owners.");
    demand(&d, "Jane Roe", Some("Australia"), "create an ombudsman for car owners", DemandKind::Appeal);
    // (a government named by its state stays that state's: "urged the federal government of
    // Brazil to …" is no concern of this rule, and "the federal government said" asks nothing)
    let d = doc("Cars\n\nCarmakers in Australia face a new inquiry. Drivers across Australia have complained for years.\n\nThe federal government said it would study the complaints.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn the_company_in_a_public_bodys_words_is_the_company_spoken_of() {
    // ("The ACCC alleges Solano Motors told owners …. It says the company refused refunds" and
    // "ACCC chair X said the regulator would seek orders that the company compensate …" were
    // about no one: a speaker who heads any organisation was taken to speak for "the company";
    // a public body, which no story calls "the company", and its officers speak of it)
    let d = doc("Gearboxes\n\nThe Consumer Protection Commission is suing Brakwell Motors over faulty gearboxes. Commission chair Jane Roe said the regulator would ask the court to order that the company compensate owners.");
    let s = reported(&d, "Commission chair Jane Roe said the regulator would ask the court to order that the company compensate owners", "Jane Roe");
    assert!(about(&d, &s).iter().any(|a| a == "Brakwell Motors"), "{}", dump(&d));
    // (a company's own officer still speaks for it: no topic)
    let d = doc("Gearboxes\n\nThe Consumer Protection Commission is suing Brakwell Motors over faulty gearboxes. Brakwell Motors chief executive Tom Varga said the company would defend the case.");
    let s = reported(&d, "Brakwell Motors chief executive Tom Varga said the company would defend the case", "Tom Varga");
    assert!(!about(&d, &s).iter().any(|a| a == "Brakwell Motors"), "{}", dump(&d));
}

#[test]
fn a_foundation_named_in_its_own_language_is_an_organisation() {
    // ("a Dutch foundation, Stichting Brake Claim, filed a collective action …" named no one:
    // the Dutch and German words for a foundation, which open or close a body's name, make it
    // an organisation, as "Instituto" does)
    let d = doc("Claim\n\nA Dutch foundation, Stichting Car Justice, filed a collective action against the carmaker on Wednesday.");
    assert!(d.entities.iter().any(|e| e.name == "Stichting Car Justice" && e.kind == EntityKind::Organization), "{}", dump(&d));
    let d = doc("Report\n\nThe Halder Stiftung said the fishing ban had failed.");
    assert!(d.entities.iter().any(|e| e.name == "Halder Stiftung" && e.kind == EntityKind::Organization), "{}", dump(&d));
}

#[test]
fn barrister_before_a_name_is_a_style_not_part_of_it() {
    // ("PTI Chairman Barrister X said …" gave no person at all, and the quote after it went to
    // the party: "Barrister" is a lawyer's style that South Asian papers write before the name
    // as "Dr" or "Alhaji", and it sat between the title and the name)
    let d = doc("Budget\n\nThe opposition criticised the budget on Monday. NDP Chairman Barrister Omar Riaz Qureshi said the government should resign.");
    assert!(d.entities.iter().any(|e| e.name == "Omar Riaz Qureshi" && e.kind == EntityKind::Person), "{}", dump(&d));
    reported(&d, "NDP Chairman Barrister Omar Riaz Qureshi said the government should resign", "Omar Riaz Qureshi");
    // (a barrister described by the noun keeps the noun: "the barrister Jane Roe")
    let d = doc("Trial\n\nThe barrister Jane Roe said the charges should be dropped.");
    assert!(d.entities.iter().any(|e| e.name == "Jane Roe"), "{}", dump(&d));
}

#[test]
fn a_one_word_name_used_alone_for_one_person_stays_theirs_when_another_has_it_as_surname() {
    // ("Finance Minister Ahmed Shide said … / "…," Ahmed told …" and then "Prime Minister Abiy
    // Ahmed's government …": the next "Ahmed said" went to the prime minister by his surname,
    // though the story had already used the word alone for the minister)
    let d = doc("Talks\n\nFinance Minister Tesfaye Bekele said the offer was final.\n\n\"We will not pay more,\" Tesfaye told reporters.\n\nThe fund approved a loan after Prime Minister Dawit Tesfaye's government floated the currency.\n\nTesfaye said the door remained open.");
    reported(&d, "Tesfaye said the door remained open", "Tesfaye Bekele");
    // (a surname alone, used for no one before, is still the surname's: "Roe" after "Jane Roe")
    let d = doc("Talks\n\nJohn Doe said the offer was final. Later Jane Roe spoke.\n\nRoe said the door remained open.");
    reported(&d, "Roe said the door remained open", "Jane Roe");
}

#[test]
fn the_government_a_condition_asks_is_the_state_its_main_clause_names_not_the_datelines() {
    let d = doc("Court jails gunman\n\nHANOI, May 2 (Reuters) - A court in Vietnam on Monday jailed a man for attacking an exiled activist in Hanoi.\n\nJane Roe, an exiled opposition leader, said exiles would return to Laos only if the government released political prisoners.");
    demand(&d, "Jane Roe", Some("Laos"), "released political prisoners", DemandKind::Condition);
}

#[test]
fn the_outlet_told_before_that_sets_no_condition() {
    let d = doc("Auction\n\nMexico protested the sale of the artefacts. Maison Dufresne said the objects were sold legally.\n\nIts lawyer, Paul Girard, told AFP that the auction house would withdraw the lots only if Mexico could prove that they had been exported illegally.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("could prove")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_ne!(party(&d, m.by), "AFP", "{}", dump(&d));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("Mexico"), "{}", dump(&d));
}

#[test]
fn a_number_of_times_between_the_one_asked_and_to_is_passed_over() {
    let d = doc("Extradition\n\nAlgeria has asked France at least nine times to extradite the former official.");
    demand(&d, "Algeria", Some("France"), "extradite the former official", DemandKind::Appeal);
}

#[test]
fn the_government_that_had_or_needed_to_act_in_a_reported_clause_is_what_the_statement_is_about() {
    // ("X, a professor of health policy, said the government had to separate …", "senator X
    // said the government needed to decide …": as plain an obligation as "must", and the state
    // was left out of what the statement is about)
    let d = doc("Rents\n\nWELLINGTON - Rents in New Zealand rose again, New Zealand's statistics office said. Prices in Auckland and Wellington led the rise.\n\nThe Tenants Union of Halden said the government needed to cap rent increases at inflation.");
    let s = reported(&d, "The Tenants Union of Halden said the government needed to cap rent increases at inflation", "Tenants Union of Halden");
    assert!(about(&d, &s).iter().any(|a| a == "New Zealand"), "{}", dump(&d));
    let d = doc("Rents\n\nWELLINGTON - Rents in New Zealand rose again, New Zealand's statistics office said. Prices in Auckland and Wellington led the rise.\n\nThe Tenants Union of Halden said the government had to cap rent increases at inflation.");
    let s = reported(&d, "The Tenants Union of Halden said the government had to cap rent increases at inflation", "Tenants Union of Halden");
    assert!(about(&d, &s).iter().any(|a| a == "New Zealand"), "{}", dump(&d));
    // (not a minister's own government: "the government had to weigh …" said by the state's minister)
    let d = doc("Rents\n\nWELLINGTON - Rents in New Zealand rose again, New Zealand's statistics office said. Prices in Auckland and Wellington led the rise.\n\nNew Zealand's housing minister, Jane Roe, said the government had to weigh every cost.");
    let s = reported(&d, "New Zealand's housing minister, Jane Roe, said the government had to weigh every cost", "Jane Roe");
    assert!(!about(&d, &s).iter().any(|a| a == "New Zealand"), "{}", dump(&d));
}

#[test]
fn a_known_bodys_branch_named_by_its_country_before_any_speech_verb_is_the_branch() {
    // ("Amnesty International Nigeria described it as …" gave the statement to Nigeria: the
    // branch's name was kept whole only before "said", "urged" and a few other verbs)
    let d = doc("Rights\n\nAmnesty International Nigeria described the arrest as an attack on the press.");
    reported(&d, "Amnesty International Nigeria described the arrest as an attack on the press", "Amnesty International Nigeria");
    // (and a continent's branch: "Human Rights Watch Asia said")
    let d = doc("Rights\n\nHuman Rights Watch Asia said the law was vague.");
    reported(&d, "Human Rights Watch Asia said the law was vague", "Human Rights Watch Asia");
}

#[test]
fn a_centre_named_before_a_one_word_name_is_a_body() {
    // ("The human rights center Viasna said …" made a person of the centre's name, as "the
    // rights group X" does not: "center" and "centre" were no nouns for a kind of body)
    let d = doc("Arrests\n\nThe human rights center Quarnvia said 30 people were detained. The research centre Vexlab said the figure was higher.");
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name == "Quarnvia"), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name == "Vexlab"), "{}", dump(&d));
    reported(&d, "Quarnvia said 30 people were detained", "Quarnvia");
}

#[test]
fn a_compass_word_and_a_peoples_adjective_after_of_are_the_field_of_the_body() {
    // ("the Edo Museum of West African Art" was parted after "West", a town of the gazetteer,
    // and its tail "African Art" made a person: a people's adjective opens no person's name)
    let d = doc("Loans\n\nThe Quarnby Museum of West African Art said the loan was welcome. The Gallery of East Asian Art said the loan was late.");
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name == "Quarnby Museum of West African Art"), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name == "Gallery of East Asian Art"), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person), "{}", dump(&d));
}

#[test]
fn a_cue_in_a_relative_aside_on_the_subject_is_not_the_cue_of_its_statement() {
    // ("The Legacy Restoration Trust, which had planned to build the Edo Museum …, said the
    // project was now on hold" had the cue "planned" and the museum as what it was about)
    let d = doc("Museum\n\nThe Vexmoor Trust, which had planned to build the Quarnby Museum of Art, said the project was now on hold.");
    let s = reported(&d, "The Vexmoor Trust, which had planned to build the Quarnby Museum of Art, said the project was now on hold", "Vexmoor Trust");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn a_speaker_whose_pashto_or_spanish_first_name_was_unlisted_is_a_person() {
    // ("Saifullah X, whose father and two brothers were shot dead …, said …" and "Gimena X-Y of
    // the … said …" named no one: the first names, a Pashto "-ullah" name and the Spanish form
    // of Jimena, were not in the first-name list, so the quotes that followed went to the last
    // person named)
    let d = doc("Raid\n\nHekmatullah Zand, whose two sons were shot dead in 2012, said the inquiry had come too late. Gimena Ortiz-Luna of the Andean Rights Office said the families would keep waiting.");
    reported(&d, "Hekmatullah Zand, whose two sons were shot dead in 2012, said the inquiry had come too late", "Hekmatullah Zand");
    reported(&d, "Gimena Ortiz-Luna of the Andean Rights Office said the families would keep waiting", "Gimena Ortiz-Luna");
}

#[test]
fn the_army_of_a_german_story_is_the_bundeswehr() {
    // ("19 soldiers … would be dismissed from the Bundeswehr", "The Bundeswehr has to protect
    // them" named no one, and "the army must rebuild trust" made a node "German army" of its
    // own: Germany's armed forces go by a name of their own in English news, as its central bank
    // does)
    let d = doc("Recruits\n\nGermany will dismiss 12 soldiers from the Bundeswehr, the German defense ministry said. Hans Vogel, a historian in Hamburg, said the army must rebuild trust.");
    assert!(!d.entities.iter().any(|e| e.name == "German army"), "{}", dump(&d));
    let s = reported(&d, "Germany will dismiss 12 soldiers from the Bundeswehr, the German defense ministry said", "German defense ministry");
    assert!(about(&d, &s).iter().any(|a| a == "Bundeswehr"), "{}", dump(&d));
    let s = reported(&d, "Hans Vogel, a historian in Hamburg, said the army must rebuild trust", "Hans Vogel");
    assert!(about(&d, &s).iter().any(|a| a == "Bundeswehr"), "{}", dump(&d));
}

#[test]
fn the_government_that_should_act_in_a_quote_is_what_the_quote_is_about() {
    // (""The Government should give these men certainty, one way or another," he said." was
    // about no one: the state asked by "the government should" was added to the about of a
    // reported clause only, not of a quote)
    let d = doc("Soldiers\n\nAustralia charged a second soldier on Thursday. Canberra has accepted the report, and Australia will pay the families. \"The Government should give these men certainty, one way or another,\" said Tom Reid, a lawyer in Sydney.");
    let s = quote(&d, "The Government should give these men certainty, one way or another,", "Tom Reid");
    assert!(about(&d, &s).iter().any(|a| a == "Australia"), "{}", dump(&d));
}

#[test]
fn its_lawyer_after_a_body_named_before_is_a_role_as_his_lawyer_is() {
    // ("Its lawyer, X, told AFP …" after an auction house; "Its chief advocate, X, says …" after
    // a campaign group: a body's lawyer, as "his lawyer, X," is a person's)
    let d = doc("Auction\n\nMexico protested the sale of the artefacts. Maison Dufresne said the objects were sold legally.\n\nIts lawyer, Paul Girard, told AFP that the auction house would withdraw the lots.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Paul Girard" && r.head == "lawyer"), "{}", dump(&d));
    let d = doc("Betting\n\nThe Alliance for Fair Play welcomed the plan on Monday.\n\nIts chief advocate, Tom Hallett, says the ban is welcome.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Tom Hallett" && r.head == "advocate"), "{}", dump(&d));
}

#[test]
fn a_field_noun_before_lawyer_opening_the_sentence_or_after_former_is_a_lawyers_role() {
    // ("Media lawyer X said …", "…, former army lawyer X was jailed …": the field the lawyer
    // works in, one noun, as "Constitutional lawyer X" was)
    let d = doc("Raids\n\nPolice searched two newsrooms on Tuesday.\n\nMedia lawyer Anton Keller said the searches would not survive a challenge.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Anton Keller" && r.head == "lawyer"), "{}", dump(&d));
    let d = doc("Leaks\n\nThe case has drawn comparisons with earlier ones. In 2024, former army lawyer Peter Dunmore was jailed for five years.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Peter Dunmore" && r.head == "lawyer"), "{}", dump(&d));
    // (not a party's or a nation's adjective, nor two words of a campaigner's cause)
    let d = doc("Bill\n\nConservative lawyer Anton Keller said the bill was wrong. French lawyer Paul Girard agreed. Human rights lawyer Ruth Amsel, who represents the villagers, said the arrests were unfair.");
    assert!(d.roles.is_empty(), "{}", dump(&d));
}

#[test]
fn a_general_counsel_is_an_office_of_the_body_before_it() {
    // ("Former NSA general counsel X said …", "the firm's general counsel, X,": a body's chief
    // lawyer, an office)
    let d = doc("Leaks\n\nThe contractor was charged on Friday.\n\nFormer NSA general counsel Peter Dunmore said contractors should use the protected channels.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Peter Dunmore" && r.head == "general counsel" && r.of.is_some_and(|o| name(&d, o) == "NSA")), "{}", dump(&d));
}

#[test]
fn an_act_of_asking_closed_by_according_to_a_person_is_that_persons_report() {
    // ("Algeria has asked France at least nine times to extradite him, according to his lawyer,
    // X": the source closing the sentence reports the act; the act's subject did not speak)
    let d = doc("Extradition\n\nPARIS (AP) - Tom Hale, a blogger, lives in exile in France. Oslo has asked Paris at least four times to extradite him, according to his lawyer, Jane Roe.");
    let s = reported(&d, "Oslo has asked Paris at least four times to extradite him", "Jane Roe");
    assert_eq!(s.cue, "according to", "{}", dump(&d));
    let d = doc("Dispute\n\nOslo rejected the offer from the company, according to Jane Roe.");
    reported(&d, "Oslo rejected the offer from the company", "Jane Roe");
    // (not a document as source: the act stays its subject's)
    let d = doc("Dispute\n\nThe ministry rejected the offer from the company, according to a statement released on Monday.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("The ministry") || s.speaker.is_some_and(|e| name(&d, e).contains("inistry"))) || d.statements.iter().all(|s| s.cue != "according to"), "{}", dump(&d));
    // (nor after a verb of saying: "X said …, according to the agency" is X's)
    let d = doc("Talks\n\nJohn Doe said the talks had failed, according to Jane Roe.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("John Doe")), "{}", dump(&d));
}

#[test]
fn a_statement_from_an_office_reports_the_act_of_the_person_the_clause_opens_with() {
    // ("According to a statement from the PM Office, the prime minister directed …": the office
    // carries the act of the one it serves, not words of its own; a quote in the clause is his
    // too, and is about no source the sentence cites)
    let d = doc("Budget\n\nPrime Minister Tom Hale chaired a meeting of the cabinet on Tuesday. According to a statement from the PM Office, the prime minister directed the Finance Division to complete the review \"at the earliest.\"");
    let s = d.statements.iter().find(|s| d.slice(s.text).starts_with("the prime minister directed")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Tom Hale"), "{}", dump(&d));
    let q = quote(&d, "at the earliest.", "Tom Hale");
    assert!(!about(&d, &q).iter().any(|a| a == "PM Office"), "{}", dump(&d));
    // (the clause before the source, too)
    let d = doc("Dam\n\nPresident Tom Hale had instructed the minister to close the mine, according to a statement from the Presidential Communication Office.");
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("had instructed the minister")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Tom Hale"), "{}", dump(&d));
}

#[test]
fn a_plural_compound_of_holders_or_owners_opening_a_sentence_is_no_person() {
    // ("Bondholders argue that …": a kind of people, capitalised only by its place; the phrase
    // speaks unnamed)
    let d = doc("Debt talks\n\nEthiopia made an offer to its bondholders on Monday. Bondholders argue that the offer is too low.");
    assert!(!d.entities.iter().any(|e| e.name == "Bondholders"), "{}", dump(&d));
    let d = doc("Rates\n\nThe bank raised rates again. Homeowners say the rise will hurt families.");
    assert!(!d.entities.iter().any(|e| e.name == "Homeowners"), "{}", dump(&d));
}

#[test]
fn her_before_to_is_the_one_asked() {
    // ("40 MPs signed a letter calling on her to reverse the cuts", "Unions urged her to
    // resign" asked no one: "her" was read only as a possessive, while "him" was resolved)
    let d = doc("Fuel\n\nThe chancellor, Joanna Reid, faces a rebellion. Unions urged her to resign.");
    demand(&d, "Unions", Some("Joanna Reid"), "resign", DemandKind::Appeal);
    let d = doc("Fuel\n\nThe chancellor, Joanna Reid, faces a rebellion. Unions urged her not to cut the payments.");
    assert!(d.demands.iter().any(|m| m.of.is_some_and(|p| party(&d, p) == "Joanna Reid")), "{}", dump(&d));
    // (a possessive stays one: "urged her party to act" asks no person)
    let d = doc("Fuel\n\nThe chancellor, Joanna Reid, faces a rebellion. Unions urged her colleagues to act.");
    assert!(!d.demands.iter().any(|m| m.of.is_some_and(|p| party(&d, p) == "Joanna Reid")), "{}", dump(&d));
}

#[test]
fn an_object_pronoun_right_after_its_verb_is_not_the_clauses_subject() {
    // ("John Smith, the minister, was criticised. Tom Baker accused him of lying." was about
    // no one: "him" went to Tom Baker, the nearest man, who cannot be his own object)
    let d = doc("Fuel\n\nJohn Smith, the minister, was also criticised. Tom Baker accused him of lying to voters.");
    let s = reported(&d, "Tom Baker accused him of lying to voters", "Tom Baker");
    assert_eq!(about(&d, &s), vec!["John Smith".to_string()], "{}", dump(&d));
    // (after "said", the speaker may be meant: "Tom Baker said police had arrested him")
    let d = doc("Fuel\n\nJohn Smith, the minister, was also criticised. Tom Baker said the police had questioned him.");
    let s = reported(&d, "Tom Baker said the police had questioned him", "Tom Baker");
    assert!(!about(&d, &s).iter().any(|a| a == "John Smith"), "{}", dump(&d));
}

#[test]
fn a_companys_name_without_its_trade_word_is_the_company() {
    // ("Shares in Halvorsen Breweries fell … Halvorsen said the cuts would save money" made a
    // person "Halvorsen": a one-word short form joined the company only before words like
    // "Group", not before a trade such as "Breweries" or "Automotive")
    let d = doc("Beer\n\nShares in Quarnholt Breweries fell 6% on Thursday after the brewer said it would cut jobs.\n\nQuarnholt said the cuts would save money.");
    reported(&d, "Quarnholt said the cuts would save money", "Quarnholt Breweries");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person), "{}", dump(&d));
    // (a person of that surname named before keeps it: "Jane Quarnholt … Quarnholt said")
    let d = doc("Beer\n\nShares in Quarnholt Automotive fell after its founder, Jane Quarnholt, stepped down.\n\nQuarnholt said she was proud of the company.");
    reported(&d, "Quarnholt said she was proud of the company", "Jane Quarnholt");
}

#[test]
fn a_formal_request_to_a_state_for_a_thing_is_a_demand_of_that_state() {
    // ("Egypt has submitted a formal request to Germany for the return of …": the noun after an
    // adjective of form, the actor it is addressed to, then what is asked after "for")
    let d = doc("Relics\n\nNorland has submitted a formal request to Austria for the return of the bronze crown, which has been kept in Vienna since 1920.");
    demand(&d, "Norland", Some("Austria"), "the return of the bronze crown", DemandKind::Demand);
    // (a request to no actor asks no one named: "a request to the archive for …" is no demand)
    let d = doc("Relics\n\nThe family sent a request to the archive for copies of the letters.");
    assert!(!d.demands.iter().any(|m| m.of.is_some()), "{}", dump(&d));
}

#[test]
fn a_mission_or_a_chamber_of_commerce_in_a_country_is_one_name() {
    // ("The United Nations Verification Mission in Colombia said …", "The American Chamber of
    // Commerce in Japan urged …" were cut at "in": a mission or a chamber abroad is named for
    // its country)
    let d = doc("Peace\n\nThe court upheld the accord on Monday. The Regional Observer Mission in Peru said the ruling was an important step. The British Chamber of Commerce in Brazil urged lawmakers to act.");
    reported(&d, "The Regional Observer Mission in Peru said the ruling was an important step", "Regional Observer Mission in Peru");
    assert!(d.entities.iter().any(|e| e.name == "British Chamber of Commerce in Brazil"), "{}", dump(&d));
    // (not with no word before "Mission")
    let d = doc("Peace\n\nThe Mission in Peru said the ruling was an important step.");
    assert!(!d.entities.iter().any(|e| e.name == "Mission in Peru"), "{}", dump(&d));
}

#[test]
fn a_group_of_experts_on_a_country_is_one_name() {
    // ("The United Nations Group of Human Rights Experts on Nicaragua said …" was cut before
    // "on": a body of experts is named for the country it watches)
    let d = doc("Report\n\nThe government revoked the licences on Monday. The Regional Group of Legal Experts on Peru said in a report that the revocations were unlawful.");
    reported(&d, "The Regional Group of Legal Experts on Peru said in a report that the revocations were unlawful", "Regional Group of Legal Experts on Peru");
    // (not experts with no group or panel named)
    let d = doc("Report\n\nLegal Experts on Peru said the revocations were unlawful.");
    assert!(!d.entities.iter().any(|e| e.name == "Legal Experts on Peru"), "{}", dump(&d));
}

#[test]
fn with_two_states_named_once_each_the_state_written_in_names_and_adjectives_is_the_home_state() {
    // (a story naming Canada and the UK once each in passing, its own state only inside bodies'
    // names and by its adjective, gave "the government" urged to Canada, the first named)
    let t = "Visas\n\nThe head of Universities Australia told a Senate hearing that waiting times had doubled. Students would go to Canada or the UK instead, she said. The Australian Academy of Science agreed. The Australian Council of Deans urged the government to set a target of 30 days.";
    let d = doc(t);
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("set a target")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("Australia"), "{}", dump(&d));
    // (two states named once each and neither written more: the first named, as before)
    let d = doc("Visas\n\nStudents would go to Canada or the UK instead, she said. The council urged the government to set a target of 30 days.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("set a target")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_ne!(m.of.map(|p| party(&d, p)).as_deref(), Some("Australia"), "{}", dump(&d));
}

#[test]
fn a_noun_for_a_body_before_a_name_makes_it_a_body_before_a_speech_verb() {
    // ("The farmers' lobby LTO Verbond warned that …" made a person: the speech verb after the
    // name made it a speaker's name before the noun for a body before it was looked at)
    let d = doc("Farms\n\nThe farmers' lobby Quarn Verbond warned that faster cuts would force dairy farms to close.");
    let e = d.entities.iter().find(|e| e.name == "Quarn Verbond").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(e.kind, EntityKind::Organization, "{}", dump(&d));
    // (a given name in the run keeps it a person: "the group Jane Tolvan said" is not a body)
    let d = doc("Farms\n\nA spokesman for the group Jane Tolvan said farms would close.");
    assert!(d.entities.iter().any(|e| e.name == "Jane Tolvan" && e.kind == EntityKind::Person), "{}", dump(&d));
}

#[test]
fn a_region_before_a_title_at_a_body_is_the_posts_field() {
    // (", Africa program director at the International Crisis Group," gave no role, and
    // ", Middle East director at Human Rights Watch," a director of the Middle East: a region
    // before the title names the field of the post, the body after "at" is what it is of)
    let d = doc("Talks\n\n\"Both sides need each other,\" said Tolvan Marik, Africa program director at the Quarnel Peace Institute.\n\n\"It is posturing,\" said Jane Quarn, Middle East director at the Vexmoor Rights Watch.");
    let r = role(&d, "Tolvan Marik", "director");
    assert_eq!(role_of(&d, r).as_deref(), Some("Quarnel Peace Institute"), "{}", dump(&d));
    let r = role(&d, "Jane Quarn", "director");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Rights Watch"), "{}", dump(&d));
    // (a country before the title is still what it is of: ", Chile's ambassador at the UN,")
    let d = doc("Talks\n\n\"It is posturing,\" said Jane Quarn, Chile's ambassador at the Vexmoor Forum.");
    let r = role(&d, "Jane Quarn", "ambassador");
    assert_eq!(role_of(&d, r).as_deref(), Some("Chile"), "{}", dump(&d));
}

#[test]
fn a_campaign_named_as_a_call_is_one_body() {
    // ("Protect Our Defenders, an advocacy group for service members, said …" made the speaker
    // "Defenders"; "Stop EACOP, a coalition of …," lost "Stop"; "Free X Now, a campaign for
    // …," was a person: an imperative verb opening a name, with a noun for a body in apposition
    // after it or before it, is part of one body's name)
    let d = doc("Reform\n\nProtect Our Rivers, an advocacy group for anglers, said the ruling was overdue.\n\nStop QPX, a coalition of campaign groups, said the pipeline was risky.\n\nFree Tolvan Now, a campaign for the jailed blogger, said he should be released.");
    reported(&d, "Protect Our Rivers, an advocacy group for anglers, said the ruling was overdue", "Protect Our Rivers");
    reported(&d, "Stop QPX, a coalition of campaign groups, said the pipeline was risky", "Stop QPX");
    reported(&d, "Free Tolvan Now, a campaign for the jailed blogger, said he should be released", "Free Tolvan Now");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person), "{}", dump(&d));
    // (a verb before a name with no body named is not: "Stop Jane Roe" is no campaign's name)
    let d = doc("Reform\n\nStop Tolvan Marik before he wins, said the editorial.");
    assert!(!d.entities.iter().any(|e| e.name.starts_with("Stop")), "{}", dump(&d));
}

#[test]
fn a_leaders_government_asked_is_the_state_the_leader_governs() {
    // ("The United States urged Kurti's government to pull back the units" gave no demand, and
    // "urged the Kurti government to" the phrase as text: the government of a person whose role
    // is of a state is that state)
    let d = doc("Border\n\nMoldova's Prime Minister Tolvan Marik spoke on Monday. The United States urged Marik's government to pull back the units. Germany urged the Marik government to return to talks.");
    demand(&d, "United States", Some("Moldova"), "pull back the units", DemandKind::Appeal);
    demand(&d, "Germany", Some("Moldova"), "return to talks", DemandKind::Appeal);
    // (with no state known for the person, the phrase itself is asked)
    let d = doc("Border\n\nThe United States urged Marik's government to pull back the units.");
    let m = d.demands.iter().find(|m| d.slice(m.what).starts_with("pull back")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("Marik's government"), "{}", dump(&d));
}

#[test]
fn a_lake_or_mountain_word_opening_a_name_makes_a_place() {
    // ("Lake Mead, the largest reservoir …" and "runs Lake Mead and Lake Powell" named no
    // place: only a word for a place ending a name ("Reservoir", "River") made one)
    let d = doc("Drought\n\nThe agency that runs Lake Varnell and Lake Ostrom said on Monday that both were a third full. Climbers on Mount Orlen reported little snow.");
    for n in ["Lake Varnell", "Lake Ostrom", "Mount Orlen"] {
        assert!(d.entities.iter().any(|e| e.name == n && e.kind == EntityKind::Place), "{n}: {}", dump(&d));
    }
    // (not a body named after the lake, nor a given name after the word)
    let d = doc("Drought\n\nThe Lake Varnell Authority said the level had fallen.");
    assert!(!d.entities.iter().any(|e| e.name == "Lake Varnell" && e.kind == EntityKind::Place), "{}", dump(&d));
}

#[test]
fn a_reporter_line_with_name_and_beat_run_together_is_a_credit() {
    // (the Guardian prints "Jane Roe Police and crime correspondent" under the headline with no
    // comma: it made an organisation "Jane Roe Police" that "the police" in a quote resolved to)
    let d = doc("Force to halt camera scans\n\nMarta Quillon Police and crime correspondent\nThu 4 Dec 2026 16.20 GMT\n\nThe force will halt its camera scans, campaigners said. \"The police should not be writing their own rules,\" said Ada Vexley, the director of Open Streets.");
    assert!(!d.entities.iter().any(|e| e.name.contains("Quillon")), "{}", dump(&d));
    quote(&d, "The police should not be writing their own rules,", "Ada Vexley");
    let d = doc("Budget row\n\nTom Harrow Senior political editor\n\nThe chancellor will raise taxes, officials said.");
    assert!(!d.entities.iter().any(|e| e.name.contains("Harrow")), "{}", dump(&d));
    // (not a headline in title case, nor one whose second word has no capital)
    let d = doc("Paper Names Tom Harrow Political Editor\n\nThe Daily Ledger said Tom Harrow would start in May.");
    assert!(d.entities.iter().any(|e| e.name == "Tom Harrow"), "{}", dump(&d));
}

#[test]
fn a_name_ending_in_lab_or_laboratory_is_an_organisation() {
    // ("Researchers at Citizen Lab, a digital security group …, had confirmed …" made a person
    // "Citizen Lab"; "the National Physical Laboratory" was no entity: "Labs" and
    // "Laboratories" were organisation words, the singulars were not)
    let d = doc("Spyware\n\nResearchers at Harbour Lab, a security group at the University of Westmoor, had confirmed the infection. The police said they had tested the software with the National Testing Laboratory.");
    assert!(d.entities.iter().any(|e| e.name == "Harbour Lab" && e.kind == EntityKind::Organization), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.name == "Harbour Lab" && e.kind == EntityKind::Person), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "National Testing Laboratory" && e.kind == EntityKind::Organization), "{}", dump(&d));
}

#[test]
fn a_person_whose_office_and_the_bodys_other_name_stand_in_apposition_speaks() {
    // ("Jane Roe, the president of the Sami parliament, the Samediggi, said …" gave the
    // statement to the body named last: a description closed by a body's name spoke as the
    // body, even when the description was an office in apposition to a person's name)
    let d = doc("Ruling\n\nKari Lindqvist, the president of the Sámi parliament, the Sámediggi, said the ruling was a victory.");
    reported(&d, "Kari Lindqvist, the president of the Sámi parliament, the Sámediggi, said the ruling was a victory", "Kari Lindqvist");
    // (a description with no person before it still gives the body named: "The union's
    // research arm, the Halden Institute, said")
    let d = doc("Ruling\n\nThe court ruled on Monday. The union's research department, the Halden Institute, said the ruling was a victory.");
    let s = d.statements.iter().find(|s| d.slice(s.text).ends_with("said the ruling was a victory")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, s).as_deref(), Some("Halden Institute"), "{}", dump(&d));
}

#[test]
fn a_delivery_platform_whose_name_ends_in_a_verb_is_one_organisation() {
    // ("Uber Eats said couriers were …" went to Uber, "Just Eat said …" to "Eat", and "Delivery
    // Hero, whose shares fell …, said …" named no one: the gig economy's platforms are known
    // names, though their last words read as verbs or common nouns)
    let d = doc("Couriers protest\n\nJust Eat said it would review the fees paid to riders. Uber Eats said drivers were free to turn down any job. Delivery Hero, whose shares rose 4% in Berlin, said the ruling would not change its forecast.");
    reported(&d, "Just Eat said it would review the fees paid to riders", "Just Eat");
    reported(&d, "Uber Eats said drivers were free to turn down any job", "Uber Eats");
    reported(&d, "Delivery Hero, whose shares rose 4% in Berlin, said the ruling would not change its forecast", "Delivery Hero");
    assert!(!d.entities.iter().any(|e| e.name == "Eat"), "{}", dump(&d));
}

#[test]
fn the_company_is_not_the_owner_named_in_a_relative_clause() {
    // ("X, which is owned by Y, said it would appeal. A spokesperson
    // for the company said …": the company is the one that spoke, not its owner named in the
    // clause between commas)
    let d = doc("Fine\n\nWolt, which is owned by DoorDash, said it would appeal against the fine. A spokesperson for the company said it had already changed its contracts.");
    reported(&d, "the company said it had already changed its contracts", "Wolt");
}

#[test]
fn a_speech_verb_in_a_relative_clause_describing_the_speaker_is_no_cue() {
    // ("X, a Montreal lawyer who has argued several language cases, said the ruling was …" gave
    // the statement to "a Montreal lawyer" at "argued": the relative clause after the
    // appositive's noun describes the speaker, and the statement is at "said")
    let d = doc("Signs\n\nMara Quill, a Halden lawyer who has argued several tenancy cases, said the ruling was narrower than it looked.");
    reported(&d, "Mara Quill, a Halden lawyer who has argued several tenancy cases, said the ruling was narrower than it looked", "Mara Quill");
    let d = doc("Signs\n\nTom Fell, a lawyer who has long argued housing appeals, told reporters the ruling was narrow.");
    reported(&d, "Tom Fell, a lawyer who has long argued housing appeals, told reporters the ruling was narrow", "Tom Fell");
    // (a relative clause that ends its sentence still speaks: no "said" of the subject's after it)
    let d = doc("Signs\n\nThe bill was backed by Tom Fell, who argued that it would cut rents.");
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Tom Fell") && d.slice(s.text).contains("cut rents")), "{}", dump(&d));
}

#[test]
fn a_linguist_at_a_university_holds_a_post_there() {
    // ("X, a sociolinguist at the University of Y, said …" gave no role: linguists were missing
    // from the professions that name a post at a body)
    let d = doc("Languages\n\nJane Roe, a sociolinguist at the University of Halden, said the dialect was fading.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Jane Roe" && r.head == "sociolinguist" && r.of.is_some_and(|o| d.entities[o].name == "University of Halden")), "{:?}", d.roles);
    let d = doc("Languages\n\nTom Fell, a linguist with the Halden Institute, said the dialect was fading.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Tom Fell" && r.head == "linguist"), "{:?}", d.roles);
}

#[test]
fn an_outlet_given_an_interview_is_not_the_company() {
    // ("In an interview with the Financial Times, she said … According to the company, the
    // walkout will cost …" gave the statement to the newspaper: an outlet interviewed with is
    // spoken to, as one told or spoken on is)
    let d = doc("Strike\n\nPilots at Quarnel Air walked out on Friday. In an interview with the Vexmoor Times, its chief executive said the airline could not afford the rise.\n\nAccording to the company, the walkout will cost it about 40 million kroner a day.");
    reported(&d, "the walkout will cost it about 40 million kroner a day", "Quarnel Air");
}

#[test]
fn a_bare_noun_and_an_auxiliary_after_said_open_the_clause_said() {
    // ("A passenger said staff had been rude", "A survivor said soldiers had opened fire" gave
    // no statement: after a speaker no name gives, only a capitalised word, a pronoun or a
    // determiner opened the clause said)
    let d = doc("Strike\n\nA passenger said staff had been rude. A survivor said soldiers had opened fire.");
    let s = statement(&d, "A passenger said staff had been rude");
    assert_eq!(s.kind, StatementKind::Reported, "{}", dump(&d));
    statement(&d, "A survivor said soldiers had opened fire");
    // (not a participle read as an adjective: "The latest reported recapture was …")
    let d = doc("War\n\nThe latest reported recapture was the town of Quarnby.");
    assert!(d.statements.is_empty(), "{}", dump(&d));
}

#[test]
fn a_statement_issued_after_a_meeting_is_the_bodys_that_met() {
    // ("X chaired a meeting of the National Security Committee. A statement issued after the
    // meeting said …" had the statement as written: it is the committee's)
    let d = doc("Water\n\nPrime Minister Tolvan Marik chaired a meeting of the Quarnel Defence Council in the evening. A statement issued after the meeting said water was vital for the country.");
    reported(&d, "A statement issued after the meeting said water was vital for the country", "Quarnel Defence Council");
    // (a meeting of no body named: as written)
    let d = doc("Water\n\nThe ministers met in the evening. A statement issued after the meeting said water was vital for the country.");
    assert_eq!(speaker_of(&d, "A statement issued after the meeting said water was vital for the country").as_deref(), Some("A statement issued after the meeting"), "{}", dump(&d));
}

#[test]
fn his_party_that_sets_a_condition_is_the_party_the_speaker_leads() {
    // ("SYRIZA leader X said his party would back a fresh investigation only if it had the power
    // to …" gave the condition to the speaker: "his"/"her" and a plain noun for a body before
    // the modal are the speaker's own body, as "the party" was)
    // (another party and its leader named before: "her party" alone would take that one up)
    let d = doc("Inquiry\n\nAmong those watched was Tom Fell, the leader of the socialist HALP party. Opposition parties have demanded a new inquiry. GREENS leader Mara Quill said her party would back a fresh inquiry only if it had the power to question the minister under oath.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Greens" && d.slice(m.what).contains("power to question the minister")), "{}", dump(&d));
    let d = doc("Inquiry\n\nMara Quill, leader of the Halden Green Party, said her party would back a fresh inquiry only if the ministry released the files.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Halden Green Party" && d.slice(m.what).contains("released the files")), "{}", dump(&d));
    // (a speaker with no role of a body keeps the condition)
    let d = doc("Inquiry\n\nMara Quill said her party would back a fresh inquiry only if the ministry released the files.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Mara Quill" && d.slice(m.what).contains("released the files")), "{}", dump(&d));
}

#[test]
fn a_home_state_after_a_titled_name_is_no_part_of_the_name() {
    // ("US Senator X Y of Alaska said …" made one person "X Y of Alaska": a title chain — an
    // office's owner, then the office — before a name, then "of" and a known place or country,
    // is the holder's home; the place is named on its own)
    let d = doc("Arctic\n\nUS Senator Jane Roe of Alaska said the base would be expanded.");
    reported(&d, "US Senator Jane Roe of Alaska said the base would be expanded", "Jane Roe");
    assert!(!d.entities.iter().any(|e| e.name.contains("of Alaska")), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Alaska"), "{}", dump(&d));
}

#[test]
fn a_bodys_panel_named_with_its_possessive_speaks_for_the_body() {
    // ("The commission's expert panel ordered X to pay …", then "The panel said …" gave the
    // order and the statement to the panel as written: a panel of one body, named with the
    // body's possessive, speaks and asks for that body, and so does "the panel" after it)
    let d = doc("Pay\n\nCouriers will get a new minimum rate under a decision by the Halden Pay Tribunal on Monday.\n\nThe tribunal's wage panel on Monday ordered Fastcart to pay couriers at least $20 an hour.\n\nThe panel said the rate was fair and would not harm the industry.");
    reported(&d, "The panel said the rate was fair and would not harm the industry", "Halden Pay Tribunal");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Halden Pay Tribunal" && d.slice(m.what).starts_with("pay couriers")), "{}", dump(&d));
    let d = doc("Pay\n\nThe Halden Pay Tribunal's appeals panel said the rate was fair.");
    reported(&d, "The Halden Pay Tribunal's appeals panel said the rate was fair", "Halden Pay Tribunal");
    // (a panel named with no body's possessive stays as written)
    let d = doc("Pay\n\nThe Halden Pay Tribunal met on Monday.\n\nAn independent panel said the rate was fair.");
    assert!(d.statements.iter().any(|s| d.slice(s.text).contains("rate was fair") && s.speaker.is_none()), "{}", dump(&d));
}

#[test]
fn a_region_before_a_portfolio_minister_holds_the_office() {
    // ("Karnataka Labour Minister X" made a body "Karnataka Labour" and no place: a state or
    // province the gazetteer knows, then a portfolio of common words, is the office's owner)
    let d = doc("Strike\n\nIn Kochi, the strikers were joined by Kerala Health Minister Jane Roe, who said the law was the strongest in the country.");
    let r = role(&d, "Jane Roe", "Minister");
    assert_eq!(role_of(&d, r).as_deref(), Some("Kerala"), "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.name == "Kerala Health"), "{}", dump(&d));
    let d = doc("Floods\n\nQueensland Water Minister Tom Fell said the dam would be repaired by March.");
    let r = role(&d, "Tom Fell", "Minister");
    assert_eq!(role_of(&d, r).as_deref(), Some("Queensland"), "{}", dump(&d));
}

#[test]
fn lower_case_parliament_is_the_states_not_the_european_parliament() {
    // ("told reporters in the Sejm …", "now a member of the European Parliament …", "He urged
    // parliament to pass a bill …" asked the text "parliament": two legislatures named before,
    // so none was taken; the union's parliament is written by its name or with a capital)
    let d = doc("Spyware\n\nSTOCKHOLM — \"It was a tool against democracy,\" Lena Berg, the committee's chair, told reporters in the Riksdag on Thursday.\n\nAmong those hacked was Per Holm, now a member of the European Parliament.\n\nPrime Minister Ulf Dahl said the findings were damning. He urged parliament to pass a bill on oversight of the secret services.");
    demand(&d, "Ulf Dahl", Some("Riksdag"), "pass a bill on oversight of the secret services", DemandKind::Appeal);
    // (the European Parliament alone named before: still that one)
    let d = doc("Spyware\n\nBRUSSELS — Per Holm, a member of the European Parliament, said the findings were damning. He urged parliament to pass a bill on oversight of the secret services.");
    let m = d.demands.iter().find(|m| d.slice(m.what) == "pass a bill on oversight of the secret services").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(m.of.map(|p| party(&d, p)).as_deref(), Some("European Parliament"), "{}", dump(&d));
}

#[test]
fn a_bare_noun_and_a_modal_before_a_quoted_predicate_keep_the_report() {
    // ('X said ministers must "stand firm" and called for …' kept the quote only: two words of
    // the reporter's own, a bare noun and a modal, say who must do what, as "Norway would" does)
    let d = doc("Strikes\n\nShadow health secretary Tolvan Marik said ministers must \"stand firm\" and called for minimum service levels during strikes.");
    reported(&d, "Shadow health secretary Tolvan Marik said ministers must \"stand firm\"", "Tolvan Marik");
    // (not in a standfirst with no full stop)
    let d = doc("Strikes\n\nReferendum on housing: parties clash\n\nMinister says amendment will 'change nothing overnight' but Opposition accuses Coalition of weak campaign\n\nThe talks ended on Monday.");
    assert!(!d.statements.iter().any(|s| s.kind == StatementKind::Reported && d.slice(s.text).contains("amendment will")), "{}", dump(&d));
}

#[test]
fn a_forecast_with_unless_in_what_a_speaker_reports_is_the_speakers_condition() {
    // ("The ministry said those lessons would stay free unless parents chose …", "said the
    // schools could stay open unless Kyiv decided …", "said it planned a second strike unless
    // …": a forecast or a plan whose subject threatens as no actor does set no condition; the
    // gold gives it to the speaker, and the one the "unless" names is the one asked)
    let d = doc("Schools\n\nVARNA — Lena Dorova, a teachers' union leader, said the schools could stay open unless Sofia decided to merge them.");
    demand(&d, "Lena Dorova", Some("Bulgaria"), "decided to merge them", DemandKind::Condition);
    let d = doc("Couriers\n\nThe Riders Union of Halden said it planned a second strike in March unless the companies agreed to talks.");
    demand(&d, "Riders Union of Halden", None, "the companies agreed to talks", DemandKind::Condition);
    // (a refusal is read as one: "would not sign … unless")
    let d = doc("Talks\n\nAn army spokesman, Col. Tom Reyes, said the delegation had come in good faith but would not sign any deal unless the rebels withdrew from the towns.");
    assert!(!d.demands.iter().any(|m| m.kind == DemandKind::Condition && d.slice(m.what).contains("withdrew")), "{}", dump(&d));
    // (a warning that holds the forecast keeps its own kind: one threat, no condition beside it)
    let d = doc("Tariffs\n\nThe Trade Office said in a statement that the response was unjustified and warned that Washington could widen its tariffs unless Ottawa dropped the counter-measures.");
    assert_eq!(d.demands.iter().filter(|m| d.slice(m.what).contains("dropped")).count(), 1, "{}", dump(&d));
}

#[test]
fn a_capitalised_word_before_lower_case_police_names_a_force_and_its_short_form() {
    // ("The Metropolitan police's use of the cameras …", "the Met's policy", "A Met spokesperson
    // said …": a force named by a capitalised word that is no place before a lower-case
    // "police" was no entity at all, nor was its short form)
    let d = doc("Cameras\n\nThe Quorvalishen police's use of cameras breaks privacy law, campaigners said.\n\nJane Roe, his barrister, said the Quorv's policy gave officers too much discretion.");
    assert!(d.entities.iter().any(|e| e.name == "Quorvalishen police"), "{}", dump(&d));
    let s = statement(&d, "Jane Roe, his barrister, said the Quorv's policy gave officers too much discretion");
    assert!(about(&d, s).contains(&"Quorvalishen police".to_string()), "{}", dump(&d));
    // (a kind of police is no force's name: "a State police firing"; nor a country's adjective)
    let d = doc("Film\n\nThe film shows a State police firing on strikers, the board said. French police said the march was calm.");
    assert!(!d.entities.iter().any(|e| e.name == "State police" || e.name == "French police"), "{}", dump(&d));
    // (nor is a short form before another capitalised word: "the Quorv Office")
    let d = doc("Cameras\n\nThe Quorvalishen police said the march was calm. The Quorv Office said rain was likely.");
    let police = d.entities.iter().position(|e| e.name == "Quorvalishen police");
    assert!(police.is_some_and(|p| d.mentions.iter().filter(|m| m.entity == p).count() == 1), "{}", dump(&d));
}

#[test]
fn the_and_a_river_named_in_full_before_is_the_river_not_the_state() {
    // ("… cutting deliveries from the Colorado River …. The seven states that share the
    // Colorado …" made the second a mention of the US state: "the" and the name of a river
    // the story named in full before is that river shortened)
    let d = doc("Water\n\nFarmers said the Missouri River was too low for barges. The states that share the Missouri have failed to agree on how to divide its water.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Place && e.name == "Missouri"), "{}", dump(&d));
    let river = d.entities.iter().position(|e| e.name == "Missouri River").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(d.mentions.iter().filter(|m| m.entity == river).count(), 2, "{}", dump(&d));
    // (no river named: the state, as before)
    let d = doc("Water\n\nFarmers in Missouri said the river was too low for barges.");
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Place && e.name == "Missouri"), "{}", dump(&d));
}

#[test]
fn a_state_beside_another_state_of_its_country_is_that_state_not_a_city_abroad() {
    // ("South Australia will take New South Wales and Victoria to the high court" made
    // Victoria the Hong Kong district, the most populous of the name: a state or province
    // beside another of its country, the city's own country not named, is that state)
    let d = doc("Drought\n\nQueensland will take New South Wales and Victoria to the high court unless they share the water, Australia's water minister said.");
    let v = d.entities.iter().find(|e| e.kind == EntityKind::Place && e.name == "Victoria").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(v.country.as_deref(), Some("AU"), "{}", dump(&d));
}

#[test]
fn union_minister_is_no_union_named_before() {
    // ("Union Labour Minister X" in an Indian story after a workers' union was named: the
    // capitalised "Union" that opens a minister's title is the central government's, no union
    // named before)
    let d = doc("Strike\n\nHYDERABAD — The strike was called by the Vexmoor Gig Workers Union, which said pay had fallen.\n\nUnion Labour Minister Ramesh Vexkar said in Parliament last week that more workers had registered.");
    let r = role(&d, "Ramesh Vexkar", "Minister");
    assert_ne!(role_of(&d, r).as_deref(), Some("Vexmoor Gig Workers Union"), "{}", dump(&d));
    // (the union's own officers keep it)
    let d = doc("Strike\n\nThe strike was called by the Vexmoor Gig Workers Union. Its president, Jane Roe, said pay had fallen.");
    assert!(d.roles.iter().any(|r| name(&d, r.holder) == "Jane Roe" && r.of.is_some_and(|o| name(&d, o) == "Vexmoor Gig Workers Union")), "{}", dump(&d));
}

#[test]
fn a_common_word_before_a_middle_initial_and_a_surname_is_a_given_name() {
    // ("Norway's defense minister, Tore O. Sandvik, said …" made no person: a given name no
    // list knows that is also a common word, before a dotted middle initial and a surname, in
    // apposition or inside a sentence, names a person)
    let d = doc("Quotas\n\nOSLO — The region's fisheries minister, Storm K. Nyhavn, said the quota would be cut next year.");
    reported(&d, "The region's fisheries minister, Storm K. Nyhavn, said the quota would be cut next year", "Storm K. Nyhavn");
    let d = doc("Quotas\n\nThe plan was backed by Hope T. Vallerud, who chairs the board.");
    assert!(d.entities.iter().any(|e| e.name == "Hope T. Vallerud"), "{}", dump(&d));
}

#[test]
fn him_after_and_a_verb_is_the_person_named_right_before_and() {
    // ("said he had spoken to X and urged him to …" asked no one: "him" was taken for the
    // clause's subject, the demander; the person named right before "and", the first verb's
    // object, is the one)
    let d = doc("Dam talks\n\nCAIRO — Egypt's foreign minister, Samir Hassan, said on Thursday that talks on the dam had failed.\n\nHassan said he had spoken to Ethiopian Prime Minister Abiy Ahmed and urged him to return to the negotiating table.");
    demand(&d, "Samir Hassan", Some("Abiy Ahmed"), "return to the negotiating table", DemandKind::Appeal);
    let d = doc("Border\n\nOpposition leader Karim Fathy said he had met the Sudanese envoy, Omar Bashir, and called on him to keep the border open.");
    demand(&d, "Karim Fathy", Some("Omar Bashir"), "keep the border open", DemandKind::Appeal);
    // (no person right before "and": still no one)
    let d = doc("Border\n\nOpposition leader Karim Fathy said he had visited the border and urged him to keep it open.");
    demand(&d, "Karim Fathy", None, "keep it open", DemandKind::Appeal);
}

#[test]
fn a_leader_of_a_kind_of_group_holds_a_post_though_the_group_goes_unnamed() {
    // ("Party leader Jane Roe", "Coalition leader X said": "leader" alone describes without
    // naming an office and was dropped unless the body was named; a party, coalition, rebel
    // group or community before it makes it a post)
    let d = doc("Budget\n\nThe opposition rejected the budget. Coalition leader Tomas Vekkar said the levies would hurt families. Party leader Jane Roe said she agreed with him.");
    role(&d, "Tomas Vekkar", "leader");
    role(&d, "Jane Roe", "leader");
    let d = doc("Talks\n\nRebel leader Ansel Moru told reporters the ceasefire would hold.");
    role(&d, "Ansel Moru", "leader");
    // (a leader of nothing said stays no role)
    let d = doc("Talks\n\nThe leader, Ansel Moru, told reporters the ceasefire would hold.");
    assert!(!d.roles.iter().any(|r| name(&d, r.holder) == "Ansel Moru"), "{}", dump(&d));
}

#[test]
fn a_ministers_portfolio_is_part_of_the_title_not_a_body() {
    // ("Union Food Minister X" made a body "Union Food", "Egyptian Irrigation Minister X" a body
    // "Egyptian Irrigation": portfolios of Indian, Pakistani and African papers were no title
    // modifiers, so the words before "Minister" ran as a name)
    let d = doc("Stocks\n\nUnion Food Minister Pralit Vashi said the stocks were enough. Egyptian Irrigation Minister Karim Sweilem said the dam talks had failed. Railways Minister Ashok Venn said trains would run.");
    assert_eq!(role(&d, "Pralit Vashi", "minister").title, "Union Food Minister", "{}", dump(&d));
    role(&d, "Karim Sweilem", "minister");
    assert_eq!(role(&d, "Ashok Venn", "minister").title, "Railways Minister", "{}", dump(&d));
    assert!(!d.entities.iter().any(|e| e.name.contains("Food") || e.name.contains("Irrigation")), "{}", dump(&d));
}

#[test]
fn a_quoted_name_after_known_as_and_an_article_is_no_one_s_words() {
    // ("The measure, known as the “X tax” after the economist X, …, according to its
    // supporters" gave the two quoted words to the state named in the dateline, the source of
    // the report around them: "known as" and an article before a quotation name a thing, as
    // "known as" right before one does)
    let d = doc("Levy\n\nPARIS — Vexmoor rejected the plan on Thursday. The measure, known as the \"Halvard levy\" after the economist Anna Halvard, who designed it, would raise 2 billion euros a year, according to its supporters.");
    assert!(d.statements.iter().filter(|s| s.kind == StatementKind::Direct && d.slice(s.text).contains("Halvard levy")).all(|s| who(&d, s).is_none()), "{}", dump(&d));
    // (a quotation after "as the" with no "known" still reports words)
    let d = doc("Levy\n\nThe senator described the plan as the \"fairest tax we have ever had\", officials said.");
    assert!(d.statements.iter().any(|s| s.kind == StatementKind::Direct && d.slice(s.text).contains("fairest tax") && who(&d, s).is_some()), "{}", dump(&d));
}

#[test]
fn a_common_word_and_a_surname_set_off_after_a_title_is_a_person() {
    // ("The Greens' leader, Marine Tondelier, said …" made no person and left the statement
    // to "The Greens' leader": a given name that is also a common word, then a surname no list
    // gives as a word, in commas right after a title, names a person)
    let d = doc("Budget\n\nThe Greens' leader, Harvest Vantrelle, said the government should listen to the polls.");
    reported(&d, "The Greens' leader, Harvest Vantrelle, said the government should listen to the polls", "Harvest Vantrelle");
    let d = doc("Budget\n\nThe party's president, Copper Quillonet, said the vote would be close.");
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Person && e.name == "Copper Quillonet"), "{}", dump(&d));
}

#[test]
fn a_countrys_tax_agency_is_a_body_of_its_own() {
    // ("Denmark's tax agency said in November that it had recovered …" gave the statement to
    // Denmark, and "Finland's tax authority said …" made none: a country's tax agency or tax
    // authority after its possessive is a body with its own spokesperson, as its ministries are)
    let d = doc("Refunds\n\nNorway's tax agency said in November that it had recovered 2 billion kroner through settlements.");
    let s = statement(&d, "Norway's tax agency said in November that it had recovered 2 billion kroner through settlements");
    assert_ne!(who(&d, s).as_deref(), Some("Norway"), "{}", dump(&d));
    assert!(who(&d, s).is_some_and(|w| w.contains("tax agency")), "{}", dump(&d));
    // (the state's own word still: "Norway's government said")
    let d = doc("Refunds\n\nNorway's government said it had recovered 2 billion kroner.");
    reported(&d, "Norway's government said it had recovered 2 billion kroner", "Norway");
}

#[test]
fn appeal_against_a_decision_is_an_appeal_in_law() {
    // ("The federation said it would appeal against the ban to the Court of Arbitration for
    // Sport" made a demand of "against the ban": "appeal against" a decision asks a court to
    // decide, no actor to act)
    let d = doc("Ban\n\nLAUSANNE — The Vexmoor Rowing Federation said on Friday it would appeal against the suspension to the Court of Arbitration for Sport.");
    assert!(d.demands.is_empty(), "{}", dump(&d));
    // (an appeal to an actor to act stays)
    let d = doc("Ban\n\nThe Vexmoor Rowing Federation appealed to the sports minister to lift the suspension.");
    assert!(!d.demands.is_empty(), "{}", dump(&d));
}

#[test]
fn its_officer_is_not_the_body_named_right_after_said_in_what_was_said() {
    // ("The Australian Athletes' Alliance … said SIA should pay the legal costs …. Its chief
    // executive, X, said …" gave her to SIA: a body right after "said" with an auxiliary after
    // it is what was said, as after "said that")
    let d = doc("Appeal\n\nThe Vexmoor Athletes Union, which represents professional rowers, said the Vexmoor Rowing Federation should pay the legal costs of athletes who win.\n\nIts chief executive, Jane Roe, said the union would back the rowers.");
    let r = role(&d, "Jane Roe", "chief executive");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Athletes Union"), "{}", dump(&d));
    // (an inverted "…, said the union." keeps its speaker)
    let d = doc("Appeal\n\n\"We will back the rowers,\" said the Vexmoor Athletes Union. Its chief executive, Jane Roe, spoke to reporters.");
    let r = role(&d, "Jane Roe", "chief executive");
    assert_eq!(role_of(&d, r).as_deref(), Some("Vexmoor Athletes Union"), "{}", dump(&d));
}

#[test]
fn the_governing_body_is_the_organisation_named_before() {
    // ("The International Weightlifting Federation (IWF) has banned …, the governing body said
    // on Thursday" had the speaker "the governing body": a sport's governing body, as "the
    // ministry said", is the organisation named before it)
    let d = doc("Ban\n\nOSLO — The Vexmoor Rowing Federation has banned the Norland federation for two years after six positive tests, the governing body said on Thursday.");
    reported(&d, "The Vexmoor Rowing Federation has banned the Norland federation for two years after six positive tests, the governing body said on Thursday", "Vexmoor Rowing Federation");
}

#[test]
fn a_nuclear_fuel_company_is_one_organisation() {
    // ("Cameco said …" and "according to the price reporter UxC" gave persons, "Orano" the
    // Algerian city Oran, "Urenco" no entity, and "Tepco" and "Tokyo Electric Power Company
    // Holdings" two nodes: the nuclear industry's companies are known names)
    let d = doc("Fuel\n\nCameco said it would keep its mines shut for another year. Orano said the talks with the miners had stalled. Urenco said its new plant would open in 2028. Tokyo Electric Power Company Holdings said the reactor would restart in spring. Tepco said it would pay for the roads.");
    reported(&d, "Cameco said it would keep its mines shut for another year", "Cameco");
    reported(&d, "Orano said the talks with the miners had stalled", "Orano");
    reported(&d, "Urenco said its new plant would open in 2028", "Urenco");
    reported(&d, "Tepco said it would pay for the roads", "Tokyo Electric Power Company Holdings");
    assert!(!d.entities.iter().any(|e| e.name == "Oran" || e.name == "Cameco" && e.kind == EntityKind::Person), "{}", dump(&d));
}

#[test]
fn a_relative_clause_after_a_names_appositive_leaves_the_name_the_speaker() {
    // ("Orano, the French state-owned nuclear fuel group, which has a joint venture with
    // Kazatomprom, said …" gave the statement to "the French state-owned nuclear fuel group":
    // the relative clause describes the appositive, and the name before it is the subject)
    let d = doc("Talks\n\nSiemens, the German engineering group, which owns a plant in Turin, said prices would rise.");
    reported(&d, "Siemens, the German engineering group, which owns a plant in Turin, said prices would rise", "Siemens");
    // (a person's name stays the subject as before)
    let d = doc("Talks\n\nMara Quill, the harbour director, who has run the port since 2019, said fees would rise.");
    reported(&d, "Mara Quill, the harbour director, who has run the port since 2019, said fees would rise", "Mara Quill");
}

#[test]
fn the_government_asked_in_a_story_of_two_states_is_the_datelines_state() {
    // ("LIMA, Peru (AP) — … Congress President X called on the government to break off
    // relations with Mexico" in a story that names Mexico more than Peru gave the demand to
    // Mexico, the state named most: in a story of two states' dealings, neither named far more
    // than the other, datelined in one of them, "the government" its speakers ask is that
    // state's)
    let d = doc("Embassy row\n\nQUITO, Ecuador (AP) — Ecuador expelled Chile's ambassador on Friday after Chile granted asylum to a former minister. Chile said the asylum was lawful. Chile recalled its diplomats.\n\nOpposition leader Marta Vexley called on the government to break off relations with Chile.");
    demand(&d, "Marta Vexley", Some("Ecuador"), "break off relations with Chile", DemandKind::Appeal);
    // (a story about one state, datelined abroad: still the state it is about)
    let d = doc("Budget\n\nLONDON — Ecuador's budget deficit widened in March, and Ecuador's central bank said Ecuador would need new loans. Ecuador has asked lenders for time.\n\nOpposition leader Marta Vexley called on the government to cut spending.");
    demand(&d, "Marta Vexley", Some("Ecuador"), "cut spending", DemandKind::Appeal);
}

#[test]
fn an_office_for_the_protection_of_the_constitution_is_one_name() {
    // ("Germany's Federal Office for the Protection of the Constitution (BfV) said …" made a
    // body "Federal Office for the Protection": what an office is for may take "of the" and a
    // capitalised common word of its own)
    let d = doc("Spies\n\nVexmoor's Federal Agency for the Defence of the Republic (FADR) said on Monday that a campaign had targeted voters. The agency said it had found 300 websites.");
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name == "Federal Agency for the Defence of the Republic"), "{}", dump(&d));
    reported(&d, "The agency said it had found 300 websites", "Federal Agency for the Defence of the Republic");
    // (a name with no "of the" after what it is for: as before)
    let d = doc("Arts\n\nThe Quillmart Foundation for the Visual Arts said on Monday that it would close.");
    assert!(d.entities.iter().any(|e| e.name == "Quillmart Foundation for the Visual Arts"), "{}", dump(&d));
}

#[test]
fn a_bodys_unnamed_chief_speaks_for_the_body() {
    // ("The European Union's foreign policy chief said … and called on the Georgian authorities
    // to repeal the law" had an unnamed speaker and demander: an office of one body named with
    // its possessive, no holder named, speaks for the body as its official would)
    let d = doc("Law\n\nTBILISI -- The Vexmoor Union's foreign policy chief said in a statement that the decision was a step back and called on the Quarnby authorities to repeal the law.");
    reported(&d, "The Vexmoor Union's foreign policy chief said in a statement that the decision was a step back and called on the Quarnby authorities to repeal the law", "Vexmoor Union");
    demand(&d, "Vexmoor Union", Some("the Quarnby authorities"), "repeal the law", DemandKind::Appeal);
    // (a holder named: the holder, as before)
    let d = doc("Law\n\nThe Vexmoor Union's foreign policy chief, Jane Roe, said the decision was a step back.");
    reported(&d, "The Vexmoor Union's foreign policy chief, Jane Roe, said the decision was a step back", "Jane Roe");
}

#[test]
fn the_agency_takes_up_a_federal_office_named_before() {
    // ("Germany's Federal Office for the Protection of the Constitution (BfV) said … In a report
    // presented in Berlin, the agency said …" had "the agency" as the speaker's words: an office
    // of state is taken up as "the agency", as a board, service or authority is)
    let d = doc("Spies\n\nVexmoor's Federal Criminal Police Office said on Monday that a network had targeted voters. In a report presented on Tuesday, the agency said the network had built 300 websites.");
    reported(&d, "the agency said the network had built 300 websites", "Federal Criminal Police Office");
}

#[test]
fn a_state_body_is_not_the_committee_named_after_it() {
    // ("A Treasury spokesperson said …" then "MPs on the Treasury Committee": the spokesperson
    // spoke for the committee, the one-word body taken as its short form)
    let d = doc("Tax\n\nThe Chancellor ruled out a wealth tax in Britain. A Treasury spokesperson said the Government did not comment on speculation. Jane Roe told MPs on the Treasury Committee that the rich could move assets abroad.");
    assert_eq!(speaker_of(&d, "A Treasury spokesperson said the Government did not comment on speculation").as_deref(), Some("Treasury"), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Treasury Committee"), "{}", dump(&d));
    // (a company's short form still joins its full name)
    let d = doc("Jobs\n\nQuillmart Systems will cut jobs. A Quillmart spokesperson said 400 posts would go.");
    assert_eq!(d.entities.iter().filter(|e| e.name.starts_with("Quillmart")).count(), 1, "{}", dump(&d));
}

#[test]
fn a_sentences_opening_but_is_no_part_of_who_asks() {
    // ("But more than 40 Labour MPs have signed a letter urging her to …": the loose subject
    // kept the conjunction)
    let d = doc("Tax\n\nThe Chancellor ruled out a wealth tax. But more than 40 MPs have signed a letter urging her to consider a levy on assets.");
    demand(&d, "more than 40 MPs", None, "consider a levy on assets", DemandKind::Appeal);
}

#[test]
fn putting_up_with_something_or_accepting_a_fact_is_no_refusal() {
    // ("We will not accept that our citizens are taken hostage …", "Canada will not tolerate any
    // foreign government threatening people …" and "would not tolerate doping" were read as
    // refusals: tolerating, or accepting that something is so, voices disapproval and asks no
    // act)
    let d = doc("Row\n\n\"We will not accept that our sailors are used as bargaining chips,\" Tomas Brell said. \"Norland will not tolerate any foreign agency spying on its ports,\" Ilsa Varn told reporters. Varn said the government would not tolerate smuggling.");
    assert!(!d.demands.iter().any(|m| m.kind == DemandKind::Refusal), "{}", dump(&d));
    // (a refusal of a deal or a step is one still, and so is a red line the article quotes at
    // the refusal itself)
    let d = doc("Row\n\n\"We will not accept any deal that divides our harbours,\" Tomas Brell said. Norland \"will not tolerate\" attempts to intimidate its sailors, Ilsa Varn said.");
    demand(&d, "Tomas Brell", None, "any deal that divides our harbours", DemandKind::Refusal);
    assert!(d.demands.iter().any(|m| m.kind == DemandKind::Refusal && d.slice(m.what).contains("attempts to intimidate")), "{}", dump(&d));
}

#[test]
fn a_subject_that_stays_where_others_put_it_leaves_the_condition_the_speakers() {
    // ("X, the agency's president, said that Kenya would stay on the watch list unless the new
    // law was passed" gave the condition to Kenya, the clause subject: the state stays where the
    // agency puts it, and the condition is the speaker's, asked of no one for a passive)
    let d = doc("Doping\n\nMara Quill, the agency's president, said on Friday that Chile would stay on the watch list unless the new law was passed.");
    demand(&d, "Mara Quill", None, "the new law was passed", DemandKind::Condition);
    // (a participle after "remain": the same)
    let d = doc("Doping\n\nMara Quill, the agency's president, said on Friday that Chile would remain suspended unless its federation paid the fine.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Mara Quill"), "{}", dump(&d));
    // (a subject that acts keeps its condition: "Chile would send more water unless …")
    let d = doc("Water\n\nMara Quill, the ministry's spokeswoman, said on Friday that Chile would stop the exports unless Peru paid the fine.");
    assert!(d.demands.iter().any(|m| party(&d, m.by) == "Chile"), "{}", dump(&d));
}

#[test]
fn a_refusal_of_it_unless_it_does_is_a_condition_asked_of_no_one() {
    // ("A German economy ministry official said Berlin would not oppose it unless it distorted
    // competition …" gave no demand: the second "it", the thing refused, was taken for Berlin,
    // the one who refuses, and a demand asked of its own demander was dropped)
    let d = doc("Loan\n\nChile has asked the Commission to look closely at the loan. A Chilean economy ministry official said Santiago would not oppose it unless it distorted competition in the copper market.");
    demand(&d, "Chile", None, "distorted competition in the copper market", DemandKind::Threat);
}

#[test]
fn the_government_asked_to_act_toward_the_state_named_most_is_the_other_states() {
    // ("Labour MP X called on the government to suspend a planned trade mission to Shanghai" in a
    // BBC story of Britain and China that names China most, and "said the government should also
    // expel any Indian officials" in a story of Canada and India that names India most, gave both
    // demands to the state named most: a government is asked to act toward a foreign state, so
    // when what it is asked to do names one of the story's two states, and not the other, the
    // government is the other's)
    let d = doc("Fishing row\n\nChile detained a Norwegian trawler captain in Valparaiso on Friday. Chile said the captain had fished illegally. Chile will try him in Santiago, and Chile has refused consular access. Norway protested.\n\nOpposition MP Kari Nordby called on the government to cancel a planned trade visit to Santiago.");
    demand(&d, "Kari Nordby", Some("Norway"), "cancel a planned trade visit to Santiago", DemandKind::Appeal);
    let d = doc("Fishing row\n\nChile detained a Norwegian trawler captain in Valparaiso on Friday. Chile said the captain had fished illegally. Chile will try him in Santiago, and Chile has refused consular access. Norway protested.\n\nOpposition leader Kari Nordby said the government should expel any Chilean diplomats, and urged Oslo to act.");
    demand(&d, "Kari Nordby", Some("Norway"), "expel any Chilean diplomats", DemandKind::Demand);
    // (what it is asked names neither state: the state named most, as before)
    let d = doc("Fishing row\n\nChile detained a Norwegian trawler captain in Valparaiso on Friday. Chile said the captain had fished illegally. Chile will try him in Santiago, and Chile has refused consular access. Norway protested.\n\nOpposition MP Kari Nordby called on the government to cut spending.");
    demand(&d, "Kari Nordby", Some("Chile"), "cut spending", DemandKind::Appeal);
}

#[test]
fn a_common_word_and_a_surname_set_off_after_an_owned_occupation_noun_is_a_person() {
    // ("Kiprono's lawyer, Mercy Wanjiru, told …" made no person and left the statement to
    // "Kiprono's lawyer": a given name that is also a common word, then a surname no list gives
    // as a word, in commas right after a noun for a person's occupation that a possessive owns)
    let d = doc("Appeal\n\nThe sprinter's lawyer, Harvest Vantrelle, said her client was innocent.");
    reported(&d, "The sprinter's lawyer, Harvest Vantrelle, said her client was innocent", "Harvest Vantrelle");
    let d = doc("Appeal\n\nHis lawyer, Copper Quillonet, told reporters the ban would be challenged.");
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Person && e.name == "Copper Quillonet"), "{}", dump(&d));
}

#[test]
fn a_welsh_patronymic_particle_joins_the_given_name_to_the_fathers_name() {
    // ("Plaid Cymru's leader, Rhun ap Iorwerth, who represents …, said" made a person
    // "Iorwerth": the Welsh "ap" ("son of") between a given name and the father's name is
    // inside one name, as "ten" or "von" are)
    let d = doc("Reactors\n\nThe party's leader, Gwion ap Tallwyn, who represents the island, said the jobs must go to local people.");
    assert!(d.entities.iter().any(|e| e.kind == EntityKind::Person && e.name == "Gwion ap Tallwyn"), "{}", dump(&d));
}

#[test]
fn a_nationality_adjective_before_a_surname_set_off_after_a_title_is_a_given_name() {
    // ("Its president, Danish Singh, said …" made a person "Singh": a nationality adjective,
    // then a listed surname, in commas right after a title that a possessive owns, is a given
    // name and a surname)
    let d = doc("Threats\n\nThe council welcomed the move. Its president, Danish Singh, said dozens of members had received calls.");
    reported(&d, "Its president, Danish Singh, said dozens of members had received calls", "Danish Singh");
}

#[test]
fn a_headline_label_naming_an_actor_who_says_nothing_is_the_storys_topic() {
    // ("Daniel Okafor: Inquest jury finds police failures …" over a story of his death, and
    // "Cum-Ex: German court jails former banker …" had been read as quotes of the label: a
    // headline label whose actor says nothing anywhere in the article names what the story is
    // about, not who speaks)
    let d = doc("Tom Varga: Inquest jury finds police failures contributed to death\n\nAn inquest jury in Tolvan found on Friday that police failures contributed to the death of Tom Varga, 34, in a cell in 2023. The coroner, Ada Brill, said the force had not learned from earlier deaths.");
    nobody_said(&d, "Inquest jury finds police failures contributed to death");
    assert!(d.statements.iter().all(|s| who(&d, s).as_deref() != Some("Tom Varga")), "{}", dump(&d));
    // (the label's actor speaks in the story: the headline is still theirs)
    let d = doc("Marsh: The Budget Deal Is Dead\n\nGovernor Elena Marsh said on Monday that the talks had collapsed.");
    quote(&d, "The Budget Deal Is Dead", "Elena Marsh");
}

#[test]
fn a_headline_verb_in_s_after_a_body_is_no_part_of_a_title() {
    // ("NADA bans wrestler X for four years" had made the role "bans wrestler" of NADA: in a
    // headline a word in -s right after a body's name is its verb, the name after it its object)
    let d = doc("Tolvan Wrestling Federation bans wrestler Tom Varga for two years\n\nTom Varga missed three tests, the federation said on Monday.");
    assert!(d.roles.iter().all(|r| !r.title.contains("bans")), "{}", dump(&d));
    // (the object's own title stays, of no body: "the wrestler" can still take him up)
    assert_eq!(role_of(&d, role(&d, "Tom Varga", "wrestler")), None);
    // ("Norway's fisheries minister X": a possessive owner keeps its field words)
    let d = doc("Talks\n\nNorway's fisheries minister Kari Nordby said the quota would stay.");
    role(&d, "Kari Nordby", "minister");
}

#[test]
fn a_partys_critic_for_a_portfolio_is_a_role() {
    // ("Conservative public safety critic X said …", "Conservative health critic X" gave no
    // role: "critic" is no title, but after a party's adjective and a portfolio it is an
    // opposition party's post)
    let d = doc("Registry\n\nThe Conservative Party wants a longer list. Conservative public safety critic Mara Quill said the list was too short.");
    let r = role(&d, "Mara Quill", "critic");
    assert_eq!(r.title, "public safety critic");
    assert_eq!(role_of(&d, r).as_deref(), Some("Conservative Party"), "{}", dump(&d));
    let d = doc("Recall\n\nLiberal health critic Mara Quill said the recall came too late.");
    assert_eq!(role(&d, "Mara Quill", "critic").title, "health critic");
    // (a critic of a person, or with no portfolio, holds no post)
    let d = doc("Debate\n\nThe network invited Quill critic Jon Pellar. Liberal critic Mara Quill said the debate was unfair.");
    assert!(!d.roles.iter().any(|r| r.head == "critic"), "{}", dump(&d));
}

#[test]
fn an_outlet_told_with_words_before_its_name_is_no_topic() {
    // ("The bureau's head told the pro-government Vexmoor TV channel that …" was about the
    // channel: a described outlet, its noun after the name, is whom one tells, as "told the BBC")
    let d = doc("Monitors\n\nMara Quill told the pro-government Vexmoor TV channel that the groups were free to keep working.");
    let s = reported(&d, "Mara Quill told the pro-government Vexmoor TV channel that the groups were free to keep working", "Mara Quill");
    assert!(about(&d, &s).is_empty(), "{}", dump(&d));
}

#[test]
fn the_owners_title_written_again_is_the_one_named_with_it() {
    // ("He urged Georgia's partners to impose sanctions on the bureau's head, X. The bureau's
    // head told the channel that …" left "The bureau's head" unresolved: "head" is no office
    // one person holds, but the same owner's noun and title written again name the same person)
    let d = doc("Monitors\n\nThe Vexmoor Audit Bureau has ordered the groups to register. An opposition lawmaker urged the partners to impose sanctions on the bureau's head, Mara Quill.\n\nThe bureau's head told a television channel that the groups were free to keep working.");
    reported(&d, "The bureau's head told a television channel that the groups were free to keep working", "Mara Quill");
}

#[test]
fn a_noun_describing_the_person_after_the_titles_comma_keeps_the_title() {
    // ("Its honorary chairman, billionaire X, has accused …" gave no role: a lower-case noun
    // for the person between the comma and the name hid the title before the comma)
    let d = doc("Party\n\nThe Vexmoor Union has governed since 2012. Its honorary chairman, billionaire Mara Quill, has accused the groups of lying.");
    role(&d, "Mara Quill", "chairman");
}

#[test]
fn an_event_name_is_no_place_and_no_body() {
    // ("won the Frankfurt Marathon", "silver at the Paris Olympics", "Commonwealth Games
    // medallist" and "bid for the 2036 Olympics, and the Indian Olympic Association …" made places
    // and an organisation of events: a capitalised name ending in "Olympics", "Marathon" or
    // "Championships", or a listed games, names an event, never an actor or a place)
    let d = doc("Running\n\nMara Quill won the Vexmoor Marathon in 2024 and took silver at the Lisbon Olympics and at the Commonwealth Games, officials said. Chile will bid for the 2040 Olympics, and the Chilean Olympic Committee has set up a panel.");
    for bad in ["Vexmoor Marathon", "Lisbon Olympics", "Commonwealth Games", "Olympics"] {
        assert!(!d.entities.iter().any(|e| e.name == bad), "no entity {bad}\n{}", dump(&d));
    }
    assert!(d.entities.iter().any(|e| e.name == "Mara Quill"), "{}", dump(&d));
    assert!(d.entities.iter().any(|e| e.name == "Chilean Olympic Committee"), "{}", dump(&d));
}

#[test]
fn a_trust_company_named_without_its_trade_word_is_the_same_company() {
    // ("… restructured by Halcyon Fiduciary, a trust firm …" and later "Halcyon said in a
    // statement that …" made two organisations: "Fiduciary", the usual last word of a trust
    // company's name, was no company head, so the first word alone was no short form of it)
    let d = doc("Leak\n\nThe files cover trusts set up by Vexmoor Fiduciary, a trust firm based in Guernsey.\n\nVexmoor said in a statement that it complied with all laws.");
    assert!(!d.entities.iter().any(|e| e.name == "Vexmoor"), "{}", dump(&d));
    assert!(d.statements.iter().any(|s| who(&d, s).as_deref() == Some("Vexmoor Fiduciary")), "{}", dump(&d));
}

#[test]
fn a_states_people_named_by_a_bare_plural_are_not_the_state() {
    // ("Singaporeans can handle the truth", "about eight in 10 Singaporeans get their news …",
    // "said Sikh Canadians would trust the registry only if …" were about the state: a plural
    // demonym names the state's people, which the golds leave out of what is said; "the
    // Norwegians", the state's side, and people a quote describes stay the state)
    let d = doc("Fish deal\n\nNorway and Chile signed a fisheries deal in Santiago on Friday. Kari Nordby, a fisheries researcher, said Norwegians would pay more for salmon next year.");
    let st = d.statements.iter().find(|s| who(&d, s).as_deref() == Some("Kari Nordby")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(!about(&d, st).contains(&"Norway".to_string()), "{}", dump(&d));
    let d = doc("Fish deal\n\nNorway and Chile signed a fisheries deal in Santiago on Friday. Kari Nordby, a fisheries researcher, said the Norwegians had given up too much in the talks.");
    let st = d.statements.iter().find(|s| who(&d, s).as_deref() == Some("Kari Nordby")).unwrap_or_else(|| panic!("{}", dump(&d)));
    assert!(about(&d, st).contains(&"Norway".to_string()), "{}", dump(&d));
}

#[test]
fn a_towns_name_that_is_the_surname_of_a_person_named_before_is_that_person() {
    // ("Its representative in Kenya, Caroline Van Buren, said …" then "Van Buren said the
    // agency would keep …" made a place Van Buren, a US town, since the United States was named
    // in the story: a multi-word town was never asked whether it spells a person's surname)
    let d = doc("Grants frozen\n\nThe United States froze the grants in March. A senior adviser at the fund, Thomas Van Buren, said the money would be released in May.\n\nVan Buren said the board had not yet voted on the new rules.");
    assert!(!d.entities.iter().any(|e| e.name == "Van Buren"), "{}", dump(&d));
    let n = d.statements.iter().filter(|s| who(&d, s).as_deref() == Some("Thomas Van Buren")).count();
    assert_eq!(n, 2, "{}", dump(&d));
}

#[test]
fn a_body_described_by_its_owner_then_named_in_commas_is_the_source() {
    // ("According to the UN's children's agency, Unicef, about one in three children …" went
    // to the United Nations, the owner in the description, not the body named after it)
    let d = doc("Drought\n\nAccording to the UN's food agency, FAO, half of the maize crop in the south has failed. Officials in Lusaka said aid would arrive next month.");
    let st = d.statements.iter().find(|s| s.cue == "according to").unwrap_or_else(|| panic!("{}", dump(&d)));
    assert_eq!(who(&d, st).as_deref(), Some("Food and Agriculture Organization"), "{}", dump(&d));
}
