//! Name recognition (issue 4): people, organisations and places found by the shape of a name
//! and its context when no lexicon knows the whole name. Every sentence is invented for the
//! test; the people and companies are made up.

use newsgraph::extract::analyze;
use newsgraph::model::{Article, Doc, EntityKind};

fn doc(t: &str) -> Doc {
    analyze(Article::new("names.txt", "names.txt", t.to_string()))
}

/// (mention text, entity kind) in text order.
fn mentions(d: &Doc) -> Vec<(String, EntityKind)> {
    d.mentions.iter().map(|m| (d.slice(m.span).to_string(), d.entities[m.entity].kind)).collect()
}

fn has(d: &Doc, text: &str, kind: EntityKind) -> bool {
    mentions(d).iter().any(|(t, k)| t == text && *k == kind)
}

fn assert_has(t: &str, text: &str, kind: EntityKind) {
    let d = doc(t);
    assert!(has(&d, text, kind), "{text:?} as {kind:?} in {t:?}: {:?}", mentions(&d));
}

fn assert_not_person(t: &str, text: &str) {
    let d = doc(t);
    assert!(!mentions(&d).iter().any(|(m, k)| m.contains(text) && *k == EntityKind::Person), "{text:?} is no person in {t:?}: {:?}", mentions(&d));
}

#[test]
fn person_of_organisation_is_split() {
    let t = "The winners were Harold Quimby of People Forward and Teresa Vantongeren of the Green Union.";
    assert_has(t, "Harold Quimby", EntityKind::Person);
    assert_has(t, "Teresa Vantongeren", EntityKind::Person);
    assert_has(t, "Green Union", EntityKind::Organization);
}

#[test]
fn occupation_noun_before_a_name() {
    assert_has("The band later hired saxophonist Oru Delacorte for the tour.", "Oru Delacorte", EntityKind::Person);
    assert_has("She moved to Lyon with her husband Tamsin Orrock in 1990.", "Tamsin Orrock", EntityKind::Person);
}

#[test]
fn census_surname_after_an_unknown_given_name() {
    let t = "The record was broken by Zorvan Pettigrew in the final round. Pettigrew later retired.";
    assert_has(t, "Zorvan Pettigrew", EntityKind::Person);
    assert_has(t, "Pettigrew", EntityKind::Person);
}

#[test]
fn common_word_before_a_surname_is_not_a_person() {
    assert_not_person("The regiment was formed at Camp Pettigrew near the river.", "Pettigrew");
    assert_not_person("The clinic opened on Harbor Pettigrew Street in 1901.", "Pettigrew");
}

#[test]
fn middle_initial_and_hyphenated_given_name() {
    assert_has("The memo was signed by Zorvan Q. Pettigrew on Monday.", "Zorvan Q. Pettigrew", EntityKind::Person);
    assert_has("The seat was won by Tam Wai-kuen after a recount.", "Tam Wai-kuen", EntityKind::Person);
}

#[test]
fn word_for_a_people_before_a_first_name_is_left_out() {
    assert_has("He defeated fellow Tasmanian Robert Quillfeather in the second round.", "Robert Quillfeather", EntityKind::Person);
}

#[test]
fn greeting_is_not_part_of_the_name() {
    let d = doc("Thanks Harold Quimby, the files are attached.");
    assert!(!mentions(&d).iter().any(|(m, _)| m.starts_with("Thanks")), "{:?}", mentions(&d));
}

#[test]
fn city_and_plural_is_a_team() {
    assert_has("The Denver Marmots won their third game in a row.", "Denver Marmots", EntityKind::Organization);
    assert_not_person("The Denver Marmots won their third game in a row.", "Marmots");
}

#[test]
fn continents_and_well_known_states() {
    let t = "Europe is still the largest market. California and Texas follow.";
    assert_has(t, "Europe", EntityKind::Place);
    assert_has(t, "California", EntityKind::Place);
    assert_has(t, "Texas", EntityKind::Place);
}

#[test]
fn first_name_that_is_a_town_before_of() {
    let t = "The seat went to Elizabeth Marrowby of the Harbour Party.";
    assert_has(t, "Elizabeth Marrowby", EntityKind::Person);
    assert_has(t, "Harbour Party", EntityKind::Organization);
}

#[test]
fn surname_of_a_named_person_is_not_the_town() {
    // Clinton and Norton are also towns in the gazetteer
    let t = "Ravi Norton won the first round. Two days later Norton lost the title.";
    let d = doc(t);
    let persons: Vec<_> = d.mentions.iter().filter(|m| d.entities[m.entity].kind == EntityKind::Person).map(|m| m.entity).collect();
    assert_eq!(persons.len(), 2, "{:?}", mentions(&d));
    assert_eq!(persons[0], persons[1], "one person: {:?}", mentions(&d));
}

#[test]
fn first_name_alone_refers_to_the_person_named_in_full() {
    let t = "Dorothea Quillfeather opened the shop in 1990. Dorothea still runs it with her son.";
    let d = doc(t);
    let persons: Vec<_> = d.mentions.iter().filter(|m| d.entities[m.entity].kind == EntityKind::Person).map(|m| m.entity).collect();
    assert_eq!(persons.len(), 2, "{:?}", mentions(&d));
    assert_eq!(persons[0], persons[1], "one person: {:?}", mentions(&d));
    assert_eq!(d.entities.iter().filter(|e| e.kind == EntityKind::Person).count(), 1);
}

#[test]
fn census_given_name_that_is_also_a_word() {
    assert_has("The trophy was presented by Bill Pettigrew after the game.", "Bill Pettigrew", EntityKind::Person);
}

#[test]
fn abbreviations_that_are_not_organisations() {
    let d = doc("Please send the figures in USD by Friday, FYI the office closes at noon GMT.");
    assert!(!mentions(&d).iter().any(|(_, k)| *k == EntityKind::Organization), "{:?}", mentions(&d));
    assert_has("The rally was organised by the KVP and its allies.", "KVP", EntityKind::Organization);
}

#[test]
fn company_designators() {
    assert_has("The album was released by Quillfeather Records in 2004.", "Quillfeather Records", EntityKind::Organization);
    assert_has("A spokesman for Marrowby Airlines declined to comment.", "Marrowby Airlines", EntityKind::Organization);
}

#[test]
fn unknown_names_listed_with_people() {
    let t = "The squad included Jane Morrow, Okechi Banfaro and Tom Fielding.";
    assert_has(t, "Okechi Banfaro", EntityKind::Person);
}

#[test]
fn person_for_organisation_and_captions() {
    assert_has("Lydia Marrowby for the Harbour Trust said the plan was sound.", "Lydia Marrowby", EntityKind::Person);
    assert_has("Results\nNathan Pettigrew of the Harbour Party\nThe vote was close.", "Nathan Pettigrew", EntityKind::Person);
}

/// The role of the person named `holder`: (head, name of what it is of).
fn role_of(d: &Doc, holder: &str) -> Option<(String, Option<String>)> {
    d.roles.iter().find(|r| d.entities[r.holder].name == holder).map(|r| (r.head.clone(), r.of.map(|e| d.entities[e].name.clone())))
}

#[test]
fn office_words_with_their_owner_before_a_name() {
    let t = "Homeland Security Secretary Dana Whitlow says hackers are targeting county clerks.";
    let d = doc(t);
    assert!(has(&d, "Dana Whitlow", EntityKind::Person), "{:?}", mentions(&d));
    assert_eq!(role_of(&d, "Dana Whitlow"), Some(("Secretary".into(), Some("Homeland Security".into()))));

    let d = doc("The governors met Senate Minority Leader Ruth Calloway on Monday.");
    assert!(has(&d, "Ruth Calloway", EntityKind::Person), "{:?}", mentions(&d));
    assert_eq!(role_of(&d, "Ruth Calloway"), Some(("Minority Leader".into(), Some("Senate".into()))));

    let d = doc("White House Press Secretary Orla Penhallow told reporters the trip was off.");
    assert!(has(&d, "Orla Penhallow", EntityKind::Person), "{:?}", mentions(&d));
    assert_eq!(role_of(&d, "Orla Penhallow").and_then(|r| r.1), Some("White House".into()));

    // the owner is a known organisation, or a designator makes it one
    let d = doc("Quillfeather Records CEO Marta Ovenden said sales were up.");
    assert!(has(&d, "Marta Ovenden", EntityKind::Person) && has(&d, "Quillfeather Records", EntityKind::Organization), "{:?}", mentions(&d));
    assert_eq!(role_of(&d, "Marta Ovenden"), Some(("CEO".into(), Some("Quillfeather Records".into()))));

    // a one-word owner that is an ordinary word names nothing by itself
    let d = doc("Treasury Secretary Colm Ashdown said the tariffs would stay.");
    assert!(has(&d, "Colm Ashdown", EntityKind::Person), "{:?}", mentions(&d));
    assert_not_person("House Speaker Colm Ashdown said the vote would go ahead.", "House Speaker");
    assert_has("Attorney General Colm Ashdown said the case was closed.", "Colm Ashdown", EntityKind::Person);
    assert_eq!(role_of(&doc("Attorney General Colm Ashdown said the case was closed."), "Colm Ashdown").map(|r| r.0), Some("Attorney General".into()));
}

#[test]
fn title_chain_without_a_name_is_no_person() {
    assert_not_person("The Senate Majority Leader said the bill would pass.", "Leader");
    assert_not_person("Yesterday the Homeland Security Secretary said little.", "Secretary");
    // a name that ends in a title word is still a name
    assert_has("Later, Elena Major said she would run again.", "Elena Major", EntityKind::Person);
}

#[test]
fn particles_inside_a_name() {
    assert_has("Commission President Ilse van der Berckmoes said the budget was ready.", "Ilse van der Berckmoes", EntityKind::Person);
}

#[test]
fn sentence_initial_common_words_are_no_people() {
    assert_not_person("Readers wrote in after the debate.", "Readers");
    assert_not_person("Lawmakers said the budget was late.", "Lawmakers");
    assert_not_person("Parents told the board the plan was unfair.", "Parents");
    // other evidence still makes one a person: a full name in the same article
    assert_has("Ansel Brown chaired the meeting. Brown said it went well.", "Brown", EntityKind::Person);
    assert_has("Brown said it went well. Ansel Brown chaired the meeting.", "Brown", EntityKind::Person);
}

#[test]
fn holidays_are_no_people() {
    assert_not_person("Labor Day called into the show.", "Labor Day");
    assert_not_person("Shops stayed open on New Year's Eve and Valentine's Day, the owners said.", "Eve");
    assert_not_person("Shops stayed open on New Year's Eve and Valentine's Day, the owners said.", "Valentine");
    assert_not_person("Thanksgiving said goodbye to the summer crowds.", "Thanksgiving");
    assert_not_person("Election Day told us little, and Black History Month began.", "Day");
    assert_not_person("Election Day told us little, and Black History Month began.", "Month");
    // a first name before the head is a person's name
    assert_has("The song was recorded by Marla Day in 1961.", "Marla Day", EntityKind::Person);
}

#[test]
fn a_known_organisation_may_open_with_a_particle() {
    let d = doc("Al Jazeera reported that the talks had failed. “It is being policed,” he told Al Jazeera.");
    assert!(d.entities.iter().any(|e| e.name == "Al Jazeera" && e.kind == EntityKind::Organization), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert!(!d.entities.iter().any(|e| e.name == "Jazeera"));
}

#[test]
fn a_lone_initial_is_no_person() {
    let d = doc("“We have a solid understanding with our partners,” Koval said in X.\nSpeaking to reporters, President Ivan Koval said the talks would go on.");
    assert!(!d.entities.iter().any(|e| e.name.trim_end_matches('.') == "X"), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn an_acronym_spelt_by_one_organisation_named_before_is_that_organisation() {
    let d = doc("The paramilitary Vexmoor Support Forces attacked the town. The VSF denied it.");
    let orgs: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Organization).map(|e| e.name.as_str()).collect();
    assert_eq!(orgs, ["Vexmoor Support Forces"], "{:?}", mentions(&d));
    assert!(d.mentions.iter().any(|m| d.slice(m.span) == "VSF" && d.entities[m.entity].name == "Vexmoor Support Forces"));
}

#[test]
fn a_long_name_with_particles_and_its_middle_word() {
    let d = doc("President Tomas Edvaldo Brandt da Costa spoke on Monday. Brandt said the plan was fine.");
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people, ["Tomas Edvaldo Brandt da Costa"], "{:?}", mentions(&d));
    // the short name first, in a headline, then the full name
    let d = doc("Zhuo rejects the offer\n\nCommerce Minister Zhuo Lirong said on Monday that the offer was unfair.");
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people, ["Zhuo Lirong"], "{:?}", mentions(&d));
}

#[test]
fn a_family_name_written_first_refers_back_to_the_full_name() {
    let d = doc("Commerce Minister Wang Wentao met Jane Roe on Monday. Wang said the talks were useful.");
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people, ["Wang Wentao", "Jane Roe"], "{:?}", mentions(&d));
    // a lone given name of one sex stays a name of its own
    let d = doc("Jane Roe met Tomas Brandt. Jane said the talks were useful.");
    assert!(d.entities.iter().filter(|e| e.kind == EntityKind::Person).count() >= 2);
}

#[test]
fn people_of_someone_opening_a_sentence_are_no_part_of_the_name() {
    assert_has("Lawyers for Jane Roe said she was innocent.", "Jane Roe", EntityKind::Person);
    assert!(!has(&doc("Lawyers for Jane Roe said she was innocent."), "Lawyers for Jane Roe", EntityKind::Organization));
    assert_not_person("Supporters of Tomas Brandt gathered outside.", "Supporters of Tomas Brandt");
}

#[test]
fn a_lone_name_after_people_at_or_from_is_their_firm() {
    assert_has("Analysts at Quillmart said the payout would not hurt the company.", "Quillmart", EntityKind::Organization);
    assert_has("Economists at Quillmart expect rates to fall.", "Quillmart", EntityKind::Organization);
    assert_not_person("Officials from Quillmart said the plant would close.", "Quillmart");
}

#[test]
fn a_capitalised_noun_for_a_person_after_an_article_is_no_name() {
    assert_not_person("Jane Roe, a Democrat seeking a second term, said the plan would fail.", "Democrat");
    assert_not_person("The Republican said the plan would fail.", "Republican");
}

#[test]
fn the_plural_of_a_common_noun_is_a_group_not_a_person() {
    assert_not_person("Jane Roe said Democrats wanted an extension of the subsidies.", "Democrats");
    assert_not_person("Jane Roe accused Conservatives of stalling.", "Conservatives");
    // a surname that looks like a plural stays a name
    assert_has("Jane Roe met Maxine Waters. Waters said she was happy.", "Waters", EntityKind::Person);
}

#[test]
fn a_state_body_named_by_adjective_and_portfolio_is_an_organisation() {
    assert_has("The Chinese commerce ministry said the offer was unacceptable.", "Chinese commerce ministry", EntityKind::Organization);
    assert_has("The Russian emergency situations ministry said two people died.", "Russian emergency situations ministry", EntityKind::Organization);
    assert_has("The Russian foreign ministry said the talks failed.", "Russian foreign ministry", EntityKind::Organization);
    // an adjective before other plain words makes no body
    let d = doc("Chinese state companies cut prices at the ministry's request.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_world_region_after_a_title_is_no_person() {
    let t = "Alicia Roe, chief Asia-Pacific economist at Harbor Bank, said growth would slow.";
    assert_not_person(t, "Asia-Pacific");
    assert_has(t, "Asia-Pacific", EntityKind::Place);
    assert_has("Tankers in the Strait of Hormuz were delayed, the agency said.", "Strait of Hormuz", EntityKind::Place);
}

#[test]
fn a_country_named_in_passing_does_not_move_a_city_to_a_small_namesake() {
    let country_of = |d: &Doc, name: &str| d.entities.iter().find(|e| e.kind == EntityKind::Place && e.name == name).and_then(|e| e.country.clone());
    let d = doc("Diplomats from the United States met their counterparts in Paris and later flew to Geneva.");
    assert_eq!(country_of(&d, "Paris").as_deref(), Some("FR"));
    assert_eq!(country_of(&d, "Geneva").as_deref(), Some("CH"));
    let d = doc("British officials flew to Washington on Monday.");
    assert_eq!(country_of(&d, "Washington").as_deref(), Some("US"));
    // a named region picks its own town, and a named country a town of comparable size
    let d = doc("Police in Illinois said a man from Geneva was arrested.");
    assert_eq!(country_of(&d, "Geneva").as_deref(), Some("US"));
    let d = doc("Alabama officials said a storm hit Birmingham overnight.");
    assert_eq!(country_of(&d, "Birmingham").as_deref(), Some("US"));
}

#[test]
fn a_misspelt_place_of_a_named_country_resolves_with_a_confidence() {
    let d = doc("Ukraine said Russian drones hit Kyiv overnight. Later, shelling was reported in Zaporizhzia.");
    let m = d.mentions.iter().find(|m| d.slice(m.span) == "Zaporizhzia").expect("a mention of the misspelt city");
    assert_eq!(d.entities[m.entity].name, "Zaporizhzhia");
    assert!(m.confidence.is_some_and(|c| c > 0.8 && c < 1.0), "{:?}", m.confidence);
    // the same word in an article that names no Ukrainian place stays unlinked
    let d = doc("Shelling was reported in Zaporizhzia, the agency said.");
    assert!(!d.entities.iter().any(|e| e.name == "Zaporizhzhia"));
    // names the gazetteer knows keep no confidence
    let d = doc("Ukraine said Russian drones hit Kyiv overnight.");
    assert!(d.mentions.iter().all(|m| m.confidence.is_none()));
}

// The learned tagger (src/extract/tagger.rs) adds names where the rules found none.

#[test]
fn tagger_finds_names_the_rules_leave_open() {
    // no lexicon knows these; the context does ("been to …", "Our guide, …,")
    assert_has("Has anyone here been to Brannock Falls?", "Brannock Falls", EntityKind::Place);
    assert_has("Our guide, Pell Tamsin, showed us the old fort.", "Pell Tamsin", EntityKind::Person);
}

#[test]
fn tagger_leaves_title_case_headlines_and_rule_names_alone() {
    // a headline in title case: every word is capitalised, so capitals say nothing
    let d = doc("Brannock Plight on the Quarnel Border\n\nThe talks went on for hours.\n");
    assert!(mentions(&d).is_empty(), "{:?}", mentions(&d));
    // mentions never overlap, and what the rules name keeps its span and type
    let d = doc("Dr. Jane Quellman of the Harwick College spoke in Leeds.");
    assert!(has(&d, "Harwick College", EntityKind::Organization) && has(&d, "Leeds", EntityKind::Place), "{:?}", mentions(&d));
    assert!(d.mentions.windows(2).all(|w| w[0].span.end <= w[1].span.start));
}

#[test]
fn organisation_by_the_words_around_it() {
    let org = EntityKind::Organization;
    assert_has("Quillmart officials declined to comment on the layoffs.", "Quillmart", org);
    assert_has("A spokesman for Vorlane said the deal was off.", "Vorlane", org);
    assert_has("Analysts at Brendle Partners expect a cut.", "Brendle Partners", org);
    assert_has("Pellworth's chief executive resigned on Friday.", "Pellworth", org);
    assert_has("Dravix said in a statement that it would appeal.", "Dravix", org);
    // a person's surname in the same place stays a person
    assert_has("Harold Quimby left early. Quimby said in a statement that he was tired.", "Quimby", EntityKind::Person);
    // adjectives and countries are no organisations
    assert_not_org("Republican officials objected to the plan.", "Republican");
    assert_not_org("French officials objected to the plan.", "French");
}

#[test]
fn organisation_a_person_belongs_to() {
    let t = "The winners were Harold Quimby of Vorlane and Quillmart's Teresa Vantongeren.";
    assert_has(t, "Vorlane", EntityKind::Organization);
    assert_has(t, "Quillmart", EntityKind::Organization);
    assert_has(t, "Teresa Vantongeren", EntityKind::Person);
}

#[test]
fn a_name_found_once_as_an_organisation_is_one_everywhere() {
    let t = "Quillmart cut 200 jobs. Quillmart officials blamed the weather. Workers at Quillmart were angry.";
    let d = doc(t);
    let n = mentions(&d).iter().filter(|(m, k)| m == "Quillmart" && *k == EntityKind::Organization).count();
    assert_eq!(n, 3, "{:?}", mentions(&d));
    // one entity, no person left over
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person), "{:?}", d.entities);
}

