package org.plangraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.testing.ProjectFiles;

class LoadCommandTest {
    /** Runs the CLI in-process and gives its exit status, standard output and standard error. */
    record Run(int status, String out, String err) {
    }

    /** plangraph with ARGS in a JVM of its own, to be killed part-way (SIGKILL: no shutdown hook, no clean-up). */
    static ProcessBuilder inAnotherJvm(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dplangraph.home=" + ProjectFiles.root(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void badFilesAreNamedOnOneLineAndTheOthersStillLoad(@TempDir Path tmp) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.write(inbox.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 % 256);
        }
        Files.write(inbox.resolve("binary.txt"), binary);
        Files.copy(ProjectFiles.sample("no-numbered-items.txt"), inbox.resolve("no-numbered-items.txt"));
        Files.copy(ProjectFiles.sample("notice-plan-ganzhou.txt"), inbox.resolve("notice-plan-ganzhou.txt"));

        Run load = run("load", "--db", tmp.resolve("db").toString(), inbox.toString());
        assertEquals(1, load.status());
        assertTrue(load.err().contains("plangraph: empty.txt: empty file"), load.err());
        assertTrue(load.err().lines().anyMatch(l -> l.startsWith("plangraph: binary.txt: binary file")), load.err());
        assertFalse(load.err().contains("Exception"), load.err());
        assertTrue(load.err().contains("loaded 2 files: 3 documents"), load.err());
        assertTrue(load.err().contains("2 files failed"), load.err());

        Run docs = run("query", "documents", "--db", tmp.resolve("db").toString(), "--format", "csv");
        assertEquals(0, docs.status(), docs.err());
        assertTrue(docs.out().startsWith("doc,title,kind,issuer,date,docNumber,jurisdiction"), docs.out());
        // one row per issuer: the county notice has one, the Ganzhou notice and the plan it issues two each
        assertEquals(5, docs.out().lines().skip(1).filter(l -> !l.isBlank()).count(), docs.out());
    }

    @Test
    void samplesLoadAndConformToTheShapes(@TempDir Path tmp) {
        Run load = run("load", "--db", tmp.resolve("db").toString(), ProjectFiles.samples().toString());
        assertEquals(0, load.status(), load.err());
        Run validate = run("validate", "--db", tmp.resolve("db").toString());
        assertEquals(0, validate.status(), validate.out());
        assertTrue(validate.out().contains("5 graphs checked: 5 conform, 0 do not"), validate.out());
    }

    @Test
    void twoFilesOfTheSameNameInOneLoadAreReportedNotMerged(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("2023"));
        Path b = Files.createDirectories(tmp.resolve("2024"));
        Files.copy(ProjectFiles.sample("webpage-quanzhou.txt"), a.resolve("plan.txt"));
        Files.copy(ProjectFiles.sample("no-numbered-items.txt"), b.resolve("plan.txt"));
        Run load = run("load", "--db", tmp.resolve("db").toString(), a.toString(), b.toString());
        assertEquals(1, load.status());
        assertTrue(load.err().contains("same file name as"), load.err());
        assertTrue(load.err().contains("loaded 1 file:"), load.err());
    }

    @Test
    void anUnknownQueryIsAClearError(@TempDir Path tmp) {
        Run r = run("query", "no-such-query", "--db", tmp.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("plangraph: no query named 'no-such-query'"), r.err());
    }

    @Test
    void compactingAStoreKeepsWhatItAnswersAndFreesTheBlocksLoadsSuperseded(@TempDir Path tmp) {
        String db = tmp.resolve("db").toString();
        // one file per transaction, loaded twice: many superseded blocks
        assertEquals(0, run("load", "--db", db, "--batch-files", "1", ProjectFiles.samples().toString()).status());
        assertEquals(0, run("load", "--db", db, "--batch-files", "1", ProjectFiles.samples().toString()).status());
        String before = run("query", "measures", "--db", db, "--format", "csv").out();
        List<String> generationBefore = List.of(tmp.resolve("db/tdb2").toFile().list((d, n) -> n.startsWith("Data-")));
        Run compact = run("compact", "--db", db);
        assertEquals(0, compact.status(), compact.err());
        assertTrue(compact.err().matches("(?s)compacted .*: [0-9.]+ MB → [0-9.]+ MB\\s*"), compact.err());
        // a new generation of the database replaces the old one, which is deleted (a small store's
        // files are its preallocated chunks, so the sizes need not differ)
        List<String> generations = List.of(tmp.resolve("db/tdb2").toFile().list((d, n) -> n.startsWith("Data-")));
        assertEquals(1, generations.size(), generations.toString());
        assertFalse(generationBefore.contains(generations.get(0)), generationBefore + " → " + generations);
        assertEquals(before, run("query", "measures", "--db", db, "--format", "csv").out());
    }

    @Test
    void compactingAFolderWithoutAStoreSaysSo(@TempDir Path tmp) {
        Run compact = run("compact", "--db", tmp.toString());
        assertEquals(2, compact.status());
        assertTrue(compact.err().contains("holds no store"), compact.err());
    }
}
