// The appendices: respondents (named only where allowed), interview guide, maturity model, codebook, and one
// profile page per organisation.
import type { AppendixKey, Block } from '../../../shared/contract/report';
import { fill, joinList } from '../../../shared/i18n/report';
import type { ModelContext } from './model';
import { codeLabel, dimensions, h2, h3, mayName, p, quoteBlocks, reportOrganisations, rolesPhrase } from './model-parts';

export function appendixChapter(ctx: ModelContext, key: AppendixKey): Block[] {
  switch (key) {
    case 'respondents':
      return respondents(ctx);
    case 'guide':
      return guide(ctx);
    case 'maturity':
      return maturity(ctx);
    case 'codebook':
      return codebook(ctx);
    case 'profiles':
      return profiles(ctx);
  }
}

function respondents(ctx: ModelContext): Block[] {
  const { t, data } = ctx;
  const interviewed = new Set(data.interviews.flatMap((i) => i.respondentIds));
  const people = data.respondents.filter((r) => interviewed.has(r.id) || data.interviews.length === 0);
  if (people.length === 0) return [{ kind: 'missing', text: t.respondents.none }];
  const byName = data.options.quotes === 'names';
  const names = new Map(data.organisations.map((o) => [o.id, o.name]));
  const orgName = (id: string | null) => (id ? (names.get(id) ?? '') : '');
  const collator = new Intl.Collator(ctx.language === 'nl' ? 'nl-NL' : 'en-GB');
  const sorted = [...people].sort((a, b) => collator.compare(orgName(a.organisationId), orgName(b.organisationId)) || a.role.localeCompare(b.role));
  const header = [...(byName ? [t.respondents.name] : []), t.respondents.organisation, t.respondents.role, t.respondents.jobTitle];
  const rows = sorted.map((r) => [
    ...(byName ? [mayName(ctx, r) ? r.name : t.respondents.withheld] : []),
    orgName(r.organisationId),
    t.roles[r.role],
    r.jobTitle,
  ]);
  return [
    p(byName ? t.respondents.lead : t.respondents.leadAnonymous),
    { kind: 'table', caption: ctx.tableCaption(t.respondents.caption), header, rows, widths: byName ? [3, 3, 2.5, 3.5] : [3, 2.5, 4] },
  ];
}

function guide(ctx: ModelContext): Block[] {
  const { t, data } = ctx;
  const sections = data.guide.sections;
  if (sections.length === 0) return [{ kind: 'missing', text: t.guide.none }];
  const blocks: Block[] = [p(t.guide.lead)];
  for (const section of sections) {
    blocks.push(h3(ctx.bilingual(section.title)));
    const intro = ctx.bilingual(section.intro);
    if (intro) blocks.push(p(intro, 'muted'));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: section.questions.map((q) => {
        const roles = q.roles.length === 0 || q.roles.length === 4 ? t.guide.allRoles : joinList(q.roles.map((r) => t.rolesPlural[r]), ctx.language);
        return [
          ...(q.code ? [{ text: `${q.code} `, bold: true }] : []),
          { text: ctx.bilingual(q.text) },
          { text: ` (${q.type === 'scale' ? `${t.guide.scale}; ` : ''}${fill(t.guide.forRoles, { roles })})`, italic: true },
        ];
      }),
    });
  }
  return blocks;
}

function maturity(ctx: ModelContext): Block[] {
  const { t } = ctx;
  const dims = dimensions(ctx);
  const blocks: Block[] = [p(fill(t.maturity.lead, { count: dims.length }))];
  for (const dimension of dims) {
    const name = `${dimension.code} ${ctx.bilingual(dimension.name)}`;
    blocks.push(h3(name));
    const description = ctx.bilingual(dimension.description);
    if (description) blocks.push(p(description, 'muted'));
    const levels = [1, 2, 3, 4, 5] as const;
    blocks.push({
      kind: 'table',
      caption: ctx.tableCaption(fill(t.maturity.caption, { dimension: ctx.bilingual(dimension.name) })),
      header: [t.maturity.level, t.maturity.description],
      rows: levels.map((level) => [`${level} ${ctx.levelName(level)}`, dimension.descriptors[level] ? ctx.bilingual(dimension.descriptors[level]!) : '']),
      widths: [2.2, 7.8],
      shadeColumn: 0,
      rowLevels: [...levels],
    });
  }
  return blocks;
}

function codebook(ctx: ModelContext): Block[] {
  const { t, data } = ctx;
  const codes = [...data.codes].sort((a, b) => a.position - b.position);
  return [
    p(t.codebook.lead),
    {
      kind: 'table',
      caption: ctx.tableCaption(t.codebook.caption),
      header: [t.codebook.code, t.codebook.label, t.codebook.polarity, t.codebook.definition],
      rows: codes.map((c) => [c.code, ctx.bilingual(c.label), t.codebook.polarities[c.polarity], ctx.bilingual(c.definition)]),
      widths: [1.3, 2.8, 1, 5.4],
    },
  ];
}

function profiles(ctx: ModelContext): Block[] {
  const { t, data } = ctx;
  const blocks: Block[] = [p(t.profiles.lead)];
  const dims = dimensions(ctx);
  // Interviews and quotes grouped by organisation once, not searched again for every profile page.
  const interviewsOf = groupBy(data.interviews, (i) => i.organisationId);
  const quotesOf = groupBy(data.analysis.quotes, (q) => q.organisationId);
  reportOrganisations(ctx).forEach((organisation, index) => {
    blocks.push(h2(organisation.name, index > 0));
    const interviews = interviewsOf.get(organisation.id) ?? [];
    if (interviews.length === 0) blocks.push({ kind: 'missing', text: t.profiles.noInterviews });
    else {
      const interviewed = new Set(interviews.flatMap((i) => i.respondentIds));
      const roles = data.respondents.filter((r) => interviewed.has(r.id)).map((r) => r.role);
      const template = interviews.length === 1 ? t.profiles.interviews_one : t.profiles.interviews_other;
      blocks.push(p(fill(template, { count: interviews.length, respondents: rolesPhrase(ctx, roles) })));
    }
    const levels = dims.map((d) => data.analysis.score(organisation.id, d.id));
    blocks.push({
      kind: 'table',
      caption: ctx.tableCaption(fill(t.profiles.scoresCaption, { organisation: organisation.name })),
      header: [t.profiles.score, t.profiles.dimension, t.profiles.level],
      rows: dims.map((d, i) => [levels[i] === null ? t.noData : String(levels[i]), `${d.code} ${ctx.bilingual(d.name)}`, levels[i] === null ? t.noDataLegend : ctx.levelName(levels[i]!)]),
      widths: [1, 6, 2.5],
      shadeColumn: 0,
      rowLevels: levels,
    });
    blocks.push(h3(t.profiles.topCodes));
    const counts = data.analysis.codeCounts({ organisationId: organisation.id }).filter((c) => c.total > 0).slice(0, 5);
    if (counts.length === 0) blocks.push(p(t.profiles.noCodes, 'muted'));
    else blocks.push({ kind: 'list', ordered: false, items: counts.map((c) => [{ text: fill(t.profiles.mentions, { label: codeLabel(ctx, c.codeId).label, count: c.total }) }]) });
    const quotes = quotesOf.get(organisation.id) ?? [];
    const quoted = quoteBlocks(ctx, quotes, 2, true);
    blocks.push(h3(t.profiles.quotes));
    if (quoted.length > 0) blocks.push(...quoted);
    else blocks.push(p(quotes.length === 0 ? t.profiles.noQuotes : t.profiles.quotesElsewhere, 'muted'));
  });
  return blocks;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
