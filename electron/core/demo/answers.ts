// Turns a respondent's maturity profile into answers to the default guide: scale levels with a little noise,
// choices that fit the profile, and open answers drawn once each from the bank.
import type { AnswerValue } from '../../../shared/contract/fieldwork';
import type { Level } from '../../../shared/template/types';
import { answerOverrides, scaleExplanations } from './explanations';
import { openAnswers, type Voice } from './open-answers';
import { bandOf, levelOn, overallBand, type Band, type DemoMunicipality, type DemoRole } from './profiles';
import type { Random } from './random';

export interface DemoQuestion {
  readonly code: string;
  readonly type: 'open' | 'scale' | 'single' | 'multi' | 'yesno' | 'number';
  /** 'D1'..'D8', or null. */
  readonly dimension: string | null;
  readonly maxChoices: number | null;
}

export interface DemoAnswer {
  readonly value?: AnswerValue;
  readonly noAnswer?: 'dont_know' | 'not_applicable';
  readonly explanation?: string;
}

/** Scale questions that usually score a level below their dimension: contract follow-up, capacity, measured effects. */
const scaleShift: Readonly<Record<string, number>> = { '4.5': -1, '7.2': -1, '8.2': -1 };
/** Scale questions that carry the story of the case (goals, embedding, the policy–procurement link): no noise. */
const steadyScales: ReadonlySet<string> = new Set(['1.3', '2.2', '3.3']);

/** The dimension (and shift) whose level picks the band of an open answer; the rest use the overall band. */
const openDimension: Readonly<Record<string, readonly [string, number]>> = {
  '1.1': ['D1', 0], '2.5': ['D2', 0], '3.5': ['D3', 0], '4.6': ['D4', 0], '6.5': ['D6', 0], '7.4': ['D7', 0], '8.4': ['D8', 0],
  // Verification is contract management, which scores like 4.5.
  '5.5': ['D4', -1],
};

/** Knelpunt codes that weigh more for a band, and for procurement (p) or policy (b) voices. */
const bottleneckWeights: Readonly<Record<Band, Readonly<Record<string, number>>>> = {
  1: { CAP: 3, KENNIS: 2, DEF: 1.5, BESTUUR: 1 },
  2: { EIGEN: 1.5, VERB: 1.5, KOSTEN: 1.5, DOEL: 1, CAP: 1 },
  3: { BORG: 1.5, KLEIN: 1, MONI: 1.5, EIGEN: 1, VERB: 1 },
  4: { MONI: 2, MARKT: 1.5, BORG: 1, KOSTEN: 1 },
};
const voiceWeights: Readonly<Record<DemoRole, Readonly<Record<string, number>>>> = {
  procurement: { EIGEN: 1.5, JURID: 1, KOSTEN: 1, KLEIN: 0.5, BORG: 0.5 },
  policy: { VERB: 1.5, DOEL: 1, BESTUUR: 1, MONI: 0.5 },
};

/** Product groups (5.1 option keys) a 4.6 answer about past tenders mentions; 5.1 then names them too. */
const productMentions: readonly (readonly [RegExp, string])[] = [
  [/werkkleding|kleding/i, 'bedrijfskleding'],
  [/meubilair|kantoorinrichting|inrichting/i, 'meubilair'],
  [/\bICT\b|laptops/, 'ict'],
  [/catering/i, 'catering'],
  [/schoonmaak/i, 'schoonmaak'],
  [/GWW|asfalt|wegen|fietspad|fietsbrug/, 'gww'],
  [/kantoorartikelen/i, 'kantoorartikelen'],
  [/kazerne|scholen/i, 'gebouwen'],
];

function clampLevel(n: number): Level {
  return Math.min(5, Math.max(1, Math.round(n))) as Level;
}

export class AnswerWriter {
  private readonly usedOpen = new Map<string, Set<number>>();
  private readonly usedExplanations = new Map<string, number>();
  /** Product groups the current respondent mentioned in 4.6. */
  private mentionedGroups: string[] = [];

  /** `codeIds` maps codebook codes (e.g. 'CAP') to their ids, for 9.2; `bottleneckCodes` are the codes 9.2 may pick. */
  constructor(
    private readonly random: Random,
    private readonly codeIds: ReadonlyMap<string, string>,
    private readonly bottleneckCodes: readonly string[],
  ) {}

  /** Forgets what the previous respondent said; call before each interview. */
  beginInterview(): void {
    this.mentionedGroups = [];
  }

  answer(question: DemoQuestion, m: DemoMunicipality, role: DemoRole): DemoAnswer {
    const override = answerOverrides[`${m.key}/${role}/${question.code}`];
    if (override?.noAnswer) return { noAnswer: override.noAnswer, explanation: override.explanation };
    switch (question.type) {
      case 'open':
        return { value: this.openAnswer(question.code, m, role) };
      case 'scale': {
        const level = this.scaleLevel(question, m, role);
        const explanation = this.random.chance(0.65) ? this.scaleExplanation(question.code, level) : undefined;
        return explanation ? { value: level, explanation } : { value: level };
      }
      case 'single':
      case 'multi':
      case 'yesno': {
        const value = override?.value !== undefined ? override.value : this.choice(question, m, role);
        return override ? { value, explanation: override.explanation } : { value };
      }
      case 'number':
        throw new Error(`the demo has no answers for number question ${question.code}`);
    }
  }

