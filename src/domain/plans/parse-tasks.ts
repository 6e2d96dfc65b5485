import { readFields, type FieldValue } from './parse-fields.ts';
import { HEAD_LENGTH, readMarker, type Marker, type SourceLine } from './parse-lines.ts';
import { findTimeExpression, readSentenceAssignment, type SentenceAssignment } from './parse-sentence.ts';
import { trimClosing } from './parse-text.ts';
import { splitUnitList } from './parse-units.ts';

/**
 * Builds the task tree of a content section ("II. NỘI DUNG") from its lines: numbered items "1.", decimal
 * sub-items "1.1", lettered items "a)", their labelled fields, and the bullets that carry an assignment of
 * their own (see `parse-task-finish.ts`).
 */

/** A paragraph or bullet under a task, and the assignment it states, if any. */
export interface TaskEntry {
  text: string;
  lineNumber: number;
  assignment: SentenceAssignment | null;
}

export interface TaskNode {
  code: string;
  title: string;
  lineNumber: number;
  /** 1 for "1.", 2 for "1.1" … and one more than the parent for a letter. */
  depth: number;
  /** The number or letter that the next sibling must follow. */
  ordinal: number;
  delimiter: string;
  entries: TaskEntry[];
  lead: string[];
  coordinators: string[];
  form: string | null;
  timeText: string | null;
  hasLabels: boolean;
  children: TaskNode[];
  parent: TaskNode | null;
}

export function newTaskNode(fields: Partial<TaskNode> & Pick<TaskNode, 'code' | 'title'>): TaskNode {
  return {
    lineNumber: 0,
    depth: 0,
    ordinal: 0,
    delimiter: '.',
    entries: [],
    lead: [],
    coordinators: [],
    form: null,
    timeText: null,
    hasLabels: false,
    children: [],
    parent: null,
    ...fields,
  };
}

export function applyFields(node: TaskNode, fields: FieldValue[]): void {
  for (const field of fields) {
    node.hasLabels = true;
    if (field.kind === 'lead') node.lead.push(...splitUnitList(field.value));
    else if (field.kind === 'coordinators') node.coordinators.push(...splitUnitList(field.value));
    else if (field.kind === 'form') node.form = node.form ? `${node.form}; ${field.value}` : field.value;
    else node.timeText = node.timeText ? `${node.timeText}; ${field.value}` : field.value;
  }
}

interface TreeState {
  root: TaskNode;
  /** The node that fields and paragraphs belong to. */
  current: TaskNode;
  /** The latest numbered (not lettered) node: letters nest under it. */
  item: TaskNode;
  /** A numbered list inside a description ("1. … 2. …" under a task) runs on to this number. */
  innerListNext: number | null;
  /** "2" for a section numbered "2. NỘI DUNG", whose items are "2.1", "2.2" (top-level tasks). */
  sectionLabel: string | null;
  /** Every node by code (the first one of a repeated code). */
  nodes: Map<string, TaskNode>;
  warnings: string[];
}

function delimiterOf(text: string): string {
  return /^\s*[\dIVXa-zđ.]+\s*\)/.test(text) ? ')' : '.';
}

function addNode(
  state: TreeState,
  parent: TaskNode,
  fields: Partial<TaskNode> & Pick<TaskNode, 'code' | 'title'>,
) {
  const node = newTaskNode({ ...fields, parent });
  parent.children.push(node);
  if (!state.nodes.has(node.code)) state.nodes.set(node.code, node);
  state.current = node;
  return node;
}

/** A top-level "N." is an item when it follows the last one; otherwise it numbers a list in a description. */
function placeNumber(state: TreeState, marker: Marker & { kind: 'number' }, line: SourceLine, title: string) {
  const last = state.root.children.at(-1);
  const delimiter = delimiterOf(line.text);
  if (state.innerListNext === marker.value) {
    state.innerListNext += 1;
    return null;
  }
  const isFirst = last === undefined;
  const isNext = last !== undefined && marker.value === last.ordinal + 1 && delimiter === last.delimiter;
  const isLaterHeading =
    last !== undefined && marker.value > last.ordinal && (line.headingLevel > 0 || line.emphasis !== null);
  if (!isFirst && !isNext && !isLaterHeading) {
    if (last !== undefined && marker.value <= last.ordinal) state.innerListNext = marker.value + 1;
    return null;
  }
  state.innerListNext = null;
  const node = addNode(state, state.root, {
    code: String(marker.value),
    title,
    lineNumber: line.lineNumber,
    depth: 1,
    ordinal: marker.value,
    delimiter,
  });
  state.item = node;
  return node;
}

