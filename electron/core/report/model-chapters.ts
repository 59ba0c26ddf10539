// The generated material of each chapter, placed after the consultant's narrative. Judgement chapters
// (introduction, context, conclusions) have none: their text is the narrative alone.
import type { Block, ChapterKey } from '../../../shared/contract/report';
import type { RespondentRole } from '../../../shared/template/types';
import { fill } from '../../../shared/i18n/report';
import type { CodeCount } from './analysis-adapter';
import type { ModelContext } from './model';
import { CountsContext } from './words';
import type { ChartMaker } from './charts';
import type { ReportCounts } from './data';
import { formatHeatmapValue } from '../../../shared/charts/heatmap';
import { capitalise, codeLabel, dimensions, h2, h3, heatmapBlock, numberText, p, quoteBlocks, reportOrganisations, rolesPhrase } from './model-parts';

export function generatedChapter(ctx: ModelContext, key: ChapterKey, title: string, number: string): Block[] {
  switch (key) {
    case 'summary':
      return summary(ctx, title);
    case 'method':
      return method(ctx, number);
    case 'findings':
      return findings(ctx, title, number);
    case 'heatmap':
      return heatmap(ctx, title);
    case 'opportunities':
      return opportunities(ctx, number);
    case 'session':
      return session(ctx, title);
    case 'recommendations':
      return recommendations(ctx, title);
    case 'introduction':
    case 'context':
    case 'conclusions':
      return [];
  }
}

function summary(ctx: ModelContext, title: string): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [];
  const map = heatmapBlock(ctx);
  if (map) blocks.push(p(fill(t.summary.heatmapLead, { low: ctx.levelName(1), high: ctx.levelName(5) })), map);
  else {
    blocks.push({ kind: 'missing', text: t.heatmap.empty });
    ctx.note(title, t.missing.noScores);
  }
  blocks.push(h2(t.summary.topRecommendations));
  const top = ctx.data.recommendations.filter((r) => r.priority === 'high').concat(ctx.data.recommendations.filter((r) => r.priority !== 'high')).slice(0, 5);
  top.sort((a, b) => a.position - b.position);
  if (top.length === 0) blocks.push({ kind: 'missing', text: t.summary.noRecommendations });
  else blocks.push({ kind: 'list', ordered: true, items: top.map((r) => [{ text: r.text.trim() }]) });
  return blocks;
}

function method(ctx: ModelContext, number: string): Block[] {
  const { t, data } = ctx;
  const blocks: Block[] = [h2(`${number}.1 ${t.method.interviewsHeading}`)];
  const interviewed = new Set(data.interviews.flatMap((i) => i.respondentIds));
  const respondents = data.respondents.filter((r) => interviewed.has(r.id));
  if (data.interviews.length === 0) {
    blocks.push({ kind: 'missing', text: t.method.noInterviews });
    ctx.note(t.chapter.method, t.missing.noInterviews);
  } else {
    const orgIds = new Set(data.interviews.map((i) => i.organisationId).filter(Boolean));
    const dates = data.interviews.map((i) => i.scheduledAt.slice(0, 10)).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    const params = { count: data.interviews.length, organisations: orgIds.size, respondents: respondents.length };
    blocks.push(
      p(
        dates.length > 0
          ? fill(t.method.interviews, { ...params, from: ctx.date(dates[0]!), to: ctx.date(dates[dates.length - 1]!) })
          : fill(t.method.interviewsNoPeriod, params),
      ),
    );
    const roles: RespondentRole[] = (['procurement', 'policy', 'management', 'other'] as const).filter((role) => respondents.some((r) => r.role === role));
    const rows = reportOrganisations(ctx)
      .map((o) => {
        const mine = respondents.filter((r) => r.organisationId === o.id);
        return mine.length === 0 ? null : [o.name, ...roles.map((role) => String(mine.filter((r) => r.role === role).length)), String(mine.length)];
      })
      .filter((row): row is string[] => row !== null);
    rows.push([t.method.total, ...roles.map((role) => String(respondents.filter((r) => r.role === role).length)), String(respondents.length)]);
    blocks.push({
      kind: 'table',
      caption: ctx.tableCaption(t.method.byRoleCaption),
      header: [t.method.organisation, ...roles.map((r) => t.rolesColumn[r]), t.method.total],
      rows,
      widths: [4, ...roles.map(() => 1.5), 1.5],
      numeric: [...roles.map((_, i) => i + 1), roles.length + 1],
    });
  }
  blocks.push(
    h2(`${number}.2 ${t.method.analysisHeading}`),
    p(fill(t.method.analysis, { codes: data.codes.length, dimensions: data.guide.dimensions.length })),
    h2(`${number}.3 ${t.method.sessionHeading}`),
  );
  const knowledgeSession = data.sessions[0];
  if (!knowledgeSession) blocks.push({ kind: 'missing', text: t.method.noSession });
  else {
    const participants = data.respondents.filter((r) => knowledgeSession.participantIds.includes(r.id));
    const others = knowledgeSession.otherParticipants.split('\n').map((l) => l.trim()).filter(Boolean);
    const count = participants.length + others.length;
    const roleText = rolesPhrase(ctx, participants.map((r) => r.role)) + (others.length > 0 ? `${participants.length > 0 ? ` ${t.and} ` : ''}${others.length} ${t.rolesPlural.other}` : '');
    const template = knowledgeSession.heldOn ? t.method.session : t.method.sessionNoDate;
    blocks.push(p(fill(template, { date: ctx.date(knowledgeSession.heldOn), title: knowledgeSession.title, count, roles: roleText })));
    const named = participants.filter((r) => ctx.data.options.quotes === 'names' && r.consentQuoteByName && !r.forgottenAt).map((r) => r.name);
    if (named.length > 0) blocks.push(p(fill(t.method.sessionNamed, { names: named.join(', ') })));
  }
  blocks.push(h2(`${number}.4 ${t.method.limitationsHeading}`), p(t.method.limitations));
  return blocks;
}

