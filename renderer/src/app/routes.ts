// Route paths (hash routing, so a reload keeps the page). Later sections add theirs here.
export const routes = {
  start: '/',
  overview: '/overview',
  organisations: '/organisations',
  respondents: '/respondents',
  guide: '/guide',
  interviews: '/interviews',
  /** One interview: details, answers and notes. */
  interview: '/interviews/:id',
  /** Interview mode: the focused full-window form, outside the shell. */
  conduct: '/interviews/:id/conduct',
  notes: '/notes',
  sessions: '/sessions',
  recommendations: '/recommendations',
  backups: '/backups',
  settings: '/settings',
  /** The Word report: options, narratives, preview and export. */
  report: '/report',
  /** The analysis: heat map, themes, quotes, side by side, completeness (one route per view). */
  analysis: '/analysis',
  analysisView: '/analysis/:id',
} as const;

/** A route with its :id filled in, e.g. routeTo(routes.conduct, id). */
export function routeTo(route: string, id: string): string {
  return route.replace(':id', encodeURIComponent(id));
}
