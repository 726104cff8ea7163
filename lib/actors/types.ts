/** Actors: who appears in an article, what the outlet calls them, how the text feels about them. */

/**
 * institution: a public body of a state (legislatures, courts, ministries, agencies, armed forces, an
 * administration, seats of government); party: a political party; organization: any other body (companies,
 * media, NGOs, international bodies); group: named collectives, movements, armed non-state groups, peoples.
 */
export type ActorKind = 'person' | 'country' | 'institution' | 'party' | 'organization' | 'place' | 'group';

/**
 * title: words before a name ("Foreign Minister", "Chinese President");
 * appositive: a noun phrase set off by commas ("Wang Yi, China's foreign minister,");
 * modifier: an adjective or hyphenated word attached to the name ("Western-backed", "anti-China");
 * possessive: a noun the actor owns or qualifies ("Beijing's top diplomat", "U.S. empire", "Russian diplomats");
 * description: a later definite description that refers back to the actor ("Hamas … the militant group").
 */
export type LabelKind = 'title' | 'appositive' | 'modifier' | 'possessive' | 'description';

/**
 * How the mention names the actor: its name or an alias, a bare surname, a seat of government standing for
 * a country ("Beijing claims"), an adjective ("Western", "Chinese"), a role ("Beijing's top diplomat"), or a
 * reference by its head word to the one such institution of the article ("the Court" after "the Supreme Court").
 */
export type MentionForm = 'name' | 'alias' | 'surname' | 'metonym' | 'demonym' | 'role' | 'reference';

export interface ActorLabel {
  /** body.slice(start, end) === text. */
  text: string;
  start: number;
  end: number;
  kind: LabelKind;
}

export interface ActorSentimentEvidence {
  start: number;
  end: number;
  text: string;
  /** Signed pull of this word toward positive (>0) or negative (<0). */
  weight: number;
}

export interface ActorSentiment {
  /** P(positive) − P(negative) toward this actor in this sentence, in [−1, 1]. */
  score: number;
  polarity: 'negative' | 'neutral' | 'positive';
  evidence: ActorSentimentEvidence[];
}

export interface ActorMention {
  /** Canonical id, e.g. 'china', 'xi-jinping'; roles are '<actor>/<role>', e.g. 'china/top-diplomat'. */
  actor: string;
  /** Canonical display name. */
  name: string;
  kind: ActorKind;
  form: MentionForm;
  sentenceIndex: number;
  /** Character offsets into the body, end exclusive: body.slice(start, end) === text. */
  start: number;
  end: number;
  text: string;
  labels: ActorLabel[];
  sentiment: ActorSentiment;
  /** The actor is the speaker of a direct quotation in this sentence ("X said", "said X", "X: “…”"). */
  quoted: boolean;
  /** What an actor the gazetteer lacks is part of ("texas-senate" → "texas"); gazetteer actors have theirs there. */
  parent?: string;
}

/** A canonical actor as seeded into the database. */
export interface CanonicalActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** For seats of government ("beijing"): the actor they stand for when not used as a location ("china"). */
  metonymOf?: string;
  /** For institutions of a country ("white-house", "united-states-senate"): that country, for roll-ups. */
  parent?: string;
}

/** A user-supplied alias (manifest/config): `actor` is a canonical id or name; unknown actors are created. */
export interface ExtraAlias {
  actor: string;
  alias: string;
  kind?: ActorKind;
}
