package org.plangraph.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a document is, as {@code ontology/cues/document-kinds.tsv} names it; each is a concept of the {@code kind} scheme. */
public enum DocumentKind implements Notation {
    /** 通知, 公告: a notice, often one that issues a plan. */
    NOTICE("notice"),
    /** 实施方案, 实施意见, 行动计划: how a higher policy is carried out. */
    IMPLEMENTATION_PLAN("implementation-plan"),
    /** 工作要点, 工作安排: the year's work of an organ. */
    WORK_PLAN("work-plan"),
    /** 年度报告, 工作报告: what was done, with the figures achieved. */
    ANNUAL_REPORT("annual-report"),
    /** 纲要: a plan of plans. */
    OUTLINE("outline");

    private final String notation;

    DocumentKind(String notation) {
        this.notation = notation;
    }

    @Override
    @JsonValue
    public String notation() {
        return notation;
    }
}
