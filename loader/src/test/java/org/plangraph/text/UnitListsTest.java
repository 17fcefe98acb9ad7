package org.plangraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plangraph.model.UnitMention;

class UnitListsTest {
    private static List<String> names(String list) {
        return UnitLists.parse(list).stream().map(UnitMention::name).toList();
    }

    @Test
    void writesOutTheJurisdictionPrefixTheListDistributes() {
        assertEquals(List.of("市发改委", "市审批局", "市工信局"), names("市发改委、审批局、工信局"));
        assertEquals(List.of("市政府办公室", "市司法局"), names("市政府办公室、司法局"));
    }

    @Test
    void itemsUnderAGovernmentTakeItsName() {
        assertEquals(List.of("市政府各部门", "市政府直属事业单位"), names("市政府各部门、直属事业单位"));
    }

    @Test
    void aZonePrefixIsDistributedToo() {
        assertEquals(List.of("抚州高新区党工委", "抚州高新区管委会"), names("抚州高新区党工委、管委会"));
    }

    @Test
    void keepsBracketsThatBelongToAName() {
        assertEquals(List.of("各县(区)政府", "各县(市、区)政府", "县(区)人民政府"), names("各县(区)政府,各县(市、区)政府、县(区)人民政府"));
    }

    @Test
    void anAliasInBracketsStaysWithItsUnitAndTakesThePrefix() {
        List<UnitMention> units = UnitLists.parse("市委依法治市办〔司法局〕、市政府办公室等政府各部门");
        assertEquals(List.of("市委依法治市办", "市政府办公室", "市政府各部门"), units.stream().map(UnitMention::name).toList());
        assertEquals("市司法局", units.get(0).alias());
    }

    @Test
    void marksCollectiveUnits() {
        List<UnitMention> units = UnitLists.parse("市司法局、市直有关部门、各园区管委会");
        assertFalse(units.get(0).collective());
        assertTrue(units.get(1).collective());
        assertTrue(units.get(2).collective());
    }

    @Test
    void marketRegulationIsNotACityPrefix() {
        assertEquals(List.of("市发改委", "市市场监管局"), names("市发改委、市场监管局"));
    }
}