/** Codes linked to a theme, with their counts, most mentioned first. */
function countsForDimension(ctx: ModelContext, dimensionId: string): CodeCount[] {
  const linked = new Set(ctx.data.codes.filter((c) => c.dimensionId === dimensionId).map((c) => c.id));
  return ctx.data.analysis.codeCounts().filter((c) => linked.has(c.codeId) && c.total > 0);
}

function findings(ctx: ModelContext, title: string, number: string): Block[] {
  const { t, data } = ctx;
  const orgs = reportOrganisations(ctx);
  const blocks: Block[] = [p(t.findings.lead)];
  if (data.interviews.length === 0) ctx.note(title, t.missing.noInterviews);
  dimensions(ctx).forEach((dimension, index) => {
    const name = ctx.bilingual(dimension.name);
    blocks.push(h2(`${number}.${index + 1} ${name}`));
    const description = ctx.bilingual(dimension.description);
    if (description) blocks.push(p(description));
    const scored = orgs.map((o) => ({ organisation: o, level: data.analysis.score(o.id, dimension.id) }));
    const rowsByLevel = [5, 4, 3, 2, 1].map((level) => ({ level, names: scored.filter((s) => s.level === level).map((s) => s.organisation.name) }));
    const without = scored.filter((s) => s.level === null).map((s) => s.organisation.name);
    const present = rowsByLevel.filter((r) => r.names.length > 0);
    if (present.length === 0) blocks.push(p(capitalise(t.findings.spreadNone) + '.', 'muted'));
    else {
      const rows = present.map((r) => [String(r.level), ctx.levelName(r.level), r.names.join(', ')]);
      const levels: (number | null)[] = present.map((r) => r.level);
      if (without.length > 0) {
        rows.push([t.noData, t.noDataLegend, without.join(', ')]);
        levels.push(null);
      }
      blocks.push({
        kind: 'table',
        caption: ctx.tableCaption(fill(t.findings.scoresCaption, { dimension: name })),
        header: [t.profiles.score, t.profiles.level, t.heatmap.corner],
        rows,
        widths: [1, 2, 7],
        shadeColumn: 0,
        rowLevels: levels,
      });
      blocks.push(p(fill(t.findings.spread, { parts: present.map((r) => fill(t.findings.spreadPart, { count: r.names.length, level: r.level })).join(', ') })));
      const median = data.analysis.medianLevel(dimension.id);
      const exact = data.analysis.median(dimension.id);
      if (median !== null && exact !== null) {
        const template = exact === median ? t.findings.median : t.findings.medianBetween;
        blocks.push(p(fill(template, { level: median, name: ctx.levelName(median), median: formatHeatmapValue(exact, 'level', ctx.locale, '–') })));
        const descriptor = dimension.descriptors[median as 1 | 2 | 3 | 4 | 5];
        if (descriptor && ctx.bilingual(descriptor)) blocks.push(p(fill(t.findings.levelDescription, { level: median, name: ctx.levelName(median), text: ctx.bilingual(descriptor) }), 'muted'));
      }
    }
    blocks.push(h3(t.findings.evidence));
    const counts = countsForDimension(ctx, dimension.id);
    if (counts.length === 0) blocks.push(p(t.findings.noEvidence, 'muted'));
    else
      blocks.push({
        kind: 'list',
        ordered: false,
        items: counts.slice(0, 6).map((c) => {
          const { code, label } = codeLabel(ctx, c.codeId);
          return [{ text: label, bold: true }, { text: ` (${code}): ${fill(t.profiles.mentions, { label: '', count: c.total }).trim()}` }];
        }),
      });
    const quotes = data.analysis.quotes.filter((q) => q.dimensionIds.includes(dimension.id));
    if (quotes.length > 0) blocks.push(...quoteBlocks(ctx, quotes, 3));
  });
  return blocks;
}

