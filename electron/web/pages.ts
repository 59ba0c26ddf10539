// The few pages the web host writes itself. Bilingual, because the visitor's language is not known yet;
// no inline style or script, which the CSP would block anyway.

const page = (title: string, body: string) => `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="icon" href="data:,">
    <title>${title}</title>
  </head>
  <body>
${body}
  </body>
</html>
`;

export function forbiddenPage(): string {
  return page(
    'Inventaris: geen toegang / access denied',
    `    <h1>Geen toegang</h1>
    <p>Open Inventaris via de link die <code>npm run web</code> (of <code>inventaris web</code>) in de terminal heeft getoond. Die link bevat een sleutel die bij elke start verandert.</p>
    <h1 lang="en">Access denied</h1>
    <p lang="en">Open Inventaris through the link printed by <code>npm run web</code> (or <code>inventaris web</code>) in the terminal. That link holds a key that changes at every start.</p>`,
  );
}

export function notFoundPage(): string {
  return page('Inventaris: niet gevonden / not found', '    <h1>Niet gevonden</h1>\n    <p lang="en">Not found.</p>');
}
