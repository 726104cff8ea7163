import type { Marker } from './types';
import { PhraseTable, type Tokenized } from './tokens';

/**
 * Policy frames of the Media Frames Corpus codebook (Boydstun, Card, Gross, Resnik & Smith 2014; Card et al.,
 * ACL 2015), assigned per sentence by cue words written for Parallax. A sentence takes the frame(s) with the most
 * cue hits (ties keep every tied frame); a sentence without cues has no frame. Cues are lower-case word forms or
 * phrases; each is documented with its frame in lib/analysis/README.md.
 */
export interface FrameInfo {
  /** Metric id: figures are keyed `frame.<id>`. */
  id: string;
  /** MFC code (codes.json). */
  code: string;
  name: string;
  description: string;
  cues: string[];
}

export const FRAMES: FrameInfo[] = [
  {
    id: 'economic', code: '1', name: 'Economic',
    description: 'Costs, benefits, money, trade, markets and other financial consequences.',
    cues: ['economy', 'economic', 'economies', 'trade', 'trading', 'tariff', 'tariffs', 'market', 'markets', 'price', 'prices', 'cost', 'costs', 'budget', 'tax', 'taxes', 'taxpayer', 'taxpayers', 'investment', 'investments', 'investor', 'investors', 'gdp', 'growth', 'inflation', 'jobs', 'unemployment', 'wages', 'revenue', 'profit', 'profits', 'billion', 'million', 'dollars', 'export', 'exports', 'import', 'imports', 'oil', 'gas', 'energy', 'business', 'businesses', 'financial', 'finance', 'bank', 'banks', 'debt', 'deficit', 'spending', 'currency', 'recession', 'industry', 'sanctions'],
  },
  {
    id: 'capacity', code: '2', name: 'Capacity and resources',
    description: 'Availability or lack of physical, human or financial resources and the capacity of systems.',
    cues: ['resources', 'capacity', 'shortage', 'shortages', 'supply', 'supplies', 'infrastructure', 'staff', 'staffing', 'overwhelmed', 'strain', 'strained', 'stockpile', 'equipment', 'manpower', 'backlog', 'funding', 'underfunded', 'scarce', 'scarcity', 'logistics'],
  },
  {
    id: 'morality', code: '3', name: 'Morality',
    description: 'Religious or ethical implications, moral duty, right and wrong.',
    cues: ['moral', 'morally', 'immoral', 'ethics', 'ethical', 'unethical', 'religious', 'religion', 'god', 'faith', 'church', 'sin', 'evil', 'conscience', 'values', 'duty', 'shame', 'shameful', 'dignity', 'righteous', 'sacred', 'christian', 'muslim', 'islamic'],
  },
  {
    id: 'fairness', code: '4', name: 'Fairness and equality',
    description: 'Equality or inequality in how laws, punishments, rewards or resources are distributed.',
    cues: ['fair', 'fairness', 'unfair', 'unfairly', 'equal', 'equality', 'inequality', 'unequal', 'discrimination', 'discriminatory', 'discriminate', 'racism', 'racist', 'bias', 'biased', 'injustice', 'equity', 'double standard', 'double standards', 'privilege', 'marginalized', 'disparity', 'disparities'],
  },
  {
    id: 'legality', code: '5', name: 'Legality, constitutionality and jurisprudence',
    description: 'Legal rights, courts, laws, constitutionality and jurisdiction.',
    cues: ['court', 'courts', 'judge', 'judges', 'ruling', 'ruled', 'lawsuit', 'lawsuits', 'sue', 'sued', 'legal', 'illegal', 'illegally', 'unconstitutional', 'constitutional', 'constitution', 'law', 'laws', 'lawyer', 'lawyers', 'rights', 'jurisdiction', 'supreme court', 'appeal', 'appeals', 'statute', 'legislation', 'legally', 'verdict', 'sovereignty', 'international law'],
  },
  {
    id: 'policy', code: '6', name: 'Policy prescription and evaluation',
    description: 'Particular policies proposed or in place for an issue, and whether they work.',
    cues: ['policy', 'policies', 'proposal', 'proposals', 'proposed', 'plan', 'plans', 'measure', 'measures', 'reform', 'reforms', 'regulation', 'regulations', 'program', 'programme', 'strategy', 'strategic', 'initiative', 'bill', 'mandate', 'mandates', 'implement', 'implementation', 'approach', 'solution', 'agenda', 'framework'],
  },
  {
    id: 'crime', code: '7', name: 'Crime and punishment',
    description: 'Violation of policies, crime, enforcement, sentencing and punishment.',
    cues: ['crime', 'crimes', 'criminal', 'criminals', 'arrest', 'arrested', 'arrests', 'police', 'prison', 'jail', 'jailed', 'sentence', 'sentenced', 'convicted', 'conviction', 'prosecutor', 'prosecutors', 'prosecution', 'charged', 'indicted', 'murder', 'theft', 'fraud', 'corruption', 'smuggling', 'trafficking', 'hackers', 'hacking', 'espionage', 'cyber-espionage', 'steal', 'stole', 'investigation', 'punishment', 'punish', 'violations'],
  },
  {
    id: 'security', code: '8', name: 'Security and defense',
    description: 'Threats to the welfare of the nation or a group, defence and national security.',
    cues: ['security', 'military', 'army', 'troops', 'war', 'wars', 'defense', 'defence', 'weapons', 'weapon', 'nuclear', 'missile', 'missiles', 'attack', 'attacks', 'threat', 'threats', 'terrorism', 'terrorist', 'terrorists', 'armed forces', 'drills', 'aircraft', 'fighter', 'nato', 'invasion', 'conflict', 'border', 'borders', 'cyberattacks', 'cyberattack', 'skirmishes', 'intelligence', 'deterrence', 'sovereignty', 'escalation', 'aggression', 'hostile', 'pentagon'],
  },
  {
    id: 'health', code: '9', name: 'Health and safety',
    description: 'Health care, disease, sanitation, public safety and injury.',
    cues: ['health', 'healthcare', 'disease', 'diseases', 'pandemic', 'coronavirus', 'covid', 'covid-19', 'virus', 'vaccine', 'vaccines', 'vaccination', 'hospital', 'hospitals', 'patients', 'doctors', 'infection', 'infections', 'cases', 'deaths', 'safety', 'unsafe', 'medical', 'medicine', 'epidemic', 'outbreak', 'zero-covid', 'public health', 'mental health', 'injury', 'injuries'],
  },
  {
    id: 'quality-of-life', code: '10', name: 'Quality of life',
    description: 'Effects on people\'s wealth, mobility, daily routines, happiness and community.',
    cues: ['quality of life', 'families', 'family', 'children', 'community', 'communities', 'daily life', 'everyday', 'housing', 'homes', 'neighborhood', 'neighbourhood', 'wellbeing', 'well-being', 'living conditions', 'poverty', 'poor', 'hardship', 'struggle', 'struggling', 'lives', 'residents', 'homeless'],
  },
  {
    id: 'cultural', code: '11', name: 'Cultural identity',
    description: 'Social norms, traditions, customs and values of a nation, people or ideology.',
    cues: ['culture', 'cultural', 'tradition', 'traditions', 'traditional', 'identity', 'heritage', 'history', 'historical', 'ideology', 'ideological', 'communism', 'communist', 'nationalism', 'nationalist', 'patriotic', 'civilization', 'language', 'ethnic', 'western values', 'way of life', 'customs', 'soviet'],
  },
  {
    id: 'public-opinion', code: '12', name: 'Public opinion',
    description: 'The public\'s attitudes and opinions: polls, protests, popular sentiment.',
    cues: ['poll', 'polls', 'polling', 'survey', 'surveys', 'public opinion', 'voters', 'protest', 'protests', 'protesters', 'demonstrators', 'rally', 'rallies', 'popular', 'popularity', 'approval rating', 'backlash', 'outrage', 'petition', 'majority of americans', 'public support', 'the public', 'grassroots'],
  },
  {
    id: 'political', code: '13', name: 'Political',
    description: 'Political considerations: parties, elections, lobbying, political maneuvering and leaders\' standing.',
    cues: ['political', 'politics', 'politically', 'politician', 'politicians', 'election', 'elections', 'elected', 'vote', 'voted', 'votes', 'campaign', 'party', 'parties', 'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'gop', 'congress', 'senate', 'parliament', 'lawmakers', 'partisan', 'bipartisan', 'opposition', 'administration', 'government', 'regime', 'president', 'prime minister', 'leader', 'leadership', 'national people\'s congress', 'color revolutions', 'authoritarian', 'democracy'],
  },
  {
    id: 'external', code: '14', name: 'External regulation and reputation',
    description: 'A country\'s relations with and reputation among other nations; international agreements and pressure.',
    cues: ['foreign', 'diplomat', 'diplomats', 'diplomatic', 'diplomacy', 'foreign minister', 'foreign ministers', 'international', 'international community', 'bilateral', 'multilateral', 'alliance', 'allies', 'ally', 'partnership', 'partners', 'treaty', 'summit', 'relations', 'ties', 'united nations', 'un', 'eu', 'european union', 'the west', 'western', 'world order', 'reputation', 'counterpart', 'multi-polar', 'multipolar', 'geopolitical', 'cooperation', 'co-operation', 'unilateral', 'sanctioned', 'embassy', 'ambassador'],
  },
  {
    id: 'other', code: '15', name: 'Other',
    description: 'Any frame that fits none of the above. Parallax assigns no cues to it: a sentence without cues stays unframed.',
    cues: [],
  },
];

