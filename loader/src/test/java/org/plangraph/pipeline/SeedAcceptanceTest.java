package org.plangraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Document;
import org.plangraph.model.Provision;
import org.plangraph.testing.ProjectFiles;
import org.plangraph.text.TitleKeys;

/** The user's seed documents, read from ../shared, against the gold annotations there. */
class SeedAcceptanceTest {
    @org.junit.jupiter.api.Test
    void agencyWorkloadListsEachAgencyOncePerJurisdiction(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Path seeds = ProjectFiles.sharedOrSkip("seeds");
        org.plangraph.store.PlanStore store = org.plangraph.store.PlanStore.open(tmp);
        try (store) {
            org.plangraph.store.ReferenceData.refresh(store);
            Pipeline pipeline = Pipeline.standard();
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path f : files.sorted().toList()) {
                    org.plangraph.model.AlignedFile parsed = pipeline.parse(f);
                    store.replaceGraph(pipeline.emitter().graphOf(parsed),
                            sink -> pipeline.emitter().emit(parsed, java.time.OffsetDateTime.now(), sink));
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            org.plangraph.query.NamedQuery q = org.plangraph.query.QueryCatalog.standard().get("agency-workload").orElseThrow();
            org.apache.jena.query.ResultSetRewindable rows = new org.plangraph.query.QueryRunner(store.dataset()).select(q, java.util.Map.of());
            java.util.Set<String> agencies = new java.util.HashSet<>();
            java.util.Set<String> namesInArea = new java.util.HashSet<>();
            int n = 0;
            while (rows.hasNext()) {
                org.apache.jena.query.QuerySolution row = rows.next();
                n++;
                org.junit.jupiter.api.Assertions.assertTrue(agencies.add(row.getResource("agency").getURI()), "agency twice: " + row);
                org.junit.jupiter.api.Assertions.assertTrue(namesInArea.add(row.getLiteral("agencyName").getString() + "|"
                        + (row.contains("jurisdiction") ? row.getLiteral("jurisdiction").getString() : "")), "name twice in one area: " + row);
            }
            org.junit.jupiter.api.Assertions.assertTrue(n > 20, "agencies: " + n);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> measurePathsOfEverySeedDocumentMatchTheGold() throws Exception {
        Path seeds = ProjectFiles.sharedOrSkip("seeds");
        Path gold = ProjectFiles.sharedOrSkip("gold");
        Pipeline pipeline = Pipeline.standard();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path g : files.filter(p -> p.getFileName().toString().matches("\\d+_.*\\.json")).sorted().toList()) {
                JsonNode goldFile = JSON.readTree(g.toFile());
                Path seed = seeds.resolve(goldFile.get("file").asText());
                tests.add(DynamicTest.dynamicTest(seed.getFileName().toString(), () -> {
                    AlignedFile parsed = pipeline.parse(seed);
                    JsonNode goldDocs = goldFile.get("documents");
                    assertEquals(goldDocs.size(), parsed.documents().size(), "documents in " + seed.getFileName());
                    for (int i = 0; i < goldDocs.size(); i++) {
                        JsonNode gd = goldDocs.get(i);
                        Document d = parsed.documents().get(i);
                        assertEquals(TitleKeys.key(gd.get("title").asText()), TitleKeys.key(d.title()), "title");
                        assertEquals(gd.get("kind").asText(), d.kind().notation(), "kind of " + d.title());
                        List<String> want = new ArrayList<>();
                        gd.get("measures").forEach(m -> {
                            List<String> labels = new ArrayList<>();
                            m.get("path").forEach(l -> labels.add(l.asText()));
                            want.add(String.join("/", labels));
                        });
                        assertEquals(want, d.measures().stream().map(Provision::path).toList(), "measure paths of " + d.title());
                    }
                }));
            }
        }
        return tests.stream();
    }
}
