use super::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Person,
    Organization,
    Country,
    Place,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "Person",
            EntityKind::Organization => "Organization",
            EntityKind::Country => "Country",
            EntityKind::Place => "Place",
        }
    }
    /// Actors can speak, demand and hold roles; places only locate.
    pub fn is_actor(self) -> bool {
        !matches!(self, EntityKind::Place)
    }
}

/// An entity as known within one article. `key` is filled in by the resolver and names
/// the corpus-wide entity node.
#[derive(Debug, Clone)]
pub struct Entity {
    pub kind: EntityKind,
    /// The fullest name the article gives.
    pub name: String,
    /// For places and countries: ISO 3166 country code it lies in (or is).
    pub country: Option<String>,
    /// For places: city or region; a gazetteer row gives coordinates.
    pub place_kind: Option<&'static str>,
    pub coords: Option<(f64, f64)>,
    /// For a town whose name a larger town of its country has (Springfield, Illinois beside
    /// Springfield, Missouri): the region it lies in, which keeps their nodes apart.
    pub region: Option<String>,
    /// For institutions such as the Kremlin: the state they stand for.
    pub stands_for: Option<usize>,
    /// Corpus-wide key, e.g. `person/vladimir-putin`.
    pub key: String,
    /// For persons: the skeleton of the surname, for matching name variants.
    pub surname: String,
    /// One past the byte offset of the latest mention so far (0: none yet).
    pub last_seen: usize,
}

impl Entity {
    /// An actor, or an institution or seat that stands for one ("the Kremlin", "Washington"):
    /// what may speak, demand or be asked.
    pub fn can_act(&self) -> bool {
        self.kind.is_actor() || self.stands_for.is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name ("Vladimir Putin", "Putin", "NATO").
    Name,
    /// A description resolved to an actor ("the Russian leader", "the Kremlin spokesman").
    Description,
    /// A pronoun resolved to an actor.
    Pronoun,
}

#[derive(Debug, Clone)]
pub struct Mention {
    pub span: Span,
    pub entity: usize,
    pub kind: MentionKind,
    /// How sure the link is, when it is a guess: a misspelt place matched to the gazetteer
    /// ("Zaporizhzia" → Zaporizhzhia, 0.91). `None`: the text names the entity as known.
    pub confidence: Option<f32>,
}

/// An office or title held by a person, as one article states it.
#[derive(Debug, Clone)]
pub struct Role {
    pub holder: usize,
    /// The title as written, without "former" ("Secretary of State").
    pub title: String,
    /// The normalised head of the title ("Secretary of State", "spokesman").
    pub head: String,
    pub of: Option<usize>,
    pub former: bool,
    pub evidence: Span,
}

impl Role {
    /// An opposition party's spokesperson for an office ("shadow chancellor"): no holder of the
    /// office, so "the chancellor" is someone else.
    pub fn is_shadow(&self) -> bool {
        self.title.get(..7).is_some_and(|p| p.eq_ignore_ascii_case("shadow "))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementKind {
    /// Words inside quotation marks.
    Direct,
    /// A clause that reports speech, belief or a stance.
    Reported,
}

#[derive(Debug, Clone)]
pub struct Statement {
    pub kind: StatementKind,
    pub speaker: Option<usize>,
    /// An unnamed speaker kept as written ("a senior official", "the poll").
    pub speaker_text: Option<Span>,
    /// Why there is no speaker, when there is none ("headline", "scare quote", "no speaker").
    pub unattributed: Option<&'static str>,
    pub text: Span,
    pub cue: String,
    pub cue_span: Option<Span>,
    pub about: Vec<usize>,
}

impl Statement {
    /// The speaker found for a statement kept till now with its speaker's words only, or none:
    /// the words and the reason for no speaker go.
    pub fn attribute_to(&mut self, speaker: usize) {
        self.speaker = Some(speaker);
        self.speaker_text = None;
        self.unattributed = None;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemandKind {
    Demand,
    Appeal,
    Condition,
    Refusal,
    Threat,
}

impl DemandKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DemandKind::Demand => "demand",
            DemandKind::Appeal => "appeal",
            DemandKind::Condition => "condition",
            DemandKind::Refusal => "refusal",
            DemandKind::Threat => "threat",
        }
    }
    /// CAMEO / PLOVER top-level code.
    pub fn cameo(self) -> &'static str {
        match self {
            DemandKind::Demand | DemandKind::Condition => "10",
            DemandKind::Appeal => "02",
            DemandKind::Refusal => "12",
            DemandKind::Threat => "13",
        }
    }
}

/// A party to a demand: an actor of the article, or an unnamed group kept as written
/// ("Palestinian officials", "the international community").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    Entity(usize),
    Text(Span),
}

impl Party {
    pub fn entity(self) -> Option<usize> {
        match self {
            Party::Entity(e) => Some(e),
            Party::Text(_) => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Demand {
    pub kind: DemandKind,
    pub by: Party,
    pub of: Option<Party>,
    /// What is demanded.
    pub what: Span,
    /// The text that says so.
    pub evidence: Span,
    pub cue: String,
    /// The text span of the statement it was voiced in, when it was (a quote or reported speech).
    pub statement: Option<Span>,
}
