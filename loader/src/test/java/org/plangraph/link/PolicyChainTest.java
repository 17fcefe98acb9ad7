package org.plangraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Document;
import org.plangraph.pipeline.Pipeline;
import org.plangraph.query.NamedQuery;
import org.plangraph.query.QueryCatalog;
import org.plangraph.query.QueryRunner;
import org.plangraph.store.PlanStore;
import org.plangraph.store.ReferenceData;

/**
 * policy-chain over the user's seed documents: from a measure of a local plan up to the national
 * outline it implements. Also over two fixture plans, a county plan implementing a city plan that
 * implements the 2021—2025 outline, to see the chain pass through a loaded document.
 */
class PolicyChainTest {
    private static final String OUTLINE_2021 = "https://w3id.org/plangraph/ref/outline/fzzf-2021-2025";
    private static final String OUTLINE_2015 = "https://w3id.org/plangraph/ref/outline/fzzf-2015-2020";

    @TempDir
    Path tmp;

    private static Path seeds() {
        String shared = System.getProperty("plangraph.shared");
        Path dir = shared == null ? null : Path.of(shared, "seeds");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "seed documents not found (system property plangraph.shared=" + shared + "): skipping the seed chain test");
        return dir;
    }

    private static Path seed(Path dir, String prefix) throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("seed " + prefix + "* missing in " + dir));
        }
    }

    /** Loads the files and returns, for the first measure of the last document of {@code of}, the chain rows. */
    private List<String[]> chainFromFirstMeasure(List<Path> files, Path of) throws Exception {
        Pipeline pipeline = Pipeline.standard();
        try (PlanStore store = PlanStore.open(tmp.resolve("db"))) {
            ReferenceData.refresh(store);
            AlignedFile target = null;
            for (Path f : files) {
                AlignedFile parsed = pipeline.parse(f);
                store.replaceGraph(pipeline.emitter().graphOf(parsed), sink -> pipeline.emitter().emit(parsed, java.time.OffsetDateTime.now(), sink));
                if (f.equals(of)) {
                    target = parsed;
                }
            }
            Document plan = target.documents().get(target.documents().size() - 1);
            String measure = measureIri(store, pipeline.emitter().iris().document(target.source().name(), plan.key()));
            NamedQuery q = QueryCatalog.standard().get("policy-chain").orElseThrow();
            Map<String, Node> bindings = QueryRunner.bind(q, Map.of("measure", measure));
            ResultSetRewindable rs = new QueryRunner(store.dataset()).select(q, bindings);
            List<String[]> rows = new ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(new String[] {s.getResource("policy").getURI(), s.getLiteral("distance").getLexicalForm(),
                        s.contains("title") ? s.getLiteral("title").getString() : ""});
            }
            return rows;
        }
    }

    private static String measureIri(PlanStore store, String docIri) {
        return Txn.calculateRead(store.dataset(), () -> {
            var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(
                    "SELECT ?m WHERE { ?m a <https://w3id.org/plangraph/def#Measure> ; <https://w3id.org/plangraph/def#document> ?d } LIMIT 1")
                    .substitution("d", org.apache.jena.rdf.model.ResourceFactory.createResource(docIri)).build();
            try (qe) {
                var rs = qe.execSelect();
                assertTrue(rs.hasNext(), "no measure in " + docIri);
                return rs.next().getResource("m").getURI();
            }
        });
    }

    @Test
    void measureOfTheShizuishanPlanReachesThe2021Outline() throws Exception {
        Path file = seed(seeds(), "000_");
        List<String[]> rows = chainFromFirstMeasure(List.of(file), file);
        assertTrue(rows.stream().anyMatch(r -> r[0].equals(OUTLINE_2021)), "chain: " + rows.stream().map(r -> r[2]).toList());
    }

    @Test
    void measureOfTheSipingPlanReachesThe2015Outline() throws Exception {
        Path file = seed(seeds(), "001_");
        List<String[]> rows = chainFromFirstMeasure(List.of(file), file);
        assertTrue(rows.stream().anyMatch(r -> r[0].equals(OUTLINE_2015)), "chain: " + rows.stream().map(r -> r[2]).toList());
    }

    @Test
    void chainPassesThroughALoadedPlanWithTheDistanceInSteps() throws Exception {
        Path city = tmp.resolve("city.txt");
        Files.writeString(city, """
                鹰潭市法治政府建设实施方案(2022—2025年)
                为深入贯彻落实中共中央、国务院《法治政府建设实施纲要(2021—2025年)》，结合我市实际，制定本方案。
                一、主要任务
                1.规范行政决策。重大行政决策合法性审查率达到100%。
                鹰潭市人民政府
                2022年5月6日
                """, StandardCharsets.UTF_8);
        Path county = tmp.resolve("county.txt");
        Files.writeString(county, """
                贵溪市法治政府建设工作方案
                根据《鹰潭市法治政府建设实施方案(2022-2025年)》，结合我市实际，制定本方案。
                一、主要任务
                1.加强执法监督。每年至少开展1次执法监督检查。
                贵溪市人民政府
                2022年8月9日
                """, StandardCharsets.UTF_8);
        List<String[]> rows = chainFromFirstMeasure(List.of(city, county), county);
        String[] outline = rows.stream().filter(r -> r[0].equals(OUTLINE_2021)).findFirst()
                .orElseThrow(() -> new AssertionError("chain: " + rows.stream().map(r -> r[2]).toList()));
        assertEquals("2", outline[1]);
        assertTrue(rows.stream().anyMatch(r -> r[1].equals("1") && r[2].startsWith("鹰潭市法治政府建设实施方案")));
    }
}
