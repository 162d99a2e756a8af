/**
 * The first-visit content note: shows a dismiss button (hidden without JavaScript, where the note simply stays)
 * and remembers the dismissal for this browsing session only. Used by src/components/ContentNote.astro;
 * public/early.js reads the same key before first paint.
 */
export const NOTE_KEY = 'content-note-dismissed';

export function installContentNote(note: HTMLElement | null, button: HTMLElement | null): void {
  if (!note || !button) return;
  button.addEventListener('click', () => {
    try {
      sessionStorage.setItem(NOTE_KEY, '1');
    } catch {
      /* storage disabled: hide for this page only */
    }
    document.documentElement.setAttribute('data-note-dismissed', '');
    document.getElementById('main')?.focus();
  });
}
