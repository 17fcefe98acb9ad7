package org.plangraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.Document;
import org.plangraph.model.Responsibility;
import org.plangraph.pipeline.Pipeline;

class UnitsNamingTheIssuerBy本AreTheIssuerTest {
    private static final String PLAN = String.join("\n", "安远县司法局2024年普法工作要点", "一、深化普法",
            "1.开展学法活动。组织集中学法。（责任单位：本局）", "2.落实普法责任。编制责任清单。（责任单位：本局各股室、县普法办）",
            "安远县司法局", "2024年3月1日") + "\n";

    private static List<String> units(Document d, int measure) {
        return d.measures().get(measure).tasks().get(0).responsibilities().stream().map(Responsibility::unit)
                .map(u -> u.qualifiedName()).toList();
    }

    @Test
    void 本局IsTheIssuerAndItsOfficesArePartsOfIt() throws Exception {
        Document d = Pipeline.standard().parse("plan.txt", PLAN.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertEquals(List.of("安远县司法局"), units(d, 0));
        assertEquals(d.issuers().get(0).key(), d.measures().get(0).tasks().get(0).responsibilities().get(0).unit().key());
        assertEquals(List.of("安远县司法局各股室", "安远县普法办"), units(d, 1));
    }

    @Test
    void 本委StaysAsWrittenWhereNoIssuerIsACommittee() throws Exception {
        String plan = PLAN.replace("本局）", "本委）");
        Document d = Pipeline.standard().parse("plan.txt", plan.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertEquals(List.of("本委"), units(d, 0));
    }
}
