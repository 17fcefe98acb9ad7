package org.plangraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.plangraph.emit.Vocab;
import org.plangraph.model.AgencyIdentity;
import org.plangraph.model.UnitMention;
import org.plangraph.pipeline.Pipeline;

class AgencyNamesTest {
    private final AgencyNames names = AgencyNames.standard();

    private AgencyIdentity id(String name, String jurisdiction) {
        return names.identify(UnitMention.of(name), jurisdiction);
    }

    @Test
    void anAbbreviationAndTheFullNameAreOneAgency() {
        assertEquals(id("市发改委", "抚州市").key(), id("抚州市发展和改革委员会", "抚州市").key());
        assertEquals(id("市政府办公室", "抚州市").key(), id("抚州市人民政府办公室", "抚州市").key());
        assertEquals(id("市场监管局", "抚州市").key(), id("市市场监督管理局", "抚州市").key());
        assertEquals("抚州市发展和改革委员会", id("市发改委", "抚州市").canonicalName());
    }

    @Test
    void theSameNameInTwoCitiesIsTwoAgencies() {
        assertNotEquals(id("市司法局", "抚州市").key(), id("市司法局", "石嘴山市").key());
        assertEquals("石嘴山市司法局", id("市司法局", "石嘴山市").canonicalName());
    }

    @Test
    void partyOrgansKeepTheCommittee() {
        assertEquals("中共抚州市委", id("中共抚州市委", "抚州市").canonicalName());
        assertEquals("中共抚州市委机构编制委员会办公室", id("市委编办", "抚州市").canonicalName());
        assertEquals(id("市委编办", "抚州市").key(), id("市编办", "抚州市").key());
    }

    @Test
    void theWrittenNameKeepsTheDocumentsWordsWithItsJurisdiction() {
        assertEquals("抚州市发改委", id("市发改委", "抚州市").qualifiedName());
        assertEquals("各县(区)政府", id("各县(区)政府", "抚州市").qualifiedName());
    }

    private static Set<String> agencyIris(String fileName, String text) throws Exception {
        Pipeline p = Pipeline.standard();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        p.emitter().emit(p.parse(fileName, text.getBytes(StandardCharsets.UTF_8)), java.time.OffsetDateTime.now(), StreamRDFLib.dataset(dsg));
        Set<String> iris = new TreeSet<>();
        dsg.find(null, null, org.apache.jena.graph.NodeFactory.createURI(Vocab.PROV + "agent"), null)
                .forEachRemaining(q -> iris.add(q.getObject().getURI()));
        return iris;
    }

    @Test
    void oneAgencyNamedTwoWaysInTwoDocumentsOfOneCityHasOneIri() throws Exception {
        Set<String> a = agencyIris("a.txt", "抚州市法治工作方案\n一、任务\n1.清理规定。全面清理。(责任单位:市发改委)");
        Set<String> b = agencyIris("b.txt", "抚州市依法行政工作要点\n一、任务\n1.优化环境。持续优化。(责任单位:抚州市发展和改革委员会)");
        assertEquals(1, a.size());
        assertEquals(a, b);
    }

    @Test
    void theSameNameInTwoCitiesHasTwoIris() throws Exception {
        Set<String> a = agencyIris("a.txt", "抚州市法治工作方案\n一、任务\n1.清理规定。全面清理。(责任单位:市司法局)");
        Set<String> b = agencyIris("b.txt", "石嘴山市法治工作方案\n一、任务\n1.清理规定。全面清理。(责任单位:市司法局)");
        assertEquals(1, a.size());
        assertEquals(1, b.size());
        assertNotEquals(a, b);
        assertEquals(List.copyOf(a).size(), 1);
    }
}
