/**
 * <chart-figure>: enhances a server-rendered chart. Marks become focusable (Tab, then arrow keys) and show a
 * tooltip with their label and value on hover or focus. The tooltip meets WCAG 1.4.13: it sits above the mark
 * (below it when there is no room), never over it; it stays while the pointer is on the mark or on the tooltip
 * itself, or while the mark has focus; Escape dismisses it. It never redraws the chart, so nothing shifts when it
 * loads. No dependencies: the SVG already carries each mark's label and value as data attributes.
 */
const GAP = 8;
/** Time to move the pointer from a mark onto its tooltip before the tooltip goes. */
const LINGER = 300;

class ChartFigure extends HTMLElement {
  connectedCallback() {
    const marks = [...this.querySelectorAll<SVGGElement>('.mark')];
    if (!marks.length) return;
    const tip = document.createElement('div');
    tip.className = 'chart-tooltip';
    tip.hidden = true;
    // The same label and value are the focused mark's accessible name; the tooltip is for the eye.
    tip.setAttribute('aria-hidden', 'true');
    this.append(tip);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current: SVGGElement | null = null;
    const show = (mark: SVGGElement) => {
      clearTimeout(timer);
      current = mark;
      marks.forEach((m) => m.classList.toggle('active', m === mark));
      tip.textContent = `${mark.dataset.label}: ${mark.dataset.value}`;
      tip.hidden = false;
      const box = mark.getBoundingClientRect();
      const host = this.getBoundingClientRect();
      const left = Math.max(0, Math.min(box.left - host.left, host.width - tip.offsetWidth));
      const above = box.top - host.top - tip.offsetHeight - GAP;
      const top = box.top - tip.offsetHeight - GAP >= 0 ? above : box.bottom - host.top + GAP;
      tip.style.left = `${left}px`;
      tip.style.top = `${top}px`;
    };
    const hide = () => {
      clearTimeout(timer);
      tip.hidden = true;
      current = null;
      marks.forEach((m) => m.classList.remove('active'));
    };
    const hideSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (current && current === document.activeElement) return;
        hide();
      }, LINGER);
    };
    tip.addEventListener('mouseenter', () => clearTimeout(timer));
    tip.addEventListener('mouseleave', hideSoon);
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !tip.hidden) hide();
    });
    // Chromium on Linux exposes no children of an SVG with role="img": a focused mark said nothing in Orca
    // (docs/orca-walk.md). As a group (same name), the SVG shows its focusable marks; the drawn text stays hidden.
    marks[0]!.ownerSVGElement?.setAttribute('role', 'group');
    marks.forEach((mark, i) => {
      // The native <title> tooltip would double ours; the label and value stay in the data attributes.
      mark.querySelectorAll('title').forEach((t) => t.remove());
      mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
      mark.setAttribute('role', 'img');
      mark.setAttribute('aria-label', `${mark.dataset.label}: ${mark.dataset.value}`);
      mark.addEventListener('mouseenter', () => show(mark));
      mark.addEventListener('mouseleave', hideSoon);
      mark.addEventListener('focus', () => show(mark));
      mark.addEventListener('blur', hide);
      mark.addEventListener('keydown', (event) => {
        const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
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
