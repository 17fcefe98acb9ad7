package org.plangraph.model;

/**
 * What makes a reported number a change rather than a level: 同比增长12.1% rose by 12.1% on the same
 * period a year before; 下降3.5个百分点 fell by 3.5 points.
 *
 * @param direction  up or down; the figure's value carries the same sign
 * @param basePeriod the period compared with as the text words it (同比, 比上年, 较2020年); null if it names none
 */
public record Change(Direction direction, String basePeriod) {
    public enum Direction implements Notation {
        INCREASE("increase"),
        DECREASE("decrease");

        private final String notation;

        Direction(String notation) {
            this.notation = notation;
        }

        @Override
        public String notation() {
            return notation;
        }
    }
}
