/** <chart-filter>: shows the gallery's filter form and hides charts that do not match every chosen filter. */
class ChartFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const items = [...this.querySelectorAll<HTMLElement>('.chart-list > li')];
    const status = this.querySelector('.filter-status');
    if (!form) return;
    const apply = () => {
      const chosen = Object.fromEntries(new FormData(form)) as Record<string, string>;
      let shown = 0;
      for (const item of items) {
        const match = Object.entries(chosen).every(
          ([key, value]) => !value || (item.dataset[key] ?? '').split(' ').includes(value),
        );
        item.hidden = !match;
        if (match) shown++;
      }
      if (status) status.textContent = `${shown} of ${items.length} charts shown`;
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', (e) => e.preventDefault());
  }
}
if (!customElements.get('chart-filter')) customElements.define('chart-filter', ChartFilter);
