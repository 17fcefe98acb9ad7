package org.plangraph.model;

/** What a column of a task table holds, read from its header. */
public enum ColumnRole {
    /** the row's number: 序号 */
    SERIAL,
    /** the task itself: 工作任务, 重点任务, 具体措施 … */
    TASK,
    /** the units that lead the task: 牵头单位, 牵头处室 … */
    LEAD,
    /** the units responsible for or taking part in it: 责任单位, 配合单位, 参与单位 … */
    RESPONSIBLE,
    /** when it is due: 完成时限, 时间节点 … */
    DEADLINE,
    /** how far it has got: 进展情况, 完成情况, 备注 */
    STATUS,
    /** anything else, kept as text */
    OTHER
}
