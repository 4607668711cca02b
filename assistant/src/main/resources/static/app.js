"use strict";
(function () {
  const form = document.getElementById("ask-form");
  const question = document.getElementById("question");
  const role = document.getElementById("role");
  const button = document.getElementById("ask");
  const status = document.getElementById("status");
  const result = document.getElementById("result");
  const answer = document.getElementById("answer");
  const sources = document.getElementById("sources");
  const badge = document.getElementById("grounded-badge");
  let conversationId = null;

  function setStatus(text, isError) {
    status.textContent = text;
    status.classList.toggle("error", Boolean(isError));
  }

  function where(c) {
    const parts = [];
    if (c.section) parts.push(c.section);
    if (c.article) parts.push((/^[LRD]\d/.test(c.article) ? "Article " : "article ") + c.article);
    if (c.page) parts.push("p. " + c.page);
    parts.push(c.source);
    return parts.join(" · ");
  }

  function highlight(n) {
    sources.querySelectorAll("li").forEach(li => li.classList.toggle("highlight", li.id === "source-" + n));
  }

  function renderAnswer(text) {
    answer.textContent = "";
    const marker = /\[(\d{1,3})]/g;
    let last = 0;
    let m;
    while ((m = marker.exec(text)) !== null) {
      answer.appendChild(document.createTextNode(text.slice(last, m.index)));
      const link = document.createElement("a");
      link.href = "#source-" + m[1];
      link.className = "cite";
      link.textContent = "[" + m[1] + "]";
      link.setAttribute("aria-label", "Source " + m[1]);
      const n = m[1];
      link.addEventListener("click", () => highlight(n));
      answer.appendChild(link);
      last = marker.lastIndex;
    }
    answer.appendChild(document.createTextNode(text.slice(last)));
  }

  function renderSources(citations) {
    sources.textContent = "";
    for (const c of citations) {
      const li = document.createElement("li");
      li.id = "source-" + c.n;
      li.value = c.n;
      li.tabIndex = -1;
      const title = document.createElement("strong");
      title.textContent = c.title;
      const place = document.createElement("div");
      place.className = "where";
      place.textContent = where(c);
      const quote = document.createElement("blockquote");
      quote.textContent = c.quote;
      li.append(title, place, quote);
      sources.appendChild(li);
    }
  }

  async function ask() {
    const text = question.value.trim();
    if (!text) {
      setStatus("Écrivez une question avant d'envoyer.", true);
      question.focus();
      return;
    }
    button.disabled = true;
    setStatus("Recherche dans les documents…");
    try {
      const response = await fetch("api/ask", {
        method: "POST",
        headers: {"Content-Type": "application/json", "Accept": "application/json"},
        body: JSON.stringify({question: text, role: role.value || null, conversationId})
      });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        setStatus(body.detail || ("Erreur " + response.status), true);
        return;
      }
      conversationId = body.conversationId;
      renderAnswer(body.answer);
      renderSources(body.citations || []);
      badge.textContent = body.grounded ? "appuyée sur les documents" : "hors des documents";
      badge.className = "badge " + (body.grounded ? "grounded" : "refused");
      result.hidden = false;
      setStatus(body.grounded ? (body.citations.length + " passage(s) cité(s).") : "Les documents ne couvrent pas cette question.");
    } catch (e) {
      setStatus("Le service ne répond pas : " + e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  form.addEventListener("submit", event => { event.preventDefault(); ask(); });
  question.addEventListener("keydown", event => {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); ask(); }
  });
})();
