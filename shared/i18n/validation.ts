// Validation messages for the contract's input rules, in both languages. A zod issue (or a rule the core checks
// itself) is flattened into plain params that travel in an error's envelope, and each side turns them into words in
// its own language: the field by its label, the rule by its kind, e.g. "Antwoord is te lang: maximaal 50.000 tekens".
// Nothing of zod's own English text is ever shown.
import type { Language } from './languages';

type Texts = Readonly<Record<Language, string>>;

/**
 * Labels of the contract's input fields, by key (the last part of a path: `fields.email` and `patch.email` are both
 * "E-mail"). Every key of every method's input must be here (test/unit/validation-messages.test.ts walks them).
 */
export const fieldLabels: Readonly<Record<string, Texts>> = {
  addressedTo: { nl: 'Gericht aan', en: 'Addressed to' },
  agenda: { nl: 'Agenda', en: 'Agenda' },
  appendicesOff: { nl: 'Weggelaten bijlagen', en: 'Appendices left out' },
  author: { nl: 'Auteur', en: 'Author' },
  authorInitials: { nl: 'Initialen', en: 'Initials' },
  authorName: { nl: 'Naam', en: 'Name' },
  backupsToKeep: { nl: 'Aantal reservekopieën', en: 'Number of backups' },
  base: { nl: 'De oorspronkelijke waarde', en: 'The original value' },
  body: { nl: 'Tekst', en: 'Text' },
  chapter: { nl: 'Hoofdstuk', en: 'Chapter' },
  chaptersOff: { nl: 'Weggelaten hoofdstukken', en: 'Chapters left out' },
  choicesFromCodebook: { nl: 'Keuzes uit het codeboek', en: 'Choices from the codebook' },
  client: { nl: 'Opdrachtgever', en: 'Client' },
  code: { nl: 'Code', en: 'Code' },
  codeId: { nl: 'Code', en: 'Code' },
  codeIds: { nl: 'Codes', en: 'Codes' },
  colour: { nl: 'Kleur', en: 'Colour' },
  consentInterview: { nl: 'Toestemming voor het interview', en: 'Consent to the interview' },
  consentInterviewOn: { nl: 'Datum van toestemming voor het interview', en: 'Date of consent to the interview' },
  consentQuoteByName: { nl: 'Toestemming voor citeren met naam', en: 'Consent to quoting by name' },
  consentQuoteOn: { nl: 'Datum van toestemming voor citeren', en: 'Date of consent to quoting' },
  consentRecording: { nl: 'Toestemming voor opname', en: 'Consent to recording' },
  consentRecordingOn: { nl: 'Datum van toestemming voor opname', en: 'Date of consent to recording' },
  defaultInterviewer: { nl: 'Standaardinterviewer', en: 'Default interviewer' },
  definition: { nl: 'Definitie', en: 'Definition' },
  department: { nl: 'Afdeling', en: 'Department' },
  description: { nl: 'Omschrijving', en: 'Description' },
  descriptors: { nl: 'Niveaubeschrijving', en: 'Level descriptor' },
  dimensionId: { nl: 'Dimensie', en: 'Dimension' },
  dir: { nl: 'Map', en: 'Folder' },
  elapsedSeconds: { nl: 'Verstreken tijd', en: 'Elapsed time' },
  email: { nl: 'E-mail', en: 'E-mail' },
  end: { nl: 'Einde', en: 'End' },
  entity: { nl: 'Soort gegeven', en: 'Kind of record' },
  explanation: { nl: 'Toelichting', en: 'Explanation' },
  field: { nl: 'Veld', en: 'Field' },
  fields: { nl: 'De invoer', en: 'The input' },
  files: { nl: 'Soort bestanden', en: 'Kind of files' },
  format: { nl: 'Bestandsvorm', en: 'File format' },
  fromId: { nl: 'Bron', en: 'Source' },
  heldOn: { nl: 'Datum', en: 'Date' },
  help: { nl: 'Hulptekst', en: 'Help text' },
  id: { nl: 'Het gekozen item', en: 'The chosen item' },
  includeDeleted: { nl: 'Verwijderde items tonen', en: 'Show deleted items' },
  interviewer: { nl: 'Interviewer', en: 'Interviewer' },
  interviewId: { nl: 'Interview', en: 'Interview' },
  intoId: { nl: 'Doel', en: 'Target' },
  intro: { nl: 'Inleiding', en: 'Introduction' },
  jobId: { nl: 'Taak', en: 'Task' },
  jobTitle: { nl: 'Functie', en: 'Job title' },
  key: { nl: 'Sleutel', en: 'Key' },
  kind: { nl: 'Soort', en: 'Kind' },
  kinds: { nl: 'Soorten', en: 'Kinds' },
  label: { nl: 'Naam', en: 'Label' },
  language: { nl: 'Taal', en: 'Language' },
  lean: { nl: 'Geteld als', en: 'Counted as' },
  level: { nl: 'Niveau', en: 'Level' },
  limit: { nl: 'Aantal', en: 'Number' },
  location: { nl: 'Locatie', en: 'Location' },
  maxChoices: { nl: 'Maximaal aantal keuzes', en: 'Maximum number of choices' },
  memo: { nl: 'Memo', en: 'Memo' },
  mode: { nl: 'Vorm', en: 'Mode' },
  name: { nl: 'Naam', en: 'Name' },
  noAnswer: { nl: 'Geen antwoord', en: 'No answer' },
  notes: { nl: 'Notities', en: 'Notes' },
  options: { nl: 'Keuzes', en: 'Choices' },
  organisationId: { nl: 'Organisatie', en: 'Organisation' },
  origin: { nl: 'Herkomst', en: 'Origin' },
  otherParticipants: { nl: 'Andere deelnemers', en: 'Other participants' },
  outcomes: { nl: 'Uitkomsten', en: 'Outcomes' },
  parentId: { nl: 'Bovenliggend item', en: 'Parent item' },
  participantIds: { nl: 'Deelnemers', en: 'Participants' },
  parts: { nl: 'Onderdelen', en: 'Parts' },
  passphrase: { nl: 'Wachtwoordzin', en: 'Passphrase' },
  passphraseRepeat: { nl: 'Herhaalde wachtwoordzin', en: 'Repeated passphrase' },
  patch: { nl: 'De wijziging', en: 'The change' },
  path: { nl: 'Bestandspad', en: 'File path' },
  periodEnd: { nl: 'Einddatum', en: 'End date' },
  periodStart: { nl: 'Begindatum', en: 'Start date' },
  phone: { nl: 'Telefoon', en: 'Phone' },
  polarity: { nl: 'Soort code', en: 'Code type' },
  position: { nl: 'Positie', en: 'Position' },
  priority: { nl: 'Prioriteit', en: 'Priority' },
  query: { nl: 'Zoekopdracht', en: 'Search' },
  questionId: { nl: 'Vraag', en: 'Question' },
  quotes: { nl: 'Citaten', en: 'Quotes' },
  reason: { nl: 'Reden', en: 'Reason' },
  reassignTo: { nl: 'Onderbrengen bij', en: 'Reassign to' },
  region: { nl: 'Regio', en: 'Region' },
  reportDate: { nl: 'Datum van het rapport', en: 'Report date' },
  respondentIds: { nl: 'Respondenten', en: 'Respondents' },
  role: { nl: 'Rol', en: 'Role' },
  roles: { nl: 'Rollen', en: 'Roles' },
  rowId: { nl: 'Rij', en: 'Row' },
  scale: { nl: 'Schaal', en: 'Scale' },
  scheduledAt: { nl: 'Datum en tijd', en: 'Date and time' },
  sectionId: { nl: 'Sectie', en: 'Section' },
  sessionId: { nl: 'Kennissessie', en: 'Knowledge session' },
  sourceId: { nl: 'Bron', en: 'Source' },
  sourceKind: { nl: 'Soort bron', en: 'Kind of source' },
  start: { nl: 'Begin', en: 'Start' },
  status: { nl: 'Status', en: 'Status' },
  subtitle: { nl: 'Ondertitel', en: 'Subtitle' },
  suggestedName: { nl: 'Voorgestelde naam', en: 'Suggested name' },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  target: { nl: 'Doelbestand', en: 'Target file' },
  template: { nl: 'Sjabloon', en: 'Template' },
  text: { nl: 'Tekst', en: 'Text' },
  title: { nl: 'Titel', en: 'Title' },
  toIndex: { nl: 'Nieuwe positie', en: 'New position' },
  type: { nl: 'Soort vraag', en: 'Question type' },
  unit: { nl: 'Eenheid', en: 'Unit' },
  useByName: { nl: 'Citeren met naam', en: 'Quote by name' },
  value: { nl: 'Antwoord', en: 'Answer' },
  version: { nl: 'Versie', en: 'Version' },
  view: { nl: 'Weergave', en: 'View' },
  what: { nl: 'Onderdeel', en: 'Part' },
};

