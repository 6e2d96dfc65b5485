import { foldText } from '../common/text.ts';
import { stripInlineMarkup, trimClosing } from './parse-text.ts';

/**
 * Matches a unit name as a plan writes it ("Sở TT&TT", "Công an tỉnh", "UBND các huyện, thành phố") to a
 * unit of the organisation tree or to a named group, in this order:
 * 1. exact: the same name;
 * 2. group: a named group's name or alias (groups.ts UNIT_GROUPS), also with UBND spelt out, without "các";
 * 3. folded: the same name ignoring case, diacritics and "Uỷ"/"Ủy" (foldText);
 * 4. abbreviation: the same after spelling out abbreviations both ways (UBND, HĐND, MTTQ, CAT, PT-TH,
 *    TT&TT/TTTT, VP) and dropping a leading "Các" / "Các cơ quan:" and a trailing "tỉnh" or "tỉnh <name>";
 * otherwise unmatched, with up to three candidates that share the most words, best first.
 */

export interface UnitCandidate {
  id: string;
  name: string;
  code: string;
  kind: string;
}

export interface GroupCandidate {
  key: string;
  name: string;
  aliases: string[];
}

export type UnitNameMatch =
  | { kind: 'unit'; unitId: string; confidence: 'exact' | 'folded' | 'abbreviation' }
  | { kind: 'group'; groupKey: string }
  | { kind: 'unmatched'; suggestions: string[] };

/** Folded abbreviations and what they stand for, also folded. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/(?<![a-z])ubnd(?![a-z])/g, 'uy ban nhan dan'],
  [/(?<![a-z])hdnd(?![a-z])/g, 'hoi dong nhan dan'],
  [/(?<![a-z])mttq(?:vn)?(?![a-z])/g, 'mat tran to quoc'],
  [/(?<![a-z])cat(?![a-z])/g, 'cong an tinh'],
  [/(?<![a-z])pt ?- ?th(?![a-z])|(?<![a-z])ptth(?![a-z])/g, 'phat thanh - truyen hinh'],
  [/(?<![a-z])tt ?& ?tt(?![a-z])|(?<![a-z])tttt(?![a-z])/g, 'thong tin va truyen thong'],
  [/(?<![a-z])vp(?![a-z])/g, 'van phong'],
];

/** Spelt out, without "các", "Việt Nam" after the Front, closing punctuation or a trailing "tỉnh (X)". */
function canonicalName(name: string): string {
  let key = foldText(name).replace(/[.;:]+$/, '');
  key = key.replace(/^(?:cac co quan|co quan)\s*:\s*/, '').replace(/^cac\s+/, '');
  for (const [pattern, full] of ABBREVIATIONS) key = key.replace(pattern, full);
  return key
    .replace(/\s*-\s*/g, ' - ')
    .replace(/mat tran to quoc viet nam/g, 'mat tran to quoc')
    .replace(/\s+tinh(?:\s+(?!uy(?![a-z])|doan(?![a-z])|hoi(?![a-z]))[a-z][a-z' -]*)?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A group phrase with its words only: no "các", no punctuation, UBND spelt out. */
function groupKey(phrase: string): string {
  return canonicalName(phrase)
    .replace(/(?<![a-z])cac\s+/g, '')
    .replace(/[,;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that every other name shares ("các", "tỉnh") or that only say what kind of body ("cơ quan"). */
const STOP_WORDS = new Set(
  'cac va co lien quan cua tren dia ban tinh - nhan dan don vi to chuc ca'.split(' '),
);

function wordsOf(key: string): Set<string> {
  return new Set(key.split(/[\s,;]+/).filter((word) => word !== '' && !STOP_WORDS.has(word)));
}

interface CandidateIndex {
  candidates: UnitCandidate[];
  folded: string[];
  canonical: string[];
  words: Set<string>[];
}

const indexes = new WeakMap<UnitCandidate[], CandidateIndex>();

/** Keys of every candidate, computed once per candidate list (lists are reused across a plan's names). */
function indexOf(candidates: UnitCandidate[]): CandidateIndex {
  const cached = indexes.get(candidates);
  if (cached && cached.folded.length === candidates.length) return cached;
  const canonical = candidates.map((candidate) => canonicalName(candidate.name));
  const index = {
    candidates,
    folded: candidates.map((candidate) => foldText(candidate.name)),
    canonical,
    words: canonical.map(wordsOf),
  };
  indexes.set(candidates, index);
  return index;
}

function findGroup(name: string, groups: GroupCandidate[]): GroupCandidate | undefined {
  const folded = foldText(name).replace(/[.;:]+$/, '');
  const direct = groups.find((group) => group.aliases.includes(folded) || foldText(group.name) === folded);
  if (direct) return direct;
  const key = groupKey(name);
  return groups.find((group) => [group.name, ...group.aliases].some((alias) => groupKey(alias) === key));
}

/** Up to three candidate ids sharing the most words with the name (Jaccard), best first. */
function suggest(name: string, index: CandidateIndex): string[] {
  const words = wordsOf(canonicalName(name));
  if (words.size === 0) return [];
  const scored: { id: string; score: number; name: string }[] = [];
  index.words.forEach((candidateWords, position) => {
    let shared = 0;
    for (const word of words) if (candidateWords.has(word)) shared += 1;
    const candidate = index.candidates[position];
    if (shared === 0 || !candidate) return;
    scored.push({
      id: candidate.id,
      name: candidate.name,
      score: shared / (words.size + candidateWords.size - shared),
    });
  });
  scored.sort((left, right) => right.score - left.score || left.name.localeCompare(right.name, 'vi'));
  return scored.slice(0, 3).map((entry) => entry.id);
}

/** How a unit name of a plan matches the organisation tree (see the module comment for the order). */
export function matchUnitName(
  name: string,
  candidates: UnitCandidate[],
  groups: GroupCandidate[],
): UnitNameMatch {
  const clean = trimClosing(stripInlineMarkup(name));
  const index = indexOf(candidates);
  const exact = candidates.find((candidate) => candidate.name.trim() === clean);
  if (exact) return { kind: 'unit', unitId: exact.id, confidence: 'exact' };
  const group = findGroup(clean, groups);
  if (group) return { kind: 'group', groupKey: group.key };
  const folded = foldText(clean);
  const foldedAt = index.folded.indexOf(folded);
  const foldedMatch = candidates[foldedAt];
  if (foldedMatch) return { kind: 'unit', unitId: foldedMatch.id, confidence: 'folded' };
  const canonical = canonicalName(clean);
  const canonicalMatch = canonical === '' ? undefined : candidates[index.canonical.indexOf(canonical)];
  if (canonicalMatch) return { kind: 'unit', unitId: canonicalMatch.id, confidence: 'abbreviation' };
  return { kind: 'unmatched', suggestions: suggest(clean, index) };
}
