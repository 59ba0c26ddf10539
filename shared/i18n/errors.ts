// Error messages for every error code, in both languages. Used by the core (CLI, web host) and the renderer alike.
import type { ErrorCode, ErrorParams } from '../contract/errors';
import type { Language } from './languages';

type Catalogue = Readonly<Record<ErrorCode, string>>;

const nl: Catalogue = {
  BAD_INPUT: 'De invoer is ongeldig: {{detail}}',
  UNKNOWN_METHOD: 'Onbekende opdracht: {{method}}.',
  NO_FILE_OPEN: 'Er is geen inventarisatie geopend.',
  NOT_FOUND: 'Niet gevonden: {{what}}.',
  FILE_NOT_FOUND: 'Het bestand {{path}} bestaat niet.',
  FILE_EXISTS: 'Er bestaat al een bestand {{path}}. Kies een andere naam.',
  NOT_SQLITE: 'Het bestand {{path}} is geen Inventaris-bestand (het is geen SQLite-database). Het bestand is niet gewijzigd.',
  CORRUPT: 'Het bestand {{path}} is beschadigd of onvolledig en kan niet worden geopend. Het bestand is niet gewijzigd.',
  FOREIGN_FILE: 'Het bestand {{path}} is een SQLite-database van een ander programma, geen inventarisatie. Het bestand is niet gewijzigd.',
  TOO_NEW: 'Het bestand {{path}} is gemaakt met een nieuwere versie van Inventaris (schemaversie {{found}}, deze versie kent t/m {{supported}}). Werk Inventaris bij om het te openen. Het bestand is niet gewijzigd.',
  READ_ONLY: 'Dit bestand is alleen-lezen geopend; wijzigingen worden niet opgeslagen.',
  IO_ERROR: 'Het bestand kon niet worden gelezen of geschreven: {{detail}}',
  CANCELLED: 'Geannuleerd.',
  UNSUPPORTED: 'Dit kan hier niet: {{what}}.',
  FORBIDDEN: 'Geen toegang.',
  INTERNAL: 'Er ging iets mis in Inventaris: {{detail}}',
  REPORT_UNWRITABLE:
    'Het rapport kon niet worden opgeslagen als {{path}}: de map bestaat niet of is alleen-lezen, of het vorige rapport is nog geopend (bijvoorbeeld in Word). Sluit het document of kies een andere plek. Er is niets overschreven of verloren gegaan.',
  HOUSE_STYLE_INVALID:
    'Het bestand {{path}} is geen bruikbaar Word-document of -sjabloon (.docx of .dotx), of het is beschadigd. De huisstijl is niet gewijzigd.',
};

const en: Catalogue = {
  BAD_INPUT: 'The input is not valid: {{detail}}',
  UNKNOWN_METHOD: 'Unknown command: {{method}}.',
  NO_FILE_OPEN: 'No inventory is open.',
  NOT_FOUND: 'Not found: {{what}}.',
  FILE_NOT_FOUND: 'The file {{path}} does not exist.',
  FILE_EXISTS: 'A file {{path}} already exists. Choose another name.',
  NOT_SQLITE: 'The file {{path}} is not an Inventaris file (it is not an SQLite database). The file was not changed.',
  CORRUPT: 'The file {{path}} is damaged or incomplete and cannot be opened. The file was not changed.',
  FOREIGN_FILE: 'The file {{path}} is an SQLite database of another application, not an inventory. The file was not changed.',
  TOO_NEW: 'The file {{path}} was made by a newer version of Inventaris (schema version {{found}}; this version knows up to {{supported}}). Update Inventaris to open it. The file was not changed.',
  READ_ONLY: 'This file is open read-only; changes are not saved.',
  IO_ERROR: 'The file could not be read or written: {{detail}}',
  CANCELLED: 'Cancelled.',
  UNSUPPORTED: 'This is not possible here: {{what}}.',
  FORBIDDEN: 'Access denied.',
  INTERNAL: 'Something went wrong in Inventaris: {{detail}}',
  REPORT_UNWRITABLE:
    'The report could not be saved as {{path}}: the folder does not exist or is read-only, or the previous report is still open (for example in Word). Close the document or choose another place. Nothing was overwritten or lost.',
  HOUSE_STYLE_INVALID: 'The file {{path}} is not a usable Word document or template (.docx or .dotx), or it is damaged. The house style was not changed.',
};

const catalogues: Readonly<Record<Language, Catalogue>> = { nl, en };

/** The message for an error code, with `{{name}}` placeholders filled; unknown placeholders become empty. */
export function errorMessage(code: ErrorCode, language: Language, params: ErrorParams = {}): string {
  return catalogues[language][code].replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? '')).trim();
}

export const errorCatalogues = catalogues;
