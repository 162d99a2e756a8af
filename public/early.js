// Runs before first paint (blocking, in <head>). Marks the page as scripted, so controls that need JavaScript
// (.js-only) show from the first paint instead of appearing later and shifting the layout; and hides the content
// note when it was dismissed this session; and marks an address with a query (a shared /quotes/ link names its
// filters there), so a listing rendered for no filters is not shown before the page's script applies them. Kept
// tiny and external: the Content-Security-Policy allows no inline script.
document.documentElement.classList.add('js');
if (location.search.length > 1) document.documentElement.setAttribute('data-query', '');
try {
  if (sessionStorage.getItem('content-note-dismissed'))
    document.documentElement.setAttribute('data-note-dismissed', '');
} catch {
  // Storage blocked (some private modes): the note simply shows again.
}
