package org.plangraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.testing.EmittedGraphs;

/**
 * One document cites a policy by title and number, another by its title alone: the two keys meet,
 * so both documents reach one policy through owl:sameAs.
 */
class APolicyCitedByNumberAndByTitleIsOnePolicyTest {
    @TempDir
    Path tmp;

    @Test
    void theTitleKeyAndTheNumberKeyMeetWhereADocumentGivesBoth() throws Exception {
        Path byNumber = tmp.resolve("a.txt");
        Files.writeString(byNumber, """
                宁州市司法局2024年普法工作要点
                为贯彻落实《宁州市法治宣传教育条例实施办法》(宁府发〔2020〕3号)，制定本要点。
                一、主要任务
                1.开展宣传。每年开展宣传活动不少于2次。
                """, StandardCharsets.UTF_8);
        Path byTitle = tmp.resolve("b.txt");
        Files.writeString(byTitle, """
                宁州市教育局2024年普法工作要点
                为贯彻落实《宁州市法治宣传教育条例实施办法》，制定本要点。
                一、主要任务
                1.开展教育。每年开展法治课不少于4次。
                """, StandardCharsets.UTF_8);
        Model m = ModelFactory.createModelForGraph(EmittedGraphs.ofFiles(List.of(byNumber, byTitle)).getUnionGraph());
        String query = """
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {
                  ?doc eli:implements/(owl:sameAs|^owl:sameAs)? ?policy .
                  ?policy eli:id_local "宁府发〔2020〕3号" .
                }""";
        try (var qe = QueryExecutionFactory.create(query, m)) {
            ResultSet rs = qe.execSelect();
            assertEquals(2, rs.next().getLiteral("n").getInt());
        }
    }
}
