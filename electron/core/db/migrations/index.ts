// The ordered list of migrations. The schema version of a file is the number of the last migration applied.
import { migration001 } from './001-infrastructure';
import { migration002 } from './002-inventory';
import { migration003 } from './003-fieldwork';
import { migration004 } from './004-analysis';
import { migration005 } from './005-merge';
import { migration006 } from './006-report';
import type { Migration } from './types';

export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006];

export const latestSchemaVersion = migrations.length;

export type { Migration };
