package org.plangraph.model;

/**
 * One cell of a task table's row, under its column's header.
 *
 * @param header the column's header as printed (without white space); empty for a table printed without one
 * @param role   what the column holds
 * @param text   the cell's text
 */
public record TableCell(String header, ColumnRole role, TextSpan text) {
}
