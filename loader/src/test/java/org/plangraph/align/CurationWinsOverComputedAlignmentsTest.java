package org.plangraph.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Alignment;
import org.plangraph.pipeline.Pipeline;

/** A curator's SSSOM file (semapv:ManualMappingCuration) confirms and rejects alignments, and wins over the computed ones. */
class CurationWinsOverComputedAlignmentsTest {
    private static final String CURATION = """
            # curie_map:
            #   plan: https://example.org/any-base/doc/
            #   fzzf20212025: https://w3id.org/plangraph/ref/outline/fzzf-2021-2025/item/
            # license: https://w3id.org/sssom/license/unspecified
            subject_id\tpredicate_id\tpredicate_modifier\tobject_id\tmapping_justification\tcomment
            plan:plan/1/p/1.1\tpg:carriesOut\tNot\tfzzf20212025:p7-i22\tsemapv:ManualMappingCuration\tnot this one
            plan:plan/1/p/1.1\tpg:carriesOut\t\tfzzf20212025:p7-i23\tsemapv:ManualMappingCuration\tthis one
            plan:plan/1/p/1.2\tpg:carriesOut\tNot\tfzzf20212025:p8-i27\tsemapv:LexicalMatching\tignored: not a curation
            """;

    private static Pipeline curated() {
        OutlineCatalog outlines = OutlineCatalog.standard();
        return Pipeline.builder().aligner(new Aligner(outlines, Curation.of(SssomTable.parse(CURATION), outlines))).build();
    }

    private static List<Alignment> of(AlignedFile f, String path) {
        return f.alignments().stream().filter(a -> a.measurePath().equals(path)).toList();
    }

    @Test
    void aConfirmedItemIsRankOneAndARejectedOneIsGone() throws Exception {
        AlignedFile f = curated().parse("plan.txt", AlignPlans.CITING_2021.getBytes(StandardCharsets.UTF_8));
        List<Alignment> first = of(f, "一/(一)");
        assertEquals("(二十三)", first.get(0).itemId());
        assertEquals(1, first.get(0).rank());
        assertEquals(Alignment.CURATED, first.get(0).justification());
        assertEquals("high", first.get(0).confidence());
        assertEquals(1.0, first.get(0).score());
        assertFalse(first.stream().anyMatch(a -> a.itemId().equals("(二十二)")), first.toString());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(i + 1, first.get(i).rank());
        }
        // a row that is not a curator's decision changes nothing
        assertEquals("(二十七)", of(f, "一/(二)").get(0).itemId());
    }

    @Test
    void theGraphSaysTheCuratedItemIsTheOneTheMeasureCarriesOut() throws Exception {
        Pipeline pipeline = curated();
        AlignedFile f = pipeline.parse("plan.txt", AlignPlans.CITING_2021.getBytes(StandardCharsets.UTF_8));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        pipeline.emitter().emit(f, java.time.OffsetDateTime.now(), StreamRDFLib.dataset(dsg));
        Model m = ModelFactory.createModelForGraph(dsg.getUnionGraph());
        var carriesOut = m.createProperty("https://w3id.org/plangraph/def#carriesOut");
        var measure = m.createResource("http://localhost:3030/id/doc/plan/1/p/1.1");
        List<String> items = m.listObjectsOfProperty(measure, carriesOut).mapWith(n -> n.asResource().getURI()).toList();
        assertEquals(List.of("https://w3id.org/plangraph/ref/outline/fzzf-2021-2025/item/p7-i23"), items);
        assertTrue(m.contains(null, m.createProperty("https://w3id.org/plangraph/def#mappingJustification"),
                m.createResource("https://w3id.org/semapv/vocab/ManualMappingCuration")));
    }
}
