package org.plangraph.model;

/**
 * A point enumerated inside an item's text: 一是…二是…三是…. Points are parts of the item, not
 * numbered items of their own, so they never change the item's path or make it a non-measure.
 *
 * @param label its label as printed, e.g. {@code 二是}
 * @param order its position, from 1
 * @param text  its text, from its label to the next point or the end of the item's own text
 */
public record Point(String label, int order, TextSpan text) {
}
