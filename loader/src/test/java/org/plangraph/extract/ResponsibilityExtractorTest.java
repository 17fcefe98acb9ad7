package org.plangraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.Fixtures;
import org.plangraph.model.Document;
import org.plangraph.model.Provision;
import org.plangraph.model.Responsibility;
import org.plangraph.model.Role;
import org.plangraph.model.Task;
import org.plangraph.pipeline.Pipeline;

class ResponsibilityExtractorTest {
    private static final String HEADER = "赣州市人民政府办公室关于印发赣州市法治工作方案的通知\n赣州市人民政府办公室\n2024年3月8日\n赣州市法治工作方案\n一、任务\n";

    private static Provision measure(String item) throws Exception {
        Document plan = Pipeline.standard().parse("t.txt", (HEADER + item).getBytes(StandardCharsets.UTF_8)).documents().get(1);
        return plan.measures().get(0);
    }

    private static List<String> units(Task t, String role) {
        return t.responsibilities().stream().filter(r -> r.role().notation().equals(role)).map(r -> r.unit().name()).toList();
    }

    @Test
    void fourNotesMakeFourTasksEachWithItsOwnLead() throws Exception {
        Provision m = measure("1.优化职能。构建机制。(牵头单位:市委编办;责任单位:市直有关单位)简化审批。(牵头单位:市审批局;责任单位:各县(区)政府)"
                + "清理证明事项。(牵头单位:市司法局)推进监管。(牵头单位:市市场监管局、市发改委;责任单位:市直有关部门)");
        assertEquals(4, m.tasks().size());
        assertEquals("构建机制。", m.tasks().get(0).text().text());
        assertEquals(List.of("市委编办"), units(m.tasks().get(0), "lead"));
        assertEquals(List.of("市审批局"), units(m.tasks().get(1), "lead"));
        assertEquals(List.of("市司法局"), units(m.tasks().get(2), "lead"));
        assertEquals(List.of(), units(m.tasks().get(2), "responsible"));
        assertEquals(List.of("市市场监管局", "市发改委"), units(m.tasks().get(3), "lead"));
    }

    @Test
    void whereTheDocumentSaysTheFirstListedUnitLeadsItDoes() {
        Document d = Fixtures.only("宁州市法治政府建设工作要点\n各项任务列第一位的为牵头单位。\n一、严格执法\n"
                + "1.规范执法。开展评查。（责任单位：市司法局、市公安局）\n2.加强监督。（牵头单位：市审计局；责任单位：市财政局）\n");
        assertEquals(List.of("市司法局"), units(d.measures().get(0).tasks().get(0), "lead"));
        assertEquals(List.of("市公安局"), units(d.measures().get(0).tasks().get(0), "responsible"));
        assertEquals(List.of("市审计局"), units(d.measures().get(1).tasks().get(0), "lead"));
        Document plain = Fixtures.only("宁州市法治政府建设工作要点\n一、严格执法\n1.规范执法。开展评查。（责任单位：市司法局、市公安局）\n");
        assertTrue(units(plain.measures().get(0).tasks().get(0), "lead").isEmpty());
    }

    @Test
    void aNotesOtherFieldsNeverBecomeUnits() throws Exception {
        Provision m = measure("1.规范执法。开展案卷评查。(责任单位:市直各部门,完成时限:2024年12月底前)");
        assertEquals(List.of("市直各部门"), units(m.tasks().get(0), "responsible"));
        Provision both = measure("1.推进改革。简化审批。(牵头单位:市审批局;完成时间:2024年6月;责任单位:市司法局、市发改委;备注:持续推进)");
        assertEquals(List.of("市审批局"), units(both.tasks().get(0), "lead"));
        assertEquals(List.of("市司法局", "市发改委"), units(both.tasks().get(0), "responsible"));
    }

    @Test
    void officeAndAssessmentRoleLabelsAreNotes() throws Exception {
        Provision county = measure("1.规范执法。开展案卷评查。(责任股室:法治督察股)");
        assertEquals(List.of("法治督察股"), units(county.tasks().get(0), "responsible"));
        Provision assessed = measure("1.推进一网通办。实现全程网办。(6月底完成,牵头考核单位:市政府办公室、市公安局)");
        assertEquals(List.of("市政府办公室", "市公安局"), units(assessed.tasks().get(0), "lead"));
    }

