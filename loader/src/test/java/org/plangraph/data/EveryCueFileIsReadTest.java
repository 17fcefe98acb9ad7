package org.plangraph.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plangraph.pipeline.Pipeline;

/**
 * Every file of {@code ontology/cues} is read by the pipeline (a cue file nothing reads would be a
 * list a user edits in vain), and a line that cannot be read names its file and line.
 */
class EveryCueFileIsReadTest {
    private static final String PLAN = """
            宁州市人民政府办公室关于印发宁州市法治政府建设实施方案的通知
            各县(区)人民政府，市直各部门：
            现将《宁州市法治政府建设实施方案》印发给你们，请认真贯彻落实。
            宁州市人民政府办公室
            2024年3月1日
            宁州市法治政府建设实施方案
            一、总体要求
            到2025年，行政复议案件纠错率达到10%以上。
            二、主要任务
            1.规范执法。全面推行公示制度。（牵头单位：市司法局；责任单位：市直各部门）
            """;
    private static final String PAGE = "<html><head><title>宁州市工作要点</title></head><body><table><tr><td>发布机构</td><td>宁州市司法局</td></tr>"
            + "</table><div><p>宁州市2024年依法行政工作要点</p><p>一、主要任务</p><p>1.公布清单。6月底前公布清单。（责任单位：市司法局）</p></div></body></html>";

    @Test
    void thePipelineReadsEveryCueFile() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        pipeline.parse("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8));
        pipeline.parse("page.html", PAGE.getBytes(StandardCharsets.UTF_8));
        Set<String> cueFiles = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("ontology/cues"))) {
            files.filter(Files::isRegularFile).forEach(f -> cueFiles.add("cues/" + f.getFileName()));
        }
        cueFiles.removeAll(DataFiles.openedSoFar());
        assertEquals(Set.of(), cueFiles, "cue files no stage read");
    }

    @Test
    void aRegularExpressionThatDoesNotCompileNamesItsFileAndLine() {
        List<DataFiles.Row> rows = DataFiles.rows("ontology/cues/box-headings.txt", "# boxes\n专栏\\s*\\d+\n专栏(\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> rows.get(1).parsed(0, java.util.regex.Pattern::compile));
        assertTrue(e.getMessage().startsWith("ontology/cues/box-headings.txt line 3: "), e.getMessage());
    }

    @Test
    void aComparatorNoConstantWritesNamesItsFileAndLine() {
        DataFiles.Row row = DataFiles.rows("ontology/cues/comparators.tsv", "不少于\t>=\tbefore\n大于\t=>\tbefore\n").get(1);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> row.parsed(1, org.plangraph.model.Comparator::ofSymbol));
        assertTrue(e.getMessage().startsWith("ontology/cues/comparators.tsv line 2: not a comparator: =>"), e.getMessage());
    }

    @Test
    void aUnitKindNoConstantWritesNamesItsFileAndLine() {
        DataFiles.Row row = DataFiles.rows("ontology/cues/quantity-units.tsv", "个\tcount\n斤\tweight\n").get(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> row.notation(1, org.plangraph.model.UnitKind.class));
        assertTrue(e.getMessage().startsWith("ontology/cues/quantity-units.tsv line 2: unknown UnitKind 'weight'"), e.getMessage());
    }
}
