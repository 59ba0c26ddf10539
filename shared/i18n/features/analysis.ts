// Strings of the analysis (namespace 'analysis'): the words the core puts into results (the scoring rule, anonymised
// labels, export headers) under `core`, and the analysis views' own strings beside them. Dutch first; English must
// have every Dutch key. The core fills `{{name}}` placeholders with `fillAnalysisText`.
import type { Language } from '../languages';
import type { Catalogue } from './types';

export const analysisNl = {
  core: {
    rule: {
      base:
        'Voorgestelde score: de mediaan van de beantwoorde schaalvragen van de huidige leidraad die bij deze dimensie horen ({{questions}}), over de interviews van {{organisation}} die niet gepland zijn{{role}}. "N.v.t." en "weet niet" tellen niet mee; bij een even aantal telt het gemiddelde van de middelste twee; de uitkomst wordt naar beneden afgerond op een heel niveau.',
      role: ' met een respondent van de rol {{role}}',
      none: 'Er zijn geen antwoorden, dus er is geen voorgestelde score.',
      odd: 'Antwoorden: {{values}} ({{count}}). Mediaan {{median}}: niveau {{level}}.',
      even: 'Antwoorden: {{values}} ({{count}}). Mediaan {{median}} (gemiddelde van de middelste twee), naar beneden afgerond: niveau {{level}}.',
      excluded: '{{count}} antwoord(en) "n.v.t." of "weet niet" niet meegeteld.',
      override: 'De adviseur heeft de score aangepast naar niveau {{level}}. Reden: {{reason}}',
      gap: 'Verschil: de voorgestelde score van inkoop ({{procurement}}) min die van beleid ({{policy}}).',
      noQuestions: 'geen gekoppelde schaalvragen',
    },
    anonymous: {
      procurement: 'inkoopadviseur',
      policy: 'beleidsmedewerker',
      management: 'leidinggevende',
      other: 'respondent',
      session: 'deelnemer kennissessie',
      organisation: {
        municipality: 'gemeente',
        province: 'provincie',
        water_authority: 'waterschap',
        region: 'regio',
        other: 'organisatie',
      },
      unknownOrganisation: 'onbekende organisatie',
    },
    export: {
      organisation: 'Organisatie',
      interview: 'Interview',
      date: 'Datum',
      status: 'Status',
      roles: 'Rollen',
      dimension: 'Dimensie',
      dimensionCode: 'Code dimensie',
      suggested: 'Voorgestelde score',
      override: 'Aangepaste score',
      reason: 'Reden aanpassing',
      score: 'Score',
      answers: 'Aantal antwoorden',
      code: 'Code',
      codeLabel: 'Label',
      polarity: 'Polariteit',
      source: 'Bron',
      field: 'Veld',
      text: 'Gecodeerde tekst',
      textRemoved: 'Tekst verwijderd',
      memo: 'Memo',
      start: 'Begin',
      end: 'Einde',
      notApplicable: 'n.v.t.',
      dontKnow: 'weet niet',
      yes: 'ja',
      no: 'nee',
    },
    sourceKinds: {
      answer: 'Antwoord',
      explanation: 'Toelichting',
      note: 'Notitie',
      session: 'Kennissessie',
      recommendation: 'Aanbeveling',
    },
  },
};

export const analysisEn: Catalogue<typeof analysisNl> = {
  core: {
    rule: {
      base:
        'Suggested score: the median of the answered scale questions of the current guide linked to this dimension ({{questions}}), over the interviews of {{organisation}} that are not planned{{role}}. "Not applicable" and "don\'t know" are left out; for an even count the mean of the middle two is taken; the result is rounded down to a whole level.',
      role: ' with a respondent in the role {{role}}',
      none: 'There are no answers, so there is no suggested score.',
      odd: 'Answers: {{values}} ({{count}}). Median {{median}}: level {{level}}.',
      even: 'Answers: {{values}} ({{count}}). Median {{median}} (mean of the middle two), rounded down: level {{level}}.',
      excluded: '{{count}} answer(s) "not applicable" or "don\'t know" left out.',
      override: 'The consultant changed the score to level {{level}}. Reason: {{reason}}',
      gap: 'Gap: the suggested score of procurement ({{procurement}}) minus that of policy ({{policy}}).',
      noQuestions: 'no linked scale questions',
    },
    anonymous: {
      procurement: 'procurement advisor',
      policy: 'policy officer',
      management: 'manager',
      other: 'respondent',
      session: 'knowledge session participant',
      organisation: {
        municipality: 'municipality',
        province: 'province',
        water_authority: 'water authority',
        region: 'region',
        other: 'organisation',
      },
      unknownOrganisation: 'unknown organisation',
    },
    export: {
      organisation: 'Organisation',
      interview: 'Interview',
      date: 'Date',
      status: 'Status',
      roles: 'Roles',
      dimension: 'Dimension',
      dimensionCode: 'Dimension code',
      suggested: 'Suggested score',
      override: 'Override',
      reason: 'Reason for override',
      score: 'Score',
      answers: 'Number of answers',
      code: 'Code',
      codeLabel: 'Label',
      polarity: 'Polarity',
      source: 'Source',
      field: 'Field',
      text: 'Coded text',
      textRemoved: 'Text removed',
      memo: 'Memo',
      start: 'Start',
      end: 'End',
      notApplicable: 'n/a',
      dontKnow: "don't know",
      yes: 'yes',
      no: 'no',
    },
    sourceKinds: {
      answer: 'Answer',
      explanation: 'Explanation',
      note: 'Note',
      session: 'Knowledge session',
      recommendation: 'Recommendation',
    },
  },
};

export type AnalysisCoreText = typeof analysisNl.core;

/** The core's analysis strings in one language. */
export function analysisText(language: Language): AnalysisCoreText {
  return (language === 'en' ? analysisEn.core : analysisNl.core) as AnalysisCoreText;
}

/** Fills `{{name}}` placeholders. Example: fillAnalysisText('niveau {{level}}', { level: 3 }) → 'niveau 3' */
export function fillAnalysisText(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? ''));
}
