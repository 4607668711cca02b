"use strict";
// The chat: a conversation of streamed, verified answers, past conversations kept in this browser, roles and starters.
(function () {
  const P = window.Paritaire;
  const t = I18n.t, el = P.el, setStatus = P.setStatus;
  const {shell: exchangeShell, finish, render: renderExchange, renderText: renderAnswerText, badgeFor} = P.answers;
  const $ = id => document.getElementById(id);
  const form = $("ask-form"), question = $("question"), role = $("role"), askButton = $("ask");
  const thread = $("thread"), welcome = $("welcome"), live = $("live");
  const STORE_KEY = "paritaire.conversations", MAX_STORED = 30;

  // Starter questions per role and language, from GET /api/roles (the same ones Slack suggests); without a role,
  // the first question of each role.
  let roles = [];
  function startersFor(roleId, lang) {
    const pick = card => (card.starters[lang] || card.starters.fr || []);
    if (roleId) return pick(roles.find(r => r.id === roleId) || {starters: {}});
    return roles.map(card => pick(card)[0]).filter(Boolean);
  }

  let conversation = newConversation();
  let busy = false;

  function newConversation() {
    return {id: null, title: "", updatedAt: null, exchanges: []};
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
    for (const q of startersFor(role.value, I18n.lang).slice(0, 3)) {
      const li = el("li");
      const b = el("button", "starter", q);
      b.type = "button";
      b.addEventListener("click", () => { question.value = q; ask(); });
      li.append(b);
      list.append(li);
    }
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
      const done = await P.readEvents(response, (name, data) => {
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

  function announce(piece) {
    const cleaned = piece.replace(/\[\d{1,3}]/g, "").trim();
    if (!cleaned) return;
    live.append(el("p", null, cleaned));
    while (live.childElementCount > 20) live.firstElementChild.remove();
  }

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
  renderHistory();
  fetch("/api/roles").then(r => r.ok ? r.json() : {roles: []}).then(body => { roles = body.roles || []; renderStarters(); })
    .catch(() => renderStarters());
  Object.defineProperty(P, "conversationId", {get: () => conversation.id});
})();
