package fr.paritaire.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the boundaries of the code, read from the sources' imports: data flows one way, corpus → extract → chunk →
 * store → retrieve → decide → answer → verify → channel. The write side and the query side of ingestion are separate;
 * the assistant's answering pipeline sees the query side only through its facade; no package cycles.
 */
class ArchitectureTest {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    /**
     * What the answering pipeline may use of ingestion: passages (with their authority and agreement level), the
     * query-side facade with its request filter and its results, text tools.
     */
    private static final Set<String> QUERY_FACADE = Set.of("fr.paritaire.ingestion.Passage",
            "fr.paritaire.ingestion.Authority", "fr.paritaire.ingestion.AgreementLevel",
            "fr.paritaire.ingestion.search.SearchFilter",
            "fr.paritaire.ingestion.search.Retriever", "fr.paritaire.ingestion.search.Retrieval",
            "fr.paritaire.ingestion.search.QuestionAnalysis", "fr.paritaire.ingestion.search.SearchHit",
            "fr.paritaire.ingestion.search.ExpectedAnswer", "fr.paritaire.ingestion.search.SearchMode");

    private record Source(Path file, String pkg, List<String> imports) {
    }

    private static List<Source> sources(String module) {
        Path root = Path.of("..", module, "src", "main", "java");
        try (Stream<Path> files = Files.walk(root)) {
            List<Source> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher p = PACKAGE.matcher(text);
                if (!p.find()) continue;
                List<String> imports = new ArrayList<>();
                Matcher m = Pattern.compile("^import (?:static )?(fr\\.paritaire\\.[\\w.]+);", Pattern.MULTILINE).matcher(text);
                while (m.find()) imports.add(m.group(1));
                out.add(new Source(f, p.group(1), imports));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> violations(List<Source> sources, String fromPrefix, java.util.function.Predicate<String> forbidden) {
        List<String> out = new ArrayList<>();
        for (Source s : sources) {
            if (!s.pkg().startsWith(fromPrefix)) continue;
            for (String i : s.imports()) if (forbidden.test(i)) out.add(s.file().getFileName() + " → " + i);
        }
        return out;
    }

    @Test
    void theStoreAndTheWriteSideDoNotDependOnSearch() {
        List<Source> ingestion = sources("ingestion");
        for (String writeSide : List.of("extract", "chunk", "embed", "store", "job", "text")) {
            assertThat(violations(ingestion, "fr.paritaire.ingestion." + writeSide,
                    i -> i.startsWith("fr.paritaire.ingestion.search.")))
                    .as(writeSide + " must not depend on the query side").isEmpty();
        }
    }

    @Test
    void theQuerySideDoesNotDependOnExtractionChunkingOrTheJob() {
        assertThat(violations(sources("ingestion"), "fr.paritaire.ingestion.search",
                i -> i.matches("fr\\.paritaire\\.ingestion\\.(extract|chunk|job)\\..*"))).isEmpty();
    }

    @Test
    void theAnsweringPipelineSeesIngestionOnlyThroughTheQueryFacade() {
        List<Source> assistant = sources("assistant");
        for (String pkg : List.of("answer", "decide", "grounding", "conversation", "ask")) {
            assertThat(violations(assistant, "fr.paritaire.assistant." + pkg,
                    i -> i.startsWith("fr.paritaire.ingestion.") && !QUERY_FACADE.contains(topLevelType(i))
                            && !i.startsWith("fr.paritaire.ingestion.text.")))
                    .as(pkg + " reaches into ingestion internals").isEmpty();
        }
    }

    /** The top-level type an import names ("…QuestionAnalysis.KeyTerm" → "…QuestionAnalysis"). */
    private static String topLevelType(String imported) {
        String pkg = topLevelPackage(imported);
        String rest = imported.substring(pkg.length() + 1);
        return pkg + "." + rest.split("\\.")[0];
    }

    @Test
    void assistantPackagesHaveNoCycles() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Source s : sources("assistant")) {
            Set<String> deps = graph.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            for (String i : s.imports()) {
                String target = topLevelPackage(i);
                if (target.startsWith("fr.paritaire.assistant") && !target.equals(s.pkg())) deps.add(target);
            }
        }
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            for (String dep : graph.get(start)) {
                if (reaches(graph, dep, start, new TreeSet<>())) cycles.add(start + " ⇄ " + dep);
            }
        }
        assertThat(cycles).isEmpty();
    }

    private static String topLevelPackage(String importedType) {
        String[] parts = importedType.split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) break;
            if (!pkg.isEmpty()) pkg.append('.');
            pkg.append(part);
        }
        return pkg.toString();
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String to, Set<String> seen) {
        if (from.equals(to)) return true;
        if (!seen.add(from)) return false;
        for (String next : graph.getOrDefault(from, Set.of())) if (reaches(graph, next, to, seen)) return true;
        return false;
    }
}
