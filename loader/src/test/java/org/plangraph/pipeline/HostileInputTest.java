package org.plangraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Document;
import org.plangraph.model.Finding;
import org.plangraph.model.Provision;
import org.plangraph.read.SourceReader;
import org.plangraph.read.SourceRejectedException;

/**
 * Files that once crashed or hung the pipeline: each gives a document or a one-line refusal, in time
 * linear in its size. The timeouts are hang detectors, generous enough never to fail on a slow machine.
 */
class HostileInputTest {
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final String HEAD = "关于做好法治政府建设工作的通知\n一、主要任务\n";

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static AlignedFile parse(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return assertTimeoutPreemptively(HANG, () -> PIPELINE.parse(file));
    }

    @Test
    void twoTraditionalCharactersThatSimplifyOutsideTheBmpMakeADocument(@TempDir Path tmp) throws Exception {
        // 鮀埨 simplify to 𬶍𫭢, two UTF-16 units each: the repaired text is longer than the source
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("GBK")}) {
            Path file = tmp.resolve("two-" + charset.name() + ".txt");
            Files.write(file, "鮀埨".getBytes(charset));
            AlignedFile parsed = PIPELINE.parse(file);
            assertEquals(1, parsed.documents().size());
            Document d = parsed.documents().get(0);
            // no title anywhere: a label made from its kind, marked inferred, never the text itself
            assertEquals(org.plangraph.model.TitleSource.INFERRED, d.titleSource(), charset.name());
            assertEquals("实施方案", d.title(), charset.name());
            assertEquals("𬶍𫭢", d.text().text(), charset.name());
            assertEquals("鮀埨", d.text().asRead(), charset.name());
            assertEquals("traditional", parsed.source().script());
            assertTrue(parsed.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.NO_TITLE), parsed.findings().toString());
        }
    }

    @Test
    void tenThousandScriptTagsAsMarkupAreRefusedAtOnce(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("scripts.html");
        Files.writeString(file, "<html><body>" + "<script>".repeat(10_000) + "</body></html>");
        SourceRejectedException e = assertThrows(SourceRejectedException.class,
                () -> assertTimeoutPreemptively(HANG, () -> PIPELINE.parse(file)));
        assertEquals("scripts.html: a web page with no document text (only markup, scripts or navigation)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "&lt;script&gt;"})
    void tenThousandScriptTagsInsideTextMakeADocument(String tag, @TempDir Path tmp) throws Exception {
        // as text in a web page, and as text in a .txt: each <script> is a title in <> to the policy extractor
        String run = tag.startsWith("&") ? "<html><body><p>关于做好法治政府建设工作的通知</p><p>一、主要任务</p><p>1.做好工作"
                + tag.repeat(10_000) + "。</p></body></html>" : HEAD + "1.做好工作" + tag.repeat(10_000) + "。\n";
        AlignedFile parsed = parse(tmp, tag.startsWith("&") ? "scripts.html" : "scripts.txt", run);
        Document d = parsed.documents().get(0);
        assertEquals("关于做好法治政府建设工作的通知", d.title());
        assertTrue(d.policies().stream().noneMatch(p -> p.title().contains("script")), d.policies().toString());
        assertEquals(1, measures(d));
    }

    @Test
    void twentyThousandNumberedLinesMakeADocumentAndTheUnnumberedOnesAreReported(@TempDir Path tmp) throws Exception {
        StringBuilder text = new StringBuilder("关于做好法治政府建设工作的通知\n");
        for (int i = 1; i <= 20_000; i++) {
            text.append(i).append(".做好法治政府建设工作，由市司法局牵头负责落实。\n");
        }
        AlignedFile parsed = parse(tmp, "numbered.txt", text.toString());
        // the segmenter numbers items up to 999; the lines after that are reported, not dropped silently
        assertEquals(999, measures(parsed.documents().get(0)));
        assertTrue(parsed.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.NUMBERED_LINE_OUTSIDE_HIERARCHY
                && f.text().startsWith("1000.做好")), parsed.findings().subList(0, 3).toString());
    }

    /** Run-on text that once made an extractor quadratic (or exponential) in its length. */
    @ParameterizedTest
    @ValueSource(strings = {"完成3个项目", "到2025年底前完成3个项目,", "(市司法局牵头)", "(责任单位:市司法局)", "(责任单位:市司法局加强",
            "根据《法治政府建设实施纲要》", "合格率、"})
    void aRunOfTwentyThousandCuesInOneMeasureMakesADocument(String cue, @TempDir Path tmp) throws Exception {
        AlignedFile parsed = parse(tmp, "run.txt", HEAD + "1.做好工作" + cue.repeat(20_000) + "数量达到95%。\n");
        assertEquals(1, measures(parsed.documents().get(0)));
    }

    @Test
    void aFooterOfAHundredThousandLinksIsCutOnce(@TempDir Path tmp) throws Exception {
        AlignedFile parsed = parse(tmp, "footer.txt", HEAD + "1.做好工作。\n" + "相关链接\n".repeat(100_000));
        assertTrue(parsed.documents().get(0).text().text().strip().endsWith("1.做好工作。"));
    }

    @Test
    void aFileOverTheTextLimitIsRefusedWithTheOptionThatRaisesIt(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("big.txt");
        Files.writeString(file, HEAD + "1.做好工作。\n".repeat(200));
        Pipeline small = Pipeline.builder().reader(SourceReader.builder().maxTextBytes(1024).build()).build();
        SourceRejectedException e = assertThrows(SourceRejectedException.class, () -> small.parse(file));
        assertEquals("big.txt: too big: text " + Files.size(file) + " bytes, the limit is 1024 bytes (raise it with --max-text-mb)",
                e.getMessage());
        assertEquals(200, measures(PIPELINE.parse(file).documents().get(0)));
    }

    private static int measures(Document d) {
        return measures(d.provisions());
    }

    private static int measures(java.util.List<Provision> ps) {
        int n = 0;
        for (Provision p : ps) {
            n += (p.measure() ? 1 : 0) + measures(p.children());
        }
        return n;
    }
}
