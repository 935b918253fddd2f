/*
 * Flaskhals: the arena's adopted priority list on another website.
 *   <script src="https://<flaskhals>/inbaddning/prioriteringar.js" data-arena="<slug>" async></script>
 * Inserts an iframe of /inbaddning/prioriteringar (public data only) where the tag stands and keeps
 * its height to its content, which the page inside reports by postMessage.
 */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  var arena = script.getAttribute('data-arena') || '';
  var frame = document.createElement('iframe');
  frame.src = origin + '/inbaddning/prioriteringar?arena=' + encodeURIComponent(arena);
  frame.title = script.getAttribute('data-title') || 'Prioriteringslista';
  frame.loading = 'lazy';
  frame.style.cssText = 'width:100%;border:0;min-height:200px;height:480px';
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (data && data.type === 'flaskhals:height' && typeof data.height === 'number') frame.style.height = Math.ceil(data.height) + 'px';
  });
})();
