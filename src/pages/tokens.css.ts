// Serves the design tokens as /tokens.css so CSS and chart code share one source (src/design/tokens.ts).
import { tokensToCss } from '../design/tokens.ts';

export function GET() {
  return new Response(tokensToCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
