// Strings of the desktop shell that the renderer never shows: the native menu, native file dialogs and error boxes.
// Dutch first; both catalogues have the same keys, so a missing translation does not compile.
import type { Language } from './languages';

export interface DesktopStrings {
  readonly fileMenu: string;
  readonly newInventory: string;
  readonly open: string;
  readonly openRecent: string;
  readonly noRecentFiles: string;
  readonly clearRecent: string;
  readonly saveCopyAs: string;
  readonly mergeFile: string;
  readonly close: string;
  readonly quit: string;

  readonly editMenu: string;
  readonly undo: string;
  readonly redo: string;
  readonly cut: string;
  readonly copy: string;
  readonly paste: string;
  readonly pasteAndMatchStyle: string;
  readonly delete: string;
  readonly selectAll: string;

  readonly viewMenu: string;
  readonly reload: string;
  readonly resetZoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly toggleFullScreen: string;
  readonly toggleDevTools: string;

  readonly windowMenu: string;
  readonly minimize: string;

  readonly helpMenu: string;
  readonly about: string;

  /** Name of the file type in open/save dialogs. */
  readonly fileTypeName: string;
  readonly openDialogTitle: string;
  readonly saveDialogTitle: string;
  /** The open dialog for a house-style Word file (.docx or .dotx). */
  readonly houseStyleDialogTitle: string;
  readonly wordFileTypeName: string;
  readonly openFailedTitle: string;
}

const nl: DesktopStrings = {
  fileMenu: 'Bestand',
  newInventory: 'Nieuwe inventarisatie',
  open: 'Openen…',
  openRecent: 'Recent openen',
  noRecentFiles: 'Geen recente bestanden',
  clearRecent: 'Lijst wissen',
  saveCopyAs: 'Kopie delen…',
  mergeFile: 'Bestand samenvoegen…',
  close: 'Sluiten',
  quit: 'Afsluiten',

  editMenu: 'Bewerken',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  cut: 'Knippen',
  copy: 'Kopiëren',
  paste: 'Plakken',
  pasteAndMatchStyle: 'Plakken zonder opmaak',
  delete: 'Verwijderen',
  selectAll: 'Alles selecteren',

  viewMenu: 'Beeld',
  reload: 'Opnieuw laden',
  resetZoom: 'Werkelijke grootte',
  zoomIn: 'Inzoomen',
  zoomOut: 'Uitzoomen',
  toggleFullScreen: 'Volledig scherm',
  toggleDevTools: 'Ontwikkelhulpmiddelen',

  windowMenu: 'Venster',
  minimize: 'Minimaliseren',

  helpMenu: 'Help',
  about: 'Over Inventaris',

  fileTypeName: 'Inventaris-bestand',
  openDialogTitle: 'Inventarisatie openen',
  saveDialogTitle: 'Inventarisatie opslaan',
  houseStyleDialogTitle: 'Huisstijl voor het rapport kiezen',
  wordFileTypeName: 'Word-document of -sjabloon',
  openFailedTitle: 'Bestand kan niet worden geopend',
};

const en: DesktopStrings = {
  fileMenu: 'File',
  newInventory: 'New inventory',
  open: 'Open…',
  openRecent: 'Open recent',
  noRecentFiles: 'No recent files',
  clearRecent: 'Clear list',
  saveCopyAs: 'Share a copy…',
  mergeFile: 'Merge a file…',
  close: 'Close',
  quit: 'Quit',

  editMenu: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAndMatchStyle: 'Paste without formatting',
  delete: 'Delete',
  selectAll: 'Select all',

  viewMenu: 'View',
  reload: 'Reload',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toggleFullScreen: 'Full screen',
  toggleDevTools: 'Developer tools',

  windowMenu: 'Window',
  minimize: 'Minimise',

  helpMenu: 'Help',
  about: 'About Inventaris',

  fileTypeName: 'Inventaris file',
  openDialogTitle: 'Open inventory',
  saveDialogTitle: 'Save inventory',
  houseStyleDialogTitle: 'Choose a house style for the report',
  wordFileTypeName: 'Word document or template',
  openFailedTitle: 'The file cannot be opened',
};

export const desktopCatalogues: Readonly<Record<Language, DesktopStrings>> = { nl, en };

export function desktopStrings(language: Language): DesktopStrings {
  return desktopCatalogues[language];
}