function heatmap(ctx: ModelContext, title: string): Block[] {
  const { t } = ctx;
  const map = heatmapBlock(ctx);
  if (!map) {
    ctx.note(title, t.missing.noScores);
    return [{ kind: 'missing', text: t.heatmap.empty }];
  }
  return [p(t.heatmap.lead), map];
}

function codeTable(ctx: ModelContext, counts: readonly CodeCount[], countOf: (count: CodeCount) => number, caption: string): Block {
  const { t } = ctx;
  return {
    kind: 'table',
    caption: ctx.tableCaption(caption),
    header: [t.opportunities.code, t.opportunities.label, t.opportunities.count],
    rows: counts.map((c) => {
      const { code, label } = codeLabel(ctx, c.codeId);
      return [code, label, numberText(ctx, countOf(c))];
    }),
    widths: [1.4, 6, 1.2],
    numeric: [2],
  };
}

type Polarity = 'kans' | 'knelpunt';

/** The two role groups of the kansen-en-knelpunten chapter. */
function opportunityGroups(ctx: CountsContext | ModelContext): { role: RespondentRole; heading: string; roleName: string }[] {
  const { t } = ctx;
  return [
    { role: 'procurement', heading: t.opportunities.procurement, roleName: t.rolesPlural.procurement },
    { role: 'policy', heading: t.opportunities.policy, roleName: t.rolesPlural.policy },
  ];
}

/**
 * The top ten kansen (or knelpunten) of one role and the bar chart that shows them. Needs only the code counts, so
 * the export can ask for the charts (startOpportunityCharts) before the scores and quotes are read.
 */
function opportunityCounts(ctx: CountsContext | ModelContext, role: RespondentRole, roleName: string, polarity: Polarity) {
  const { t, data } = ctx;
  const polarityOf = new Map(data.codes.map((c) => [c.id, c.polarity]));
  const name = polarity === 'kans' ? t.opportunities.kansen : t.opportunities.knelpunten;
  // A code that can be both counts here only with the mentions used this way (as the app's theme lists do).
  const countAs = (c: CodeCount) => (c.lean ? (c.lean[polarity][role] ?? 0) : polarityOf.get(c.codeId) === polarity ? (c.byRole[role] ?? 0) : 0);
  // Most mentioned by the role first, so codes counted as often here keep that order.
  const counts = data.analysis
    .codeCounts()
    .filter((c) => (c.byRole[role] ?? 0) > 0)
    .sort((a, b) => (b.byRole[role] ?? 0) - (a.byRole[role] ?? 0))
    .filter((c) => (polarityOf.get(c.codeId) === polarity || polarityOf.get(c.codeId) === 'both') && countAs(c) > 0)
    .sort((a, b) => countAs(b) - countAs(a))
    .slice(0, 10);
  const items = counts.map((c) => ({ label: codeLabel(ctx, c.codeId).label, value: countAs(c) }));
  const chartTitle = fill(t.opportunities.chartCaption, { polarity: name, role: roleName });
  const alt = fill(t.opportunities.chartAlt, { items: items.map((i) => `${i.label} ${i.value}`).join(', ') });
  const chart = () =>
    ctx.charts.bars({
      title: chartTitle,
      description: alt,
      items,
      locale: ctx.locale,
      colour: polarity === 'kans' ? '#0f6e63' : '#9c4221',
      columns: [t.opportunities.label, t.opportunities.count],
    });
  return { name, counts, countAs, chartTitle, alt, chart };
}

/** Asks `ctx.charts` for the chapter's bar charts, as the chapter will; the export draws them meanwhile. */
export function startOpportunityCharts(counts: ReportCounts, charts: ChartMaker): void {
  if (counts.options.chaptersOff.includes('opportunities')) return;
  const ctx = new CountsContext(counts, charts);
  for (const group of opportunityGroups(ctx)) {
    for (const polarity of ['kans', 'knelpunt'] as const) {
      const found = opportunityCounts(ctx, group.role, group.roleName, polarity);
      if (found.counts.length > 0) found.chart();
    }
  }
}

