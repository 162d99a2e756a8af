// Runs before first paint (blocking, in <head>): hides the content note when it was dismissed this session.
// Kept tiny and external because the Content-Security-Policy allows no inline script.
try {
  if (sessionStorage.getItem('content-note-dismissed')) document.documentElement.setAttribute('data-note-dismissed', '');
} catch (e) {}
