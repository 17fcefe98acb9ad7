package org.plangraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plangraph.data.DataFiles;
import org.plangraph.emit.Vocab;

class EveryNotationNamesOneConstantTest {
    static Stream<Class<? extends Enum<?>>> enums() {
        return Stream.of(DocumentKind.class, Role.class, PolicyLevel.class, PolicyRelation.class, IssuerSource.class,
                DateSource.class);
    }

    @ParameterizedTest
    @MethodSource("enums")
    void eachConstantReadsBackFromItsNotation(Class<? extends Enum<?>> type) {
        for (Enum<?> constant : type.getEnumConstants()) {
            assertEquals(Optional.of(constant), of(type, ((Notation) constant).notation()));
        }
    }

    @ParameterizedTest
    @MethodSource("enums")
    void jsonWritesTheNotationNotTheJavaName(Class<? extends Enum<?>> type) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (Enum<?> constant : type.getEnumConstants()) {
            assertEquals("\"" + ((Notation) constant).notation() + "\"", mapper.writeValueAsString(constant));
        }
    }

    @Test
    void aStringNoConstantWritesIsNotRead() {
        assertEquals(Optional.empty(), Notation.of(Role.class, "LEAD"));
        assertEquals(Optional.empty(), Notation.of(PolicyRelation.class, "is"));
    }

    @Test
    void kindsRolesAndLevelsAreConceptsOfTheirSchemes() {
        Model schemes = DataFiles.readTurtle("schemes.ttl");
        assertConcepts(schemes, "kind", DocumentKind.values());
        assertConcepts(schemes, "role", Role.values());
        assertConcepts(schemes, "level", PolicyLevel.values());
    }

    private static void assertConcepts(Model schemes, String scheme, Notation[] values) {
        for (Notation n : values) {
            String iri = Vocab.concept(scheme, n.notation()).getURI();
            assertTrue(schemes.contains(ResourceFactory.createResource(iri), SKOS.notation, n.notation()),
                    iri + " with skos:notation \"" + n.notation() + "\" in ontology/schemes.ttl");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Object> of(Class type, String notation) {
        return Notation.of(type, notation);
    }
}
