// The demo inventory a new user opens first: a fictional Regio Foodvalley inventory written through the real
// contract (an in-process core), so every row passes the same validation as what the UI writes. A fixed seed makes
// the content the same on every run; only ids and timestamps differ.
import fs from 'node:fs';
import type { Client } from '../../../shared/contract/client';
import type { Guide } from '../../../shared/contract/fieldwork';
import type { Language } from '../../../shared/i18n/languages';
import { ConfigStore, type AppConfig, type RecentEntry } from '../config';
import { writable, type WritableDb } from '../db/file';
import { createInProcessCore } from '../in-process';
import { AnswerWriter, type DemoQuestion } from './answers';
import { inventoryFields, recommendations, session, sessionNotes, sessionParticipants } from './engagement';
import { NotePicker, noteKindsFor } from './notes';
import { bandOf, interviewers, interviewPlan, levelOn, municipalities, municipality, overallBand, respondents, type Band, type DemoMunicipality, type DemoRole } from './profiles';
import { seededRandom } from './random';
import { fieldworkInstant } from './timeline';

const SEED = 20260521;

export interface DemoOptions {
  /** Language of the inventory and its framing texts; interview answers and notes are Dutch either way. */
  readonly language?: Language;
  /** Settings folder of the core that writes the file; the user's own when omitted. */
  readonly configDir?: string;
}

/**
 * Settings as the demo's core sees them: the author of each change is the consultant who did that part of the
 * fieldwork, and the demo file is not added to the user's recent files (the caller opens it when it wants to).
 */
class DemoSettings extends ConfigStore {
  author = interviewers.lead as string;

  override get(): Readonly<AppConfig> {
    return { ...super.get(), authorName: this.author };
  }

  override rememberRecent(_entry: RecentEntry): void {}
}

