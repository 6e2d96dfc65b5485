// The stored form of a payroll's lines (table payroll_content): members once, line templates once (the
// computation shares one template — explanation and segments included — between members in post over the same
// days in the same role), and each line as a (member, template) pair. A commune's month is a few tens of kB.
import type { CorrectionLine } from '../../domain/payroll/corrections.ts';
import type {
  PayrollLine,
  PayrollLinePairs,
  PayrollLineTemplate,
  PayrollWarning,
} from '../../domain/payroll/compute-payroll.ts';

type Template = PayrollLineTemplate;

interface StoredContent {
  v: 1;
  month: string;
  /** [memberId, fullName, teamIndex] */
  members: [string, string, number][];
  /** [teamId, teamName] */
  teams: [string, string][];
  templates: Template[];
  /** Flat pairs: member index, template index. */
  lines: number[];
  corrections: CorrectionLine[];
  warnings: PayrollWarning[];
}

export interface PayrollContent {
  lines: PayrollLine[];
  corrections: CorrectionLine[];
  warnings: PayrollWarning[];
}

/** The stored document of a computed payroll: its line pairs as they are, the members' teams once. */
export function encodeContent(
  month: string,
  { linePairs, corrections, warnings }: { linePairs: PayrollLinePairs } & Omit<PayrollContent, 'lines'>,
): string {
  const teams = new Map<string, number>();
  const stored: StoredContent = {
    v: 1,
    month,
    members: [],
    teams: [],
    templates: linePairs.templates as Template[],
    lines: linePairs.pairs as number[],
    corrections,
    warnings,
  };
  for (const member of linePairs.members) {
    let t = teams.get(member.teamId);
    if (t === undefined) {
      t = stored.teams.length;
      teams.set(member.teamId, t);
      stored.teams.push([member.teamId, member.teamName]);
    }
    stored.members.push([member.memberId, member.fullName, t]);
  }
  return JSON.stringify(stored);
}

export function decodeContent(text: string): PayrollContent {
  const stored = JSON.parse(text) as StoredContent;
  const lines: PayrollLine[] = [];
  for (let i = 0; i < stored.lines.length; i += 2) {
    const [memberId, fullName, team] = stored.members[stored.lines[i]!]!;
    const [teamId, teamName] = stored.teams[team]!;
    const template = stored.templates[stored.lines[i + 1]!]!;
    lines.push({ month: stored.month, memberId, fullName, teamId, teamName, ...template });
  }
  return { lines, corrections: stored.corrections, warnings: stored.warnings };
}