const languageNames: Readonly<Record<string, Texts>> = {
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
};

/** Path segments that only hold other fields, never named on their own when something deeper is named. */
const containers = new Set(['fields', 'patch', 'base']);

/** The field of a dotted path in words, e.g. "fields.email" → "E-mail", "name.en" → "Naam (Engels)". */
export function fieldLabel(path: string, language: Language): string {
  const parts = path.split('.').filter((part) => part !== '' && part !== '(input)');
  const languagePart = parts.length > 1 && languageNames[parts.at(-1)!] ? parts.at(-1)! : null;
  const named = parts.filter((part) => !/^\d+$/.test(part) && !languageNames[part]);
  const key = [...named].reverse().find((part) => !containers.has(part)) ?? named.at(-1);
  if (!key) return language === 'nl' ? 'De invoer' : 'The input';
  const base = fieldLabels[key]?.[language] ?? (language === 'nl' ? 'Een veld' : 'A field');
  return languagePart ? `${base} (${languageNames[languagePart]![language]})` : base;
}

/** The part of a zod issue that the messages use; structural, so shared code needs no zod internals. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: string;
  readonly maximum?: number | bigint;
  readonly minimum?: number | bigint;
  readonly format?: string;
  readonly expected?: string;
  readonly errors?: readonly (readonly IssueLike[])[];
}

/** Plain params of one problem, as they travel in an error's envelope (ErrorInfo.params). */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * Messages of our own custom rules and regexes, by the (English, internal) text the schema gives them. Those not
 * listed are named by the kind of rule instead.
 */
