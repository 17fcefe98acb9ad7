package org.plangraph.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PathSortKeyOrdersPathsByNumberTest {
    private static List<String> sorted(String... paths) {
        return List.of(paths).stream().sorted((a, b) -> PathSortKey.of(a).compareTo(PathSortKey.of(b))).collect(Collectors.toList());
    }

    @Test
    void chineseNumeralsSortByValueNotByCodePoint() {
        assertEquals(List.of("一", "二", "三", "十", "十一", "二十"), sorted("三", "二十", "十一", "一", "十", "二"));
    }

    @Test
    void arabicNumbersSortByValue() {
        assertEquals(List.of("二/(一)/9", "二/(一)/10", "二/(二)/1"), sorted("二/(一)/10", "二/(二)/1", "二/(一)/9"));
    }

    @Test
    void eachLabelKindBecomesItsNumber() {
        assertEquals("0002/0001/0010", PathSortKey.of("二/(一)/10"));
        assertEquals("0021/0005/0100", PathSortKey.of("第二十一条/⑤/一百"));
        assertEquals("0003/0012", PathSortKey.of("三/(十二)"));
        assertEquals("0105", PathSortKey.of("一百零五"));
    }

    @Test
    void aLabelWithoutANumberIsKeptAsWritten() {
        assertEquals("0001/附件", PathSortKey.of("一/附件"));
    }
}
