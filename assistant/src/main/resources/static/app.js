"use strict";
// The chat: a conversation of streamed, verified answers; citations open the passage in its document.
(function () {
  const t = I18n.t;
  const $ = id => document.getElementById(id);
  const form = $("ask-form"), question = $("question"), role = $("role"), askButton = $("ask");
  const thread = $("thread"), welcome = $("welcome"), statusLine = $("status"), live = $("live");
  const STORE_KEY = "paritaire.conversations", MAX_STORED = 30;

  const STARTERS = {
    fr: {
      "": ["Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?",
        "Quelles étapes pour déployer l'IA dans une PME ?",
        "Que demande la CGT pour le dialogue social sur l'IA ?"],
      delegate: ["Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?",
        "Que demande la CGT pour le dialogue social sur l'IA ?",
        "Quels sont les risques de l'IA pour l'emploi dans la métallurgie ?"],
      employer: ["Quelles étapes pour déployer l'IA dans une PME ?",
        "Comment associer les salariés au déploiement d'un outil d'IA ?",
        "Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?"],
      trainer: ["Comment former les salariés à l'IA ?",
        "Comment associer les salariés au déploiement d'un outil d'IA ?",
        "Quels sont les risques de l'IA pour l'emploi dans la métallurgie ?"]
    },
    en: {
      "": ["Does the works council have to be consulted before introducing an AI tool?",
        "How should employees be involved when deploying AI?",
        "How can workers be trained for AI?"],
      delegate: ["Does the works council have to be consulted before introducing an AI tool?",
        "What does the CGT ask for social dialogue on AI?",
        "How should employees be involved when deploying AI?"],
      employer: ["How should employees be involved when deploying AI?",
        "Does the works council have to be consulted before introducing an AI tool?",
        "How can workers be trained for AI?"],
      trainer: ["How can workers be trained for AI?",
        "How should employees be involved when deploying AI?",
        "Does the works council have to be consulted before introducing an AI tool?"]
    }
  };

  const THUMB = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 10v11H3V10h4z"/>'
    + '<path d="M7 10l4-8c1.7 0 3 1.3 3 3v4h5.5c1.2 0 2.1 1.1 1.9 2.3l-1.5 8c-.2.9-1 1.7-2 1.7H7"/></svg>';
  let corpusTitles = null;

  let conversation = newConversation();
  let busy = false;

  function newConversation() {
    return {id: null, title: "", updatedAt: null, exchanges: []};
  }

  function setStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle("error", Boolean(isError));
  }

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // ---- past conversations (this browser only) ----
  function stored() {
    try { return JSON.parse(localStorage.getItem(STORE_KEY)) || []; } catch (e) { return []; }
  }

  function save() {
    if (!conversation.id) return;
    const all = stored().filter(c => c.id !== conversation.id);
    conversation.updatedAt = new Date().toISOString();
    all.unshift(conversation);
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(all.slice(0, MAX_STORED)));
    } catch (e) {
      localStorage.setItem(STORE_KEY, JSON.stringify(all.slice(0, 5)));
    }
    renderHistory();
  }

  function renderHistory() {
    const list = $("history-list");
    list.textContent = "";
    const all = stored();
    $("history-empty").hidden = all.length > 0;
    $("history-clear").hidden = all.length === 0;
    for (const c of all) {
      const li = el("li");
      const b = el("button", "history-item", c.title);
      b.type = "button";
      b.dataset.conversationId = c.id;
      if (c.id === conversation.id) b.setAttribute("aria-current", "true");
      const when = el("span", "when", new Date(c.updatedAt).toLocaleString(I18n.lang, {dateStyle: "short", timeStyle: "short"}));
      b.append(when);
      b.addEventListener("click", () => open(c.id));
      li.append(b);
      list.append(li);
    }
  }

  function open(id) {
    const found = stored().find(c => c.id === id);
    if (!found) return;
    conversation = found;
    thread.textContent = "";
    for (const x of conversation.exchanges) renderExchange(x.question, x.response);
    welcome.hidden = conversation.exchanges.length > 0;
    renderHistory();
    closeHistoryOnNarrow();
    question.focus();
  }

  function startNew() {
    conversation = newConversation();
    thread.textContent = "";
    welcome.hidden = false;
    setStatus("");
    renderHistory();
    closeHistoryOnNarrow();
    question.focus();
  }

  // ---- starters ----
  function renderStarters() {
    const list = $("starters");
    list.textContent = "";
    for (const q of (STARTERS[I18n.lang] || STARTERS.fr)[role.value] || []) {
      const li = el("li");
      const b = el("button", "starter", q);
      b.type = "button";
      b.addEventListener("click", () => { question.value = q; ask(); });
      li.append(b);
      list.append(li);
    }
  }

  // ---- answers ----
  function where(c) {
    const parts = [];
    if (c.section) parts.push(c.section);
    if (c.article) parts.push((/^[LRD]\d/.test(c.article) ? "Article " : t("where.article") + " ") + c.article);
    if (c.page) parts.push(t("where.page") + " " + c.page);
    return parts.join(" · ");
  }

  /** The answer's text with each [n] as a button opening that source (plain text until the citations are known). */
  function renderAnswerText(container, text, citations) {
    container.textContent = "";
    const byN = new Map((citations || []).map(c => [String(c.n), c]));
    const marker = /\[(\d{1,3})]/g;
    let last = 0, m;
    while ((m = marker.exec(text)) !== null) {
      container.append(document.createTextNode(text.slice(last, m.index)));
      const c = byN.get(m[1]);
      if (c) {
        const b = el("button", "cite", "[" + m[1] + "]");
        b.type = "button";
        b.setAttribute("aria-label", t("cite.label", {n: m[1], title: c.title}));
        b.addEventListener("click", () => openViewer(c, b));
        container.append(b);
      } else {
        container.append(el("span", "cite-pending", m[0]));
      }
      last = marker.lastIndex;
    }
    container.append(document.createTextNode(text.slice(last)));
  }

  function badgeFor(response) {
    const verdict = (response.decision && response.decision.verdict) || (response.grounded ? "answer" : "refuse");
    return {verdict, text: t("badge." + verdict)};
  }

  function authorityTag(c) {
    if (!c.authority) return null;
    return el("span", "tag authority authority-" + c.authority, t("authority." + c.authority));
  }

  function renderSources(box, citations) {
    if (!citations.length) return;
    box.append(el("h3", null, t("sources.title")));
    const ol = el("ol", "sources");
    for (const c of citations) {
      const li = el("li", "source");
      li.value = c.n;
      const head = el("div", "source-head");
      head.append(el("span", "source-n", "[" + c.n + "]"), el("strong", "source-title", c.title));
      const tag = authorityTag(c);
      if (tag) head.append(tag);
      const whereText = where(c);
      const place = el("div", "where", whereText ? whereText + " · " + c.source : c.source);
      const quote = el("blockquote", null, c.quote);
      const openBtn = el("button", "link open-source", t("sources.open"));
      openBtn.type = "button";
      openBtn.addEventListener("click", () => openViewer(c, openBtn));
      head.append(openBtn);
      li.append(head, place, quote);
      ol.append(li);
    }
    box.append(ol);
  }

  /** For a refusal or a partial answer: what of the question the documents cover, what they don't, what they are about. */
  function renderCoverage(box, decision) {
    if (!decision || decision.verdict === "answer") return;
    const covered = decision.covered || [], missing = decision.missing || [];
    const section = el("div", "coverage");
    const dl = el("dl");
    dl.append(el("dt", null, t("coverage.covered")), el("dd", null, covered.length ? covered.join(", ") : t("coverage.none")));
    if (missing.length) dl.append(el("dt", null, t("coverage.missing")), el("dd", null, missing.join(", ")));
    section.append(dl);
    if (!covered.length) {
      const about = el("div", "corpus");
      section.append(about);
      withCorpusTitles(titles => {
        if (!titles.length) return;
        about.append(el("p", null, t("coverage.corpus")));
        const ul = el("ul");
        for (const title of titles) ul.append(el("li", null, title));
        const all = el("a", null, t("coverage.all"));
        all.href = "documents.html";
        about.append(ul, all);
      });
    }
    box.append(section);
  }

  /** The titles of the documents (not the fictional examples), fetched once. */
  function withCorpusTitles(use) {
    if (corpusTitles) { use(corpusTitles); return; }
    fetch("api/documents").then(r => r.ok ? r.json() : {documents: []}).then(body => {
      corpusTitles = body.documents.filter(d => !d.example).map(d => d.title);
      use(corpusTitles);
    }).catch(() => use([]));
  }

  /** The answer and its numbered sources as plain text, for an email or a leaflet. */
  function plainText(q, response) {
    const lines = [q, "", response.answer.trim()];
    if ((response.citations || []).length) {
      lines.push("", t("copy.sources") + " :");
      for (const c of response.citations) {
        const w = where(c);
        lines.push("[" + c.n + "] " + c.title + (w ? " — " + w : "") + " (" + c.source + ")");
        lines.push("    « " + c.quote + " »");
      }
    }
    return lines.join("\n");
  }

  async function copy(text) {
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
      } else {
        const area = el("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.className = "visually-hidden";
        document.body.append(area);
        area.select();
        const ok = document.execCommand("copy");
        area.remove();
        if (!ok) throw new Error("execCommand");
      }
      window.Paritaire.lastCopied = text;
      setStatus(t("status.copied"));
    } catch (e) {
      setStatus(t("status.copyFailed"), true);
    }
  }

  function renderActions(box, q, response) {
    const actions = el("div", "actions");
    const copyBtn = el("button", "ghost copy", t("copy"));
    copyBtn.type = "button";
    copyBtn.addEventListener("click", () => copy(plainText(q, response)));
    const printBtn = el("button", "ghost print", t("print"));
    printBtn.type = "button";
    printBtn.addEventListener("click", () => window.print());
    actions.append(copyBtn, printBtn, feedbackBlock(q, response));
    box.append(actions);
  }

  function feedbackBlock(q, response) {
    const wrap = el("div", "feedback");
    const group = el("div", "votes");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", t("feedback.question"));
    const formEl = el("form", "feedback-form");
    formEl.hidden = true;
    const label = el("label", null, t("feedback.comment"));
    const area = el("textarea");
    area.rows = 2;
    area.maxLength = 2000;
    const areaId = "fb-" + Math.random().toString(36).slice(2);
    area.id = areaId;
    label.htmlFor = areaId;
    const send = el("button", null, t("feedback.send"));
    send.type = "submit";
    formEl.append(label, area, send);
    let vote = null;
    for (const v of ["up", "down"]) {
      // 👍 / 👎 drawn, not typed: emoji fonts are missing on some systems
      const b = el("button", "vote vote-" + v);
      b.type = "button";
      b.setAttribute("aria-pressed", "false");
      b.insertAdjacentHTML("afterbegin", THUMB);
      b.append(el("span", null, t("feedback." + v)));
      b.addEventListener("click", () => {
        vote = v;
        group.querySelectorAll(".vote").forEach(x => x.setAttribute("aria-pressed", String(x === b)));
        formEl.hidden = false;
        area.focus();
      });
      group.append(b);
    }
    formEl.addEventListener("submit", async event => {
      event.preventDefault();
      if (!vote) return;
      send.disabled = true;
      try {
        const r = await fetch("api/feedback", {
          method: "POST", headers: {"Content-Type": "application/json"},
          body: JSON.stringify({vote, comment: area.value.trim() || null, conversationId: response.conversationId,
            question: q, answer: response.answer, verdict: badgeFor(response).verdict, grounded: response.grounded,
            citations: response.citations})
        });
        if (!r.ok) throw new Error(String(r.status));
        const thanks = el("p", "thanks", t("feedback.thanks"));
        thanks.tabIndex = -1;
        wrap.replaceChildren(thanks);
        thanks.focus();
      } catch (e) {
        setStatus(t("status.down", {e: e.message}), true);
        send.disabled = false;
      }
    });
    wrap.append(group, formEl);
    return wrap;
  }

  /** One question and its answer box; returns the parts a stream fills in. */
  function exchangeShell(q) {
    const li = el("li", "exchange");
    const qBox = el("div", "q");
    qBox.append(el("span", "who", t("you")), el("p", "q-text", q));
    const aBox = el("article", "a");
    aBox.setAttribute("aria-busy", "true");
    const head = el("div", "a-head");
    head.append(el("span", "who", t("assistant")));
    const badge = el("span", "badge pending");
    head.append(badge);
    const text = el("div", "answer-text");
    aBox.append(head, text);
    li.append(qBox, aBox);
    thread.append(li);
    return {li, aBox, badge, text};
  }

  function finish(parts, q, response) {
    const {aBox, badge, text} = parts;
    const b = badgeFor(response);
    badge.className = "badge " + b.verdict;
    badge.textContent = b.text;
    parts.li.dataset.verdict = b.verdict;
    parts.li.dataset.conversationId = response.conversationId;
    renderAnswerText(text, response.answer, response.citations);
    renderCoverage(aBox, response.decision);
    renderSources(aBox, response.citations || []);
    renderActions(aBox, q, response);
    aBox.setAttribute("aria-busy", "false");
  }

  function renderExchange(q, response) {
    const parts = exchangeShell(q);
    finish(parts, q, response);
    return parts;
  }

  // ---- asking, streamed ----
  async function ask() {
    const text = question.value.trim();
    if (!text) {
      setStatus(t("status.empty"), true);
      question.focus();
      return;
    }
    if (busy) return;
    busy = true;
    askButton.disabled = true;
    welcome.hidden = true;
    setStatus(t("status.searching"));
    question.value = "";
    const parts = exchangeShell(text);
    parts.li.scrollIntoView({block: "start"});
    let streamed = "";
    parts.text.dataset.deltas = "0";
    try {
      const response = await fetch("api/ask/stream", {
        method: "POST",
        headers: {"Content-Type": "application/json", "Accept": "text/event-stream"},
        body: JSON.stringify({question: text, role: role.value || null, conversationId: conversation.id})
      });
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        throw new Error(body.detail || t("status.error", {n: response.status}));
      }
      const done = await readEvents(response, (name, data) => {
        if (name === "delta") {
          streamed += data.text;
          parts.text.dataset.deltas = String(Number(parts.text.dataset.deltas) + 1);
          renderAnswerText(parts.text, streamed, null);
          announce(data.text);
        } else if (name === "error") {
          throw new Error(data.detail);
        }
      });
      if (!done) throw new Error(t("status.error", {n: "stream"}));
      finish(parts, text, done);
      conversation.id = done.conversationId;
      if (!conversation.title) conversation.title = text;
      conversation.exchanges.push({question: text, response: done});
      save();
      const verdict = badgeFor(done).verdict;
      setStatus(verdict === "answer" ? t("status.answered", {n: done.citations.length})
        : verdict === "partial" ? t("status.partial") : t("status.refused"));
    } catch (e) {
      parts.li.remove();
      welcome.hidden = conversation.exchanges.length > 0;
      question.value = text;
      setStatus(e instanceof TypeError ? t("status.down", {e: e.message}) : e.message, true);
    } finally {
      busy = false;
      askButton.disabled = false;
      question.focus();
    }
  }

  /** Reads a text/event-stream, calling onEvent for each event; resolves with the data of the "done" event. */
  async function readEvents(response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "", done = null;
    for (;;) {
      const {value, done: end} = await reader.read();
      if (value) buffer += decoder.decode(value, {stream: true});
      let cut;
      while ((cut = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut).replace(/^\r?\n\r?\n/, "");
        let name = "message";
        const data = [];
        for (const line of block.split(/\r?\n/)) {
          if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
        }
        if (!data.length) continue;
        const parsed = JSON.parse(data.join("\n"));
        if (name === "done") done = parsed;
        else onEvent(name, parsed);
      }
      if (end) return done;
    }
  }

  function announce(piece) {
    const cleaned = piece.replace(/\[\d{1,3}]/g, "").trim();
    if (!cleaned) return;
    live.append(el("p", null, cleaned));
    while (live.childElementCount > 20) live.firstElementChild.remove();
  }

  // ---- source viewer ----
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

  // ---- layout on narrow screens ----
  const menuToggle = $("menu-toggle");
  menuToggle.addEventListener("click", () => {
    const open = menuToggle.getAttribute("aria-expanded") !== "true";
    menuToggle.setAttribute("aria-expanded", String(open));
    document.body.classList.toggle("menu-open", open);
  });

  function closeHistoryOnNarrow() {
    menuToggle.setAttribute("aria-expanded", "false");
    document.body.classList.remove("menu-open");
  }

  // ---- wiring ----
  form.addEventListener("submit", event => { event.preventDefault(); ask(); });
  question.addEventListener("keydown", event => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); ask(); }
  });
  role.value = localStorage.getItem("paritaire.role") || "";
  role.addEventListener("change", () => { localStorage.setItem("paritaire.role", role.value); renderStarters(); });
  $("new-conversation").addEventListener("click", startNew);
  $("history-clear").addEventListener("click", () => { localStorage.removeItem(STORE_KEY); renderHistory(); });
  $("lang-toggle").addEventListener("click", () => I18n.toggle());
  document.addEventListener("paritaire:lang", () => {
    renderStarters();
    renderHistory();
    const current = conversation;
    thread.textContent = "";
    for (const x of current.exchanges) renderExchange(x.question, x.response);
  });

  I18n.apply();
  renderStarters();
  renderHistory();
  window.Paritaire = {plainText, get conversationId() { return conversation.id; }};
})();
