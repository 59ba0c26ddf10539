// The Large synthetic inventory: 50 organisations, 200 respondents, 1,000 held interviews with 40,000 answers, 20,000
// notes and some 5,000 coded segments, in Dutch text with a large vocabulary. Seeded, so every run builds the same
// content (ids and timestamps aside). Rows are written through the entity gateway and the change log, exactly as the
// app stores them (guide snapshots included), in one transaction, so merges and reports can reuse this file.
// Usage: `await buildLargeInventory(path)`; the file must not exist.
import path from 'node:path';
import type { Guide, Question } from '../../shared/contract/fieldwork';
import { createInProcessCore } from '../../electron/core/in-process';
import { recordFieldChanges } from '../../electron/core/db/changes';
import { insertEntity } from '../../electron/core/db/entities';
import { writable } from '../../electron/core/db/file';
import { openAnswers } from '../../electron/core/demo/open-answers';
import { interviewNotes } from '../../electron/core/demo/notes';
import { scaleExplanations } from '../../electron/core/demo/explanations';
import { seededRandom, type Random } from '../../electron/core/demo/random';
import { organisationSpec } from '../../electron/core/organisations/organisations';
import { respondentSpec } from '../../electron/core/people/respondents';
import { interviewSpec } from '../../electron/core/interviews/interviews';
import { noteSpec } from '../../electron/core/notes/notes';
import { segmentSpec } from '../../electron/core/coding/segments';
import type { WriteContext } from '../../electron/core/unit-of-work';

export const LARGE = { organisations: 50, interviewsPerOrganisation: 20, answersPerInterview: 40, notesPerInterview: 20 } as const;
const SEED = 20261201;

export interface LargeFacts {
  readonly path: string;
  readonly organisations: number;
  readonly respondents: number;
  readonly interviews: number;
  readonly answers: number;
  readonly notes: number;
  readonly segments: number;
  readonly vocabulary: number;
  /** Words for the search bench, picked from the vocabulary by frequency. */
  readonly words: { readonly common: string; readonly rare: string; readonly prefix: string; readonly phrase: string };
}

// Text ----------------------------------------------------------------------------------------------------------