const customHints: Readonly<Record<string, string>> = {
  'not a date and time': 'dateTime',
  'not a phone number': 'phone',
  'not an e-mail address': 'email',
  'not an id': 'reference',
  'not a source id': 'reference',
  'not a colour': 'colour',
  'patch has no fields': 'emptyPatch',
  'period ends before it starts': 'periodOrder',
  'path contains a NUL character': 'path',
  'path is empty': 'required',
  'path is too long': 'path',
};

function leaves(issue: IssueLike): IssueLike {
  if (issue.code !== 'invalid_union' || !issue.errors) return issue;
  // A union such as "'' or a date": the most telling branch is the one whose rule was a format (the date).
  const branches = issue.errors.flat();
  const best = branches.find((b) => b.code === 'invalid_format') ?? branches.find((b) => b.code !== 'invalid_value' && b.code !== 'invalid_type') ?? branches[0];
  return best ? { ...leaves(best), path: [...issue.path, ...best.path] } : issue;
}

/** Flattens a zod issue into message params. */
export function issueParams(raw: IssueLike): IssueParams {
  const issue = leaves(raw);
  const field = issue.path.map(String).join('.');
  const params: Record<string, string | number> = { issue: issue.code, field };
  if (issue.origin) params['origin'] = issue.origin;
  if (issue.maximum !== undefined) params['limit'] = Number(issue.maximum);
  if (issue.minimum !== undefined) params['limit'] = Number(issue.minimum);
  if (issue.format) params['format'] = issue.format;
  if (issue.expected) params['expected'] = issue.expected;
  const hint = customHints[issue.message];
  if (hint) params['hint'] = hint;
  return params;
}

type Catalogue = Readonly<Record<string, string>>;

const nl: Catalogue = {
  tooLong: '{{field}} is te lang: maximaal {{limit}} tekens',
  tooBig: '{{field}} is te groot: hoogstens {{limit}}',
  tooMany: '{{field}}: hoogstens {{limit}} mogelijk',
  required: '{{field}} is verplicht: vul het in',
  tooShort: '{{field}} is te kort: minimaal {{limit}} tekens',
  tooSmall: '{{field}} is te klein: minimaal {{limit}}',
  tooFew: '{{field}}: minimaal {{limit}} nodig',
  email: '{{field}} is geen geldig e-mailadres',
  phone: '{{field}} is geen geldig telefoonnummer',
  date: '{{field}} is geen geldige datum',
  dateTime: '{{field}} is geen geldige datum en tijd',
  reference: '{{field}} verwijst niet naar iets dat bestaat',
  colour: '{{field}} is geen geldige kleur',
  format: '{{field}} heeft niet de juiste vorm',
  wholeNumber: '{{field}} moet een geheel getal zijn',
  type: '{{field}} ontbreekt of heeft een ongeldige waarde',
  choice: '{{field}} is geen van de mogelijke keuzes',
  unknownField: 'De invoer bevat een onbekend veld',
  emptyPatch: 'Er is niets om op te slaan',
  periodOrder: 'De einddatum ligt vóór de begindatum',
  path: '{{field}} is ongeldig',
  invalid: '{{field}} is ongeldig',
  answerText: '{{field}} moet tekst zijn bij deze vraag',
  answerScale: '{{field}} moet een niveau van 1 tot en met 5 zijn',
  answerYesNo: '{{field}} moet ja of nee zijn',
  answerNumber: '{{field}} moet een getal zijn',
  answerChoice: '{{field}} is geen van de keuzes van deze vraag',
  answerRepeated: '{{field}}: een keuze staat er twee keer in',
  answerTooMany: '{{field}}: kies er hoogstens {{limit}}',
  more_one: '(en nog {{count}} probleem)',
  more_other: '(en nog {{count}} problemen)',
};

