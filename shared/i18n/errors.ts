// Error messages for every error code, in both languages. Used by the core (CLI, web host) and the renderer alike.
import type { ErrorCode, ErrorParams } from '../contract/errors';
import type { Language } from './languages';
import { describeIssue } from './validation';

type Catalogue = Readonly<Record<ErrorCode, string>>;

const nl: Catalogue = {
  BAD_INPUT: 'De invoer is ongeldig: {{detail}}',
  UNKNOWN_METHOD: 'Onbekende opdracht: {{method}}.',
  NO_FILE_OPEN: 'Er is geen inventarisatie geopend.',
  NOT_FOUND: 'Niet gevonden: {{what}}.',
  FILE_NOT_FOUND: 'Het bestand {{path}} bestaat niet.',
  FILE_EXISTS: 'Er bestaat al een bestand {{path}}. Kies een andere naam.',
  NOT_SQLITE: 'Het bestand {{path}} is geen Inventaris-bestand (het is geen SQLite-database). Het bestand is niet gewijzigd.',
  IS_FOLDER: '{{path}} is een map, geen Inventaris-bestand. Kies een .inventaris-bestand (of een andere naam voor een nieuw bestand). Er is niets gewijzigd.',
  CORRUPT: 'Het bestand {{path}} is beschadigd of onvolledig en kan niet worden geopend. Het bestand is niet gewijzigd.',
  FOREIGN_FILE: 'Het bestand {{path}} is een SQLite-database van een ander programma, geen inventarisatie. Het bestand is niet gewijzigd.',
  TOO_NEW: 'Het bestand {{path}} is gemaakt met een nieuwere versie van Inventaris (schemaversie {{found}}, deze versie kent t/m {{supported}}). Werk Inventaris bij om het te openen. Het bestand is niet gewijzigd.',
  OTHER_INVENTORY: 'Het bestand {{path}} hoort bij een andere inventarisatie ({{title}}) en kan daarom niet met deze worden samengevoegd. Er is niets gewijzigd.',
  INVALID_FILE: 'Het bestand {{path}} is geen geldige inventarisatie: {{detail}}. Er is niets gewijzigd.',
  TOO_LARGE: 'Het bestand {{path}} is te groot om samen te voegen: {{detail}}. Er is niets gewijzigd.',
  CLOCK_AHEAD: 'Het bestand {{path}} bevat wijzigingen met een tijdstip ver in de toekomst ({{when}}). Controleer de klok van de computer waarop het is gemaakt. Er is niets gewijzigd.',
  SAME_FILE: 'Dit is het bestand dat al geopend is; kies het bestand van een collega om samen te voegen.',
  READ_ONLY: 'Dit bestand is alleen-lezen geopend; wijzigingen worden niet opgeslagen.',
  IO_ERROR: 'Het bestand kon niet worden gelezen of geschreven: {{detail}}',
  CANCELLED: 'Geannuleerd.',
  UNSUPPORTED: 'Dit kan hier niet: {{what}}.',
  FORBIDDEN: 'Geen toegang.',
  INTERVIEW_LOCKED: 'Dit interview is verwerkt of gevalideerd en ligt daarom vast; er is niets gewijzigd. Kies “Heropenen voor bewerking” om het weer te wijzigen.',
  INTERNAL: 'Er ging iets mis in Inventaris: {{detail}}',
  REPORT_UNWRITABLE:
    'Het rapport kon niet worden opgeslagen als {{path}}: de map bestaat niet of is alleen-lezen, of het vorige rapport is nog geopend (bijvoorbeeld in Word). Sluit het document of kies een andere plek. Er is niets overschreven of verloren gegaan.',
  HOUSE_STYLE_INVALID:
    'Het bestand {{path}} is geen bruikbaar Word-document of -sjabloon (.docx of .dotx), of het is beschadigd. De huisstijl is niet gewijzigd.',
  REASON_REQUIRED: 'Geef een reden op voor het aanpassen van de score. Er is niets gewijzigd.',
  RANGE_OUTSIDE_TEXT: 'De gekozen tekst ({{start}}–{{end}}) valt buiten de tekst, die {{length}} tekens lang is. Er is niets gecodeerd.',
  SOURCE_DELETED: 'Deze tekst hoort bij iets dat is verwijderd (een notitie, interview, sessie of aanbeveling) en kan niet worden gecodeerd. Zet het eerst terug.',
  MERGE_INTO_SELF: 'Een code kan niet met zichzelf worden samengevoegd. Kies een andere code.',
  CODE_CYCLE: 'Een code kan niet onder zichzelf of onder een van zijn eigen subcodes hangen.',
  SEARCH_EMPTY: 'Typ een of meer woorden om te zoeken. Tekens als haakjes, dubbele punten en een losse * worden genegeerd.',
  BACKUP_UNWRITABLE: 'De back-upmap {{dir}} kan niet worden beschreven. Controleer of de map bestaat en of je er schrijfrechten hebt. Er is niets gewijzigd.',
  BACKUP_NO_SPACE: 'Er is te weinig schijfruimte voor een back-up in {{dir}}: nodig is {{needed}}, beschikbaar {{available}}. Maak ruimte vrij of bewaar minder back-ups (Instellingen). Er is niets gewijzigd.',
  BACKUP_NOT_FOUND: 'De back-up {{id}} bestaat niet (meer).',
  BACKUP_OTHER_INVENTORY: 'De back-up {{id}} hoort bij een andere inventarisatie en kan hier niet worden teruggezet. Er is niets gewijzigd.',
  PASSPHRASE_REQUIRED: 'Dit bestand is versleuteld. Voer het wachtwoord in om het te openen.',
  WRONG_PASSPHRASE: 'Het wachtwoord klopt niet (of het versleutelde bestand is beschadigd). Er is niets gewijzigd.',
  PASSPHRASE_MISMATCH: 'De twee wachtwoorden zijn niet gelijk. Typ hetzelfde wachtwoord twee keer.',
  PASSPHRASE_TOO_SHORT: 'Kies een wachtwoord van minstens {{min}} tekens.',
  CONTAINER_TRUNCATED: 'Het versleutelde bestand {{path}} is onvolledig (afgekapt, bijvoorbeeld bij het kopiëren of downloaden). Vraag om een nieuwe kopie. Er is niets gewijzigd.',
  CONTAINER_DAMAGED: 'Het versleutelde bestand {{path}} is beschadigd en kan niet worden gelezen. Vraag om een nieuwe kopie. Er is niets gewijzigd.',
  CONTAINER_TOO_NEW: 'Het versleutelde bestand {{path}} is gemaakt met een nieuwere versie van Inventaris (formaatversie {{found}}, deze versie kent t/m {{supported}}). Werk Inventaris bij om het te openen. Er is niets gewijzigd.',
  NO_GUIDE_IN_FILE: 'Het bestand {{path}} is geen Inventaris-bestand en bevat geen gespreksleidraad, volwassenheidsmodel of codeboek. Er is niets gewijzigd.',
};

