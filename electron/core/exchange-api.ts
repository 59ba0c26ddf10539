// Handlers of merging and conflicts: validation has happened in the registry; a merge is one transaction.
import type { MethodName } from '../../shared/contract/methods';
import type { Handler } from './registry';
import { countConflicts, listConflicts, resolveConflict } from './exchange/conflicts';
import { listMergeHistory } from './exchange/history';
import { mergeInventoryFile } from './exchange/merge';
import { backupOptionsFor, createBackup } from './exchange/backups';
import { mergeables } from './exchange/mergeable';
import { read, write } from './unit-of-work';
import { forgetInBackups, forgottenRespondentIds } from './share-api';

type ExchangeMethod = Extract<MethodName, `${'merge' | 'conflicts'}.${string}`>;

/** Every kind of row a merge may change, for the db.changed event. */
const allEntities = [...mergeables.map((m) => m.entity), 'sessions', 'guide', 'conflicts'];

export const exchangeHandlers: { readonly [M in ExchangeMethod]: Handler<M> } = {
  'merge.run': ({ path, passphrase }, s) => {
    const file = s.requireFile();
    const forgottenBefore = forgottenRespondentIds(s);
    const summary = mergeInventoryFile(file, s.author, path, {
      passphrase,
      backup: (local) => createBackup(local, 'merge', backupOptionsFor(s.env.config, { appVersion: s.env.appVersion, byteCopy: true })).path,
    });
    if (!summary.nothingNew) {
      // A colleague's copy may bring the forgetting of someone: forget them in this inventory's backups too, as
      // forgetting them here does (restoring such a backup would forget them again, but the name must not stay
      // on disk). The backup taken just before the merge is one of them.
      forgetInBackups(s, [...forgottenRespondentIds(s)].filter((id) => !forgottenBefore.has(id)));
      s.touchRecent();
      s.changed(...allEntities);
    }
    return summary;
  },
  'merge.history': (_, s) => listMergeHistory(read(s)),
  'conflicts.list': (_, s) => listConflicts(read(s)),
  'conflicts.count': (_, s) => ({ count: countConflicts(read(s)) }),
  'conflicts.resolve': ({ entity, rowId, field, value }, s) =>
    write(s, [entity, 'conflicts', ...(entity === 'knowledge_sessions' ? ['sessions'] : []), ...(entity.startsWith('guide') || entity.startsWith('maturity') || entity === 'codebook_codes' ? ['guide'] : [])], (ctx) => ({
      count: resolveConflict(ctx, { entity, rowId, field }, value),
    })),
};