    @Test
    void aMissingClosingBracketEndsAfterTheLastUnitName() throws Exception {
        Provision m = measure("1.优化环境。清理规定。(牵头单位:市司法局;责任单位:各县(区)政府、东临新区管委会加强和改进执法。(牵头单位:市市场监管局)");
        assertEquals(2, m.tasks().size());
        assertEquals(List.of("各县(区)政府", "东临新区管委会"), units(m.tasks().get(0), "responsible"));
        assertTrue(m.tasks().get(1).text().text().startsWith("加强和改进执法"), m.tasks().get(1).text().text());
    }

    @Test
    void aMissingOpeningBracketEndsAtTheUnmatchedClosingOne() throws Exception {
        Provision m = measure("1.推进改革。深化审批改革。牵头单位:市住建局;责任单位:市直有关部门)加强监管。(牵头单位:市市场监管局)");
        assertEquals(2, m.tasks().size());
        assertEquals(List.of("市住建局"), units(m.tasks().get(0), "lead"));
        assertEquals(List.of("市直有关部门"), units(m.tasks().get(0), "responsible"));
    }

    @Test
    void aNoteOnItsOwnLineAndASecondRoleLineCloseOneTask() throws Exception {
        Provision m = measure("1.提升效能。推进一网通办。\n牵头单位:市政务服务局\n配合单位:市政府办公室、市司法局,按职责分工分别负责");
        assertEquals(1, m.tasks().size());
        assertEquals(List.of("市政务服务局"), units(m.tasks().get(0), "lead"));
        assertEquals(List.of("市政府办公室", "市司法局"), units(m.tasks().get(0), "responsible"));
    }

    @Test
    void aDistributedPrefixIsWrittenOutAndAnAliasStaysWithItsUnit() throws Exception {
        Provision m = measure("1.清理规定。全面清理。(责任单位:市发改委、审批局、工信局,市委依法治市办(市司法局))");
        List<Responsibility> rs = m.tasks().get(0).responsibilities();
        assertEquals(List.of("市发改委", "市审批局", "市工信局", "市委依法治市办"), rs.stream().map(r -> r.unit().name()).toList());
        assertEquals("市司法局", rs.get(3).unit().alias());
        assertEquals("审批局", rs.get(1).unit().mention());
    }

    @Test
    void aRoleLabelRepeatedInOneNoteKeepsItsRole() throws Exception {
        Provision m = measure("1.加强培训。组织培训。(牵头单位:市司法局;牵头单位:市委组织部;责任单位:市政府各部门)");
        assertEquals(List.of("市司法局", "市委组织部"), units(m.tasks().get(0), "lead"));
        assertTrue(m.tasks().get(0).responsibilities().stream().filter(r -> r.role() == Role.RESPONSIBLE).allMatch(r -> r.unit().collective()));
    }

    @Test
    void anItemWithNoNoteFallsToTheIssuerAndSaysItIsInferred() throws Exception {
        Provision m = measure("1.加强宣传。广泛开展宣传活动。");
        assertEquals(1, m.tasks().size());
        Responsibility r = m.tasks().get(0).responsibilities().get(0);
        assertEquals(Role.ISSUER, r.role());
        assertTrue(r.inferred());
        assertEquals("赣州市人民政府办公室", r.unit().name());
    }

    @Test
    void aNoteRightAfterTheHeadingGivesTheHeadingItsUnits() throws Exception {
        Provision oneLine = measure("1.深化“一件事一次办”改革。(牵头单位:市审批局;责任单位:市直有关单位)");
        assertEquals(1, oneLine.tasks().size());
        assertEquals("深化“一件事一次办”改革", oneLine.tasks().get(0).text().text());
        assertEquals(List.of("市审批局"), units(oneLine.tasks().get(0), "lead"));
        Provision ownLines = measure("1.加强行政复议工作。\n牵头单位:市司法局\n责任单位:各县(区)政府");
        assertEquals(1, ownLines.tasks().size());
        assertEquals(List.of("市司法局"), units(ownLines.tasks().get(0), "lead"));
        assertEquals(List.of("各县(区)政府"), units(ownLines.tasks().get(0), "responsible"));
    }

