import { describe, expect, it } from 'vitest';
import { PROCEDURE_STEPS } from './procedure-steps.ts';
import { lateSteps, missingDossierItems, scheduleSteps, stepDeadlines } from './procedures.ts';
import { defaultHolidays } from './working-days.ts';

const holidays = [2024, 2025].flatMap(defaultHolidays);
const dueOf = (deadlines: { key: string; dueOn: string }[]) =>
  Object.fromEntries(deadlines.map(({ key, dueOn }) => [key, dueOn]));

describe('the procedures as data', () => {
  it('attach the forms to their steps', () => {
    const forms = (kind: keyof typeof PROCEDURE_STEPS) => PROCEDURE_STEPS[kind].flatMap((step) => step.forms);
    expect(forms('selection')).toEqual(['mau_01']);
    expect(forms('recognition')).toEqual(['mau_05', 'mau_06', 'mau_08']);
    expect(forms('leaving')).toEqual(['mau_07', 'mau_08']);
  });
  it('mark which deadlines the Circular sets', () => {
    const recognition = PROCEDURE_STEPS.recognition;
    expect(recognition.map((step) => [step.key, step.workingDays, step.isDeadlineChosen])).toEqual([
      ['proposal_sent', 5, false],
      ['decision_signed', 5, false],
      ['decision_posted', 1, true],
    ]);
  });
});

describe('stepDeadlines', () => {
  it('gives recognition 5 + 5 working days from the selection minutes', () => {
    // Monday 01/7/2024 → Monday 08/7 → Monday 15/7.
    expect(dueOf(stepDeadlines('recognition', '2024-07-01', holidays))).toEqual({
      proposal_sent: '2024-07-08',
      decision_signed: '2024-07-15',
      decision_posted: '2024-07-16',
    });
  });

  it('counts across Tết 2025 without the nine days off', () => {
    // Wed 22/01/2025: Thu 23, Fri 24, then Mon 03/02, Tue 04, Wed 05.
    expect(dueOf(stepDeadlines('recognition', '2025-01-22', holidays))).toMatchObject({
      proposal_sent: '2025-02-05',
      decision_signed: '2025-02-12',
    });
  });

  it('lays out the selection and lets the plan set the dossier period', () => {
    expect(dueOf(stepDeadlines('selection', '2024-07-01', holidays))).toEqual({
      plan_approved: '2024-07-08',
      plan_posted: '2024-07-09',
      dossiers_closed: '2024-07-23',
      applicants_posted: '2024-07-25',
      selection_meeting: '2024-08-01',
    });
    expect(dueOf(stepDeadlines('selection', '2024-07-01', holidays, { dossiers_closed: 15 }))).toMatchObject({
      dossiers_closed: '2024-07-30',
    });
  });

  it('gives leaving a review and a submission within 5 working days, then the decision within 5', () => {
    expect(dueOf(stepDeadlines('leaving', '2024-08-28', holidays))).toEqual({
      // Wed 28/8/2024: Thu 29, Fri 30, (2–3/9 Quốc khánh) Wed 04/9, Thu 05, Fri 06.
      review_done: '2024-09-06',
      submission_sent: '2024-09-06',
      decision_signed: '2024-09-13',
    });
  });
});

describe('scheduleSteps and lateSteps', () => {
  const leaving = (steps: { key: string; doneOn: string | null }[]) => ({
    kind: 'leaving' as const,
    startedOn: '2024-07-01',
    steps,
  });

  it('counts a step from the day the step before it was done', () => {
    const schedule = scheduleSteps(
      leaving([{ key: 'submission_sent', doneOn: '2024-07-03' }]),
      '2024-07-04',
      holidays,
    );
    expect(schedule.map(({ key, dueOn, status }) => [key, dueOn, status])).toEqual([
      ['review_done', '2024-07-08', 'open'],
      ['submission_sent', '2024-07-08', 'done'],
      ['decision_signed', '2024-07-10', 'open'],
    ]);
  });

  it('shows an open step past its due date as overdue, with the working days it is late', () => {
    const progress = leaving([
      { key: 'review_done', doneOn: '2024-07-03' },
      { key: 'submission_sent', doneOn: '2024-07-03' },
      { key: 'decision_signed', doneOn: null },
    ]);
    expect(lateSteps(progress, '2024-07-10', holidays)).toEqual([]);
    const [late] = lateSteps(progress, '2024-07-15', holidays);
    expect(late).toMatchObject({
      key: 'decision_signed',
      dueOn: '2024-07-10',
      status: 'overdue',
      workingDaysLate: 3,
    });
  });

  it('keeps a step done after its due date as done late, not on the dashboard', () => {
    const progress = leaving([{ key: 'review_done', doneOn: '2024-07-09' }]);
    const [review] = scheduleSteps(progress, '2024-07-09', holidays);
    expect(review).toMatchObject({ status: 'done_late', workingDaysLate: 1 });
    // The review is done (late); the submission, due the same day and not done, is what the dashboard shows.
    expect(lateSteps(progress, '2024-07-09', holidays).map((step) => step.key)).toEqual(['submission_sent']);
  });
});

describe('missingDossierItems', () => {
  it('lists the papers still missing', () => {
    expect(
      missingDossierItems({
        hasApplication: true,
        hasPersonalHistory: false,
        hasHealthCertificate: true,
        hasEducationCertificate: false,
      }),
    ).toEqual(['personal_history', 'education_certificate']);
  });
});
