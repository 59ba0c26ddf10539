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
  REASON_REQUIRED: 'Geef een reden op voor het aanpassen van de score. Er is niets gewijzigd.',
  RANGE_OUTSIDE_TEXT: 'De gekozen tekst ({{start}}–{{end}}) valt buiten de tekst, die {{length}} tekens lang is. Er is niets gecodeerd.',
  SOURCE_DELETED: 'Deze tekst hoort bij iets dat is verwijderd (een notitie, interview, sessie of aanbeveling) en kan niet worden gecodeerd. Zet het eerst terug.',
  MERGE_INTO_SELF: 'Een code kan niet met zichzelf worden samengevoegd. Kies een andere code.',
  CODE_CYCLE: 'Een code kan niet onder zichzelf of onder een van zijn eigen subcodes hangen.',
  SEARCH_EMPTY: 'Typ een of meer woorden om te zoeken. Tekens als haakjes, dubbele punten en een losse * worden genegeerd.',
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
  REASON_REQUIRED: 'Give a reason for changing the score. Nothing was changed.',
  RANGE_OUTSIDE_TEXT: 'The selected text ({{start}}–{{end}}) lies outside the text, which is {{length}} characters long. Nothing was coded.',
  SOURCE_DELETED: 'This text belongs to something that was deleted (a note, interview, session or recommendation) and cannot be coded. Restore it first.',
  MERGE_INTO_SELF: 'A code cannot be merged into itself. Choose another code.',
  CODE_CYCLE: 'A code cannot be nested under itself or under one of its own subcodes.',
  SEARCH_EMPTY: 'Type one or more words to search. Characters such as brackets, colons and a lone * are ignored.',
};

const catalogues: Readonly<Record<Language, Catalogue>> = { nl, en };

/** The message for an error code, with `{{name}}` placeholders filled; unknown placeholders become empty. */
export function errorMessage(code: ErrorCode, language: Language, params: ErrorParams = {}): string {
  return catalogues[language][code].replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key] ?? '')).trim();
}

export const errorCatalogues = catalogues;
