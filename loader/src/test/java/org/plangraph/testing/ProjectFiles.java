package org.plangraph.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where tests find the project's own files and, when present beside it, the user's shared seeds and gold. */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    public static Path root() {
        String root = System.getProperty("plangraph.projectRoot");
        return root == null ? Path.of("").toAbsolutePath() : Path.of(root);
    }

    public static Path samples() {
        return root().resolve("samples");
    }

    public static Path sample(String name) {
        return samples().resolve(name);
    }

    /**
     * DIR (created) holding COPIES copies of each plain-text sample under names of their own
     * ({@code c0_…}, {@code c1_…}): a corpus long enough for a load to be caught part-way.
     */
    public static Path copiesOfTheTextSamples(Path dir, int copies) throws java.io.IOException {
        Files.createDirectories(dir);
        try (java.util.stream.Stream<Path> all = Files.list(samples())) {
            for (Path sample : all.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (int copy = 0; copy < copies; copy++) {
                    Files.copy(sample, dir.resolve("c" + copy + "_" + sample.getFileName()));
                }
            }
        }
        return dir;
    }

    /** The shared folder (seeds, gold); the calling test is skipped with a clear message when it is absent. */
    public static Path sharedOrSkip(String sub) {
        String shared = System.getProperty("plangraph.shared", root().resolve("../shared").toString());
        Path dir = Path.of(shared).resolve(sub);
        Assumptions.assumeTrue(Files.isDirectory(dir),
                () -> "skipped: " + dir + " is absent (the user's seed documents and gold live in ../shared beside the project)");
        return dir;
    }
}
