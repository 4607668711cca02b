"use strict";
// The documents page: what the knowledge base holds, the last ingestion's failures, and adding a document.
(function () {
  const t = I18n.t;
  const $ = id => document.getElementById(id);
  let catalog = null;

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function cell(label, content, className) {
    const td = el("td", className);
    td.dataset.label = label;
    if (content instanceof Node) td.append(content); else td.textContent = content === null || content === undefined ? "—" : content;
    return td;
  }

  function render() {
    if (!catalog) return;
    const docs = catalog.documents;
    $("summary").textContent = t("docs.summary", {d: docs.length, p: docs.reduce((s, d) => s + d.passages, 0)});
    const last = catalog.lastIngestion;
    const counts = last ? Object.entries(last.files || {}).filter(([, n]) => n > 0)
      .map(([status, n]) => t("docs.count." + status, {n})).join(", ") : "";
    $("last-ingestion").textContent = last ? t("docs.last", {when: new Date(last.startedAt).toLocaleString(I18n.lang),
      counts, p: last.passagesInStore, s: (last.millis / 1000).toFixed(1)}) : "";
    const body = $("documents").querySelector("tbody");
    body.textContent = "";
    for (const d of docs) {
      const tr = el("tr");
      tr.dataset.documentId = d.id;
      const title = el("div");
      title.append(el("strong", null, d.title));
      if (d.authority) title.append(" ", el("span", "tag authority-" + d.authority, t("authority." + d.authority)));
      if (d.example) title.append(" ", el("span", "tag authority-example", t("docs.example")));
      title.append(el("span", "doc-source", d.source));
      const status = d.status ? t("docs.status." + d.status) : t("docs.status.unknown");
      const link = el("a", null, t("docs.open"));
      link.href = "api/documents/" + encodeURIComponent(d.id) + "/file";
      link.target = "_blank";
      link.rel = "noopener";
      link.setAttribute("aria-label", t("docs.open") + " — " + d.title);
      tr.append(cell(t("docs.col.title"), title), cell(t("docs.col.format"), d.format), cell(t("docs.col.pages"), d.pages, "num"),
        cell(t("docs.col.passages"), d.passages, "num"),
        cell(t("docs.col.status"), status + (d.reason ? " — " + d.reason : ""), d.status === "failed" ? "status-failed" : null),
        cell(t("docs.col.file"), link));
      body.append(tr);
    }
    const failures = $("failures");
    failures.textContent = "";
    for (const f of catalog.failures) {
      const li = el("li");
      li.append(el("strong", null, f.source), " — " + f.reason);
      failures.append(li);
    }
    $("no-failures").hidden = catalog.failures.length > 0;
  }

  async function load() {
    $("summary").textContent = t("docs.loading");
    try {
      const r = await fetch("api/documents");
      const body = await r.json();
      if (!r.ok) throw new Error(body.detail || String(r.status));
      catalog = body;
      render();
    } catch (e) {
      $("summary").textContent = t("status.down", {e: e.message});
    }
  }

  function setAdd(text, kind) {
    const s = $("add-status");
    s.textContent = text;
    s.className = kind === "ok" ? "ok-text" : kind === "error" ? "error-text" : "";
  }

  /** XMLHttpRequest rather than fetch: it reports upload progress. */
  function upload(file) {
    const progress = $("progress");
    const button = $("add");
    button.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    const data = new FormData();
    data.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "api/documents");
    xhr.responseType = "json";
    xhr.upload.addEventListener("progress", event => {
      if (!event.lengthComputable) return;
      const p = Math.round(event.loaded / event.total * 100);
      progress.value = p;
      setAdd(t("docs.add.uploading", {p}));
    });
    xhr.upload.addEventListener("load", () => {
      progress.removeAttribute("value"); // indeterminate while the server reads and indexes
      setAdd(t("docs.add.indexing"));
    });
    xhr.addEventListener("load", () => {
      button.disabled = false;
      progress.hidden = true;
      const body = xhr.response || {};
      if (xhr.status === 201) {
        setAdd(t("docs.add.done", {title: body.title, n: body.passages}), "ok");
        $("add-form").reset();
        load();
      } else {
        setAdd(t("docs.add.failed", {e: body.detail || xhr.status}), "error");
      }
    });
    xhr.addEventListener("error", () => {
      button.disabled = false;
      progress.hidden = true;
      setAdd(t("docs.add.failed", {e: "network"}), "error");
    });
    xhr.send(data);
  }

  $("add-form").addEventListener("submit", event => {
    event.preventDefault();
    const file = $("file").files[0];
    if (!file) {
      setAdd(t("docs.add.choose"), "error");
      $("file").focus();
      return;
    }
    upload(file);
  });
  $("lang-toggle").addEventListener("click", () => I18n.toggle());
  document.addEventListener("paritaire:lang", render);
  I18n.apply();
  load();
})();
