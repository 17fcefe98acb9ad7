package org.plangraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.AgencyIdentity;
import org.plangraph.model.Document;
import org.plangraph.model.AlignedFile;
import org.plangraph.model.Responsibility;
import org.plangraph.model.UnitMention;
import org.plangraph.pipeline.Pipeline;

class UnitsNamingTheIssuerBy本AreTheIssuerTest {
    private static final String PLAN = String.join("\n", "安远县司法局2024年普法工作要点", "一、深化普法",
            "1.开展学法活动。组织集中学法。（责任单位：本局）", "2.落实普法责任。编制责任清单。（责任单位：本局各股室、县普法办）",
            "安远县司法局", "2024年3月1日") + "\n";

    private static List<String> units(AlignedFile f, int measure) {
        Document d = f.documents().get(0);
        return d.measures().get(measure).tasks().get(0).responsibilities().stream().map(Responsibility::unit)
                .map(u -> identity(f, u).qualifiedName()).toList();
    }

    private static AgencyIdentity identity(AlignedFile f, UnitMention u) {
        return f.linksOf(f.documents().get(0)).unit(u).identity();
    }

    @Test
    void 本局IsTheIssuerAndItsOfficesArePartsOfIt() throws Exception {
        AlignedFile f = Pipeline.standard().parse("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8));
        Document d = f.documents().get(0);
        assertEquals(List.of("安远县司法局"), units(f, 0));
        assertEquals(identity(f, d.issuers().get(0)).key(),
                identity(f, d.measures().get(0).tasks().get(0).responsibilities().get(0).unit()).key());
        assertEquals(List.of("安远县司法局各股室", "安远县普法办"), units(f, 1));
    }

    @Test
    void 本委StaysAsWrittenWhereNoIssuerIsACommittee() throws Exception {
        String plan = PLAN.replace("本局）", "本委）");
        assertEquals(List.of("本委"), units(Pipeline.standard().parse("plan.txt", plan.getBytes(StandardCharsets.UTF_8)), 0));
    }
}
