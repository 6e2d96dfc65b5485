import type { DraftTask } from './plans.schemas.ts';
import { findTimeExpression, readSentenceAssignment } from './parse-sentence.ts';
import { newTaskNode, type TaskEntry, type TaskNode } from './parse-tasks.ts';
import { quote, trimClosing } from './parse-text.ts';
import { parseSchedule } from './schedule.ts';

/**
 * Turns the raw task tree into draft tasks:
 * - a task without labelled fields whose bullets or paragraphs each name their own lead ("Các sở, ban,
 *   ngành … thực hiện rà soát … trước ngày 30/5/2024") gets one child per such bullet, coded with the
 *   parent's code and a letter (2.a, 2.b); a single such sentence gives its lead and time to the task itself;
 * - a leaf without labels may state its lead and time in its own title;
 * - every leaf without a lead or a readable time is named in a warning.
 */

const MAX_CHILDREN = 200;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function childCode(parent: TaskNode, index: number): string {
  const existing = parent.children.length;
  if (parent.code === '') return String(existing + index + 1);
  const letter = LETTERS.charAt(index);
  return `${parent.code}.${letter === '' ? String(index + 1) : letter}`;
}

function taskLabel(node: TaskNode): string {
  return `Nhiệm vụ ${node.code} (dòng ${node.lineNumber})`;
}

/** Bullets with an assignment of their own become children; one alone gives its assignment to the task. */
function promoteAssignments(node: TaskNode, warnings: string[]): void {
  if (node.hasLabels) return;
  const assigned = node.entries.filter(
    (entry): entry is TaskEntry & { assignment: NonNullable<TaskEntry['assignment']> } =>
      entry.assignment !== null,
  );
  if (assigned.length === 0) return;
  if (assigned.length === 1 && node.children.length === 0 && node.code !== '') {
    const { assignment } = assigned[0] ?? { assignment: null };
    if (!assignment) return;
    node.lead = assignment.lead;
    node.coordinators = assignment.coordinators;
    node.timeText = assignment.timeText;
    warnings.push(`${taskLabel(node)}: cơ quan chủ trì và thời gian lấy từ câu văn, cần kiểm tra.`);
    return;
  }
  if (node.children.length > 0) return;
  const children = assigned.map((entry, index) => {
    const child = newTaskNode({
      code: childCode(node, index),
      title: trimClosing(entry.text.replace(/^- /, '')),
      lineNumber: entry.lineNumber,
      depth: node.depth + 1,
      lead: entry.assignment.lead,
      coordinators: entry.assignment.coordinators,
      timeText: entry.assignment.timeText,
      parent: node,
    });
    warnings.push(
      `${taskLabel(child)}: tách từ đoạn gạch đầu dòng, cơ quan chủ trì và thời gian lấy từ câu văn, cần kiểm tra.`,
    );
    return child;
  });
  node.entries = node.entries.filter((entry) => entry.assignment === null);
  node.children.push(...children);
}

/** A leaf without labels may still say who and when in its own words. */
function readOwnWords(node: TaskNode, warnings: string[]): void {
  if (node.children.length > 0 || node.hasLabels) return;
  if (node.lead.length === 0) {
    const assignment = readSentenceAssignment(node.title);
    if (assignment) {
      node.lead = assignment.lead;
      node.coordinators = assignment.coordinators;
      node.timeText = node.timeText ?? assignment.timeText;
      warnings.push(`${taskLabel(node)}: cơ quan chủ trì lấy từ tên nhiệm vụ, cần kiểm tra.`);
    }
  }
  if (node.timeText === null) {
    const time = [node.title, ...node.entries.map((entry) => entry.text)]
      .map((text) => findTimeExpression(text))
      .find((found) => found !== null);
    if (time) node.timeText = trimClosing(time.text);
  }
}

function warnAboutLeaf(node: TaskNode, warnings: string[]): void {
  if (node.children.length > 0) return;
  if (node.lead.length === 0) warnings.push(`${taskLabel(node)}: chưa xác định được cơ quan chủ trì.`);
  if (node.timeText === null) warnings.push(`${taskLabel(node)}: chưa xác định được thời gian thực hiện.`);
}

function toDraftTask(node: TaskNode, warnings: string[], codePrefix: string): DraftTask {
  const schedule = node.timeText === null ? null : parseSchedule(node.timeText);
  if (node.timeText !== null && schedule === null) {
    warnings.push(`${taskLabel(node)}: không đọc được thời gian ${quote(node.timeText)}.`);
  }
  const description = node.entries.map((entry) => entry.text).join('\n');
  if (node.children.length > MAX_CHILDREN) {
    warnings.push(`${taskLabel(node)}: có hơn ${MAX_CHILDREN} nhiệm vụ con, chỉ lấy ${MAX_CHILDREN}.`);
  }
  const title = node.title === '' ? `Nhiệm vụ ${node.code}` : node.title;
  if (node.title === '') warnings.push(`${taskLabel(node)}: không có tên nhiệm vụ.`);
  return {
    code: `${codePrefix}${node.code}`.slice(0, 32),
    title: title.slice(0, 2000),
    description: description === '' ? null : description.slice(0, 20_000),
    lead: unique(node.lead),
    coordinators: unique(node.coordinators),
    form: node.form === null ? null : node.form.slice(0, 300),
    timeText: node.timeText === null ? null : node.timeText.slice(0, 500),
    schedule,
    children: node.children.slice(0, MAX_CHILDREN).map((child) => finishNode(child, warnings, codePrefix)),
  };
}

function unique(names: string[]): string[] {
  return [...new Set(names)].slice(0, 200);
}

function finishNode(node: TaskNode, warnings: string[], codePrefix: string): DraftTask {
  promoteAssignments(node, warnings);
  readOwnWords(node, warnings);
  warnAboutLeaf(node, warnings);
  return toDraftTask(node, warnings, codePrefix);
}

/** The draft tasks of a content section's tree; `codePrefix` tells sections apart when a plan has several. */
export function finishTasks(root: TaskNode, warnings: string[], codePrefix = ''): DraftTask[] {
  promoteAssignments(root, warnings);
  return root.children.map((child) => finishNode(child, warnings, codePrefix));
}
