"use strict";
// The source viewer: a cited passage among the passages around it in its document, the quote marked, and a link to
// the original file (at the page, for a PDF). A modal dialog: Escape closes it and focus returns to the citation.
(function (P) {
  const t = I18n.t;
  const $ = id => document.getElementById(id);
  const el = P.el, where = P.where, authorityTag = P.authorityTag;
  const viewer = $("viewer");
  let viewerReturn = null, viewerCitation = null, viewerRadius = 2;

  async function openViewer(c, from) {
    viewerReturn = from;
    viewerCitation = c;
    viewerRadius = 2;
    $("viewer-title").textContent = c.title;
    const meta = [where(c), c.source].filter(Boolean).join(" · ");
    $("viewer-meta").textContent = meta;
    const tag = authorityTag(c);
    if (tag) $("viewer-meta").prepend(tag, " ");
    const link = $("viewer-file");
    const isPdf = /\.pdf$/i.test(c.source);
    link.href = "api/documents/" + encodeURIComponent(c.documentId) + "/file" + (isPdf && c.page ? "#page=" + c.page : "");
    link.textContent = isPdf && c.page ? t("viewer.filePage", {p: c.page}) : t("viewer.file");
    if (!viewer.open) viewer.showModal();
    await loadContext();
  }

  async function loadContext() {
    const c = viewerCitation;
    const box = $("viewer-context");
    box.textContent = t("viewer.loading");
    box.setAttribute("aria-busy", "true");
    try {
      const r = await fetch("api/documents/" + encodeURIComponent(c.documentId) + "/passages?around="
        + encodeURIComponent(c.passageId) + "&radius=" + viewerRadius);
      const body = await r.json();
      if (!r.ok) throw new Error(body.detail || String(r.status));
      box.textContent = "";
      if (body.moreBefore) box.append(el("p", "more muted", t("viewer.before")));
      for (const p of body.passages) box.append(passageBlock(p, p.id === c.passageId ? c.quote : null));
      if (body.moreAfter) box.append(el("p", "more muted", t("viewer.after")));
      $("viewer-more").hidden = !(body.moreBefore || body.moreAfter) || viewerRadius >= 10;
      const mark = box.querySelector("mark");
      if (mark) mark.scrollIntoView({block: "center"});
    } catch (e) {
      box.textContent = t("status.down", {e: e.message});
    } finally {
      box.removeAttribute("aria-busy");
    }
  }

  function passageBlock(p, quote) {
    const section = el("section", "ctx-passage" + (quote ? " focus" : ""));
    section.dataset.passageId = p.id;
    const heading = [p.section, p.article ? "Article " + p.article : null, p.page ? t("where.page") + " " + p.page : null]
      .filter(Boolean).join(" · ");
    if (quote) section.append(el("p", "cited-label", t("viewer.cited")));
    if (heading) section.append(el("p", "ctx-where", heading));
    const body = el("div", "ctx-text");
    const at = quote ? p.text.indexOf(quote) : -1;
    if (at >= 0) {
      body.append(document.createTextNode(p.text.slice(0, at)), el("mark", null, quote),
        document.createTextNode(p.text.slice(at + quote.length)));
    } else {
      body.textContent = p.text;
      if (quote) body.prepend(el("mark", "detached", quote), document.createElement("br"));
    }
    section.append(body);
    return section;
  }

  $("viewer-close").addEventListener("click", () => viewer.close());
  $("viewer-more").addEventListener("click", () => { viewerRadius += 3; loadContext(); });
  viewer.addEventListener("close", () => { if (viewerReturn && viewerReturn.isConnected) viewerReturn.focus(); });
  viewer.addEventListener("click", event => { if (event.target === viewer) viewer.close(); });

  $("viewer-close").addEventListener("click", () => viewer.close());
  $("viewer-more").addEventListener("click", () => { viewerRadius += 3; loadContext(); });
  viewer.addEventListener("close", () => { if (viewerReturn && viewerReturn.isConnected) viewerReturn.focus(); });
  viewer.addEventListener("click", event => { if (event.target === viewer) viewer.close(); });

  P.viewer = {open: openViewer};
})(window.Paritaire);
