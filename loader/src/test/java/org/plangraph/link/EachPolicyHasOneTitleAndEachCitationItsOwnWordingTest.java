package org.plangraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.data.DataFiles;
import org.plangraph.query.NamedQuery;
import org.plangraph.query.QueryCatalog;
import org.plangraph.query.QueryRunner;
import org.plangraph.testing.EmittedGraphs;

/**
 * Two documents that word one policy's title differently leave the policy with at most one
 * dct:title (none when no loaded document is that policy), each document's wording on its own
 * pg:Citation, and source-policies giving each document its own wording. Over every emitted graph,
 * no policy has two titles.
 */
class EachPolicyHasOneTitleAndEachCitationItsOwnWordingTest {
    @TempDir
    Path tmp;

    private static Dataset union(org.apache.jena.sparql.core.DatasetGraph dsg) {
        Model m = ModelFactory.createDefaultModel();
        m.add(ModelFactory.createModelForGraph(dsg.getUnionGraph()));
        m.add(DataFiles.readTurtle("reference/outlines.ttl"));
        return DatasetFactory.create(m);
    }

    private static final String POLICIES_WITH_TWO_TITLES = """
            PREFIX pg: <https://w3id.org/plangraph/def#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?policy (GROUP_CONCAT(?title; separator=" | ") AS ?titles)
            WHERE { ?policy a pg:Policy ; dct:title ?title } GROUP BY ?policy HAVING (COUNT(DISTINCT ?title) > 1)
            """;

    private static List<String> policiesWithTwoTitles(Dataset ds) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(POLICIES_WITH_TWO_TITLES).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(s -> out.add(s.get("policy") + " " + s.get("titles")));
        }
        return out;
    }

    @Test
    void twoWordingsOfOnePolicyStayWithTheirDocuments() throws Exception {
        Path a = tmp.resolve("a.txt");
        Files.writeString(a, """
                贵溪市法治政府建设工作方案
                为贯彻落实《江西省法治政府建设实施纲要(2021—2025年)》(赣发〔2021〕26号)，结合我市实际，制定本方案。
                一、主要任务
                1.加强执法监督。每年至少开展1次执法监督检查。
                贵溪市人民政府
                2022年8月9日
                """, StandardCharsets.UTF_8);
        Path b = tmp.resolve("b.txt");
        Files.writeString(b, """
                余江区法治政府建设工作方案
                根据《江西省法治政府建设实施纲要(2021-2025年)》(赣发〔2021〕26号)，结合我区实际，制定本方案。
                一、主要任务
                1.规范行政决策。重大行政决策合法性审查率达到100%。
                余江区人民政府
                2022年9月9日
                """, StandardCharsets.UTF_8);
        Dataset ds = union(EmittedGraphs.ofFiles(List.of(a, b)));
        assertEquals(List.of(), policiesWithTwoTitles(ds));

        NamedQuery q = QueryCatalog.standard().get("source-policies").orElseThrow();
        ResultSetRewindable rows = new QueryRunner(ds).select(q, Map.of());
        List<String> titles = new ArrayList<>();
        String policy = null;
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            if (s.getLiteral("title").getString().startsWith("江西省")) {
                titles.add(s.getLiteral("title").getString());
                assertTrue(policy == null || policy.equals(s.getResource("policy").getURI()), "one policy IRI for one document number");
                policy = s.getResource("policy").getURI();
            }
        }
        assertEquals(List.of("江西省法治政府建设实施纲要(2021—2025年)", "江西省法治政府建设实施纲要(2021-2025年)"), titles);
    }

    @Test
    void noEmittedPolicyHasTwoTitles() {
        Dataset ds = union(EmittedGraphs.of(EmittedGraphs.sourceFolders()));
        assertEquals(List.of(), policiesWithTwoTitles(ds));
    }
}
