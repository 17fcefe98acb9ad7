package org.plangraph.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.ColumnRole;
import org.plangraph.model.Document;
import org.plangraph.model.Provision;
import org.plangraph.model.Responsibility;
import org.plangraph.model.Target;
import org.plangraph.model.Task;
import org.plangraph.pipeline.Pipeline;

/** Tables whose rows are tasks, read end to end: one measure per row, its units in their roles, its deadline. */
class TaskTablesTest {

    static Document load(String fixture) throws Exception {
        return Pipeline.standard().parse(fixture, bytes(fixture)).documents().get(0);
    }

    private static byte[] bytes(String fixture) throws IOException {
        try (InputStream in = TaskTablesTest.class.getResourceAsStream("/tables/" + fixture)) {
            return in.readAllBytes();
        }
    }

    static List<Provision> measures(Document d) {
        List<Provision> out = new ArrayList<>();
        collect(d.provisions(), out);
        return out;
    }

    private static void collect(List<Provision> ps, List<Provision> out) {
        for (Provision p : ps) {
            if (p.measure()) {
                out.add(p);
            }
            collect(p.children(), out);
        }
    }

    private static List<String> units(Task task, String role) {
        return task.responsibilities().stream().filter(r -> r.role().notation().equals(role)).map(r -> r.unit().name()).toList();
    }

    @Test
    void eachRowOfATabTableIsAMeasureUnderItsCategory() throws Exception {
        Document d = load("work-plan-tab-table.txt");
        List<Provision> measures = measures(d);
        assertEquals(List.of("二/一/1", "二/一/2", "二/一/3", "二/二/4", "二/二/5", "三"),
                measures.stream().map(Provision::path).toList());
        Provision section = d.provisions().get(1);
        assertFalse(section.measure());
        Provision category = section.children().get(0);
        assertEquals("深化行政审批制度改革", category.heading());
        assertFalse(category.measure());
    }

    @Test
    void aRowsTaskIsItsTaskCellAndItsUnitsComeFromTheRoleColumns() throws Exception {
        Provision first = measures(load("work-plan-tab-table.txt")).get(0);
        assertEquals(1, first.tasks().size());
        Task task = first.tasks().get(0);
        assertEquals("全面推行证明事项告知承诺制,梳理公布告知承诺事项清单。", task.text().text());
        assertEquals(List.of("市司法局"), units(task, "lead"));
        assertEquals(List.of("市直有关部门", "各县(区)政府"), units(task, "responsible"));
        assertTrue(task.responsibilities().stream().noneMatch(Responsibility::inferred));
        assertEquals("2024年6月底前", first.cells(ColumnRole.DEADLINE).get(0).text().text());
    }

    @Test
    void aUnitListInACellDistributesItsPrefixAsInNotes() throws Exception {
        Task task = measures(load("work-plan-tab-table.txt")).get(1).tasks().get(0);
        assertEquals(List.of("市发改委", "市工信局"), units(task, "responsible"));
    }

    @Test
    void theDeadlineColumnGivesEachTaskItsDeadline() throws Exception {
        List<Provision> measures = measures(load("work-plan-tab-table.txt"));
        assertEquals(List.of("2024-06-30"), deadlines(measures.get(0)));
        assertEquals(List.of("2024-12-31"), deadlines(measures.get(1)));
        assertEquals(List.of(), deadlines(measures.get(2)));
        assertTrue(deadlines(measures.get(3)).contains("2024-12-31"));
        assertEquals(List.of("2024-09-30"), deadlines(measures.get(4)));
    }

    private static List<String> deadlines(Provision p) {
        return p.targets().stream().map(Target::deadline).filter(java.util.Objects::nonNull).map(org.plangraph.model.Deadline::lexical).toList();
    }

    @Test
    void numbersInATaskCellAreItsTargets() throws Exception {
        Provision fifth = measures(load("work-plan-tab-table.txt")).get(4);
        assertTrue(fifth.targets().stream().anyMatch(t -> t.amount() != null && t.amount().value().intValue() == 100 && "%".equals(t.amount().unit())),
                fifth.targets().toString());
    }

    @Test
    void anHtmlTableWithALeadUnitSpanningRowsGivesEachRowThatUnit() throws Exception {
        Document d = load("task-table.html");
        List<Provision> measures = measures(d);
        List<Provision> rows = measures.stream().filter(p -> p.path().startsWith("二/")).toList();
        assertEquals(List.of("二/1", "二/2", "二/3", "二/4"), rows.stream().map(Provision::path).toList());
        assertEquals(List.of("县市场监管局"), units(rows.get(0).tasks().get(0), "lead"));
        assertEquals(List.of("县市场监管局"), units(rows.get(1).tasks().get(0), "lead"));
        assertEquals(List.of("县税务局", "县公安局"), units(rows.get(0).tasks().get(0), "responsible"));
        assertEquals("推进经营主体登记注册便利化改革。", rows.get(1).tasks().get(0).text().text());
        assertEquals(List.of("2024-12-31"), deadlines(rows.get(1)));
    }

    @Test
    void aTableTypedWithBarsInPlainTextIsReadLikeATable() throws Exception {
        Document d = load("pipe-table.txt");
        List<Provision> rows = measures(d).stream().filter(p -> p.path().startsWith("一/")).toList();
        assertEquals(List.of("一/1", "一/2", "一/3"), rows.stream().map(Provision::path).toList());
        Task second = rows.get(1).tasks().get(0);
        assertEquals("推进行政复议体制改革,规范复议案件办理。", second.text().text());
        assertEquals(List.of("区司法局", "区信访局"), units(second, "responsible"));
        assertEquals(List.of("2024-06-30"), deadlines(rows.get(0)));
    }

    @Test
    void aRowsSpanPointsBackToTheSourceText() throws Exception {
        Provision first = measures(load("task-table.html")).get(0);
        Task task = first.tasks().get(0);
        assertTrue(task.text().asRead().startsWith("推行企业开办全程网办"));
        assertTrue(task.text().end() > task.text().start());
    }

    @Test
    void aTableOfOtherColumnsStaysTextAndIsListedAsUnrecognised() throws Exception {
        String text = String.join("\n",
                "某市重大项目建设工作方案",
                "一、项目清单",
                "序号\t项目名称\t投资总额(亿元)\t责任单位",
                "一、东区(2个)",
                "1\t新能源汽车基地项目\t150\t东区管委会",
                "2\t智能装备产业园项目\t50\t东区管委会",
                "二、加强调度",
                "各地要定期调度项目进展。");
        Document d = Pipeline.standard().parse("projects.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).documents().get(0);
        assertEquals(List.of("一", "二"), d.provisions().stream().map(Provision::label).toList());
        assertTrue(d.provisions().get(0).children().isEmpty());
        assertTrue(d.provisions().get(0).text().text().contains("新能源汽车基地项目"));
        List<String> unrecognised = Tables.unrecognised(text);
        assertEquals(1, unrecognised.size());
        assertTrue(unrecognised.get(0).startsWith("序号\t项目名称"));
    }
}
