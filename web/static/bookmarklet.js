// The receiving end of the bookmarklet (internal/bookmarklet): when this
// page was opened by the bookmarklet with a selection, ask the page that
// opened it for the selection's HTML and put it in the HTML form. Only
// the window that opened this one is heard, and only from the origin of
// the address it gave. Nothing is sent on: the editor presses the button.
(function () {
  var params = new URLSearchParams(location.search);
  var from = params.get("import_page_url");
  if (params.get("bookmarklet") !== "1" || !from || !window.opener) return;
  var origin;
  try { origin = new URL(from).origin; } catch (e) { return; }
  window.addEventListener("message", function (e) {
    if (e.source !== window.opener || e.origin !== origin || !e.data || typeof e.data.html !== "string") return;
    var html = document.getElementById("import_html");
    if (!html) return;
    html.value = e.data.html;
    var page = document.getElementById("import_page_url");
    if (page && typeof e.data.url === "string") page.value = e.data.url;
    html.focus();
  });
  window.opener.postMessage("quotetrail-ready", origin);
})();
