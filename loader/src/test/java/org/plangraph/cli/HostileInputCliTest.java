package org.plangraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.cli.LoadCommandTest.Run;
import org.plangraph.testing.ProjectFiles;

/**
 * Hostile inputs through the command line: each bad file or folder gives one line naming it, at
 * once, and the good files beside it are still loaded.
 */
class HostileInputCliTest {
    private static final Duration HANG = Duration.ofSeconds(60);
    private static final String GOOD = "notice-plan-ganzhou.txt";
    private static final String GOOD_GRAPH = "graph/notice-plan-ganzhou>";

    private static Run run(String... args) {
        return assertTimeoutPreemptively(HANG, () -> LoadCommandTest.run(args));
    }

    private static Path good(Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.copy(ProjectFiles.sample(GOOD), dir.resolve(GOOD));
    }

    private static void assertOneLineNaming(String err, String prefix) {
        assertTrue(err.lines().anyMatch(l -> l.startsWith("plangraph: " + prefix)), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void twoCharactersThatOnceCrashedRepairAreExtractedAndLoadedBesideTheOthers(@TempDir Path tmp) throws Exception {
        Path good = good(tmp);
        Files.write(tmp.resolve("two.txt"), "鮀埨".getBytes(StandardCharsets.UTF_8));
        Files.write(tmp.resolve("two-gbk.txt"), "鮀埨".getBytes(Charset.forName("GBK")));

        Run extract = run("extract", "--format", "nq", tmp.resolve("two.txt").toString(), tmp.resolve("two-gbk.txt").toString(), good.toString());
        assertEquals(0, extract.status(), extract.err());
        assertTrue(extract.out().contains("graph/two>") && extract.out().contains("graph/two-gbk>")
                && extract.out().contains(GOOD_GRAPH), extract.err());

        Run load = run("load", "--db", tmp.resolve("db").toString(), tmp.toString());
        assertEquals(0, load.status(), load.err());
        assertTrue(load.err().contains("loaded 3 files"), load.err());
    }

    @Test
    void aDeviceAndAPipeAreRefusedAtOnceAndTheOtherFilesLoad(@TempDir Path tmp) throws Exception {
        Path good = good(tmp.resolve("in"));
        Path fifo = tmp.resolve("pipe.txt");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        String zero = "/dev/zero";
        assumeTrue(Files.exists(Path.of(zero)), "no /dev/zero on this system");
        Run load = made ? run("load", "--db", tmp.resolve("db").toString(), zero, fifo.toString(), good.toString())
                : run("load", "--db", tmp.resolve("db").toString(), zero, good.toString());
        assertEquals(1, load.status());
        assertOneLineNaming(load.err(), "zero: not a regular file");
        assertTrue(load.err().contains("loaded 1 file: "), load.err());
        Run extract = run("extract", "--format", "nq", zero, good.toString());
        assertEquals(1, extract.status());
        assertOneLineNaming(extract.err(), "zero: not a regular file");
        assertTrue(extract.out().contains(GOOD_GRAPH), extract.err());
        // checked last, so that the device is tested where mkfifo is missing
        assumeTrue(made, "mkfifo is not available: the pipe case was not run");
        assertOneLineNaming(load.err(), "pipe.txt: not a regular file");
    }

    @Test
    void aFolderThatCannotBeListedIsNamedAndTheFilesBesideItLoad(@TempDir Path tmp) throws Exception {
        Path inbox = tmp.resolve("inbox");
        good(inbox);
        Path locked = Files.createDirectories(inbox.resolve("locked"));
        Files.writeString(locked.resolve("hidden-from-us.txt"), "关于做好工作的通知");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            boolean listable;
            try (DirectoryStream<Path> s = Files.newDirectoryStream(locked)) {
                listable = true;
            } catch (IOException e) {
                listable = false;
            }
            assumeTrue(!listable, "running with the right to read any folder (as root?): a folder with no permissions can still be listed");
            Run load = run("load", "--db", tmp.resolve("db").toString(), inbox.toString());
            assertEquals(1, load.status());
            assertOneLineNaming(load.err(), locked + ": cannot list this folder (permission denied)");
            assertTrue(load.err().contains("loaded 1 file: "), load.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aLinkLoopingBackToItsFolderIsNamedAndTheFilesBesideItLoad(@TempDir Path tmp) throws Exception {
        // a folder the walk cannot list, which running as root does not get round
        Path inbox = tmp.resolve("inbox");
        good(inbox.resolve("sub"));
        Path loop = Files.createSymbolicLink(inbox.resolve("sub").resolve("loop"), inbox);
        Run load = run("load", "--db", tmp.resolve("db").toString(), inbox.toString());
        assertEquals(1, load.status());
        assertOneLineNaming(load.err(), loop + ": a link to a folder that contains it; not followed");
        assertTrue(load.err().contains("loaded 1 file: "), load.err());
    }

    @Test
    void filesOfOtherTypesInAFolderAreNamedWithTheirKindAndCountedAsFailed(@TempDir Path tmp) throws Exception {
        Path inbox = tmp.resolve("inbox");
        good(inbox);
        zip(inbox.resolve("R12.xlsx"), "xl/workbook.xml");
        zip(inbox.resolve("x.zip"), "a.txt");
        Files.write(inbox.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        Files.writeString(inbox.resolve("notes.md"), "关于做好法治政府建设工作的通知\n一、主要任务\n1.做好工作。\n");
        Files.writeString(inbox.resolve(".hidden.xlsx"), "not looked at");
        Files.writeString(inbox.resolve("README.md"), "# 这些文件的说明");

        Run load = run("load", "--db", tmp.resolve("db").toString(), inbox.toString());
        assertEquals(1, load.status());
        assertOneLineNaming(load.err(), "R12.xlsx: not a supported document type (spreadsheet)");
        assertOneLineNaming(load.err(), "x.zip: not a supported document type (archive)");
        assertOneLineNaming(load.err(), "scan.png: not a supported document type (image)");
        assertOneLineNaming(load.err(), "notes.md: not a supported document type by its name (.md), though it holds text");
        assertFalse(load.err().contains(".hidden"), load.err());
        assertTrue(load.err().contains("plangraph: README.md: note: the folder's documentation, not a document; not loaded\n"), load.err());
        assertTrue(load.err().contains("loaded 1 file: ") && load.err().contains("4 files failed"), load.err());

        // named on the command line, a file is read whatever its name
        Run direct = run("load", "--db", tmp.resolve("db").toString(), inbox.resolve("notes.md").toString());
        assertEquals(0, direct.status(), direct.err());
        assertTrue(direct.err().contains("loaded 1 file: 1 documents, 1 measures"), direct.err());
    }

    @Test
    void aFileOverTheTextLimitIsRefusedAndTheLimitIsAnOption(@TempDir Path tmp) throws Exception {
        Path good = good(tmp.resolve("in"));
        Path big = tmp.resolve("in").resolve("big.txt");
        Files.writeString(big, "关于做好法治政府建设工作的通知\n一、主要任务\n" + "1.做好法治政府建设工作。\n".repeat(40_000));
        Run limited = run("load", "--db", tmp.resolve("db").toString(), "--max-text-mb", "1", big.toString(), good.toString());
        assertEquals(1, limited.status());
        assertOneLineNaming(limited.err(), "big.txt: too big: text 1.");
        assertTrue(limited.err().contains(" MB, the limit is 1.0 MB (raise it with --max-text-mb)\n"), limited.err());
        assertTrue(limited.err().contains("loaded 1 file: "), limited.err());

        Run raised = run("extract", "--format", "nq", "--max-text-mb", "2", big.toString());
        assertEquals(0, raised.status(), raised.err());

        Run nonsense = run("extract", "--max-text-mb", "0", big.toString());
        assertEquals(2, nonsense.status());
        assertTrue(nonsense.err().startsWith("--max-text-mb must be a positive number of megabytes"), nonsense.err());
    }

    @Test
    void theReportSaysWhatWasReadAndWhatWasNotUnderstood(@TempDir Path tmp) throws Exception {
        Path inbox = tmp.resolve("inbox");
        good(inbox);
        Files.writeString(inbox.resolve("unread.txt"), String.join("\n",
                "关于做好法治政府建设工作的通知",
                "序号\t任务\t责任单位",
                "一、主要任务",
                "1.加强行政执法监督，规范执法行为。(牵头单位市司法局)",
                "2.推进政务公开。(责任单位:市政府办公室)", ""));
        Files.writeString(inbox.resolve("untitled.txt"), "各单位要认真做好法治政府建设工作。\n");
        zip(inbox.resolve("R12.xlsx"), "xl/workbook.xml");
        Path json = tmp.resolve("report.json");

        Run load = run("load", "--db", tmp.resolve("db").toString(), "--report", json.toString(), inbox.toString());
        assertEquals(1, load.status());
        assertTrue(load.err().contains("formats: 3 text/plain"), load.err());
        assertTrue(load.err().contains("no printed title (1): untitled.txt"), load.err());
        assertTrue(load.err().contains("no measures (1): untitled.txt"), load.err());
        assertTrue(load.err().contains("structure not used (2): unread.txt, untitled.txt"), load.err());
        assertTrue(load.err().contains("refused (1): R12.xlsx"), load.err());

        JsonNode files = new ObjectMapper().readTree(json.toFile()).get("files");
        assertEquals(4, files.size());
        JsonNode refused = byName(files, "R12.xlsx");
        assertEquals("refused", refused.get("status").asText());
        assertEquals("not a supported document type (spreadsheet)", refused.get("reason").asText());

        JsonNode unread = byName(files, "unread.txt");
        assertEquals("loaded", unread.get("status").asText());
        assertEquals("text/plain", unread.get("format").asText());
        assertEquals("UTF-8", unread.get("encoding").asText());
        assertEquals("simplified", unread.get("script").asText());
        JsonNode doc = unread.get("documents").get(0);
        assertEquals("关于做好法治政府建设工作的通知", doc.get("title").asText());
        assertEquals("printed", doc.get("titleSource").asText());
        assertEquals(2, doc.get("measures").asInt());
        JsonNode unused = unread.get("unused");
        assertEquals(2, unused.size(), unused.toString());
        assertEquals("序号\t任务\t责任单位", ofKind(unused, "UNRECOGNISED_TABLE").get("text").asText());
        JsonNode note = ofKind(unused, "UNREAD_NOTE");
        assertEquals("(牵头单位市司法局)", note.get("text").asText());
        assertTrue(note.get("end").asInt() > note.get("start").asInt());

        JsonNode untitled = byName(files, "untitled.txt");
        assertEquals("inferred", untitled.get("documents").get(0).get("titleSource").asText());
        assertEquals("NO_TITLE", untitled.get("unused").get(0).get("kind").asText());
    }

    private static JsonNode ofKind(JsonNode unused, String kind) {
        for (JsonNode u : unused) {
            if (u.get("kind").asText().equals(kind)) {
                return u;
            }
        }
        throw new AssertionError("no " + kind + " in " + unused);
    }

    private static JsonNode byName(JsonNode files, String name) {
        for (JsonNode f : files) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(name + " not in the report: " + files);
    }

    private static void zip(Path file, String entry) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
