// The CLI's own words, Dutch first. Error codes from the core are translated by shared/i18n/errors.ts instead.
import type { Language } from '../../shared/i18n/languages';

const nl = {
  'program.description': 'Inventaris op de opdrachtregel: bestanden maken, bekijken en controleren, en de app in de browser starten.',
  'help.help': 'toon hulp bij een opdracht',
  'help.version': 'toon het versienummer',
  'help.lang': 'taal van de meldingen: nl of en (standaard: uit LANG)',
  'help.exitCodes': 'Afsluitcodes: 0 gelukt, 1 het bestand is ongeschikt of de opdracht mislukte, 2 ongeldige invoer.',
  'help.title.Usage:': 'Gebruik:',
  'help.title.Options:': 'Opties:',
  'help.title.Commands:': 'Opdrachten:',
  'help.title.Arguments:': 'Argumenten:',
  'help.title.Global Options:': 'Algemene opties:',
  'help.hint': 'Zie "inventaris --help" of "inventaris help <opdracht>".',

  'new.description': 'maak een nieuw inventarisatiebestand (een bestaand bestand wordt nooit overschreven)',
  'new.file': 'pad van het nieuwe bestand (.inventaris wordt zo nodig toegevoegd)',
  'new.title': 'titel van de inventarisatie (verplicht)',
  'new.client': 'opdrachtgever',
  'new.region': 'regio',
  'new.language': 'taal van de inventarisatie en het rapport: nl of en',
  'new.created': 'Aangemaakt: {{path}} ("{{title}}")',
  'new.template': 'waarmee het bestand begint: default (leidraad, volwassenheidsmodel en codeboek circulair inkopen) of empty (leeg)',
  'demo.description': 'schrijf de demo-inventarisatie: een fictieve inventarisatie circulair inkopen in Regio Foodvalley',
  'demo.file': 'pad van het nieuwe demobestand (.inventaris wordt zo nodig toegevoegd)',
  'demo.language': 'taal van de inventarisatie: nl of en (de interviews zelf zijn Nederlandstalig)',
  'demo.created': 'Demo-inventarisatie geschreven: {{path}}. Alle personen en antwoorden zijn fictief.',

  'info.description': 'toon de gegevens van een inventarisatiebestand zonder het te wijzigen',
  'info.file': 'het .inventaris-bestand',
  'info.json': 'schrijf de gegevens als JSON',
  'info.title': 'Titel',
  'info.client': 'Opdrachtgever',
  'info.region': 'Regio',
  'info.period': 'Periode',
  'info.language': 'Taal',
  'info.schemaVersion': 'Schemaversie',
  'info.fileSize': 'Bestandsgrootte',
  'info.counts': 'Aantallen',
  'info.readOnly': 'Alleen-lezen',
  'info.yes': 'ja',
  'info.no': 'nee',
  'info.none': '(geen)',
  'info.bytes': '{{size}} bytes',
  'info.olderSchema':
    'Het bestand {{path}} heeft schemaversie {{found}}; deze versie van Inventaris gebruikt {{supported}}. "info" opent bestanden alleen-lezen en kan een ouder bestand niet bijwerken. Open het in de app (die maakt eerst een reservekopie en werkt het dan bij) of gebruik "inventaris check". Het bestand is niet gewijzigd.',

  'check.description': 'controleer of een bestand een gave inventarisatie is (wijzigt niets)',
  'check.file': 'het bestand om te controleren',
  'check.ok': 'OK: {{path}} is een gave inventarisatie (schemaversie {{version}}).',
  'check.okOlder':
    'OK: {{path}} is een gave inventarisatie met een oudere schemaversie ({{found}}); bij het openen in de app wordt eerst een reservekopie gemaakt en daarna bijgewerkt naar versie {{supported}}.',
  'check.detail': '  {{detail}}',

  'web.description': 'start Inventaris in de browser (alleen op deze computer bereikbaar)',
  'web.file': 'een inventarisatie om meteen te openen',
  'web.port': 'poortnummer (standaard: een vrije poort)',
  'web.noOpen': 'open de browser niet vanzelf',
  'web.listening': 'Inventaris draait op {{url}}',
  'web.stop': 'Druk op Ctrl+C om te stoppen.',
  'web.stopped': 'Inventaris is gestopt.',
  'web.openFailed': 'De browser kon niet vanzelf worden geopend ({{detail}}). Open de link hierboven zelf.',
  'web.rendererMissing': 'De app is nog niet gebouwd ({{path}} ontbreekt). Voer eerst "npm run build" uit.',
  'web.portInUse': 'Poort {{port}} is al in gebruik. Kies een andere poort met --port, of laat --port weg.',
  'web.listenFailed': 'De webserver kon niet starten: {{detail}}',

  'usage.error': 'Ongeldige invoer: {{detail}}',
  'usage.missingArgument': 'het argument {{name}} ontbreekt',
  'usage.optionMissingArgument': 'de optie {{name}} heeft een waarde nodig',
  'usage.missingMandatoryOptionValue': 'de verplichte optie {{name}} ontbreekt',
  'usage.unknownOption': 'onbekende optie {{name}}',
  'usage.unknownCommand': 'onbekende opdracht {{name}}',
  'usage.excessArguments': 'te veel argumenten',
  'usage.invalidArgument': 'ongeldige waarde {{value}} voor {{name}}',
  'usage.badPort': 'het poortnummer moet een geheel getal van 1 t/m 65535 zijn',
  'usage.badPath': 'ongeldig pad: {{detail}}',
} as const;

