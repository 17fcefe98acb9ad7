package org.plangraph.model;

/**
 * A quantified or time-bound commitment.
 *
 * @param text      the words that state it
 * @param indicator what is measured, e.g. {@code 行政复议案件依法受理率}
 * @param amount    its number, comparator and unit; null where it has none (a deadline or a frequency alone)
 * @param deadline  when it must be met; null if the text sets no date
 * @param frequency how often it recurs (每年); null if it does not
 * @param span      where it stands in the source
 */
public record Target(String text, String indicator, Amount amount, Deadline deadline, Frequency frequency, TextSpan span) {
    public Target withDeadline(Deadline newDeadline) {
        return new Target(text, indicator, amount, newDeadline, frequency, span);
    }
}
