package org.plangraph.model;

import java.util.List;

/**
 * A numbered part of a document (一、 (一) 1. (1) 第一条) with the parts numbered under it.
 *
 * @param label    the numbering label as a path segment, brackets in ASCII: {@code 二}, {@code (一)}, {@code 1}
 * @param style    the numbering style, e.g. {@code chinese-comma} for 一、, {@code arabic} for 1.
 * @param number   the label's value (一 = 1)
 * @param path     the labels from the outermost section down, joined by {@code /}: {@code 二/(一)/1}
 * @param heading  the title phrase that opens it, without its 。; null if it has none
 * @param order    its position among its siblings, from 1
 * @param depth    1 for a top-level section
 * @param measure  true if it is a measure: the smallest numbered item that commits someone to act
 * @param text     its whole text, from its label to the start of the next part at its level or above
 * @param body     its text after the label and heading, where tasks begin
 * @param children the parts numbered under it
 * @param tasks    the tasks of a measure, each closed by a responsibility note; empty for other parts
 * @param targets  the quantified or time-bound commitments in it
 * @param points   the points enumerated in its own text (一是…二是…)
 * @param cells    for a row of a task table, its cells under their headers (task, units, deadline, status);
 *                 empty for a part numbered in the text
 * @param clauses  its own text (after the label, before its first child; a table row's task cell) split
 *                 once into clauses, as offsets into {@code text}; what each extractor reads
 */
public record Provision(String label, String style, int number, String path, String heading, int order, int depth,
        boolean measure, TextSpan text, TextSpan body, List<Provision> children, List<Task> tasks, List<Target> targets,
        List<Point> points, List<TableCell> cells, List<Clause> clauses) {

    public Provision {
        children = List.copyOf(children);
        tasks = List.copyOf(tasks);
        targets = List.copyOf(targets);
        points = List.copyOf(points);
        cells = List.copyOf(cells);
        clauses = List.copyOf(clauses);
    }

    /** The text of its cells in a column of {@code role}, in column order. */
    public List<TableCell> cells(ColumnRole role) {
        return cells.stream().filter(c -> c.role() == role).toList();
    }

    public Provision withChildren(List<Provision> newChildren) {
        return new Provision(label, style, number, path, heading, order, depth, measure, text, body, newChildren, tasks, targets, points, cells, clauses);
    }

    public Provision withTasks(List<Task> newTasks) {
        return new Provision(label, style, number, path, heading, order, depth, measure, text, body, children, newTasks, targets, points, cells, clauses);
    }

    public Provision withTargets(List<Target> newTargets) {
        return new Provision(label, style, number, path, heading, order, depth, measure, text, body, children, tasks, newTargets, points, cells, clauses);
    }
}
