package org.plangraph.model;

/** What a unit measures, as {@code ontology/cues/quantity-units.tsv} says for each. */
public enum UnitKind implements Notation {
    /** A rate or proportion (%). */
    SHARE,
    /** A change of a rate (个百分点). */
    SHARE_CHANGE,
    /** Things counted with a measure word (个, 件, 名), also scaled (万个, 亿). */
    COUNT,
    /** An amount of money (元, 万元, 亿元, 万亿元). */
    MONEY,
    /** A length of time (日, 小时, 年). */
    DURATION,
    /** A place in a ranking (前三). */
    RANK;

    /** As the unit file writes it: share, share-change, count, money, duration, rank. */
    @Override
    public String notation() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
