/*
 * Survivors' Voices Evidence Hub — embed helper. Include once on a page that embeds charts:
 *   <script src="https://<this site>/embed.js" async></script>
 * It sizes every embedded chart iframe to its content. It accepts a size message only from the window of one of
 * those iframes, and only when the message's origin is the origin of that iframe's src. It sets no cookies,
 * makes no requests and reads nothing from the host page.
 * A chart reports its height when it loads and whenever it changes; this script is async and may arrive after
 * that first report, so on start it also asks each chart already there for its height (a chart still loading
 * reports once it has loaded, to the listener already in place).
 */
(function () {
  if (window.__survivorsVoicesEmbed) return;
  window.__survivorsVoicesEmbed = true;
  function frames() {
    return Array.prototype.slice.call(
      document.querySelectorAll('iframe[data-survivors-voices-embed], iframe[src*="/embed/"]'),
    );
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'survivors-voices:embed-size' || typeof data.height !== 'number') return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      var height = Math.max(120, Math.min(5000, Math.round(data.height)));
      frame.style.height = height + 'px';
      frame.setAttribute('height', String(height));
    });
  });
  frames().forEach(function (frame) {
    try {
      // Addressed to the chart's origin: a frame still showing its initial blank page drops it.
      frame.contentWindow.postMessage(
        { type: 'survivors-voices:embed-size-request' },
        new URL(frame.src, location.href).origin,
      );
    } catch {
      // A frame without a window or with an unparseable src is not a chart this script can size.
    }
  });
})();
