/** Responses for the static data endpoints under src/pages/data/. */
export const jsonResponse = (data: unknown) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
export const csvResponse = (csv: string) =>
  new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
