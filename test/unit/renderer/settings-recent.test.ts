// Pure helpers behind the settings form and the recent list: initials from a name, only changed settings are sent,
// and same-titled recent files are told apart by file name (and folder when the names match too).
import { describe, expect, it } from 'vitest';
import type { RecentFile, Settings } from '../../../shared/contract/schemas';
import { changedFields, initialsFrom, settingsFormSchema } from '../../../renderer/src/features/settings/settings-form';
import { distinguishingNames } from '../../../renderer/src/features/start/recent-names';

const recent = (path: string, title: string): RecentFile => ({ path, title, openedAt: '2026-12-01T10:00:00.000Z', exists: true });

describe('initials from a name', () => {
  it('take the first letter of each part and skip Dutch name particles', () => {
    expect(initialsFrom('Sanne van der Berg')).toBe('SB');
    expect(initialsFrom('Ahmed Bakkali')).toBe('AB');
    expect(initialsFrom("Jan-Willem ten Hove")).toBe('JWH');
    expect(initialsFrom('élise')).toBe('É');
    expect(initialsFrom('van der')).toBe('VD');
    expect(initialsFrom('  ')).toBe('');
  });
});

describe('the settings form', () => {
  const stored: Settings = { language: 'nl', authorName: 'Sanne', authorInitials: 'S', defaultInterviewer: '', backupsToKeep: 10, identityConfirmed: true };

  it('sends only the fields that changed', () => {
    expect(changedFields({ language: 'nl', authorName: 'Sanne', authorInitials: 'S', defaultInterviewer: '', backupsToKeep: 10 }, stored)).toEqual({});
    expect(changedFields({ language: 'en', authorName: 'Sanne', authorInitials: 'SJ', defaultInterviewer: '', backupsToKeep: 3 }, stored)).toEqual({ language: 'en', authorInitials: 'SJ', backupsToKeep: 3 });
  });

  it('names each problem with a message code the UI translates', () => {
    const issues = (values: object) => settingsFormSchema.safeParse({ ...stored, ...values }).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(issues({ authorName: '  ' })).toEqual(['authorName:nameRequired']);
    expect(issues({ authorInitials: 'ABCDEFGHI' })).toEqual(['authorInitials:tooLong']);
    expect(issues({ backupsToKeep: Number.NaN })).toEqual(['backupsToKeep:backupsRange']);
    expect(issues({ backupsToKeep: 2.5 })).toEqual(['backupsToKeep:backupsRange']);
    expect(issues({ backupsToKeep: 101 })).toEqual(['backupsToKeep:backupsRange']);
    expect(issues({ backupsToKeep: 0 })).toBeUndefined();
  });
});

describe('same-titled recent files', () => {
  it('are told apart by file name; files with a title of their own need nothing', () => {
    const names = distinguishingNames([
      recent('/home/sanne/Documents/Inventaris/demo-regio-foodvalley.inventaris', 'Inventarisatie circulair inkopen Regio Foodvalley'),
      recent('/home/sanne/Documents/Inventaris/demo-regio-foodvalley-2.inventaris', 'Inventarisatie circulair inkopen Regio Foodvalley'),
      recent('/home/sanne/Documents/Inventaris/ede.inventaris', 'Circulair inkopen Ede'),
    ]);
    expect([...names.entries()]).toEqual([
      ['/home/sanne/Documents/Inventaris/demo-regio-foodvalley.inventaris', 'demo-regio-foodvalley.inventaris'],
      ['/home/sanne/Documents/Inventaris/demo-regio-foodvalley-2.inventaris', 'demo-regio-foodvalley-2.inventaris'],
    ]);
  });

  it('add the folder when the file names are the same too, and compare titles without case or spaces around', () => {
    const names = distinguishingNames([recent('/work/ede/rapport.inventaris', 'Ede '), recent('C:\\Users\\sanne\\kopie\\rapport.inventaris', 'ede')]);
    expect(names.get('/work/ede/rapport.inventaris')).toBe('ede/rapport.inventaris');
    expect(names.get('C:\\Users\\sanne\\kopie\\rapport.inventaris')).toBe('kopie/rapport.inventaris');
  });
});