function stringsIn(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;

/**
 * The demo's Dutch interview texts give the sentences and the word frequencies; compounds of their words (as Dutch
 * forms them freely: "inkoop" + "strategie") give the long tail of rare words.
 */
class DutchText {
  readonly vocabulary: string[];
  private readonly cumulative: Float64Array;
  private readonly sentences: string[];

  constructor(private readonly random: Random) {
    const corpus = stringsIn([openAnswers, interviewNotes.map((n) => n.text), scaleExplanations], []).map((s) => s.replace(/\{g\}/g, 'de gemeente'));
    this.sentences = corpus.flatMap((text) => text.split(/(?<=[.!?])\s+/u)).filter((s) => s.length > 20);
    const counts = new Map<string, number>();
    for (const text of corpus) for (const word of text.toLowerCase().match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
    const stems = ranked.filter((w) => w.length >= 5 && !w.includes('-')).slice(0, 400);
    const compounds = new Set<string>();
    while (compounds.size < 6000) compounds.add(`${random.pick(stems)}${random.pick(stems)}`);
    this.vocabulary = [...ranked, ...[...compounds].filter((c) => !counts.has(c))];
    // Zipf's law: the word of rank r is drawn with weight 1/r.
    this.cumulative = new Float64Array(this.vocabulary.length);
    let total = 0;
    this.vocabulary.forEach((_, rank) => {
      total += 1 / (rank + 1);
      this.cumulative[rank] = total;
    });
  }

  word(): string {
    const target = this.random.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return this.vocabulary[low]!;
  }

  /** One sentence: a third are sentences from the interviews, the rest drawn word by word. */
  sentence(): string {
    if (this.random.chance(0.35)) return this.random.pick(this.sentences);
    const words = Array.from({ length: this.random.int(6, 18) }, () => this.word());
    const first = words[0]!;
    words[0] = first.charAt(0).toLocaleUpperCase('nl') + first.slice(1);
    return `${words.join(' ')}.`;
  }

  text(sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(' ');
  }
}

const placeHeads = ['Noord', 'Zuid', 'Oost', 'West', 'Groot', 'Klein', 'Nieuw', 'Oud', 'Hoog', 'Laag'];
const placeTails = ['veen', 'dijk', 'horst', 'wijk', 'broek', 'loo', 'haven', 'berg', 'dam', 'hoeven'];
const firstNames = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Fleur', 'Gijs', 'Hanna', 'Ilse', 'Jan', 'Koen', 'Lotte', 'Mees', 'Noor', 'Olaf', 'Pien', 'Ruben', 'Sara', 'Tim', 'Vera'];
const lastNames = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker'];

// Writing -------------------------------------------------------------------------------------------------------

function answerValue(random: Random, question: Question, level: number, codes: { id: string; polarity: string }[], text: DutchText): unknown {
  switch (question.type) {
    case 'scale':
      return Math.max(1, Math.min(5, level + random.int(-1, 1)));
    case 'open':
      return text.text(random.int(1, 4));
    case 'yesno':
      return random.chance(0.5);
    case 'number':
      return random.int(0, 40);
    case 'single': {
      const keys = question.choicesFromCodebook ? codes.filter((c) => c.polarity === question.choicesFromCodebook || c.polarity === 'both').map((c) => c.id) : question.options.map((o) => o.key);
      return random.pick(keys);
    }
    case 'multi': {
      const keys = question.choicesFromCodebook ? codes.filter((c) => c.polarity === question.choicesFromCodebook || c.polarity === 'both').map((c) => c.id) : question.options.map((o) => o.key);
      return random.shuffle(keys).slice(0, Math.min(keys.length, question.maxChoices ?? 3, random.int(1, 3)));
    }
  }
}

/** Writes the Large inventory to `file` (which must not exist) and returns what it holds. */
export async function buildLargeInventory(file: string, options: { configDir?: string } = {}): Promise<LargeFacts> {
  const random = seededRandom(SEED);
  const text = new DutchText(random);
  const { client, session } = createInProcessCore({ configDir: options.configDir ?? path.join(path.dirname(file), 'large-config') });
  await client.call('files.create', { path: file, fields: { title: 'Inventarisatie circulair inkopen (Large)', client: 'Bench', region: 'Synthetisch' }, template: 'default' });
  const opened = session.requireFile();
  const db = writable(opened);
  db.pragma('synchronous = OFF');
  const guide: Guide = await client.call('guide.get');
  const snapshot = JSON.stringify(guide);
  const questions = guide.sections.flatMap((s) => s.questions);
  const asked = questions.slice(0, LARGE.answersPerInterview);
  const codes = guide.codes.map((c) => ({ id: c.id, polarity: c.polarity }));
  const dimensionCodes = new Map(guide.dimensions.map((d) => [d.id, d.code]));
  const ctx: WriteContext = { db, clock: opened.clock, author: session.author };
  const counts = { respondents: 0, interviews: 0, answers: 0, notes: 0, segments: 0 };

  db.transaction(() => {
    const places = random.shuffle(placeHeads.flatMap((h) => placeTails.map((t) => `${h}${t}`))).slice(0, LARGE.organisations);
    const insertAnswer = db.prepare('INSERT INTO answers (interview_id, question_id, value, no_answer, explanation, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const freeze = db.prepare("UPDATE interviews SET guide_snapshot = ?, started_at = ? WHERE id = ?");
    places.forEach((place, o) => {
      const organisationId = insertEntity(db, ctx.clock, ctx.author, organisationSpec, { name: `Gemeente ${place}`, kind: 'municipality', notes: '' });
      // Each organisation has its own maturity profile per dimension, policy a little ahead of procurement on goals.
      const profile = new Map([...dimensionCodes.values()].map((code) => [code, random.int(1, 5)]));
      const people = (['procurement', 'procurement', 'policy', 'policy'] as const).map((role) => {
        counts.respondents += 1;
        return {
          role,
          id: insertEntity(db, ctx.clock, ctx.author, respondentSpec, {
            organisationId,
            name: `${random.pick(firstNames)} ${random.pick(lastNames)}`,
            role,
            jobTitle: role === 'procurement' ? 'Inkoopadviseur' : 'Beleidsadviseur duurzaamheid',
            department: '',
            email: '',
            phone: '',
            consentInterview: true,
            consentInterviewOn: '2026-02-01',
            consentRecording: random.chance(0.5),
            consentRecordingOn: '',
            consentQuoteByName: random.chance(0.3),
            consentQuoteOn: '',
            notes: '',
          }),
        };
      });
      for (let i = 0; i < LARGE.interviewsPerOrganisation; i += 1) {
        const person = people[i % people.length]!;
        const day = String(1 + ((o + i) % 28)).padStart(2, '0');
        const interviewId = insertEntity(db, ctx.clock, ctx.author, interviewSpec, {
          organisationId,
          respondentIds: [person.id],
          interviewer: 'Bench',
          scheduledAt: `2026-03-${day}T10:00`,
          location: '',
          mode: 'in_person',
          status: random.pick(['held', 'processed', 'validated'] as const),
          elapsedSeconds: random.int(1800, 5400),
          summary: text.text(2),
        });
        const startedAt = `2026-03-${day}T10:00:00.000Z`;
        freeze.run(snapshot, startedAt, interviewId);
        recordFieldChanges(db, ctx.clock, ctx.author, 'interviews', interviewId, { guideSnapshot: guide, startedAt });
        counts.interviews += 1;
        const openAnswers: { sourceId: string; text: string }[] = [];
        for (const question of asked) {
          const dimension = question.dimensionId ? dimensionCodes.get(question.dimensionId)! : null;
          const level = (dimension ? profile.get(dimension)! : 3) + (person.role === 'policy' && dimension === 'D1' ? 1 : 0);
          const noAnswer = question.type === 'scale' && random.chance(0.06) ? random.pick(['not_applicable', 'dont_know'] as const) : null;
          const value = noAnswer ? null : answerValue(random, question, level, codes, text);
          const explanation = random.chance(0.5) ? text.text(random.int(1, 2)) : '';
          insertAnswer.run(interviewId, question.id, value === null ? null : JSON.stringify(value), noAnswer, explanation, startedAt);
          recordFieldChanges(db, ctx.clock, ctx.author, 'answers', `${interviewId}/${question.id}`, { value, noAnswer, explanation });
          counts.answers += 1;
          if (typeof value === 'string' && question.type === 'open') openAnswers.push({ sourceId: `${interviewId}/${question.id}`, text: value });
        }
        const kinds = ['observation', 'kans', 'knelpunt', 'knelpunt', 'quote', 'action'] as const;
        const notes: { id: string; text: string }[] = [];
        for (let n = 0; n < LARGE.notesPerInterview; n += 1) {
          const kind = random.pick(kinds);
          const wanted = kind === 'kans' ? 'kans' : kind === 'knelpunt' ? 'knelpunt' : null;
          const pool = wanted ? codes.filter((c) => c.polarity === wanted || c.polarity === 'both') : codes;
          const codeIds = kind === 'observation' && random.chance(0.5) ? [] : random.shuffle(pool).slice(0, random.int(1, 2)).map((c) => c.id);
          const noteText = kind === 'quote' ? `“${text.text(random.int(1, 2))}”` : text.text(random.int(1, 3));
          const id = insertEntity(db, ctx.clock, ctx.author, noteSpec, { kind, text: noteText, interviewId, questionId: random.pick(questions).id, sessionId: null, codeIds, author: 'Bench' });
          notes.push({ id, text: noteText });
          counts.notes += 1;
        }
        // About five coded segments per interview: a stretch of words in an open answer or a note.
        const codable = [...openAnswers.map((a) => ({ kind: 'answer' as const, ...a })), ...notes.map((n) => ({ kind: 'note' as const, sourceId: n.id, text: n.text }))];
        for (let s = 0; s < 5 && codable.length; s += 1) {
          const source = random.pick(codable);
          const spaces = [...source.text.matchAll(/ /g)].map((m) => m.index!);
          const from = spaces.length ? random.pick(spaces) + 1 : 0;
          const to = Math.min(source.text.length, from + random.int(15, 80));
          if (to <= from) continue;
          insertEntity(db, ctx.clock, ctx.author, segmentSpec, {
            sourceKind: source.kind,
            sourceId: source.sourceId,
            field: source.kind === 'answer' ? 'value' : 'text',
            start: from,
            end: to,
            codedText: source.text.slice(from, to),
            codeId: random.pick(codes).id,
            textRemoved: false,
            memo: '',
            useByName: false,
          });
          counts.segments += 1;
        }
      }
    });
  })();
  await client.call('files.close');

  const v = text.vocabulary;
  return {
    path: file,
    organisations: LARGE.organisations,
    ...counts,
    vocabulary: v.length,
    words: { common: 'gemeente', rare: v[v.length - 17]!, prefix: 'circul', phrase: 'circulair inkopen' },
  };
}
