// Route paths (hash routing, so a reload keeps the page). Later sections add theirs here.
export const routes = {
  start: '/',
  overview: '/overview',
} as const;