const en: Catalogue = {
  BAD_INPUT: 'The input is not valid: {{detail}}',
  UNKNOWN_METHOD: 'Unknown command: {{method}}.',
  NO_FILE_OPEN: 'No inventory is open.',
  NOT_FOUND: 'Not found: {{what}}.',
  FILE_NOT_FOUND: 'The file {{path}} does not exist.',
  FILE_EXISTS: 'A file {{path}} already exists. Choose another name.',
  NOT_SQLITE: 'The file {{path}} is not an Inventaris file (it is not an SQLite database). The file was not changed.',
  IS_FOLDER: '{{path}} is a folder, not an Inventaris file. Choose an .inventaris file (or another name for a new file). Nothing was changed.',
  CORRUPT: 'The file {{path}} is damaged or incomplete and cannot be opened. The file was not changed.',
  FOREIGN_FILE: 'The file {{path}} is an SQLite database of another application, not an inventory. The file was not changed.',
  TOO_NEW: 'The file {{path}} was made by a newer version of Inventaris (schema version {{found}}; this version knows up to {{supported}}). Update Inventaris to open it. The file was not changed.',
  OTHER_INVENTORY: 'The file {{path}} belongs to another inventory ({{title}}), so it cannot be merged into this one. Nothing was changed.',
  INVALID_FILE: 'The file {{path}} is not a valid inventory: {{detail}}. Nothing was changed.',
  TOO_LARGE: 'The file {{path}} is too large to merge: {{detail}}. Nothing was changed.',
  CLOCK_AHEAD: 'The file {{path}} holds changes stamped far in the future ({{when}}). Check the clock of the computer it was made on. Nothing was changed.',
  SAME_FILE: 'This is the file that is already open; choose a colleague\'s file to merge.',
  READ_ONLY: 'This file is open read-only; changes are not saved.',
  IO_ERROR: 'The file could not be read or written: {{detail}}',
  CANCELLED: 'Cancelled.',
  UNSUPPORTED: 'This is not possible here: {{what}}.',
  FORBIDDEN: 'Access denied.',
  INTERVIEW_LOCKED: 'This interview is processed or validated, so it is fixed; nothing was changed. Choose “Reopen for editing” to change it again.',
  INTERNAL: 'Something went wrong in Inventaris: {{detail}}',
  REPORT_UNWRITABLE:
    'The report could not be saved as {{path}}: the folder does not exist or is read-only, or the previous report is still open (for example in Word). Close the document or choose another place. Nothing was overwritten or lost.',
  HOUSE_STYLE_INVALID: 'The file {{path}} is not a usable Word document or template (.docx or .dotx), or it is damaged. The house style was not changed.',
  REASON_REQUIRED: 'Give a reason for changing the score. Nothing was changed.',
  RANGE_OUTSIDE_TEXT: 'The selected text ({{start}}–{{end}}) lies outside the text, which is {{length}} characters long. Nothing was coded.',
  SOURCE_DELETED: 'This text belongs to something that was deleted (a note, interview, session or recommendation) and cannot be coded. Restore it first.',
  MERGE_INTO_SELF: 'A code cannot be merged into itself. Choose another code.',
  CODE_CYCLE: 'A code cannot be nested under itself or under one of its own subcodes.',
  SEARCH_EMPTY: 'Type one or more words to search. Characters such as brackets, colons and a lone * are ignored.',
  BACKUP_UNWRITABLE: 'The backup folder {{dir}} cannot be written. Check that it exists and that you may write to it. Nothing was changed.',
  BACKUP_NO_SPACE: 'There is not enough disk space for a backup in {{dir}}: {{needed}} is needed, {{available}} is available. Free some space or keep fewer backups (Settings). Nothing was changed.',
  BACKUP_NOT_FOUND: 'The backup {{id}} does not exist (any more).',
  BACKUP_OTHER_INVENTORY: 'The backup {{id}} belongs to another inventory and cannot be restored here. Nothing was changed.',
  PASSPHRASE_REQUIRED: 'This file is encrypted. Enter the passphrase to open it.',
  WRONG_PASSPHRASE: 'The passphrase is not correct (or the encrypted file is damaged). Nothing was changed.',
  PASSPHRASE_MISMATCH: 'The two passphrases are not the same. Type the same passphrase twice.',
  PASSPHRASE_TOO_SHORT: 'Choose a passphrase of at least {{min}} characters.',
  CONTAINER_TRUNCATED: 'The encrypted file {{path}} is incomplete (cut short, for example while copying or downloading). Ask for a new copy. Nothing was changed.',
  CONTAINER_DAMAGED: 'The encrypted file {{path}} is damaged and cannot be read. Ask for a new copy. Nothing was changed.',
  CONTAINER_TOO_NEW: 'The encrypted file {{path}} was made by a newer version of Inventaris (format version {{found}}; this version knows up to {{supported}}). Update Inventaris to open it. Nothing was changed.',
  NO_GUIDE_IN_FILE: 'The file {{path}} is not an Inventaris file and holds no interview guide, maturity model or codebook. Nothing was changed.',
};

const catalogues: Readonly<Record<Language, Catalogue>> = { nl, en };

/**
 * The message for an error code, with `{{name}}` placeholders filled; unknown placeholders become empty. Invalid input
 * that names its problem (params.issue, see validation.ts) is said in words: the field and what is wrong with it.
 */
export function errorMessage(code: ErrorCode, language: Language, params: ErrorParams = {}): string {
  if (code === 'BAD_INPUT' && typeof params['issue'] === 'string') return describeIssue(params, language);
  return catalogues[language][code].replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? '')).trim();
}

export const errorCatalogues = catalogues;
