package fr.paritaire.ingestion.job;

import fr.paritaire.ingestion.authority.DocumentClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

/** Lists the files under the corpus folder (following links, reporting loops) and hashes their content. */
final class CorpusWalker {

    record CorpusFile(Path path, String source, String hash, String problem) {
    }

    static List<CorpusFile> walk(Path corpus) throws IOException {
        List<CorpusFile> files = new ArrayList<>();
        Files.walkFileTree(corpus, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(corpus) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().startsWith(".")) return FileVisitResult.CONTINUE;
                // Metadata about the file beside it, read with that file (see DocumentClassifier).
                if (DocumentClassifier.isSidecar(file)) return FileVisitResult.CONTINUE;
                String source = relative(corpus, file);
                if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                    files.add(new CorpusFile(file, source, null, "unreadable: broken symbolic link (its target does not exist)"));
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    files.add(new CorpusFile(file, source, null, "not a regular file (device, pipe or socket)"));
                    return FileVisitResult.CONTINUE;
                }
                try {
                    files.add(new CorpusFile(file, source, sha256(file), null));
                } catch (IOException e) {
                    files.add(new CorpusFile(file, source, null, "unreadable: " + e.getMessage()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String problem = e instanceof FileSystemLoopException ? "symbolic link loop" : "unreadable: " + e.getMessage();
                files.add(new CorpusFile(file, relative(corpus, file), null, problem));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort((a, b) -> a.source().compareTo(b.source()));
        return files;
    }

    private static String relative(Path corpus, Path file) {
        return corpus.relativize(file).toString().replace('\\', '/');
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
