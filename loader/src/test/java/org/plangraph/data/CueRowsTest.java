package org.plangraph.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.Role;

class CueRowsTest {
    @Test
    void rowsKeepTheLineTheyStandOnPastCommentsAndBlankLines() {
        List<DataFiles.Row> rows = DataFiles.rows("ontology/cues/x.tsv", "# comment\n\n牵头单位\tlead\r\n责任单位\tresponsible\n");
        assertEquals(List.of(3, 4), rows.stream().map(DataFiles.Row::line).toList());
        assertEquals("责任单位", rows.get(1).field(0));
    }

    @Test
    void aRoleNoConstantNamesIsRefusedNamingTheFileAndLine() {
        DataFiles.Row row = DataFiles.rows("ontology/cues/responsibility-roles.tsv", "牵头单位\tlead\n督办单位\tsupervisor\n").get(1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> row.notation(1, Role.class));
        assertTrue(e.getMessage().startsWith("ontology/cues/responsibility-roles.tsv line 2: unknown Role 'supervisor'"), e.getMessage());
        assertTrue(e.getMessage().contains("lead, responsible, issuer"), e.getMessage());
    }
}
