// Pickers: as people type a speaker's or outlet's name, the field's
// <datalist> is refilled with matches from the server, so a database of
// any size offers the right names; the browser shows them as the field's
// own, accessible suggestions. The quote form's article <select> gains a
// "find an article" field that adds matching articles to it. Without
// this script every field still works: the datalists hold the most used
// names and the server matches what is typed.
(function () {
  "use strict";

  var endpoints = { people: "/api/v1/suggest/people", outlets: "/api/v1/suggest/outlets", articles: "/api/v1/suggest/articles" };

  // fetcher calls back with the matches for the latest text only: a
  // slower answer to an earlier keystroke is dropped.
  function fetcher(kind, done) {
    var timer = 0, controller = null;
    return function (text) {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (controller) controller.abort();
        controller = window.AbortController ? new AbortController() : null;
        fetch(endpoints[kind] + "?q=" + encodeURIComponent(text), {
          headers: { Accept: "application/json" },
          signal: controller ? controller.signal : undefined
        }).then(function (r) { return r.ok ? r.json() : []; })
          .then(done)
          .catch(function () { /* offline or aborted: keep what is shown */ });
      }, 150);
    };
  }

  function option(value, label) {
    var o = document.createElement("option");
    o.value = value;
    if (label) o.label = label;
    return o;
  }

  // A datalist that names people or outlets: refill it from the server
  // as any field that uses it is typed in.
  function enhanceList(list) {
    var kind = list.getAttribute("data-picker");
    var original = Array.prototype.slice.call(list.options).map(function (o) { return o.cloneNode(true); });
    var load = fetcher(kind, function (matches) {
      list.replaceChildren.apply(list, matches.map(function (m) {
        var label = kind === "people" ? m.kind + " · " + m.quotes + (m.quotes === 1 ? " quote" : " quotes")
          : m.kind + " · " + m.articles + (m.articles === 1 ? " article" : " articles");
        return option(m.name, label);
      }));
    });
    var fields = document.querySelectorAll('input[list="' + list.id + '"]');
    Array.prototype.forEach.call(fields, function (field) {
      field.addEventListener("input", function () {
        var text = field.value.trim();
        if (text === "") {
          list.replaceChildren.apply(list, original.map(function (o) { return o.cloneNode(true); }));
          return;
        }
        load(text);
      });
    });
  }

  // The article <select> lists the newest articles only: a search field
  // before it finds any article by its title and selects it.
  function enhanceSelect(select) {
    var field = select.closest(".field") || select.parentNode;
    var id = select.id + "-find";
    var wrap = document.createElement("div");
    wrap.className = "picker-find";
    var label = document.createElement("label");
    label.htmlFor = id;
    label.textContent = "Find an article by its title";
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.autocomplete = "off";
    input.setAttribute("aria-controls", select.id);
    var list = document.createElement("datalist");
    list.id = id + "-list";
    input.setAttribute("list", list.id);
    var status = document.createElement("span");
    status.className = "hint";
    status.setAttribute("role", "status");
    wrap.append(label, input, list, status);
    field.insertBefore(wrap, select);

    var found = {};
    var load = fetcher("articles", function (matches) {
      found = {};
      list.replaceChildren.apply(list, matches.map(function (m) {
        var text = m.title + (m.outlet ? " · " + m.outlet : "") + (m.published ? " · " + m.published : "");
        found[text] = m;
        return option(text);
      }));
    });
    input.addEventListener("input", function () {
      var m = found[input.value];
      if (!m) {
        if (input.value.trim().length >= 2) load(input.value.trim());
        return;
      }
      var existing = select.querySelector('option[value="' + m.id + '"]');
      if (!existing) {
        existing = option(String(m.id));
        existing.textContent = input.value;
        select.appendChild(existing);
      }
      select.value = String(m.id);
      select.dispatchEvent(new Event("change", { bubbles: true }));
      status.textContent = "Chosen: " + m.title;
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("datalist[data-picker]"), enhanceList);
    Array.prototype.forEach.call(document.querySelectorAll('select[data-picker="articles"]'), enhanceSelect);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
