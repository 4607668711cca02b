"use strict";
// One question and its answer in the conversation: the text with its [n] citations, the verdict, what the documents
// cover when they do not answer, the numbered sources, and the actions (copy with sources, print, feedback).
(function (P) {
  const t = I18n.t;
  const el = P.el, where = P.where, authorityTag = P.authorityTag, setStatus = P.setStatus;
  const openViewer = (c, from) => P.viewer.open(c, from);
  const thread = document.getElementById("thread");
  const THUMB = '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M7 10v11H3V10h4z"/>'
    + '<path d="M7 10l4-8c1.7 0 3 1.3 3 3v4h5.5c1.2 0 2.1 1.1 1.9 2.3l-1.5 8c-.2.9-1 1.7-2 1.7H7"/></svg>';
  let corpusTitles = null;

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
      P.lastCopied = text; // read by the browser tests
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


  P.answers = {shell: exchangeShell, finish, render: renderExchange, renderText: renderAnswerText, badgeFor, plainText};
})(window.Paritaire);