export type MessageKey = keyof typeof nl;

const en: Readonly<Record<MessageKey, string>> = {
  'program.description': 'Inventaris on the command line: create, inspect and check files, and start the app in the browser.',
  'help.help': 'show help for a command',
  'help.version': 'show the version number',
  'help.lang': 'language of the messages: nl or en (default: from LANG)',
  'help.exitCodes': 'Exit codes: 0 success, 1 the file is unsuitable or the command failed, 2 invalid input.',
  'help.title.Usage:': 'Usage:',
  'help.title.Options:': 'Options:',
  'help.title.Commands:': 'Commands:',
  'help.title.Arguments:': 'Arguments:',
  'help.title.Global Options:': 'Global Options:',
  'help.hint': 'See "inventaris --help" or "inventaris help <command>".',

  'new.description': 'create a new inventory file (an existing file is never overwritten)',
  'new.file': 'path of the new file (.inventaris is added when missing)',
  'new.title': 'title of the inventory (required)',
  'new.client': 'client',
  'new.region': 'region',
  'new.language': 'language of the inventory and its report: nl or en',
  'new.created': 'Created: {{path}} ("{{title}}")',
  'new.template': 'what the file starts with: default (circular-procurement guide, maturity model and codebook) or empty',
  'demo.description': 'write the demo inventory: a fictional inventory of circular procurement in Regio Foodvalley',
  'demo.file': 'path of the new demo file (.inventaris is added when missing)',
  'demo.language': 'language of the inventory: nl or en (the interviews themselves are in Dutch)',
  'demo.created': 'Demo inventory written: {{path}}. All people and answers are fictional.',

  'info.description': 'show the facts of an inventory file without changing it',
  'info.file': 'the .inventaris file',
  'info.json': 'write the facts as JSON',
  'info.title': 'Title',
  'info.client': 'Client',
  'info.region': 'Region',
  'info.period': 'Period',
  'info.language': 'Language',
  'info.schemaVersion': 'Schema version',
  'info.fileSize': 'File size',
  'info.counts': 'Counts',
  'info.readOnly': 'Read-only',
  'info.yes': 'yes',
  'info.no': 'no',
  'info.none': '(none)',
  'info.bytes': '{{size}} bytes',
  'info.olderSchema':
    'The file {{path}} has schema version {{found}}; this version of Inventaris uses {{supported}}. "info" opens files read-only and cannot upgrade an older file. Open it in the app (which makes a backup copy first and then upgrades it) or use "inventaris check". The file was not changed.',

  'check.description': 'check whether a file is a sound inventory (changes nothing)',
  'check.file': 'the file to check',
  'check.ok': 'OK: {{path}} is a sound inventory (schema version {{version}}).',
  'check.okOlder':
    'OK: {{path}} is a sound inventory with an older schema version ({{found}}); opening it in the app makes a backup copy first and then upgrades it to version {{supported}}.',
  'check.detail': '  {{detail}}',

  'web.description': 'start Inventaris in the browser (reachable from this computer only)',
  'web.file': 'an inventory to open straight away',
  'web.port': 'port number (default: a free port)',
  'web.noOpen': 'do not open the browser automatically',
  'web.listening': 'Inventaris is running at {{url}}',
  'web.stop': 'Press Ctrl+C to stop.',
  'web.stopped': 'Inventaris has stopped.',
  'web.openFailed': 'The browser could not be opened automatically ({{detail}}). Open the link above yourself.',
  'web.rendererMissing': 'The app has not been built yet ({{path}} is missing). Run "npm run build" first.',
  'web.portInUse': 'Port {{port}} is already in use. Choose another port with --port, or leave --port out.',
  'web.listenFailed': 'The web server could not start: {{detail}}',

  'usage.error': 'Invalid input: {{detail}}',
  'usage.missingArgument': 'the argument {{name}} is missing',
  'usage.optionMissingArgument': 'the option {{name}} needs a value',
  'usage.missingMandatoryOptionValue': 'the required option {{name}} is missing',
  'usage.unknownOption': 'unknown option {{name}}',
  'usage.unknownCommand': 'unknown command {{name}}',
  'usage.excessArguments': 'too many arguments',
  'usage.invalidArgument': 'invalid value {{value}} for {{name}}',
  'usage.badPort': 'the port number must be a whole number from 1 to 65535',
  'usage.badPath': 'invalid path: {{detail}}',
};

const catalogues: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { nl, en };

export type MessageParams = Readonly<Record<string, string | number>>;

/** The message in `language` with `{{name}}` placeholders filled; a placeholder without a value is an error. */
export function cliMessage(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return catalogues[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message ${key} needs a value for {{${name}}}`);
    return String(value);
  });
}

export const cliCatalogues = catalogues;