  private scaleLevel(question: DemoQuestion, m: DemoMunicipality, role: DemoRole): Level {
    const base = question.dimension ? levelOn(m, role, question.dimension) : m.marketReadiness;
    const noise = this.random.next();
    // A respondent now and then scores a question a level off their profile, but never up to 'leading' by chance.
    let drift = noise < 0.08 ? -1 : noise >= 0.92 && base < 4 ? 1 : 0;
    if (steadyScales.has(question.code)) drift = 0;
    return clampLevel(base + (scaleShift[question.code] ?? 0) + drift);
  }

  private scaleExplanation(code: string, level: Level): string | undefined {
    const options = scaleExplanations[code]?.[level];
    if (!options || options.length === 0) return undefined;
    const key = `${code}/${level}`;
    const turn = this.usedExplanations.get(key) ?? 0;
    this.usedExplanations.set(key, turn + 1);
    return options[turn % options.length];
  }

  private openAnswer(code: string, m: DemoMunicipality, role: DemoRole): string {
    const bank = openAnswers[code];
    if (!bank) throw new Error(`the demo has no open answers for question ${code}`);
    const source = openDimension[code];
    const band = source ? bandOf(clampLevel(levelOn(m, role, source[0]) + source[1])) : overallBand(m, role);
    const used = this.usedOpen.get(code) ?? new Set<number>();
    this.usedOpen.set(code, used);
    const voice: Voice = role === 'procurement' ? 'p' : 'b';
    const free = (wanted: Voice) =>
      bank.flatMap(([bands, v, , only], index) =>
        !used.has(index) && v === wanted && bands.includes(String(band)) && (!only || only.split(',').includes(m.key)) ? [index] : [],
      );
    // An answer written for this municipality comes first, then one in the respondent's voice, then a neutral one.
    const bound = [...free(voice), ...free('x')].filter((i) => bank[i]![3] !== undefined);
    const candidates = bound.length > 0 ? bound : free(voice).length > 0 ? free(voice) : free('x');
    if (candidates.length === 0) throw new Error(`the demo bank for ${code} has no answer left for band ${band} (${voice})`);
    const index = this.random.pick(candidates);
    used.add(index);
    const text = bank[index]![2];
    // Past tenders told at 4.6 count as product groups with circular requirements, unless they were only 'duurzaam'.
    if (code === '4.6' && band >= 2) this.mentionedGroups = productMentions.filter(([pattern]) => pattern.test(text)).map(([, group]) => group);
    return text.replaceAll('{g}', m.name);
  }

