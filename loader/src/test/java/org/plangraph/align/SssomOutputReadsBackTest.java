package org.plangraph.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.plangraph.data.DataFiles;
import org.plangraph.model.AlignedFile;
import org.plangraph.pipeline.Pipeline;

/** The SSSOM/TSV the align command writes, read back: metadata, CURIEs that expand to the graph's IRIs, one row per alignment. */
class SssomOutputReadsBackTest {
    static String sssom(Pipeline pipeline, String text) throws Exception {
        AlignedFile f = pipeline.parse("plan.txt", text.getBytes(StandardCharsets.UTF_8));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        var sink = StreamRDFLib.dataset(dsg);
        pipeline.emitter().emit(f, OffsetDateTime.now(), sink);
        Model data = ModelFactory.createModelForGraph(dsg.getUnionGraph());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SssomWriter(pipeline.emitter().iris().base()).write(data, DataFiles.readTurtle("reference/outlines.ttl"),
                LocalDate.of(2026, 1, 1), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theMappingSetReadsBackWithItsMetadataAndOneRowPerAlignment() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        AlignedFile f = pipeline.parse("plan.txt", AlignPlans.CITING_2021.getBytes(StandardCharsets.UTF_8));
        SssomTable table = SssomTable.parse(sssom(pipeline, AlignPlans.CITING_2021));

        assertEquals("https://w3id.org/sssom/license/unspecified", table.metadata().get("license"));
        assertTrue(table.metadata().containsKey("mapping_set_id"));
        assertEquals("https://w3id.org/semapv/vocab/", table.curieMap().get("semapv"));
        assertEquals(f.alignments().size(), table.rows().size());

        Map<String, String> first = table.rows().get(0);
        assertEquals(SssomWriter.COLUMNS, List.copyOf(first.keySet()));
        assertEquals("https://w3id.org/plangraph/def#carriesOut", table.expand(first.get("predicate_id")));
        assertEquals("https://w3id.org/plangraph/ref/outline/fzzf-2021-2025/item/p7-i22", table.expand(first.get("object_id")));
        assertEquals("http://localhost:3030/id/doc/plan/1/p/1.1", table.expand(first.get("subject_id")));
        assertEquals("https://w3id.org/semapv/vocab/LexicalMatching", table.expand(first.get("mapping_justification")));
        assertEquals("1", first.get("rank"));
        assertEquals("high", first.get("confidence_level"));
        assertEquals("0.9", first.get("confidence"));
        assertEquals("发挥行政复议化解行政争议主渠道作用", first.get("object_label"));
        assertTrue(first.get("match_string").contains("行政复议"), first.get("match_string"));
        int start = Integer.parseInt(first.get("evidence_start"));
        int end = Integer.parseInt(first.get("evidence_end"));
        assertEquals(first.get("evidence_text"), AlignPlans.CITING_2021.substring(start, end));
    }
}
