// Labels of domain values (roles, kinds, statuses, note kinds, ...) in both languages; used by the UI, the CLI and
// the report so a value is named the same everywhere.
import type { Language } from './languages';

type Labels<K extends string> = Readonly<Record<K, Readonly<Record<Language, string>>>>;

export const roleLabels: Labels<'procurement' | 'policy' | 'management' | 'other'> = {
  procurement: { nl: 'Inkoop', en: 'Procurement' },
  policy: { nl: 'Beleid / duurzaamheid', en: 'Policy / sustainability' },
  management: { nl: 'Management', en: 'Management' },
  other: { nl: 'Overig', en: 'Other' },
};

export const organisationKindLabels: Labels<'municipality' | 'province' | 'water_authority' | 'region' | 'other'> = {
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  province: { nl: 'Provincie', en: 'Province' },
  water_authority: { nl: 'Waterschap', en: 'Water authority' },
  region: { nl: 'Regio', en: 'Region' },
  other: { nl: 'Overig', en: 'Other' },
};

export const interviewStatusLabels: Labels<'planned' | 'held' | 'processed' | 'validated'> = {
  planned: { nl: 'Gepland', en: 'Planned' },
  held: { nl: 'Gehouden', en: 'Held' },
  processed: { nl: 'Verwerkt', en: 'Processed' },
  validated: { nl: 'Gevalideerd', en: 'Validated' },
};

export const interviewModeLabels: Labels<'in_person' | 'video' | 'phone'> = {
  in_person: { nl: 'Op locatie', en: 'In person' },
  video: { nl: 'Video', en: 'Video' },
  phone: { nl: 'Telefoon', en: 'Phone' },
};

export const noteKindLabels: Labels<'observation' | 'kans' | 'knelpunt' | 'quote' | 'action'> = {
  observation: { nl: 'Observatie', en: 'Observation' },
  kans: { nl: 'Kans', en: 'Opportunity' },
  knelpunt: { nl: 'Knelpunt', en: 'Bottleneck' },
  quote: { nl: 'Citaat', en: 'Quote' },
  action: { nl: 'Actie', en: 'Action' },
};

export const polarityLabels: Labels<'kans' | 'knelpunt' | 'both'> = {
  kans: { nl: 'Kans', en: 'Opportunity' },
  knelpunt: { nl: 'Knelpunt', en: 'Bottleneck' },
  both: { nl: 'Kans of knelpunt', en: 'Opportunity or bottleneck' },
};

export const addresseeLabels: Labels<'municipality' | 'region' | 'procurement' | 'policy'> = {
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  region: { nl: 'Regio', en: 'Region' },
  procurement: { nl: 'Inkoop', en: 'Procurement' },
  policy: { nl: 'Beleid', en: 'Policy' },
};

export const priorityLabels: Labels<'high' | 'medium' | 'low'> = {
  high: { nl: 'Hoog', en: 'High' },
  medium: { nl: 'Middel', en: 'Medium' },
  low: { nl: 'Laag', en: 'Low' },
};

export const questionTypeLabels: Labels<'open' | 'scale' | 'single' | 'multi' | 'yesno' | 'number'> = {
  open: { nl: 'Open vraag', en: 'Open question' },
  scale: { nl: 'Schaal 1–5', en: 'Scale 1–5' },
  single: { nl: 'Eén keuze', en: 'Single choice' },
  multi: { nl: 'Meerkeuze', en: 'Multiple choice' },
  yesno: { nl: 'Ja/nee', en: 'Yes/no' },
  number: { nl: 'Getal', en: 'Number' },
};

/** How a forgotten respondent is named from then on: role and organisation only. */
export function forgottenRespondentLabel(role: keyof typeof roleLabels, organisation: string | null, language: Language): string {
  const who = language === 'nl' ? `Respondent ${roleLabels[role].nl.toLowerCase()}` : `${roleLabels[role].en} respondent`;
  return organisation ? `${who} (${organisation})` : who;
}
