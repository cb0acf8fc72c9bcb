/*
 * TLR4 & LDN explained: optional resize script for pages that embed its diagrams.
 *
 *   <iframe src="https://SITE/embed/tlr4-pathway/" title="…" width="100%" height="1560"></iframe>
 *   <script src="https://SITE/embed.js" async></script>
 *
 * Each embed tells its parent its height by postMessage ({ type: "tlr4-explainer:resize",
 * version: 1, diagram, height } and Canvas's { subject: "lti.frameResize", height }). This script
 * sets the height of the iframe that sent the message, and of no other: it accepts a message only
 * from this script's own origin (the site that serves it) and only when event.source is the
 * window of one of the page's iframes showing that origin. Heights outside 50 to 20000 pixels
 * are ignored. It also asks each such iframe for its size once it has loaded, in case the first
 * report came before this script. Protocol: docs/EMBEDDING.md in the site's repository.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || window.__tlr4ExplainerEmbed) return;
  window.__tlr4ExplainerEmbed = true;
  var origin = new URL(script.src, window.location.href).origin;

  function ours(frame) {
    try {
      return new URL(frame.src, window.location.href).origin === origin;
    } catch {
      return false;
    }
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source && ours(frames[i])) return frames[i];
    }
    return null;
  }

  function heightOf(data) {
    if (!data || typeof data !== 'object') return null;
    if (data.type !== 'tlr4-explainer:resize' && data.subject !== 'lti.frameResize') return null;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 50 || height > 20000) return null;
    return Math.ceil(height);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var height = heightOf(event.data);
    if (height === null) return;
    frame.style.height = height + 'px';
    frame.setAttribute('height', String(height));
    frame.setAttribute('data-tlr4-resized', String(height));
  });

  function ask(frame) {
    try {
      frame.contentWindow.postMessage({ type: 'tlr4-explainer:request-size', version: 1 }, origin);
    } catch {
      // The frame has not loaded yet; its load event asks again.
    }
  }

  // Whether the frame shows its page yet: a lazy frame still on its first, blank page is
  // same-origin and readable (asking it would only log an error); the embed's page is not.
  function showsPage(frame) {
    try {
      return frame.contentWindow.location.href !== 'about:blank';
    } catch {
      return true;
    }
  }

  function watch(frame) {
    if (!ours(frame) || frame.__tlr4Watched) return;
    frame.__tlr4Watched = true;
    frame.addEventListener('load', function () {
      ask(frame);
    });
    if (showsPage(frame)) ask(frame);
  }

  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i += 1) watch(frames[i]);
  if (window.MutationObserver) {
    new MutationObserver(function () {
      var all = document.getElementsByTagName('iframe');
      for (var j = 0; j < all.length; j += 1) watch(all[j]);
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
