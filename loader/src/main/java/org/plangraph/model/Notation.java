package org.plangraph.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value of the model written by a fixed string: the slug of its concept in {@code ontology/schemes.ttl}
 * and its value in the JSON tree. The string, not the Java name, is the contract with the graph.
 */
public interface Notation {
    String notation();

    /** The constant of {@code type} written {@code notation}, if any. */
    static <E extends Enum<E> & Notation> Optional<E> of(Class<E> type, String notation) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.notation().equals(notation)).findFirst();
    }

    /** The notations of {@code type}, for a message that says what would have been understood. */
    static <E extends Enum<E> & Notation> String known(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Notation::notation).toList());
    }
}
