/**
 * <chart-figure>: enhances a server-rendered chart. Marks become focusable (Tab / arrow keys) and show a
 * tooltip with their label and value on hover or focus. It never re-draws the chart, so nothing shifts when it
 * loads. No dependencies: the SVG already carries each mark's label and value as data attributes.
 */
class ChartFigure extends HTMLElement {
  connectedCallback() {
    const marks = [...this.querySelectorAll<SVGGElement>('.mark')];
    if (!marks.length) return;
    const tip = document.createElement('div');
    tip.className = 'chart-tooltip';
    tip.hidden = true;
    tip.setAttribute('aria-hidden', 'true');
    this.append(tip);
    const show = (mark: SVGGElement) => {
      marks.forEach((m) => m.classList.toggle('active', m === mark));
      tip.textContent = `${mark.dataset.label}: ${mark.dataset.value}`;
      tip.hidden = false;
      const box = mark.getBoundingClientRect();
      const host = this.getBoundingClientRect();
      tip.style.left = `${Math.max(0, Math.min(box.left - host.left, host.width - 200))}px`;
      tip.style.top = `${box.bottom - host.top + 6}px`;
    };
    const hide = () => {
      tip.hidden = true;
      marks.forEach((m) => m.classList.remove('active'));
    };
    marks.forEach((mark, i) => {
      mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', `${mark.dataset.label}: ${mark.dataset.value}`);
      mark.addEventListener('mouseenter', () => show(mark));
      mark.addEventListener('mouseleave', hide);
      mark.addEventListener('focus', () => show(mark));
      mark.addEventListener('blur', hide);
      mark.addEventListener('keydown', (event) => {
        const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
        if (event.key === 'Escape') return hide();
        if (!step) return;
        event.preventDefault();
        const next = marks[(i + step + marks.length) % marks.length]!;
        mark.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
      });
    });
  }
}
if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigure);