type Cue = { frame: string; cue: string; index: number; rule: string };
const CUES = new PhraseTable<Cue[]>();
{
  // One cue may serve several frames ("sovereignty" is both legal and security language).
  const byCue = new Map<string, Cue[]>();
  FRAMES.forEach((f, index) => {
    for (const c of f.cues) byCue.set(c, [...(byCue.get(c) ?? []), { frame: f.id, cue: c, index, rule: `cue:${c}` }]);
  });
  for (const [cue, list] of byCue) CUES.add(cue, list);
}

/** Frame markers for the cues of each sentence's winning frame(s), and the frames per sentence. */
export function findFrames(t: Tokenized): { markers: Marker[]; bySentence: Map<number, string[]> } {
  const markers: Marker[] = [];
  const bySentence = new Map<number, string[]>();
  // Cue hits per frame, indexed like FRAMES; reset after each framed sentence.
  const score = new Int32Array(FRAMES.length);
  const hits: Array<{ i: number; length: number; cues: Cue[] }> = [];
  for (const span of t.sentences) {
    const [from, to] = t.ranges[span.index];
    hits.length = 0;
    let best = 0;
    for (let i = from; i < to; i++) {
      const hit = CUES.match(t, i);
      if (!hit) continue;
      hits.push({ i, length: hit.length, cues: hit.value });
      for (const c of hit.value) best = Math.max(best, ++score[c.index]);
      i += hit.length - 1;
    }
    if (!hits.length) continue;
    const frames: string[] = [];
    for (let f = 0; f < FRAMES.length; f++) if (score[f] === best) frames.push(FRAMES[f].id);
    bySentence.set(span.index, frames);
    for (const h of hits) {
      for (const c of h.cues) {
        if (score[c.index] !== best) continue;
        const first = t.tokens[h.i];
        const last = t.tokens[h.i + h.length - 1];
        markers.push({
          family: 'frame',
          sentenceIndex: span.index,
          start: first.start,
          end: last.end,
          text: t.body.slice(first.start, last.end),
          label: c.frame,
          rule: c.rule,
          weight: 1 / frames.length,
        });
      }
    }
    score.fill(0);
  }
  return { markers, bySentence };
}