    @Test
    void aNoteWrittenWithVerbsNamesLeadAndSupport() throws Exception {
        Provision m = measure("1.加强培训。每年组织执法人员培训不少于2次(由市司法局牵头,市直有关单位配合)。");
        assertEquals(List.of("市司法局"), units(m.tasks().get(0), "lead"));
        assertEquals(List.of("市直有关单位"), units(m.tasks().get(0), "responsible"));
    }

    @Test
    void aLabelledLineAfterTheLastNoteIsNoTaskOfItsOwn() throws Exception {
        Provision m = measure("1.清理文件。开展专项清理。\n责任单位:市司法局\n完成时限:2024年12月底前");
        assertEquals(1, m.tasks().size());
        assertEquals(List.of("市司法局"), units(m.tasks().get(0), "responsible"));
    }

    @Test
    void aSentenceAssigningUnitsInWordsIsANote() throws Exception {
        Provision m = measure("1.推进项目建设。完善项目库。由市发展改革委牵头，市财政局、市自然资源局配合。");
        assertEquals(List.of("市发展改革委"), units(m.tasks().get(0), "lead"));
        assertEquals(List.of("市财政局", "市自然资源局"), units(m.tasks().get(0), "responsible"));
        assertTrue(m.tasks().get(0).responsibilities().stream().noneMatch(Responsibility::inferred));
    }

    @Test
    void aUnitThatIsResponsibleAloneIsNamedWithFuze() throws Exception {
        Provision m = measure("1.加强宣传。开展普法宣传活动(由市司法局负责)。");
        assertEquals(List.of(), units(m.tasks().get(0), "lead"));
        assertEquals(List.of("市司法局"), units(m.tasks().get(0), "responsible"));
    }

    @Test
    void aSentenceThatOnlyMentionsAUnitAssignsNothing() throws Exception {
        Provision m = measure("1.加强解释。本方案由市司法局负责解释。");
        assertTrue(m.tasks().get(0).responsibilities().stream().allMatch(Responsibility::inferred), m.tasks().toString());
    }

    @Test
    void officeRoleLabelsOfEveryKindAreNotes() throws Exception {
        for (String label : List.of("责任股室", "责任科室", "责任处室", "参加单位", "协办单位", "配合部门", "会同单位")) {
            Provision m = measure("1.规范执法。开展案卷评查。(" + label + ":法治督察股)");
            assertEquals(List.of("法治督察股"), units(m.tasks().get(0), "responsible"), label);
        }
    }

    @Test
    void unitsSeparatedBySpacesAreOneEach() throws Exception {
        Provision m = measure("1.化解矛盾。开展矛盾纠纷排查。(责任单位:县司法局 县信访局 县公安局)");
        assertEquals(3, units(m.tasks().get(0), "responsible").size(), m.tasks().toString());
    }

    @Test
    void aNoteNotUnderstoodIsReportedNotSilentlyInferred() throws Exception {
        org.plangraph.model.AlignedFile file = Pipeline.standard().parse("t.txt",
                (HEADER + "1.规范执法。开展案卷评查(督办科室:法治督察科)。").getBytes(StandardCharsets.UTF_8));
        assertTrue(file.findings().stream().anyMatch(f -> f.kind() == org.plangraph.model.Finding.Kind.UNREAD_NOTE
                && f.text().contains("督办科室")), file.findings().toString());
    }

    @Test
    void unitsNamedInFullTakeNoDistributedPrefix() throws Exception {
        Provision m = measure("1.建设平台。推进平台建设。(责任单位:市工信局、宁州新旧动能转换起步区管委会、人行宁州中心支行、相关县政府、科技局)");
        assertEquals(List.of("市工信局", "宁州新旧动能转换起步区管委会", "人行宁州中心支行", "相关县政府", "市科技局"),
                units(m.tasks().get(0), "responsible"));
    }
}
