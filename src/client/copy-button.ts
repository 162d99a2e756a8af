/** <copy-button data-text="…">: reveals its button and copies the text, announcing the result politely. */
class CopyButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const label = button.textContent ?? 'Copy';
    const status = document.createElement('span');
    status.className = 'sr-only';
    status.setAttribute('role', 'status');
    this.append(status);
    button.addEventListener('click', async () => {
      const text = this.dataset.text ?? '';
      const full = text.startsWith('/') ? new URL(text, location.href).href : text;
      try {
        await navigator.clipboard.writeText(full);
        button.textContent = 'Copied';
        status.textContent = 'Copied to the clipboard';
      } catch {
        button.textContent = 'Copy failed';
        status.textContent = 'Could not copy; select the text instead';
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