/** Writes the demo inventory to `file`, which must not exist yet. A failed run leaves no file behind. */
export async function createDemoInventory(file: string, options: DemoOptions = {}): Promise<void> {
  const language = options.language ?? 'nl';
  const settings = new DemoSettings(options.configDir);
  const { client, session } = createInProcessCore({ configDir: options.configDir, env: { config: settings } });
  const opened = await client.call('files.create', { path: file, fields: inventoryFields(language), template: 'default' });
  // Some 700 small transactions: a full fsync after each would make the demo take seconds. The file is written in
  // one go and removed if anything fails, so it is synced once at the end instead.
  session.requireFile().db.pragma('synchronous = OFF');
  try {
    const noteTimes = await fillInventory(client, settings, language);
    dateNotes(writable(session.requireFile()), noteTimes);
  } catch (error) {
    await client.call('files.close');
    fs.rmSync(opened.path, { force: true });
    throw error;
  }
  await client.call('files.close');
  const fd = fs.openSync(opened.path, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function shiftDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The respondent's band on the theme of a question: sections 1–8 follow dimensions D1–D8, section 9 is overall. */
function bandAtQuestion(m: DemoMunicipality, role: DemoRole): (question: string) => Band {
  return (question) => {
    const section = Number(question.split('.')[0]);
    return section >= 1 && section <= 8 ? bandOf(levelOn(m, role, `D${section}`)) : overallBand(m, role);
  };
}

function demoQuestions(guide: Guide, role: DemoRole): (DemoQuestion & { id: string })[] {
  const dimensionCodes = new Map(guide.dimensions.map((d) => [d.id, d.code]));
  return guide.sections
    .flatMap((s) => s.questions)
    .filter((q) => q.roles.length === 0 || q.roles.includes(role))
    .map((q) => ({ id: q.id, code: q.code, type: q.type, dimension: q.dimensionId ? (dimensionCodes.get(q.dimensionId) ?? null) : null, maxChoices: q.maxChoices }));
}

/** A note and when it was made in the fictional fieldwork. */
interface NoteTime {
  readonly id: string;
  readonly at: string;
}

/** Minutes into an interview (or the session's discussion) at which its n-th note was made. */
const noteMinute = (n: number) => 12 + n * 9;
/** The session's "knelpunten en kansen" item on the agenda starts at 14.10. */
const SESSION_NOTES_START = '14:10';

async function fillInventory(client: Client, settings: DemoSettings, language: Language): Promise<NoteTime[]> {
  const noteTimes: NoteTime[] = [];
  const random = seededRandom(SEED);
  const guide = await client.call('guide.get');
  const codeIds = new Map(guide.codes.map((c) => [c.code, c.id]));
  const codeId = (code: string) => {
    const id = codeIds.get(code);
    if (!id) throw new Error(`the codebook has no code ${code}`);
    return id;
  };
  const bottleneckCodes = guide.codes.filter((c) => c.polarity === 'knelpunt' || c.polarity === 'both').map((c) => c.code);
  const answers = new AnswerWriter(random, codeIds, bottleneckCodes);
  const notes = new NotePicker(random);

  const organisationIds = new Map<string, string>();
  for (const m of municipalities) {
    const organisation = await client.call('organisations.create', { fields: { name: `Gemeente ${m.name}`, kind: 'municipality', notes: m.notes[language] } });
    organisationIds.set(m.key, organisation.id);
  }

  const respondentIds = new Map<string, string>();
  const interviewDate = (key: string, role: DemoRole) => {
    const plan = interviewPlan.find((i) => i.municipality === key && i.role === role);
    if (!plan) throw new Error(`no interview planned for ${key}/${role}`);
    return plan.scheduledAt.slice(0, 10);
  };
  for (const person of respondents) {
    const m = municipality(person.municipality);
    const heldOn = interviewDate(m.key, person.role);
    const created = await client.call('respondents.create', {
      fields: {
        organisationId: organisationIds.get(m.key)!,
        name: person.name,
        role: person.role,
        jobTitle: person.jobTitle[language],
        department: person.department[language],
        email: `${person.mailName}@${m.name.toLowerCase()}.example.nl`,
        consentInterview: true,
        // Agreed by e-mail when the interview was planned; recording and quotes asked at the start of the interview.
        consentInterviewOn: shiftDate(heldOn, -random.int(3, 9)),
        consentRecording: person.consentRecording,
        consentRecordingOn: person.consentRecording ? heldOn : '',
        consentQuoteByName: person.consentQuoteByName,
        consentQuoteOn: person.consentQuoteByName ? heldOn : '',
        notes: person.notes[language],
      },
    });
    respondentIds.set(`${m.key}/${person.role}`, created.id);
  }

  for (const [n, plan] of interviewPlan.entries()) {
    const m = municipality(plan.municipality);
    settings.author = plan.interviewer;
    const location =
      plan.mode === 'in_person' ? (language === 'nl' ? `Gemeentehuis ${m.name}` : `Town hall, ${m.name}`) : plan.mode === 'video' ? 'Microsoft Teams' : language === 'nl' ? 'Telefonisch' : 'By phone';
    const interview = await client.call('interviews.create', {
      fields: {
        organisationId: organisationIds.get(m.key)!,
        respondentIds: [respondentIds.get(`${m.key}/${plan.role}`)!],
        interviewer: plan.interviewer,
        scheduledAt: plan.scheduledAt,
        location,
        mode: plan.mode,
      },
    });
    await client.call('interviews.start', { id: interview.id });
    const { guide: frozen } = await client.call('interviews.workspace', { id: interview.id });
    const questions = demoQuestions(frozen, plan.role);
    answers.beginInterview();
    for (const question of questions) {
      const answer = answers.answer(question, m, plan.role);
      await client.call('answers.save', { interviewId: interview.id, questionId: question.id, ...answer });
    }
    const questionId = (code: string) => questions.find((q) => q.code === code)?.id ?? null;
    for (const [index, kind] of noteKindsFor(n).entries()) {
      const picked = notes.pick(kind, bandAtQuestion(m, plan.role), m.key, plan.role);
      const note = await client.call('notes.create', {
        fields: { kind, text: picked.text, interviewId: interview.id, questionId: questionId(picked.question), codeIds: picked.codes.map(codeId) },
      });
      noteTimes.push({ id: note.id, at: fieldworkInstant(plan.scheduledAt, noteMinute(index)) });
    }
    await client.call('interviews.update', {
      id: interview.id,
      patch: { status: plan.status, elapsedSeconds: random.int(45, 80) * 60 + random.int(0, 59), summary: plan.summary[language] },
    });
  }

  settings.author = interviewers.lead;
  const knowledgeSession = await client.call('sessions.create', {
    fields: {
      title: session.title[language],
      heldOn: session.heldOn,
      location: session.location[language],
      participantIds: sessionParticipants.map(([key, role]) => respondentIds.get(`${key}/${role}`)!),
      otherParticipants: session.otherParticipants[language],
      agenda: session.agenda[language],
      outcomes: session.outcomes[language],
    },
  });
  settings.author = interviewers.second;
  for (const [index, outcome] of sessionNotes.entries()) {
    const note = await client.call('notes.create', {
      fields: { kind: outcome.kind, text: outcome.text[language], sessionId: knowledgeSession.id, codeIds: outcome.codes.map(codeId) },
    });
    noteTimes.push({ id: note.id, at: fieldworkInstant(`${session.heldOn}T${SESSION_NOTES_START}`, noteMinute(index) - 12) });
  }

  settings.author = interviewers.lead;
  for (const recommendation of recommendations) {
    await client.call('recommendations.create', {
      fields: {
        text: recommendation.text[language],
        addressedTo: recommendation.addressedTo,
        organisationId: recommendation.municipality ? organisationIds.get(recommendation.municipality)! : null,
        priority: recommendation.priority,
        codeIds: recommendation.codes.map(codeId),
      },
    });
  }
  return noteTimes;
}

/**
 * Dates each note to its moment in the fieldwork instead of the moment the demo was written: the notes list and the
 * interview pages show when a note was made. Only the row's own timestamps change; they are not fields a user
 * edits and not part of the change log, so merging is unaffected.
 */
function dateNotes(db: WritableDb, noteTimes: readonly NoteTime[]): void {
  const stamp = db.prepare('UPDATE notes SET created_at = ?, updated_at = ? WHERE id = ?');
  db.transaction(() => {
    for (const { id, at } of noteTimes) {
      if (stamp.run(at, at, id).changes !== 1) throw new Error(`demo note ${id} was not found`);
    }
  })();
}