function placeDecimal(
  state: TreeState,
  marker: Marker & { kind: 'decimal' },
  line: SourceLine,
  title: string,
) {
  const parentCode = marker.parts.slice(0, -1).join('.');
  let parent = parentCode === state.sectionLabel ? state.root : state.nodes.get(parentCode);
  if (!parent) {
    parent = state.root;
    state.warnings.push(
      `Dòng ${line.lineNumber}: mục ${marker.label} không có mục cha ${parentCode}, xếp vào cấp trên cùng.`,
    );
  }
  if (state.nodes.has(marker.label)) {
    state.warnings.push(`Dòng ${line.lineNumber}: mã nhiệm vụ ${marker.label} bị lặp lại.`);
  }
  state.innerListNext = null;
  const node = addNode(state, parent, {
    code: marker.label,
    title,
    lineNumber: line.lineNumber,
    depth: marker.parts.length,
    ordinal: marker.parts.at(-1) ?? 0,
  });
  state.item = node;
  return node;
}

/** Letters nest under the latest numbered item, unless that item already has its fields (then they are text). */
function placeLetter(state: TreeState, marker: Marker & { kind: 'letter' }, line: SourceLine, title: string) {
  const parent = state.item;
  if (parent !== state.root && parent.hasLabels) return null;
  const ordinal = marker.label.charCodeAt(0) - 96;
  const last = parent.children.at(-1);
  if (last !== undefined && last.ordinal >= ordinal && /[a-zđ]$/.test(last.code)) return null;
  const code = parent === state.root ? marker.label : `${parent.code}.${marker.label}`;
  return addNode(state, parent, {
    code,
    title,
    lineNumber: line.lineNumber,
    depth: parent.depth + 1,
    ordinal,
  });
}

/**
 * "2. Lồng ghép … ở cơ sở. Phòng Phổ biến … chủ trì, … trong Quý III năm 2025.": a heading that goes on with
 * a sentence naming who and when keeps the first sentence as its title and the rest as a paragraph.
 */
function splitHeading(head: string): { title: string; rest: string | null } {
  const cut = /\.\s+(?=\p{Lu})/u.exec(head.slice(0, HEAD_LENGTH));
  if (!cut) return { title: trimClosing(head), rest: null };
  const rest = head.slice(cut.index + cut[0].length);
  if (!readSentenceAssignment(rest) && !findTimeExpression(rest))
    return { title: trimClosing(head), rest: null };
  return { title: trimClosing(head.slice(0, cut.index)), rest };
}

function placeItem(state: TreeState, marker: Marker, line: SourceLine): boolean {
  const { head, fields } = readFields(marker.rest);
  const { title, rest } = splitHeading(head);
  let node: TaskNode | null = null;
  if (marker.kind === 'number') node = placeNumber(state, marker, line, title);
  else if (marker.kind === 'decimal') node = placeDecimal(state, marker, line, title);
  else if (marker.kind === 'letter') node = placeLetter(state, marker, line, title);
  if (!node) return false;
  if (rest !== null)
    node.entries.push({ text: rest, lineNumber: line.lineNumber, assignment: readSentenceAssignment(rest) });
  applyFields(node, fields);
  return true;
}

function addLine(state: TreeState, line: SourceLine): void {
  const { head, fields } = readFields(line.text);
  if (fields.length > 0) {
    if (state.current === state.root) {
      state.warnings.push(
        `Dòng ${line.lineNumber}: ${fields.map((f) => f.value).join('; ')} không thuộc nhiệm vụ nào, bỏ qua.`,
      );
      return;
    }
    if (head !== '')
      state.current.entries.push({ text: head, lineNumber: line.lineNumber, assignment: null });
    applyFields(state.current, fields);
    return;
  }
  const text = line.isBullet ? `- ${line.text}` : line.text;
  state.current.entries.push({
    text,
    lineNumber: line.lineNumber,
    assignment: readSentenceAssignment(line.text),
  });
}

/** The raw task tree of one content section; `finishTasks` turns it into draft tasks. */
export function buildTaskTree(
  lines: SourceLine[],
  warnings: string[],
  sectionLabel: string | null = null,
): TaskNode {
  const root = newTaskNode({ code: '', title: '' });
  const state: TreeState = {
    root,
    current: root,
    item: root,
    innerListNext: null,
    nodes: new Map(),
    sectionLabel,
    warnings,
  };
  for (const line of lines) {
    const marker = readMarker(line.text);
    if (marker && marker.kind !== 'roman' && placeItem(state, marker, line)) continue;
    addLine(state, line);
  }
  return root;
}
