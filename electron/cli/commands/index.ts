// Every subcommand, in the order `--help` lists them. A new command is one module here plus one line below.
import { analyseCommand, exportCommand, searchCommand } from './analysis';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import type { CliCommand } from './command';
import { infoCommand } from './info';
import { mergeCommand } from './merge';
import { newCommand } from './new';
import { reportCommand } from './report';
import { backupsCommand, restoreCommand, shareCommand } from './share';
import { webCommand } from './web';

export const commands: readonly CliCommand[] = [
  newCommand,
  demoCommand,
  infoCommand,
  checkCommand,
  mergeCommand,
  shareCommand,
  backupsCommand,
  restoreCommand,
  analyseCommand,
  exportCommand,
  searchCommand,
  reportCommand,
  webCommand,
];