const en: Catalogue = {
  tooLong: '{{field}} is too long: at most {{limit}} characters',
  tooBig: '{{field}} is too large: at most {{limit}}',
  tooMany: '{{field}}: at most {{limit}} allowed',
  required: '{{field}} is required: fill it in',
  tooShort: '{{field}} is too short: at least {{limit}} characters',
  tooSmall: '{{field}} is too small: at least {{limit}}',
  tooFew: '{{field}}: at least {{limit}} needed',
  email: '{{field}} is not a valid e-mail address',
  phone: '{{field}} is not a valid phone number',
  date: '{{field}} is not a valid date',
  dateTime: '{{field}} is not a valid date and time',
  reference: '{{field}} does not refer to anything that exists',
  colour: '{{field}} is not a valid colour',
  format: '{{field}} does not have the right form',
  wholeNumber: '{{field}} must be a whole number',
  type: '{{field}} is missing or has an invalid value',
  choice: '{{field}} is not one of the possible choices',
  unknownField: 'The input contains an unknown field',
  emptyPatch: 'There is nothing to save',
  periodOrder: 'The end date is before the start date',
  path: '{{field}} is not valid',
  invalid: '{{field}} is not valid',
  answerText: '{{field}} must be text for this question',
  answerScale: '{{field}} must be a level from 1 to 5',
  answerYesNo: '{{field}} must be yes or no',
  answerNumber: '{{field}} must be a number',
  answerChoice: '{{field}} is not one of this question’s choices',
  answerRepeated: '{{field}}: a choice is listed twice',
  answerTooMany: '{{field}}: choose at most {{limit}}',
  more_one: '(and {{count}} more problem)',
  more_other: '(and {{count}} more problems)',
};

export const validationCatalogues: Readonly<Record<Language, Catalogue>> = { nl, en };

/** Which message a problem gets. */
export function messageKey(params: IssueParams): string {
  const hint = typeof params['hint'] === 'string' ? params['hint'] : null;
  if (hint && nl[hint]) return hint;
  const origin = params['origin'];
  const limit = Number(params['limit'] ?? 0);
  switch (params['issue']) {
    case 'too_big':
      return origin === 'string' ? 'tooLong' : origin === 'array' || origin === 'set' ? 'tooMany' : 'tooBig';
    case 'too_small':
      if (origin === 'string') return limit <= 1 ? 'required' : 'tooShort';
      return origin === 'array' || origin === 'set' ? 'tooFew' : 'tooSmall';
    case 'invalid_format':
      switch (params['format']) {
        case 'email':
          return 'email';
        case 'date':
          return 'date';
        case 'datetime':
          return 'dateTime';
        default:
          return 'format';
      }
    case 'invalid_type':
      return params['expected'] === 'int' ? 'wholeNumber' : 'type';
    case 'invalid_value':
    case 'invalid_enum_value':
      return 'choice';
    case 'unrecognized_keys':
      return 'unknownField';
    default:
      return 'invalid';
  }
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

const locales: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };

/** One problem in words, e.g. "Antwoord is te lang: maximaal 50.000 tekens". */
export function describeIssue(params: IssueParams, language: Language): string {
  const catalogue = validationCatalogues[language];
  const limit = params['limit'];
  const text = fill(catalogue[messageKey(params)]!, {
    field: fieldLabel(String(params['field'] ?? ''), language),
    limit: typeof limit === 'number' ? new Intl.NumberFormat(locales[language]).format(limit) : String(limit ?? ''),
  });
  const more = Number(params['more'] ?? 0);
  const tail = more > 0 ? ` ${fill(catalogue[more === 1 ? 'more_one' : 'more_other']!, { count: new Intl.NumberFormat(locales[language]).format(more) })}` : '';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${tail}.`;
}
