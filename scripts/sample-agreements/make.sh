#!/usr/bin/env bash
# Builds the four fictional sample agreements of corpus/accords/ from the HTML sources beside this script:
#   01 -> PDF (A4, running header, "Page N sur M" footer, one page per Titre)
#   02 -> DOCX (real Heading 1/2/3 styles)
#   03 -> ODT (real text:h headings, outline levels 1-3)
#   04 -> HTML (the source wrapped in a site header, menu, breadcrumb and footer that an ingester must drop)
# Uses LibreOffice headless with a throw-away profile, so it does not clash with a running LibreOffice.
# Idempotent: a target is rebuilt only when its source or this script is newer; FORCE=1 (or -f) rebuilds all.
#   scripts/sample-agreements/make.sh [-f]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
OUT="$REPO/corpus/accords"
FORCE="${FORCE:-0}"
[[ "${1:-}" == "-f" || "${1:-}" == "--force" ]] && FORCE=1

SRC1="$HERE/01-branche-mecanique-precision.html"
SRC2="$HERE/02-entreprise-assurance.html"
SRC3="$HERE/03-entreprise-logistique.html"
SRC4="$HERE/04-entreprise-relation-client.html"
DST1="$OUT/accord-branche-mecanique-precision-ia-2025.pdf"
DST2="$OUT/accord-mutuelle-ligerienne-systemes-ia-2026.docx"
DST3="$OUT/accord-berthelot-logistique-surveillance-deconnexion-2025.odt"
DST4="$OUT/accord-groupe-solvea-relation-client-ia-2026.html"

if ! command -v soffice >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing LibreOffice Writer (headless)..." >&2
        apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-writer-nogui >/dev/null
    else
        echo "soffice not found: install libreoffice-writer-nogui (Debian) first" >&2
        exit 1
    fi
fi

mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

stale() { # stale TARGET SOURCE: true when TARGET must be (re)built
    [[ "$FORCE" == 1 || ! -s "$1" || "$2" -nt "$1" || "$HERE/make.sh" -nt "$1" ]]
}

# convert INPUT_HTML FILTER EXT TARGET
convert() {
    local in="$1" filter="$2" ext="$3" target="$4"
    soffice -env:UserInstallation="file://$WORK/profile" --headless --norestore \
        --infilter="HTML (StarWriter)" --convert-to "$ext:$filter" --outdir "$WORK/out" "$in" \
        >"$WORK/soffice.log" 2>&1 || { cat "$WORK/soffice.log" >&2; exit 1; }
    local produced="$WORK/out/$(basename "${in%.html}").$ext"
    [[ -s "$produced" ]] || { echo "LibreOffice produced no $ext for $in" >&2; cat "$WORK/soffice.log" >&2; exit 1; }
    mv -f "$produced" "$target"
    echo "built ${target#"$REPO"/}"
}

A4_CSS='<style>@page { size: 21cm 29.7cm; margin: 2.2cm 2cm 2cm 2cm } body { font-family: "Liberation Serif", serif; font-size: 11pt }</style>'

# 1. PDF: A4 page, running header and a "Page N sur M" footer (LibreOffice reads <div title="header|footer"> and
#    <sdfield> page fields on HTML import); the Titres of the source start on a new page.
if stale "$DST1" "$SRC1"; then
    sed -e "s#</head>#${A4_CSS}</head>#" \
        -e 's#<body>#<body><div title="header"><p style="text-align:right; font-size:9pt">Document fictif – UNIMEP – Accord de branche du 12 juin 2025 – Intelligence artificielle</p></div><div title="footer"><p style="text-align:center; font-size:9pt">Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> sur <sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>#' \
        "$SRC1" >"$WORK/$(basename "$SRC1")"
    convert "$WORK/$(basename "$SRC1")" writer_pdf_Export pdf "$DST1"
fi

# 2. DOCX and 3. ODT: h1/h2/h3 become the Heading 1/2/3 paragraph styles.
if stale "$DST2" "$SRC2"; then
    sed -e "s#</head>#${A4_CSS}</head>#" "$SRC2" >"$WORK/$(basename "$SRC2")"
    convert "$WORK/$(basename "$SRC2")" "MS Word 2007 XML" docx "$DST2"
