// Pieces several chapters share: the heat map, quotes with their (anonymised or named) source, code tables.
import type { Organisation, Respondent } from '../../../shared/contract/fieldwork';
import type { RespondentRole } from '../../../shared/template/types';
import type { Block, Run } from '../../../shared/contract/report';
import { joinList } from '../../../shared/i18n/report';
import { formatHeatmapValue } from '../../../shared/charts/heatmap';
import type { ReportQuote } from './analysis-adapter';
import type { ModelContext } from './model';
import type { ReportData } from './data';

export const p = (text: string, tone?: 'muted'): Block => ({ kind: 'paragraph', runs: [{ text }], ...(tone ? { tone } : {}) });
export const runs = (...parts: Run[]): Block => ({ kind: 'paragraph', runs: parts });
export const h2 = (text: string, pageBreakBefore = false): Block => ({ kind: 'heading', level: 2, text, ...(pageBreakBefore ? { pageBreakBefore } : {}) });
export const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });

/** The organisations the report is about, in alphabetical order (Dutch collation). */
export function reportOrganisations(ctx: ModelContext): Organisation[] {
  const collator = new Intl.Collator(ctx.language === 'nl' ? 'nl-NL' : 'en-GB', { sensitivity: 'base' });
  return [...ctx.data.organisations].sort((a, b) => collator.compare(a.name, b.name));
}

export function dimensions(ctx: ModelContext) {
  return [...ctx.data.guide.dimensions].sort((a, b) => a.position - b.position);
}

/** The maturity heat map as a native table: one row per organisation, one column per theme, a median row. */
export function heatmapBlock(ctx: ModelContext): Block | null {
  const { t, data } = ctx;
  const orgs = reportOrganisations(ctx);
  const dims = dimensions(ctx);
  if (orgs.length === 0 || dims.length === 0) return null;
  const rows = orgs.map((o) => ({ label: o.name, levels: dims.map((d) => data.analysis.score(o.id, d.id)) }));
  if (rows.every((r) => r.levels.every((l) => l === null))) return null;
  // The median row shows the exact median, as the app's heat map does (2,5 for an even count); it is shaded by the
  // level the median falls in.
  const medians = dims.map((d) => data.analysis.median(d.id));
  const median = {
    label: t.heatmap.median,
    levels: dims.map((d) => data.analysis.medianLevel(d.id)),
    texts: medians.map((m) => (m === null ? '–' : formatHeatmapValue(m, 'level', ctx.locale, '–'))),
    summary: true,
  };
  return {
    kind: 'heatmap',
    caption: ctx.tableCaption(t.heatmap.caption),
    corner: t.heatmap.corner,
    columns: dims.map((d) => ({ code: d.code, name: ctx.bilingual(d.name) })),
    rows: [...rows, median],
    legend: [1, 2, 3, 4, 5].map((level) => ({ level, name: ctx.levelName(level) })),
    noData: t.noDataLegend,
  };
}

/** Whether a respondent may be named: names were asked for, consent is recorded, and they were not forgotten. */
export function mayName(ctx: ModelContext, respondent: Respondent | undefined): respondent is Respondent {
  return ctx.data.options.quotes === 'names' && !!respondent && respondent.consentQuoteByName && !respondent.forgottenAt;
}

/** "Inkoopadviseur, gemeente B" or, where names are asked for and every respondent consented, the named label. */
export function quoteSource(ctx: ModelContext, quote: ReportQuote, withinOrganisation = false): string {
  if (ctx.data.options.quotes === 'names' && quote.namedLabel) return quote.namedLabel;
  // On an organisation's own profile page the letter of the anonymised label would reveal which organisation that
  // letter stands for everywhere else, so there the source is the role alone.
  if (withinOrganisation && quote.roles.length > 0) return capitalise(joinList(quote.roles.map((r) => ctx.t.roles[r]), ctx.language));
  return capitalise(quote.anonymousLabel);
}

export function quoteBlocks(ctx: ModelContext, quotes: readonly ReportQuote[], max: number, withinOrganisation = false): Block[] {
  // A quote shown elsewhere as "gemeente B" must not reappear on Ede's profile page: the pair would reveal who B is.
  const anonymous = ctx.data.options.quotes !== 'names';
  const usable = withinOrganisation && anonymous ? quotes.filter((q) => !ctx.quotedWithLabel.has(q.id)) : quotes;
  const chosen = usable.slice(0, max);
  if (!withinOrganisation) for (const q of chosen) ctx.quotedWithLabel.add(q.id);
  return chosen.map((q) => ({ kind: 'quote', text: q.text.trim(), source: quoteSource(ctx, q, withinOrganisation) }) as Block);
}

export function capitalise(text: string): string {
  return text ? text[0]!.toLocaleUpperCase() + text.slice(1) : text;
}

/** The roles of a set of respondents as a phrase: "3 inkoopadviseurs en 2 beleidsmedewerkers". */
export function rolesPhrase(ctx: ModelContext, roles: readonly RespondentRole[]): string {
  const counts = new Map<RespondentRole, number>();
  for (const role of roles) counts.set(role, (counts.get(role) ?? 0) + 1);
  const order: RespondentRole[] = ['procurement', 'policy', 'management', 'other'];
  const parts = order.filter((r) => counts.has(r)).map((r) => `${counts.get(r)} ${counts.get(r) === 1 ? ctx.t.roles[r] : ctx.t.rolesPlural[r]}`);
  return joinList(parts, ctx.language);
}

export function codeLabel(ctx: Pick<ModelContext, 'bilingual'> & { readonly data: Pick<ReportData, 'codes'> }, codeId: string): { code: string; label: string } {
  const code = ctx.data.codes.find((c) => c.id === codeId);
  return code ? { code: code.code, label: ctx.bilingual(code.label) } : { code: '?', label: '?' };
}

export function numberText(ctx: ModelContext, value: number): string {
  return ctx.numberFormat.format(value);
}