function opportunities(ctx: ModelContext, number: string): Block[] {
  const { t, data } = ctx;
  const blocks: Block[] = [p(t.opportunities.lead)];
  const all = data.analysis.codeCounts();
  opportunityGroups(ctx).forEach((group, index) => {
    blocks.push(h2(`${number}.${index + 1} ${group.heading}`));
    const mine = all.filter((c) => (c.byRole[group.role] ?? 0) > 0);
    if (mine.length === 0) {
      blocks.push(p(t.opportunities.none, 'muted'));
      return;
    }
    for (const polarity of ['kans', 'knelpunt'] as const) {
      const { name, counts, countAs, chartTitle, alt, chart: draw } = opportunityCounts(ctx, group.role, group.roleName, polarity);
      if (counts.length === 0) continue;
      blocks.push(h3(name));
      const chart = draw();
      if (chart) blocks.push({ kind: 'figure', caption: ctx.figureCaption(chartTitle), alt, ...chart });
      else blocks.push(codeTable(ctx, counts, countAs, fill(t.opportunities.countCaption, { polarity: name, role: group.roleName })));
    }
    const quotes = data.analysis.quotes.filter((q) => q.roles.includes(group.role));
    if (quotes.length > 0) blocks.push(h3(t.opportunities.quotes), ...quoteBlocks(ctx, quotes, 3));
  });
  blocks.push(h2(`${number}.3 ${t.opportunities.shared}`));
  const shared = all.filter((c) => (c.byRole.procurement ?? 0) > 0 && (c.byRole.policy ?? 0) > 0);
  if (shared.length === 0) blocks.push(p(t.opportunities.none, 'muted'));
  else
    blocks.push({
      kind: 'table',
      caption: ctx.tableCaption(t.opportunities.sharedCaption),
      header: [t.opportunities.code, t.opportunities.label, t.opportunities.procurementCount, t.opportunities.policyCount, t.method.total],
      rows: shared.map((c) => {
        const { code, label } = codeLabel(ctx, c.codeId);
        return [code, label, numberText(ctx, c.byRole.procurement ?? 0), numberText(ctx, c.byRole.policy ?? 0), numberText(ctx, c.total)];
      }),
      widths: [1.4, 5, 1.3, 1.3, 1.2],
      numeric: [2, 3, 4],
    });
  return blocks;
}

function session(ctx: ModelContext, title: string): Block[] {
  const { t, data } = ctx;
  if (data.sessions.length === 0) {
    ctx.note(title, t.missing.noSession);
    return [{ kind: 'missing', text: t.session.noSession }];
  }
  const blocks: Block[] = [];
  for (const s of data.sessions) {
    if (data.sessions.length > 1) blocks.push(h2(s.heldOn ? `${s.title} (${ctx.date(s.heldOn)})` : s.title));
    if (s.agenda.trim()) blocks.push(h3(t.session.agenda), ...textBlocks(s.agenda));
    blocks.push(h3(t.session.outcomes));
    if (s.outcomes.trim()) blocks.push(...textBlocks(s.outcomes));
    else {
      blocks.push({ kind: 'missing', text: t.session.noOutcomes });
      ctx.note(title, t.session.noOutcomes);
    }
    const notes = data.notes.filter((n) => n.sessionId === s.id && n.kind !== 'action');
    if (notes.length > 0) blocks.push(h3(t.session.notes), { kind: 'list', ordered: false, items: notes.map((n) => [{ text: n.text.trim() }]) });
  }
  return blocks;
}

/** Plain text typed in a multi-line field: paragraphs at blank lines, lines starting with "-" as a bullet list. */
function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    const bullets = lines.every((l) => /^[-•*]\s+/.test(l));
    const numbered = !bullets && lines.every((l) => /^\d+[.)]\s+/.test(l));
    if (bullets || numbered) {
      const items = lines.map((l) => [{ text: l.replace(bullets ? /^[-•*]\s+/ : /^\d+[.)]\s+/, '') }]);
      const last = blocks[blocks.length - 1];
      // Items separated by blank lines are still one list.
      if (last?.kind === 'list' && last.ordered === numbered) blocks[blocks.length - 1] = { ...last, items: [...last.items, ...items] };
      else blocks.push({ kind: 'list', ordered: numbered, items });
    } else blocks.push(p(lines.join('\n')));
  }
  return blocks;
}

function recommendations(ctx: ModelContext, title: string): Block[] {
  const { t, data } = ctx;
  if (data.recommendations.length === 0) {
    ctx.note(title, t.missing.noRecommendations);
    return [{ kind: 'missing', text: t.recommendations.none }];
  }
  const ordered = [...data.recommendations].sort((a, b) => a.position - b.position);
  return [
    {
      kind: 'list',
      ordered: true,
      items: ordered.map((r) => {
        const organisation = data.organisations.find((o) => o.id === r.organisationId);
        const to = organisation ? fill(t.recommendations.forOrganisation, { organisation: organisation.name }) : t.recommendations.addressed[r.addressedTo];
        return [{ text: `${to}: `, bold: true }, { text: r.text.trim() }, { text: ` (${t.recommendations.priority[r.priority]})`, italic: true }];
      }),
    },
  ];
}