fi
if stale "$DST3" "$SRC3"; then
    sed -e "s#</head>#${A4_CSS}</head>#" "$SRC3" >"$WORK/$(basename "$SRC3")"
    convert "$WORK/$(basename "$SRC3")" writer8 odt "$DST3"
fi

# 4. HTML: the source's body inside a typical web page (header, menus, breadcrumb, share links, footer, cookie banner).
if stale "$DST4" "$SRC4"; then
    title="$(sed -n 's#.*<title>\(.*\)</title>.*#\1#p' "$SRC4")"
    {
        cat <<EOF
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | Dialogue social &amp; accords – Portail Solvéa</title>
<meta name="description" content="Texte intégral de l’accord d’entreprise du groupe Solvéa sur l’intelligence artificielle dans les centres de relation client.">
<link rel="stylesheet" href="/static/css/portail.min.css">
<script src="/static/js/analytics.js" defer></script>
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
<div class="brand"><a href="/">Portail Solvéa – Espace dialogue social</a></div>
<p class="tagline">Le portail des salariés et des représentants du personnel du groupe Solvéa</p>
<form class="search" action="/recherche" method="get"><label for="q">Rechercher</label> <input id="q" name="q" type="search" placeholder="Rechercher un accord, une actualité…"> <button type="submit">OK</button></form>
<ul class="account"><li><a href="/connexion">Se connecter</a></li><li><a href="/en/">English</a></li></ul>
</header>
<nav class="main-menu" aria-label="Menu principal">
<ul>
<li><a href="/">Accueil</a></li>
<li><a href="/actualites/">Actualités</a></li>
<li><a href="/accords/">Accords d’entreprise</a></li>
<li><a href="/instances/cse/">CSE et instances</a></li>
<li><a href="/formation/">Formation</a></li>
<li><a href="/contact/">Nous contacter</a></li>
</ul>
</nav>
<nav class="breadcrumb" aria-label="Fil d’Ariane">
<ol><li><a href="/">Accueil</a></li><li><a href="/accords/">Accords d’entreprise</a></li><li>Intelligence artificielle – relation client</li></ol>
</nav>
<main id="contenu">
<article class="accord">
<p class="meta">Publié le 12 mars 2026 – Mis à jour le 17 mars 2026 – Temps de lecture : 9 min</p>
EOF
        # the source's body, verbatim
        sed -n '/<body>/,/<\/body>/p' "$SRC4" | sed -e '1d' -e '$d'
        cat <<'EOF'
<div class="share">Partager : <a href="#">LinkedIn</a> · <a href="#">Courriel</a> · <a href="javascript:window.print()">Imprimer</a> · <a href="/accords/solvea-ia-relation-client.pdf">Télécharger le PDF (312 Ko)</a></div>
</article>
</main>
<footer class="site-footer">
<ul class="footer-links">
<li><a href="/mentions-legales">Mentions légales</a></li>
<li><a href="/plan-du-site">Plan du site</a></li>
<li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
<li><a href="/confidentialite">Politique de confidentialité</a></li>
<li><a href="/cookies">Gestion des cookies</a></li>
</ul>
<p>© 2026 Solvéa Services SAS – Tous droits réservés. Portail édité par la direction des relations sociales.</p>
<div class="cookie-banner" role="dialog" aria-label="Cookies">
<p>Ce site utilise des cookies pour mesurer son audience et améliorer votre navigation. Vous pouvez accepter ou refuser ces cookies, et modifier vos choix à tout moment depuis la page « Gestion des cookies ».</p>
<button type="button">Tout accepter</button> <button type="button">Tout refuser</button> <button type="button">Personnaliser</button>
</div>
</footer>
</body>
</html>
EOF
    } >"$WORK/page.html"
    mv -f "$WORK/page.html" "$DST4"
    echo "built ${DST4#"$REPO"/}"
fi
