#!/usr/bin/env python3
"""Checks that every quote a running Paritaire cites is verbatim in the file it names, for every format.

score_rest.py (../shared/tools) reads corpus files as plain text, so it cannot find a quote inside a DOCX, ODT or PDF
file and counts it as not verbatim. This script extracts those files' text independently of Paritaire (the XML of
DOCX/ODT with the standard library; PDF with pypdf if installed) and checks each quote after the same normalisation.

  python3 scripts/check-quotes.py docs/eval/unseen2.jsonl --base http://127.0.0.1:8080 --corpus corpus
"""
import argparse, html, json, os, re, sys, unicodedata, urllib.request, zipfile


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"[*_`#]", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    if path.endswith((".odt", ".docx")):
        xml = zipfile.ZipFile(path).read("content.xml" if path.endswith(".odt") else "word/document.xml").decode("utf-8")
        xml = re.sub(r"</?(?:text:p|text:h|w:p)(?:\s[^>]*)?>", " \n ", xml)
        xml = re.sub(r"<(?:text:s|text:tab|w:tab)[^>]*/>", " ", xml)
        return html.unescape(re.sub(r"<[^>]+>", "", xml))
    if path.endswith(".pdf"):
        try:
            import pypdf
        except ImportError:
            return None
        return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)
    with open(path, encoding="utf-8", errors="ignore") as f:
        text = f.read()
    return html.unescape(re.sub(r"<[^>]+>", " ", text)) if path.endswith((".html", ".htm")) else text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("questions")
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--corpus", default="corpus")
    a = ap.parse_args()
    texts = {}
    for root, _, files in os.walk(a.corpus):
        for f in files:
            if not f.endswith(".properties"):
                t = text_of(os.path.join(root, f))
                if t is not None:
                    texts[f] = norm(t)
    ok = unchecked = 0
    bad = []
    for line in open(a.questions, encoding="utf-8"):
        if not line.strip():
            continue
        item = json.loads(line)
        body = json.dumps({"question": item["question"], "role": item.get("role")}).encode()
        req = urllib.request.Request(a.base + "/api/ask", data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            answer = json.load(r)
        for c in answer.get("citations") or []:
            source = os.path.basename(c.get("source") or "")
            if source not in texts:
                unchecked += 1
            elif norm(c.get("quote")) in texts[source]:
                ok += 1
            else:
                bad.append((item["id"], source, c.get("quote", "")[:100]))
    for b in bad:
        print("NOT VERBATIM", *b)
    print(json.dumps({"quotes_checked": ok + len(bad), "verbatim": ok, "not_verbatim": len(bad), "unchecked": unchecked}))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
