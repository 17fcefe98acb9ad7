package org.plangraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plangraph.emit.Vocab;
import org.plangraph.testing.EmittedGraphs;

/**
 * A loaded document names the policy it is once, with pg:asPolicy, never with eli:realizes (an ELI
 * expression-to-work property, functional, which made every document an eli:LegalExpression and
 * merged its two policy IRIs); where it has a number as well as a title, the title IRI is owl:sameAs
 * the number IRI.
 */
class EveryDocumentIsOnePolicyTest {
    @TempDir
    Path tmp;

    private static final String REALIZES = "http://data.europa.eu/eli/ontology#realizes";

    @Test
    void aNumberedPlanIsItsNumberPolicyAndItsTitleIriIsTheSame() throws Exception {
        Path file = tmp.resolve("numbered.txt");
        Files.writeString(file, """
                鹰潭市人民政府关于印发鹰潭市法治政府建设实施方案的通知
                鹰府发〔2022〕5号
                各县(市、区)人民政府，市政府各部门：
                现将《鹰潭市法治政府建设实施方案》印发给你们，请认真贯彻执行。
                鹰潭市人民政府
                2022年5月6日
                鹰潭市法治政府建设实施方案
                为深入贯彻落实《法治政府建设实施纲要(2021—2025年)》，结合我市实际，制定本方案。
                一、主要任务
                1.规范行政决策。重大行政决策合法性审查率达到100%。
                """, StandardCharsets.UTF_8);
        Model m = ModelFactory.createModelForGraph(EmittedGraphs.ofFiles(List.of(file)).getUnionGraph());
        Property asPolicy = m.createProperty(Vocab.PG + "asPolicy");
        assertTrue(!m.contains(null, m.createProperty(REALIZES)), "eli:realizes is still written");
        Resource plan = m.listSubjectsWithProperty(RDF.type, m.createResource(Vocab.PG + "ImplementationPlan")).next();
        List<Resource> policies = m.listObjectsOfProperty(plan, asPolicy).mapWith(o -> o.asResource()).toList();
        assertEquals(1, policies.size(), "pg:asPolicy of the plan: " + policies);
        Resource numberIri = policies.get(0);
        assertEquals("鹰府发〔2022〕5号", numberIri.getProperty(m.createProperty(Vocab.ELI + "id_local")).getString());
        List<Resource> aliases = m.listSubjectsWithProperty(OWL2.sameAs, numberIri).toList();
        assertEquals(1, aliases.size(), "title IRI owl:sameAs the number IRI");
    }

    @Test
    void noEmittedDocumentRealizesOrIsTwoPolicies() {
        Model m = ModelFactory.createModelForGraph(EmittedGraphs.of(EmittedGraphs.sourceFolders()).getUnionGraph());
        assertTrue(!m.contains(null, m.createProperty(REALIZES)), "eli:realizes is still written");
        Property asPolicy = m.createProperty(Vocab.PG + "asPolicy");
        List<Resource> docs = m.listSubjectsWithProperty(RDF.type, m.createResource(Vocab.PG + "Document")).toList();
        for (Resource d : docs) {
            assertTrue(m.listObjectsOfProperty(d, asPolicy).toList().size() <= 1, d + " is several policies");
        }
        assertTrue(m.listSubjectsWithProperty(asPolicy).toList().size() > 0, "no document has pg:asPolicy");
    }
}