  private choice(question: DemoQuestion, m: DemoMunicipality, role: DemoRole): AnswerValue {
    const level = (dimension: string) => levelOn(m, role, dimension);
    const procurement = role === 'procurement';
    const hasGww = m.productGroups.includes('gww');
    switch (question.code) {
      case '1.2': {
        const d1 = level('D1');
        if (d1 === 1) return this.random.chance(0.5) ? ['coalitieakkoord'] : ['geen'];
        const documents = ['coalitieakkoord'];
        if (!procurement || d1 >= 3) documents.push('duurzaamheidsprogramma');
        if (procurement || d1 >= 3) documents.push('inkoopbeleid');
        if (d1 >= 3 && (!procurement || this.random.chance(0.5))) documents.push('ce-programma');
        if (m.manifest[role] === 'ondertekend-actieplan') documents.push('mvi-actieplan');
        if (d1 >= 4) documents.push('begroting');
        return documents;
      }
      case '1.4': {
        const manifest = m.manifest[role];
        if (manifest === null) throw new Error(`${m.key}/${role}/1.4 is "weet niet" and needs an override with its explanation`);
        return manifest;
      }
      case '1.5': {
        const d1 = level('D1');
        const frameworks = ['klimaat'];
        if (d1 >= 2) frameworks.push('living-lab');
        if (d1 >= 3) frameworks.push('npce');
        if (d1 >= 3 && m.manifest[role]?.startsWith('ondertekend')) frameworks.push('manifest-mvoi');
        if (d1 >= 4) frameworks.push('nationaal-plan-mvi', 'ambitieweb');
        return frameworks;
      }
      case '2.1':
        return m.ownership[role];
      case '2.4':
        return m.procurementFunction;
      case '3.1':
        return (['nauwelijks', 'incidenteel', 'per-project', 'structureel', 'structureel'] as const)[level('D3') - 1]!;
      case '3.2': {
        if (level('D4') === 1) return 'niet';
        const d3 = level('D3');
        if (d3 >= 5) return 'beleidsvorming';
        if (d3 === 4) return 'behoeftebepaling';
        if (d3 === 3) return procurement ? 'aanbestedingsstukken' : 'behoeftebepaling';
        return 'aanbestedingsstukken';
      }
      case '3.4':
        return level('D3') >= 4 || (level('D3') === 3 && level('D2') >= 3);
      case '4.1': {
        const d4 = level('D4');
        if (d4 === 1) return ['geen'];
        const instruments = ['mvi-criteriatool'];
        if (d4 >= 3) instruments.push('gunningscriteria', 'marktconsultatie');
        if (d4 >= 4) instruments.push('functioneel', 'contracteisen', 'tco');
        if (d4 >= 5) instruments.push('rcc', 'innovatiegericht');
        if (hasGww && level('D5') >= 3) instruments.push('co2-prestatieladder', 'mki');
        if (level('D1') >= 4) instruments.push('ambitieweb');
        return instruments;
      }
      case '4.2':
        return (['niet', 'basis', 'wisselend', 'significant', 'ambitieus'] as const)[level('D5') - 1]!;
      case '4.4': {
        const d4 = level('D4');
        return d4 >= 5 ? 'standaard' : d4 >= 3 ? 'soms' : 'nee';
      }
      case '5.1': {
        const named = m.productGroups.filter((g) => g !== 'geen');
        if (!procurement && named.length > 2) {
          // Policy officers name the visible groups and forget one; some add buildings, which they know from projects.
          named.pop();
          if (!named.includes('gebouwen') && this.random.chance(0.5)) named.push('gebouwen');
        }
        for (const group of this.mentionedGroups) if (!named.includes(group)) named.push(group);
        return named.length > 0 ? named : ['geen'];
      }
      case '5.2': {
        const d5 = level('D5');
        if (d5 === 1) return ['geen'];
        const kinds = ['gerecycled'];
        if (d5 >= 3) kinds.push('levensduur', 'co2');
        if (d5 >= 4) kinds.push('hergebruik', 'terugname');
        if (d5 >= 4 && hasGww) kinds.push('mpg-mki');
        if (d5 >= 4 && level('D6') >= 4) kinds.push('product-als-dienst');
        if (d5 >= 5) kinds.push('paspoort', 'losmaakbaar');
        return kinds;
      }
      case '5.4': {
        const d5 = level('D5');
        if (d5 <= 2) return 'nee';
        return d5 >= 4 && hasGww ? 'combinatie' : 'prestatieladder';
      }
      case '6.2': {
        const d6 = level('D6');
        if (d6 === 1) return this.random.chance(0.5) ? ['niemand'] : ['foodvalley'];
        const partners = ['foodvalley'];
        partners.push(procurement ? 'pianoo' : 'living-lab');
        if (d6 >= 3) partners.push(procurement ? 'living-lab' : 'pianoo', 'inkoopsamenwerking');
        if (d6 >= 4) partners.push('provincie', 'kennisinstellingen', 'ondernemers');
        return partners;
      }
      case '6.3':
        return true;
      case '7.3': {
        const d7 = level('D7');
        if (d7 === 1) return this.random.chance(0.5) ? ['geen'] : ['pianoo'];
        const tools = ['pianoo', 'mvi-criteriatool'];
        if (d7 >= 3) tools.push(procurement ? 'co2-handreiking' : 'opleiding', 'gdci');
        if (d7 >= 3 && hasGww && procurement) tools.push('dubocalc');
        if (d7 >= 4) tools.push('ambitieweb', 'adviseur');
        return tools;
      }
      case '8.3':
        return (['nee', 'incidenteel', 'jaarlijks', 'jaarlijks', 'vaker'] as const)[level('D8') - 1]!;
      case '9.2':
        return this.heaviestBottlenecks(question.maxChoices ?? 3, m, role);
      default:
        throw new Error(`the demo has no rule for question ${question.code}`);
    }
  }

  /** Three bottleneck codes, drawn by weight: every code counts a little, the band and the voice add to some. */
  private heaviestBottlenecks(count: number, m: DemoMunicipality, role: DemoRole): string[] {
    const band = overallBand(m, role);
    const pool = this.bottleneckCodes.map((code) => ({
      code,
      weight: 0.05 + (bottleneckWeights[band][code] ?? 0) + (voiceWeights[role][code] ?? 0),
    }));
    const chosen: string[] = [];
    while (chosen.length < count && pool.length > 0) {
      const total = pool.reduce((sum, c) => sum + c.weight, 0);
      let at = this.random.next() * total;
      let index = pool.findIndex((c) => (at -= c.weight) < 0);
      if (index < 0) index = pool.length - 1;
      chosen.push(pool[index]!.code);
      pool.splice(index, 1);
    }
    return chosen.map((code) => {
      const id = this.codeIds.get(code);
      if (!id) throw new Error(`the codebook has no code ${code}`);
      return id;
    });
  }
}
