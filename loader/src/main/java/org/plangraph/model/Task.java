package org.plangraph.model;

import java.util.List;

/**
 * A piece of a measure's text closed by one responsibility note, or the whole body of a measure that
 * prints none (whose duty then falls to the document's issuers, marked inferred).
 *
 * @param order            its position in the measure, from 1
 * @param text             the task text, from the previous note (or the start of the item's body) to its note
 * @param responsibilities one entry per unit per role
 */
public record Task(int order, TextSpan text, List<Responsibility> responsibilities) {
    public Task {
        responsibilities = List.copyOf(responsibilities);
    }

    public Task withResponsibilities(List<Responsibility> newResponsibilities) {
        return new Task(order, text, newResponsibilities);
    }
}
