// Runs before first paint (blocking, in <head>). Marks the page as scripted, so controls that need JavaScript
// (.js-only) show from the first paint instead of appearing later and shifting the layout; and hides the content
// note when it was dismissed this session. Kept tiny and external: the Content-Security-Policy allows no inline script.
document.documentElement.classList.add('js');
try {
  if (sessionStorage.getItem('content-note-dismissed'))
    document.documentElement.setAttribute('data-note-dismissed', '');
} catch {
  // Storage blocked (some private modes): the note simply shows again.
}
