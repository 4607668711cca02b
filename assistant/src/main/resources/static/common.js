"use strict";
// What the chat's scripts share: element building, the status line, how a citation's place is written.
window.Paritaire = window.Paritaire || {};
(function (P) {
  const t = I18n.t;

  P.el = function (tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  };

  P.setStatus = function (text, isError) {
    const line = document.getElementById("status");
    line.textContent = text;
    line.classList.toggle("error", Boolean(isError));
  };

  /** Section, article and page of a citation, in the interface's language. */
  P.where = function (c) {
    const parts = [];
    if (c.section) parts.push(c.section);
    if (c.article) parts.push((/^[LRD]\d/.test(c.article) ? "Article " : t("where.article") + " ") + c.article);
    if (c.page) parts.push(t("where.page") + " " + c.page);
    return parts.join(" · ");
  };

  /** The kind of source (law, agreement, guidance…) when the citation says; nothing otherwise. */
  P.authorityTag = function (c) {
    if (!c.authority) return null;
    return P.el("span", "tag authority authority-" + c.authority, t("authority." + c.authority));
  };
})(window.Paritaire);
