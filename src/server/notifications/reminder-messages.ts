import { formatVietnameseDate } from '../../domain/common/dates.ts';

/** Why a reminder goes out: before the due date, on it, after it, or by a coordinator's hand. */
export type ReminderKind = 'before' | 'due' | 'overdue' | 'manual';

/** The owed period a reminder is about, with what the message names. */
export interface OwedPeriodFacts {
  planId: string;
  planNumber: string | null;
  planTitle: string;
  taskCode: string;
  taskTitle: string;
  assignmentRole: 'lead' | 'coordinator';
  unitName: string;
  periodLabel: string;
  dueDate: string;
}

export interface ReminderText {
  kind: ReminderKind;
  /** Days from today to the due date; negative when late. */
  daysUntilDue: number;
  /** Who sent a manual reminder, e.g. "Nguyễn Văn A (Công an tỉnh)". */
  sender?: string;
}

export interface ReminderMessage {
  title: string;
  /** Short text for the bell. */
  inAppBody: string;
  emailSubject: string;
  /** The letter, with an absolute link. */
  emailBody: string;
  /** Path in the web app. */
  link: string;
}

const TITLE_PREFIX: Record<ReminderKind, string> = {
  before: 'Sắp đến hạn báo cáo',
  due: 'Hôm nay đến hạn báo cáo',
  overdue: 'Quá hạn báo cáo',
  manual: 'Đôn đốc báo cáo',
};

const ROLE_TEXT = { lead: 'chủ trì', coordinator: 'phối hợp thực hiện' } as const;

function planName(facts: OwedPeriodFacts): string {
  return facts.planNumber ? `Kế hoạch số ${facts.planNumber}` : `Kế hoạch "${facts.planTitle}"`;
}

function dueStatus(daysUntilDue: number): string {
  if (daysUntilDue > 0) return `còn ${daysUntilDue} ngày`;
  if (daysUntilDue === 0) return 'hôm nay là hạn cuối';
  return `đã quá hạn ${-daysUntilDue} ngày`;
}

function request(text: ReminderText): string {
  if (text.kind === 'manual') {
    const who = text.sender ? `${text.sender} đề nghị` : 'Đề nghị';
    return `${who} đơn vị khẩn trương cập nhật kết quả và gửi báo cáo.`;
  }
  if (text.kind === 'before') return 'Đề nghị đơn vị hoàn thành và gửi báo cáo đúng hạn.';
  if (text.kind === 'due') return 'Đề nghị đơn vị gửi báo cáo trong ngày hôm nay.';
  return 'Đề nghị đơn vị khẩn trương gửi báo cáo.';
}

/** The Vietnamese texts of one reminder: plan number, task code and title, period, due date, link. */
export function buildReminderMessage(
  facts: OwedPeriodFacts,
  text: ReminderText,
  publicUrl: string,
): ReminderMessage {
  const due = formatVietnameseDate(facts.dueDate);
  const link = `/plans/${facts.planId}`;
  const title = `${TITLE_PREFIX[text.kind]} nhiệm vụ ${facts.taskCode} (${planName(facts)}) – hạn ${due}`;
  const task = `nhiệm vụ ${facts.taskCode} "${facts.taskTitle}"`;
  const period = `Kỳ báo cáo: ${facts.periodLabel}; hạn gửi báo cáo: ${due} (${dueStatus(text.daysUntilDue)}).`;
  const inAppBody = [
    `${planName(facts)}, ${task}.`,
    period,
    `${facts.unitName} chưa gửi báo cáo kỳ này. ${request(text)}`,
  ].join('\n');
  const emailBody = [
    `Kính gửi: ${facts.unitName}`,
    '',
    `Thực hiện ${planName(facts)} "${facts.planTitle}", đơn vị được giao ${ROLE_TEXT[facts.assignmentRole]} ${task}.`,
    period,
    `Đến nay đơn vị chưa gửi báo cáo kỳ này. ${request(text)}`,
    '',
    `Cập nhật và gửi báo cáo tại: ${publicUrl}${link}`,
    '',
    '--',
    'Thư tự động của hệ thống ANTT Cơ sở; vui lòng không trả lời thư này.',
  ].join('\n');
  return { title, inAppBody, emailSubject: `[ANTT Cơ sở] ${title}`, emailBody, link };
}