#[test]
fn acronym_defined_in_parentheses() {
    let t = "The Orchard Growers Federation (OGF) sued. OGF lawyers said the Vexmoor Fruit Exchange (VFE) and VFE staff agreed.";
    let d = doc(t);
    assert!(has(&d, "Orchard Growers Federation", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(has(&d, "Vexmoor Fruit Exchange", EntityKind::Organization), "{:?}", mentions(&d));
    // the acronym is the same organisation as its long form
    let of = |text: &str| d.mentions.iter().filter(|m| d.slice(m.span) == text).map(|m| m.entity).collect::<Vec<_>>();
    let long = of("Orchard Growers Federation");
    assert!(!long.is_empty() && of("OGF").iter().all(|e| *e == long[0]) && of("OGF").len() == 2, "{:?}", mentions(&d));
    assert!(of("VFE").len() == 2 && of("VFE").iter().all(|e| *e == of("Vexmoor Fruit Exchange")[0]));
    // the long form after the acronym; no entity without a mention is left
    let d = doc("Members of the OGF (Orchard Growers Federation) marched.");
    assert!(has(&d, "Orchard Growers Federation", EntityKind::Organization), "{:?}", mentions(&d));
    assert!((0..d.entities.len()).all(|e| d.mentions.iter().any(|m| m.entity == e)), "{:?}", d.entities);
    // a country's abbreviation is no organisation
    assert_not_org("Talks with the United Arab Emirates (UAE) resumed.", "United Arab Emirates");
}

#[test]
fn company_designators_and_clubs() {
    assert_has("Analysts at Fenwick Brothers, Inc. agreed with the forecast.", "Fenwick Brothers, Inc.", EntityKind::Organization);
    assert_has("The shares of Tolvane Holdings Co. fell.", "Tolvane Holdings Co.", EntityKind::Organization);
    assert_has("Ravenna Rovers beat Castor Athletic on Sunday.", "Ravenna Rovers", EntityKind::Organization);
    assert_has("Ravenna Rovers beat Castor Athletic on Sunday.", "Castor Athletic", EntityKind::Organization);
    assert_has("He signed for FC Vexmoor in May.", "FC Vexmoor", EntityKind::Organization);
    assert_has("She was taken to the George Bramwell Hospital by car.", "George Bramwell Hospital", EntityKind::Organization);
}

#[test]
fn designator_keeps_its_full_stop() {
    assert_has("The report was published by Ketterly Media Inc. on Monday.", "Ketterly Media Inc.", EntityKind::Organization);
    // a capitalised "The" inside a sentence stays outside the name
    assert_has("It was first published by The Ketterly Post on Monday.", "Ketterly Post", EntityKind::Organization);
}

fn assert_not_org(t: &str, text: &str) {
    let d = doc(t);
    assert!(!mentions(&d).iter().any(|(m, k)| m.contains(text) && *k == EntityKind::Organization), "{text:?} is no organisation in {t:?}: {:?}", mentions(&d));
}

#[test]
fn places_and_buildings_named_after_people_are_no_people() {
    let t = "They walked past Lincoln Reservoir and Bobby Quimby Playfield to Harlan Stadium.";
    assert_has(t, "Lincoln Reservoir", EntityKind::Place);
    assert_has(t, "Bobby Quimby Playfield", EntityKind::Place);
    assert_has(t, "Harlan Stadium", EntityKind::Place);
    // a head that is also a surname after given names is a person
    assert_has("Tom Hall and Sally Field met Jane Park.", "Tom Hall", EntityKind::Person);
    assert_has("Tom Hall and Sally Field met Jane Park.", "Jane Park", EntityKind::Person);
}

#[test]
fn newspaper_named_after_its_town() {
    let t = "It was first reported by the Toronto Star and the Denver Sun on Friday.";
    assert_has(t, "Toronto Star", EntityKind::Organization);
    assert_has(t, "Denver Sun", EntityKind::Organization);
    assert_not_org("The North Star shone over the camp.", "North Star");
}

#[test]
fn organisation_context_inside_a_longer_run() {
    // the context noun opens the sentence; the name is joined to the next by "for"
    let t = "Shares of Brenmark rose 5 percent. He left Brenmark for Quillmart.";
    let d = doc(t);
    let n = mentions(&d).iter().filter(|(m, k)| m == "Brenmark" && *k == EntityKind::Organization).count();
    assert_eq!(n, 2, "{:?}", mentions(&d));
}

#[test]
fn organisation_then_a_person_named_in_full() {
    let t = "The head of the Quarnel Council Enver Tolvik told reporters it was over.";
    assert_has(t, "Quarnel Council", EntityKind::Organization);
    assert_has(t, "Enver Tolvik", EntityKind::Person);
}

#[test]
fn one_unknown_word_before_a_company_office() {
    let t = "Pellworth CEO Jane Roe resigned, and Quillmart spokeswoman Ann Vesk declined to comment.";
    assert_has(t, "Pellworth", EntityKind::Organization);
    assert_has(t, "Jane Roe", EntityKind::Person);
    assert_has(t, "Quillmart", EntityKind::Organization);
    // a person's surname before the office owns it, but is no company
    assert_not_org("Smith spokesman Tom Poe said no.", "Smith");
}

#[test]
fn names_listed_with_an_organisation() {
    let t = "Brenmark, Quillmart and the Vexmoor Bank all cut jobs on Monday.";
    assert_has(t, "Brenmark", EntityKind::Organization);
    assert_has(t, "Quillmart", EntityKind::Organization);
    // a list with people in it is no evidence
    assert_not_org("Jane Roe, Tolvik and the Vexmoor Bank signed it.", "Tolvik");
}

#[test]
fn a_generic_organisation_word_alone_names_nothing() {
    let t = "The Quarnel Institute opened in May. The Institute said it would hire staff. Congress passed the bill.";
    let d = doc(t);
    assert!(has(&d, "Quarnel Institute", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!mentions(&d).iter().any(|(m, _)| m == "Institute"), "{:?}", mentions(&d));
}

#[test]
fn office_of_a_place_before_a_name() {
    let t = "President of Ukraine Olena Vesk spoke on Monday. The Governor of Texas Tom Quimby said no. It came from the Governor General of Canada.";
    let d = doc(t);
    assert!(has(&d, "Olena Vesk", EntityKind::Person), "{:?}", mentions(&d));
    assert!(has(&d, "Ukraine", EntityKind::Country), "{:?}", mentions(&d));
    assert!(has(&d, "Texas", EntityKind::Place), "{:?}", mentions(&d));
    assert!(has(&d, "Tom Quimby", EntityKind::Person), "{:?}", mentions(&d));
    assert!(has(&d, "Canada", EntityKind::Country), "{:?}", mentions(&d));
    assert!(!mentions(&d).iter().any(|(m, _)| m.starts_with("of ")), "{:?}", mentions(&d));
    // a town alone after the office is the town, not its holder
    assert_has("It is led by the Mayor of Brampton, currently Jane Roe.", "Brampton", EntityKind::Place);
    // the role is of the place
    let r = d.roles.iter().find(|r| d.entities[r.holder].name == "Olena Vesk").expect("a role");
    assert_eq!((r.head.as_str(), r.of.map(|e| d.entities[e].name.as_str())), ("President", Some("Ukraine")));
}

#[test]
fn town_then_its_country_without_a_comma() {
    let t = "She flew to Invercargill New Zealand and then to Springfield Illinois.";
    assert_has(t, "Invercargill", EntityKind::Place);
    assert_has(t, "New Zealand", EntityKind::Country);
    assert_has(t, "Springfield", EntityKind::Place);
    assert_has(t, "Illinois", EntityKind::Place);
}

#[test]
fn regions_and_listed_places_are_no_speakers_or_people() {
    assert_has("The band toured Europe supporting a star.", "Europe", EntityKind::Place);
    assert_has("Connecticut is planning a new lottery.", "Connecticut", EntityKind::Place);
    assert_has("Victoria said no to the offer.", "Victoria", EntityKind::Person);
    assert_has("He was born in Beverly Hills in 1950.", "Beverly Hills", EntityKind::Place);
}

#[test]
fn portfolio_after_an_office_is_no_name() {
    let t = "Minister of Education Stefania Vesk said no. The Minister of Defence said so.";
    let d = doc(t);
    assert!(has(&d, "Stefania Vesk", EntityKind::Person), "{:?}", mentions(&d));
    assert!(!mentions(&d).iter().any(|(m, _)| m.contains("Education") || m.contains("Defence")), "{:?}", mentions(&d));
}

#[test]
fn a_company_named_again_without_its_designator() {
    let t = "Quillmart Inc. cut 200 jobs. Later, Quillmart said sales fell. Vorlane Holdings agreed and Vorlane will pay.";
    let d = doc(t);
    let orgs: Vec<String> = mentions(&d).into_iter().filter(|(_, k)| *k == EntityKind::Organization).map(|(m, _)| m).collect();
    assert_eq!(orgs, ["Quillmart Inc.", "Quillmart", "Vorlane Holdings", "Vorlane"], "{:?}", mentions(&d));
    // one entity per company
    assert_eq!(d.entities.iter().filter(|e| e.kind == EntityKind::Organization).count(), 2, "{:?}", d.entities);
}

#[test]
fn noun_for_a_person_ending_an_appositive() {
    assert_has("After the match, Hernan Tolvik Gomez, Vexmoor coach, said it was hard.", "Hernan Tolvik Gomez", EntityKind::Person);
    // not a noun further on in the sentence
    assert_not_person("He was born in Quellby Falls, Vexmoor) was a boxer.", "Quellby Falls");
}

#[test]
fn common_word_opening_the_sentence_before_a_title() {
    assert_has("Hopefully President Bush can finish the work.", "Bush", EntityKind::Person);
    assert_has("Meanwhile Tamsin Orrock left the room.", "Tamsin Orrock", EntityKind::Person);
}

#[test]
fn noun_for_a_kind_of_organisation_before_a_name() {
    let t = "Shares of carmaker Quillmart rose. Retailer Brenmark cut jobs, and the punk band The Vorlanes played.";
    assert_has(t, "Quillmart", EntityKind::Organization);
    assert_has(t, "Brenmark", EntityKind::Organization);
    assert_has(t, "Vorlanes", EntityKind::Organization);
    // a given name after the noun stays a person's
    assert_not_org("The band Jane Roe formed split up.", "Jane Roe");
}

#[test]
fn appositive_naming_a_kind_of_organisation() {
    let t = "Quillmart, a Vexmoor-based retailer, cut jobs. Brenmark, the carmaker, agreed.";
    assert_has(t, "Quillmart", EntityKind::Organization);
    assert_has(t, "Brenmark", EntityKind::Organization);
    // a clause after the comma is no appositive, nor a group's member
    assert_not_org("Kevin Drake and Tolvik Bramm, left the band in May.", "Tolvik Bramm");
    assert_not_org("Tolvik, the group's leader, left.", "Tolvik");
}

#[test]
fn employer_or_owner_after_a_verb() {
    let t = "She works for Quillmart now. The unit was acquired by Brenmark in May.";
    assert_has(t, "Quillmart", EntityKind::Organization);
    assert_has(t, "Brenmark", EntityKind::Organization);
    assert_has("It is owned by Jane Roe.", "Jane Roe", EntityKind::Person);
}

#[test]
fn what_companies_do_after_a_name() {
    let t = "Quillmart unveiled a new phone on Monday. Brenmark employs 300 people.";
    assert_has(t, "Quillmart", EntityKind::Organization);
    assert_has(t, "Brenmark", EntityKind::Organization);
    // a region is no company, whatever it does
    assert_not_org("Vexmoor County employs 300 people.", "Vexmoor County");
}

#[test]
fn country_name_in_a_short_sentence_full_of_names() {
    // most longer words capitalised looks like a title-case headline, where "States" would
    // be a speech verb ending the name; a listed name running through it is kept whole
    let t = "Officials from the United States met in Vexmoor.";
    assert_has(t, "United States", EntityKind::Country);
    assert_not_person(t, "United");
    assert_has("Envoys of the United States and Canada met.", "United States", EntityKind::Country);
}

#[test]
fn organisation_named_after_a_country() {
    let t = "USA Today reported that Quillmart had lost money.";
    assert_has(t, "USA Today", EntityKind::Organization);
    assert_not_person(t, "Today");
}

#[test]
fn dotted_initials_of_a_place() {
    assert_has("The senator flew to Washington D.C. on Monday.", "Washington D.C.", EntityKind::Place);
    assert_has("Jane Roe flew to Washington DC on Monday.", "Washington DC", EntityKind::Place);
}

#[test]
fn capitalised_preposition_or_credit_label_ends_a_name() {
    // a caption line without its full stop, a list line run into the next sentence
    let t = "Student Jane Roe Image: Nick Poe.";
    assert_has(t, "Jane Roe", EntityKind::Person);
    assert_not_person(t, "Roe Image");
    let t = "Party leader Jane Roe In the eastern district, turnout was low.";
    assert_has(t, "Jane Roe", EntityKind::Person);
    assert_not_person(t, "Roe In");
}

#[test]
fn run_ending_in_a_common_word_is_no_speaker() {
    let t = "The Quarnel Independent School District said it would close.";
    assert_not_person(t, "District");
    // what speaks under such a name is an organisation
    assert_has(t, "Quarnel Independent School District", EntityKind::Organization);
    assert_has("Brenmark Coal said it would close the mine.", "Brenmark Coal", EntityKind::Organization);
    // a surname that is also a common word still is one
    assert_has("Tom Hall said it was over.", "Tom Hall", EntityKind::Person);
}

#[test]
fn abbreviated_military_titles_are_no_part_of_the_name() {
    assert_has("The day after, Lt. Tolvan Joalmer called it a success.", "Tolvan Joalmer", EntityKind::Person);
    assert_has("Sgt. Tolvan Joalmer said it was over.", "Tolvan Joalmer", EntityKind::Person);
    assert_has("Col. Jane Roe and Maj. Tom Poe arrived.", "Tom Poe", EntityKind::Person);
}

#[test]
fn new_opens_an_organisation_name() {
    assert_has("Candidates of the New Vexmoor Party won four seats.", "New Vexmoor Party", EntityKind::Organization);
}

#[test]
fn national_body_named_by_field_and_country() {
    assert_has("Environment Canada issued a warning on Monday.", "Environment Canada", EntityKind::Organization);
    let t = "Tennis Australia said the event would go ahead.";
    assert_has(t, "Tennis Australia", EntityKind::Organization);
    assert_not_person(t, "Australia");
    assert_has("He moved to New Zealand in May.", "New Zealand", EntityKind::Country);
}

#[test]
fn holder_named_after_an_office_to_a_country() {
    let t = "According to the Ambassador to the United States Tolvan Joalmer, the team won.";
    assert_has(t, "United States", EntityKind::Country);
    assert_has(t, "Tolvan Joalmer", EntityKind::Person);
}

#[test]
fn unknown_name_in_apposition_to_a_noun_for_a_person() {
    assert_has("According to the team's coach, Tolvan Joalmer, the robot won.", "Tolvan Joalmer", EntityKind::Person);
    // a known place stays one
    assert_has("They called the driver, Green Bay, at noon.", "Green Bay", EntityKind::Place);
}

#[test]
fn sentence_opener_ends_a_name_when_a_full_stop_is_missing() {
    let t = "Thanks, Jane Roe The new deal is signed.";
    assert_has(t, "Jane Roe", EntityKind::Person);
    assert_not_person(t, "Roe The");
    assert_has("Please call Jane Roe Are you free for lunch?", "Jane Roe", EntityKind::Person);
    // a listed place keeps its article
    assert_has("The Hague said it was ready.", "The Hague", EntityKind::Place);
}

#[test]
fn founded_or_manufacturing_after_a_name() {
    let t = "Quillmart was founded in 1898. In 1972, Quillmart introduced a new bike.";
    assert_has(t, "Quillmart", EntityKind::Organization);
    assert_has("Brenmark currently manufactures bicycles.", "Brenmark", EntityKind::Organization);
}

#[test]
fn town_then_common_surname_is_a_person() {
    assert_has("Paris Hilton arrived at the party on Tuesday.", "Paris Hilton", EntityKind::Person);
    // a weekday after a place is no surname; teams, papers and buildings stay what they are
    assert_has("Jane Roe flew to Florida Friday for a rally.", "Florida", EntityKind::Place);
    assert_has("They crossed London Bridge at noon.", "London Bridge", EntityKind::Place);
}

#[test]
fn abbreviated_governor_is_a_title() {
    assert_has("He met Lt. Gov. Tolvan Joalmer on Monday.", "Tolvan Joalmer", EntityKind::Person);
    assert_has("He met Gov. Jane Roe on Monday.", "Jane Roe", EntityKind::Person);
}

#[test]
fn title_case_headline_keeps_its_prepositions() {
    // every word of a headline is capitalised: "After" and "As" are no sentence openers there
    assert_not_person("Jane Roe Goes After Tom Poe As Polls Tighten", "Roe Goes");
}

// Seventh round (issue 4).

#[test]
fn quoted_nickname_inside_a_name() {
    let t = "The seat has been held since 2003 by Harold \"Junior\" Vantongeren of the Green Union.";
    assert_has(t, "Harold \"Junior\" Vantongeren", EntityKind::Person);
    // a quotation after a name is no nickname
    assert_has("Jane Roe said \"Yes\" and left.", "Jane Roe", EntityKind::Person);
}

#[test]
fn administrator_is_a_title() {
    let t = "The hangar was the obvious home; even Administrator Quimby said as much.";
    assert_has(t, "Quimby", EntityKind::Person);
    assert_not_person(t, "Administrator");
}

#[test]
fn peoples_inside_an_organisation_name() {
    assert_has("The Vexmoor People's Party won four seats.", "Vexmoor People's Party", EntityKind::Organization);
    assert_has("The video was shot in the People's Republic of China last year.", "People's Republic of China", EntityKind::Country);
}

#[test]
fn organisation_for_the_field() {
    let t = "The Quillmart Foundation for the Visual Arts made two gifts.";
    assert_has(t, "Quillmart Foundation for the Visual Arts", EntityKind::Organization);
    // what follows "for the" as a name of its own stays apart
    assert_not_person("He played in the Vexmoor Hockey League for the St. Louis Quarnels.", "League for");
}

#[test]
fn organisation_of_place_then_person() {
    let t = "A student at University of Vexmoor Harold Vantongeren heard of the arrest.";
    assert_has(t, "University of Vexmoor", EntityKind::Organization);
    assert_has(t, "Harold Vantongeren", EntityKind::Person);
}

#[test]
fn school_district_named_after_a_person_is_an_organisation() {
    let t = "Both the Irma Independent School District and the police defended the arrest.";
    assert_has(t, "Irma Independent School District", EntityKind::Organization);
}

#[test]
fn appositive_name_ending_in_a_town_name() {
    let t = "According to the team's coach, Tolvan Harrogate, the first match went badly.";
    assert_has(t, "Tolvan Harrogate", EntityKind::Person);
}

// Eighth round (issue 4).

#[test]
fn born_in_parentheses_after_a_name() {
    // a name no lexicon knows, then "(born …)" or "(née …)": said only of people
    let t = "The album was made by Tolvan Harrogate (born 1970 in Leeds). Harrogate later toured.";
    assert_has(t, "Tolvan Harrogate", EntityKind::Person);
    assert_has(t, "Harrogate", EntityKind::Person);
    assert_has("The lead was Quenby Ardmore (née Vantongeren) of Dallas.", "Quenby Ardmore", EntityKind::Person);
}

#[test]
fn lone_given_name_opening_a_sentence() {
    // a given name that is no common word names a person at the start of a sentence too
    let t = "The family moved to a farm near the coast. Gwendolyn hated it from the first day.";
    assert_has(t, "Gwendolyn", EntityKind::Person);
    // a given name that is also a common word stays out there
    assert_not_person("The board met on Friday. Will the plan survive the vote?", "Will");
}

#[test]
fn organisation_of_places_then_unknown_name() {
    // no list knows the given name: the places after "of" end the organisation
    let t = "A nursing major at University of Texas Lubbock Quenby Tazwell heard of the arrest.";
    assert_has(t, "University of Texas Lubbock", EntityKind::Organization);
    assert_has(t, "Quenby Tazwell", EntityKind::Person);
}

#[test]
fn name_repeated_from_a_person_found_later() {
    // the run before has no evidence of its own; the later "(born …)" names the person
    let t = "Since 1990 Tolvan Quarnby has toured widely. The album was made by Tolvan Quarnby (born 1970 in Leeds).";
    let d = doc(t);
    let n = mentions(&d).iter().filter(|(m, k)| m == "Tolvan Quarnby" && *k == EntityKind::Person).count();
    assert_eq!(n, 2, "{:?}", mentions(&d));
}

#[test]
fn club_named_after_a_town_that_is_a_given_name() {
    assert_has("He left for FC Chester in 2007 on a free transfer.", "FC Chester", EntityKind::Organization);
}

#[test]
fn title_word_opening_an_organisation_name() {
    let t = "He pitched two seasons in Major League Quidball before he retired.";
    assert_has(t, "Major League Quidball", EntityKind::Organization);
    assert_not_person(t, "League");
    // a title before a person's name stays a title
    assert_has("The unit was led by Major Tolvan Quarnby until 1944.", "Tolvan Quarnby", EntityKind::Person);
}

#[test]
fn given_name_after_a_kind_of_organisation() {
    // "the band Gwendolyn." names the band, and later mentions follow it
    let t = "She sang for the band Gwendolyn. Later Gwendolyn released two albums.";
    let d = doc(t);
    let n = mentions(&d).iter().filter(|(m, k)| m == "Gwendolyn" && *k == EntityKind::Organization).count();
    assert_eq!(n, 2, "{:?}", mentions(&d));
    // a verb after the name leaves it a person ("the company Gwendolyn founded")
    assert_has("He sold the company Gwendolyn founded in 1990.", "Gwendolyn", EntityKind::Person);
}

#[test]
fn hall_of_fame_is_an_organisation() {
    assert_has("She was inducted into the Quidball Hall of Fame in 1998.", "Quidball Hall of Fame", EntityKind::Organization);
    // (a field in common words alone, which the tagger leaves out)
    assert_has("She was inducted into the Curling Hall of Fame in 1998.", "Curling Hall of Fame", EntityKind::Organization);
}

#[test]
fn coach_is_a_title() {
    let t = "Vexmoor Coach Tolvan Quarnby called it a fair result.";
    assert_has(t, "Tolvan Quarnby", EntityKind::Person);
    assert_not_person(t, "Coach");
}

#[test]
fn organisation_of_two_fields() {
    let t = "She teaches in the Department of Physics and Astronomy at Vexmoor.";
    assert_has(t, "Department of Physics and Astronomy", EntityKind::Organization);
    // a person's name after "and" stays apart
    let t = "The deal was signed by the Ministry of Energy and Jane Roe.";
    assert_has(t, "Ministry of Energy", EntityKind::Organization);
    assert_has(t, "Jane Roe", EntityKind::Person);
}

#[test]
fn organisation_words_joined_by_and() {
    assert_has("He studied at Vexmoor Community and Technical College.", "Vexmoor Community and Technical College", EntityKind::Organization);
    assert_has("It was renamed Quarnel Community & Technical College in 2006.", "Quarnel Community & Technical College", EntityKind::Organization);
    // a person before "and" stays apart
    assert_has("Jane Roe and Technical College staff met on Friday.", "Jane Roe", EntityKind::Person);
}

#[test]
fn municipality_and_lottery_are_organisation_words() {
    assert_has("The request was made by the Municipality of Vexmoor in 2010.", "Municipality of Vexmoor", EntityKind::Organization);
    assert_has("The jackpot went unclaimed, the Quarnel Lottery said.", "Quarnel Lottery", EntityKind::Organization);
}

#[test]
fn person_after_the_plural_tail_of_a_longer_name() {
    let t = "The director of the Council on Vexmoor-Quarnel Relations Jane Roe said the group was pleased.";
    assert_has(t, "Jane Roe", EntityKind::Person);
    assert_not_person(t, "Relations");
}

#[test]
fn initials_before_a_surname() {
    assert_has("The theory was set out by C. H. Quarnby in 1920.", "C. H. Quarnby", EntityKind::Person);
    assert_has("The report was signed by P. Pettigrew on Monday.", "P. Pettigrew", EntityKind::Person);
}

#[test]
fn name_and_region_head_make_a_region() {
    // also at the start of a sentence, and where the name alone is a company's
    assert_has("Vexmoor Province is dry in summer.", "Vexmoor Province", EntityKind::Place);
    assert_has("The house is one of Ford County's four historic places.", "Ford County", EntityKind::Place);
    // an organisation of the region stays one
    assert_has("The Quarnel County Council met on Monday.", "Quarnel County Council", EntityKind::Organization);
}

#[test]
fn unlisted_town_before_its_country_or_region() {
    assert_has("Boultham is a village in Quarnbyshire, England.", "Quarnbyshire", EntityKind::Place);
    assert_has("He was born in Vexmoor, Ohio, in 1950.", "Vexmoor", EntityKind::Place);
    // a person named in full is no town
    assert_has("The award went to Jane Roe, England's captain.", "Jane Roe", EntityKind::Person);
}

#[test]
fn place_named_after_another_place() {
    assert_has("The bell was moved to Old Delhi in 1870.", "Old Delhi", EntityKind::Place);
    assert_has("Many came from Upper Egypt that year.", "Upper Egypt", EntityKind::Place);
    assert_has("Trade in West Africa grew after the war.", "West Africa", EntityKind::Place);
    assert_has("The river flows into Lake Chad in the dry season.", "Lake Chad", EntityKind::Place);
    // a listed country of that shape stays the country
    assert_has("North Korea fired two missiles.", "North Korea", EntityKind::Country);
}

#[test]
fn name_after_a_word_for_a_place_and_of() {
    assert_has("The line ran near the town of Quarnby for a mile.", "Quarnby", EntityKind::Place);
    assert_has("Aisby is in the English county of Vexmoorshire.", "Vexmoorshire", EntityKind::Place);
    // a surname that a person bears elsewhere in the article is still the town here
    let t = "Jane Coleman visited the prison south of the town of Coleman last year.";
    let d = doc(t);
    assert!(mentions(&d).iter().any(|(m, k)| m == "Coleman" && *k == EntityKind::Place), "{:?}", mentions(&d));
}

#[test]
fn name_that_is_a_village() {
    assert_has("Quarnby is a small village in the north of the county.", "Quarnby", EntityKind::Place);
    // a word for a place used as a modifier says nothing
    let d = doc("Tolvan Quarnby is a village elder and a farmer.");
    assert!(!has(&d, "Tolvan Quarnby", EntityKind::Place), "{:?}", mentions(&d));
}

#[test]
fn broadcaster_call_sign() {
    let t = "In 1994 4QX was sold. Listen to 882 4QX tonight, from 9AM, in a 4WD.";
    let d = doc(t);
    assert!(has(&d, "4QX", EntityKind::Organization) && has(&d, "882 4QX", EntityKind::Organization), "{:?}", mentions(&d));
    // the frequency names the same station; a year does not join it
    let ents: Vec<usize> = d.mentions.iter().filter(|m| d.slice(m.span).ends_with("4QX")).map(|m| m.entity).collect();
    assert!(ents.windows(2).all(|w| w[0] == w[1]), "{:?}", mentions(&d));
    assert!(!mentions(&d).iter().any(|(m, _)| m == "1994 4QX" || m == "9AM" || m == "4WD"), "{:?}", mentions(&d));
}

#[test]
fn brooks_ponds_caves_and_gyms_are_places() {
    assert_has("An arch was built over Quarnby Brook in 1895.", "Quarnby Brook", EntityKind::Place);
    assert_has("Tolvan Gym could hold around 1,100 people.", "Tolvan Gym", EntityKind::Place);
    // a surname-like head after given names alone stays a person
    assert_has("The cup went to Jane Brook on Sunday.", "Jane Brook", EntityKind::Person);
}

#[test]
fn place_repeated_after_it_was_found() {
    let t = "Quarnby is a small village in the north. Since 1990 Quarnby has grown. Both Quarnby and Vexley are old.";
    let d = doc(t);
    let n = mentions(&d).iter().filter(|(m, k)| m == "Quarnby" && *k == EntityKind::Place).count();
    assert_eq!(n, 3, "{:?}", mentions(&d));
    // the surname of a person named in full stays the person's
    let d = doc("Jane Coleman grew up in the town of Coleman. Later Coleman said she missed it.");
    assert!(has(&d, "Coleman", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn number_of_a_unit_belongs_to_its_name() {
    assert_has("The 3rd Quarnby Regiment left at dawn.", "3rd Quarnby Regiment", EntityKind::Organization);
    assert_has("It was redesignated 65 Vexmoor Wing in 1943.", "65 Vexmoor Wing", EntityKind::Organization);
    // a plain number before another organisation, or a date, stays out
    let d = doc("Please send the January 31st Quillmart Group figures.");
    assert!(!mentions(&d).iter().any(|(m, _)| m.starts_with("31st")), "{:?}", mentions(&d));
}

#[test]
fn lone_surname_after_a_name_found_by_repetition() {
    // the person is only found from the list with another person; the lone surname is
    // looked at again once the person is known
    let t = "Six minutes later, Quarnby scored again. The goals came from Jane Roe and Tolvan Quarnby.";
    let d = doc(t);
    assert!(has(&d, "Quarnby", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn plural_common_noun_as_a_team_in_a_sentence_about_games() {
    assert_has("He played defensive end for the Otters in 1971.", "Otters", EntityKind::Organization);
    assert_has("He pitched one inning, but the Hornets lost 10-7.", "Hornets", EntityKind::Organization);
    // not outside games or music, not a people, not the start of a longer name
    let d = doc("The pamphlet describes the Protocols as a fraud. The Communists met in the Highlands.");
    assert!(!mentions(&d).iter().any(|(_, k)| *k == EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn shop_named_with_a_possessive() {
    assert_has("Quillmart's was added a year later, replacing the old store.", "Quillmart's", EntityKind::Organization);
    // what a person owns, or the plural of a word in capitals, is no shop
    let d = doc("Tolvan Quarnby's was the better offer. Play your CD's loud.");
    assert!(!mentions(&d).iter().any(|(m, _)| m.ends_with("'s")), "{:?}", mentions(&d));
}

#[test]
fn a_state_or_province_is_preferred_to_a_small_town_of_its_name() {
    let place = |d: &Doc, name: &str| d.entities.iter().find(|e| e.kind == EntityKind::Place && e.name == name).map(|e| (e.country.clone().unwrap_or_default(), e.place_kind.unwrap_or("")));
    let d = doc("Growers in Florida said the harvest was poor.");
    assert_eq!(place(&d, "Florida"), Some(("US".into(), "region")), "{:?}", d.entities);
    let d = doc("Wine makers in Tuscany said the harvest was poor.");
    assert_eq!(place(&d, "Tuscany"), Some(("IT".into(), "region")), "{:?}", d.entities);
    // coordinated with a place after "in", a region is a place too, though a cue follows
    let d = doc("Growers in Florida and Tuscany said the harvest was poor.");
    assert_eq!(place(&d, "Tuscany"), Some(("IT".into(), "region")), "{:?}", d.entities);
    // a dateline's region after a comma picks that region's town
    let d = doc("SPRINGFIELD, Mass. (AP) - A fire destroyed a warehouse on Monday.");
    let e = d.entities.iter().find(|e| e.name == "Springfield").expect("the town");
    assert_eq!(e.region.as_deref(), Some("Massachusetts"));
}

#[test]
fn unknown_name_in_apposition_after_of_or_from() {
    // a noun for a person, "of"/"from" and a name, then the comma: the name after it is a person
    assert_has("The chairman of the QEC, Wakoli Otundo, said the count was fair.", "Wakoli Otundo", EntityKind::Person);
    assert_has("Hale met his counterpart from Poland, Wacvel Ostrowicz-Kral, on Monday.", "Wacvel Ostrowicz-Kral", EntityKind::Person);
    assert_has("A Saudi delegate, Albaru Tawqin, said the kingdom would not sign.", "Albaru Tawqin", EntityKind::Person);
}

#[test]
fn listed_place_over_a_lower_case_word() {
    // a listed place whose name holds a lower-case word is one place, not two
    let t = "Farmers in the southern state of Rio Grande do Sul lost their crops.";
    assert_has(t, "Rio Grande do Sul", EntityKind::Place);
    // a world region written with a lower-case word is that region, not a person
    let t = "Hale said the Baltic states faced growing threats.";
    assert_has(t, "Baltic states", EntityKind::Place);
    assert_not_person(t, "Baltic");
}

#[test]
fn name_between_the_and_a_common_noun_is_no_person() {
    // "the Kent County Republican headquarters": a name that modifies a noun after "the"
    assert_not_person("Hale spoke at the Kent Quarnby Republican headquarters on Friday.", "Republican");
    // a person named in full elsewhere is still that person
    assert_has("Jane Roe spoke first. Voters liked the Jane Roe plan.", "Jane Roe", EntityKind::Person);
}

#[test]
fn company_short_name_is_the_company() {
    // the first word of the one company named with organisation words after it
    let t = "Regulators blocked a bid by Quillmart Systems on Tuesday. The target, Solenne Technologies, is based in Lyon. Solenne shares fell 14%. Quillmart had agreed to pay a fee.";
    let d = doc(t);
    let ent = |s: &str| d.mentions.iter().find(|m| d.slice(m.span) == s).map(|m| m.entity);
    assert_eq!(ent("Solenne"), ent("Solenne Technologies"), "{:?}", mentions(&d));
    assert_eq!(ent("Quillmart"), ent("Quillmart Systems"), "{:?}", mentions(&d));
    assert_not_person(t, "Solenne");
}

/// The ISO country of the place mentioned as `text`.
fn place_country(d: &Doc, text: &str) -> Option<String> {
    d.mentions.iter().find(|m| d.slice(m.span) == text && d.entities[m.entity].kind == EntityKind::Place).and_then(|m| d.entities[m.entity].country.clone())
}

#[test]
fn a_named_country_or_a_place_in_it_chooses_among_namesakes() {
    // a state of a named country, though towns abroad bear its name and the state has no population
    let d = doc("The U.S. Supreme Court ruled on Monday. Similar laws in Texas, Florida and Montana may fall.");
    assert_eq!(place_country(&d, "Florida").as_deref(), Some("US"), "{:?}", mentions(&d));
    assert_eq!(place_country(&d, "Montana").as_deref(), Some("US"), "{:?}", mentions(&d));
    // a place names its country: "Gaza" makes "Rafah" the town there, not the smaller one in Egypt
    let d = doc("Strikes hit Gaza on Monday. Egypt warned against an assault on Rafah.");
    assert_eq!(place_country(&d, "Rafah").as_deref(), Some("PS"), "{:?}", mentions(&d));
}

#[test]
fn unknown_name_after_its_leader_or_forecasters() {
    // "leader" describes a person without naming an office: evidence of a person all the same
    assert_has("The party lost seats. Its leader, Ozvan Ozdel, said families could not pay rent.", "Ozvan Ozdel", EntityKind::Person);
    // a plural noun for people opening a sentence is no name
    assert_not_person("Forecasters expect hot and dry weather to continue.", "Forecasters");
}

#[test]
fn name_before_lower_case_party_is_the_party() {
    let t = "Jeri, a lawyer from the conservative Vexmoor Ahead party, was sworn in.";
    assert_has(t, "Vexmoor Ahead", EntityKind::Organization);
    assert_not_person(t, "Ahead");
}

#[test]
fn resources_company_and_its_short_name() {
    let t = "Producers, including Quillon Resources and Vaxmark, cut output. Quillon said it had evacuated staff.";
    assert_has(t, "Quillon Resources", EntityKind::Organization);
    assert_not_person(t, "Quillon");
    // a lone "Police" or "Government" opening a sentence names nothing by itself
    let d = doc("Police fired tear gas at protesters. Government spokesman Tom Varga said three officers were hurt.");
    assert!(!mentions(&d).iter().any(|(m, _)| m == "Police" || m == "Government"), "{:?}", mentions(&d));
}

#[test]
fn family_name_written_first_that_is_also_a_given_name() {
    // "Lin" is listed as a given name, but after "Lin Taovei" it is his family name
    let d = doc("The ministry's spokesman, Lin Taovei, said the ships had intruded. Lin urged Manila to stop provocations.");
    let ent = |s: &str| d.mentions.iter().find(|m| d.slice(m.span) == s).map(|m| m.entity);
    assert!(ent("Lin").is_some(), "{:?}", mentions(&d));
    assert_eq!(ent("Lin"), ent("Lin Taovei"), "{:?}", mentions(&d));
}

#[test]
fn organisation_without_its_of_phrase_is_the_same() {
    let d = doc("The Election Commission of Peru counted the votes. Later the Election Commission published the turnout.");
    let ent = |s: &str| d.mentions.iter().find(|m| d.slice(m.span) == s).map(|m| m.entity);
    assert!(ent("Election Commission").is_some(), "{:?}", mentions(&d));
    assert_eq!(ent("Election Commission"), ent("Election Commission of Peru"), "{:?}", mentions(&d));
}

#[test]
fn one_word_name_before_lower_case_party() {
    assert_has("The populist Quarnito party won 14 seats.", "Quarnito", EntityKind::Organization);
}

#[test]
fn a_title_ending_a_headline_or_a_plural_noun_names_no_one() {
    // the headline's last word is no title of the dateline's city
    let t = "Minister meets envoy\nVEXMOOR CITY (Reuters) - Talks began on Monday.";
    assert_not_person(t, "VEXMOOR");
    let d = doc("Rain hits the capital of the crisis-hit state, meets envoy\nNAIROBI (Reuters) - Talks began on Monday.");
    assert!(!mentions(&d).iter().any(|(m, k)| m == "NAIROBI" && *k == EntityKind::Person), "{:?}", mentions(&d));
    // a plural noun for people before a name does not make it a person
    let t = "Jane Quarry told reporters Nairobi wanted more aid.";
    assert_not_person(t, "Nairobi");
    // a singular one still does
    assert_has("The band later hired saxophonist Oru Delacorte for the tour.", "Oru Delacorte", EntityKind::Person);
}

#[test]
fn journalists_credited_in_bylines_and_footers_are_no_actors() {
    let t = "Pact agreed\nBy Jane Quarry and Tom Hallworth\nBRUSSELS (Reuters) - Leaders agreed a pact, Council President Ada Vexmoor said.\n(Reporting by Jane Quarry; Editing by Tom Hallworth)\nAP writer Lorne Oakes in Paris contributed to this report.";
    let d = doc(t);
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people, ["Ada Vexmoor"], "{:?}", mentions(&d));
}

#[test]
fn a_state_body_named_by_its_country_is_the_body_named_by_its_adjective() {
    let d = doc("Chile's central bank held its rate on Tuesday. The Chilean central bank said inflation had risen.");
    let orgs: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Organization).map(|e| e.name.as_str()).collect();
    assert_eq!(orgs, ["Chilean central bank"], "{:?}", mentions(&d));
    // the possessive keeps the country's mention; the body's is the words after it
    assert!(has(&d, "Chile", EntityKind::Country) && has(&d, "central bank", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_peoples_adjective_or_an_abbreviated_office_names_no_one() {
    assert_not_person("The league urged Arab states to help.", "Arab");
    assert_not_person("Ministers of Arab states met in Cairo.", "Arab");
    assert_not_person("Kurdish fighters said they held the town.", "Kurdish");
    assert_has("The Arab League said the plan was dead.", "Arab League", EntityKind::Organization);
    assert_not_person("Vexmoor PM urges calm\nThe prime minister urged calm.", "PM");
    assert_has("Vexmoor PM Ada Quarry said the talks were useful.", "Ada Quarry", EntityKind::Person);
}

#[test]
fn an_arabic_article_on_a_surname_does_not_make_another_surname() {
    let d = doc("Prime Minister Ahmed Tolba al-Qarni met the envoy. Al-Qarni said the talks went well. Later, Qarni left.");
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people, ["Ahmed Tolba al-Qarni"], "{:?}", mentions(&d));
}

#[test]
fn a_country_that_is_also_a_given_name_opens_a_persons_name() {
    assert_has("Defence Minister Israel Katz said the army would act.", "Israel Katz", EntityKind::Person);
    assert_has("Jordan Pruitt said the vote was fair.", "Jordan Pruitt", EntityKind::Person);
    // not before an organisation's word or another name
    assert_has("Israel Police said the suspect fled.", "Israel Police", EntityKind::Organization);
    assert_has("Israel and Hamas talks resumed.", "Israel", EntityKind::Country);
}

#[test]
fn central_banks_and_towns_known_without_their_qualifier() {
    let d = doc("The U.S. Federal Reserve held rates. The Fed said inflation was easing. Fed up with delays, farmers protested.");
    let orgs: Vec<(String, EntityKind)> = mentions(&d).into_iter().filter(|(_, k)| *k == EntityKind::Organization).collect();
    assert_eq!(orgs.len(), 2, "the Fed twice, not the verb: {orgs:?}");
    // "Frankfurt" is Frankfurt am Main, not a small Frankfort of the United States
    let d = doc("Bankers met in Frankfurt on Monday.");
    let e = d.entities.iter().find(|e| e.kind == EntityKind::Place).expect("a place");
    assert_eq!((e.name.as_str(), e.country.as_deref()), ("Frankfurt am Main", Some("DE")));
}

#[test]
fn a_surname_particle_makes_a_person_and_an_appositive_title_a_given_name_country() {
    assert_has("Far-right leader Ada Le Quarry said no.", "Ada Le Quarry", EntityKind::Person);
    assert_has("Marine Le Pen said the ruling was unjust.", "Marine Le Pen", EntityKind::Person);
    assert_has("Jordan Vexley, the party's president, called the ruling unjust.", "Jordan Vexley", EntityKind::Person);
}

#[test]
fn a_countrys_adjective_of_two_words_names_the_country() {
    let d = doc("South African President Ada Vexmoor said the law was fair. The South African government agreed.");
    assert!(has(&d, "South African", EntityKind::Country), "{:?}", mentions(&d));
    assert!(has(&d, "South African government", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!d.entities.iter().any(|e| e.name == "South African" && e.kind == EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_listed_group_of_one_letter_and_digits_is_found_mid_sentence() {
    assert_has("He would not attend the G20 meeting in Lima.", "G20", EntityKind::Organization);
    assert_has("Leaders of the G7 met on Monday.", "G7", EntityKind::Organization);
    assert!(mentions(&doc("Plan B failed, he said.")).is_empty());
}

#[test]
fn an_acronym_may_keep_the_of_or_the_order_of_another_language() {
    let t = "The Union of Coastal Fishers (UOCF) met the Superior Harbour Court (CSH) on Monday. UOCF lawyers said CSH judges would rule.";
    let d = doc(t);
    let of = |text: &str| d.mentions.iter().filter(|m| d.slice(m.span) == text).map(|m| m.entity).collect::<Vec<_>>();
    let union = of("Union of Coastal Fishers");
    assert!(union.len() == 1 && of("UOCF").len() == 2 && of("UOCF").iter().all(|e| *e == union[0]), "{:?}", mentions(&d));
    let court = of("Superior Harbour Court");
    assert!(court.len() == 1 && of("CSH").len() == 2 && of("CSH").iter().all(|e| *e == court[0]), "{:?}", mentions(&d));
}

#[test]
fn a_compass_word_alone_is_no_region_and_a_headline_no_island() {
    let d = doc("Norland Navy Chases Trawlers After Crew Lands On Remote Island\n\nDroughts have spread across West and North Africa this decade.");
    assert!(!mentions(&d).iter().any(|(t, _)| t == "West" || t.ends_with("Island")), "{:?}", mentions(&d));
}

#[test]
fn a_place_named_again_is_the_place_named_before() {
    // (Canada, named in between, has a Victoria too)
    let t = "Australia's grain growers rallied in a park in Victoria on Monday.\n\nCanada bought more wheat.\n\nTractors blocked roads around Victoria and Melbourne on Tuesday.";
    let d = doc(t);
    let ents: Vec<usize> = d.mentions.iter().filter(|m| d.slice(m.span) == "Victoria").map(|m| m.entity).collect();
    assert!(ents.len() == 2 && ents[0] == ents[1], "{:?}", d.mentions.iter().map(|m| (d.slice(m.span), d.entities[m.entity].country.clone())).collect::<Vec<_>>());
}

#[test]
fn a_title_before_a_name_after_a_comma_is_no_appositive_of_the_name_before() {
    // "The head of Talvora, Vice Admiral Jonas Weller,": Talvora is no person, and "he"
    // is the admiral
    let d = doc("The head of Talvora, Vice Admiral Jonas Weller, said the ships would stay. He warned that the storm was near.");
    assert!(!d.entities.iter().any(|e| e.name == "Talvora" && e.kind == EntityKind::Person), "{:?}", d.entities);
    let s = d.statements.iter().find(|s| d.slice(s.text).contains("storm was near")).expect("statement");
    let sp = s.speaker.map(|e| d.entities[d.actor_of(e)].name.clone());
    assert_eq!(sp.as_deref(), Some("Jonas Weller"));
    // an appositive title still makes a person: "Varga, the Chilean trade minister,"
    let d = doc("Mr. Quenby, the Chilean trade minister, said the port would reopen.");
    assert!(d.entities.iter().any(|e| e.name.contains("Quenby") && e.kind == EntityKind::Person), "{:?}", d.entities);
}

#[test]
fn a_name_joined_to_a_participle_modifies_the_next_name() {
    // "London-based" is no part of the organisation's name after it
    assert_has("The Oslo-based Institute for Harbour Studies said the port was safe.", "Institute for Harbour Studies", EntityKind::Organization);
}

#[test]
fn an_institution_named_with_a_number() {
    // "Number 10" and "No 10" are Downing Street (an alias in the institutions list)
    assert_has("Number 10 said the minister had its full support.", "Number 10", EntityKind::Organization);
}

#[test]
fn a_surname_that_is_a_foreign_towns_alias_is_no_town() {
    // "Bush" is also the unaccented spelling of a town abroad; a country named in the story
    // (by its adjective) or "of" before a possessive does not make the word that town
    let t = "The plot was run by an Egyptian group. Four of the failures came under Clinton and six under Bush. It was a result of Bush's war.";
    let d = doc(t);
    assert!(!mentions(&d).iter().any(|(m, k)| m == "Bush" && *k == EntityKind::Place), "{:?}", mentions(&d));
    assert!(has(&d, "Bush", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_business_name_ends_in_a_word_of_trade() {
    // a capitalised run ending in a word of business names ("Energy", "Logistics",
    // "International", "Design") is an organisation, also where its first word is a given name
    let t = "The contract went to Quarnby Energy in March, and later to Tolvan Logistics.";
    assert_has(t, "Quarnby Energy", EntityKind::Organization);
    assert_has(t, "Tolvan Logistics", EntityKind::Organization);
    let t = "She worked for Harlow Design before she joined Brenmark International as a consultant.";
    assert_has(t, "Harlow Design", EntityKind::Organization);
    assert_has(t, "Brenmark International", EntityKind::Organization);
    // not common words alone ("Clean Energy")
    let d = doc("Investors put more money into Clean Energy last year.");
    assert!(!has(&d, "Clean Energy", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn an_organisation_of_the_something() {
    // an organisation's head word, "of the" and a name make one name
    assert_has("Soldiers of the Army of the Quarn crossed the river on Monday.", "Army of the Quarn", EntityKind::Organization);
    assert_has("The Bank of the Vexmoor Coast raised its rates.", "Bank of the Vexmoor Coast", EntityKind::Organization);
    assert_has("She studied at the University of the Bahamas before the war.", "University of the Bahamas", EntityKind::Organization);
    // but not two organisations, nor a country after a complete name
    let d = doc("It is a Chess Group of the Quarnby Computer Society, with members in many towns.");
    assert!(has(&d, "Quarnby Computer Society", EntityKind::Organization), "{:?}", mentions(&d));
    let d = doc("Researchers of Vexmoor State University of the US and others took part.");
    assert!(has(&d, "Vexmoor State University", EntityKind::Organization), "{:?}", mentions(&d));
    let d = doc("The Eastern Quarn Command of the People's Vexmoor Army said the drill was over.");
    assert!(!mentions(&d).iter().any(|(m, _)| m.contains(" of the People")), "{:?}", mentions(&d));
}

#[test]
fn a_body_named_by_what_it_deliberates_on() {
    // "Council on …", "Commission on …": the subject is part of the name
    assert_has("A spokesman for the Council on Quarnby Relations said the rules were unfair.", "Council on Quarnby Relations", EntityKind::Organization);
    assert_has("The Commission on Harbour Safety met in the spring.", "Commission on Harbour Safety", EntityKind::Organization);
    // not a day, a code or a place after "on"
    let d = doc("The Vexmoor Space Center on Tuesday launched a rocket from the Quarn Space Center on QX-1.");
    assert!(!mentions(&d).iter().any(|(m, _)| m.contains(" on ")), "{:?}", mentions(&d));
}

#[test]
fn an_age_in_commas_after_a_name_no_list_knows() {
    // "Jane Roe, 41, was charged": the age makes a name-like run a person
    let t = "Thandeka Mbokazi, 29, and Vuyani Ndlovu, 33, were charged. Mbokazi, 29, was later released.";
    assert_has(t, "Thandeka Mbokazi", EntityKind::Person);
    assert_has(t, "Vuyani Ndlovu", EntityKind::Person);
    assert_has("The victim was Kwabena Osei-Mensah, 41.", "Kwabena Osei-Mensah", EntityKind::Person);
    // not a place before a count, nor a date
    assert_not_person("In Durban, 41 people died on March 3, 2020.", "Durban");
}

#[test]
fn weapon_abbreviations_are_no_organisations() {
    let d = doc("The army said the UAV was shot down before it reached the border, and that no ICBMs were moved.");
    assert!(!mentions(&d).iter().any(|(m, _)| m == "UAV" || m == "ICBMs"), "{:?}", mentions(&d));
}

#[test]
fn a_ship_named_after_a_person_is_no_person() {
    // after a lower-case word for a ship, or opened by a navy's prefix
    let d = doc("The navy sent the aircraft carrier Tolvan Harrow to the region, and USS Jane Quarnby sailed on Monday.");
    assert!(!mentions(&d).iter().any(|(m, k)| (m.contains("Harrow") || m.contains("Quarnby")) && *k == EntityKind::Person), "{:?}", mentions(&d));
    // a person who boards a ferry stays one
    assert_has("Jane Roe boarded the ferry at Dover.", "Jane Roe", EntityKind::Person);
}

#[test]
fn practitioners_in_the_plural_are_no_person() {
    // "Volcanologists warned": a plural noun for a trade that no list holds, before a cue
    assert_not_person("Volcanologists warned of more eruptions. Epidemiologists told the town to stay away.", "ologists");
}

#[test]
fn a_surname_in_capitals_is_a_person() {
    // a court's opinion or a transcript writes surnames in capitals
    let t = "The court ruled on Monday. The opinion was filed by TOLLIVER, in which PETTIGREW joined.";
    let d = doc(t);
    assert!(has(&d, "TOLLIVER", EntityKind::Person) && has(&d, "PETTIGREW", EntityKind::Person), "{:?}", mentions(&d));
    // initials stay an organisation's, and a law invoked "under" is no person
    assert_has("The NAACP said it would appeal.", "NAACP", EntityKind::Organization);
    assert_not_person("He was charged under PETTIGREW last year.", "PETTIGREW");
}

#[test]
fn arabic_names_by_their_parts() {
    // a kunya closed by a name with the article, and a capitalised "Bin" before a name
    assert_has("Officials said Abu Tolvan al-Quarnabi had fled the city.", "Abu Tolvan al-Quarnabi", EntityKind::Person);
    assert_has("Abu Tolvan al-Quarnabi and his group were said to be rivals.", "Abu Tolvan al-Quarnabi", EntityKind::Person);
    assert_has("The attack was planned by Bin Quarnab and his aides.", "Bin Quarnab", EntityKind::Person);
    // a listed place keeps its name
    assert_has("The talks were held in Abu Dhabi on Monday.", "Abu Dhabi", EntityKind::Place);
}

#[test]
fn armed_units_in_the_plural() {
    // "Brigades", "Battalions", "Regiments" end an armed group's name as the singular does
    assert_has("Troops from the Quarn Brigades entered the village on Monday.", "Quarn Brigades", EntityKind::Organization);
    assert_has("The Tolvan Martyrs Battalions fired back.", "Tolvan Martyrs Battalions", EntityKind::Organization);
}

#[test]
fn a_code_with_letters_and_digits_is_no_organisation() {
    // a product's or an index's code ("QX20") is no organisation's initials; one letter and a
    // number is a group of states ("G33", "P5")
    let d = doc("The QX20 index fell two percent, and the new QZ5 phone sold well.");
    assert!(!mentions(&d).iter().any(|(m, k)| (m == "QX20" || m == "QZ5") && *k == EntityKind::Organization), "{:?}", mentions(&d));
    assert_has("The G33 bloc said the draft was unfair.", "G33", EntityKind::Organization);
}

#[test]
fn of_a_town_then_its_region() {
    // "the mayor of X, Texas": "of" after a word for a town's officers, people or parts asks
    // for a place, as "in" does, when the region follows after a comma
    let t = "The mayor of Pettigrew, Texas, said the water was safe.";
    assert_has(t, "Pettigrew", EntityKind::Place);
    assert_has("The archive is in the county seat of Tolliver, Illinois.", "Tolliver", EntityKind::Place);
}

#[test]
fn airlines_named_air() {
    // "Air" and a country or a name, or a name and "Air", is an airline
    assert_has("The plane, operated by Air Vexmoor, landed safely.", "Air Vexmoor", EntityKind::Organization);
    assert_has("The deal with Quarnby Air collapsed.", "Quarnby Air", EntityKind::Organization);
    assert_has("Fares on Air France have fallen lately.", "Air France", EntityKind::Organization);
    // not the air force, nor "Air" before a common word
    assert_has("The Vexmoor Air Force said the jet crashed.", "Vexmoor Air Force", EntityKind::Organization);
}

#[test]
fn seas_straits_and_capes() {
    // a sea, a strait or a gulf by its head word, also "of" a name; a listed place of several
    // words is not cut at the country its name starts with ("Guatemala City")
    let t = "The Vexmoor Sea and the Gulf of Quarn were closed to shipping, as was the Quarn Strait.";
    assert_has(t, "Vexmoor Sea", EntityKind::Place);
    assert_has(t, "Gulf of Quarn", EntityKind::Place);
    assert_has(t, "Quarn Strait", EntityKind::Place);
    assert_has("The vessel rounded the Cape of Quarnby last week.", "Cape of Quarnby", EntityKind::Place);
    assert_has("The summit will take place in Guatemala City next year.", "Guatemala City", EntityKind::Place);
}

#[test]
fn treaties_accords_and_acts_are_no_actors() {
    let d = doc("Both sides signed the Quarnby Accords in 2015, and the Harbour Safety Act passed in May. Tolvan could leave the Non-Quarnby Treaty, the official said.");
    assert!(!mentions(&d).iter().any(|(m, _)| m.contains("Accords") || m.contains("Act") || m.contains("Treaty")), "{:?}", mentions(&d));
}

#[test]
fn islands_shoals_and_reefs() {
    let t = "Boats gathered off the Tolvan Islands, near Quarn Shoal and Quarn Reef.";
    assert_has(t, "Tolvan Islands", EntityKind::Place);
    assert_has(t, "Quarn Shoal", EntityKind::Place);
    assert_has(t, "Quarn Reef", EntityKind::Place);
    // "Reef" is also a surname: after a given name it names a person
    assert_has("Jane Reef said the plan was sound.", "Jane Reef", EntityKind::Person);
}

#[test]
fn an_organisation_word_opening_a_sentence_before_a_noun_modifies_it() {
    // "Insurance premiums rose": no organisation named "Insurance"
    let d = doc("Insurance premiums rose sharply. Television ratings fell in May.");
    assert!(d.mentions.is_empty(), "{:?}", mentions(&d));
    // a state's body keeps its name, and so does a name before a cue
    assert_has("Parliament voted on Monday.", "Parliament", EntityKind::Organization);
}

#[test]
fn designators_written_with_stops() {
    assert_has("He joined Quarnby A.F.C. in 1990.", "Quarnby A.F.C.", EntityKind::Organization);
    assert_has("Later Tolvanos S.A. bought the line.", "Tolvanos S.A.", EntityKind::Organization);
    // a designator alone names nothing
    let d = doc("She set up two L.L.C.s last year.");
    assert!(d.mentions.is_empty(), "{:?}", mentions(&d));
}
#[test]
fn quoted_nickname_after_a_title_and_a_middle_initial() {
    let t = "Rep. Harold B. \"Hal\" Vantongeren opened the fair on Saturday.";
    assert_has(t, "Harold B. \"Hal\" Vantongeren", EntityKind::Person);
    // the nickname is no person of its own
    let d = doc(t);
    assert!(!mentions(&d).iter().any(|(m, k)| m == "Hal" && *k == EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_country_spelt_like_a_given_name_before_a_surname_and_a_cue() {
    // (the country had been taken, and the surname left alone)
    assert_has("Jordan Pike said the deal was unfair.", "Jordan Pike", EntityKind::Person);
    assert_has("“The port will close,” said Chad Wexley, an analyst at a bank.", "Chad Wexley", EntityKind::Person);
    // the country itself still speaks
    assert_has("Jordan said the border would stay shut.", "Jordan", EntityKind::Country);
}

#[test]
fn a_country_and_its_trade_before_a_cue_is_no_person() {
    let d = doc("Georgia Power said the plant would reopen.");
    assert!(!mentions(&d).iter().any(|(m, k)| m == "Georgia Power" && *k == EntityKind::Person), "{:?}", mentions(&d));
    let d = doc("“We will wait,” Ann Lee told Jordan Radio.");
    assert!(!mentions(&d).iter().any(|(m, k)| m.starts_with("Jordan") && *k == EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_generational_suffix_closes_a_name() {
    // (an unknown given name with a middle initial: the suffix had made it no name at all)
    assert_has("\"The levy is a disgrace,\" Quarn B. Hollis II, a writer for a weekly, said on Monday.", "Quarn B. Hollis II", EntityKind::Person);
    assert_not_person("Veterans of World War II met in the hall.", "World War");
}

#[test]
fn a_given_name_repeated_opens_the_next_name() {
    // a letter's closing, then the next header's sender, on one line
    let t = "The papers are signed, so all is well. Marta Marta Quillen Vexby 02/11/2003 10:15 AM: the draft is attached.";
    assert_has(t, "Marta", EntityKind::Person);
    assert_has(t, "Marta Quillen Vexby", EntityKind::Person);
}

#[test]
fn a_list_line_ending_in_a_semicolon_is_no_heading() {
    let t = "The men charged were named by police on Tuesday:\nTolvan Brask, 30, Quarnby; Edric Vollmar Penn, 43, Quarnby; Ansel Dorrit, 22, Vexmoor;\nOssian Crail, 25, Vexmoor.";
    assert_has(t, "Tolvan Brask", EntityKind::Person);
    assert_has(t, "Edric Vollmar Penn", EntityKind::Person);
}

#[test]
fn names_after_a_greeting_or_a_closing() {
    assert_has("Hi Marion, the forms came back this morning and look fine.", "Marion", EntityKind::Person);
    assert_has("I will be back on Monday with the rest of the papers. Regards Pritvika", "Pritvika", EntityKind::Person);
    assert_has("We have checked the figures again and they look fine to us. Thanks, Ram Quillby, for the help.", "Ram Quillby", EntityKind::Person);
    // "thank you", "thanks to" name no one
    let d = doc("Thanks to Quarnby Council, the park will open. Thank you All for coming.");
    assert!(!mentions(&d).iter().any(|(_, k)| *k == EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_signature_name_before_the_writers_job() {
    let t = "Please send the forms to me at the new address: Dorrit Vexley Senior Regulatory Counsel and the team will file them.";
    assert_has(t, "Dorrit Vexley", EntityKind::Person);
}

#[test]
fn pastors_and_faiths_before_a_name() {
    let t = "The choir sang at the service, and Methodist Pastor Tolvan Brask spoke about charity.";
    assert_has(t, "Tolvan Brask", EntityKind::Person);
    assert_not_person(t, "Methodist");
}

#[test]
fn a_word_glued_to_an_at_sign_is_no_name() {
    let d = doc("The draft came from Jo Penn@NASA on Monday, and it looks fine to me.");
    // (the address is one mention of the person, named without the domain: see
    // `a_persons_name_with_a_mail_domain_glued_to_it_is_one_mention_of_the_person`)
    assert!(has(&d, "Jo Penn@NASA", EntityKind::Person) && d.entities.iter().any(|e| e.name == "Jo Penn"), "{:?}", mentions(&d));
    assert!(!mentions(&d).iter().any(|(m, _)| m == "NASA"), "{:?}", mentions(&d));
    let d = doc("You can write to the office <jpenn@Harvard.EDU> if you like, or call after noon.");
    assert!(d.mentions.is_empty(), "{:?}", mentions(&d));
}

#[test]
fn a_signature_job_is_no_part_of_the_firm_after_it() {
    let t = "please call about the forms. My new address will be: Mary Vexley Senior Regulatory Counsel Quarnby Marine Inc. from next month on, as you know.";
    assert_has(t, "Mary Vexley", EntityKind::Person);
    assert_has(t, "Quarnby Marine Inc.", EntityKind::Organization);
}

#[test]
fn a_list_of_names_ages_and_towns_on_one_run() {
    let t = "The police said those charged were Tolvan Brask, 24, London E14 Edric Vollmar Penn, 24, Leeds and Ansel Dorrit, 22, Bristol.";
    assert_has(t, "Tolvan Brask", EntityKind::Person);
    assert_has(t, "Edric Vollmar Penn", EntityKind::Person);
    assert_has(t, "London", EntityKind::Place);
    assert_has(t, "Leeds", EntityKind::Place);
}

#[test]
fn a_sign_off_name_before_the_next_headers_sender() {
    let t = "thanks for the notes, they were very useful and i will send them on. Marta Elena Quarby <equarby@quarnby.edu> on 03/11/2004 09:12 AM the report is out and you can read it now. Thanks, Marta";
    assert_has(t, "Elena Quarby", EntityKind::Person);
    assert_has(t, "Marta", EntityKind::Person);
    // without a header after it, a name of two given names and a surname stays whole
    assert_has("Marta Elena Quarby opened the fair. Later Marta spoke to the crowd.", "Marta Elena Quarby", EntityKind::Person);
}

#[test]
fn please_opens_no_name() {
    let d = doc("Sent by: Jo Penn 02/28/2001 04:41 PM Please use the form attached when preparing the report.");
    assert!(!mentions(&d).iter().any(|(m, _)| m.contains("Please")), "{:?}", mentions(&d));
}

#[test]
fn a_name_ending_in_a_royal_title_or_opening_with_a_town_stays_whole() {
    // (the signature rule takes offices and jobs only; the age-list rule no run that is a
    // person's name itself)
    assert_has("my father called Tomas Ansel King a hero when we were young.", "Tomas Ansel King", EntityKind::Person);
    assert_has("Marion Quarby Vexley, 59, of Tolvan, who watched the parade, said it was fine.", "Marion Quarby Vexley", EntityKind::Person);
}

#[test]
fn new_zealand_by_its_letters_and_a_currency_before_a_dollar_sign() {
    assert_has("Parcels to NZ take two weeks by air.", "NZ", EntityKind::Country);
    let d = doc("The vote will go ahead at a cost of NZ$ 26 million, and US $4 million more.");
    assert!(!mentions(&d).iter().any(|(_, k)| *k == EntityKind::Country), "{:?}", mentions(&d));
}

#[test]
fn a_lower_case_place_after_a_preposition() {
    let t = "does anyone know a good cheap hotel in cordoba? i am flying from chicago next week and staying near toronto after.";
    assert_has(t, "cordoba", EntityKind::Place);
    assert_has(t, "chicago", EntityKind::Place);
    assert_has(t, "toronto", EntityKind::Place);
    // common words, given names and small towns stay words
    let d = doc("we went in reading the papers and came back from nice walks to austin and to quarnby.");
    assert!(d.mentions.is_empty(), "{:?}", mentions(&d));
}

#[test]
fn a_listed_organisation_before_a_participle_beats_a_town_that_has_its_name_only_as_a_foreign_spelling() {
    // (GeoNames gives a Colombian department the short form "Meta")
    assert_has("Users of the Meta-owned service said it would help.", "Meta", EntityKind::Organization);
    // (a place so named stays a place)
    assert_has("An Oxford-based group said it would help.", "Oxford", EntityKind::Place);
}

#[test]
fn initials_in_another_language_after_an_organisations_name_are_that_organisation() {
    let d = doc("Talks resumed. Peru's Main Intelligence Directorate (DIRN) reported on Monday that Chile recruited 200 people. DIRN stated that recruiters promised jobs.");
    let org = d.entities.iter().position(|e| e.name == "Main Intelligence Directorate").unwrap_or_else(|| panic!("{:?}", mentions(&d)));
    let dirn: Vec<usize> = d.mentions.iter().filter(|m| d.slice(m.span) == "DIRN").map(|m| d.actor_of(m.entity)).collect();
    assert!(!dirn.is_empty() && dirn.iter().all(|&e| e == org), "{:?}", mentions(&d));
}

#[test]
fn capitalised_common_words_before_a_kind_appositive_name_an_organisation() {
    assert_has("Floods hit. The Rescue Nurses, a group that records abuses across the war zone, said the dead were mostly children.", "Rescue Nurses", EntityKind::Organization);
    // (common words without such an appositive stay no name: "Police officials")
    let d = doc("Police officials said the road was closed.");
    assert!(!has(&d, "Police", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn regions_of_wars_in_the_news_are_places() {
    assert_has("Fighting spread across Darfur and Kordofan on Monday.", "Darfur", EntityKind::Place);
    assert_has("Talks on Nagorno-Karabakh resumed.", "Nagorno-Karabakh", EntityKind::Place);
}

#[test]
fn two_words_after_an_office_in_a_title_chain_name_its_holder_whose_given_name_is_also_an_adjective() {
    assert_has("Talks resumed. Kursk Oblast Governor Roman Vexov claimed that drones hit a depot.", "Roman Vexov", EntityKind::Person);
    assert_has("Talks resumed. Tula Governor Roman Vexov claimed that drones hit a depot.", "Roman Vexov", EntityKind::Person);
}

#[test]
fn the_north_and_the_south_caucasus_are_two_places() {
    // (each was once an alias of "Caucasus", which joined them in one node)
    let d = doc("Storms hit the North Caucasus on Monday. In the South Caucasus, roads were shut.");
    let key = |name: &str| d.mentions.iter().find(|m| d.slice(m.span) == name).map(|m| m.entity);
    let (north, south) = (key("North Caucasus"), key("South Caucasus"));
    assert!(north.is_some() && south.is_some(), "{:?}", mentions(&d));
    assert_ne!(north, south, "{:?}", mentions(&d));
    let e = d.mentions.iter().find(|m| d.slice(m.span) == "North Caucasus").map(|m| &d.entities[m.entity]).unwrap();
    assert_eq!(e.country.as_deref(), Some("RU"));
}

#[test]
fn a_given_name_addressed_after_a_closing_name_is_a_person_of_its_own() {
    // a mail's closing name, then on the next line the one written to, before "," and a
    // sentence's opening word
    let d = doc("Please send the file to me. Thanks Orla Greta, Here is the list of the traders we spoke about.");
    assert!(has(&d, "Orla", EntityKind::Person) && has(&d, "Greta", EntityKind::Person) && !has(&d, "Orla Greta", EntityKind::Person), "{:?}", mentions(&d));
    let d = doc("The draft is attached. Best, Marla Well, he started today and likes it.");
    assert!(has(&d, "Marla", EntityKind::Person) && !has(&d, "Marla Well", EntityKind::Person), "{:?}", mentions(&d));
    // (a person's full name before an appositive, or in a list of names, stays whole)
    assert_has("The firm hired Orla Thomas, a former banker, last year.", "Orla Thomas", EntityKind::Person);
    assert_has("Guests included Orla Thomas, Marla Quent and Jo Vexby.", "Orla Thomas", EntityKind::Person);
}

#[test]
fn initials_in_parentheses_after_an_agreements_name_name_no_organisation() {
    let d = doc("Quarnby Power signed the Vexmoor Wind Purchase Agreement (\"VWPA\") in May. Under the VWPA, the firm sells its power to the city.");
    assert!(!d.mentions.iter().any(|m| d.slice(m.span) == "VWPA"), "{:?}", mentions(&d));
    // (an organisation's initials after its name stay its name)
    let d = doc("The Vexmoor Water Authority (VWA) signed the deal. The VWA said it was pleased.");
    assert!(d.mentions.iter().any(|m| d.slice(m.span) == "VWA"), "{:?}", mentions(&d));
}

#[test]
fn a_word_opening_a_sentence_that_names_a_person_elsewhere_is_that_person() {
    let d = doc("The plan stalled under President Quillborne. Quillborne initially rejected an attack on the group.");
    let n = d.mentions.iter().filter(|m| d.slice(m.span) == "Quillborne" && d.entities[m.entity].kind == EntityKind::Person).count();
    assert_eq!(n, 2, "{:?}", mentions(&d));
    // (not a word of an organisation's name, nor a common word before a noun)
    let d = doc("Ministers met the chiefs of Quarnby Coal. Quarnby filed for bankruptcy later.");
    assert!(!has(&d, "Quarnby", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_name_ending_in_a_shops_or_a_labels_trade_is_an_organisation() {
    assert_has("We will stick with Quarnbury Computers from now on.", "Quarnbury Computers", EntityKind::Organization);
    assert_has("I would recommend Vexley Chiropractic to anyone.", "Vexley Chiropractic", EntityKind::Organization);
    assert_has("The album was released in 1998 by Tolvanmoor Recordings, with new tracks.", "Tolvanmoor Recordings", EntityKind::Organization);
    // (a trade after common words alone is no name)
    let d = doc("Talks went on. She said that Old Computers sell badly in town.");
    assert!(!has(&d, "Old Computers", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_credits_or_a_signatures_name_before_an_office_or_a_firm_on_one_run_is_a_person_of_its_own() {
    // a photo credit, then the caption's country, office and holder
    let d = doc("Talks ended. QUARNPRESS/Marla Quent Peruvian President Tolvan Brask shakes hands with the envoy.");
    assert!(has(&d, "Marla Quent", EntityKind::Person) && has(&d, "Tolvan Brask", EntityKind::Person), "{:?}", mentions(&d));
    // a signature's name, then the writer's firm
    let d = doc("Please add a template for the new contracts. Thanks! Greta Quillborne Vexmoor Wholesale Holdings, LLC - Contracts desk. I will be out on Monday and back on Tuesday.");
    assert!(has(&d, "Greta Quillborne", EntityKind::Person), "{:?}", mentions(&d));
    // (a person's name inside a body's name stays there: "the Greta Quillborne Foundation")
    let d = doc("She gave money to the Greta Quillborne Foundation last year.");
    assert!(!has(&d, "Greta Quillborne", EntityKind::Person), "{:?}", mentions(&d));
    // ("Jane.Roe@…": the part of a mail address before the at-sign is no name)
    let d = doc("Write to Greta.Quillborne@vexmoor.com today.");
    assert!(!has(&d, "Quillborne", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_country_playing_in_a_sports_report_is_its_national_team() {
    let d = doc("Cup day three: Peru beat Chile in Lima. In the first match of the group, Peru faced Chile at the stadium. Tolvan Brask scored a penalty in the 40th minute to give Peru the lead. Chile's goalkeeper Marek Quent was substituted at half-time. The referee, who lives in Ecuador, showed no cards.");
    assert!(has(&d, "Peru", EntityKind::Organization) && has(&d, "Chile", EntityKind::Organization), "{:?}", mentions(&d));
    // (a country after a preposition of place stays the country)
    assert!(has(&d, "Ecuador", EntityKind::Country), "{:?}", mentions(&d));
    // (not outside sports reports)
    let d = doc("Peru beat Chile in the vote on fishing quotas, and Peru's envoy won the chair.");
    assert!(has(&d, "Peru", EntityKind::Country) && !has(&d, "Peru", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_town_named_as_a_club_by_the_words_around_it_is_that_club() {
    // (real towns, invented players)
    let d = doc("Marek Quent was a footballer who played with Liverpool in the league. He went on to play 26 games for Toulouse before he retired.");
    assert!(has(&d, "Liverpool", EntityKind::Organization) && has(&d, "Toulouse", EntityKind::Organization), "{:?}", mentions(&d));
    // (a unit moved to a town stays at the town)
    let d = doc("In July the brigade was transferred to Toulouse with the rest of the corps.");
    assert!(!has(&d, "Toulouse", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_town_or_a_home_nation_playing_in_a_sports_report_is_its_team() {
    let d = doc("Cup day four. In the second match of the group, Wales faced Leeds at the stadium. Marek Quent scored a penalty in the 12th minute to give Wales the lead, and the goalkeeper of Leeds was booked by the referee. Fans in Cardiff cheered.");
    assert!(has(&d, "Wales", EntityKind::Organization), "{:?}", mentions(&d));
    // (a town after a preposition of place stays the town)
    assert!(has(&d, "Cardiff", EntityKind::Place), "{:?}", mentions(&d));
}

#[test]
fn a_state_universitys_campus_after_at_is_part_of_its_name() {
    let d = doc("Talks went on. She studied at the University of Vermont at Rutland before joining Quarnby Labs.");
    assert!(d.mentions.iter().any(|m| d.slice(m.span) == "University of Vermont at Rutland" && d.entities[m.entity].kind == EntityKind::Organization), "{:?}", mentions(&d));
    // (a university "at" a place that is no listed town stays apart: "at Quarnby Hall")
    let d = doc("Talks went on. The University of Vermont at Vexmoor Hall held a vote.");
    assert!(!d.mentions.iter().any(|m| d.slice(m.span).contains(" at ")), "{:?}", mentions(&d));
}

#[test]
fn a_word_glued_to_an_at_sign_is_no_organisation_even_where_the_firm_is_named() {
    // (the firm's initials are an organisation where they stand alone; not glued to an "@")
    let t = "Send it to Tom Vexby/QRNCO@qrncoGate today. Please handle. Marla Quent@QRNCO 06/12/2000 10:20 AM Richard, below is a list.";
    let d = doc(t);
    let glued = t.find("@QRNCO").unwrap() + 1;
    assert!(!d.mentions.iter().any(|m| m.span.start == glued), "{:?}", mentions(&d));
}

#[test]
fn words_that_policies_and_talks_share_with_games_make_no_sports_report() {
    // ("goal", "match", "penalty", "tournament" alone: no word that only games use)
    let d = doc("The goal of the talks is a deal. Peru will match the offer, and Chile faces a penalty if it breaks the deal. Peru won the vote after the tournament of speeches.");
    assert!(has(&d, "Peru", EntityKind::Country) && !has(&d, "Peru", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_plural_for_people_with_its_possessive_inside_an_organisations_name() {
    assert_has("The Vexmoor Fishermen's Federation said the quotas were unfair.", "Vexmoor Fishermen's Federation", EntityKind::Organization);
    assert_has("The Quarnby Women's Institute met on Monday.", "Quarnby Women's Institute", EntityKind::Organization);
}

#[test]
fn a_body_named_for_its_aim() {
    assert_has("The Committee to Protect Fishermen urged Vexmoor to drop the charges.", "Committee to Protect Fishermen", EntityKind::Organization);
    // (not a body and what it does: "the Council to Quarnby's mayor" has no capitalised verb)
    assert_has("The council wrote to Quarnby Mayor Jane Roe.", "Jane Roe", EntityKind::Person);
}

#[test]
fn two_words_in_commas_after_an_office_are_its_holder() {
    assert_has("Prices rose. The commission chair, Mere Walker, said the market would shrink.", "Mere Walker", EntityKind::Person);
    assert_has("Prices rose. The board chair, Rich Tane, said the market would shrink.", "Rich Tane", EntityKind::Person);
}

#[test]
fn a_plurals_apostrophe_inside_an_organisations_name_keeps_the_name_whole() {
    assert_has("Talks stalled. The Transport Workers' Union said pay was too low.", "Transport Workers' Union", EntityKind::Organization);
    assert_has("Talks stalled. The Port and Transport Workers' Union said pay was too low.", "Port and Transport Workers' Union", EntityKind::Organization);
    // (not a possessive that owns what follows: "the Workers' demands")
    let d = doc("Talks stalled. Jane Roe met the Workers' leaders on Monday.");
    assert!(!has(&d, "Workers' leaders", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_hyphenated_common_word_after_and_stays_in_an_organisations_name() {
    assert_has("Talks stalled. The Ethics and Anti-Fraud Commission said the case was open.", "Ethics and Anti-Fraud Commission", EntityKind::Organization);
}

#[test]
fn the_plural_of_a_party_named_before_is_that_party() {
    let d = doc("Talks stalled. The opposition Liberal Party withdrew its support. Later the Liberals said they were ready to talk.");
    let key = |name: &str| d.mentions.iter().find(|m| d.slice(m.span) == name).map(|m| m.entity);
    assert!(key("Liberals").is_some() && key("Liberals") == key("Liberal Party"), "{:?}", mentions(&d));
    let d = doc("Talks stalled. The Democratic Party chose a leader. The Democrats said they would win.");
    let key = |name: &str| d.mentions.iter().find(|m| d.slice(m.span) == name).map(|m| m.entity);
    assert!(key("Democrats").is_some() && key("Democrats") == key("Democratic Party"), "{:?}", mentions(&d));
    // (no party of that name in the article: nothing is made up)
    let d = doc("Talks stalled. The Liberals said they were ready to talk.");
    assert!(!has(&d, "Liberal Party", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn fields_joined_by_and_after_for_stay_in_an_organisations_name() {
    assert_has("Talks. The Centre for Flood Prevention and Control warned that rivers rose.", "Centre for Flood Prevention and Control", EntityKind::Organization);
}

#[test]
fn island_is_no_name_of_iceland_in_english() {
    let d = doc("Island states want more aid. Iceland disagreed.");
    assert_eq!(d.mentions.iter().filter(|m| d.entities[m.entity].name == "Iceland").count(), 1, "{:?}", mentions(&d));
}

#[test]
fn regional_blocs_and_international_agencies_are_organisations() {
    assert_has("Ministers of Mercosur met in Montevideo on Friday.", "Mercosur", EntityKind::Organization);
    assert_has("The ECOWAS summit opened in Abuja.", "ECOWAS", EntityKind::Organization);
    assert_has("The International Labour Organization said wages fell.", "International Labour Organization", EntityKind::Organization);
}

#[test]
fn a_region_before_an_office_and_its_holder_is_a_place() {
    // (no country named, no preposition: the office says what the region is)
    assert_has("On Monday, Saxony Premier Markus Weber spoke.", "Saxony", EntityKind::Place);
    assert_has("Kerala Chief Minister Anil Nair announced relief.", "Kerala", EntityKind::Place);
    // (a region of the name before a bigger town of the name: "Ontario" the province)
    let d = doc("On Monday, Ontario Premier Dan Ford spoke.");
    let e = d.entities.iter().find(|e| e.name == "Ontario").unwrap_or_else(|| panic!("{:?}", mentions(&d)));
    assert_eq!(e.country.as_deref(), Some("CA"), "{:?}", mentions(&d));
}

#[test]
fn political_parties_whose_names_hold_no_organisation_word_are_organisations() {
    assert_has("Supporters of the National Rally gathered in Lyon.", "National Rally", EntityKind::Organization);
    assert_has("The AfD gained seats in Saxony.", "AfD", EntityKind::Organization);
}

#[test]
fn an_office_named_by_its_holder_with_a_possessive_is_one_organisation() {
    assert_has("The State Prosecutor's Office said it would appeal.", "State Prosecutor's Office", EntityKind::Organization);
}

#[test]
fn a_name_in_apposition_to_a_kind_of_company_is_the_company() {
    assert_has("Quillby Nordic, the Danish company that makes the vaccine, said it could supply more.", "Quillby Nordic", EntityKind::Organization);
    assert_has("Tolva Marsk, the Swedish drugmaker, said it would cut jobs.", "Tolva Marsk", EntityKind::Organization);
    // (an analyst at the firm, an investor: people)
    assert_has("\"Risk is high,\" said Lucia Marsk, an analyst at the firm.", "Lucia Marsk", EntityKind::Person);
    assert_has("Tom Hale, an investor, said he would sell.", "Tom Hale", EntityKind::Person);
}

#[test]
fn congo_alone_is_the_democratic_republic() {
    let d = doc("Congo said it needed three million doses for Kinshasa.");
    assert!(d.entities.iter().any(|e| e.country.as_deref() == Some("CD") && e.kind == EntityKind::Country), "{:?}", mentions(&d));
}

#[test]
fn listed_initials_that_spell_a_common_word_open_a_sentence_before_a_title() {
    assert_has("WHO Director-General Ana Pires said the spread was worrying.", "WHO", EntityKind::Organization);
}

#[test]
fn a_given_name_alone_before_a_comma_and_a_sentences_opening_word_is_the_one_written_to() {
    assert_has("The draft is attached. - Notes2.pdf Al, I have spoken with the bank and it is keen.", "Al", EntityKind::Person);
    assert_has("Talk soon. Thanks KK Orla, Are there any news on the trades?", "Orla", EntityKind::Person);
    // (a place or a common word before the comma stays what it is)
    let d = doc("Quarnby is far. Paris, I think, is nicer in spring.");
    assert!(!has(&d, "Paris", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn the_half_of_the_day_after_a_clock_time_is_no_title() {
    let d = doc("Jane Roe wrote on 01/24/2001 11:16 AM Greta: Your note came today.");
    assert!(has(&d, "Greta", EntityKind::Person), "{:?}", mentions(&d));
    assert!(!d.mentions.iter().any(|m| d.slice(m.span).contains("AM")), "{:?}", mentions(&d));
}

#[test]
fn a_name_after_a_quotations_end_and_a_dash_is_its_author() {
    assert_has("Nothing ages you like a committee. - Quill Rogan I once grew roses.", "Quill Rogan", EntityKind::Person);
    assert_has("You will become a philosopher. - Vexocles ------ I was married by a judge.", "Vexocles", EntityKind::Person);
    // (a credit to a news agency or a photo desk is none)
    let d = doc("The harbour froze overnight. - Getty Images");
    assert!(!mentions(&d).iter().any(|(_, k)| *k == EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_persons_name_with_a_mail_domain_glued_to_it_is_one_mention_of_the_person() {
    let d = doc("Jane Roe@QUARNCO 12/07/2000 02:29 PM Greta, I was wondering if the deal is done.");
    let m = d.mentions.iter().find(|m| d.slice(m.span).starts_with("Jane Roe")).expect("a mention");
    assert_eq!(d.slice(m.span), "Jane Roe@QUARNCO");
    assert_eq!(d.entities[m.entity].name, "Jane Roe");
    assert_eq!(d.entities[m.entity].kind, EntityKind::Person);
}

#[test]
fn a_states_abbreviation_after_a_town_is_the_state() {
    let d = doc("Send the forms to 14 Quill Street, Houston, TX 77002 by Friday.");
    assert!(has(&d, "TX", EntityKind::Place) && d.entities.iter().any(|e| e.name == "Texas"), "{:?}", mentions(&d));
    let d = doc("The fair opened in Springfield, Ill. on Monday, and Jane Roe was there.");
    assert!(has(&d, "Ill.", EntityKind::Place) && d.entities.iter().any(|e| e.name == "Illinois"), "{:?}", mentions(&d));
    let d = doc("She flew in from Raleigh, NC (the airport was quiet).");
    assert!(has(&d, "NC", EntityKind::Place), "{:?}", mentions(&d));
    // (two capitals after a town without a ZIP code or a town of that state are no state)
    let d = doc("The talks in Houston, OK ended late.");
    assert!(!d.entities.iter().any(|e| e.name == "Oklahoma"), "{:?}", mentions(&d));
}

#[test]
fn a_surname_in_capitals_among_people_or_named_in_full_is_a_person() {
    let d = doc("The panel ruled today, with Marta Quillen writing for the court. VEXBY filed a dissent, in which TOLLIVER joined. QUILLEN filed a concurring opinion, in which TOLLIVER and VEXBY joined.");
    assert!(mentions(&d).iter().filter(|(t, k)| t == "VEXBY" && *k == EntityKind::Person).count() == 2, "{:?}", mentions(&d));
    assert!(has(&d, "QUILLEN", EntityKind::Person), "{:?}", mentions(&d));
    assert!(!d.entities.iter().any(|e| e.name == "VEXBY" && e.kind != EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_word_after_a_clock_times_pm_is_no_prime_ministers_name() {
    let d = doc("Jane Roe 02/28/2001 04:41 PM Kindly update the attached report.");
    assert!(!has(&d, "Kindly", EntityKind::Person), "{:?}", mentions(&d));
    // (the Prime Minister's title is still one: "PM Tolvan Brask")
    assert_has("Vexmoor PM Tolvan Brask said the deal was done.", "Tolvan Brask", EntityKind::Person);
}

#[test]
fn an_unknown_word_listed_after_people_named_in_one_word_is_a_person() {
    let d = doc("Jane Roe and Tom Tallis saw the threat. Roe did not act. Neither did Tallis, Roe, or Quarnfeld. Quarnfeld lied to them.");
    assert!(mentions(&d).iter().filter(|(t, k)| t == "Quarnfeld" && *k == EntityKind::Person).count() == 2, "{:?}", mentions(&d));
}

#[test]
fn a_signature_line_splits_the_name_from_the_firm() {
    // (a short line of its own reads as a heading; the signature is split there too)
    let d = doc("I 'll be back on Monday.\nGreta Quillborne Vexmoor Wholesale Services\n1400 Main Street");
    assert!(has(&d, "Greta Quillborne", EntityKind::Person), "{:?}", mentions(&d));
    let d = doc("Talk soon. Hilary E. Quillborne Goldman Sachs Credit Desk Phone: 212-555-0100");
    assert!(has(&d, "Hilary E. Quillborne", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_given_name_after_of_is_the_person_not_a_small_town_of_that_name() {
    // (a town of under 100,000 named like a given name, its country not named)
    let d = doc("I am writing a paper on the sculptor and I notice that there are two statues of David, a bronze one and a marble one.");
    assert!(has(&d, "David", EntityKind::Person) && !has(&d, "David", EntityKind::Place), "{:?}", mentions(&d));
}

#[test]
fn a_lower_case_given_name_after_a_noun_for_a_person_is_a_name() {
    assert_has("i want to meet that girl paige in the brown jacket.", "paige", EntityKind::Person);
    assert_has("the statue shows a boy david as a young shepherd.", "david", EntityKind::Person);
    // (a common word after the noun is none: "a girl guide")
    let d = doc("she was a girl guide once.");
    assert!(d.mentions.is_empty(), "{:?}", mentions(&d));
}

#[test]
fn a_closing_name_then_the_next_senders_name_before_a_date_are_two_people() {
    let d = doc("See you on Tuesday. Many thanks!\nGreta Quillborne Edward Vexby 09/08/2000 09:55 AM FYI, the storage account will be reduced by a lot of gas today.");
    assert!(has(&d, "Greta Quillborne", EntityKind::Person) && has(&d, "Edward Vexby", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_given_name_that_is_a_common_word_joined_to_a_given_name_is_a_person() {
    let d = doc("He fears that Bill or Melinda will retire soon. He says that Bill and Melinda are at a prime spot.");
    assert!(mentions(&d).iter().filter(|(t, k)| t == "Bill" && *k == EntityKind::Person).count() == 2, "{:?}", mentions(&d));
}

#[test]
fn the_one_written_to_after_a_closing_name_on_the_next_line() {
    let d = doc("Please send any help you could provide. Sid Vincent,\nI met you at the conference last week.");
    assert!(has(&d, "Vincent", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn mail_closings_initials_greetings_and_names_opening_a_line() {
    // a closing's initials after "Thanks"
    let d = doc("We will let you know. Thanks KK Greta, Are there any news on the trades?");
    assert!(has(&d, "KK", EntityKind::Person) && has(&d, "Greta", EntityKind::Person), "{:?}", mentions(&d));
    // "Hey" opens the next mail, no part of the closing's name
    let d = doc("The books will bridge. Thanks, Greta Hey, I am going to miss your wedding.");
    assert!(has(&d, "Greta", EntityKind::Person) && !mentions(&d).iter().any(|(t, _)| t.contains("Hey")), "{:?}", mentions(&d));
    // a line opening with the name of the one written to, without a comma
    let d = doc("Please be brief!\nGreta As we discussed, here is a first draft of the memo.");
    assert!(has(&d, "Greta", EntityKind::Person), "{:?}", mentions(&d));
    // a closing's given name, then a sender whose given name is a census given name, before the
    // address
    let d = doc("Greta: thanks for the note. Greta Al Vexby <avexby@quarnco.com> on 01/24/2001 Greta: Your note came.");
    assert!(has(&d, "Al Vexby", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn two_lower_case_given_names_joined_by_and_are_people() {
    let d = doc("u must read it. the pairing of tomas and greta is cool");
    assert!(has(&d, "tomas", EntityKind::Person) && has(&d, "greta", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_faiths_adjective_alone_names_no_organisation() {
    let d = doc("The group was shaped by an extremist form of the Wahhabi school of thought, the report said.");
    assert!(!has(&d, "Wahhabi", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn the_name_of_a_faith_alone_is_no_person() {
    let d = doc("It is wrong to associate Islam or Muslims with fascism, said Jane Roe, the group's director.");
    assert!(!has(&d, "Islam", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_forms_field_label_before_its_colon_is_no_name() {
    let d = doc("Job ID: 4417 Job Title: Attorney Location: Quarnby, Texas Compensation: 60000 a year.");
    assert!(!mentions(&d).iter().any(|(t, k)| t.contains("Location") || *k == EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn words_inside_a_web_address_are_no_names() {
    let d = doc("See the album at http://example.org/pictures/08-05_Greta_Quillborne_Bday. If you want to pass it on, do.");
    assert!(d.mentions.is_empty(), "{:?}", mentions(&d));
    // (a space that is no ASCII space before a name does not trip the look-up)
    assert_has("The talks ended.\u{a0}Jane Roe said the deal was done.", "Jane Roe", EntityKind::Person);
}

#[test]
fn a_capital_a_before_a_lower_case_word_opens_a_sentence_not_a_middle_initial() {
    let d = doc("Greta Quillborne A real pleasure training with her. Always on time.");
    assert!(has(&d, "Greta Quillborne", EntityKind::Person), "{:?}", mentions(&d));
    // (a middle initial before the surname stays in the name)
    assert_has("The deal was signed by Greta A. Quillborne on Monday.", "Greta A. Quillborne", EntityKind::Person);
}

#[test]
fn an_organisation_named_in_one_word_is_that_organisation_wherever_the_word_stands_alone() {
    let d = doc("Analysts at Quarnco expect gains. The guaranty is blacklined against the Quarnco EPC Contract guaranty. Deal 20.000 / Quarnco LS HPL IC 20.000 today.");
    let key = |t: &str| d.mentions.iter().filter(|m| d.slice(m.span) == t).map(|m| d.entities[m.entity].kind).collect::<Vec<_>>();
    assert!(key("Quarnco").len() == 3 && key("Quarnco").iter().all(|k| *k == EntityKind::Organization), "{:?}", mentions(&d));
    // (not a name the article writes only after "the", nor a word of a longer name)
    let d = doc("Pilgrims came for the Vexfest. The Vexfest Committee met. Vexfest was over.");
    assert!(!mentions(&d).iter().any(|(t, k)| t == "Vexfest" && *k == EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_countrys_central_bank_is_its_listed_name() {
    let d = doc("WASHINGTON (Reuters) - The Federal Reserve held rates. Analysts expect the central bank to cut. Britain's central bank held.");
    let orgs: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Organization).map(|e| e.name.as_str()).collect();
    assert!(orgs.contains(&"Federal Reserve") && orgs.contains(&"Bank of England") && !orgs.iter().any(|n| n.contains("central bank")), "{orgs:?}");
}

#[test]
fn fields_of_an_organisation_joined_by_and_after_of() {
    // several words after "and", and a field of learning that is no listed word
    let t = "Rain. The Ministry of Mines and Mineral Resources said the rains would go on. The Bureau of Geology and Hydrology warned of floods.";
    assert_has(t, "Ministry of Mines and Mineral Resources", EntityKind::Organization);
    assert_has(t, "Bureau of Geology and Hydrology", EntityKind::Organization);
    // (a name after "and" stays apart)
    assert_has("Rain. The Ministry of Energy and Jane Roe met.", "Jane Roe", EntityKind::Person);
}

#[test]
fn an_office_of_two_words_ending_in_a_generic_title_before_an_initial_and_surname() {
    let t = "Court. Opposition leader T. Marimuthu, however, blamed the ruling party for the outcome.";
    assert_has(t, "T. Marimuthu", EntityKind::Person);
}

#[test]
fn a_body_named_with_and_without_its_organisation_is_one() {
    // the short name first, then the long one, and the other way round
    for t in ["Talks. Envoys clash at Security Council session. The United Nations Security Council met on Monday.", "Talks. The United Nations Security Council met on Monday. Diplomats said the Security Council would vote."] {
        let d = doc(t);
        let orgs: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Organization).map(|e| e.name.as_str()).collect();
        assert_eq!(orgs, ["UN Security Council"], "{t}");
    }
    // (no listed organisation before the tail: two bodies)
    let d = doc("Talks. The Vexmoor Security Council met. The Security Council of Norland met too.");
    assert!(d.entities.iter().filter(|e| e.kind == EntityKind::Organization).count() >= 2, "{:?}", mentions(&d));
}

#[test]
fn a_french_saint_abbreviated_in_a_place_name_does_not_end_the_sentence() {
    let t = "Jobs. He said workers in Sault Ste. Marie were scared.";
    assert_has(t, "Sault Ste. Marie", EntityKind::Place);
    assert_not_person(t, "Marie");
}

#[test]
fn a_firm_named_after_people_after_its_trade_and_firm() {
    let t = "Fine. Tom Ray, a partner at law firm Hartmann Kessler, said appeals take years.";
    assert_has(t, "Hartmann Kessler", EntityKind::Organization);
    // (after "the firm" a name is the subject of a clause: "the firm Jane Roe founded")
    assert_has("Sale. Later the firm Jane Roe founded was sold.", "Jane Roe", EntityKind::Person);
}

#[test]
fn a_union_named_between_the_and_union() {
    let t = "Steel. The Allied Ironworkers union, which represents 9,000 workers, demanded higher pay.";
    assert_has(t, "Allied Ironworkers", EntityKind::Organization);
}

#[test]
fn a_place_before_premier_or_governor_is_the_region_of_that_name() {
    // (a larger city of the same name in another country the article names loses)
    let d = doc("Ontario premier vows to hit back after U.S. slaps tariffs\n\nOntario Premier Jane Roe says the province will act.");
    let e = d.entities.iter().find(|e| e.name == "Ontario").unwrap_or_else(|| panic!("{:?}", mentions(&d)));
    assert_eq!(e.country.as_deref(), Some("CA"), "{:?}", mentions(&d));
}

#[test]
fn places_listed_after_a_plural_word_for_places_and_of() {
    let t = "Floods. Rain hit Bolivia. The mayor asked residents of the districts of Sebastián Pagador and Valle Hermoso to leave.";
    assert_has(t, "Sebastián Pagador", EntityKind::Place);
    assert_has(t, "Valle Hermoso", EntityKind::Place);
    // (a listed town of that name in a country the story does not name is not it)
    let d = doc(t);
    assert!(d.entities.iter().all(|e| e.country.as_deref() != Some("MX")), "{:?}", mentions(&d));
}

#[test]
fn a_state_body_of_several_capitalised_words_is_an_organisation() {
    assert_has("Vote. The House of Representatives voted on the bill.", "House of Representatives", EntityKind::Organization);
    assert_has("Vote. She told the House of Commons that Norland would respond.", "House of Commons", EntityKind::Organization);
}

#[test]
fn a_name_after_service_is_the_service() {
    let t = "Fine. The complaint was brought by Swedish music streaming service Vorlify. The memorial service Jane Roe attended was small.";
    assert_has(t, "Vorlify", EntityKind::Organization);
    assert_has(t, "Jane Roe", EntityKind::Person);
}

#[test]
fn a_word_before_chief_and_an_office_and_a_name_is_the_employer() {
    // (even a word that is also a surname)
    assert_has("Jobs. Desjardins chief economist Paul Giroux said the tariff could cost jobs.", "Desjardins", EntityKind::Organization);
    assert_has("Jobs. Former chief executive Tom Ray agreed.", "Tom Ray", EntityKind::Person);
}

#[test]
fn initials_that_name_other_bodies_follow_the_article() {
    // (RSF is also Reporters Without Borders: the article's own long form wins)
    let d = doc("Sudan. The Rapid Support Forces have besieged the city. The envoy accused Vexmoor of arming the RSF.");
    let m = d.mentions.iter().find(|m| d.slice(m.span) == "RSF").unwrap_or_else(|| panic!("{:?}", mentions(&d)));
    assert_eq!(d.entities[m.entity].name, "Rapid Support Forces", "{:?}", mentions(&d));
}

#[test]
fn an_unknown_name_after_a_capitalised_office_of_a_possessive_is_a_person() {
    // ("Quarnel's Fisheries Minister, Tavita Lomeru," had been a place; "the envoy for the
    // Vexmoor Hills, Anne-Lise Tobrak," not found at all)
    assert_has("Talks. Quarnel's Fisheries Minister, Tavita Lomeru, said stocks had fallen.", "Tavita Lomeru", EntityKind::Person);
    assert_has("Talks. The Vexmoor Islands' Minister for Fisheries, Tavita Lomeru, said stocks had fallen.", "Tavita Lomeru", EntityKind::Person);
    assert_has("Talks. The bloc's envoy for the Vexmoor Hills, Anne-Lise Tobrak, said the region was calm.", "Anne-Lise Tobrak", EntityKind::Person);
}

#[test]
fn initials_after_a_kind_of_organisation_are_the_organisation() {
    // ("ARD" is also a given name)
    assert_has("Budget. \"We will not yield,\" she told public broadcaster ARD.", "ARD", EntityKind::Organization);
}

#[test]
fn a_company_named_with_and_without_its_designator_is_one() {
    let d = doc("Strike. Workers at Quillmart Motor Co. walked out. Quillmart Motor said it had offered a raise.");
    let es: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Organization).map(|e| e.name.as_str()).collect();
    assert_eq!(es.len(), 1, "{:?}", mentions(&d));
}

#[test]
fn shares_of_a_company_opening_a_sentence_are_no_part_of_its_name() {
    let d = doc("Strike. Workers at Quillmart Motor walked out. Shares of Quillmart Motor fell 2.3 percent.");
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Shares")), "{:?}", mentions(&d));
    assert_has("Strike. Workers at Quillmart Motor walked out. Shares of Quillmart Motor fell 2.3 percent.", "Quillmart Motor", EntityKind::Organization);
}

#[test]
fn a_ministry_of_a_field_and_its_initials_is_one_body() {
    assert_has("Leak. The Ministry of Transport and ICT said it had formed a team.", "Ministry of Transport and ICT", EntityKind::Organization);
    assert_has("Talks. The Ministry of Energy and NATO officials met.", "NATO", EntityKind::Organization);
}

#[test]
fn a_chinese_name_after_an_english_first_name_keeps_its_family_name() {
    // ("Lai" alone later is the person, not a town of that name)
    let d = doc("Visit. Taiwanese leader William Lai Ching-te arrived on Monday. Lai said the trip was a success.");
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people, vec!["William Lai Ching-te"], "{:?}", mentions(&d));
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Place), "{:?}", mentions(&d));
}

#[test]
fn an_ombudsmans_office_is_an_organisation() {
    assert_has("Clashes. The Ombudsman's Office said two men had died.", "Ombudsman's Office", EntityKind::Organization);
    assert_has("Clashes. Two men died, according to the Ombudsman's Office.", "Ombudsman's Office", EntityKind::Organization);
}

#[test]
fn a_name_an_organisation_bears_is_that_organisation_before_a_verb_too() {
    // ("unless Varden Bahnwerk presents …": the names pass had taken it for a person)
    let t = "Strike. Varden Bahnwerk (VB) says few trains run. The union will strike again unless Varden Bahnwerk presents a new offer.";
    let d = newsgraph::extract::analyze(newsgraph::model::Article::new("t", "t", t.to_string()));
    assert!(d.entities.iter().all(|e| e.kind != newsgraph::model::EntityKind::Person), "{:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
}

#[test]
fn a_listed_organisation_runs_over_its_lower_case_words() {
    // (a listed name of seven words, with "for", "and" and "in" inside: not "Europe" alone)
    assert_has("Vote. Monitors from the Organization for Security and Co-operation in Europe called the count fair.", "Organization for Security and Co-operation in Europe", EntityKind::Organization);
    assert_not_person("Outlook. The Organisation for Economic Co-operation and Development cut its forecast for Norland.", "Development");
}

#[test]
fn initials_for_the_given_names_after_an_office_name_the_holder() {
    // ("Illinois Gov. JB Tolliver": no person "Illinois Gov. JB Tolliver")
    assert_has("Court. Illinois Gov. JB Tolliver called the ruling a relief.", "JB Tolliver", EntityKind::Person);
    assert_has("Court. Illinois Gov. J.B. Tolliver called the ruling a relief.", "J.B. Tolliver", EntityKind::Person);
    assert_has("Court. Illinois Gov. JB Tolliver called the ruling a relief.", "Illinois", EntityKind::Place);
}

#[test]
fn a_named_state_does_not_make_a_small_town_of_a_great_citys_name() {
    // ("Washington" with Illinois named: the capital, not the town of 16,000 in Illinois)
    let t = "Court. The governor of Illinois welcomed the ruling. Officials in Washington said they would appeal.";
    let d = newsgraph::extract::analyze(newsgraph::model::Article::new("t", "t", t.to_string()));
    let w = d.entities.iter().find(|e| e.name == "Washington").expect("Washington is a place");
    assert_ne!(w.region.as_deref(), Some("Illinois"), "{:?}", (&w.name, &w.region, &w.key));
    // (a town of the named state still wins over a namesake of like size elsewhere)
    let d = newsgraph::extract::analyze(newsgraph::model::Article::new("t", "t", "Floods. The governor of Illinois toured Springfield on Monday.".to_string()));
    let s = d.entities.iter().find(|e| e.name == "Springfield").expect("Springfield is a place");
    assert_eq!(s.region.as_deref(), Some("Illinois"), "{:?}", (&s.name, &s.region, &s.key));
}

#[test]
fn a_long_name_with_and_before_its_initials_is_one_organisation() {
    // (the whole run, "and" inside, spelt by the initials after it: not "Management Board")
    let t = "Storm. The Upland Drought Risk Reduction and Management Board (UDRRMB) said 12 people had died. The UDRRMB asked residents to stay indoors.";
    assert_has(t, "Upland Drought Risk Reduction and Management Board", EntityKind::Organization);
    let d = newsgraph::extract::analyze(newsgraph::model::Article::new("t", "t", t.to_string()));
    assert_eq!(d.entities.iter().filter(|e| e.kind == EntityKind::Organization).count(), 1, "{:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
    // (a list stays two: the initials spell only the name after "and")
    let t = "Camps. Harbour Aid and Medics Across Borders (MAB) said the camps were full.";
    assert_has(t, "Medics Across Borders", EntityKind::Organization);
    assert!(!has(&doc(t), "Harbour Aid and Medics Across Borders", EntityKind::Organization), "{:?}", mentions(&doc(t)));
}

#[test]
fn a_chamber_of_two_fields_joined_by_and_is_one_organisation() {
    // ("Industry" after "and" had been a person, and the speaker)
    assert_has("Trade. The Norland Chamber of Commerce and Industry said exports fell by five percent in March.", "Norland Chamber of Commerce and Industry", EntityKind::Organization);
    assert_not_person("Trade. The Norland Chamber of Commerce and Industry said exports fell by five percent in March.", "Industry");
    assert_has("Trade. The Confederation of Norland Industry said exports fell by five percent in March.", "Confederation of Norland Industry", EntityKind::Organization);
}

#[test]
fn the_place_a_dateline_opens_with_is_that_place() {
    // ("GENEVA" had been an organisation's initials, "Geneva" a person's given name)
    assert_has("Talks stall\n\nGENEVA (Reuters) - Officials said on Tuesday the talks had failed.", "GENEVA", EntityKind::Place);
    assert_has("Talks stall\n\nGeneva, March 3 (AFP) - Officials said on Tuesday the talks had failed.", "Geneva", EntityKind::Place);
    // (the country after the comma chooses among namesakes: Valencia in Venezuela, not Spain)
    let d = doc("VALENCIA, Venezuela (Reuters) - Officials said on Tuesday the talks had failed.");
    let v = d.entities.iter().find(|e| e.name == "Valencia").expect("Valencia is a place");
    assert_eq!(v.country.as_deref(), Some("VE"), "{:?}", mentions(&d));
    // (a region after it that no listed namesake lies in leaves the word alone)
    assert!(!has(&doc("FAIRVIEW, W.Va. - Officials said on Tuesday the mine would close."), "FAIRVIEW", EntityKind::Place));
}

#[test]
fn a_common_word_opening_a_sentence_before_a_parenthetical_and_a_cue_is_a_name() {
    // ("Baker, in a post on X, said …": as "Baker said …" is; the word is also a noun)
    assert_has("Budget row. Baker, in a post on X, said the budget was a disgrace.", "Baker", EntityKind::Person);
    assert_has("Budget row. Baker, in a statement on Monday, demanded that parliament pass the budget.", "Baker", EntityKind::Person);
    // (not a sentence adverb before someone else's statement)
    assert!(!has(&doc("Budget row. Meanwhile, in a statement, officials said the budget was vital."), "Meanwhile", EntityKind::Person));
}

#[test]
fn a_company_named_like_a_region_is_the_region_where_a_place_is_meant() {
    // ("through the Amazon", "the Brazilian Amazon": no company)
    assert_has("Roads. Norland plans a highway through the Amazon, officials said.", "Amazon", EntityKind::Place);
    assert_has("Fires. Fires in the Brazilian Amazon doubled, a charity said.", "Amazon", EntityKind::Place);
    assert_has("Jobs. Amazon said it would cut 1,000 jobs.", "Amazon", EntityKind::Organization);
}

#[test]
fn a_one_word_organisation_then_a_country_before_a_cue_is_its_branch() {
    // ("Greenpeace Brazil called …": the branch speaks, not Brazil)
    assert_has("Roads. Greenpeace Brazil called the plan a disaster.", "Greenpeace Brazil", EntityKind::Organization);
    assert!(!has(&doc("Roads. Greenpeace Brazil called the plan a disaster."), "Brazil", EntityKind::Country));
}

#[test]
fn a_speaker_right_after_a_kind_of_company_is_that_company() {
    // ("terminal operator Santos Brasil", "shipping line Maersk" had been people: they speak)
    assert_has("Port. Talks with terminal operator Quarno Brasil collapsed, the union said.", "Quarno Brasil", EntityKind::Organization);
    assert_has("Port. Shipping line Vexmark said some vessels would be diverted.", "Vexmark", EntityKind::Organization);
    // (a given name keeps a person: "investor Jane Roe")
    assert_has("Markets. Billionaire investor Jane Roe said she would sell.", "Jane Roe", EntityKind::Person);
}

#[test]
fn a_party_name_before_a_capitalised_office_is_its_portfolio() {
    // ("Labour Minister Jane Roe" had made the Labour Party, and the office of it)
    let t = "Strike. Norland's Labour Minister Jane Roe said the government would mediate.";
    assert!(!has(&doc(t), "Labour", EntityKind::Organization), "{:?}", mentions(&doc(t)));
    // (the party before other offices, and initials before "Secretary", stay bodies)
    assert_has("Vote. Labour leader Tom Hale said the party would win.", "Labour", EntityKind::Organization);
    assert_has("Summit. NATO Secretary General Tom Hale said allies must spend more.", "NATO", EntityKind::Organization);
}

#[test]
fn capitals_joined_by_an_ampersand_are_one_company() {
    // ("S&P" was "S", "&" and "P"; "AT&T said" had made a person)
    assert_has("Ratings. S&P Global said it had cut the city's rating.", "S&P Global", EntityKind::Organization);
    assert_has("Jobs. QX&T said it would cut 1,000 jobs.", "QX&T", EntityKind::Organization);
    // (words around an ampersand with spaces stay apart)
    assert!(!has(&doc("Jobs. Sales & Marketing staff said the plan failed."), "Sales & Marketing", EntityKind::Person));
}

#[test]
fn a_name_no_list_knows_before_an_appositive_of_a_person_noun_and_where_they_work() {
    // (neither word a listed given name or surname: the appositive says it is a person)
    let t = "Vote. \"The count was fair,\" said Tavuni Oremba, a political analyst at the University of Quarnby.";
    assert_has(t, "Tavuni Oremba", EntityKind::Person);
    assert_has("Flood. \"The water came at night,\" said Keruvi Anzolo, a community health worker from the delta.", "Keruvi Anzolo", EntityKind::Person);
    // (an office of several words in the appositive: ", the minority whip in …,")
    assert_has("Tax. Tavuni Oremba, the minority whip in the assembly, said the levy would hurt traders.", "Tavuni Oremba", EntityKind::Person);
}

#[test]
fn nigerian_and_indian_honorifics_are_no_part_of_the_name() {
    assert_has("Count. Alhaji Tavuni Oremba said the result stood.", "Tavuni Oremba", EntityKind::Person);
    assert_has("Count. Prof Tavuni Oremba said the result stood.", "Tavuni Oremba", EntityKind::Person);
    assert_has("Count. Party spokesperson Smt. Keruvi Anzolo said the remark was twisted.", "Keruvi Anzolo", EntityKind::Person);
    assert_not_person("Count. Party spokesperson Smt. Keruvi Anzolo said the remark was twisted.", "Smt");
    // ("Oremba-ji": the honorific suffix, the same person)
    let d = doc("Count. Chief Minister T. Oremba spoke in the town. \"Oremba-ji was speaking about water,\" an aide said.");
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people, ["T. Oremba"], "{:?}", mentions(&d));
}

#[test]
fn initials_written_as_a_word_in_parentheses_name_the_organisation() {
    // (British style: "(Inec)" for INEC; later bare "Vnec" is the commission, no person)
    let t = "Count. The Vexmoor National Electoral Commission (Vnec) declared the result. Observers urged Vnec to publish every sheet.";
    assert_has(t, "Vexmoor National Electoral Commission", EntityKind::Organization);
    assert_not_person(t, "Vnec");
    let d = doc(t);
    assert!(mentions(&d).iter().any(|(m, k)| m == "Vnec" && *k == EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn major_parties_and_chambers_outside_europe_are_listed() {
    // ("All" is no determiner cut off the party's name)
    assert_has("Count. The All Progressives Congress said its candidate had won in Quarnby.", "All Progressives Congress", EntityKind::Organization);
    assert_has("Mining. The Chamber of Deputies passed the bill by 298 votes to 151.", "Chamber of Deputies", EntityKind::Organization);
    let d = doc("Water. The Janata Dal (Secular) accused the minister of misusing his office.");
    assert!(d.entities.iter().any(|e| e.name == "Janata Dal (Secular)" && e.kind == EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn an_office_ending_in_a_capitalised_word_before_a_name_no_list_knows() {
    // ("of the Opposition" opens the capitalised run: not a person "Opposition Tavuni Oremba")
    assert_has("Vote. Leader of the Opposition Tavuni Oremba said the remarks were wrong.", "Tavuni Oremba", EntityKind::Person);
    assert_has("Vote. Leader of the Opposition K. Tavuni Oremba said the remarks were wrong.", "K. Tavuni Oremba", EntityKind::Person);
    assert_not_person("Vote. Leader of the Opposition Tavuni Oremba said the remarks were wrong.", "Opposition");
}

#[test]
fn a_preposition_opening_the_sentence_is_no_part_of_the_name_after_it() {
    let t = "Protest. Outside Congress, several hundred farmers gathered on Wednesday.";
    assert_has(t, "Congress", EntityKind::Organization);
    let d = doc(t);
    assert!(!mentions(&d).iter().any(|(m, _)| m.starts_with("Outside")), "{:?}", mentions(&d));
    // ("Despite" inside a run also breaks it)
    assert_has("Protest. Despite Tavo Quillen's warning, they stayed.", "Tavo Quillen", EntityKind::Person);
}

#[test]
fn election_officers_are_offices_not_part_of_the_name() {
    let t = "Poll. The party lodged a complaint with the Chief Electoral Officer of Quarnshire. Chief Electoral Officer Ranjani Vellaswamy said most complaints related to cash.";
    assert_has(t, "Ranjani Vellaswamy", EntityKind::Person);
    assert_not_person(t, "Electoral Officer");
}

#[test]
fn a_name_before_an_appositive_headed_by_a_noun_for_a_body_is_an_organisation() {
    assert_has("Vote. Citizens for Fair Counts, a small Quarnby-based watchdog, demanded that the minister resign.", "Citizens for Fair Counts", EntityKind::Organization);
}

#[test]
fn a_guessed_name_ends_in_no_lower_case_word() {
    let d = doc("Protest. Several hundred farmers gathered on the Esplanade of Vexmoor Ministries on Monday.");
    assert!(!mentions(&d).iter().any(|(m, _)| m.ends_with(" on")), "{:?}", mentions(&d));
}

#[test]
fn ranks_written_without_stops_are_titles_not_names() {
    // (British style: "Lt Col", "Maj Gen", "Col" with no full stop)
    assert_has("Clashes. Army spokesman Lt Col Tomas Varga said the town was held.", "Tomas Varga", EntityKind::Person);
    assert_has("Clashes. The commander, Maj Gen Ada Brill, toured the base.", "Ada Brill", EntityKind::Person);
    assert_has("Clashes. Col Ada Brill toured the base.", "Ada Brill", EntityKind::Person);
    assert_has("Clashes. Maj Gen Ada Brill toured the base.", "Ada Brill", EntityKind::Person);
    assert_not_person("Clashes. The commander, Maj Gen Ada Brill, toured the base.", "Maj");
    // ("Gen Z" is no general)
    assert_not_person("Polls. Gen Z voters in Norland backed the reform.", "Z");
}

#[test]
fn monitors_observatories_and_maritime_firms_are_organisations() {
    assert_has("Clashes. The Sahel Rights Monitor, a local group, said twelve men were killed.", "Sahel Rights Monitor", EntityKind::Organization);
    assert_has("Shipping. The ship's owner, Lindqvist Maritime, said the crew was safe.", "Lindqvist Maritime", EntityKind::Organization);
    // (the UN's humanitarian office, named in full and by its initials, is one body)
    let d = doc("Floods. The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said 9,000 people had fled. OCHA asked for funds.");
    let orgs: std::collections::HashSet<usize> = d.mentions.iter().filter(|m| d.entities[m.entity].kind == EntityKind::Organization).map(|m| m.entity).collect();
    assert_eq!(orgs.len(), 1, "{:?}", mentions(&d));
}

#[test]
fn two_family_names_without_the_given_name_are_the_same_person() {
    // ("Benítez Moral" after "Marta Benítez Moral": one person, not a second "Benítez Moral")
    let d = doc("Madrid. Finance Minister Marta Benítez Moral presented the budget. \"It is fair,\" Benítez Moral said.");
    let people: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people, vec!["Marta Benítez Moral"], "{people:?}");
}

#[test]
fn a_listed_organisation_with_a_number_after_of_is_one_name() {
    // ("The Group of 77 and China": the negotiating bloc, not "China" alone)
    assert_has("Climate. The Group of 77 and China rejected the draft on Monday.", "Group of 77 and China", EntityKind::Organization);
    assert_has("Climate. The Group of 77 rejected the draft on Monday.", "Group of 77", EntityKind::Organization);
}

#[test]
fn a_noun_for_a_person_opening_the_sentence_titles_an_unknown_name() {
    // ("Economist Tavuro Mbekwe": the occupation is no part of the name)
    assert_has("Trade. Economist Tavuro Mbekwe of the Durban-based Trade Policy Forum said the panel would take years.", "Tavuro Mbekwe", EntityKind::Person);
    assert_not_person("Trade. Economist Tavuro Mbekwe of the Durban-based Trade Policy Forum said the panel would take years.", "Economist Tavuro Mbekwe");
}

#[test]
fn initials_spelling_a_country_named_in_full_are_that_country() {
    // ("SA" after "South Africa" in a South African paper: the country, not a body "SA")
    let d = doc("Trade. South Africa has asked for a panel. Trade minister Tom Hale said SA would not back down.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Organization && e.name == "SA"), "{:?}", mentions(&d));
    assert!(mentions(&d).contains(&("SA".to_string(), EntityKind::Country)), "{:?}", mentions(&d));
}

#[test]
fn a_name_with_a_common_surname_listed_after_a_person_is_a_person() {
    // ("Jeff Merkley, Sherrod Brown and Robert Menendez all suggested": the unknown given name
    // with a surname that is also a common word had been dropped, and the statement with it)
    let d = doc("Vote. Tom Hale, Varek Stone and Ann Lee all suggested that the claims were false.");
    assert!(d.entities.iter().any(|e| e.name == "Varek Stone" && e.kind == EntityKind::Person), "{:?}", d.entities);
    // (not a demonym or an institution's words)
    let d = doc("Tom Hale, South Korean officials and the Art Gallery staff met.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person || e.name == "Tom Hale"), "{:?}", d.entities);
}

#[test]
fn plural_title_abbreviations_are_titles() {
    // ("Sens. Jeff Merkley and …" had made "Sens. Jeff Merkley" a person, or lost the name)
    let d = doc("Politics. Sens. Tom Hale and Ann Lee said the claims were false.");
    assert!(d.entities.iter().any(|e| e.name == "Tom Hale"), "{:?}", d.entities);
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Sens")), "{:?}", d.entities);
}

#[test]
fn a_capitalised_contraction_is_no_name() {
    // ("I’m saying, where is this?" had made a person "I’m", then a topic of the quote)
    let d = doc("Politics. “We have a problem. I’m saying, where is this? We've shown we can win. You'd think so,” Tom Hale said.");
    assert!(d.entities.iter().all(|e| !e.name.contains('\'') && !e.name.contains('’')), "{:?}", d.entities);
}

#[test]
fn a_people_or_a_party_member_before_a_cue_is_no_person() {
    // ("Americans worried …", "Many Mexicans felt …", "One Republican threatened …" had made
    // persons "Americans", "Mexicans", "Republican")
    let d = doc("Politics. One Republican threatened to make the official testify. Americans worried about crime might vote for him. Bosnian Serbs said their forces had withdrawn. Many Mexicans felt betrayed by the visit.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", d.entities);
    // (they still speak, unnamed)
    assert_eq!(d.statements.len(), 4, "{:?}", d.statements);
    assert!(d.statements.iter().any(|s| s.speaker_text.is_some_and(|sp| d.slice(sp) == "Bosnian Serbs")), "{:?}", d.statements);
}

#[test]
fn an_analyst_or_economist_of_a_named_firm_holds_a_role() {
    // ("<bank> economist X said in a note to clients", "<broker> analyst X said": no role,
    // and the firm no organisation)
    let d = doc("Banks. Brennock Capital economist Tom Hale said in a note to clients that rates would fall. Quarvex Securities analyst Jane Roe agreed.");
    assert!(d.roles.iter().any(|r| r.head == "economist" && r.of.is_some_and(|e| d.entities[e].name == "Brennock Capital")), "{:?}", d.roles);
    assert!(d.roles.iter().any(|r| r.head == "analyst" && r.of.is_some_and(|e| d.entities[e].name == "Quarvex Securities")), "{:?}", d.roles);
    // (and a union's organiser: "organiser" was no title)
    let d = doc("Strike. Harbour Workers Union regional organiser Jane Roe said the vote was clear.");
    assert!(d.roles.iter().any(|r| r.head == "organiser" && r.of.is_some_and(|e| d.entities[e].name == "Harbour Workers Union")), "{:?}", d.roles);
    // (a word that describes without naming an office: no role without what it is of)
    let d = doc("Banks. The economist Tom Hale said rates would fall.");
    assert!(d.roles.iter().all(|r| r.head != "economist"), "{:?}", d.roles);
}

#[test]
fn a_stock_ticker_names_no_organisation_and_its_company_is_one() {
    // ("(NYSE: <symbol>)", "(<symbol>.JK)", "under the ticker <symbol>" made organisations of the symbols,
    // "IMRA", and the company before the ticker was found by no rule)
    let d = doc("Markets. Shares of Brennock Tarvale (NYSE: BRT) fell 4% on Tuesday.");
    assert!(has(&d, "Brennock Tarvale", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(mentions(&d).iter().all(|(m, _)| m != "BRT" && m != "NYSE"), "{:?}", mentions(&d));
    let d = doc("Markets. Fuel importer PT Sarang Kilat Nusa (SKNU.JK) said its margin fell.");
    assert!(has(&d, "PT Sarang Kilat Nusa", EntityKind::Organization) || has(&d, "Sarang Kilat Nusa", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(mentions(&d).iter().all(|(m, _)| !m.starts_with("SKNU")), "{:?}", mentions(&d));
    let d = doc("Markets. Its shares trade on the Nairobi Securities Exchange under the ticker VXMB.");
    assert!(mentions(&d).iter().all(|(m, _)| m != "VXMB"), "{:?}", mentions(&d));
    // (initials in brackets stay an organisation's)
    let d = doc("Talks. The Orchard Growers Association (OGA) said prices fell.");
    assert!(has(&d, "OGA", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn he_after_a_title_before_a_name_is_a_family_name() {
    // ("Commerce ministry spokeswoman He <given name>" was a person of the given name alone)
    let d = doc("Trade. Commerce ministry spokeswoman He Yanmei told reporters the duties were fair.");
    assert!(has(&d, "He Yanmei", EntityKind::Person), "{:?}", mentions(&d));
    // (the pronoun stays one, after a quote or opening the sentence)
    let d = doc("Trade. Tom Hale spoke. He Said it was fair, the headline ran.");
    assert!(!has(&d, "He Said", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn central_banks_and_opec_plus_are_listed() {
    // ("Bank Indonesia (BI) cut its rate" made no organisation; "the central bank" became an
    // unnamed "Indonesian central bank"; "OPEC+" was OPEC)
    let d = doc("Rates. Bank Indonesia cut its benchmark rate on Wednesday, and Bank Negara Malaysia held.");
    assert!(has(&d, "Bank Indonesia", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(has(&d, "Bank Negara Malaysia", EntityKind::Organization), "{:?}", mentions(&d));
    // (a listed name with a lower-case word inside, after "The")
    let d = doc("Rates. The Bangko Sentral ng Pilipinas left its rate unchanged.");
    assert!(has(&d, "Bangko Sentral ng Pilipinas", EntityKind::Organization), "{:?}", mentions(&d));
    let d = doc("Oil. The OPEC+ group of producers agreed to extend its cuts, OPEC said.");
    assert!(d.entities.iter().any(|e| e.name == "OPEC Plus") && has(&d, "OPEC+", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn initials_join_the_organisation_they_spell_after_the_tagger() {
    // ("The United Auto Workers union criticized … UAW Vice President X said": two nodes, and
    // the union was a topic of its own vice president's statement)
    let d = doc("Cars. The Harbour Dock Workers union criticized the plan. HDW Vice President Jane Roe said the union would fight.");
    let names: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Organization).map(|e| e.name.as_str()).collect();
    assert!(!names.contains(&"HDW"), "{:?}", mentions(&d));
}

#[test]
fn a_danish_company_designator_and_an_advisory_name_organisations() {
    // ("<name> Foods A/S said …" made no organisation and no statement: "A/S" was three
    // tokens; "<name> Advisory" was a place)
    let d = doc("Food. Brennvik Foods A/S said its shares had fallen. Later, Brennvik Foods said exports would recover.");
    assert!(has(&d, "Brennvik Foods A/S", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(d.statements.iter().filter(|s| s.speaker.is_some()).count() == 2, "{:?}", mentions(&d));
    let d = doc("Oil. Prices rose. Tom Hale, an analyst at Vexley Advisory, said demand was weak.");
    assert!(has(&d, "Vexley Advisory", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn initials_of_another_language_written_as_a_word_after_a_long_name() {
    // (a chamber's initials written as a word, then "<initials> deputy chairwoman X said", had
    // made a person of the initials, the chamber's demand split from its officer)
    let d = doc("Rates. The Vexmoor Chamber of Commerce and Industry (Kadira) called for lower rates. Kadira deputy chairwoman Jane Roe agreed.");
    assert!(has(&d, "Kadira", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!has(&d, "Kadira", EntityKind::Person), "{:?}", mentions(&d));
    // (a place in brackets stays the place)
    let d = doc("Rates. The Vexmoor Chamber of Commerce and Industry (Jakarta) called for lower rates.");
    assert!(!has(&d, "Jakarta", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_grade_of_crude_names_no_one() {
    // ("Benchmark <grade> crude rose" made a person of the two words, and "they expected
    // <grade> to average $72" a demand of that person)
    let d = doc("Oil. Benchmark Urals crude fell 0.8 percent on Friday.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", mentions(&d));
    // (a country or listed body before "crude" stays)
    let d = doc("Oil. U.S. crude stocks fell while OPEC crude output rose.");
    assert!(has(&d, "U.S.", EntityKind::Country) && has(&d, "OPEC", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_currency_glued_to_an_amount_is_no_organisation() {
    // ("fined a Mombasa-based microfinance bank Sh15 million" made an organisation "Sh15")
    let d = doc("Banks. In March, the regulator fined a microfinance bank Sh15 million over similar failures.");
    assert!(d.entities.iter().all(|e| e.name != "Sh15"), "{:?}", mentions(&d));
}

#[test]
fn a_surname_like_firm_before_analyst_and_a_name_is_the_firm() {
    // ("<firm> analyst X said" gave no firm and no role where the firm's one word is also a
    // surname)
    let d = doc("Cars. Shares fell 9%. On Tuesday, Hutchins analyst Jane Roe said the delay was right.");
    assert!(has(&d, "Hutchins", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(d.roles.iter().any(|r| r.head == "analyst" && r.of.is_some_and(|e| d.entities[e].name == "Hutchins")), "{:?}", d.roles);
    let d = doc("Cars. Shares fell. Hutchins analyst Jane Roe said the delay was right. Market analyst Tom Hale agreed.");
    assert!(has(&d, "Hutchins", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!has(&d, "Market", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn local_government_titles_before_a_name() {
    // (British and Irish "Cllr", an American "County Executive", a weather service's
    // "meteorologist": titles, not parts of the name)
    assert_has("Budget. Cllr Maeve Tolland said the library would close.", "Maeve Tolland", EntityKind::Person);
    assert_not_person("Budget. Cllr Maeve Tolland said the library would close.", "Cllr Maeve Tolland");
    assert_has("Roads. Hennford County Executive Dara Quill said the bridge would reopen.", "Dara Quill", EntityKind::Person);
    assert_not_person("Heat. Senior meteorologist Ada Brill said the change would come late.", "Senior meteorologist Ada Brill");
    assert_has("Heat. Senior meteorologist Ada Brill said the change would come late.", "Ada Brill", EntityKind::Person);
}

#[test]
fn the_irish_police_and_a_british_union_are_organisations() {
    assert_has("Attack. Gardaí said a man in his 30s had been arrested.", "Gardaí", EntityKind::Organization);
    assert_has("Cuts. Unison, the public sector union, said members would ballot for strikes.", "Unison", EntityKind::Organization);
}

#[test]
fn an_irish_county_named_after_its_head_word_is_a_place() {
    // ("Co <county>" had been a person, the county a given name after "Co")
    assert_has("Riots. Two men were stabbed in Carrowbeg, Co Mayo, on Sunday.", "Co Mayo", EntityKind::Place);
    assert_not_person("Riots. Two men were stabbed in Carrowbeg, Co Mayo, on Sunday.", "Co Mayo");
    // ("The County Clare council met" is the council now, a body: `orgs::place_bodies`)
    assert_has("Riots. Councillors in County Clare met on Monday.", "County Clare", EntityKind::Place);
    assert_has("Riots. The County Clare council met on Monday.", "County Clare council", EntityKind::Organization);
}

#[test]
fn a_department_named_for_fields_listed_with_commas_is_one_body() {
    // ("the Ministry of Housing, Communities and Local Government" had been "Ministry of
    // Housing" and an organisation "Local Government")
    assert_has("Cuts. A spokesperson for the Ministry of Farming, Fisheries and Rural Affairs said the fund was closed.", "Ministry of Farming, Fisheries and Rural Affairs", EntityKind::Organization);
    assert_has("Cuts. A spokesman for the Department of Heritage, Culture, Sport and Tourism said on Monday that the bill would pass in the spring.", "Department of Heritage, Culture, Sport and Tourism", EntityKind::Organization);
    // (a person after the comma is no field)
    assert_has("Cuts. The Ministry of Energy, Jane Roe and Tom Hale met on Monday.", "Ministry of Energy", EntityKind::Organization);
}

#[test]
fn an_irish_deputy_is_titled_td() {
    // ("Local TD <Irish name> said" had found no one)
    assert_has("Housing. Local TD Cathal Ó Briain said he would raise it in the Dáil.", "Cathal Ó Briain", EntityKind::Person);
    assert_not_person("Housing. Local TD Cathal Ó Briain said he would raise it in the Dáil.", "Local TD Cathal Ó Briain");
}

#[test]
fn nsw_is_new_south_wales() {
    // ("NSW Premier X" had made an organisation "NSW" beside the state)
    assert_has("Fires. NSW Premier Tom Hale said homes were lost.", "NSW", EntityKind::Place);
}

#[test]
fn a_ministers_portfolio_in_capitalised_words_is_no_body() {
    // ("Federal <field> Preparedness Minister X" had made an organisation of the words before
    // "Minister"; a department before a secretary stays one)
    let d = doc("Fires. Federal Disaster Preparedness Minister Odile Varenne rejected the report.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Organization), "{:?}", mentions(&d));
    assert_has("Fires. Federal Disaster Preparedness Minister Odile Varenne rejected the report.", "Odile Varenne", EntityKind::Person);
    assert_has("Border. Homeland Security Secretary Tom Hale said the border was closed.", "Homeland Security", EntityKind::Organization);
}

#[test]
fn a_bank_named_with_td_is_no_member_of_the_dail() {
    // ("TD" became a title in the sixteenth session: "TD Ameritrade" had become a person
    // "Ameritrade" with the title "TD")
    assert_has("Markets. J. Joe Ricketts, founder of TD Ameritrade, gave $5 million.", "TD Ameritrade", EntityKind::Organization);
    assert_has("Housing. Local TD Cathal Briain said no.", "Cathal Briain", EntityKind::Person);
}

#[test]
fn a_bare_surname_two_people_share_is_the_one_named_more_often() {
    // ("Cruz called Trump a liar" after "Ted Cruz" was named often and "Heidi Cruz" once had
    // gone to Heidi, the most recent)
    let d = doc("Politics. Senator Tom Vance endorsed the plan. Vance said it was fair. Vance spoke again on Monday. His wife, Ann Vance, joined him at the rally. Vance called the rival a liar.");
    let last = d.mentions.iter().filter(|m| d.slice(m.span) == "Vance").last().expect("mention");
    assert_eq!(d.entities[d.actor_of(last.entity)].name, "Tom Vance", "{:?}", d.entities);
}

#[test]
fn initials_then_a_name_of_two_words_in_apposition_are_a_person() {
    // (", R. Venkataramana Gowda," and ", R.K. Hale," had made no person: initials had to be
    // followed by the surname alone)
    assert_has("The leader, R. Vantaramana Golla, said the party was ready.", "R. Vantaramana Golla", EntityKind::Person);
    assert_has("The leader, R.K. Hale, said the party was ready.", "R.K. Hale", EntityKind::Person);
}

#[test]
fn initials_after_a_bodys_name_open_a_person_of_their_own() {
    // ("the Legislative Assembly R. Kumar said" had made one person "Legislative Assembly R. Kumar")
    let t = "The leader of the opposition in the Legislative Assembly R. Vantaramana Golla said the party was ready.";
    assert_has(t, "Legislative Assembly", EntityKind::Organization);
    assert_has(t, "R. Vantaramana Golla", EntityKind::Person);
}

#[test]
fn names_joined_by_hyphens_are_each_named() {
    // ("a new Putin-Trump call" had made a person "Putin-Trump"; "US-Russia talks" named no one)
    let t = "Norwegian Prime Minister Ann Lee and Swedish Prime Minister Tom Hale spoke. Aides said the Norway-Sweden talks and a new Lee-Hale call were planned.";
    let d = doc(t);
    assert!(!mentions(&d).iter().any(|(m, _)| m.contains('-')), "{:?}", mentions(&d));
    for (text, kind) in [("Norway", EntityKind::Country), ("Sweden", EntityKind::Country), ("Lee", EntityKind::Person), ("Hale", EntityKind::Person)] {
        assert_has(t, text, kind);
    }
    // (a name that is whole with its hyphen stays one)
    assert_has("Aides flew to Guinea-Bissau.", "Guinea-Bissau", EntityKind::Country);
}

#[test]
fn a_paper_named_before_its_noun_is_an_organisation() {
    // ("the hardline Selim daily": a lone name that is also a given name, before
    // "daily" or "newspaper", had been a person and the speaker the whole phrase)
    let d = doc("Press. The hardline Selim daily accused the cabinet of caving in to the unions. The conservative Orhan newspaper said the talks had failed.");
    for paper in ["Selim", "Orhan"] {
        assert!(d.entities.iter().any(|e| e.name == paper && e.kind == EntityKind::Organization), "{paper}: {:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
    }
}

#[test]
fn a_name_before_a_word_for_a_district_is_a_place() {
    // ("the Zorvak and Melitsa districts": names no list knows before "district(s)",
    // "governorate" or "province" had been nothing)
    let d = doc("War. The army ordered residents of 12 villages in the Zorvak and Melitsa districts to leave. Two people died in the Qarnab district. Residents of Tarvik governorate fled.");
    for place in ["Zorvak", "Melitsa", "Qarnab", "Tarvik"] {
        assert!(d.entities.iter().any(|e| e.name == place && e.kind == EntityKind::Place), "{place}: {:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
    }
}

#[test]
fn a_name_with_the_arabic_article_before_television_is_a_broadcaster() {
    let d = doc("Press. Al-Qorna television quoted an official as saying the talks had failed.");
    assert!(d.entities.iter().any(|e| e.name == "Al-Qorna" && e.kind == EntityKind::Organization), "{:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
}

#[test]
fn a_royal_style_before_a_title_is_no_organisation() {
    // ("His Royal Highness Crown Prince X" had made "Royal Highness" the organisation the
    // crown prince was of)
    let d = doc("Court. The minister read a message from His Royal Highness Crown Prince Tarek bin Walid to the president. His Excellency the ambassador attended.");
    assert!(d.entities.iter().all(|e| !e.name.contains("Highness") && !e.name.contains("Excellency")), "{:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
    assert!(d.entities.iter().any(|e| e.name == "Tarek bin Walid" && e.kind == EntityKind::Person), "{:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
}

#[test]
fn a_centre_or_institute_for_capitalised_common_words_is_an_organisation() {
    // ("a senior fellow at the Oslo-based Centre for Northern Studies" had no organisation and
    // no role: "for" joined a body's name only before "the", and "Centre" alone was a region
    // of Burkina Faso and Cameroon)
    assert_has("Talks. Ann Lee, a senior fellow at the Oslo-based Centre for Northern Studies, said no.", "Centre for Northern Studies", EntityKind::Organization);
    assert_has("Talks. Tom Hale, an analyst at the Lima-based Institute for Civic Planning, said no.", "Institute for Civic Planning", EntityKind::Organization);
    assert_has("Talks. Jo Roe, of the Centre for Policy Research, said no.", "Centre for Policy Research", EntityKind::Organization);
    // (a given name after "for" is no field: "the Fund for Ann Lee" is not one name)
    let d = doc("Talks. Donors gave to the Fund for Ann Lee on Monday.");
    assert!(!has(&d, "Fund for Ann Lee", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn an_acting_title_after_a_region_is_the_titles() {
    // ("<region> Region Acting Governor X" had made an organisation "<region> Region Acting")
    let d = doc("Floods. Vexmoor Region Acting Governor Tom Hale wrote that the river had burst its banks.");
    assert!(!d.entities.iter().any(|e| e.name.contains("Acting")), "{:?}", mentions(&d));
    assert_has("Floods. Vexmoor Region Acting Governor Tom Hale wrote that the river had burst its banks.", "Tom Hale", EntityKind::Person);
    assert!(d.roles.iter().any(|r| r.title == "Acting Governor"), "{:?}", d.roles);
}

#[test]
fn the_chief_of_the_general_staff_is_an_office_before_the_name() {
    // ("Chief of the General Staff X said" had made a person "Staff X")
    let d = doc("Strikes. Norway and Sweden traded strikes. Chief of the General Staff Tom Hale said the front was stable.");
    assert!(d.entities.iter().any(|e| e.name == "Tom Hale"), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert!(d.roles.iter().any(|r| r.title == "Chief of the General Staff"), "{:?}", d.roles);
}

#[test]
fn a_name_of_unknown_words_before_a_parent_of_a_count_is_a_person() {
    // ("In Renk, X Y, a mother of five who arrived …, said" had no speaker: a parent's
    // appositive with "of" and a count did not tell a person)
    let d = doc("Aid is short. Wanjiru Odhiambo-Kaboge, a mother of three, said her family had eaten once. Ketil Vomgard, a father of 4, said the same.");
    assert!(d.entities.iter().any(|e| e.name == "Wanjiru Odhiambo-Kaboge" && e.kind == EntityKind::Person), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert!(d.entities.iter().any(|e| e.name == "Ketil Vomgard" && e.kind == EntityKind::Person), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
}

#[test]
fn a_long_form_with_for_the_and_initials_in_another_order_is_one_organisation() {
    // ("the Democratic Forces for the Liberation of Rwanda (FDLR)" had made two
    // organisations: the initials follow the French name's order, and "for the" split the
    // long form in two runs)
    let d = doc("Talks. The Popular Front for the Liberation of Vexmoor (FPLV) said it would appeal. The FPLV later met.");
    let orgs: Vec<_> = d.entities.iter().filter(|e| e.kind == EntityKind::Organization).map(|e| e.name.clone()).collect();
    assert_eq!(orgs, vec!["Popular Front for the Liberation of Vexmoor".to_string()], "{orgs:?}");
}

#[test]
fn american_spellings_of_un_agencies_and_the_state_department_are_the_listed_bodies() {
    // ("the World Food Program" (AP's spelling) and "the US Department of State" had made
    // nodes apart from WFP and the State Department)
    let d = doc("Aid. The World Food Program said rations would be cut. The US Department of State said it would help.");
    let names: Vec<_> = d.entities.iter().map(|e| e.name.clone()).collect();
    assert!(names.contains(&"WFP".to_string()) && names.contains(&"State Department".to_string()), "{names:?}");
}

#[test]
fn a_name_a_state_calls_a_place_by_is_that_place() {
    // ("near Scarborough Shoal, which China calls Huangyan Dao" had made "Huangyan Dao" a
    // person, and the speaker of the quotes after it)
    let d = doc("Sea. Boats sailed near Vardo Reef, which Norway calls Kvalbank Dao, on Monday.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Person), "{:?}", mentions(&d));
    let reef = d.entities.iter().position(|e| e.name == "Vardo Reef" && e.kind == EntityKind::Place).unwrap_or_else(|| panic!("{:?}", mentions(&d)));
    assert!(d.mentions.iter().any(|m| d.slice(m.span) == "Kvalbank Dao" && m.entity == reef), "{:?}", mentions(&d));
}

#[test]
fn a_countrys_adjective_alone_names_no_place() {
    // ("War maniacs of the South Korean puppet military made …" had made a place "South
    // Korean", and the quote about it)
    for t in ["Front. Then maniacs of the South Korean military fired shells.", "Front. \"Maniacs of the Sao Tomean puppet army fired,\" the agency said."] {
        let d = doc(t);
        assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Place), "{t}: {:?}", mentions(&d));
    }
}

#[test]
fn a_company_named_with_a_foreign_word_for_energy_is_an_organisation() {
    // ("The chief executive of state-owned German gas importer Nordhafen Energie, X, said"
    // had made a person "Nordhafen Energie" and no role)
    assert_has("Gas. The chief executive of Vexmoor Energie, Tom Hale, said supplies would fall.", "Vexmoor Energie", EntityKind::Organization);
    assert_has("Gas. Quarnby Energia said its output rose.", "Quarnby Energia", EntityKind::Organization);
    // (the English word is left alone: "Renewable Energy" in a title-case line is no body)
    let d = doc("Gas. Tom Hale said Renewable Energy was growing fast.");
    assert!(!has(&d, "Renewable Energy", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_listed_body_whose_name_runs_past_and_is_one_name() {
    // ("U.S. Customs and Border Protection said" had made "Border Protection" the speaker: the
    // run was cut at "and", and the listed name was never looked up whole)
    let d = doc("Border. U.S. Customs and Border Protection said arrests had fallen by half.");
    assert!(d.entities.iter().any(|e| e.name == "Customs and Border Protection" && e.kind == EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!d.entities.iter().any(|e| e.name == "Border Protection"), "{:?}", mentions(&d));
}

#[test]
fn a_council_on_two_fields_joined_by_and_is_one_body() {
    // ("the European Council on Refugees and Exiles" had ended at "Refugees")
    assert_has("Aid. She works for the Nordic Council on Energy and Transport in Oslo.", "Nordic Council on Energy and Transport", EntityKind::Organization);
}

#[test]
fn the_island_of_a_name_and_a_town_in_apposition_are_places() {
    // ("on the island of Lampedusa", "on Samos, an island in the eastern Aegean", "In
    // Gravelines, a fishing town on the coast" had found no place)
    assert_has("Boats. Most landed on the island of Vextoro, south of the mainland.", "Vextoro", EntityKind::Place);
    assert_has("Boats. A centre will open on Quellisa, an island in the north, by March.", "Quellisa", EntityKind::Place);
    assert_has("Boats. In Marnesque, a fishing town on the coast, residents were angry.", "Marnesque", EntityKind::Place);
    // (but an unlisted name before "region" is left alone: in news it is more often a listed
    // region spelt otherwise, "the Smie region" for Sumy in an example article, which a place
    // of its own would split from the region)
    let d = doc("Boats. Two men were found in the Vel-de-Tarn region on Sunday.");
    assert!(!d.entities.iter().any(|e| e.kind == EntityKind::Place), "{:?}", mentions(&d));
    // (a person described by a trade named after a town is no place)
    assert_has("Boats. Jane Roe, a town councillor in Vextoro, said it was sad.", "Jane Roe", EntityKind::Person);
}

#[test]
fn a_convention_and_what_a_treaty_is_on_are_no_actors() {
    // ("breached the Geneva Convention" had made a person "Geneva Convention", and "the
    // European Convention on Human Rights" an organisation "Human Rights")
    let d = doc("Law. He denied that the rules breached the Vexmoor Convention. They must leave the Nordic Convention on Human Rights.");
    assert!(d.entities.iter().all(|e| !e.name.contains("Convention") && e.name != "Human Rights"), "{:?}", mentions(&d));
}

#[test]
fn a_long_name_after_a_portfolio_is_the_holders_whole() {
    // ("Minister of Foreign Affairs Faisal bin Farhan bin Abdullah" had made two people,
    // "Faisal bin" and "Farhan bin Abdullah", and "Minister of Trade Juan Carlos de la Vega"
    // the holder "Carlos de la Vega": the holder was sought at the first given name whose
    // rest has a person's shape of two to four words)
    assert_has("Talks. Minister of Trade Rashid bin Khalid bin Quarna said the talks would go on.", "Rashid bin Khalid bin Quarna", EntityKind::Person);
    assert_has("Talks. Minister of Foreign Affairs Juan Carlos de la Quarba said the talks would go on.", "Juan Carlos de la Quarba", EntityKind::Person);
    // (a portfolio's last word is no given name: the holder stays who it was)
    assert_has("Talks. Minister of Education Jane Roe said the talks would go on.", "Jane Roe", EntityKind::Person);
}

#[test]
fn a_monarchs_numeral_is_part_of_the_name_and_no_surname() {
    // ("Prince Faisal bin Farhan bin Abdullah … to meet King Abdullah II" had given the King's
    // role to the prince: the numeral was dropped as a suffix and "Abdullah" joined the
    // prince by his last word; "King Charles III" had been a person "Charles")
    let d = doc("Visit. Foreign Minister Rashid bin Khalid bin Abdullah arrived on Sunday. He will meet King Abdullah II on Monday, and King Tolvan IV later.");
    assert!(has(&d, "Rashid bin Khalid bin Abdullah", EntityKind::Person), "{:?}", mentions(&d));
    assert!(d.entities.iter().any(|e| e.name == "Abdullah II"), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    assert!(d.entities.iter().any(|e| e.name == "Tolvan IV"), "{:?}", d.entities.iter().map(|e| &e.name).collect::<Vec<_>>());
    let king = d.entities.iter().position(|e| e.name == "Abdullah II").unwrap();
    let minister = d.entities.iter().position(|e| e.name == "Rashid bin Khalid bin Abdullah").unwrap();
    assert_ne!(king, minister);
}

#[test]
fn a_participle_opening_the_sentence_before_a_title_is_no_name() {
    // ("Visiting US Secretary of State Jan Roe said …" had found no one, and "Visiting
    // Chinese Foreign Minister X" an organisation "Visiting Chinese")
    let d = doc("Visiting Chilean Foreign Minister Jane Roe said on Monday that ties were strong.");
    assert!(has(&d, "Jane Roe", EntityKind::Person), "{:?}", mentions(&d));
    assert!(!d.entities.iter().any(|e| e.name.starts_with("Visiting")), "{:?}", mentions(&d));
    let d = doc("Visiting US Secretary of State Jane Roe said on Monday that ties were strong.");
    assert!(has(&d, "Jane Roe", EntityKind::Person), "{:?}", mentions(&d));
    assert!(has(&d, "US", EntityKind::Country), "{:?}", mentions(&d));
    // (a name that opens with such a word stays whole)
    assert_has("Reading Borough Council said on Monday that bins would be emptied.", "Reading Borough Council", EntityKind::Organization);
}

#[test]
fn an_unknown_name_after_a_quote_and_said_is_a_person() {
    // ("“People are dying,” said Wanjiru Gikonyo of the National Taxpayers Association." had
    // found no one: neither word is a listed name, and nothing after the name told a person)
    assert_has("Vote. \"People are dying,\" said Quarnet Vexolo of the Vexmoor Taxpayers Association.", "Quarnet Vexolo", EntityKind::Person);
    assert_has("Vote. “People are dying”, says Quarnet Vexolo.", "Quarnet Vexolo", EntityKind::Person);
    // (a body credited so stays a body)
    assert_has("Vote. \"People are dying,\" said the Vexmoor Taxpayers Association.", "Vexmoor Taxpayers Association", EntityKind::Organization);
}

#[test]
fn a_name_listing_trades_with_commas_before_its_initials_is_one_body() {
    // ("The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) wants …" had
    // named a union "Pharmacists and Dentists Union", split at the comma)
    let d = doc("Strike. The Vexmoor Nurses, Midwives and Porters Union (VNMPU) wants higher pay. VNMPU leaders met on Monday.");
    assert!(has(&d, "Vexmoor Nurses, Midwives and Porters Union", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!d.entities.iter().any(|e| e.name == "Midwives and Porters Union"), "{:?}", mentions(&d));
    // (initials that spell only the second part leave the two runs as they were)
    let d = doc("Strike. Nurses in Quarby, the Midwives and Porters Union (MPU) said, want higher pay.");
    assert!(!d.entities.iter().any(|e| e.name.contains(',')), "{:?}", mentions(&d));
}

#[test]
fn a_word_saying_which_party_opening_a_headline_names_none() {
    // ("Ruling party wins Namibia election" had made an organisation "Ruling")
    let d = doc("Ruling party wins election amid claims of fraud\n\nVote. Governing party says it will win. The Vexmoor party said no.");
    assert!(!d.entities.iter().any(|e| matches!(e.name.as_str(), "Ruling" | "Governing")), "{:?}", mentions(&d));
    assert_has("Vote. The Vexmoor party said no.", "Vexmoor", EntityKind::Organization);
}

#[test]
fn big_unions_and_shipping_data_bodies_are_organisations() {
    // (set 32: "president of United Steelworkers Local 1005" had no organisation; "According to
    // Lloyd's List Intelligence" had made a person "Lloyd")
    let t = "Steel. Jo Pratt, president of United Steelworkers Local 99, said jobs were lost. According to Lloyd's List Intelligence, a data provider, 600 tankers sail.";
    // (the local's mention runs over its number; its body is the union)
    let d = doc(t);
    assert!(d.mentions.iter().any(|m| d.slice(m.span) == "United Steelworkers Local 99" && d.entities[m.entity].kind == EntityKind::Organization && d.entities[m.entity].name == "United Steelworkers"), "{:?}", mentions(&d));
    assert!(mentions(&doc(t)).iter().all(|(n, _)| n != "Lloyd"), "{:?}", mentions(&doc(t)));
}

#[test]
fn a_foreign_bodys_head_then_de_is_an_organisation() {
    // (set 32: "a trade economist at the Université de Montréal" had made an organisation
    // "Université", or a place of the whole)
    assert_has("Trade. Ana Ruiz, a professor at the Université de Vexmoor, said no.", "Université de Vexmoor", EntityKind::Organization);
    assert_has("Trade. Jo Pratt, an economist at the Universidad de Quarnby, said talks would fail.", "Universidad de Quarnby", EntityKind::Organization);
}

#[test]
fn a_place_and_a_utilitys_trade_name_a_company() {
    // ("Thames Water has been fined a record £90m" had found no actor; "Georgia Power said" a
    // country and a person "Power")
    assert_has("Water. Quarnet Water has been fined a record sum.", "Quarnet Water", EntityKind::Organization);
    assert_has("Water. Georgia Power said it accepted the findings.", "Georgia Power", EntityKind::Organization);
    assert_has("Water. A fine on Thames Water was a record.", "Thames Water", EntityKind::Organization);
    // (a common word before the trade is none: "Clean Water" is a cause, not a firm)
    let d = doc("Water. They marched for Clean Water on Sunday.");
    assert!(!d.entities.iter().any(|e| e.name == "Clean Water"), "{:?}", mentions(&d));
}

#[test]
fn a_minister_of_a_portfolio_of_two_parts_then_an_unlisted_name() {
    // ("Minister of Youth and Sports X" had made a person "Sports X", and "Minister of Foreign
    // Affairs X" with a given name no list knows for a man's or a woman's no person at all)
    let d = doc("Games. Minister of Culture and Tourism Vasyl Hrentovic said the team would stay home.");
    assert!(has(&d, "Vasyl Hrentovic", EntityKind::Person), "{:?}", mentions(&d));
    assert!(d.entities.iter().all(|e| !e.name.starts_with("Tourism")), "{:?}", mentions(&d));
    assert_has("Games. Minister of Foreign Affairs Ostap Vrelko said the talks would go on.", "Ostap Vrelko", EntityKind::Person);
    // (the portfolio alone names no one)
    let d = doc("Games. Minister of Youth and Sports said the talks would go on.");
    assert!(d.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn in_a_sports_report_a_state_after_a_town_and_a_governing_state_stay_places() {
    // ("Hard Rock Stadium in Miami Gardens, Florida", "a match in Dallas, Texas", "Pakistan's
    // government has barred its hockey team", "the tournament in the United States" in a story
    // with game words had made teams, organisations, of Florida, Texas, Pakistan and the US)
    let d = doc("Heat. The striker said the match at the stadium in Orlando, Florida, was too hot. The referee and the goalkeeper agreed. Norway's government has barred its team from the tournament in the United States.");
    assert!(has(&d, "Florida", EntityKind::Place) && !has(&d, "Florida", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(has(&d, "Norway", EntityKind::Country) && !has(&d, "Norway", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!has(&d, "United States", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn two_office_holders_joined_by_and_are_two_people() {
    // (the rule for "Minister of Youth and Sports X" must not read "Secretary of State X and
    // Vexmoor Foreign Minister Y" as a portfolio of two parts: the second office kept its state)
    let d = doc("Talks. Jamaica Secretary of State Cordell Vanhoek and Sao Tomean Foreign Minister Mahesh Veltrani attended.");
    assert!(has(&d, "Mahesh Veltrani", EntityKind::Person) && has(&d, "Cordell Vanhoek", EntityKind::Person), "{:?}", mentions(&d));
    assert!(d.roles.iter().any(|r| r.head == "Foreign Minister" && r.of.is_some()), "{:?}", d.roles);
}

#[test]
fn a_big_city_keeps_its_name_over_a_region_of_another_named_state() {
    // ("GAZA CITY, Palestinian Territories … In Jerusalem, the prime minister's office said"
    // had placed Jerusalem in the Palestinian governorate that has the name as an alias)
    let d = doc("GAZA CITY, Palestinian Territories (AFP) - Strikes went on. In Jerusalem, officials met on Tuesday.");
    let j = d.entities.iter().find(|e| e.name == "Jerusalem").unwrap_or_else(|| panic!("{:?}", mentions(&d)));
    assert_eq!(j.country.as_deref(), Some("IL"));
    // (a region word after the name still asks for the region: "in Herat province")
    let d = doc("KABUL (AFP) - Returnees waited in Herat province, on the border with Iran.");
    assert!(d.entities.iter().any(|e| e.name == "Herat" && e.place_kind == Some("region")), "{:?}", d.entities.iter().map(|e| (&e.name, e.place_kind)).collect::<Vec<_>>());
}

#[test]
fn a_tax_in_capitals_is_no_organisation() {
    // ("the States should cut their VAT" had made an organisation "VAT", then a topic)
    let d = doc("Fuel. The minister said the states should cut their VAT and the GST council should meet.");
    assert!(!d.entities.iter().any(|e| matches!(e.name.as_str(), "VAT" | "GST")), "{:?}", mentions(&d));
}

#[test]
fn an_east_asian_name_of_three_words_is_family_name_first() {
    // ("Yoon Suk Yeol" then "accused Yoon of …": the unhyphenated Korean given name had made
    // "Yeol" the surname, so "Yoon" alone mid-sentence named nobody and the statement was
    // about no one)
    let d = doc("Talks. President Han Sung Ho met the visiting premier on Friday. The opposition leader accused Han of giving away too much.");
    let s = d.statements.iter().find(|s| s.cue == "accused").unwrap_or_else(|| panic!("{:?}", d.statements));
    assert!(s.about.iter().any(|&e| d.entities[e].name == "Han Sung Ho"), "{:?} {:?}", s.about, mentions(&d));
    // (a Western name of three words keeps its last word)
    let d = doc("Talks. Senator Mary Ann Hale met the premier. Critics accused Hale of giving away too much.");
    let s = d.statements.iter().find(|s| s.cue == "accused").unwrap_or_else(|| panic!("{:?}", d.statements));
    assert!(s.about.iter().any(|&e| d.entities[e].name == "Mary Ann Hale"), "{:?} {:?}", s.about, mentions(&d));
}

#[test]
fn two_people_of_one_family_name_written_first_stay_two() {
    // ("Kim Yo-jong" after "Kim Jong-un": both names' surname is "Kim", and the first-name
    // test had compared "Kim" with "Kim"; the given names tell them apart, and the same given
    // name written with a hyphen or with spaces is one person)
    let d = doc("Test. Leader Pak Chol-min watched the launch. His sister Pak Song-hui warned that the drills must stop. Pak Chol Min said the test had succeeded.");
    let people: Vec<_> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people.len(), 2, "{people:?}");
    let s = d.statements.iter().find(|s| s.cue == "warned").unwrap_or_else(|| panic!("{:?}", d.statements));
    assert_eq!(s.speaker.map(|e| d.entities[e].name.as_str()), Some("Pak Song-hui"));
}

#[test]
fn a_city_office_and_its_holder_whose_surname_a_small_town_bears() {
    // ("London Mayor Sadiq Khan" had named nobody: "Khan" is also an alias of a German town,
    // and a last word that a place bears had failed the name; "Sydney Mayor Clover Moore" had
    // been one person, the city's name being a given name too)
    let d = doc("Transport. The plan was backed by London Mayor Tariq Haan on Monday.");
    assert!(has(&d, "Tariq Haan", EntityKind::Person) && has(&d, "London", EntityKind::Place), "{:?}", mentions(&d));
    let d = doc("Transport. Sydney Mayor Ellery Vance said the plan would stand.");
    assert!(has(&d, "Ellery Vance", EntityKind::Person) && has(&d, "Sydney", EntityKind::Place), "{:?}", mentions(&d));
}

#[test]
fn a_name_between_commas_after_a_state_governor_is_a_person() {
    // ("the Lagos State Governor, Babajide Sanwo-Olu, appealed to residents" had made the
    // office a place and the governor a place too, two words no list knows after it)
    let d = doc("Fuel. Meanwhile, the Lagos State Governor, Adeyemi Okunola, appealed to residents to remain calm.");
    assert!(has(&d, "Adeyemi Okunola", EntityKind::Person), "{:?}", mentions(&d));
    assert!(!d.entities.iter().any(|e| e.name.ends_with("Governor")), "{:?}", mentions(&d));
    let d = doc("Fuel. The Governor of Lagos State, Adeyemi Okunola, appealed to residents to remain calm.");
    assert!(has(&d, "Adeyemi Okunola", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn the_countrys_ministry_is_the_state_named_before() {
    // ("Saudi Arabia hosted the talks. The kingdom's foreign ministry said …" had spoken as the
    // phrase, no body of any state)
    let d = doc("Talks. Jordan hosted the talks on Monday. The kingdom's foreign ministry said the talks were useful.");
    assert!(d.entities.iter().any(|e| e.name == "Jordanian foreign ministry"), "{:?}", mentions(&d));
    let d = doc("Rates. Chile raised rates again. The country's central bank said inflation was falling.");
    assert!(d.entities.iter().any(|e| e.name == "Chilean central bank"), "{:?}", mentions(&d));
    // (a kingdom is a monarchy: "the kingdom" after a republic names none)
    let d = doc("Talks. France hosted the talks on Monday. The kingdom's foreign ministry said the talks were useful.");
    assert!(!d.entities.iter().any(|e| e.name == "French foreign ministry"), "{:?}", mentions(&d));
}

#[test]
fn a_national_red_cross_and_an_arabic_article_written_apart() {
    // ("according to the Kenya Red Cross" had been Kenya and the Red Cross; "groups linked to
    // al Qaeda" had made an organisation "Qaeda", the lower-case article left behind)
    let d = doc("Floods. At least 30 people were injured, according to the Malawi Red Cross.");
    assert!(d.entities.iter().any(|e| e.name == "Malawi Red Cross"), "{:?}", mentions(&d));
    let d = doc("Floods. The army struggled against groups linked to al Qaeda and to al Shabaab.");
    assert!(d.entities.iter().any(|e| e.name == "Al-Qaeda") && d.entities.iter().any(|e| e.name == "Al-Shabaab"), "{:?}", mentions(&d));
    assert!(!d.entities.iter().any(|e| e.name == "Qaeda" || e.name == "Shabaab"), "{:?}", mentions(&d));
}

#[test]
fn a_company_named_for_its_metal_and_its_short_form_are_one() {
    // ("Marula Ridge Platinum" had been no organisation; "If Marula Ridge does not withdraw …"
    // below split from it)
    let d = doc("Mine. Quarnby Ridge Platinum will close a shaft. The union said Quarnby Ridge must withdraw the notice.");
    assert!(has(&d, "Quarnby Ridge Platinum", EntityKind::Organization), "{:?}", mentions(&d));
    assert_eq!(d.entities.iter().filter(|e| e.name.starts_with("Quarnby")).count(), 1, "{:?}", mentions(&d));
}

#[test]
fn initials_written_as_a_word_name_the_body_wherever_they_stand() {
    // ("the Congress of South African Trade Unions (Cosatu) … Cosatu spokesperson X" had made
    // a second organisation "Cosatu")
    let d = doc("Strike. The Congress of Vexmoor Trade Unions (Covetu) said it would march. Covetu spokesperson Jane Roe said no.");
    assert!(!d.entities.iter().any(|e| e.name == "Covetu"), "{:?}", mentions(&d));
    assert!(has(&d, "Congress of Vexmoor Trade Unions", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_company_named_without_its_designator_is_the_company() {
    // ("Harlan Axle said in a statement" after "Harlan Axle Co." had made a person "Harlan
    // Axle"; "Kessler shares fell" after "Kessler Automotive" a place "Kessler")
    let d = doc("Strike. Workers walked out at Quarnby Axle Co. on Monday. Quarnby Axle said in a statement that its offer was fair.");
    assert!(!has(&d, "Quarnby Axle", EntityKind::Person), "{:?}", mentions(&d));
    // (a person named as a foundation is named stays a person)
    let d = doc("Gift. The Jane Roe Foundation gave money. Jane Roe said she was proud.");
    assert!(has(&d, "Jane Roe", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_companys_name_without_its_trade_is_no_small_town() {
    // ("Kessler shares fell" after "Kessler Automotive" had been a place, a town the gazetteer
    // lists)
    let d = doc("Jobs. Moreton Automotive will close a plant. Moreton shares fell 3% on Thursday.");
    assert!(!d.entities.iter().any(|e| e.name == "Moreton" && e.kind == EntityKind::Place), "{:?}", mentions(&d));
    // (after a preposition of place it stays the town)
    let d = doc("Jobs. Moreton Automotive will close a plant in Moreton next year.");
    assert!(d.entities.iter().any(|e| e.name == "Moreton" && e.kind == EntityKind::Place), "{:?}", mentions(&d));
}

#[test]
fn the_e3_is_an_organisation() {
    // ("The three countries, known as the E3, …", "Diplomats said the E3 were considering …"
    // had no entity: initials with a digit are known only when listed, as the G7 is)
    let d = doc("Talks. The three countries, known as the E3, met on Monday. Diplomats said the E3 were considering a request.");
    assert!(has(&d, "E3", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_body_named_for_its_aim_is_one_whatever_verb_follows_and_its_initials_join_it() {
    // ("The International Campaign to Abolish … (ICAN), which won …, demanded that …" had no
    // organisation: the name for an aim was kept only before a strong verb of saying, and its
    // initials in brackets were a body of their own)
    let d = doc("Talks. The International Campaign to Ban Sea Mines (ICBSM), which won a prize in 1997, demanded that both sides resume talks. ICBSM said it would march.");
    assert!(has(&d, "International Campaign to Ban Sea Mines", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!d.entities.iter().any(|e| e.name == "ICBSM"), "{:?}", mentions(&d));
    assert!(d.demands.iter().any(|m| matches!(m.by, newsgraph::model::Party::Entity(e) if d.entities[e].name == "International Campaign to Ban Sea Mines")), "{:?}", d.demands);
    let d = doc("Guns. The Coalition to Stop Gun Violence demanded that lawmakers act.");
    assert!(has(&d, "Coalition to Stop Gun Violence", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_place_of_several_words_joined_to_a_participle_is_mentioned_whole() {
    // ("a New York-based policy institute" had mentioned a town "York" in England, and "A Los
    // Angeles-based analyst" had made an organisation "Los Angeles-based")
    let d = doc("Votes. The report came from Quellmark, a New York-based think tank. A Los Angeles-based analyst and an Ivory Coast-based bank agreed.");
    assert!(has(&d, "New York", EntityKind::Place) && !d.entities.iter().any(|e| e.name == "York"), "{:?}", mentions(&d));
    assert!(has(&d, "Los Angeles", EntityKind::Place) && !d.entities.iter().any(|e| e.name.contains("-based")), "{:?}", mentions(&d));
    assert!(has(&d, "Ivory Coast", EntityKind::Country), "{:?}", mentions(&d));
}

#[test]
fn a_lower_case_dela_or_delos_joins_a_filipino_surname() {
    // ("OCD Bicol Director Ernesto dela Rosa said …" had made two people, "Ernesto" and "Rosa")
    assert_has("Floods. Regional Director Tomas dela Vexmoor said the bridge was gone.", "Tomas dela Vexmoor", EntityKind::Person);
    assert_has("Floods. The mayor, Carmela delos Quintaro, said the school had flooded.", "Carmela delos Quintaro", EntityKind::Person);
}

#[test]
fn a_name_after_an_office_in_a_country_is_a_person() {
    // ("The WHO's representative in Mozambique, Amadou Keita, said …": an unknown name after
    // "<office> in <country>," had been taken for a place, or dropped)
    let t = "Aid. The agency's representative in Mozambique, Tamba Sow, said that the vaccines would go first.";
    assert_has(t, "Tamba Sow", EntityKind::Person);
    let t = "Aid. The WHO's representative in Mozambique, Amadou Keita, said that the vaccines would go first.";
    assert_has(t, "Amadou Keita", EntityKind::Person);
    // (a town after a place, with no office before it, stays a place)
    assert_not_person("Aid. The convoy arrived in Mozambique, Tamba Sow, on Monday.", "Tamba Sow");
}

#[test]
fn relief_agencies_and_armed_groups_of_disaster_news_are_known_bodies() {
    // ("the International Federation of Red Cross and Red Crescent Societies (IFRC)" had split
    // at "and"; "the militant group al-Shabab" had named nothing)
    assert_has("Aid. The International Federation of Red Cross and Red Crescent Societies (IFRC) launched an appeal.", "International Federation of Red Cross and Red Crescent Societies", EntityKind::Organization);
    assert_has("Aid. Al-Shabab has denied blocking food convoys.", "Al-Shabab", EntityKind::Organization);
    let d = doc("Aid. A spokesperson for the U.N. Office for the Coordination of Humanitarian Affairs said camps were full. OCHA released $5 million.");
    let ids: Vec<usize> = d.mentions.iter().filter(|m| d.entities[m.entity].kind == EntityKind::Organization).map(|m| m.entity).collect();
    assert!(ids.len() >= 2 && ids.iter().all(|&e| e == ids[0]), "{:?}", mentions(&d));
}

#[test]
fn and_joins_fields_into_a_body_ending_in_an_uncommon_organisation_word() {
    // ("According to the National Earthquake Monitoring and Research Centre, …" had spoken as
    // "Research Centre": "Centre", the British spelling, is no listed common word)
    assert_has("Quake. According to the National Earthquake Monitoring and Research Centre, the epicentre was shallow.", "National Earthquake Monitoring and Research Centre", EntityKind::Organization);
    assert_has("Quake. The Vexmoor Planning and Research Centre said the epicentre was shallow.", "Vexmoor Planning and Research Centre", EntityKind::Organization);
    // (a person before "and" stays apart)
    assert_has("Quake. Jane Roe and Research Centre staff met on Monday.", "Jane Roe", EntityKind::Person);
}

#[test]
fn a_name_after_a_news_agency_or_weather_bureau_is_a_body() {
    // ("According to state weather bureau Pagasa, …" had named nothing; "The official news
    // agency X said" had made X a person)
    assert_has("Storm. According to state weather bureau Tvexa, the typhoon made landfall late on Sunday.", "Tvexa", EntityKind::Organization);
    assert_has("Storm. The official news agency Tvexa said 12 people had died in the floods.", "Tvexa", EntityKind::Organization);
    // (a title after the noun still names a person: "the agency Director Jane Roe")
    assert_has("Storm. The agency Director Jane Roe said 12 people had died in the floods.", "Jane Roe", EntityKind::Person);
}

#[test]
fn a_storms_name_alone_names_no_person() {
    // ("Typhoon “Ulan” … Ulan made landfall in Catanduanes" had made a person "Ulan")
    assert_not_person("Storm. Cyclone Tvexa made landfall on Saturday. Tvexa killed at least 100 people, officials said.", "Tvexa");
    assert_not_person("Storm. Typhoon \"Marvo\" left 27 dead. Marvo made landfall late on Sunday.", "Marvo");
    // (a person with a longer name stays: "Storm Boris …, Boris Johnson said")
    assert_has("Storm. Storm Boris brought floods. The rain was heavy, Boris Johnson said on Monday.", "Boris Johnson", EntityKind::Person);
}

#[test]
fn a_place_of_several_words_stays_a_place_where_a_guess_made_it_a_person() {
    // ("Floods hit Albay and Camarines Sur provinces … before crossing Camarines Sur" had made
    // the second a person)
    let d = doc("Storm. Floods hit Albay and Vexmoor Sur provinces. The storm crossed Vexmoor Sur on Monday.");
    assert!(!mentions(&d).iter().any(|(t, k)| t == "Vexmoor Sur" && *k == EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn an_office_of_a_company_is_no_company() {
    // ("Jane Roe, CEO of Vexmoor Energy, said" had made one organisation "CEO of Vexmoor
    // Energy", and no role)
    let d = doc("Power. Jane Roe, CEO of Quarnby Energy, said the bill was unjust.");
    assert!(d.entities.iter().any(|e| e.name == "Quarnby Energy" && e.kind == EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!d.entities.iter().any(|e| e.name.starts_with("CEO")), "{:?}", mentions(&d));
    assert!(d.roles.iter().any(|r| r.head == "CEO" && r.of.is_some_and(|o| d.entities[o].name == "Quarnby Energy")), "{:?}", d.roles);
}

#[test]
fn the_greens_are_a_party() {
    // ("The Greens accused the government of …", "The opposition Greens support …" had named
    // no body, where "the Conservatives" did)
    assert_has("Fires. The Greens accused the government of approving new mines.", "The Greens", EntityKind::Organization);
    assert_has("Budget. The opposition Greens support higher spending.", "Greens", EntityKind::Organization);
}

#[test]
fn an_indonesian_province_is_a_place() {
    // ("small manufacturers in West Java and East Java" had named no place: the gazetteer's
    // first-level units of Indonesia are its island groups, not its provinces)
    assert_has("Rates. Small exporters in West Java and East Java were struggling, traders said.", "West Java", EntityKind::Place);
    assert_has("Rates. Small exporters in West Java and East Java were struggling, traders said.", "East Java", EntityKind::Place);
}

#[test]
fn a_lone_ministry_tribunal_or_assembly_names_no_body() {
    // ("at the Ministry's offices", "Tribunal begins hearing …", "the 224-member Assembly" had
    // each been a body of their own)
    let d = doc("Aid. The minister spoke to journalists at the Ministry's offices in the capital.");
    assert!(!mentions(&d).iter().any(|(t, _)| t == "Ministry"), "{:?}", mentions(&d));
    let d = doc("Vote. Polling for the 224-member Assembly will be held in one phase.");
    assert!(!mentions(&d).iter().any(|(t, _)| t == "Assembly"), "{:?}", mentions(&d));
    // (the whole name still is a body)
    assert_has("Vote. The Vexmoor Legislative Assembly met on Monday.", "Vexmoor Legislative Assembly", EntityKind::Organization);
}

#[test]
fn a_body_for_the_affairs_of_two_places_is_one_name() {
    // ("Beijing's Hong Kong and Macau Affairs Office backed the police" had been "Hong Kong"
    // and a "Macau Affairs Office", the place speaking)
    assert_has("Row. The Xinjiang and Tibet Affairs Commission said the region was calm.", "Xinjiang and Tibet Affairs Commission", EntityKind::Organization);
    assert_has("Row. Beijing's Guangdong and Hainan Affairs Bureau said the bill was lawful.", "Guangdong and Hainan Affairs Bureau", EntityKind::Organization);
    // (two places joined by "and" elsewhere stay two)
    assert_has("Row. Flights between Hong Kong and Macau resumed on Monday.", "Macau", EntityKind::Country);
}

#[test]
fn a_special_administrative_region_is_its_territory() {
    // ("the Hong Kong Special Administrative Region (HKSAR)" had been an organisation apart
    // from Hong Kong)
    let d = doc("Row. The government of the Hong Kong Special Administrative Region (HKSAR) said it would appeal. Visitors to Hong Kong rose.");
    let hk: Vec<_> = d.entities.iter().filter(|e| e.name.contains("Hong Kong")).collect();
    assert!(hk.len() == 1 && hk[0].kind == EntityKind::Country, "{:?}", mentions(&d));
    let d = doc("Row. Visitors to the Macao Special Administrative Region rose.");
    assert!(d.entities.iter().any(|e| e.name == "Macau"), "{:?}", mentions(&d));
}

#[test]
fn a_hong_kong_name_in_full_is_the_person_known_by_its_first_two_words() {
    // ("John Lee" in one story and "John Lee Ka-chiu" in another had been two people: the
    // registry filed the full name under "Ka-chiu")
    use newsgraph::resolve::Registry;
    let key = |reg: &mut Registry, t: &str, name: &str| {
        let mut d = doc(t);
        reg.resolve(&mut d);
        d.entities.iter().find(|e| e.name == name).map(|e| e.key.clone()).unwrap_or_else(|| panic!("no {name:?}: {:?}", mentions(&d)))
    };
    for (a, b) in [("Chief Executive Tom Leung said the budget was sound.", "Chief Executive Tom Leung Kin-wah said the budget was sound."), ("Chief Executive Tom Leung Kin-wah said the budget was sound.", "Chief Executive Tom Leung said the budget was sound.")] {
        let mut reg = Registry::default();
        let k1 = key(&mut reg, &format!("Budget. {a}"), if a.contains("Kin-wah") { "Tom Leung Kin-wah" } else { "Tom Leung" });
        let k2 = key(&mut reg, &format!("Budget. {b}"), if b.contains("Kin-wah") { "Tom Leung Kin-wah" } else { "Tom Leung" });
        assert_eq!(k1, k2);
    }
    // (another English given name stays another person: "Mary Leung" is not "Tom Leung Kin-wah")
    let mut reg = Registry::default();
    let k1 = key(&mut reg, "Budget. Chief Executive Tom Leung Kin-wah said the budget was sound.", "Tom Leung Kin-wah");
    let k2 = key(&mut reg, "Budget. Lawmaker Mary Leung said the budget was sound.", "Mary Leung");
    assert_ne!(k1, k2);
}

#[test]
fn a_time_zone_after_a_clock_time_is_no_part_of_a_name() {
    // (a live page's "12.20 GMT Kallas urges ministers …" had named a person "GMT Kallas")
    let t = "Key events\n09.45 GMT Halvorsen warns of longer power cuts\n11.05 UTC Marisol Quintero visits the flooded port";
    assert_has(t, "Halvorsen", EntityKind::Person);
    assert_has(t, "Marisol Quintero", EntityKind::Person);
    assert_not_person(t, "GMT");
    assert_not_person(t, "UTC");
}

#[test]
fn a_listed_body_with_a_hyphen_opens_a_compound_modifier() {
    // ("An al-Qaeda-linked group has blocked fuel tankers" had named no al-Qaeda; "Hamas-run"
    // already named Hamas)
    let d = doc("Convoys. An al-Qaeda-linked group burned three lorries near Tarvel on Monday.");
    assert!(d.mentions.iter().any(|m| d.entities[m.entity].kind == EntityKind::Organization && d.slice(m.span).eq_ignore_ascii_case("al-Qaeda")), "{:?}", mentions(&d));
}

#[test]
fn an_english_county_or_irish_county_is_a_place() {
    // (the gazetteer's regions of the UK had been its four nations: "raids across West
    // Yorkshire", "a farm in Cumbria" named no place; tools/build_data.py now takes ISO's
    // second-level units of GB and IE and England's metropolitan counties)
    assert_has("Floods. Rivers burst their banks across South Yorkshire and Cumbria on Sunday, forecasters said.", "South Yorkshire", EntityKind::Place);
    assert_has("Floods. Rivers burst their banks across South Yorkshire and Cumbria on Sunday, forecasters said.", "Cumbria", EntityKind::Place);
    assert_has("Farming. A dairy herd in Pembrokeshire was culled last week, the ministry said.", "Pembrokeshire", EntityKind::Place);
    assert_has("Storms. Power was cut to homes in Co Mayo overnight, the utility said.", "Co Mayo", EntityKind::Place);
}

#[test]
fn a_title_before_a_city_and_a_plural_names_a_person_not_a_team() {
    // ("Greens leader Larissa Waters": Larissa is a Greek city, and a city with a plural is
    // a team, "Toronto Blue Jays"; a title before names a person)
    assert_has("Senate. Party leader Florence Rivers said the bill would fail.", "Florence Rivers", EntityKind::Person);
    assert_has("Senate. Senator Sydney Waters said the bill would fail.", "Sydney Waters", EntityKind::Person);
    assert_has("Baseball. The Toronto Blue Jays said the pitcher would miss the season.", "Toronto Blue Jays", EntityKind::Organization);
}

#[test]
fn labor_names_the_australian_labor_party() {
    // (the Australian party is "Labor" in its own country's news, as the British one is "Labour")
    assert_has("Canberra. The Greens said they would back the bill unless Labor ruled out new mines.", "Labor", EntityKind::Organization);
}

#[test]
fn an_inspector_general_is_an_office() {
    // ("The Inspector-General of Police, X," had made the title a body and the man another)
    let d = doc("Lagos. The Inspector-General of Police, Ade Balogun, said officers had been deployed to the border.");
    assert!(has(&d, "Ade Balogun", EntityKind::Person), "{:?}", mentions(&d));
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Ade Balogun" && r.head.to_lowercase().starts_with("inspector general")), "{:?}", d.roles);
    let d = doc("Audit. The agency's inspector general, Mara Quint, said the review was over.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Mara Quint" && r.head.eq_ignore_ascii_case("inspector general")), "{:?}", d.roles);
}

#[test]
fn an_office_on_a_field_before_a_name_in_commas_names_its_holder() {
    // ("The President's Special Adviser on Information and Strategy, X, disclosed …" had made
    // an unknown name a place, as "Strategy, X" were a town and its region)
    let d = doc("Abuja. The President's Special Adviser on Trade and Industry, Dapo Ekundayo, disclosed this in a statement.");
    assert!(has(&d, "Dapo Ekundayo", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_stopword_opening_a_place_stays_in_the_body_named_after_it() {
    // ("New York Fed President X" had named a body "York Fed": "New" is a stopword, trimmed
    // before an office's owner and from a run's front)
    let t = "Rates\n\nThe remarks came as New Haven Fed President Dana Whitlock said on Monday that prices were cooling.";
    assert_has(t, "New Haven Fed", EntityKind::Organization);
    assert!(!mentions(&doc(t)).iter().any(|(m, _)| m == "Haven Fed"), "{:?}", mentions(&doc(t)));
    let t = "Rates\n\nOmar Lindqvist, a former New Haven Fed economist, said the bank would wait.";
    assert!(!mentions(&doc(t)).iter().any(|(m, _)| m == "Haven Fed"), "{:?}", mentions(&doc(t)));
}

#[test]
fn fields_joined_by_and_before_an_office_are_one_portfolio() {
    // ("Health and Human Services Secretary X" had named a body "Human Services", and
    // "Energy and Natural Resources Minister X" one "Natural Resources")
    let t = "Vaccines\n\nThe rule was announced as Farming and Rural Affairs Secretary Ravi Kessler said the subsidy would end.";
    assert_has(t, "Ravi Kessler", EntityKind::Person);
    assert_not_org(t, "Rural Affairs");
    let t = "Mines\n\nWater and Mineral Resources Minister Lucie Arnaud said the licences would be reviewed.";
    assert_has(t, "Lucie Arnaud", EntityKind::Person);
    assert_not_org(t, "Mineral Resources");
}

#[test]
fn a_conference_synod_or_diocese_is_a_body() {
    // ("The president of the U.S. Conference of Catholic Bishops, Archbishop X of Y, said …"
    // had made a person "Conference of Catholic Bishops", who spoke for X)
    let t = "Churches. The head of the Nordic Conference of Reformed Pastors, Bishop Ulla Tornqvist of Visby, said the pastors would meet again.";
    assert_has(t, "Nordic Conference of Reformed Pastors", EntityKind::Organization);
    assert_not_person(t, "Conference of Reformed Pastors");
    assert_has("Churches. A spokesman for the Diocese of Tarvel said the parish would stay open.", "Diocese of Tarvel", EntityKind::Organization);
    assert_has("Churches. The Holy Synod of the Vexan Church met on Tuesday, officials said.", "Holy Synod", EntityKind::Organization);
}

#[test]
fn an_unknown_word_before_a_comma_and_who_is_a_persons_name() {
    // ("Akhundzada, who rarely leaves Kandahar, has rejected calls …" named no one)
    let t = "Schools. Quorvandi, who rarely leaves the southern city, has rejected calls to lift the ban.";
    assert_has(t, "Quorvandi", EntityKind::Person);
    // a people, a group or a common word before ", who" is none
    assert_not_person("Votes. Norwegians, who go to the polls on Monday, are split.", "Norwegians");
    assert_not_person("Votes. Residents, who had waited for hours, left.", "Residents");
}

#[test]
fn a_name_of_unknown_words_in_apposition_to_a_body_is_an_organisation() {
    // ("Nippon Kaigi, an influential nationalist lobby, warned lawmakers …" named nothing: a
    // name whose last word is no common word had needed a cue right after it)
    let t = "Succession. Vorlan Dazik, an influential nationalist lobby, warned lawmakers that the bill would fail.";
    assert_has(t, "Vorlan Dazik", EntityKind::Organization);
    assert_not_person(t, "Vorlan Dazik");
    // a person's name in such an apposition (a given name opens it) stays a person's
    assert_has("Unions. Maria Dazik, an organiser for the union, said the strike would go on.", "Maria Dazik", EntityKind::Person);
}

#[test]
fn a_dutch_particle_ten_or_ter_opens_a_surname() {
    // ("Hendrik ten Brink" had made two people, "Hendrik" and "Brink"; "Mr ten Brink" named
    // no one, "brink" being a common word)
    let t = "Audit. The auditor, Lotte ten Have, a former judge, presented her findings on Friday. In them, Ms ten Have said the ministry had ignored warnings.";
    assert_has(t, "Lotte ten Have", EntityKind::Person);
    let d = doc(t);
    assert!(d.mentions.iter().any(|m| d.slice(m.span) == "ten Have" && d.entities[m.entity].name == "Lotte ten Have"), "{:?}", mentions(&d));
    assert_has("Audit. Willem ter Horst, the auditor, presented his findings on Friday.", "Willem ter Horst", EntityKind::Person);
    // a number after a day's name is no particle
    assert_not_person("Clashes. On Monday ten Israelis were wounded near Tarvel, the army said.", "Monday ten Israelis");
}

#[test]
fn a_gerund_opening_a_sentence_before_an_article_is_no_town() {
    // ("Reading the ruling on state broadcaster CRTV late on Wednesday, the council's
    // president … said" had made the English town Reading a place of the story)
    let t = "Verdict\n\nReading the verdict on state radio, Judge Tom Hale said the appeal had failed.";
    let d = doc(t);
    assert!(!d.mentions.iter().any(|m| d.slice(m.span) == "Reading"), "{:?}", mentions(&d));
    // the town after a preposition, or opening a sentence before a verb, stays a place
    assert_has("Floods\n\nPolice in Reading said the river had burst its banks.", "Reading", EntityKind::Place);
}

#[test]
fn a_town_before_a_noun_for_a_person_and_a_name_is_no_person() {
    // ("said Tamworth farmer X", "Bunbury nurse X said": the town had been a person)
    let t = "Harvest. \"It is the worst year I remember,\" said Tamworth farmer Della Ruskin.";
    assert_not_person(t, "Tamworth");
    assert_has(t, "Tamworth", EntityKind::Place);
    assert_has(t, "Della Ruskin", EntityKind::Person);
    let t = "Harvest. Bunbury grain grower Della Ruskin said the crop was small.";
    assert_not_person(t, "Bunbury");
    // an office after a name keeps the name a person's ("Okafor aide Lionel Brandt")
    assert_has("Talks. \"We cannot wait,\" said Okafor aide Lionel Brandt. Okafor said nothing.", "Lionel Brandt", EntityKind::Person);
}

#[test]
fn a_word_after_a_preposition_of_place_before_a_cue_is_no_person() {
    // ("a Greek shipowner whose bulk carriers call at Chornomorsk told Al Jazeera", "some farmers
    // around Cleve and Kimba say …": the word before the cue had been a person and the speaker)
    let t = "Grain. A trader whose barges call at Varnok told reporters the berths were full.";
    assert_not_person(t, "Varnok");
    let t = "Drought. Some growers around Tarwin and Quellby say their yields have halved.";
    assert_not_person(t, "Quellby");
    // a person's surname after a preposition keeps the person ("a letter to Jones said")
    assert_has("Post. Tom Jones wrote to the board. A letter from Jones said the board had erred.", "Jones", EntityKind::Person);
}

#[test]
fn a_time_zone_of_asia_or_africa_is_no_organisation() {
    // ("CHANDIGARH, December 04, 2026 14:10 IST" had made an organisation "IST")
    let d = doc("Farm protest\n\nRavi Sood\nCHANDIGARH, December 04, 2026 14:10 IST\n\nFarmers blocked highways on Thursday, the police said.");
    assert!(!mentions(&d).iter().any(|(m, _)| m == "IST"), "{:?}", mentions(&d));
}

#[test]
fn a_word_before_a_capitalised_office_after_the_cue_is_no_person() {
    // ('"…," said Kesses MP Julius Rutto' had made a person "Kesses")
    let d = doc("Nairobi\n\n\"The minister must go,\" said Tarvel MP Jane Roe.");
    assert!(!mentions(&d).iter().any(|(m, _)| m == "Tarvel"), "{:?}", mentions(&d));
    assert!(has(&d, "Jane Roe", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_name_after_a_body_that_a_spokesperson_is_for_is_a_person() {
    // ("A spokesperson for the UN human rights office, Ravina Shamdasani, told reporters …"
    // had made an organisation of her, listed after the office)
    let d = doc("Vote\n\nA spokesperson for the UN human rights office, Talvina Oskarsdottir, told reporters in Geneva that the office was alarmed.");
    assert!(d.entities.iter().any(|e| e.name == "Talvina Oskarsdottir" && e.kind == EntityKind::Person), "{:?}", d.entities.iter().map(|e| (&e.name, e.kind)).collect::<Vec<_>>());
}

#[test]
fn a_newer_field_before_and_stays_in_the_bodys_name() {
    // ("the National Cyber and Crypto Agency (BSSN)" had been cut to "Crypto Agency": the
    // common-word list lacks "cyber" and "crypto")
    assert_has("Leak\n\nThe files came from a breach last month, according to the National Cyber and Crypto Agency (NKSA).", "National Cyber and Crypto Agency", EntityKind::Organization);
    assert_has("Leak\n\nThe Federal Telecom and Broadband Office said it would help.", "Federal Telecom and Broadband Office", EntityKind::Organization);
}

#[test]
fn the_uk_nations_are_places_though_spelt_like_surnames() {
    // ("Resident doctors in England announced a strike" had made a person "England", the
    // statement's speaker: "England" is a common surname and no country was named)
    assert_has("Strike\n\nResident doctors in England announced a five-day strike.", "England", EntityKind::Place);
    assert_has("Squad\n\nWales announced its squad on Monday.", "Wales", EntityKind::Place);
    // (a given name before it keeps the person)
    assert_has("Trial\n\nLynndie England told the court she had followed orders.", "Lynndie England", EntityKind::Person);
}

#[test]
fn a_months_abbreviation_after_on_is_no_committees_field() {
    // ("testify before the Senate Commerce Committee on Dec. 10" had made an organisation
    // "Senate Commerce Committee on Dec")
    let d = doc("Hearing\n\nTom Hale is expected to testify before the Senate Budget Committee on Dec. 10.");
    assert!(has(&d, "Senate Budget Committee", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!mentions(&d).iter().any(|(m, _)| m.contains("Dec")), "{:?}", mentions(&d));
}

#[test]
fn a_towns_two_letter_name_is_not_read_in_initials() {
    // ("IG Metall" had been read as the Slovenian region "Ig", "UN" as the Indian town "Un")
    let d = doc("Refugees\n\nThe refugees will return home as part of a UN-brokered deal.\n\nThe talks drew a response from IG Metall.");
    assert!(!mentions(&d).iter().any(|(_, k)| *k == EntityKind::Place), "{:?}", mentions(&d));
}

#[test]
fn a_name_described_as_a_countrys_union_or_firm_is_an_organisation() {
    // ("IG Metall, Germany's largest union," had made a place of the union, as
    // "Leipzig, Germany's largest city" is one)
    assert_has("Jobs\n\nThe plan drew an angry response from Kolmar Werk, Germany's largest union.", "Kolmar Werk", EntityKind::Organization);
    assert_has("Jobs\n\nShares in Vantor Group, Britain's biggest lender, fell.", "Vantor Group", EntityKind::Organization);
}

#[test]
fn a_thai_police_rank_is_a_title_not_a_name() {
    // ("Metropolitan Police Bureau commissioner Pol Lt Gen Kittisak Boonmee" had made a person
    // "Pol" and given the quotes of "Pol Lt Gen Kittisak said" to "Pol")
    let d = doc("Raid\n\nCentral Investigation Bureau commissioner Pol Lt Gen Prawit Jaidee defended the raid. \"Nobody was hurt,\" Pol Lt Gen Prawit said. Pol Col Somchai Boonyarit led the unit.");
    assert!(!mentions(&d).iter().any(|(m, _)| m.starts_with("Pol")), "{:?}", mentions(&d));
    assert!(has(&d, "Prawit Jaidee", EntityKind::Person), "{:?}", mentions(&d));
    assert!(has(&d, "Somchai Boonyarit", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn an_appositive_of_a_person_noun_and_who_or_of_one_of_a_titles_holders_is_a_person() {
    // ('"…," Fanja Rakotomalala, a 24-year-old law student who has emerged as one of its
    // spokespeople, told …' had dropped a name of no known first name: only ", a student at …"
    // and ", a student," counted)
    let d = doc("Talks\n\nThe movement dismissed the offer. \"We will not talk,\" Tovoniaina Rasoamalala, a law student who has emerged as one of its spokespeople, told reporters.");
    assert!(has(&d, "Tovoniaina Rasoamalala", EntityKind::Person), "{:?}", mentions(&d));
    let d = doc("Talks\n\nThe movement dismissed the offer. Tovoniaina Rasoamalala, one of its spokespeople, told reporters it would not talk. Hanitra Voahangy, one of the march's organisers, said the route would change.");
    assert!(has(&d, "Tovoniaina Rasoamalala", EntityKind::Person), "{:?}", mentions(&d));
    assert!(has(&d, "Hanitra Voahangy", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_name_credited_after_a_quote_and_described_after_it_is_a_person() {
    // ('"…," said Jaspreet Gill, a second-year paramedic student and one of the organizers.'
    // had no person: an unlisted given name, and a surname that is also a town's)
    let d = doc("Sit-in\n\n\"We are staying,\" said Harvinder Gill, a nursing student and one of the organisers.");
    assert!(has(&d, "Harvinder Gill", EntityKind::Person), "{:?}", mentions(&d));
    // (a body's name so credited stays no person)
    assert_not_person("Sit-in\n\n\"We are staying,\" said Quarnby Council, a body of twelve members.", "Quarnby Council");
}

#[test]
fn all_opening_a_bodys_name_stays_in_it() {
    // ("The All India Students' Association (AISA) demanded …" had made "India Students'
    // Association")
    assert_has("Exams\n\nThe All Quarnby Students' Association demanded a new test.", "All Quarnby Students' Association", EntityKind::Organization);
    assert_has("Vote\n\nAll Vexmoor Progressives Congress leaders met on Monday.", "All Vexmoor Progressives Congress", EntityKind::Organization);
}

#[test]
fn head_and_one_common_word_is_a_programme_not_a_person() {
    // ("cuts to Head Start programs" had made a person "Start" with the role "Head")
    let d = doc("Cuts\n\nThe judge blocked cuts to Head Start programs in 20 states.\n\nChairman Vorlov led the party.");
    assert!(!mentions(&d).iter().any(|(m, _)| m == "Start"), "{:?}", mentions(&d));
    assert!(has(&d, "Vorlov", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_korean_given_name_of_five_letter_syllables_is_family_name_first() {
    // ("President Lee Jae Myung … Lee also instructed …" had made "Myung" the surname, and the
    // bare "Lee" had joined another Lee named later)
    let d = doc("Storm. President Seo Jin Hyung visited the port on Friday. Seo also instructed the ministry to inspect the ferries. A fisherman, Seo Min-ah, said the boats were old.");
    let people: Vec<_> = d.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
    assert_eq!(people.len(), 2, "{people:?} {:?}", mentions(&d));
    // (a Western name of three words keeps its last word)
    let d = doc("Talks. Senator Lee Harvey Cole met the premier. Critics accused Cole of giving away too much.");
    let s = d.statements.iter().find(|s| s.cue == "accused").unwrap_or_else(|| panic!("{:?}", d.statements));
    assert!(s.about.iter().any(|&e| d.entities[e].name == "Lee Harvey Cole"), "{:?} {:?}", s.about, mentions(&d));
}

#[test]
fn an_article_set_in_capitals_opening_a_paragraph_is_no_part_of_the_name() {
    // ("THE Suez Canal Authority has offered …": a trade paper's first word in capitals had
    // made the name "THE Suez Canal Authority", apart from the authority named later)
    let d = doc("Rebate\n\nTHE Harbour Pilots Authority has offered lines a discount on fees.\n\nThe Harbour Pilots Authority said the offer would end in March.");
    let orgs: Vec<_> = d.entities.iter().filter(|e| e.kind == EntityKind::Organization).map(|e| e.name.as_str()).collect();
    assert_eq!(orgs, ["Harbour Pilots Authority"], "{:?}", mentions(&d));
}

#[test]
fn a_name_after_the_noun_union_is_the_union() {
    // ("The drivers' union Aslef said …" had made a person "Aslef")
    assert_has("Strike\n\nThe drivers' union Torvel said its members would walk out on Friday.", "Torvel", EntityKind::Organization);
    // (a person named after the union's office stays a person)
    assert_has("Strike\n\nThe union leader Jane Roe said its members would walk out on Friday.", "Jane Roe", EntityKind::Person);
}

#[test]
fn a_name_in_apposition_to_an_office_after_its_or_their_is_a_person() {
    // ("Its Commissioner for Information, Ojonugwa Salihu, said …" had no person: an office
    // after a possessive determiner governs the name in apposition, as after "X's")
    assert_has("Roads\n\nThe state distanced itself from him. Its Commissioner for Information, Onyekachi Adamu, said the state would cooperate.", "Onyekachi Adamu", EntityKind::Person);
}

#[test]
fn the_name_a_body_calls_itself_is_an_organisation() {
    // ("The loose movement behind the protests, which calls itself Gen Z Madagascar and
    // organises …" had no body: a name after "calls itself" is the one the body goes by)
    assert_has("Rallies\n\nThe loose network behind the marches, which calls itself Youth Quarnby Now and meets online, rejected the offer.", "Youth Quarnby Now", EntityKind::Organization);
    assert_has("Rallies\n\nA collective calling itself Vexmoor Rising claimed the blockade.", "Vexmoor Rising", EntityKind::Organization);
}

#[test]
fn a_chinese_family_name_spelt_as_a_word_after_a_portfolio() {
    // ("Minister of State for Home Affairs Sun Xueling said" had found no person: "Sun" is a
    // common word, so the name was read as part of the portfolio)
    let d = doc("Scams\n\nMinister of State for Home Affairs Sun Meiling said the changes would help.");
    assert!(has(&d, "Sun Meiling", EntityKind::Person), "{:?}", mentions(&d));
    // (a portfolio of common words keeps its holder: "Minister for Home Affairs Tom Hale")
    assert_has("Scams\n\nMinister for Home Affairs Tom Hale said the law was needed.", "Tom Hale", EntityKind::Person);
}

#[test]
fn one_word_described_as_a_countrys_union_is_an_organisation() {
    // ("Verdi, Germany's second-largest union," had made a person "Verdi": one word spelt as a surname)
    assert_has("Strike\n\nThe talks drew a response from Walden, Germany's second-largest union.", "Walden", EntityKind::Organization);
}

#[test]
fn adjectives_before_a_partys_plural_name_a_party() {
    // ("The opposition Christian Democrats backed the farmers" had found nothing: the plural was
    // kept only before a verb of saying)
    assert_has("Row\n\nThe opposition Christian Democrats backed the farmers on Monday.", "Christian Democrats", EntityKind::Organization);
    assert_has("Row\n\nA deal was struck with the Democratic Socialists late on Monday.", "Democratic Socialists", EntityKind::Organization);
    // (not members of a faith: "some Catholic Republicans")
    let d = doc("Row\n\nThe plan drew pushback from some Catholic Republicans on Monday.");
    assert!(!has(&d, "Catholic Republicans", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_reporters_beat_line_and_a_write_to_line_are_credits_not_actors() {
    // (a broadcaster's "Hana Te Whata, Health reporter" under the headline and a paper's closing
    // "Write to Jane Roe at …" had made the journalists actors, one of them a quote's speaker)
    let d = doc("Nurses to strike\n\nAda Quarnby, Health reporter\n\nNurses will strike on Friday, their union said.\n\nWrite to Tom Vexley at tom.vexley@example.com");
    assert!(!has(&d, "Ada Quarnby", EntityKind::Person), "{:?}", mentions(&d));
    assert!(!has(&d, "Tom Vexley", EntityKind::Person), "{:?}", mentions(&d));
    // (a person named with an office in a sentence stays a person)
    assert_has("Strike\n\nJane Roe, the union's health organiser, said nurses would strike.", "Jane Roe", EntityKind::Person);
}

#[test]
fn the_other_name_of_an_organisation_after_also_known_as_is_an_organisation() {
    // ("Health NZ, also known as Te Whatu Ora, said …" had made a person "Te Whatu Ora")
    let d = doc("Strike\n\nThe Vexmoor Health Agency, also known as Tane Marama, said services would be kept.");
    assert!(has(&d, "Tane Marama", EntityKind::Organization), "{:?}", mentions(&d));
    assert!(!has(&d, "Tane Marama", EntityKind::Person), "{:?}", mentions(&d));
    // (and the body named first speaks)
    assert!(d.statements.iter().any(|s| s.speaker.is_some_and(|e| d.entities[e].name == "Vexmoor Health Agency")), "{:?}", d.statements);
}

#[test]
fn a_wsj_party_and_state_tag_names_the_state() {
    // ("Sen. Bill Cassidy (R., La.), chairman of …" had made an entity "La"; the Wall Street
    // Journal writes the party's initial with a full stop and a comma before the state)
    let d = doc("Drug prices\n\nSen. Tom Hale (R., La.), chairman of the committee, said the rule went too far. Sen. Ann Roe (I., Vt.) disagreed.");
    assert!(has(&d, "La", EntityKind::Place), "{:?}", mentions(&d));
    assert!(has(&d, "Vt", EntityKind::Place), "{:?}", mentions(&d));
    assert!(mentions(&d).iter().all(|(t, k)| !t.starts_with("La") || *k == EntityKind::Place), "{:?}", mentions(&d));
    assert_has("Drug prices\n\nSen. Tom Hale (R-La.) said the rule went too far.", "La", EntityKind::Place);
}

#[test]
fn a_name_after_the_office_of_a_body_named_in_lower_case_is_a_person() {
    // ("The chair of the Commons defence committee, Tan Dhesi, said …" had no person, and his
    // statements and demands went to a firm named before: two words closed by commas after an
    // office "of" a body are its holder's name, as after the office alone)
    assert_has("Radar\n\nThe plan was dropped on Monday. The chair of the Commons defence committee, Tan Rowley, said his committee would act.", "Tan Rowley", EntityKind::Person);
    assert_has("Strike\n\nThe plan was dropped on Monday. The head of the union, Grant Fielding, said members were angry.", "Grant Fielding", EntityKind::Person);
    assert_has("Radar\n\nThe plan was dropped on Monday. The chair of the Vexmoor Commission, Tan Rowley, said the session would go ahead.", "Tan Rowley", EntityKind::Person);
}

#[test]
fn common_words_after_a_noun_for_their_kind_name_a_firm() {
    // ("head of research at property agency Orchard Realty", "data from property consultancy
    // Meridian Estates": names of common words only had been no candidate, whatever came before)
    assert_has("Rents\n\nRents rose, said Jane Roe of property agency Copper Lantern.", "Copper Lantern", EntityKind::Organization);
    assert_has("Rents\n\nRents rose, according to data from property consultancy Lantern Estates.", "Lantern Estates", EntityKind::Organization);
}

#[test]
fn mixed_case_initials_of_a_body_named_in_the_article_are_that_body() {
    // ("The Ministry of Defence has scrapped … said the MoD had changed …": initials in mixed
    // case were no entity, so the body was missing from what the statement is about)
    let d = doc("Radar\n\nThe Ministry of Defence has scrapped a contract for new radars. Jane Roe, the firm's chief executive, said the MoD had changed the requirements nine times.");
    assert!(mentions(&d).iter().any(|(t, k)| t == "MoD" && *k == EntityKind::Organization), "{:?}", mentions(&d));
    let mod_ = d.mentions.iter().find(|m| d.slice(m.span) == "MoD").map(|m| m.entity).unwrap();
    assert_eq!(d.entities[mod_].name, "Ministry of Defence");
    assert!(d.statements.iter().any(|s| s.about.contains(&mod_)), "{:?}", d.statements);
    assert_has("Schools\n\nThe Department for Education published the figures on Monday. A union leader said the DfE had ignored teachers.", "DfE", EntityKind::Organization);
    // (no body they spell: no entity)
    assert!(!has(&doc("Radar\n\nThe firm said the MoD had changed the requirements."), "MoD", EntityKind::Organization));
}

#[test]
fn initials_with_full_stops_are_the_listed_organisation() {
    // ("The S.E.C. said …", as The New York Times writes initials, had named no one)
    assert_has("Row\n\nRegulators moved on Monday. The S.E.C. said it would increase oversight.", "S.E.C.", EntityKind::Organization);
    assert_has("Row\n\nThe F.B.I. said it was investigating the attack.", "F.B.I.", EntityKind::Organization);
    // (not initials of nothing listed)
    let d = doc("Row\n\nThe Q.X.Z. said it was investigating the attack.");
    assert!(!has(&d, "Q.X.Z.", EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_union_local_with_its_number_is_one_body() {
    // ("Amalgamated Transit Union Local 113 urged …": the run of capitals stopped before the
    // number, and "Local" left the rest no body at all; the local is the union)
    let d = doc("Transit\n\nThe Quarnby Transit Union Local 113 urged the city to settle.");
    assert!(d.mentions.iter().any(|m| d.slice(m.span) == "Quarnby Transit Union Local 113" && d.entities[m.entity].name == "Quarnby Transit Union"), "{:?}", mentions(&d));
    let d = doc("Plant\n\nHalden Steelworkers Local 1005 said the plant would close.");
    assert!(d.mentions.iter().any(|m| d.slice(m.span) == "Halden Steelworkers Local 1005" && d.entities[m.entity].kind == EntityKind::Organization && d.entities[m.entity].name == "Halden Steelworkers"), "{:?}", mentions(&d));
}

#[test]
fn an_abbreviated_flag_rank_is_a_title_not_a_name() {
    // ("PCG spokesperson Rear Adm. Jay Tarriela" had made a person "Rear" and given the
    // spokesperson's role to it)
    let d = doc("Ships\n\nNavy spokesperson Rear Adm. Lena Vargas said the ship had left. Vice Adm. Tom Okafor led the patrol.");
    assert!(!mentions(&d).iter().any(|(m, _)| m.starts_with("Rear") || m.starts_with("Vice")), "{:?}", mentions(&d));
    assert!(has(&d, "Lena Vargas", EntityKind::Person), "{:?}", mentions(&d));
    assert!(has(&d, "Tom Okafor", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn an_indonesian_pt_before_a_name_opens_a_companys_name() {
    // ("PT Sulawesi Prima Nikel, a joint venture …, said": the company was no entity, and "PT
    // Kencana Arta said" a person)
    assert_has("Dam\n\nPT Wirasena Logam Raya, a nickel miner, said on Monday that it would appeal.", "PT Wirasena Logam Raya", EntityKind::Organization);
    assert_has("Dam\n\nPT Kencana Arta said it had paid the fine.", "PT Kencana Arta", EntityKind::Organization);
    // (a place after the designator stays in the name)
    assert_has("Dam\n\nPT Sumatra Andalas Tambang said the mine was safe.", "PT Sumatra Andalas Tambang", EntityKind::Organization);
}

#[test]
fn a_street_word_opening_a_french_streets_name_makes_it_a_place() {
    // ("damaged shop windows on the Boulevard Emile Jacqmain" had a person "Emile Jacqmain",
    // and "on Avenue Louise" nothing: the word for a street opens the street's name)
    assert_has("March\n\nProtesters damaged shop windows on the Boulevard Henri Vaucler on Monday.", "Boulevard Henri Vaucler", EntityKind::Place);
    assert_has("March\n\nThe crowd moved along Avenue Margot towards the station.", "Avenue Margot", EntityKind::Place);
    let d = doc("March\n\nProtesters damaged shop windows on the Boulevard Henri Vaucler on Monday.");
    assert!(!has(&d, "Henri Vaucler", EntityKind::Person), "{:?}", mentions(&d));
}

#[test]
fn a_place_named_after_a_titled_person_is_a_place_not_the_person() {
    // ("at Imam Khomeini International Airport" had made a person "Khomeini International
    // Airport" with the role "Imam"; "Queen Alia International Airport" took a statement)
    assert_has("Flights\n\nFlights resumed at King Tariq International Airport on Monday, officials said.", "King Tariq International Airport", EntityKind::Place);
    assert_not_person("Flights\n\nHe landed at Queen Vela International Airport in the evening, his office said.", "Vela International Airport");
    assert_has("Rally\n\nCrowds gathered at Imam Roshan Square on Friday.", "Imam Roshan Square", EntityKind::Place);
    let d = doc("Flights\n\nHe landed at Queen Vela International Airport in the evening, his office said.");
    assert!(d.roles.is_empty(), "{:?}", d.roles);
    // (the holder of a title is still a person)
    assert_has("Talks\n\nKing Tariq Vale said the airport would reopen.", "Tariq Vale", EntityKind::Person);
}

#[test]
fn initials_written_apart_after_an_office_and_its_owner_open_the_holders_name() {
    // ("Karnataka Deputy Chief Minister D K Shivakumar asserted …", "Union Jal Shakti Minister
    // C R Patil said …": initials of one capital each, no stop, as Indian papers print them,
    // had left the whole sentence with no name, so its statement was lost)
    assert_has("Water\n\nKerala Chief Minister D K Varghese said the dam would stay shut.", "D K Varghese", EntityKind::Person);
    assert_has("Water\n\nThe talks failed. Kerala Water Resources Minister R Vexamurthy said the state had no water.", "R Vexamurthy", EntityKind::Person);
    let d = doc("Water\n\nKerala Chief Minister D K Varghese said the dam would stay shut.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "D K Varghese"), "{:?}", d.roles);
    assert!(d.statements.iter().any(|s| s.speaker.is_some_and(|x| d.entities[x].name == "D K Varghese")), "{:?}", d.statements);
    // (a chief minister, now named, is called so, never "the minister", as a prime minister)
    let d = doc("Water

Kerala Chief Minister D K Varghese said the dam would stay shut.

Water Resources Minister Tom Hale told reporters the crop was dying.

The minister said the state had written to the authority.");
    assert!(d.statements.iter().any(|s| s.speaker.is_some_and(|x| d.entities[x].name == "Tom Hale") && d.slice(s.text).starts_with("The minister")), "{:?}", d.statements);
}

#[test]
fn a_unions_district_after_its_initials_is_the_union() {
    // ('"…," IAM District 751 President Jon Holden told reporters': the number had broken the
    // title chain, leaving the quote no speaker and the role no body)
    let d = doc("Strike\n\nThe Quarnby Association of Machinists (QAM) called the strike.\n\n\"We have spoken,\" QAM District 751 President Jane Roe told reporters.");
    assert!(d.mentions.iter().any(|m| d.slice(m.span) == "QAM District 751" && d.entities[m.entity].kind == EntityKind::Organization), "{:?}", mentions(&d));
    // (not a place's district: "Texas District 22")
    let d = doc("Vote\n\nVoters in Texas District 22 went to the polls.");
    assert!(!d.mentions.iter().any(|m| d.slice(m.span).contains("District") && d.entities[m.entity].kind == EntityKind::Organization), "{:?}", mentions(&d));
}

#[test]
fn a_body_named_short_first_then_with_its_organisation_words_is_one_body() {
    // ("(Bloomberg) -- … told Bloomberg News": the dateline's short name came first, so the
    // two were two bodies; initials and a government of them stay apart)
    let d = doc("Auction\n\n(Quillmart) -- The regulator approved the sale on Monday.\n\nThe carrier's chief executive told Quillmart News the deal was fair.");
    let orgs: Vec<&str> = d.entities.iter().filter(|e| e.kind == EntityKind::Organization && e.name.starts_with("Quillmart")).map(|e| e.name.as_str()).collect();
    assert_eq!(orgs, vec!["Quillmart News"], "{:?}", mentions(&d));
    let d = doc("Drought\n\nThe SA farmers' lobby met on Monday. SA said it would help.\n\nThe SA Government said it would pay.");
    assert!(!d.entities.iter().any(|e| e.name == "SA Government" && d.mentions.iter().any(|m| m.entity == d.entities.iter().position(|x| std::ptr::eq(x, e)).unwrap() && d.slice(m.span) == "SA")), "{:?}", mentions(&d));
}

#[test]
fn a_department_for_fields_joined_by_and_before_a_spokesperson_is_one_body() {
    // ("A Department for Work and Pensions spokesperson said: "…"" had made no body, and the
    // quote's speaker was "Pensions spokesperson": "for" and fields joined by "and" or commas
    // were read only after "of")
    let t = "Benefits\n\nA Department for Farming and Fisheries spokesperson said: \"There will be no cuts without a full review.\"";
    assert_has(t, "Department for Farming and Fisheries", EntityKind::Organization);
    let d = doc(t);
    assert!(d.statements.iter().any(|s| s.speaker.is_some_and(|x| d.entities[x].name == "Department for Farming and Fisheries")), "{:?}", d.statements);
    assert_has("Benefits\n\nOn Monday a Department for Schools, Colleges and Training official said the review was fair.", "Department for Schools, Colleges and Training", EntityKind::Organization);
    // (a person's name after "and" stays apart)
    assert_has("Benefits\n\nThe Ministry for Energy and Jane Roe signed the deal.", "Jane Roe", EntityKind::Person);
}

#[test]
fn a_profession_at_a_body_based_in_a_place_of_two_words_is_of_that_body() {
    // ("a lawyer at the São Paulo-based Centre for …": where the body is based was skipped only
    // when the place was one word, so the role was lost once the body's name stood apart)
    let d = doc("Courts\n\nJane Roe, a lawyer at the Porto Velho-based Centre for Media and Democracy, said the order was broad.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Jane Roe" && r.head == "lawyer" && r.of.is_some_and(|o| d.entities[o].name == "Centre for Media and Democracy")), "{:?}", d.roles);
}

#[test]
fn an_airport_that_speaks_is_the_body_that_runs_it() {
    // ("Brussels Airport has confirmed that all departing flights …" gave no statement: the
    // airport was a place, and places say nothing)
    let t = "Strike\n\nHalden Airport has confirmed that all departing flights have been cancelled.";
    assert_has(t, "Halden Airport", EntityKind::Organization);
    let d = doc(t);
    assert!(d.statements.iter().any(|s| s.speaker.is_some_and(|x| d.entities[x].name == "Halden Airport")), "{:?}", d.statements);
    // (where flights leave from, it stays a place)
    assert_has("Strike\n\nFlights left Halden Airport on Monday.", "Halden Airport", EntityKind::Place);
}

#[test]
fn a_bracketed_retired_after_a_rank_leaves_the_rank_and_the_name_together() {
    // ("Its director general, Lt Gen (retd) X, said …" was credited to "director general" and
    // gave no role: the bracket stood between the rank and the name)
    let d = doc("Veterans\n\nThe Veterans Forum backed the plan on Tuesday. Its chairman, Maj Gen (retd) Tomas Varga, said the pensions were overdue.");
    assert!(d.statements.iter().any(|s| s.speaker.is_some_and(|x| d.entities[x].name == "Tomas Varga")), "{:?}", d.statements);
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Tomas Varga" && r.head == "chairman"), "{:?}", d.roles);
    let d = doc("Veterans\n\nCol. (Retd.) Amara Osei said the review was late.");
    assert!(d.statements.iter().any(|s| s.speaker.is_some_and(|x| d.entities[x].name == "Amara Osei")), "{:?}", d.statements);
    // (a bracket of anything else stays: "the Army (Reserve) said")
    let d = doc("Veterans\n\nThe Halden Army (Reserve) said the review was late.");
    assert!(d.statements.iter().any(|s| s.speaker.is_some()), "{:?}", d.statements);
}

#[test]
fn an_airport_spokesperson_speaks_for_the_airport_named_before() {
    // ("Brussels Airport has confirmed …", then ""…," an airport spokesperson said": the quote
    // stayed with the unnamed spokesperson, as "a ministry spokesman" no longer does)
    let d = doc("Strike\n\nHalden Airport has confirmed that all flights were cancelled. Passengers waited for hours.\n\n\"We regret the delays,\" an airport spokesperson said.");
    assert!(d.statements.iter().any(|s| s.speaker.is_some_and(|x| d.entities[x].name == "Halden Airport") && d.slice(s.text).contains("regret")), "{:?}", d.statements);
    // (no airport named: the spokesperson stays unnamed)
    let d = doc("Strike\n\nFlights were cancelled on Monday.\n\n\"We regret the delays,\" an airport spokesperson said.");
    assert!(!d.statements.iter().any(|s| s.speaker.is_some_and(|x| d.entities[x].name.contains("Airport"))), "{:?}", d.statements);
}

#[test]
fn a_title_and_a_comma_before_a_city_and_a_plural_name_a_person() {
    // ("Their leader, Larissa Waters, says …" was a team, as "Toronto Blue Jays": the title
    // before the appositive's comma names a person, as a title right before does)
    assert_has("Senate. Their leader, Florence Rivers, says the bill will fail.", "Florence Rivers", EntityKind::Person);
    assert_has("Senate. The party's deputy leader, Charlotte Waters, said the bill would fail.", "Charlotte Waters", EntityKind::Person);
    // (a team after a comma and no title stays a team)
    assert_has("Baseball. On Monday, Toronto Blue Jays said the pitcher would miss the season.", "Toronto Blue Jays", EntityKind::Organization);
}

#[test]
fn an_under_secretary_general_is_an_office() {
    // ("X, the U.N. undersecretary-general for humanitarian affairs," gave no role: the
    // lexicon had "secretary-general" and "undersecretary" but not the two joined)
    let d = doc("Aid\n\nGENEVA - Jane Roe, the U.N. undersecretary-general for humanitarian affairs, warned that the appeal was short.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Jane Roe" && r.head == "Under-Secretary-General" && r.of.is_some_and(|o| d.entities[o].name == "United Nations")), "{:?}", d.roles);
    let d = doc("Aid\n\nUN Under-Secretary-General Mark Doe said the appeal was short.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Mark Doe"), "{:?}", d.roles);
}

#[test]
fn a_criminologist_or_sociologist_at_a_university_holds_a_post_there() {
    // ("X, a criminologist at the University of Y, said …" gave no role: the social sciences
    // were missing from the professions that name a post at a body)
    let d = doc("Prisons\n\nJane Roe, a criminologist at the University of Halden, said reoffending was rare.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Jane Roe" && r.head == "criminologist" && r.of.is_some_and(|o| d.entities[o].name == "University of Halden")), "{:?}", d.roles);
    let d = doc("Housing\n\nTom Fell, a sociologist with the Halden Institute, said rents had doubled.");
    assert!(d.roles.iter().any(|r| d.entities[r.holder].name == "Tom Fell" && r.head == "sociologist"), "{:?}", d.roles);
}

#[test]
fn a_name_before_a_word_for_a_kind_of_vehicle_is_a_model_not_a_person() {
    // ("built the Kasumi Breeze minivan and the Terra compact SUV" made two persons, and "He
    // said" two sentences on went to "Terra")
    let t = "Recall\n\nThe recall covers the Corvane Lark minivan and the Vesta compact SUV. Owners were told to see a dealer.";
    let d = doc(t);
    assert!(!d.entities.iter().any(|e| e.name.contains("Lark") || e.name == "Vesta"), "{:?}", mentions(&d));
    // (a person named before other lower-case words stays one)
    assert_has("Recall\n\nTomas Lark said the recall covers older cars.", "Tomas Lark", EntityKind::Person);
}

#[test]
fn a_listed_partys_first_word_opening_the_sentence_stays_in_its_name() {
    // ("Fine Gael leader X said …" made a person "Gael": a common word opening the sentence
    // before a given name was dropped, though the two words are a listed party's name)
    let d = doc("Budget\n\nDUBLIN - The council met on Monday.\n\nFine Gael leader Mary Byrne said the plan was unfair.\n\nFine Gael said it would vote against.");
    assert!(d.entities.iter().any(|e| e.name == "Fine Gael" && e.kind == EntityKind::Organization), "{:?}", d.entities);
    assert!(d.entities.iter().all(|e| e.name != "Gael"), "{:?}", d.entities);
    // (a common word before a given name still goes: "Meanwhile Jane Roe said …")
    let d = doc("Budget\n\nMeanwhile Gael Monfort said the plan was unfair.");
    assert!(d.entities.iter().any(|e| e.name == "Gael Monfort"), "{:?}", d.entities);
}

#[test]
fn a_surname_after_a_title_names_the_person_wherever_it_stands_alone() {
    // ("President Obama … Obama and Clinton took office": the later lone "Obama" went to the
    // gazetteer's town of that name, and words without a cue after them to no one)
    let d = doc("Security\n\nPresident Obama and Hillary Clinton did not react. Later, Obama and Clinton call them lone wolves.");
    let obama: Vec<_> = d.mentions.iter().filter(|m| &d.text()[m.span.start..m.span.end] == "Obama").map(|m| d.entities[m.entity].kind).collect();
    assert_eq!(obama, vec![EntityKind::Person, EntityKind::Person], "{:?}", mentions(&d));
    let d = doc("Talks\n\nPresident Okafor opened the summit. Later Okafor met the delegates, and the talks with Okafor ended.");
    assert_eq!(d.mentions.iter().filter(|m| &d.text()[m.span.start..m.span.end] == "Okafor").count(), 3, "{:?}", mentions(&d));
    // (a one-word person found by a cue alone spreads no further: "Fifpro said" may be a body)
    let d = doc("Talks\n\nOkafor said the plan failed. Later Okafor met the delegates.");
    assert_eq!(d.mentions.iter().filter(|m| &d.text()[m.span.start..m.span.end] == "Okafor").count(), 1, "{:?}", mentions(&d));
}

#[test]
fn westminster_is_the_london_one_unless_its_american_state_is_named() {
    // the gazetteer lists the London borough as "City of Westminster"; news calls it by the bare name
    let d = doc("Council leaders in England said Westminster had failed to pass on the money.");
    assert_eq!(place_country(&d, "Westminster").as_deref(), Some("GB"), "{:?}", mentions(&d));
    let d = doc("Flooding closed roads in Westminster, Colorado, on Monday, officials said.");
    assert_eq!(place_country(&d, "Westminster").as_deref(), Some("US"), "{:?}", mentions(&d));
}
