/**
 * Runs inside /embed/<id>/: applies the query options (?theme=light|dark|auto, ?table=1) and tells the host page
 * how tall the content is, so /embed.js can size the iframe: on load, on every change of height, and when the host
 * asks (embed.js is async and can start after the first report). The message carries only a height and the chart id.
 */
const params = new URLSearchParams(location.search);
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
if (params.get('table') === '1')
  document.querySelectorAll('details.chart-table').forEach((d) => d.setAttribute('open', ''));

const id = location.pathname.split('/').filter(Boolean).pop();
let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  // The height is not sensitive, and the host's origin is unknown here: '*' is the right target.
  window.parent.postMessage({ type: 'survivors-voices:embed-size', id, height }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || event.data?.type !== 'survivors-voices:embed-size-request') return;
  last = 0;
  report();
});
document.addEventListener('toggle', report, true);
report();
