// The stored form of a payroll's lines (table payroll_content): members once, line templates once (the
// computation shares one template — explanation and segments included — between members in post over the same
// days in the same role), and each line as a (member, template) pair. A commune's month is a few tens of kB.
import type { CorrectionLine } from '../../domain/payroll/corrections.ts';
import type { PayrollLine, PayrollSegment, PayrollWarning } from '../../domain/payroll/compute-payroll.ts';

type Template = Omit<PayrollLine, 'month' | 'memberId' | 'fullName' | 'teamId' | 'teamName'>;

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

export function encodeContent(month: string, content: PayrollContent): string {
  const members = new Map<string, number>();
  const teams = new Map<string, number>();
  const stored: StoredContent = {
    v: 1,
    month,
    members: [],
    teams: [],
    templates: [],
    lines: [],
    corrections: content.corrections,
    warnings: content.warnings,
  };
  const templateOf = new Map<readonly PayrollSegment[], number[]>();
  for (const line of content.lines) {
    let t = teams.get(line.teamId);
    if (t === undefined) {
      t = stored.teams.length;
      teams.set(line.teamId, t);
      stored.teams.push([line.teamId, line.teamName]);
    }
    let m = members.get(line.memberId);
    if (m === undefined) {
      m = stored.members.length;
      members.set(line.memberId, m);
      stored.members.push([line.memberId, line.fullName, t]);
    }
    // Lines of one template share their segments array; check the fields anyway before reusing one.
    const candidates = templateOf.get(line.segments) ?? [];
    let index = candidates.find((i) => sameTemplate(stored.templates[i]!, line));
    if (index === undefined) {
      index = stored.templates.length;
      stored.templates.push({
        kind: line.kind,
        unit: line.unit,
        role: line.role,
        days: line.days,
        daysInMonth: line.daysInMonth,
        rate: line.rate,
        amount: line.amount,
        explanation: line.explanation,
        segments: line.segments,
        missing: line.missing,
      });
      candidates.push(index);
      templateOf.set(line.segments, candidates);
    }
    stored.lines.push(m, index);
  }
  return JSON.stringify(stored);
}

function sameTemplate(t: Template, line: PayrollLine): boolean {
  return (
    t.kind === line.kind &&
    t.role === line.role &&
    t.days === line.days &&
    t.amount === line.amount &&
    t.rate === line.rate &&
    t.missing === line.missing &&
    t.explanation === line.explanation
  );
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
